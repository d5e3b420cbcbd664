"""The report's rows: one frozen type per table, whose fields are that table's column keys.

:mod:`models.export.report_data` builds rows by name (``AmountRow(currency=…, counted=…)``) and
the writers read each cell by its column's key (:func:`cells`), so a value can no longer land in
the wrong column by its place in a list. The fields are checked against :mod:`columns` when this
module is imported: a column added, removed or moved on one side only fails at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, TypedDict

from models.export import columns as C

Number = int | float | None


class DocHead(TypedDict):
    """The document columns most tables start with (columns.DOC_HEAD)."""

    doc_id: int
    title: str
    date: dt.date | None
    outlet: str | None


@dataclass(frozen=True, slots=True)
class AmountRow:
    """One MONEY annotation (columns.AMOUNTS)."""

    row: int
    doc_id: int
    title: str
    date: dt.date | None
    outlet: str | None
    url: str | None
    project: str | None
    proposer: str | None
    body: str | None
    post: str | None
    region: str | None
    funding: str | None
    sentence: str
    place: str | None
    text: str
    value: Number
    low: Number
    high: Number
    currency: str
    korean: str | None
    kind: str
    approx: bool
    markers: str | None
    counted: bool
    counted_value: Number
    duplicate_of: int | None
    note: str | None
    status: str
    annotator: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One annotation other than MONEY (columns.ENTITIES)."""

    row: int
    doc_id: int
    title: str
    date: dt.date | None
    outlet: str | None
    label: str
    text: str
    value: str | None
    number: Number
    unit: str | None
    sentence: str
    in_repeat: bool
    status: str
    annotator: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EntityCountRow:
    """One (label, name) with its mentions (columns.ENTITY_COUNTS)."""

    label: str
    text: str
    mentions: int
    unique_mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document (columns.DOCUMENTS)."""

    doc_id: int
    title: str
    date: dt.date | None
    outlet: str | None
    author: str | None
    url: str | None
    status: str
    annotations: int
    amounts: int
    counted: int
    duplicates: int
    total_krw: Number
    repeats: int
    same_body_as: int | None
    length: int
    source_file: str | None


@dataclass(frozen=True, slots=True)
class RelationRow:
    """One relation between two annotations (columns.RELATIONS)."""

    row: int
    doc_id: int
    title: str
    date: dt.date | None
    outlet: str | None
    label: str
    head_label: str
    head_text: str
    tail_label: str
    tail_text: str
    value: Number
    currency: str | None
    sentence: str
    annotator: str


Row = AmountRow | EntityRow | EntityCountRow | DocumentRow | RelationRow

ROW_TYPES: dict[str, type[Any]] = {
    "amounts": AmountRow,
    "entities": EntityRow,
    "entity_counts": EntityCountRow,
    "documents": DocumentRow,
    "relations": RelationRow,
}


def check_fields(row_type: type[Any], columns: tuple[C.Column, ...]) -> None:
    """Raise TypeError unless ``row_type``'s fields are ``columns``' keys, in order."""
    names = tuple(f.name for f in fields(row_type))
    keys = tuple(c.key for c in columns)
    if names != keys:
        raise TypeError(f"{row_type.__name__} fields {names} do not match the columns {keys}")


for _table, _row_type in ROW_TYPES.items():
    check_fields(_row_type, C.TABLES[_table])
if tuple(DocHead.__annotations__) != tuple(c.key for c in C.DOC_HEAD):
    raise TypeError("DocHead does not match columns.DOC_HEAD")


def cells(columns: tuple[C.Column, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving a row's cells in the order of ``columns``, each read by its key."""
    if len(columns) == 1:
        one = attrgetter(columns[0].key)
        return lambda row: (one(row),)
    return attrgetter(*(c.key for c in columns))
