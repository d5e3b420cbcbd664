"""The project database, as typed SQLAlchemy 2 ORM classes.

The schema is portable (SQLite by default, PostgreSQL for teams): no backend-specific types, JSON
through ``sqlalchemy.JSON``. It is created and upgraded only by the Alembic migrations in
``models/store/migrations``; this module is what those migrations describe.

Span tables carry a copy of their document's length, tied to the document by a composite foreign
key, so that a plain CHECK constraint can guard ``0 <= start < end <= length`` on every backend.

Ids of suggestions, annotations and relations are never reused (``sqlite_autoincrement``; a
PostgreSQL sequence never goes back anyway): undo and redo re-insert rows under their old ids, so
a reused id would let one annotator's undo overwrite another's row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so that migrations can refer to them on both backends.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Project(Base):
    __tablename__ = "projects"
    # One project per database: two clients opening a fresh database at once cannot both add one.
    __table_args__ = (UniqueConstraint("name", name="uq_projects_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("project_id", "content_hash", name="uq_documents_project_hash"),
        # Target of the span tables' composite foreign keys (see module docstring).
        UniqueConstraint("id", "length", name="uq_documents_id_length"),
        CheckConstraint("length > 0", name="length_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    length: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(String(500), index=True)
    date: Mapped[date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    author: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000))
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    source_file: Mapped[str | None] = mapped_column(String(1000))
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # [[start, end, first_start], ...]: paragraphs that repeat an earlier one of the same text.
    repeats: Mapped[list[Any]] = mapped_column(default=list)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Label(Base):
    __tablename__ = "labels"
    __table_args__ = (UniqueConstraint("project_id", "name", name="uq_labels_project_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    colour: Mapped[str] = mapped_column(String(20))
    shortcut: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


def _span_constraints(table: str) -> tuple[Any, ...]:
    return (
        CheckConstraint("start >= 0", name="start_nonneg"),
        CheckConstraint('start < "end"', name="start_before_end"),
        CheckConstraint('"end" <= doc_length', name="end_within_doc"),
        ForeignKeyConstraint(
            ["document_id", "doc_length"],
            ["documents.id", "documents.length"],
            ondelete="CASCADE",
            name=f"fk_{table}_document_length",
        ),
    )


class Run(Base):
    """One pass of the suggestion engine over one document."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    engine: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Suggestion(Base):
    """What the engine proposed. Never changed after insert: decisions live elsewhere."""

    __tablename__ = "suggestions"
    __table_args__ = (*_span_constraints("suggestions"), Index("ix_suggestions_doc", "document_id"),
                      {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(Integer)
    doc_length: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(50))
    source: Mapped[str] = mapped_column(String(50))
    score: Mapped[float] = mapped_column(Float, default=1.0)
    value: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SuggestionLink(Base):
    """A relation the engine proposed between two suggestions (e.g. MONEY → PROJECT)."""

    __tablename__ = "suggestion_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    head_id: Mapped[int] = mapped_column(
        ForeignKey("suggestions.id", ondelete="CASCADE"), index=True
    )
    tail_id: Mapped[int] = mapped_column(
        ForeignKey("suggestions.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(50))
    score: Mapped[float] = mapped_column(Float, default=1.0, server_default="1")
    attrs: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # post, funding


class Rejection(Base):
    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("suggestion_id", "annotator", name="uq_rejections_sugg_who"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(
        ForeignKey("suggestions.id", ondelete="CASCADE"), index=True
    )
    annotator: Mapped[str] = mapped_column(String(100))


class Annotation(Base):
    """The current truth of one annotator for one span."""

    __tablename__ = "annotations"
    __table_args__ = (
        *_span_constraints("annotations"),
        CheckConstraint(
            "status IN ('accepted', 'corrected', 'manual')", name="status_known"
        ),
        Index("ix_annotations_doc_who", "document_id", "annotator"),
        # An annotator accepts a suggestion once, even from two machines at the same moment.
        UniqueConstraint("suggestion_id", "annotator", name="uq_annotations_sugg_who"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(Integer)
    doc_length: Mapped[int] = mapped_column(Integer)
    annotator: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(50), index=True)
    status: Mapped[str] = mapped_column(String(20))
    value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    suggestion_id: Mapped[int | None] = mapped_column(
        ForeignKey("suggestions.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # Optimistic concurrency: every ORM UPDATE/DELETE of an annotation says "WHERE version = <the
    # version this session read>", so a change made meanwhile by another client makes it fail
    # (StaleDataError, shown as a CommandError) instead of being overwritten. The commands set
    # the new version themselves (generator False).
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class Relation(Base):
    __tablename__ = "relations"
    __table_args__ = (
        UniqueConstraint("head_id", "tail_id", "label", name="uq_relations_head_tail_label"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    head_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    tail_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(50))
    annotator: Mapped[str] = mapped_column(String(100))
    # "accepted" / "manual": the researcher confirmed it; "suggested": carried over from the
    # engine when both spans were accepted, not yet confirmed (the report marks it (추정)).
    status: Mapped[str] = mapped_column(String(20), default="accepted", server_default="accepted")
    score: Mapped[float] = mapped_column(Float, default=1.0, server_default="1")
    attrs: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # post, funding


class DocStatus(Base):
    __tablename__ = "doc_status"
    __table_args__ = (
        CheckConstraint("status IN ('new', 'in_progress', 'done')", name="status_known"),
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    annotator: Mapped[str] = mapped_column(String(100), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Decision(Base):
    """The append-only decision log: audit trail, undo across restarts, training data.

    ``before``/``after`` hold the rows a decision touched, keyed by kind and id, so that any
    decision can be inverted without knowing which command made it.
    """

    __tablename__ = "decisions"
    __table_args__ = (
        Index("ix_decisions_who_group", "annotator", "group_id"),
        CheckConstraint(
            "action IN ('accept', 'reject', 'correct', 'create', 'delete', 'update', 'link', "
            "'unlink', 'status', 'undo', 'redo')",
            name="action_known",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    annotator: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    suggestion_id: Mapped[int | None] = mapped_column(Integer)
    annotation_id: Mapped[int | None] = mapped_column(Integer)
    reverts: Mapped[int | None] = mapped_column(Integer)  # the group an undo/redo acts on
    description: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(default=dict)
