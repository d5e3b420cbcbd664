"""Which place of a chain of places a project's region is.

Since the TTA convention, a chain such as "전남 고흥" is one LOCATION span (peers side by side,
"대구 경북" or "천안 아산", are two spans since the guideline says so, but a user's span or an
older project may still hold them). The report's 지역 column names one place: of peers (two 시·도,
two 시·군·구) the first, which the project is named after first ("대구 경북 신공항 철도" → 대구);
of a 시·도 and a place inside it the inner one
("전남 고흥 우주센터" → 고흥; also a 시·군·구 and a place in it: 청주 오창 → 오창), since that
is where the project happens, unless that is a wider area (대전 충청권 → 대전).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from models.domain import Span
from models.nlp.gazetteer import builtin_gazetteer

_UPPER_ENDS = ("도", "광역시", "특별시", "특별자치시", "특별자치도")
# a wider area than a 시·도, never the inner place: 충청권, 수도권, 동남 지역
_WIDE_ENDS = ("권", "지역", "지방", "일대")


def chain_place(text: str) -> tuple[tuple[str, str], ...]:
    """The LOCATED_IN attribute ``(("place", name),)`` for a chain of places, else ``()``."""
    parts = text.split()
    if len(parts) < 2:
        return ()
    levels = [_level(p) for p in parts]
    # the inner place when the second is below the first: 전남 고흥, 광주 서구, and 청주 오창
    # (a 시·군·구, then a place in it that is no 시·군·구 of its own)
    inner = (levels[0] == "upper" and levels[1] != "upper") or (
        levels[0] == "lower" and _in_town(parts[1], parts[0]))
    if inner and not parts[1].endswith(_WIDE_ENDS):
        return (("place", parts[1]),)
    return (("place", parts[0]),)


def _in_town(word: str, town: str) -> bool:
    """A place the gazetteer puts in ``town`` (오창 is listed as 오창(청주)), or a 읍·면·동 it
    does not know (가덕면, 봉명동; not a road: 강남구 도산대로 stays 강남구)."""
    e = builtin_gazetteer().lookup(word)
    if e is None:
        return word.endswith(("읍", "면", "동", "리"))
    parent = e.canonical.partition("(")[2].rstrip(")")
    return bool(parent) and town.startswith(parent)


def _level(word: str) -> str | None:
    """"upper" for a 시·도, "lower" for a 시·군·구, None for any other place."""
    e = builtin_gazetteer().lookup(word)
    if e is None or e.label != "LOCATION" or not e.source.endswith("kr_regions"):
        return None
    return "upper" if e.canonical.endswith(_UPPER_ENDS) else "lower"


# "(창원=연합뉴스) 이하준 기자 =", "【광주=뉴시스】": where the reporter files from, at the start of
# the text or of a line; never a project's place.
_DATELINE = re.compile(r"(?:^|\n)\s*[(\[【]\s*[가-힣]{2,6}\s*=\s*[^)\]】\n]{1,20}[)\]】]"
                       r"(?:\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=)?")


def in_dateline(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a dateline at the start of the text or of a line."""
    line = text.rfind("\n", 0, pos) + 1
    m = _DATELINE.match(text, max(0, line - 1) if line else 0)
    return m is not None and m.start() <= pos < m.end()


# what joins two places of a pair or a list: "안동과 예천", "경남·전남", "광주, 전남"
PLACE_JOINERS = ("과 ", "와 ", "·", ", ")


def first_of_pair(text: str, spans: Sequence[Span], i: int, among: Collection[int]) -> int:
    """Of two places joined by 과/와/·/, ("안동과 예천을 잇는 도로"), the first if it is one of
    ``among``: the region of a project between them is named first, as of peers in a chain
    ("대구 경북" → 대구)."""
    j = i - 1
    while j >= 0 and spans[j].end > spans[i].start:
        j -= 1
    if j >= 0 and j in among and text[spans[j].end : spans[i].start] in PLACE_JOINERS:
        return j
    return i


_LINE_OWNER = re.compile(r"\s?(?:지하철|도시철도|전철|메트로)")


def site_of(text: str, spans: Sequence[Span], inside: Sequence[int]) -> int:
    """Of the places in a project's name, where the work is: not the city that names a line
    when another place follows ("서울 지하철 5호선 김포 연장" → 김포)."""
    first = inside[0]
    if len(inside) > 1 and _LINE_OWNER.match(text, spans[first].end):
        return inside[1]
    return first
