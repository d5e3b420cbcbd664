"""A press release's fields: who runs a project and where, as the release lists them.

A release (보도자료) often sets a project out as fields under its name rather than in a sentence:

    ○ 사업명: 해솔 마을 공동 태양광 설치
    ○ 위치: 해솔읍 일원
    ○ 주관: 해솔군 에너지과
    ○ 총사업비: 36억원(국비 18억원, 군비 18억원)

The project is the 사업명 line's (``models.nlp.project_tables.labelled_fields``); its amounts are
the lines under it. This reads the other fields of that block for ``models.nlp.relations``: the
body on a 주관/시행 line proposes the project, the place on a 위치/대상지 line is where it happens.
With no sentence around them, the other relation rules have nothing to go by.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from models.domain import Span

_BULLET = r"^[ \t]*(?:[-·•▲○□■◦*]\s*)?"
NAME_FIELD = re.compile(_BULLET + r"(?:사업명|과제명|사업\s?명칭|사업\s?이름)\s*[:：]\s*"
                        r"(\S[^\n]{1,60}?)\s*[.。]?[ \t]*$", re.MULTILINE)
_WHO_FIELD = re.compile(_BULLET + r"(?:주관|주관\s?기관|시행|시행\s?기관|시행자|사업\s?주체|"
                        r"추진\s?기관|수행\s?기관|담당)\s*[:：]", re.MULTILINE)
_WHERE_FIELD = re.compile(_BULLET + r"(?:위치|사업\s?위치|대상지|사업\s?대상지|대상\s?지역|장소|"
                          r"사업\s?지역)\s*[:：]", re.MULTILINE)
# How many lines after the name field its other fields may stand.
FIELD_REACH = 6


@dataclass(frozen=True, slots=True)
class Block:
    """The lines under a 사업명 field: the name's span of text and where the block ends."""

    name_start: int
    name_end: int
    end: int


def blocks(text: str) -> list[Block]:
    """Every 사업명 field, with the end of the lines it heads: a blank line, the next 사업명
    field or ``FIELD_REACH`` lines, whichever comes first."""
    if "명" not in text:
        return []
    fields = list(NAME_FIELD.finditer(text))
    out: list[Block] = []
    for n, field in enumerate(fields):
        stop = fields[n + 1].start() if n + 1 < len(fields) else len(text)
        blank = text.find("\n\n", field.end(), stop)
        stop = blank if blank >= 0 else stop
        end = field.end()
        for _ in range(FIELD_REACH):
            nxt = text.find("\n", end + 1, stop)
            if nxt < 0:
                end = stop
                break
            end = nxt
        out.append(Block(field.start(1), field.end(1), end))
    return out


def field_roles(text: str, spans: Sequence[Span]) -> dict[int, tuple[int | None, int | None]]:
    """Project span index → (the body its release's 주관 line names, the place its 위치 line
    names), for projects named by a 사업명 field; None where the release has no such line."""
    out: dict[int, tuple[int | None, int | None]] = {}
    for b in blocks(text):
        project = next((i for i, s in enumerate(spans) if s.label == "PROJECT"
                        and s.start == b.name_start), None)
        if project is None:
            continue
        who = _on_field(text, spans, _WHO_FIELD, b, ("ORG", "LOCATION"))
        where = _on_field(text, spans, _WHERE_FIELD, b, ("LOCATION",))
        if who is not None or where is not None:
            out[project] = (who, where)
    return out


def _on_field(text: str, spans: Sequence[Span], field: re.Pattern[str], b: Block,
              labels: tuple[str, ...]) -> int | None:
    """The first span of ``labels`` on a ``field`` line of the block."""
    m = field.search(text, b.name_end, b.end)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    return next((i for i, s in enumerate(spans)
                 if s.label in labels and m.end() <= s.start and s.end <= line_end), None)
