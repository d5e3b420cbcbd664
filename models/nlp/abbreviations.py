"""Countries written as one syllable in a joined list: "한·미", "북·중 국경", "한·중·일 정상회의".

Korean news abbreviates the states in such lists to one syllable each (韓 한, 美 미, 中 중, 日 일,
北 북, 南 남, 露 러 …). Each syllable there is the state acting (ORG, the ACE "GPE" reading), and
the list is the only context in which 한/일/중 are safe to read that way: alone they are "one",
"day" and "middle". The list is one span, the states acting together, as "한미" is.
"""

from __future__ import annotations

import re

from models.nlp.entity_words import ABBREVIATION_JOINERS, COUNTRY_ABBREVIATIONS

_ITEM = "[" + "".join(sorted(COUNTRY_ABBREVIATIONS)) + "]"
_JOIN = "[" + re.escape("".join(sorted(ABBREVIATION_JOINERS))) + "]"
# What may follow the last syllable: not Hangul (space, punctuation, end), or a particle or one
# of the nouns such lists modify ("한·미간", "한·일관계"); "한·미국" is not such a list.
_AFTER = (r"(?=[^가-힣]|$|(?:은|는|이|가|의|과|와|도|간|을|를|에|로|관계|정상|동맹|회담|협상|공조|"
          r"양국|3국|외교|국경|접경|수교|전쟁|무역|합의|대화|갈등|FTA))")
_JOIN_RE = re.compile(_JOIN)
_LIST = re.compile(r"(?<![가-힣A-Za-z0-9])" + _ITEM + "(?:" + _JOIN + _ITEM + ")+" + _AFTER)


def country_list_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each joined list of two or more one-syllable countries ("한·미"): one
    span, like the unjoined "한미" of the gazetteer."""
    out: list[tuple[int, int]] = []
    if _JOIN_RE.search(text) is None:  # most texts: no joiner, no list (a scan for one mark)
        return out
    for m in _LIST.finditer(text):
        if all(ch in "남南" for ch in m.group()[::2]):
            continue
        out.append((m.start(), m.end()))
    return out
