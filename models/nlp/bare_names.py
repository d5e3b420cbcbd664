"""A proper noun with no title or role next to it, typed by the particle after it.

The rules in ``models.nlp.entities`` leave a proper noun untyped when nothing around it says
what it is ("세호가 웃었다", "갈릴레오의 재판"). TTA/KLUE tag such names all the same, and a
proper noun that is the subject, the object, the possessor or a partner of an action ("X가",
"X를", "X의", "X와") names a person more often than anything else, when it is shaped like a
personal name: a two- or three-syllable word made of syllables that Korean given names use
(세호, 두환, 현우) or a transliterated foreign name (코페르니쿠스). Places and bodies named that
way mostly end in a place or organisation syllable, or are in the gazetteers, which the rules
before this one have already used.

Measured on the dev part of 2016klp (the held-out slice is never read): of untyped proper nouns
of two given-name syllables before such a particle, nine in ten are people; on KMOU news about
six in ten (the rest are brands and works).

A name in a list ("A·B·C", "A, B") takes the label of a typed neighbour (``list_labels``).
"""

from __future__ import annotations

from models.nlp.chunks import Cand, Chunk, foreign, list_peers
from models.nlp.entity_words import HOUSING, JAPANESE_SURNAMES, LIST_SEPARATORS
from models.nlp.gazetteer import Gazetteer, builtin_gazetteer, lexicon
from models.nlp.place_words import peer_provinces
from models.nlp.word_facts import korean_name

# Particles after which an untyped name is taken for a person.
NAME_PARTICLES = frozenset({"은", "는", "이", "가", "의", "을", "를", "와", "과", "도", "에게",
                            "한테", "께서", "께", "에게서", "랑", "이랑", "하고"})
# Last syllables of places and bodies: not a given name (경주, 안동, 백제, 신라 …).
_NOT_GIVEN_FINAL = frozenset("시군구도동읍면리산강천섬주국당청처원사회부단")


def name_like(word: str) -> bool:
    """A two- or three-syllable Korean word made of given-name syllables, or a foreign name
    (a common Japanese surname too: 오자와, 기시다)."""
    if foreign(word) or word in JAPANESE_SURNAMES:
        return len(word) >= 2 and word[-1] != "대"  # 애스톤대: a university
    if not 2 <= len(word) <= 3 or word[-1] in _NOT_GIVEN_FINAL:
        return False
    lex = lexicon()
    if len(word) == 3 and not korean_name(builtin_gazetteer(), lex, word):
        return False  # a surname and a given name, not 경부선, 동부권 (NAME_LIKE_HEAD)
    return all(ch in lex.given for ch in word[-2:])


def _particle_after(c: Chunk) -> bool:
    """A case particle or the copula right after the stem ("태오가", "태오였다")."""
    if not c.after or c.core_end != c.stem_end:
        return False
    first = c.after[0]
    return first.tag == "VCP" or (first.tag.startswith("J") and first.form in NAME_PARTICLES)


def type_bare_names(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """Label PERSON the untyped proper nouns shaped like names before a particle (in place),
    and a given name with the familiar suffix 이 ("하람이는": the span keeps 이, as TTA)."""
    for i, cand in cands.items():
        if cand.label is not None or not cand.proper:
            continue
        c = chunks[i]
        if cand.end != c.stem_end or not _particle_after(c):
            continue
        word = text[cand.start : cand.end]
        if foreign(word) and c.after[0].form in ("을", "를", "이"):
            continue  # a loanword Kiwi took for a name is often an object ("클러스터를")
        if name_like(word) and not word.endswith(HOUSING):  # (국제테마파크는: a venue)
            cand.label, cand.reason, cand.score = "PERSON", "kiwi:name+particle", 0.4
    for i, c in enumerate(chunks):
        stem = c.stem
        if (len(stem) != 2 or stem[0].tag != "NNP" or stem[1].tag != "XSN" or stem[1].form != "이"
                or i in cands or not _particle_after(c)):
            continue
        word = stem[0].form
        if len(word) == 2 and not foreign(word) and name_like(word):
            cands[i] = Cand(c.start, c.stem_end, "PERSON", "kiwi:name+이", 0.4)


def list_labels(text: str, chunks: list[Chunk], cands: dict[int, Cand], gaz: Gazetteer) -> None:
    """"A·B·C", "A, B": an untyped proper noun takes the label of a typed neighbour (in place);
    so does a person's name that ends like a place ("강호동, 이수근, 은지원": 동 is a district),
    and a 시·도 whose name is also a common word beside a peer (place_words.peer_provinces)."""
    for _ in range(2):
        for i, cand in cands.items():
            if cand.label == "LOCATION" and cand.reason == "kiwi:suffix" and 3 <= cand.end - \
                    cand.start <= 4 and korean_name(gaz, lexicon(),
                                                    text[chunks[i].start : chunks[i].stem_end]):
                # "강호동, 이수근", "강호동과 이수근", "이수근 및 강호동"
                peers = [cands.get(j) for j in list_peers(text, chunks, i, LIST_SEPARATORS)]
                if peers and all(x is not None and x.label == "PERSON" for x in peers):
                    cand.label, cand.reason, cand.score = "PERSON", "kiwi:list", 0.5
                continue
            if not cand.proper or cand.label is not None:
                continue
            for j in (i - 2, i + 2):
                if not 0 <= j < len(chunks):
                    continue
                sep = chunks[(i + j) // 2]
                if not sep.punct or sep.morphs[0].form not in LIST_SEPARATORS:
                    continue
                if j < i and sep.morphs[0].form == "," and _headline_subject(text, chunks, j, i):
                    continue
                other = cands.get(j)
                if other is not None and other.label is not None and not other.proper:
                    cand.label, cand.reason, cand.score = other.label, "kiwi:list", 0.5
                    break
    peer_provinces(text, chunks, cands, gaz, LIST_SEPARATORS)


def _headline_subject(text: str, chunks: list[Chunk], j: int, i: int) -> bool:
    """"국토부, 광역급행철도 3개 노선 추진": a headline's subject and its comma open the line,
    and what follows is what it does, not the next item of a list (no separator, 등 or 및
    after it)."""
    start = chunks[j].start
    if (start > 0 and text[start - 1] != "\n") or chunks[j].after:
        return False
    nxt = chunks[i + 1] if i + 1 < len(chunks) else None
    if nxt is None or chunks[i].after:
        return False
    if nxt.punct:
        return nxt.morphs[0].form not in LIST_SEPARATORS
    return text[nxt.start:nxt.stem_end] not in ("등", "및")


def role_before(text: str, chunks: list[Chunk], i: int, roles: frozenset[str] | set[str]) -> bool:
    """A role right before chunk ``i``, as a word of its own: "배우 홍길동", "위원장 홍길동"."""
    if i == 0:
        return False
    p = chunks[i - 1]
    return (not p.punct and not p.after and bool(p.stem) and p.stem_end < chunks[i].start
            and text[p.start : p.stem_end] in roles)


def place_shaped_person(gaz: Gazetteer, text: str, chunks: list[Chunk], i: int,
                        roles: frozenset[str] | set[str]) -> bool:
    """A Korean name that ends like a place (김제동, 강호동: 동 is a district) after a role:
    "방송인 김제동이" is the person, whatever particle follows."""
    c = chunks[i]
    word = text[c.start : c.core_end]
    return (len(word) == 3 and not c.title and role_before(text, chunks, i, roles)
            and korean_name(gaz, lexicon(), word))
