"""Writing documents and engine output into the store."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from models.domain import DEFAULT_LABELS, Analysis, ImportedDoc
from models.store import schema as s
from models.store.views import ImportSummary

# New user labels get colours from this list in turn.
EXTRA_COLOURS = ("#76b7b2", "#ff9da7", "#bab0ac", "#86bcb6", "#d37295", "#a0cbe8", "#8cd17d")


def document_key(text: str, outlet: str | None) -> str:
    """A document is the same when its text and its outlet are the same.

    Two outlets running one wire story are two documents (the report counts their amounts once);
    the same article imported twice is one.
    """
    h = hashlib.sha256(text.encode("utf-8"))
    h.update(b"\x00" + (outlet or "").encode("utf-8"))
    return h.hexdigest()


def source_identity(doc: ImportedDoc) -> str | None:
    """The identifier the source gives an article (BigKinds' 뉴스 식별자, an id field, else its
    URL); None when it gives none."""
    return doc.external_id or doc.url or None


def identity_key(text: str, outlet: str | None, ident: str) -> str:
    """The key of a document the source identifies: its text and outlet and that identifier.

    BigKinds cuts 본문 to about 200 characters, so distinct articles share a text; their
    identifiers tell them apart. The text stays in the key, so that an identifier reused by
    another source (doccano numbers its examples 1, 2, …) never merges different texts.
    """
    h = hashlib.sha256(text.encode("utf-8"))
    h.update(b"\x00" + (outlet or "").encode("utf-8") + b"\x00id\x00" + ident.encode("utf-8"))
    return h.hexdigest()


def ensure_project(session: Session, name: str = "Bitgeul") -> s.Project:
    project = session.scalar(select(s.Project).order_by(s.Project.id).limit(1))
    if project is None:
        project = s.Project(name=name, settings={})
        session.add(project)
        session.flush()
        for i, (label, colour, key) in enumerate(DEFAULT_LABELS):
            session.add(s.Label(project_id=project.id, name=label, colour=colour, shortcut=key,
                                position=i, builtin=True))
        session.flush()
    return project


def ensure_label(session: Session, project_id: int, name: str) -> None:
    exists = session.scalar(select(s.Label.id).where(
        s.Label.project_id == project_id, s.Label.name == name))
    if exists is not None:
        return
    count = len(session.scalars(select(s.Label.id).where(s.Label.project_id == project_id)).all())
    session.add(s.Label(project_id=project_id, name=name,
                        colour=EXTRA_COLOURS[count % len(EXTRA_COLOURS)],
                        shortcut=str(count + 1) if count < 9 else None, position=count,
                        builtin=False))
    session.flush()


def _repeats(text: str) -> list[list[int]]:
    from models.textnorm import repeated_paragraphs

    return [[r.start, r.end, r.first_start] for r in repeated_paragraphs(text)]


def add_documents(session: Session, project_id: int, docs: Iterable[ImportedDoc],
                  annotator: str) -> ImportSummary:
    """Insert documents (and their pre-annotated spans) not stored yet. No commit here."""
    summary = ImportSummary()
    # Take the write lock before reading which documents exist: on SQLite this UPDATE makes the
    # transaction a writer at once (so two imports of one file cannot both see "new"), on
    # PostgreSQL it locks the project row. Imports of one project take turns.
    session.execute(update(s.Project).where(s.Project.id == project_id)
                    .values(name=s.Project.name))
    # content hash → the identifiers stored with it (documents stored before identity keys
    # existed have the plain text key, and an identifier beside it).
    known: dict[str, set[str]] = {}
    for key, ext, url in session.execute(
            select(s.Document.content_hash, s.Document.external_id, s.Document.url)
            .where(s.Document.project_id == project_id)).all():
        known[key] = {v for v in (ext, url) if v}
    for doc in docs:
        if not doc.text.strip():
            continue
        plain = document_key(doc.text, doc.outlet)
        ident = source_identity(doc)
        key = plain if ident is None else identity_key(doc.text, doc.outlet, ident)
        # The same identified article stored under the plain key (before identity keys), or an
        # unidentified copy of its text: already stored, as before.
        same_plain = plain in known and (not known[plain] or ident in known[plain]
                                         or doc.url in known[plain])
        if key in known or (ident is not None and same_plain):
            summary.duplicates += 1
            continue
        known[key] = {v for v in (doc.external_id, doc.url) if v}
        meta: dict[str, Any] = dict(doc.meta)
        if doc.hints:
            meta["hints"] = doc.hints
        row = s.Document(project_id=project_id, text=doc.text, length=len(doc.text),
                         content_hash=key, title=(doc.title or _title_from(doc.text))[:500],
                         # PostgreSQL enforces the column widths that SQLite ignores.
                         date=doc.date, outlet=_cut(doc.outlet, 200), author=_cut(doc.author, 200),
                         url=_cut(doc.url, 2000), external_id=_cut(doc.external_id, 200),
                         source_file=_cut(doc.source_file, 1000), meta=meta,
                         repeats=_repeats(doc.text))
        session.add(row)
        session.flush()
        summary.added += 1
        summary.document_ids.append(row.id)
        ann_ids: list[int] = []
        for span in doc.spans:
            ensure_label(session, project_id, span.label)
            ann = s.Annotation(document_id=row.id, doc_length=row.length, annotator=annotator,
                               start=span.start, end=span.end, label=span.label,
                               status="accepted",
                               value=span.value.to_json() if span.value else None)
            session.add(ann)
            session.flush()
            ann_ids.append(ann.id)
            summary.annotations += 1
        linked: set[tuple[int, int, str]] = set()
        for rel in doc.relations:
            link = (rel.head, rel.tail, rel.label)
            if link in linked:  # the store keeps one of each; a reader may repeat one
                continue
            linked.add(link)
            if 0 <= rel.head < len(ann_ids) and 0 <= rel.tail < len(ann_ids):
                session.add(s.Relation(head_id=ann_ids[rel.head], tail_id=ann_ids[rel.tail],
                                       label=rel.label, annotator=annotator,
                                       attrs=dict(rel.attrs) or None))
                summary.relations += 1
        if ann_ids:
            session.add(s.DocStatus(document_id=row.id, annotator=annotator, status="in_progress"))
    session.flush()
    return summary


def _cut(value: str | None, width: int) -> str | None:
    return None if value is None else value[:width]


def _title_from(text: str) -> str:
    """The first line, its spaces as an import of the title would leave them (no runs, none at
    the ends), so that an export read back keeps the title it had."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    return first[:80].rstrip()


def save_analysis(session: Session, doc_id: int, engine: str, analysis: Analysis) -> int:
    """Store one engine pass over a document (see :func:`save_analyses`); returns the run id."""
    return save_analyses(session, engine, [(doc_id, analysis)])[0]


def save_analyses(session: Session, engine: str,
                  results: Sequence[tuple[int, Analysis]]) -> list[int]:
    """Store one engine pass over each document, replacing the suggestions of earlier passes.

    Suggestions that an annotation, a rejection or a logged decision refers to are kept: undo
    and redo put rows back that point at them, whatever the engine re-suggested meanwhile. The
    others from older runs go. A span rejected in an earlier pass stays rejected. Written as a
    handful of multi-row statements for the whole batch: one ORM object and one flush per
    suggestion cost more than the engine itself (profiled in tests/bench/bench_bulk.py).
    Returns the new run ids, in the order of ``results``.
    """
    if not results:
        return []
    doc_ids = [doc_id for doc_id, _ in results]
    lengths = dict(session.execute(select(s.Document.id, s.Document.length)
                                   .where(s.Document.id.in_(doc_ids))).all())
    for doc_id in doc_ids:
        if doc_id not in lengths:
            raise KeyError(doc_id)
    old_runs = list(session.scalars(select(s.Run.id).where(s.Run.document_id.in_(doc_ids))))
    if old_runs:
        used = select(s.Annotation.suggestion_id).where(s.Annotation.suggestion_id.isnot(None))
        rejected = select(s.Rejection.suggestion_id)
        # Only these documents' decisions (indexed): the log of a whole project is long.
        logged = select(s.Decision.suggestion_id).where(
            s.Decision.document_id.in_(doc_ids), s.Decision.suggestion_id.isnot(None))
        session.execute(delete(s.Suggestion).where(
            s.Suggestion.run_id.in_(old_runs), s.Suggestion.id.not_in(used),
            s.Suggestion.id.not_in(rejected), s.Suggestion.id.not_in(logged)))
    rejected_before: dict[tuple[int, int, int, str], set[str]] = {}
    if old_runs:  # nothing can have been rejected in a document never analysed
        for doc_id, start, end, label, who in session.execute(
                select(s.Suggestion.document_id, s.Suggestion.start, s.Suggestion.end,
                       s.Suggestion.label, s.Rejection.annotator)
                .join(s.Rejection, s.Rejection.suggestion_id == s.Suggestion.id)
                .where(s.Suggestion.document_id.in_(doc_ids))).all():
            rejected_before.setdefault((doc_id, start, end, label), set()).add(who)
    now = s.utcnow()
    run_ids = list(session.scalars(
        insert(s.Run).returning(s.Run.id, sort_by_parameter_order=True),
        [{"document_id": doc_id, "engine": engine, "created_at": now} for doc_id in doc_ids]))
    rows: list[dict[str, Any]] = []
    kept: list[list[int]] = []  # per document: the positions in ``rows`` of its spans (or -1)
    for (doc_id, analysis), run_id in zip(results, run_ids, strict=True):
        length = lengths[doc_id]
        where: list[int] = []
        for span in analysis.spans:
            if not (0 <= span.start < span.end <= length):
                where.append(-1)  # never let an engine bug break the store's constraints
                continue
            where.append(len(rows))
            rows.append({"run_id": run_id, "document_id": doc_id, "doc_length": length,
                         "start": span.start, "end": span.end, "label": span.label,
                         "source": span.source, "score": float(span.score),
                         "value": span.value.to_json() if span.value else None})
        kept.append(where)
    ids = _insert_suggestions(session, rows, run_ids) if rows else []
    rejections: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for (doc_id, analysis), where in zip(results, kept, strict=True):
        stored = [ids[w] for w in where if w >= 0]
        for w in where:
            if w < 0:
                continue
            row = rows[w]
            for who in rejected_before.get((doc_id, row["start"], row["end"], row["label"]), ()):
                rejections.append({"suggestion_id": ids[w], "annotator": who})
        # Relations index the spans as stored (an out-of-bounds span is skipped, as before).
        for rel in analysis.relations:
            if 0 <= rel.head < len(stored) and 0 <= rel.tail < len(stored):
                links.append({"head_id": stored[rel.head], "tail_id": stored[rel.tail],
                              "label": rel.label, "score": float(rel.score),
                              "attrs": dict(rel.attrs) or None})
    if rejections:
        session.execute(insert(s.Rejection), rejections)
    if links:
        session.execute(insert(s.SuggestionLink), links)
    return run_ids


def _insert_suggestions(session: Session, rows: list[dict[str, Any]], run_ids: list[int]
                        ) -> list[int]:
    """Insert ``rows`` into suggestions; returns their ids in the order of ``rows``."""
    if session.get_bind().dialect.name != "sqlite":
        return list(session.scalars(
            insert(s.Suggestion).returning(s.Suggestion.id, sort_by_parameter_order=True), rows))
    # On SQLite, RETURNING in parameter order runs one statement per row (SQLAlchemy has no
    # other way to keep the order there): that was most of a bulk run's store time. One
    # executemany inserts the rows in order instead, and an AUTOINCREMENT table gives rows
    # inserted in one transaction increasing ids, so the new runs' ids in order are the rows'.
    # It goes to the driver directly, past SQLAlchemy's per-row parameter handling (the insert
    # took 0.14-0.18 CPU s per 200 articles through it, 0.08-0.10 so); the JSON column is
    # encoded by the column type's own processor, so the stored text is what SQLAlchemy wrote.
    table = cast(Table, s.Suggestion.__table__)
    conn = session.connection()
    encode = table.c.value.type.bind_processor(conn.dialect)
    names = ("run_id", "document_id", "doc_length", "start", "end", "label", "source", "score",
             "value")
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    conn.exec_driver_sql(
        f"INSERT INTO {table.name} ({columns}) VALUES ({marks})",
        [(r["run_id"], r["document_id"], r["doc_length"], r["start"], r["end"], r["label"],
          r["source"], r["score"], encode(r["value"]) if encode else r["value"]) for r in rows])
    marks = ", ".join("?" for _ in run_ids)
    found = conn.exec_driver_sql(
        f"SELECT id FROM {table.name} WHERE run_id IN ({marks}) ORDER BY id", tuple(run_ids))
    return [i for (i,) in found]


def _annotated_texts(session: Session, condition: Any) -> list[tuple[str, str]]:
    """(label, text) of the annotations that meet ``condition``, each pair once."""
    # substr counts characters on both backends, 1-based.
    piece = func.substr(s.Document.text, s.Annotation.start + 1, s.Annotation.end - s.Annotation.start)
    rows = session.execute(select(s.Annotation.label, piece).distinct()
                           .join(s.Document, s.Document.id == s.Annotation.document_id)
                           .where(condition)).all()
    return [(label, text) for label, text in rows]


def stated_terms(session: Session) -> set[tuple[str, str]]:
    """Names a researcher stated (drew or corrected, not only accepted or imported), with
    their labels: these relabel the built-in gazetteer even where a model decides."""
    rows = _annotated_texts(session, s.Annotation.status.in_(("corrected", "manual")))
    return {(text, label) for label, text in rows if text}


def project_terms(session: Session) -> dict[str, set[str]]:
    """Accepted entity texts and BigKinds hints, by label: the project's own gazetteer."""
    terms: dict[str, set[str]] = {}
    rows = _annotated_texts(session, s.Annotation.label.in_(("PERSON", "ORG", "LOCATION",
                                                             "PROJECT")))
    for label, text in rows:
        terms.setdefault(label, set()).add(text)
    # Only the hints, only where there are some: not every document's whole metadata.
    hints = s.Document.meta["hints"]
    for (found,) in session.execute(select(hints).where(hints.isnot(None))).all():
        for label, names in (found or {}).items():
            terms.setdefault(label, set()).update(n for n in names if n)
    return terms
