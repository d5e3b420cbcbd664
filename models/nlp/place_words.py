"""Two place words the entity rules read from a word's shape (models.nlp.word_facts).

- A natural feature named with a final syllable is a LOCATION (TTA/KLUE LC): 순천만, 시화호 (a
  bay, a lake), 섬진강, 설악산. Surname + given name has the same shape (이대호, 김영만), so the
  final counts after a known place (충주호, 광양만); else 강·산·섬 when the first syllable is not
  a frequent surname, and 만·호 (common ends of given names) only when the sentence also says
  it is a place (시화호 일대, 천수만에서). A title or 씨 after the word keeps the person (that
  rule comes first).
- Regions written as one word are one place: 대구경북, 광주전남 (not 경북 alone).
"""

from __future__ import annotations

from collections.abc import Sequence

from models.nlp.chunks import Chunk, Morph
from models.nlp.entity_words import LOC_PARTICLES
from models.nlp.gazetteer import Gazetteer

# Finals of natural features: rare ends of given names, and common ones.
_FEATURE_FINALS = frozenset("강산섬")
_NAME_FINALS = frozenset("만호")
# The surnames of most Koreans (surnames.txt is ordered by frequency; its first forty).
_FREQUENT_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송홍유전고문양손배백허남심노하곽성차주우구민류")


def natural_feature(gaz: Gazetteer, core: str) -> str | None:
    """Whether a three-syllable or longer proper noun ``core`` names a natural feature: "sure"
    (섬진강, 충주호 after the region 충주), "maybe" (시화호: a place where the sentence says so,
    see :func:`place_after`) or None (이대호, 김영만: frequent surnames; 빛글삼강: a company's
    name starts it)."""
    final = core[-1]
    if len(core) < 3 or (final not in _FEATURE_FINALS and final not in _NAME_FINALS):
        return None
    if any(gaz.label_of(core[:n]) == "ORG" for n in range(2, len(core))):
        return None
    if gaz.label_of(core[:-1]) == "LOCATION":
        return "sure"
    if final in _FEATURE_FINALS:  # 섬진강; but 한탄강 could be 한 + a given name
        return "sure" if core[0] not in _FREQUENT_SURNAMES else "maybe"
    return "maybe" if core[0] not in _FREQUENT_SURNAMES else None


# Words after a place that say it is one: "시화호 일대", "순천만 갯벌".
_PLACE_NOUNS = frozenset([
    "일대", "일원", "주변", "인근", "근처", "유역", "연안", "앞바다", "해역", "해안", "갯벌", "습지",
    "방조제", "상류", "하류", "수질", "수역", "호수", "생태", "철새", "둘레길", "정상", "자락", "기슭",
    "물길",
])


def place_after(text: str, chunks: Sequence[Chunk], i: int) -> bool:
    """The word of ``chunks[i]`` is said to be a place: a locative particle after it
    (순천만에서) or a word for the area around a place next (시화호 일대)."""
    c = chunks[i]
    if c.after:
        return c.after[0].form in LOC_PARTICLES
    if c.title or i + 1 >= len(chunks):
        return False
    nb = chunks[i + 1]
    return not nb.punct and text[nb.start : nb.stem_end] in _PLACE_NOUNS


def glued_regions(gaz: Gazetteer, core: str, stem: Sequence[Morph], start: int) -> bool:
    """``core`` is two or more Korean regions written together, each a proper noun of its own."""
    if len(stem) < 2 or stem[0].start != start or stem[-1].end != start + len(core):
        return False
    for a, b in zip(stem, stem[1:], strict=False):
        if a.end != b.start:
            return False
    for m in stem:
        e = gaz.lookup(core[m.start - start : m.end - start])
        if m.tag != "NNP" or e is None or e.label != "LOCATION" or not e.source.endswith("kr_regions"):
            return False
    return True
