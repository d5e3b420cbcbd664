"""The item a table row names is what the row's amounts fund (models.nlp.table_money), and the
project a press release's "사업명:" field names is what the fields under it cost."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from models.domain import Span
from models.nlp.aligned_tables import barred_view
from models.nlp.project_objects import ProjectFinder
from models.nlp.release_fields import blocks
from models.nlp.table_money import SOURCE, has_table, table_amounts


def table_rows(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """Money index → the project named by the first cell of the amount's table row
    ("해솔 물류단지 조성 | 2,400 | 1,200": both amounts fund 해솔 물류단지 조성)."""
    text = barred_view(f.text)  # a table lined up with spaces too (the same offsets)
    if not has_table(text) and "단위" not in text:
        return {}
    rows = {a.span.start: a.row_name for a in table_amounts(text) if a.row_name is not None}
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


def labelled_fields(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """Money index → the project a release's "사업명:" field names, for the amounts on the lines
    under it (``models.nlp.release_fields.blocks``): a release lists a project's cost, shares
    and years as fields under its name, with no verb to join them."""
    if not money:
        return {}
    out: dict[int, tuple[int, int]] = {}
    for b in blocks(f.text):
        k = bisect_left(f.starts, b.name_start)
        if k >= len(f.starts) or f.starts[k] != b.name_start:
            continue
        key = f._add(k, b.name_end, 0.8)
        if key is None:
            continue
        for mi, m in enumerate(money):
            if b.name_end < m.start < b.end:
                out[mi] = key
    return out
