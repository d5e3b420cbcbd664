"""The item a table row names is what the row's amounts fund (models.nlp.table_money), and the
project a press release's "사업명:" field names is what the fields under it cost."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from models.domain import Span
from models.nlp.project_objects import ProjectFinder
from models.nlp.table_money import SEP, SOURCE, table_amounts


def table_rows(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """Money index → the project named by the first cell of the amount's table row
    ("해솔 물류단지 조성 | 2,400 | 1,200": both amounts fund 해솔 물류단지 조성)."""
    if SEP not in f.text:
        return {}
    rows = {a.span.start: a.row_name for a in table_amounts(f.text) if a.row_name is not None}
    out: dict[int, tuple[int, int]] = {}
    for mi, m in enumerate(money):
        name = rows.get(m.start)
        if name is None or m.source != SOURCE:
            continue
        k = bisect_left(f.starts, name[0])
        if k >= len(f.starts) or f.starts[k] != name[0]:
            continue
        key = f._add(k, name[1], 0.7)
        if key:
            out[mi] = key
    return out


# A press release's fields: "- 사업명: 가온 스마트 버스정류장 설치" then "- 사업비: 24억 원 …".
_NAME_FIELD = re.compile(r"^[ \t]*(?:[-·•▲○□■◦*]\s*)?(?:사업명|과제명|사업\s?명칭|사업\s?이름)"
                         r"\s*[:：]\s*(\S[^\n]{1,60}?)\s*[.。]?[ \t]*$", re.MULTILINE)
# How many lines after the name field its amounts may stand (사업 기간, 위치, 내용 between).
_FIELD_REACH = 6


def labelled_fields(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """Money index → the project a release's "사업명:" field names, for the amounts on the lines
    after it up to a blank line, the next name field or ``_FIELD_REACH`` lines: a release lists
    a project's cost, shares and years as fields under its name, with no verb to join them."""
    if "명" not in f.text or not money:
        return {}
    out: dict[int, tuple[int, int]] = {}
    text = f.text
    fields = list(_NAME_FIELD.finditer(text))
    for n, field in enumerate(fields):
        k = bisect_left(f.starts, field.start(1))
        if k >= len(f.starts) or f.starts[k] != field.start(1):
            continue
        key = f._add(k, field.end(1), 0.8)
        if key is None:
            continue
        stop = fields[n + 1].start() if n + 1 < len(fields) else len(text)
        blank = text.find("\n\n", field.end(), stop)
        stop = blank if blank >= 0 else stop
        lines_end = field.end()
        for _ in range(_FIELD_REACH):
            nxt = text.find("\n", lines_end + 1, stop)
            lines_end = stop if nxt < 0 else nxt
            if nxt < 0:
                break
        for mi, m in enumerate(money):
            if field.end() < m.start < lines_end:
                out[mi] = key
    return out
