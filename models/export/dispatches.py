"""A wire story sent in dispatches ([1보], [2보], [속보], [종합]): each later dispatch retells
the earlier ones and adds to them, so an amount it gives again (the same value and currency)
is the earlier dispatch's money told again, not money of its own. For
``models.export.report_data``; CONTEXT.md ("A story in dispatches") says what it means."""

from __future__ import annotations

import re

from models.domain import Value

# a dispatch mark opening a line: "[1보]", "[2보]", "[속보]", "[종합]", "[종합2보]"
# (an outlet's name in brackets, "[누리일보]", is no mark: it holds more than the 보)
_MARK = re.compile(r"^[ \t]*\[(?:\d{1,2}보|속보|종합\s?\d{0,2}보?)\]", re.MULTILINE)


def dispatch_twins(text: str, amounts: list[tuple[int, Value | None]]) -> dict[int, int]:
    """Amounts of a later dispatch that an earlier dispatch of the same story gave already:
    index → index of the first such amount. ``amounts``: (start, value) in text order. A text
    with fewer than two marked dispatches has none; text before the first mark is no
    dispatch."""
    marks = [m.start() for m in _MARK.finditer(text)]
    if len(marks) < 2:
        return {}

    def dispatch(start: int) -> int:  # which dispatch an amount stands in (-1: none)
        return sum(1 for at in marks if at <= start) - 1

    seen: dict[tuple[object, ...], tuple[int, int]] = {}  # key → (index, its dispatch)
    out: dict[int, int] = {}
    for i, (start, v) in enumerate(amounts):
        n = dispatch(start)
        if n < 0 or v is None or (v.value is None and v.low is None):
            continue
        key = (v.currency or "KRW", v.value, v.low, v.high)
        first = seen.get(key)
        if first is None:
            seen[key] = (i, n)
        elif first[1] < n:  # told in an earlier dispatch; the same dispatch's twice is left
            out[i] = first[0]  # to the rules of one text
    return out
