"""Reading the documents an export covers from the store: which ones (:class:`ExportFilters`),
and each with this annotator's annotations and relations, a batch at a time
(models.export.report_data builds the report's rows from them; the BIO and KLUE writers read
them too)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, Text, and_, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from models.domain import Value
from models.export.columns import word
from models.export.doc_index import Ann, DocData, RelTuple
from models.progress import Cancel, check
from models.store import schema as s

BATCH = 400


@dataclass(frozen=True, slots=True)
class ExportFilters:
    """Which documents and annotations go into an export. Empty fields do not filter."""

    status: str | None = None  # new / in_progress / done (for the annotator)
    labels: tuple[str, ...] = ()  # only annotations with these labels
    date_from: date | None = None
    date_to: date | None = None
    outlets: tuple[str, ...] = ()
    doc_ids: tuple[int, ...] = ()
    only_annotated: bool = False
    annotator: str | None = None  # default: the store's annotator

    def describe(self, language: str = "ko") -> str:
        ko = language != "en"
        parts: list[str] = []
        if self.status:
            parts.append(("상태=" if ko else "status=") + word(self.status, language))
        if self.labels:
            parts.append(("라벨=" if ko else "labels=") + ",".join(self.labels))
        if self.date_from or self.date_to:
            a = self.date_from.isoformat() if self.date_from else ""
            b = self.date_to.isoformat() if self.date_to else ""
            parts.append(("기간=" if ko else "dates=") + f"{a}~{b}")
        if self.outlets:
            parts.append(("언론사=" if ko else "outlets=") + ",".join(self.outlets))
        if self.doc_ids:
            parts.append(("문서=" if ko else "documents=") + ",".join(map(str, self.doc_ids)))
        if self.only_annotated:
            parts.append("주석 있는 문서만" if ko else "annotated only")
        return "; ".join(parts) or ("없음" if ko else "none")

    def keeps(self, label: str) -> bool:
        return not self.labels or label in self.labels


def document_ids(session: Session, filters: ExportFilters, who: str) -> list[int]:
    """The documents an export covers, oldest first (undated last), then by id."""
    stmt: Select[Any] = select(s.Document.id)
    status = func.coalesce(select(s.DocStatus.status).where(
        s.DocStatus.document_id == s.Document.id, s.DocStatus.annotator == who)
        .scalar_subquery(), "new")
    if filters.status:
        stmt = stmt.where(status == filters.status)
    if filters.date_from:
        stmt = stmt.where(s.Document.date >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(s.Document.date <= filters.date_to)
    if filters.outlets:
        stmt = stmt.where(s.Document.outlet.in_(filters.outlets))
    if filters.doc_ids:
        stmt = stmt.where(s.Document.id.in_(filters.doc_ids))
    if filters.only_annotated:
        stmt = stmt.where(exists().where(and_(s.Annotation.document_id == s.Document.id,
                                              s.Annotation.annotator == who)))
    stmt = stmt.order_by(s.Document.date.is_(None), s.Document.date, s.Document.id)
    return list(session.scalars(stmt).all())


def iter_documents(session: Session, ids: Sequence[int], who: str, *, batch: int = BATCH,
                   cancel: Cancel | None = None) -> Iterator[DocData]:
    """Documents with this annotator's annotations and relations, in the order of ``ids``."""
    for i in range(0, len(ids), batch):
        check(cancel)  # models.progress.Cancelled: the writer leaves the target as it was
        chunk = list(ids[i:i + batch])
        d = s.Document
        docs = {r.id: r for r in session.execute(select(
            d.id, d.title, d.date, d.outlet, d.author, d.url, d.text, d.repeats, d.source_file,
            d.meta["file"].label("file"), d.meta["pages"].label("pages"),
            d.meta["paragraphs"].label("paragraphs"))
            .where(d.id.in_(chunk))).all()}
        statuses = dict(session.execute(select(s.DocStatus.document_id, s.DocStatus.status).where(
            s.DocStatus.annotator == who, s.DocStatus.document_id.in_(chunk))).all())
        a = s.Annotation
        anns: dict[int, list[Ann]] = {}
        # The value as stored text: most annotations have none ("null"), and skipping the JSON
        # decoder for them is a tenth of the gathering time.
        raw_value = type_coerce(a.value, Text)
        for r in session.execute(select(a.document_id, a.id, a.start, a.end, a.label, a.status,
                                        raw_value, a.annotator)
                                 .where(a.document_id.in_(chunk), a.annotator == who)
                                 .order_by(a.document_id, a.start, a.end, a.id)):
            anns.setdefault(r[0], []).append(
                Ann(r[1], r[2], r[3], r[4], r[5], _value(r[6]), r[7]))
        rels: dict[int, list[RelTuple]] = {}
        r_ = s.Relation
        for rr in session.execute(select(a.document_id, r_.id, r_.head_id, r_.tail_id, r_.label,
                                         r_.status, r_.score, r_.attrs)
                                  .join(a, a.id == r_.head_id)
                                  .where(a.document_id.in_(chunk), a.annotator == who)
                                  .order_by(r_.id)):
            rels.setdefault(rr[0], []).append(
                (rr[1], rr[2], rr[3], rr[4], rr[5], rr[6], rr[7]))
        for doc_id in chunk:
            row = docs.get(doc_id)
            if row is None:
                continue  # deleted meanwhile
            yield DocData(row.id, row.title or "", row.date, row.outlet, row.author, row.url,
                          row.text, [(int(x), int(y), int(z)) for x, y, z in row.repeats or []],
                          row.source_file, statuses.get(doc_id, "new"), anns.get(doc_id, []),
                          rels.get(doc_id, []), _places(row))


def _places(row: Any) -> dict[str, Any] | None:
    """The page or paragraph starts a document reader recorded, if any."""
    found = {k: _json(getattr(row, k)) for k in ("file", "pages", "paragraphs")}
    return {k: v for k, v in found.items() if v} if found["pages"] or found["paragraphs"] \
        else None


def _json(raw: Any) -> Any:
    if isinstance(raw, str) and raw[:1] in "[{\"":  # SQLite may hand over the JSON text
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _value(raw: Any) -> Value | None:
    if raw is None or raw == "null":
        return None
    if isinstance(raw, str):  # SQLite; a PostgreSQL driver may hand over the parsed object
        raw = json.loads(raw)
    return Value.from_json(raw) if isinstance(raw, dict) else None
