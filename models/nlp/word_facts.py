"""What the entity rules can tell about one word (a chunk's *core*) on its own, before context.

Most of the work of ``models.nlp.entities._Finder._core`` depends only on the core's text, the
tags of its morphemes and the gazetteer: is it a known name, does it end with an organisation
suffix, is it shaped like a Korean name, does a known name start or end it … News repeats its
words, so these facts are computed once per (word, morpheme shape) and kept in a cache on the
gazetteer (:meth:`Gazetteer.memo`), which empties it whenever a project adds or removes a term.
What depends on the sentence (particles, a title after the word, quotes) stays in ``_core``.

The facts are computed in the order ``_core`` uses them and stop at the first one that decides
the word regardless of context (a known name, a suffix …): the later ones are never read then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.nlp.chunks import Morph, foreign, is_hangul
from models.nlp.entity_words import (
    ADMIN_SUFFIXES,
    COMMON_SURNAMES,
    GENERIC_BODY_ENDS,
    KIND_SUFFIXES,
    LOC_SUFFIXES,
    MAX_SUFFIX,
    NAME_LIKE_HEADS,
    NOT_ENTITY,
    ORG_SUFFIXES,
    PLACE_FINALS,
    PROPER,
    RULE_LABELS,
    SCHOOL_ENDS,
    SURNAMES_ONLY_BEFORE,
    WEAK_LOC,
    WEAK_ORG,
)
from models.nlp.gazetteer import Entry, Gazetteer, Lexicon, lexicon
from models.nlp.org_words import hanja_body
from models.nlp.place_words import glued_regions, natural_feature, place_compound

MEMO_NAME = "entities.word_facts"
# Places of the sky and the halves of the world that are common nouns at the end of a compound:
# 첨단3지구 and 택지개발지구 are districts, 항공우주 is aerospace, 몽촌토성 an earthen wall,
# 범동양 pan-Oriental. On their own they stay places (지구의 자전, 동양 사상).
_COMMON_AT_THE_END = frozenset({"지구", "우주", "태양", "토성", "동양", "서양"})


@dataclass(frozen=True, slots=True)
class WordFacts:
    """Context-free facts about a core, in the order ``_core`` tries them."""

    skip: bool = False  # an ordinary word that looks like a name (NOT_NAME)
    known: str | None = None  # the label of a user word or a gazetteer entry
    time_zone: bool = False  # "한국시간": a country + 시간
    latin: bool = False  # one unknown Latin word (TV, MVP … or the A of "A씨")
    name: bool = False  # shaped like a Korean name, and Kiwi did not know the word
    versus: str | None = None  # "러시아전": the label of the side played against
    suffix: str | None = None  # ORG/LOCATION by a suffix of a compound
    company: bool = False  # a business group's name starts a proper-noun compound
    full_name: bool = False  # a three- or four-syllable Korean name, without context
    feature: bool = False  # …that may also be a lake or a bay (시화호): a place after 에서, 일대
    surname: bool = False  # a lone surname ("황 보좌관")
    # where a known name inside the core starts and ends, and its entry: a name ending the core
    # (주한미국 → 미국) or a place starting a compound of common nouns (빛고을축제 → 빛고을)
    inner: tuple[int, int, Entry] | None = None
    proper: bool = False  # a proper noun not started by a known name: may get a label later


NOTHING = WordFacts()
_SKIP = WordFacts(skip=True)
_LATIN = WordFacts(latin=True)
_TIME_ZONE = WordFacts(time_zone=True)
# Endings glued to a country that leave it the place (TTA tags 한국 in 한국내, 미국산, 일본측,
# 미국판; not in 한국인, a people, or 일본계, a lineage).
COUNTRY_SUFFIXES = frozenset(["내", "산", "측", "판"])
# Morphemes Kiwi glues to a place's name as nouns that are not part of it: 서 is 에서 shortened
# ("부산서 열린", "중국서도"; Kiwi reads it as 서 "west"), 등 and 쪽 are bound nouns ("영국등",
# "미국쪽으로"). The place alone is the name.
PLACE_TAILS = {"서": "NNG", "등": "NNB", "쪽": "NNB"}
# Words for an area glued to a place's name: the place alone is the name ("서울지역" → 서울,
# "경기일대" → 경기, as 2016klp and KMOU tag them); they also make a weak entry the place.
AREA_TAILS = ("지역", "전역", "일대")


def stem_key(core: str, stem: Sequence[Morph], start: int) -> tuple[object, ...]:
    """The cache key of a core: its text and what the facts read of its morphemes (tags,
    unknown-word flags, a one-morpheme user word's label, where the morphemes start)."""
    if len(stem) == 1:
        m = stem[0]
        return (core, m.tag, m.oov, m.label)
    return (core, tuple([(m.start - start, m.tag, m.oov) for m in stem]))


def facts_memo(gaz: Gazetteer) -> dict[tuple[object, ...], WordFacts]:
    """The cache of :func:`word_facts` results for ``gaz``, by :func:`stem_key`."""
    return gaz.memo(MEMO_NAME)


def word_facts(gaz: Gazetteer, core: str, stem: Sequence[Morph], start: int) -> WordFacts:
    """The facts of ``core`` (``text[start:start + len(core)]``) whose morphemes are ``stem``.
    Callers cache them: see :func:`facts_memo`."""
    return _compute(gaz, lexicon(), core, stem, start)


def _compute(gaz: Gazetteer, lex: Lexicon, core: str, stem: Sequence[Morph], start: int) -> WordFacts:
    if core in NOT_ENTITY:
        return _SKIP
    known = _known(gaz, core, stem)
    if known:
        return WordFacts(known=known)
    if glued_regions(gaz, core, stem, start):
        return WordFacts(known="LOCATION")  # 대구경북: one place, not 경북 alone
    head = gaz.lookup(core[:-2]) if core.endswith("시간") else None
    if head is not None and head.source == "builtin:countries":
        return _TIME_ZONE
    head = gaz.lookup(core[:-1]) if core[-1:] in COUNTRY_SUFFIXES and len(core) >= 3 else None
    if head is not None and head.source == "builtin:countries":
        return WordFacts(inner=(0, len(core) - 1, head))  # 한국내, 미국산: the country
    if core.endswith(AREA_TAILS) and len(core) >= 4:
        head = gaz.lookup(core[:-2])
        if head is not None and head.label == "LOCATION":
            return WordFacts(inner=(0, len(core) - 2, head))  # 서울지역: 서울
    if len(stem) >= 2 and PLACE_TAILS.get(stem[-1].form) == stem[-1].tag:
        head = gaz.lookup(core[:-1])
        if head is not None and head.label == "LOCATION" and not head.weak:
            return WordFacts(inner=(0, len(core) - 1, head))  # 부산서 열린: 부산
    if len(stem) == 1 and stem[0].tag == "SL":
        return _LATIN
    if hanja_body(core):
        return WordFacts(suffix="ORG")  # 民正黨 (models.nlp.org_words)
    name = unknown_word(stem) and korean_name(gaz, lex, core)
    if core[-1] == "전" and len(core) >= 3 and gaz.label_of(core[:-1], allow_weak=False):
        # "GS칼텍스전", "러시아전": a game against a team or a country
        label = gaz.label_of(core[:-1], allow_weak=False) or "ORG"
        return WordFacts(name=name, versus="ORG" if label == "LOCATION" else label)
    if (len(stem) == 2 and stem[1].form == "대" and stem[0].tag == "NNP"
            and gaz.label_of(stem[0].form, allow_weak=False) == "LOCATION"):
        return WordFacts(suffix="ORG")  # 오사카/NNP 대/NNG: a university named by its city
    suffix = suffix_label(gaz, lex, core, stem)
    if suffix:
        return WordFacts(name=name, suffix=suffix)
    # a place starting a compound: a company's name or a place of its own (once per word)
    lead = place_compound(gaz, core, stem, start)
    if any(m.tag in PROPER for m in stem) and (company_prefix(gaz, core)
                                               or (lead is not None and lead[0])):
        return WordFacts(name=name, company=True)
    if name and len(core) >= 3 and all(ch in lex.given for ch in core[-2:]):
        return WordFacts(name=name, full_name=True,
                         feature=natural_feature(gaz, core) == "maybe")
    # A lone surname decides only with a title after it: otherwise the rules go on.
    surname = core in COMMON_SURNAMES or core in SURNAMES_ONLY_BEFORE
    inner = _inner_name(gaz, core, stem, start) or (
        (0, lead[1], lead[2]) if lead is not None and not lead[0] else None)
    proper = inner is None and (
        all(m.tag in PROPER for m in stem) and any(m.tag == "NNP" for m in stem)
        and len(core) >= 2 and not starts_with_place(gaz, core))
    if not (name or surname or inner or proper):
        return NOTHING
    return WordFacts(name=name, surname=surname, inner=inner, proper=proper)


def _known(gaz: Gazetteer, core: str, stem: Sequence[Morph]) -> str | None:
    if len(stem) == 1 and stem[0].label:
        return stem[0].label
    entry = gaz.lookup(core)
    if entry is None or entry.label in RULE_LABELS:
        return None  # amounts and dates are the rules' job
    if entry.weak and not all(m.tag in ("NNP", "SH") for m in stem):
        return None
    return entry.label


# Units of a city or county, which Kiwi splits off a proper noun it does not know (not 김민수 군
# or 정민 군, a boy's 군 after his name)
_CITY_UNITS = frozenset(("시", "군", "구"))


def suffix_label(gaz: Gazetteer, lex: Lexicon, core: str, stem: Sequence[Morph]) -> str | None:
    """ORG or LOCATION by the longest organisation/place suffix of a compound."""
    if not is_hangul(core[-1]):
        return None
    if place_office(gaz, core):
        return "ORG"
    best = ""
    for n in range(min(MAX_SUFFIX, len(core) - 1), 0, -1):
        suf = core[-n:]
        if suf in ORG_SUFFIXES or suf in LOC_SUFFIXES:
            best = suf
            break
    if not best:
        return None
    head = core[: -len(best)]
    label = "ORG" if best in ORG_SUFFIXES else "LOCATION"
    weak = best in (WEAK_ORG if label == "ORG" else WEAK_LOC)
    head_label = gaz.label_of(head, allow_weak=False)
    proper_single = len(stem) == 1 and stem[0].tag == "NNP"
    if (best in ("읍", "면") and len(core) == 3 and len(stem) == 3
            and all(m.tag == "NNG" and len(m.form) == 1 for m in stem)):
        return label  # 봉동읍 (봉/NNG 동/NNG 읍/NNG): a township Kiwi cut into syllables
    if weak:
        if label == "ORG" and len(best) >= 2 and len(stem) >= 3 and len(head) >= 4 \
                and starts_with_place(gaz, head):
            return label  # 전남권역응급의료센터: a known place, then what the centre does
        # 중소기업청, 민주당, 화순읍: a known head, or a word Kiwi knows as one proper
        # noun; 전국, 이사회, 미국산 stay ordinary words, 김종국 and 하지원 are names.
        if label == "ORG" and (head_label == "ORG" or proper_single and gaz.label_of(head) == "ORG"):
            return label  # 롯데마트/NNP: a weak company name (롯데) is one in a proper noun
        if head_label == "LOCATION" and (best in ADMIN_SUFFIXES or best in SCHOOL_ENDS):
            return label  # 화순읍; 광주상고 (a school named after its town)
        if head_label == "LOCATION" and best in ("주", "현") and len(head) >= 2:
            return label  # 미시간주, 지바현: a foreign state or prefecture (not 성: 북극성)
        if best in ("항", "역") and gaz.label_of(head, allow_weak=proper_single) == "LOCATION":
            return label  # 부산항, 목포항 (목포 alone is weak): a port or station named after its town
        if best in ("항", "역") and _proper_head(stem, head) and (
                len(stem) == 2 or not korean_name(gaz, lex, core)):
            return label  # 주문진항, 엑스포역, 목포 + 역: a named port or station (guideline)
        if (best in _CITY_UNITS and len(stem) == 2 and stem[0].tag == "NNP"
                and stem[1].form == best and len(head) >= 2
                and not (len(head) >= 3 and korean_name(gaz, lex, head))
                and not (best == "군" and all(ch in lex.given for ch in head))):
            # 호찌민/NNP 시/NNG: Kiwi splits off the unit of a city it does not know (정민 군 is a
            # boy, a given name before it)
            return label
        if not (proper_single and len(core) >= 3) or foreign(core):
            return None  # 알파고, 샤부샤부: foreign words end in these syllables too
        if core.endswith(("건대", "컨대")):
            return None  # 바라건대: a verb ending Kiwi took for a noun
        if label == "LOCATION" and natural_feature(gaz, core) == "sure":
            return label  # 순천만, 충주호, 섬진강 (models.nlp.place_words)
        if label == "LOCATION" and best not in PLACE_FINALS:
            return None  # 다다시, 라일리, 이대호, 광해군: names end in these syllables too
        if korean_name(gaz, lex, core) and best not in PLACE_FINALS:
            return None  # 김성주, 이완구, 하지원
        return label
    if proper_single and not head_label and head in _KIND_HEADS:
        return None  # 종합운동장/NNP: a kind of venue Kiwi knows as one word, not a named one
    if head_label or proper_single or any(m.tag in PROPER for m in stem):
        return label
    if (len(stem) == 1 and stem[0].oov) or starts_with_place(gaz, head, whole=True):
        return label  # 광주도시공사: a compound Kiwi did not know, or named after a place
    if label == "LOCATION" and len(best) >= 2 and stem[0].oov and len(stem[0].form) <= len(head):
        return label  # 문막휴게소, 만종분기점: a place word after a name Kiwi does not know
    # All common nouns: a body's name (미래경제성장전략위원회, 남도물류공사) when the
    # suffix names one body; 특수학교, 인터넷전문은행, 해외건설 are kinds of things.
    if label == "ORG" and len(head) >= 2 and len(stem) >= 2 and best not in KIND_SUFFIXES:
        if best in GENERIC_BODY_ENDS and len(head) < 3:
            return None  # 추진위원회, 자문위원회: a kind of committee (merges.DEPARTMENT_RE)
        return label
    return None


# Words that make a kind of venue or body out of its suffix, not a name: 종합운동장, 복합터미널.
_KIND_HEADS = frozenset({"종합", "복합", "공설", "실내", "야외", "보조"})


def company_prefix(gaz: Gazetteer, word: str) -> bool:
    """롯데홈쇼핑, CJ헬로비전, SK브로드밴드: a business group's name starting a compound."""
    for n in range(len(word) - 1, 1, -1):
        entry = gaz.lookup(word[:n])
        if entry is not None and not entry.weak and entry.source == "builtin:companies":
            return True
    return False


# What turns a person's name into a body, a team or a place: 예수회, 슈틸리케호, 세종시.
_AFTER_A_PERSON = ORG_SUFFIXES | LOC_SUFFIXES | frozenset(["호", "家", "파", "계", "측", "표"])


def place_office(gaz: Gazetteer, word: str) -> bool:
    """``word`` is the office (청) of a known place: 남구청, 북구청 — an ORG however short the
    place's name (also the body of 북구청장, models.nlp.title_cut)."""
    return word[-1:] == "청" and gaz.label_of(word[:-1], allow_weak=False) == "LOCATION"


def starts_with_place(gaz: Gazetteer, word: str, whole: bool = False) -> bool:
    """A known name (of two or more characters) starts ``word``: 한국어, 한국형, 조선판 are
    not personal names. ``whole`` lets the known name be all of ``word``. A person's name counts
    only before the ending of a body or a place (예수회, 슈틸리케호): 김구라 is another person
    than 김구."""
    for n in range(len(word) - (0 if whole else 1), 1, -1):
        entry = gaz.lookup(word[:n])
        if entry is not None and not entry.weak and (
                entry.label != "PERSON" or n == len(word) or word[n:] in _AFTER_A_PERSON):
            return True
    return False


def korean_name(gaz: Gazetteer, lex: Lexicon, word: str) -> bool:
    """Surname + one or two syllables (or a two-syllable surname + one or two)."""
    if not 2 <= len(word) <= 4:
        return False
    if len(word) == 4:
        if word[:2] not in lex.surnames:
            return False
    elif word[0] not in lex.surnames and word[:2] not in lex.surnames:
        return False
    if not is_hangul(word) or foreign(word) or (len(word) == 3 and word[:2] in NAME_LIKE_HEADS):
        return False
    if len(word) == 3 and word[-1] == "당":
        return False  # 민진당, 공명당: a party (few given names end in 당)
    return gaz.lookup(word) is None and not starts_with_place(gaz, word)


def unknown_word(stem: Sequence[Morph]) -> bool:
    """Kiwi did not know the word as a whole: a 3-syllable name it tagged NNP, left as an
    unknown word, or cut into odd pieces (민정/NNP 준/NNG), also into syllables that it read as
    common nouns (도/NNG 은/NNG 영/NR): words it knows it does not shatter so."""
    if len(stem) == 1:
        return stem[0].tag == "NNP" or stem[0].oov
    return any(m.tag == "NNP" or m.oov for m in stem) or _shattered(stem)


# Last syllables of words Kiwi shatters that are places, bodies, committees or plain nouns
# more often than names (원학동, 염천교, 한민고, 노개위, 금오산, 진황도, 용신제, 연승률, 제해권,
# 범신론), and the syllables of numbers (사십칠, 사오만, 한두명).
_NOT_NAME_FINALS = frozenset(list("동교고위산도제률율권론명리면읍군구시"))
_NUMBER_SYLLABLES = frozenset(list("일이삼사오육칠팔구십백천만억두세네"))


def _shattered(stem: Sequence[Morph]) -> bool:
    """Three or more one-syllable pieces: a word Kiwi did not know (도/NNG 은/NNG 영/NR)."""
    if len(stem) < 3 or any(len(m.form) != 1 for m in stem):
        return False
    forms = [m.form for m in stem]
    return forms[-1] not in _NOT_NAME_FINALS and not all(f in _NUMBER_SYLLABLES for f in forms)


def _inner_name(gaz: Gazetteer, core: str, stem: Sequence[Morph],
                start: int) -> tuple[int, int, Entry] | None:
    """The longest known name ending a larger core ("주한미국" → 미국), as (offset in the core,
    entry). A known name followed by more nouns is a modifier in a compound (부산국제영화제):
    not suggested."""
    n = len(core)
    for k, m in enumerate(stem):
        off = m.start - start
        if off <= 0 or n - off < 2:
            continue  # one-syllable names (빈, 미) inside words are mostly not names
        entry = gaz.lookup(core[off:])
        if entry is None or entry.label in RULE_LABELS or core[off:] in _COMMON_AT_THE_END:
            continue
        if entry.weak and not all(x.tag in ("NNP", "SH") for x in stem[k:]):
            continue
        return off, n, entry
    return None


def _proper_head(stem: Sequence[Morph], head: str) -> bool:
    """The word before a port's or station's 항/역 is a proper noun of two or more syllables, as
    Kiwi read it: one proper noun for the whole word (엑스포역) or for the head (주문진 + 항).
    Ordinary words end in these syllables too (지역, 무역, 출항) and are common nouns."""
    if len(head) < 2 or not is_hangul(head):
        return False
    if len(stem) == 1:
        return stem[0].tag == "NNP"
    return len(stem) == 2 and stem[0].tag == "NNP" and stem[0].form == head
