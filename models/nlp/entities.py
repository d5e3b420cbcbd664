"""PERSON / ORG / LOCATION suggestions from Kiwi morphology, gazetteers and context rules.

The unit of work is the *chunk*: an eojeol (space-separated word) cut at punctuation. In each
chunk the *stem* is the nominal part before the first particle or ending (서울에서 → 서울), a
trailing title is cut off (화순전남대병원장 → 화순전남대병원 + 장, 경영본부장 → 경영 + 본부장),
and what is left, the *core*, is typed by, in order:

1. a gazetteer entry or a Kiwi user word (a country is a place, acting or not; a 시·도·군·구
   as the subject is its local government: "광주시는"),
2. an organisation or place suffix (미래경제성장전략위원회, 광산업단지, 여의도동),
3. the shape of a Korean name where Kiwi did not know the word, or any proper noun with person
   context: a title after it (홍길동 장관), a role before it (배우 홍길동), an age (홍길동(45)), 씨,
4. two proper nouns in a row with no particle between them (foreign full names),
5. a neighbour in a list ("A·B·C", "A, B") that is already typed.

A proper noun with no clue is not suggested (in news, as often a work or a product as a person).
Nothing here is trained: the rules follow resources/guideline, the lists resources/gazetteers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from models.domain import Span
from models.nlp import bare_names, kiwi_runtime, named_kinds
from models.nlp.aliases import bracket_aliases
from models.nlp.chunks import (
    Cand,
    Chunk,
    Morph,
    age_or_years,
    foreign,
    split_chunks,
    to_morphs,
)
from models.nlp.entity_words import (
    BODY_HEADS,
    BODY_LAST,
    BODY_WORDS,
    COMPANY_TITLES,
    FORMER,
    HOUSING,
    NOT_TOPIC_FINALS,
    OWN_ROLE_TITLES,
    PERSON_AFTER,
    PERSON_ONLY_TITLES,
    PERSON_PARTICLES,
    QUOTES,
    RULE_LABELS,
    SPOKESPEOPLE,
    SUBJECT_PARTICLES,
    WEAK_ORG,
    glued_surname,
    medium,
    state_pair,
    surname_here,
)
from models.nlp.full_names import NAME_STARTERS, first_names, given_names, merge_names
from models.nlp.gazetteer import Gazetteer, builtin_gazetteer, lexicon
from models.nlp.merges import OFFICE_ENDS, combine_neighbours
from models.nlp.org_words import company_words, joined_lists, spaced_bodies
from models.nlp.place_prefixed import place_prefixed
from models.nlp.place_words import place_after
from models.nlp.title_cut import bodies_before_titles, title_length
from models.nlp.word_facts import NOTHING, facts_memo, stem_key, word_facts

if TYPE_CHECKING:
    from kiwipiepy import Kiwi


def find_entities(
    text: str,
    kiwi: Kiwi | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    tokens: Sequence[Any] | None = None,
    morphs: list[Morph] | None = None,
) -> list[Span]:
    """PERSON / ORG / LOCATION spans of ``text`` (sorted, non-overlapping).

    Pass ``tokens`` (Kiwi's ``tokenize(text)``) to avoid a second analysis, or ``morphs`` (those
    tokens through ``chunks.to_morphs``) to avoid copying them again; otherwise ``kiwi`` is
    required.
    """
    if morphs is not None:
        return _Finder(text, morphs, gazetteer if gazetteer is not None else builtin_gazetteer()
                       ).run()
    if tokens is None:
        if kiwi is None:
            raise ValueError("find_entities needs a Kiwi or its tokens")
        tokens = kiwi_runtime.tokenize(kiwi, text)
    gaz = gazetteer if gazetteer is not None else builtin_gazetteer()
    return _Finder(text, to_morphs(tokens), gaz).run()


def find_entities_many(texts: Sequence[str], morphs: Sequence[list[Morph]],
                       gazetteer: Gazetteer | None = None) -> list[list[Span]]:
    """``find_entities`` of several texts, given their morphemes (``chunks.to_morphs``): each
    pass runs over all of them before the next, as the engine's steps do (engine._combine_many)."""
    gaz = gazetteer if gazetteer is not None else builtin_gazetteer()
    finders = [_Finder(text, m, gaz) for text, m in zip(texts, morphs, strict=True)]
    for step in _PASSES:
        for f in finders:
            step(f)
    return [f.spans for f in finders]


class _Finder:
    def __init__(self, text: str, morphs: list[Morph], gaz: Gazetteer) -> None:
        self.text = text
        self.morphs = morphs
        self.gaz = gaz
        lex = lexicon()
        self.title_ends = lex.title_ends
        self.roles = lex.roles
        self.title_memo: dict[str, int] = gaz.memo("entities.title")
        self.facts = facts_memo(gaz)
        self.chunks: list[Chunk] = []
        self.cands: dict[int, Cand] = {}  # chunk index → candidate for its whole core
        self.inner: list[Cand] = []  # gazetteer names inside larger cores
        # Chunks whose whole stem starts a foreign full name (카림, 이토) or heads a body's name
        # (대학): the passes that need them visit only these, noted while the cores are read.
        self.starters: list[int] = []
        self.heads = False
        self.spans: list[Span] = []  # the result

    def _stem_title(self, word: str, stem: list[Morph]) -> int:
        """Length of the title ending a stem (0: none), longest title first."""
        if word[-1] not in self.title_ends:
            return 0
        if len(stem) == 1 and stem[0].label:
            return 0  # a user word
        # the rest depends on the word alone: cached with the gazetteer (see Gazetteer.memo)
        cut = self.title_memo.get(word)
        if cut is None:
            cut = self.title_memo[word] = title_length(self.gaz, word)
        return cut

    # -- pass 1: each core on its own ---------------------------------------------------------

    def run(self) -> list[Span]:
        for step in _PASSES:
            step(self)
        return self.spans

    def _split(self) -> None:
        self.chunks = split_chunks(self.text, self.morphs, self._stem_title, self.title_ends)
        bodies_before_titles(self.chunks)

    def _cores(self) -> None:
        for i, c in enumerate(self.chunks):
            if c.stem and c.start < c.core_end:
                self._core(i, c)

    def _joined_lists(self) -> None:
        self.inner = joined_lists(self.text, self.cands, self.inner)

    def _company_words(self) -> None:
        self.inner = company_words(self.text, self.chunks, self.cands, self.inner)
        named_kinds.named_bodies(self.text, self.chunks, self.cands)  # 소속사 X, X를 설립

    def _bare_names(self) -> None:
        bare_names.type_bare_names(self.text, self.chunks, self.cands)

    def _neighbours(self) -> None:
        combine_neighbours(self.text, self.chunks, self.cands, self.gaz)

    def _compounds(self) -> None:
        """Known names with spaces or symbols ("미 국방부", "KT&G", a project's "서울 강서경찰서"):
        they win over the words they cover."""
        if not self.gaz.has_compounds:
            return
        text, firsts = self.text, self.gaz.compound_firsts
        pairs = self.gaz.compound_pairs
        words = [c for c in self.chunks if not c.punct]
        # find() passes over starts that no such name begins with: most words, often all
        if pairs is None:
            starts = {c.start for c in words if text[c.start] in firsts}
        else:
            starts = {c.start for c in words if text[c.start:c.start + 2] in pairs}
        if not starts:
            return
        ends = {c.core_end for c in words} | {c.stem_end for c in words}
        for m in self.gaz.find(self.text, starts, ends, compound_only=True):
            if m.entry.label in RULE_LABELS:
                continue
            covered = [i for i, c in enumerate(self.chunks) if m.start <= c.start < m.end]
            for i in covered:
                self.cands.pop(i, None)
            self.inner = [x for x in self.inner if x.end <= m.start or x.start >= m.end]
            if covered:
                self.cands[covered[-1]] = Cand(m.start, m.end, m.entry.label, "gazetteer", 0.9)

    def _core(self, i: int, c: Chunk) -> None:
        s, e = c.start, c.core_end
        core = self.text[s:e]
        if e == c.stem_end:
            if core in NAME_STARTERS:
                self.starters.append(i)
            elif core in BODY_HEADS:
                self.heads = True
        stem = c.stem if e == c.stem_end else [m for m in c.stem if m.start < e]
        # What the word says on its own is cached per word (see models.nlp.word_facts); the
        # checks below add what the sentence around it says, in the order of the rules.
        key = stem_key(core, stem, s)
        f = self.facts.get(key)
        if f is None:
            f = self.facts[key] = word_facts(self.gaz, core, stem, s)
        if f is NOTHING or f.skip:
            return
        if c.core_end == c.stem_end and c.after and c.after[0].tag in ("XSV", "XSA"):
            return  # 고려해, 발전했다: a verb made from the noun, not a name
        if f.known and medium(core, c.after):
            return  # 페이스북에 올렸다: the service the words went out on, not the company
        if f.known:
            parts = state_pair(core, self.text[e : e + 8])
            if parts:  # 한미, 남북한: each state a LOCATION (TTA/KLUE), not the pair
                at = s
                for part in parts:
                    self.inner.append(Cand(at, at + len(part), "LOCATION", "gazetteer", 0.8))
                    at += len(part)
                return
            self.cands[i] = Cand(s, e, self._gpe(core, f.known, i), "gazetteer", 0.9)
            return
        if f.time_zone:
            self.cands[i] = Cand(s, e - 2, "LOCATION", "gazetteer", 0.8)  # 한국시간: a time zone
            return
        if f.latin:
            # An unknown Latin word: TV, FC, MVP are as common as acronyms of bodies. But
            # "A씨", "B 교수" are anonymised people; "AI정책보좌관" is a post (two letters
            # only before 씨: "AB씨").
            letters_ok = len(core) == 1 or (len(core) == 2 and c.title in ("씨", "氏"))
            if letters_ok and self._person_context(i, hops=0) >= 2:
                self.cands[i] = Cand(s, e, "PERSON", "kiwi:anonymous", 0.6)
            return
        if f.name and core in self.roles:
            return  # 유튜버 A씨: the role before a name is not a name, even if Kiwi says NNP
        if f.name and self._person_context(i):
            self.cands[i] = Cand(s, e, "PERSON", "kiwi:name+context", 0.8)
            return
        if f.versus:
            self.cands[i] = Cand(s, e - 1, f.versus, "gazetteer", 0.8)  # 러시아전: the game
            return
        if f.suffix:
            if core[-1] == "군" and self._country_word(core[:-1]):
                self.cands[i] = Cand(s, e, "ORG", "kiwi:army", 0.7)  # 북한군, 일본군: an army
                return
            if f.suffix == "ORG" and core[-1] in WEAK_ORG and not c.title and self._aged(i):
                # 멘도사(27): a name ending in a syllable that ends bodies too, with an age
                self.cands[i] = Cand(s, e, "PERSON", "kiwi:aged", 0.6)
                return
            if f.suffix == "LOCATION" and bare_names.place_shaped_person(
                    self.gaz, self.text, self.chunks, i, self.roles):
                self.cands[i] = Cand(s, e, "PERSON", "kiwi:role+name", 0.7)  # 방송인 김제동이
                return
            if f.suffix == "ORG" and self._unit_numbered(i):
                return  # 컴퓨팅센터 2호기: units of a facility are numbered, not of a body
            self.cands[i] = Cand(s, e, f.suffix, "kiwi:suffix", 0.7)
            return
        if f.company:
            self.cands[i] = Cand(s, e, "ORG", "kiwi:company", 0.7)
            return
        if f.full_name and f.feature and place_after(self.text, self.chunks, i):
            self.cands[i] = Cand(s, e, "LOCATION", "kiwi:feature", 0.6)  # 시화호 일대
            return
        if f.full_name and i + 1 < len(self.chunks) and self._word(self.chunks[i + 1]) == "관계자":
            # "예산실 관계자": a body's officials, never a person's (merges.OFFICE_RE)
            if core[-1] in OFFICE_ENDS:
                self.cands[i] = Cand(s, e, "ORG", "kiwi:office", 0.6)
            return
        if f.full_name:
            # Without context only full names: a two-syllable word that starts with a surname
            # (남도, 정선, 조선) is more often something else.
            self.cands[i] = Cand(s, e, "PERSON", "kiwi:name", 0.6)
            return
        if f.surname:
            # "황 보좌관", "김 씨", "이 전 총리": a bare surname with a title right after it
            # (not "박정희 전 대통령", where 전 means "former"; not "동구청장")
            glued_ok = (c.core_end == c.stem_end or c.title in ("씨", "氏", "군", "양")
                        or glued_surname(core, c.title)
                        and not any(m.start < e < m.end for m in c.stem))
            # (not where Kiwi reads the word as one: 연기자 an actor, not 연 + 기자)
            nxt = self._word(self.chunks[i + 1]) if i + 1 < len(self.chunks) else ""
            if (glued_ok and not self._determiner(i) and surname_here(core, c.title, nxt)
                    and self._person_context(i, hops=0, skip_former=True) >= 2):
                self.cands[i] = Cand(s, e, "PERSON", "kiwi:surname+title", 0.6)
            return
        if f.inner is not None:
            # a known name ending a larger core ("주한미국" → 미국) or a place starting one
            off, end, entry = f.inner
            self.inner.append(Cand(s + off, s + end, self._gpe(entry.term, entry.label, i),
                                   "gazetteer", 0.8))
            return
        if f.proper and not self._quoted(i):
            self.cands[i] = Cand(s, e, None, "kiwi:proper", 0.4, proper=True)

    def _determiner(self, i: int) -> bool:
        """"일본의 한 의원은": 한 read by Kiwi as a determiner after a genitive is "one of",
        not the surname 한 (한 총리 stays a person)."""
        c = self.chunks[i]
        if i == 0 or len(c.stem) != 1 or c.stem[0].tag != "MM":
            return False
        p = self.chunks[i - 1]
        return bool(p.after) and p.after[-1].tag == "JKG"

    def _gpe(self, word: str, label: str, i: int) -> str:
        """A country is a LOCATION whatever it does (the TTA/KLUE convention: "중국은 …
        발표했다" and "중국에서" alike; KMOU tags the state acting ORG, we do not follow it).
        A 시/도/군/구 is a place, but the local government when it is the subject ("광주시는"),
        also the first of two that are ("대구시와 경북도는")."""
        c = self.chunks[i]
        if label != "LOCATION" or c.core_end != c.stem_end:
            return label
        entry = self.gaz.lookup(word)
        particle = c.after[0].form if c.after else ""
        if entry is not None and entry.source in ("builtin:countries", "builtin:world_places"):
            return label  # TTA/KLUE: a country is a LOCATION, acting or not; 지구 is no 구
        if word[-1] in "시도군구" and particle in SUBJECT_PARTICLES:
            return "ORG"
        n = self.chunks[i + 1] if particle in ("와", "과") and i + 1 < len(self.chunks) else None
        if word[-1] in "시도군구" and n and n.stem and n.after and n.core_end == n.stem_end:
            if n.after[0].form in SUBJECT_PARTICLES and self.gaz.label_of(self._word(n)) == "ORG":
                return "ORG"  # 전북도와 새만금개발청은: the two bodies act together
            return self._gpe(self._word(n), label, i + 1)
        return label

    def _quoted(self, i: int) -> bool:
        """Right after an opening quote: mostly titles of works and products, not names."""
        if i == 0:
            return False
        prev = self.chunks[i - 1]
        return prev.punct and prev.morphs[0].form in QUOTES and prev.stem_end == self.chunks[i].start

    # -- person context ---------------------------------------------------------------------

    def _person_context(self, i: int, hops: int = 2, skip_former: bool = False) -> int:
        """2: a title/씨/age right after the name or a role right before it; 1: a title after
        up to ``hops`` organisation/place/modifier words; 0: none."""
        chunks = self.chunks
        c = chunks[i]
        if c.title and c.core_end > c.start:
            return 2  # 홍길동씨, 김승연회장
        if c.after:
            return 2 if c.after[0].form in PERSON_AFTER else 0
        if bare_names.role_before(self.text, chunks, i, self.roles):
            return 2  # 배우 홍길동, 위원장 홍길동
        j = i + 1
        if self._aged(i):
            return 2  # 홍길동(45), 홍길동(45·회사원), 칼 포퍼(1902~1994)
        if skip_former and j < len(chunks) and self._word(chunks[j]) in FORMER:
            j += 1  # 이 전 총리, 김 前 장관
        for step in range(hops + 1):
            if j >= len(chunks):
                return 0
            n = chunks[j]
            if n.punct or not n.stem:
                return 0
            first = self.text[n.start : n.stem_end]
            if first in PERSON_AFTER or n.title:
                return 2 if step == 0 else 1
            if n.after:
                return 0
            j += 1
        return 0

    def _unit_numbered(self, i: int) -> bool:
        """The next word numbers a unit of a plant or facility: "2호기"."""
        if i + 1 >= len(self.chunks):
            return False
        word = self._word(self.chunks[i + 1])
        return word.endswith("호기") and word[:-2].isdigit()

    def _word(self, c: Chunk) -> str:
        return self.text[c.start : c.stem_end]

    # -- pass 2: combine neighbours ---------------------------------------------------------

    def _merge_names(self) -> None:
        merge_names(self.text, self.chunks, self.cands, self._person_context)

    def _given_names(self) -> None:
        if self.starters:
            given_names(self.text, self.chunks, self.cands, self.gaz, self.starters)

    def _first_names(self) -> None:
        first_names(self.text, self.chunks, self.cands, self.gaz, self.roles, self._person_context)

    def _withheld_names(self) -> None:
        """"정모 교수", "고모 씨": a surname and 모 (the name withheld) before a title is the
        person, also where Kiwi reads a common word (정모 a meet-up, 고모 an aunt); _spans cuts
        모 off, as it does for every such person."""
        text, sur = self.text, lexicon().surnames
        if "모" not in text:
            return
        for i, c in enumerate(self.chunks):
            if c.punct or text[c.core_end - 1] != "모":
                continue  # most words (checked before slicing)
            word = text[c.start : c.core_end] if c.stem and i not in self.cands else ""
            if (len(word) in (2, 3) and word[:-1] in sur
                    and self._person_context(i, hops=0) >= 2):
                self.cands[i] = Cand(c.start, c.core_end, "PERSON", "kiwi:withheld-name", 0.6)

    def _place_prefixed(self) -> None:
        place_prefixed(self.text, self.chunks, self.cands, self.gaz, self._is_country, self._word)

    def _spaced_bodies(self) -> None:
        if self.heads:  # most texts have no head word at all (noted in _core)
            spaced_bodies(self.text, self.chunks, self.cands, self._is_country)

    def _bodies(self) -> None:
        """정부, 검찰, 법원 …: a body named by a common noun, as a whole word, is an ORG (TTA/KLUE);
        not when a verb is made of it or it is part of a longer candidate."""
        text, last = self.text, BODY_LAST
        for i, c in enumerate(self.chunks):
            if c.punct or not c.stem or text[c.stem_end - 1] not in last:
                continue  # most words: no body word or 측 ends them (checked before slicing)
            word = self._word(c) if i not in self.cands else ""
            side = word[-1:] == "측" and word[:-1] in BODY_WORDS  # 정부측: the body, its side
            if not word or (word not in BODY_WORDS and not side):
                continue
            # 군 is also a title ("송 군"): the army only where no name comes before it, and
            # not the counties of 시·군
            if c.core_end != c.stem_end and (c.core_end > c.start or (i - 1) in self.cands):
                continue
            if word == "군" and text[c.start - 2 : c.start] in ("시·", "시ㆍ", "시‧", "시･"):
                continue
            if c.after and c.after[0].tag in ("XSV", "XSA"):
                continue
            if any(x.start < c.stem_end and c.start < x.end
                   for x in [*self.cands.values(), *self.inner]):
                continue
            self.cands[i] = Cand(c.start, c.stem_end - side, "ORG", "kiwi:body", 0.5)

    def _country_word(self, word: str) -> bool:
        entry = self.gaz.lookup(word)
        return entry is not None and entry.source == "builtin:countries"

    def _is_country(self, cand: Cand) -> bool:
        entry = self.gaz.lookup(self.text[cand.start : cand.end])
        return entry is not None and entry.source == "builtin:countries"

    def _aged(self, i: int) -> bool:
        """An age, life years or a player's points in parentheses right after chunk ``i``."""
        chunks, j = self.chunks, i + 1
        return (j + 1 < len(chunks) and chunks[j].punct and chunks[j].morphs[0].form == "("
                and age_or_years(chunks, j + 1))

    def _context(self) -> None:
        chunks = self.chunks
        for i, cand in self.cands.items():
            if not cand.proper or cand.label is not None:
                continue
            ctx = self._person_context(i)
            word = self.text[cand.start : cand.end]
            unknown = (ctx == 2 and all(m.oov for m in chunks[i].stem)
                       and self._next_title(i) in OWN_ROLE_TITLES)
            # (an age after a title is the titled person's: not 자활 in 자활센터장(41))
            aged = ctx == 2 and not chunks[i].title and self._aged(i)
            if ctx and (foreign(word) or " " in word or unknown or aged):
                # a foreign-looking name with a title: "로이스터 감독"; not "웹툰 작가"; a word
                # Kiwi does not know right before a title: "웽거 감독"; any proper noun with an
                # age or points after it: "옐레나(25점)"
                cand.label, cand.reason = "PERSON", "kiwi:context"
                cand.score = 0.6 if ctx == 2 else 0.5
                continue
            if ctx == 2 and self._next_title(i) in PERSON_ONLY_TITLES:
                # "옐친 대통령", "벨리니 감독": a proper noun right before a title only people
                # hold (not 회장 or 대표, which follow companies and parties too)
                cand.label, cand.reason, cand.score = "PERSON", "kiwi:title", 0.6
                continue
            c = chunks[i]
            if (ctx == 2 and not c.after and not c.title and len(word) >= 2
                    and self._next_title(i) in COMPANY_TITLES and not bare_names.name_like(word)):
                # "빛글랩스 대표", "한빛물산 사장": a word no list knows, not shaped like a
                # name, before a company officer's title is the company
                cand.label, cand.reason, cand.score = "ORG", "kiwi:employer", 0.4
                continue
            particle = c.after[0].form if c.after else ""
            if (particle in ("이", "가", "의", "은") and foreign(word) and len(word) >= 3
                    and c.core_end == c.stem_end and self.text[cand.end - 1] not in NOT_TOPIC_FINALS):
                # "코페르니쿠스의", "데카르트가": a transliterated name that no list knows as a
                # place is a person more often than anything else
                cand.label, cand.reason, cand.score = "PERSON", "kiwi:foreign-topic", 0.4
                continue
            if (c.after and c.after[0].form in PERSON_PARTICLES and c.core_end == c.stem_end
                    and self.text[cand.end - 1] not in NOT_TOPIC_FINALS and not word.endswith(HOUSING)):
                # "브라이언트는", "마틴에게": an unknown name as topic or recipient: mostly a person
                cand.label, cand.reason, cand.score = "PERSON", "kiwi:topic", 0.4
                continue
            n = chunks[i + 1] if i + 1 < len(chunks) else None
            if n is not None and not c.after and self._word(n) in SPOKESPEOPLE:
                cand.label, cand.reason, cand.score = "ORG", "kiwi:spokesperson", 0.5
                continue
            if self._affiliation(i):
                cand.label, cand.reason, cand.score = "ORG", "kiwi:affiliation", 0.4

    def _next_title(self, i: int) -> str:
        """The next word's title, or the word itself ("감독" of "감독은")."""
        if i + 1 >= len(self.chunks):
            return ""
        n = self.chunks[i + 1]
        return n.title or (self._word(n) if not n.punct else "")

    def _affiliation(self, i: int) -> bool:
        """"홍길동(29·빛고을 스타즈)", "홍길동(빛글전자)": a name in parentheses right after a
        person is their team or employer."""
        chunks = self.chunks
        j = i - 1
        while j >= 0 and not chunks[j].punct and not chunks[j].after:
            j -= 1  # multi-word names inside the parentheses
        if j < 0 or not chunks[j].punct:
            return False
        if chunks[j].morphs[0].form in ("·", "ㆍ", ".", ","):
            j -= 1
            if j >= 0 and chunks[j].stem and chunks[j].stem[0].tag == "SN":
                j -= 1  # the age: (29·…)
            if j < 0 or not chunks[j].punct:
                return False
        if chunks[j].morphs[0].form != "(" or j == 0:
            return False
        before = self.cands.get(j - 1)
        return before is not None and before.label == "PERSON"

    def _lists(self) -> None:
        bare_names.list_labels(self.text, self.chunks, self.cands, self.gaz)

    def _result(self) -> None:
        cands = [c for c in self.cands.values() if c.label] + self.inner
        cands.sort(key=lambda c: (c.start, -c.end))
        out: list[Span] = []
        last_end = -1
        for c in cands:
            if c.start < last_end or c.label is None:
                continue
            end = c.end
            cut = self.text.find("모", c.start + 1, c.start + 3) if c.label == "PERSON" else -1
            if cut > 0 and self.text[cut:end] in ("모", "모군", "모양") \
                    and self.text[c.start:cut] in lexicon().surnames:
                end = cut  # 김모 씨, 남궁모 씨, 김모군: the person is the surname (TTA/KLUE)
            out.append(Span(c.start, end, c.label, self.text[c.start : end], c.reason, c.score))
            last_end = c.end
        extra = bracket_aliases(self.text, out)
        self.spans = sorted(out + extra, key=lambda s: s.start) if extra else out


# The passes of _Finder.run, in order; find_entities_many runs each over all its texts before the
# next (see engine._combine_many).
_PASSES = (
    _Finder._split,
    _Finder._cores,  # pass 1: each core on its own
    _Finder._compounds,
    _Finder._joined_lists,
    _Finder._company_words,  # pass 2: combine neighbours
    _Finder._merge_names,
    _Finder._place_prefixed,
    _Finder._spaced_bodies,
    _Finder._context,
    _Finder._lists,
    _Finder._bare_names,
    _Finder._merge_names,  # again: "마크 리치를", now that 리치 is a person
    _Finder._first_names,
    _Finder._given_names,
    _Finder._withheld_names,
    _Finder._bodies,
    _Finder._neighbours,
    _Finder._result,
)

