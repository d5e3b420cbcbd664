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
from typing import TYPE_CHECKING

from models.domain import Span
from models.nlp.chunks import japanese_reading

if TYPE_CHECKING:
    from models.nlp.gazetteer import Gazetteer

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


# A Japanese name read in Korean, two words, with its hanja (three to five characters, maybe
# followed by an age or a note): "무라야마 도미이치(村山富市)", "고노 요헤이(河野洋平·사진)".
_HANJA_NAME = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,5} [가-힣]{2,4})\((?P<hanja>[\u4e00-\u9fff]{3,5})(?=[)·,])"
)
# A division after the brackets makes the words a place: "규슈 와카야마(和歌山) 현".
_DIVISION_AFTER = re.compile(r"[^)]*\) ?[성현시구주군도](?![가-힣])")


def hanja_full_names(text: str, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """``spans`` (sorted) with the Japanese full names glossed in hanja as PERSON, and their
    hanja as the same person; the spans inside them give way. A first word ``gaz`` knows as a
    place or a body ("일본 도쿄(東京)") is no surname."""
    if "(" not in text:
        return spans
    found: list[Span] = []
    for m in _HANJA_NAME.finditer(text):
        name, hanja = m.group("name"), m.group("hanja")
        if len(hanja) > len(name) - 1 or gaz.label_of(name.split(" ")[0]) in ("LOCATION", "ORG"):
            continue
        if not all(japanese_reading(word) for word in name.split(" ")):
            continue  # "그는 후진타오(胡錦濤)", "정통 남도반가(南道班家)": one word glossed
        if _DIVISION_AFTER.match(text, m.end("hanja")):
            continue
        found.append(Span(m.start("name"), m.end("name"), "PERSON", name, "rule:hanja-name", 0.7))
        found.append(Span(m.start("hanja"), m.end("hanja"), "PERSON", hanja, "rule:alias", 0.8))
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, s.end))

