"""Two organisation words the entity rules read from the text itself (models.nlp.entities,
models.nlp.word_facts).

- 여야 (the ruling party and the opposition): two bodies, each syllable an ORG of its own, as
  TTA/KLUE tag it (like 한·미, two states); "벌여야" and "문을 여야 한다" are verbs.
- A party or an association named in hanja: 民正黨, 美協 — the last character says it is a body.
"""

from __future__ import annotations

import re

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
