"""Read-side queries: document lists, one document with its spans, statistics."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from models.domain import Value
from models.store import schema as s
from models.store.views import (
    AnnotationInfo,
    DocQuery,
    DocSummary,
    DocView,
    ForeignChange,
    LabelInfo,
    RelationInfo,
    SuggestedLink,
    SuggestionInfo,
)


def labels(session: Session) -> list[LabelInfo]:
    rows = session.scalars(select(s.Label).order_by(s.Label.position, s.Label.id)).all()
    return [LabelInfo(r.name, r.colour, r.shortcut, r.position, r.builtin) for r in rows]


def _latest_runs(doc_id: int | None = None, doc_ids: list[int] | None = None) -> Any:
    stmt = select(s.Run.document_id, func.max(s.Run.id).label("rid"))
    if doc_id is not None:  # one document: do not scan every run of the project
        stmt = stmt.where(s.Run.document_id == doc_id)
    if doc_ids is not None:  # one page of the document list
        stmt = stmt.where(s.Run.document_id.in_(doc_ids))
    return stmt.group_by(s.Run.document_id).subquery()


def open_suggestions_select(who: str, doc_id: int | None = None,
                            doc_ids: list[int] | None = None) -> Select[Any]:
    """Suggestions of each document's latest run that this annotator has not decided on."""
    latest = _latest_runs(doc_id, doc_ids)
    a = s.Annotation
    decided = exists().where(a.annotator == who, or_(
        a.suggestion_id == s.Suggestion.id,
        and_(a.document_id == s.Suggestion.document_id, a.start == s.Suggestion.start,
             a.end == s.Suggestion.end)))
    rejected = exists().where(s.Rejection.suggestion_id == s.Suggestion.id,
                              s.Rejection.annotator == who)
    return (select(s.Suggestion).join(latest, latest.c.rid == s.Suggestion.run_id)
            .where(~decided, ~rejected))


def list_documents(session: Session, who: str, q: DocQuery | None = None) -> list[DocSummary]:
    """The documents matching ``q``, in its order; with ``limit``, one page of them.

    Filtering, ordering and paging happen in the database on the documents alone; the per-
    document counts (open suggestions, accepted spans) are then computed for that page only,
    so the first page of a 100k-document project costs what a 100-document project does.
    Ordering by a count needs every document's count: that one order stays a full query.
    """
    q = q or DocQuery()
    status = (select(s.DocStatus.document_id, s.DocStatus.status)
              .where(s.DocStatus.annotator == who).subquery())
    state = func.coalesce(status.c.status, "new")
    stmt = select(s.Document.id).outerjoin(status, status.c.document_id == s.Document.id)
    stmt = _filtered(stmt, who, q, state)
    if q.order in ("open", "annotations"):
        counts = _counts_select(who, None).subquery()
        stmt = stmt.outerjoin(counts, counts.c.document_id == s.Document.id)
        key: Any = func.coalesce(counts.c.open if q.order == "open" else counts.c.ann, 0)
    else:
        progress = case((state == "new", 0), (state == "in_progress", 1), else_=2)
        key = {"date": s.Document.date, "title": s.Document.title, "outlet": s.Document.outlet,
               "status": progress}.get(q.order, s.Document.id)
    if q.descending:
        stmt = stmt.order_by(key.desc(), s.Document.id.desc())
    else:
        stmt = stmt.order_by(key, s.Document.id)
    if q.limit:
        stmt = stmt.limit(q.limit).offset(q.offset)
    ids = list(session.scalars(stmt).all())
    return summaries(session, who, ids)


def count_documents(session: Session, who: str, q: DocQuery | None = None) -> int:
    """How many documents match ``q`` (the list's row count, without listing them)."""
    q = q or DocQuery()
    status = (select(s.DocStatus.document_id, s.DocStatus.status)
              .where(s.DocStatus.annotator == who).subquery())
    stmt = (select(func.count()).select_from(s.Document)
            .outerjoin(status, status.c.document_id == s.Document.id))
    return int(session.scalar(_filtered(stmt, who, q, func.coalesce(status.c.status, "new")))
               or 0)


def summaries(session: Session, who: str, ids: list[int]) -> list[DocSummary]:
    """One DocSummary per id, in the order given (ids that do not exist are left out)."""
    if not ids:
        return []
    out: list[DocSummary] = []
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):  # SQL parameter limits
        counts = {r[0]: (r[1], r[2]) for r in session.execute(_counts_select(who, chunk)).all()}
        states = dict(session.execute(select(s.DocStatus.document_id, s.DocStatus.status).where(
            s.DocStatus.annotator == who, s.DocStatus.document_id.in_(chunk))).all())
        docs = {r[0]: r for r in session.execute(
            select(s.Document.id, s.Document.title, s.Document.date, s.Document.outlet,
                   s.Document.length).where(s.Document.id.in_(chunk))).all()}
        for doc_id in chunk:
            if doc_id not in docs:
                continue
            _i, title, day, outlet, length = docs[doc_id]
            n_open, n_ann = counts.get(doc_id, (0, 0))
            out.append(DocSummary(id=doc_id, title=title or "", date=day, outlet=outlet,
                                  length=length, status=states.get(doc_id, "new"),
                                  open_suggestions=n_open, annotations=n_ann))
    return out


def _counts_select(who: str, ids: list[int] | None) -> Select[Any]:
    """(document_id, open suggestions, accepted spans of ``who``) for ``ids`` (None: all)."""
    open_sub = open_suggestions_select(who, doc_ids=ids)
    ann = select(s.Annotation.document_id).where(s.Annotation.annotator == who)
    if ids is not None:
        ann = ann.where(s.Annotation.document_id.in_(ids))
    o = open_sub.subquery()
    a = ann.subquery()
    parts = union_all(select(o.c.document_id.label("doc"), literal(1).label("is_open")),
                      select(a.c.document_id.label("doc"), literal(0).label("is_open"))).subquery()
    return (select(parts.c.doc.label("document_id"),
                   func.sum(parts.c.is_open).label("open"),
                   func.sum(1 - parts.c.is_open).label("ann"))
            .group_by(parts.c.doc))


def _filtered(stmt: Select[Any], who: str, q: DocQuery, state: Any) -> Select[Any]:
    if q.status:
        stmt = stmt.where(state == q.status)
    if q.text:
        like = f"%{q.text}%"
        # ilike: SQLite's LIKE ignores (ASCII) case, PostgreSQL's does not; search the same way.
        stmt = stmt.where(or_(s.Document.title.ilike(like), s.Document.outlet.ilike(like),
                              s.Document.text.ilike(like)))
    if q.label:
        # IN (subquery) is computed once; a correlated EXISTS over the open-suggestion
        # subquery re-ran it per document (minutes on 100k documents).
        open_sub = open_suggestions_select(who).subquery()
        annotated = select(s.Annotation.document_id).where(
            s.Annotation.label == q.label, s.Annotation.annotator == who)
        suggested = select(open_sub.c.document_id).where(open_sub.c.label == q.label)
        stmt = stmt.where(or_(s.Document.id.in_(annotated), s.Document.id.in_(suggested)))
    if q.min_amount is not None or q.max_amount is not None:
        stmt = stmt.where(or_(
            _amount_filter(s.Annotation, q, s.Annotation.annotator == who),
            _amount_filter(s.Suggestion, q, True)))
    return stmt


def _amount_filter(table: Any, q: DocQuery, extra: Any) -> Any:
    value = table.value["value"].as_float()
    conds = [table.document_id == s.Document.id, table.label == "MONEY", extra]
    if q.min_amount is not None:
        conds.append(value >= q.min_amount)
    if q.max_amount is not None:
        conds.append(value <= q.max_amount)
    return exists().where(*conds)


def document(session: Session, doc_id: int, who: str) -> DocView:
    doc = session.get(s.Document, doc_id)
    if doc is None:
        raise KeyError(doc_id)
    text = doc.text
    suggs = session.scalars(open_suggestions_select(who, doc_id)
                            .order_by(s.Suggestion.start, s.Suggestion.end)).all()
    anns = session.scalars(select(s.Annotation).where(
        s.Annotation.document_id == doc_id, s.Annotation.annotator == who)
        .order_by(s.Annotation.start, s.Annotation.end)).all()
    ann_ids = [a.id for a in anns]
    rels = session.scalars(select(s.Relation).where(s.Relation.head_id.in_(ann_ids))).all()
    sugg_ids = [g.id for g in suggs]
    links = session.scalars(select(s.SuggestionLink).where(
        s.SuggestionLink.head_id.in_(sugg_ids))).all() if sugg_ids else []
    st = session.get(s.DocStatus, (doc_id, who))
    return DocView(
        id=doc.id, text=text, title=doc.title or "", date=doc.date, outlet=doc.outlet,
        author=doc.author, url=doc.url, meta=dict(doc.meta or {}),
        repeats=tuple((int(a), int(b), int(c)) for a, b, c in (doc.repeats or [])),
        status=st.status if st else "new",
        suggestions=tuple(SuggestionInfo(g.id, g.start, g.end, g.label, text[g.start:g.end],
                                         g.source, g.score, Value.from_json(g.value))
                          for g in suggs),
        annotations=tuple(annotation_info(a, text) for a in anns),
        relations=tuple(RelationInfo(r.id, r.head_id, r.tail_id, r.label, r.status, r.score,
                                     tuple((r.attrs or {}).items())) for r in rels),
        suggested_links=tuple(SuggestedLink(k.head_id, k.tail_id, k.label, k.score,
                                            tuple((k.attrs or {}).items())) for k in links),
    )


def annotation_info(a: s.Annotation, text: str) -> AnnotationInfo:
    return AnnotationInfo(a.id, a.start, a.end, a.label, text[a.start:a.end], a.status,
                          Value.from_json(a.value), a.suggestion_id, a.version, a.annotator)


def stats(session: Session, who: str | None = None) -> dict[str, Any]:
    def count(stmt: Any) -> int:
        return int(session.scalar(stmt) or 0)

    out: dict[str, Any] = {
        "documents": count(select(func.count()).select_from(s.Document)),
        "suggestions": count(select(func.count()).select_from(s.Suggestion)),
        "annotations": count(select(func.count()).select_from(s.Annotation)),
        "relations": count(select(func.count()).select_from(s.Relation)),
        "decisions": count(select(func.count()).select_from(s.Decision)),
        "documents_suggested": count(select(func.count(func.distinct(s.Run.document_id)))),
    }
    by_label = session.execute(select(s.Annotation.label, func.count())
                               .group_by(s.Annotation.label)).all()
    out["annotations_by_label"] = {k: v for k, v in sorted(by_label)}
    sugg_by_label = session.execute(select(s.Suggestion.label, func.count())
                                    .group_by(s.Suggestion.label)).all()
    out["suggestions_by_label"] = {k: v for k, v in sorted(sugg_by_label)}
    if who is not None:
        open_sub = open_suggestions_select(who).subquery()
        out["open_suggestions"] = count(select(func.count()).select_from(open_sub))
        done = select(func.count()).select_from(s.DocStatus).where(
            s.DocStatus.annotator == who, s.DocStatus.status == "done")
        out["documents_done"] = count(done)
    return out


def changes_by_others(session: Session, owner: str | None = None) -> list[ForeignChange]:
    """Every logged step that changed someone else's span, oldest first (only ``owner``'s
    spans, if given). In team mode anyone may change anyone's span; the log says who did."""
    out: list[ForeignChange] = []
    rows = session.execute(select(
        s.Decision.id, s.Decision.at, s.Decision.annotator, s.Decision.action,
        s.Decision.document_id, s.Decision.description, s.Decision.before)
        .where(s.Decision.action.in_(("update", "delete", "correct", "undo", "redo")))
        .order_by(s.Decision.id)).all()
    for did, at, who, action, doc, description, before in rows:
        for key, snap in (before or {}).items():
            if not str(key).startswith("annotation:") or not isinstance(snap, dict):
                continue
            span_owner = snap.get("annotator")
            if span_owner != who and (owner is None or span_owner == owner):
                out.append(ForeignChange(did, at, who, str(span_owner), action, doc,
                                         int(str(key).split(":")[1]), description))
    return out
