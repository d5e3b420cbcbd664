"""A name's other spelling in brackets right after it: "야오밍(姚明)", "권두환(權斗煥)",
"포항산업과학연구원(RIST)", "광주일보(廣州日報)".

News gives the hanja of a person's name, or the acronym or original of a body's, in brackets
after the Korean name. The bracketed form names the same thing, so it gets the same label. Only
spellings that cannot be anything else qualify: hanja of a person's or place's name (at most one
character per syllable), and for a body an acronym or its name in hanja. Descriptions in
brackets ("김민수(45)", "한빛전자(대표 오세린)") are not names and stay as they are.
"""

from __future__ import annotations

import re

from models.domain import Span

_HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]+")
# KT&G, AQI, S-Oil: capitals first, at least two capitals, at most 10 characters in all
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-\.]{1,9}")
_MAX_INNER = 12
NAME_LABELS = ("PERSON", "ORG", "LOCATION")


def bracket_aliases(text: str, spans: list[Span]) -> list[Span]:
    """Spans for the bracketed spellings after the name spans in ``spans`` (sorted, not
    overlapping). Returns only the new spans; none overlaps an existing one."""
    out: list[Span] = []
    taken = [(s.start, s.end) for s in spans]
    for s in spans:
        if s.label not in NAME_LABELS or text[s.end : s.end + 1] != "(":
            continue
        close = text.find(")", s.end + 1, s.end + 2 + _MAX_INNER)
        if close < 0:
            continue
        start, end = s.end + 1, close
        inner = text[start:end]
        if not _alias_of(s, inner):
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(Span(start, end, s.label, inner, "rule:alias", 0.8))
    return out


def _alias_of(span: Span, inner: str) -> bool:
    if _HANJA.fullmatch(inner):
        if span.label == "ORG":
            return 2 <= len(inner) <= 10
        # a hanja per syllable (權斗煥 for 권두환), or fewer for a reading of a Chinese or
        # Japanese name (姚明 for 야오밍, 金杉憲治 for 가나스기 겐지)
        syllables = sum(1 for ch in span.text if "가" <= ch <= "힣")
        return 2 <= len(inner) <= 4 and len(inner) <= syllables
    if span.label == "ORG" and _ACRONYM.fullmatch(inner):
        return sum(1 for ch in inner if "A" <= ch <= "Z") >= 2
    return False
