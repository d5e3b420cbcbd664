"""How much of a word's end is a title: 화순전남대병원장 → 장 (the head of 화순전남대병원),
홍길동씨 → 씨, 김지사 → 지사; 한국개발연구원, 전통시장, 학장 → nothing.

A pure function of the word and the gazetteer, so ``models.nlp.entities`` caches its answer per
word with the gazetteer.
"""

from __future__ import annotations

from models.nlp.chunks import Chunk
from models.nlp.entity_words import (
    BOY_SURNAMES,
    GUARDED_TITLES,
    NOT_ENTITY,
    ORG_SUFFIXES,
    WEAK_ORG,
    glued_surname,
    strong_suffix,
)
from models.nlp.gazetteer import Gazetteer, lexicon
from models.nlp.word_facts import place_office, starts_with_place


def title_length(gaz: Gazetteer, word: str) -> int:
    """Length of the title ending ``word`` (0: none), longest title first."""
    if gaz.label_of(word, allow_weak=False):
        return 0  # a known name: 한국개발연구원 is not 한국개발 + 연구원
    lex = lexicon()
    for n in range(min(lex.max_title, len(word)), 0, -1):
        cut = _title_cut(gaz, lex.titles, word, n)
        if cut:
            return cut
    return 0


def _title_cut(gaz: Gazetteer, titles: frozenset[str], word: str, n: int) -> int:
    """Length of the title to cut from the end of ``word`` when trying an n-char title."""
    title = word[-n:]
    if title not in titles:
        return 0
    rest = word[:-n]
    if not rest:
        return n
    if title == "도지사" and gaz.label_of(rest, allow_weak=False) is None \
            and gaz.label_of(rest + "도", allow_weak=False) == "LOCATION":
        return n - 1  # 강원특별자치도지사: the 도 is the end of the place's name, 지사 the title
    if n == 1:
        # 씨/옹 … only right after a short name ("김씨"): one-syllable titles are too
        # often the end of ordinary words (학장, 시장, 출장) to cut blindly.
        if title in ("군", "양") and len(rest) == 1:
            # "송군은", "A양이": a boy's or girl's surname or an initial, never 장군, 고양
            return n if rest in BOY_SURNAMES and title == "군" or "A" <= rest <= "Z" else 0
        return n if title in ("씨", "氏", "옹") and len(rest) <= 4 else 0
    if title[-1] == "장" and n >= 2:
        # 병원장, 체육회장, 센터장: the head of an organisation whose name ends the word.
        # Cut only 장 when what is left is a known or compound organisation.
        org = rest + title[:-1]
        if org not in NOT_ENTITY and (
            gaz.label_of(org, allow_weak=False) == "ORG"
            or (strong_suffix(org, ORG_SUFFIXES, WEAK_ORG) and len(org) >= 4)
            or (len(org) >= 5 and org[-2:] in ORG_SUFFIXES and starts_with_place(gaz, rest, whole=True))
            or place_office(gaz, org)  # 북구청장: the office of a known district
        ):
            return 1  # (전남권역응급의료센터장: a weak suffix, 센터, after a known place)
    if title in GUARDED_TITLES:
        # 전통시장, 해외지사 … are not titles; a place or an organisation before them is.
        ok = gaz.label_of(rest, allow_weak=False) in ("LOCATION", "ORG")
        return n if ok or glued_surname(rest, title) else 0
    return n


def bodies_before_titles(chunks: list[Chunk]) -> None:
    """"경남연구원 연구위원": where a word that is all title follows, a title that also ends the
    names of bodies (연구원) is the body's name, not a title after a place (in place)."""
    for k in range(len(chunks) - 1):
        c = chunks[k]
        if c.title and c.title in ORG_SUFFIXES and c.start < c.core_end:  # few words have one
            n = chunks[k + 1]
            if n.title and not n.punct and n.core_end == n.start:
                c.core_end, c.title = c.stem_end, ""
