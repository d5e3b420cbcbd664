"""What the store hands out: plain frozen dataclasses, never ORM rows or sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from models.domain import Value


@dataclass(frozen=True, slots=True)
class LabelInfo:
    name: str
    colour: str
    shortcut: str | None
    position: int
    builtin: bool


@dataclass(frozen=True, slots=True)
class DocQuery:
    """A filter of the document list (the desktop builds it; queries.list_documents runs it)."""

    status: str | None = None  # new / in_progress / done
    label: str | None = None  # documents with a suggestion or annotation of this label
    text: str | None = None  # in title, outlet or body
    min_amount: float | None = None  # MONEY value range (annotations or suggestions)
    max_amount: float | None = None
    limit: int | None = None
    offset: int = 0  # with limit: one page of the list (the window fetches pages as it scrolls)
    order: str = "id"  # id / date / title / outlet / status / open / annotations
    descending: bool = False

    @property
    def narrows(self) -> bool:
        """Whether a filter (status, label, text or amount) leaves documents out; the order and
        the page do not."""
        return any(v is not None for v in (self.status, self.label, self.text, self.min_amount,
                                           self.max_amount))


@dataclass(frozen=True, slots=True)
class DocSummary:
    id: int
    title: str
    date: date | None
    outlet: str | None
    status: str  # new / in_progress / done, for the current annotator
    open_suggestions: int
    annotations: int
    length: int


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the export filters can offer: the project's outlets and the range of its dates."""

    outlets: list[str]
    first_date: date | None
    last_date: date | None


@dataclass(frozen=True, slots=True)
class SuggestionInfo:
    id: int
    start: int
    end: int
    label: str
    text: str
    source: str
    score: float
    value: Value | None


@dataclass(frozen=True, slots=True)
class AnnotationInfo:
    id: int
    start: int
    end: int
    label: str
    text: str
    status: str  # accepted / corrected / manual
    value: Value | None
    suggestion_id: int | None
    version: int
    annotator: str


@dataclass(frozen=True, slots=True)
class RelationInfo:
    id: int
    head: int  # annotation id (e.g. MONEY)
    tail: int  # annotation id (e.g. PROJECT)
    label: str
    status: str = "accepted"  # accepted / manual (confirmed) or suggested (not yet)
    score: float = 1.0
    attrs: tuple[tuple[str, str], ...] = ()  # post (MEMBER_OF), funding (PART_OF)

    @property
    def confirmed(self) -> bool:
        return self.status != "suggested"


@dataclass(frozen=True, slots=True)
class SuggestedLink:
    head: int  # suggestion id
    tail: int
    label: str
    score: float = 1.0
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DocView:
    id: int
    text: str
    title: str
    date: date | None
    outlet: str | None
    author: str | None
    url: str | None
    meta: dict[str, Any]
    repeats: tuple[tuple[int, int, int], ...]
    status: str
    suggestions: tuple[SuggestionInfo, ...]
    annotations: tuple[AnnotationInfo, ...]
    relations: tuple[RelationInfo, ...]
    suggested_links: tuple[SuggestedLink, ...] = ()


@dataclass(frozen=True, slots=True)
class Change:
    """What one user action (or its undo) changed: windows refresh from this."""

    group_id: int
    description: str
    document_ids: frozenset[int]
    annotation_ids: frozenset[int] = frozenset()
    undone: bool = False


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    group_id: int
    description: str
    document_id: int | None
    done: bool  # False once undone (and not redone)
    size: int = 1  # decisions in the step (the window replays big ones on a worker)


@dataclass(frozen=True, slots=True)
class ForeignChange:
    """A step by one annotator on a span (or link) that belongs to another (team mode)."""

    decision_id: int
    at: datetime
    who: str  # who made the change
    owner: str  # whose span it was
    action: str
    document_id: int | None
    annotation_id: int
    description: str


@dataclass(slots=True)
class ImportSummary:
    added: int = 0
    duplicates: int = 0
    annotations: int = 0
    relations: int = 0
    document_ids: list[int] = field(default_factory=list)
