"""Organisation words the entity rules read from the text itself (models.nlp.entities,
models.nlp.word_facts, models.nlp.merges).

- 여야 (the ruling party and the opposition): two bodies, each syllable an ORG of its own, as
  TTA/KLUE tag it (like 한·미, two states); "벌여야" and "문을 여야 한다" are verbs.
- A party or an association named in hanja: 民正黨, 美協 — the last character says it is a body.
- A regime: 일제 (imperial Japan) where it acts, with a particle ("일제의 침략", "일제는"),
  not in 일제 단속 (a sweep), 일제 카메라 (made in Japan), 일제시대 (a period); a numbered
  republic, 5공화국 or 제6공화국 (a government, ORG as TTA/KLUE tag it).
- A hall, a museum or a resort is a body (ORG, as both our corpora mostly tag them) that is also
  the place where things happen: a place written before it stays a place of its own ("빛고을
  중구 한빛회관에서": LOCATION + ORG), where a police station takes its district into its name
  ("빛고을 중부경찰서").
- A company named by an unknown or proper noun and a foreign company word after it is one
  ORG: "오션브리지 로지스틱스", "해솔 파트너스".
- A government named after its republic is one ORG: "6공화국 정부". After a leader's name the
  corpora mostly tag the person and leave 정부 apart ("박민호 정부": PERSON + the body).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from models.nlp.abbreviations import country_list_spans
from models.nlp.chunks import Cand, Chunk, foreign
from models.nlp.entity_words import (
    ABBREVIATION_JOINERS,
    BODY_HEADS,
    NOT_ENTITY,
    ORG_SUFFIXES,
    WEAK_ORG,
)

_RULING_OPPOSITION = re.compile(
    r"(?<![가-힣])여[·ㆍ]?야(?![가-힣])(?! ?(?:한다|했다|할|하는|하고|겠|된다|했던))"
    r"|(?<![가-힣])여[·ㆍ]?야(?=(?:는|가|의|와|도|를|간|정치인|정치권|대표|지도자|의원|합의|협상|영수)"
    r")"
)
_HANJA_BODY_ENDS = ("黨", "協")


def ruling_opposition_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "여야" or "여·야" written as the two parties."""
    if "여야" not in text and "여·야" not in text and "여ㆍ야" not in text:
        return []  # most texts: a scan for three short strings, not the pattern
    return [m.span() for m in _RULING_OPPOSITION.finditer(text)]


def hanja_body(core: str) -> bool:
    """A word of two or more hanja ending in 黨 (party) or 協 (association): 民正黨, 美協; and
    與野, the two parties as one (the hanja headline's way)."""
    return core == "與野" or (len(core) >= 2 and core.endswith(_HANJA_BODY_ENDS)
            and all("\u4e00" <= ch <= "\u9fff" for ch in core))

_VENUE_ENDS = ("회관", "미술관", "박물관", "리조트")


def venue(text: str, cand: Cand) -> bool:
    """Whether ``cand`` names a hall, a museum or a resort (see the module's notes)."""
    return text.endswith(_VENUE_ENDS, cand.start, cand.end)


# Particles after 일제 that make it the actor or its owner (일제의, 일제는, 일제에 의해).
_REGIME_PARTICLES = frozenset("의 은 는 이 가 을 를 에 에게 와 과 도 로부터 에게서 에서".split())  # noqa: SIM905
_REGIME_WORDS = frozenset(["일제", "日帝"])
_REPUBLIC = re.compile(r"제? ?\d{1,2}공화국")
_GOVERNMENT_WORDS = frozenset(["정부", "행정부"])


def regimes(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """Add, in place, an ORG candidate for each regime word (일제의, 5공화국) no rule took."""
    if "일제" not in text and "日帝" not in text and "공화국" not in text:
        return  # most texts: three short scans, no loop over the words
    for i, c in enumerate(chunks):
        if i in cands or c.punct or not c.stem or c.core_end != c.stem_end:
            continue
        word = text[c.start : c.stem_end]
        if word in _REGIME_WORDS:
            if not c.after or c.after[0].form not in _REGIME_PARTICLES:
                continue
        elif not (word.endswith("공화국") and _REPUBLIC.fullmatch(word)):
            continue
        cands[i] = Cand(c.start, c.stem_end, "ORG", "kiwi:regime", 0.5)


def join_governments(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """Merge, in place, a numbered republic with the 정부 after it: "6공화국 정부" (one ORG)."""
    for j in sorted(cands):
        b, a = cands.get(j), cands.get(j - 1)
        if a is None or b is None or b.reason != "kiwi:body" or a.reason != "kiwi:regime":
            continue
        ca = chunks[j - 1]
        if (ca.after or ca.title or a.end != ca.stem_end or text[a.end : b.start] != " "
                or text[b.start : b.end] not in _GOVERNMENT_WORDS):
            continue
        del cands[j - 1]
        cands[j] = Cand(a.start, b.end, "ORG", "kiwi:republic-government", 0.6)


def federal_bodies(text: str, chunks: list[Chunk], cands: dict[int, Cand]) -> None:
    """Extend, in place, a body named by a common noun over 연방 before it: "연방 하원", "연방
    정부" (then "미국 연방 하원" is one ORG with its country, by models.nlp.merges)."""
    for j in sorted(cands):
        b = cands[j]
        if b.reason != "kiwi:body" or j < 1 or (j - 1) in cands:
            continue
        f = chunks[j - 1]
        if (f.punct or f.after or text[f.start : f.stem_end] != "연방"
                or text[f.stem_end : b.start] != " "):
            continue
        b.start = f.start
        del cands[j]
        cands[j - 1] = b  # keyed by its first chunk, where models.nlp.merges looks for it


def joined_lists(text: str, cands: dict[int, Cand], inner: list[Cand]) -> list[Cand]:
    """"한·미", "북·중·러": each one-syllable country of a joined list is a LOCATION of its own
    (TTA/KLUE tag the countries, not the pair). So is each party of 여야 an ORG. The candidates
    they overlap leave ``cands``; returns ``inner`` with them added."""
    pairs = [(s, e, "LOCATION", "kiwi:country-list") for s, e in country_list_spans(text)]
    pairs += [(s, e, "ORG", "kiwi:여야") for s, e in ruling_opposition_spans(text)]
    for s, e, label, why in pairs:
        for j in [j for j, x in cands.items() if x.start < e and s < x.end]:
            del cands[j]
        inner = [x for x in inner if x.end <= s or x.start >= e]
        for k in range(s, e):
            if text[k] not in ABBREVIATION_JOINERS:
                inner.append(Cand(k, k + 1, label, why, 0.7))
    return inner


def company_words(text: str, chunks: list[Chunk], cands: dict[int, Cand], inner: list[Cand]
                  ) -> list[Cand]:
    """"오션브리지 로지스틱스", "해솔 파트너스": an unknown or proper noun, then a foreign company
    word on its own (not a foreign full name, and not two things) is one ORG, in ``cands`` in
    place; returns ``inner`` without the names inside it."""
    for i in range(1, len(chunks)):
        c = chunks[i]
        if c.stem_end - c.start < 3:
            continue
        p = chunks[i - 1]
        word = text[c.start : c.stem_end]
        if (word not in ORG_SUFFIXES or word in WEAK_ORG
                or not foreign(word) or c.title):
            continue
        first = text[p.start : p.stem_end]
        if (p.punct or p.after or p.title or not first or first in NOT_ENTITY
                or text[p.stem_end : c.start] != " "
                or not all(m.tag in ("NNP", "NNG", "SL") for m in p.stem)
                or not any(m.tag in ("NNP", "SL") or m.oov for m in p.stem)):
            continue
        cands.pop(i - 1, None)
        inner = [x for x in inner if x.end <= p.start or x.start >= c.stem_end]
        cands[i] = Cand(p.start, c.stem_end, "ORG", "kiwi:company", 0.7)
    return inner


def spaced_bodies(text: str, chunks: Sequence[Chunk], cands: dict[int, Cand],
                  is_country: Callable[[Cand], bool]) -> None:
    """A body's name written apart from its head word: "하버드 대학", "서대문 형무소",
    "국제올림픽 위원회" (not after a country: "미국 대학" is any American university)."""
    for i in sorted(cands):  # only the candidate at i is replaced
        a = cands[i]
        if i + 1 >= len(chunks) or (i + 1) in cands or chunks[i].after or chunks[i].title:
            continue
        if not (a.label is None and a.proper or a.reason in ("gazetteer", "kiwi:place-chain")):
            continue
        nb = chunks[i + 1]
        if (nb.punct or nb.title or text[a.end : nb.start] != " "
                or text[nb.start : nb.stem_end] not in BODY_HEADS or is_country(a)):
            continue
        cands[i] = Cand(a.start, nb.stem_end, "ORG", "kiwi:spaced-body", 0.5)
