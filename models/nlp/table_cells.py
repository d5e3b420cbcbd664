"""The cells of a report's table that carry a scale or a unit of their own ("96억원", "8억",
"5,000만"), for ``models.nlp.table_money``: split from it to keep it short."""

from __future__ import annotations

from collections.abc import Callable

from models.domain import Value
from models.rules.money import find_money


def money_cell(cell: str) -> Value | None:
    """The amount a cell is, with its own unit ("42억5천만원"); None for anything else."""
    if not cell[:1].isdigit():
        return None
    found = find_money(cell)
    if len(found) == 1 and (m := found[0]).start == 0 and m.end == len(cell) and \
            m.value is not None and m.value.value:
        return m.value
    return None


def told_cells(lines: list[tuple[int, int, str]], body: int, end: int,
               cells: Callable[[str, int], list[tuple[int, int, str]]]) -> dict[int, Value]:
    """The cells of a table's rows that are each an amount with its own unit ("96억원",
    "42억5천만원"), by their start: what a table that states no unit holds. Sum rows too (the
    rows above, again): their cells are no amounts of their own (``cells_read``). ``cells``
    splits a row into (start, end, text) cells."""
    out: dict[int, Value] = {}
    for line_start, _, line in lines[body:end]:
        for start, _stop, cell in cells(line, line_start)[1:]:
            if (value := money_cell(cell)) is not None:
                out[start] = value
    return out


def scaled_cell(cell: str, unit: tuple[int, str]) -> Value | None:
    """A cell of a table in plain 원 (or 달러: "단위: 원") that writes its own scale word and
    leaves the currency to the table ("8억", "5억5,000만"): the amount it is in the table's
    currency. None for a bare number (the table's unit reads it) and in a table of a larger
    unit, where "8억" under "(단위: 억원)" would mean nothing."""
    scale, currency = unit
    if scale != 1 or cell[-1:] not in "억만조천" or (value := money_cell(cell + "원")) is None:
        return None
    v = value.value
    return Value(v, v, v, currency) if v else None
