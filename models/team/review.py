"""Review (curation): the annotators' spans side by side, and the final, reviewed layer.

The reviewed layer is an ordinary annotator, ``review`` (:data:`models.team.REVIEWER`): its spans
are made by the normal commands (``Create``, ``Update``, ``Delete``, ``Link``), so every review
decision is logged and undoable like any other, and exports pick the layer by annotator name
(``bitgeul --annotator review export …``).

:func:`review_view` lines the spans up: every run of overlapping spans (of any annotator or of
the review layer) is one :class:`ReviewRow`, with one column per annotator. :func:`adopt` copies
chosen spans into the review layer, replacing the review spans they overlap, and copies the
links (e.g. AMOUNT_FOR) between adopted spans. Adopting writes two undo steps when links are
copied: the spans, then the links (links need the new spans' ids).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from models.domain import Value
from models.store import schema as s
from models.store.commands import Command, CommandError, Create, Delete, Link, SetStatus, Update
from models.store.views import Change
from models.team import REVIEWER

if TYPE_CHECKING:
    from models.store.project import ProjectStore

SpanKey = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class ReviewSpan:
    annotation_id: int
    annotator: str
    start: int
    end: int
    label: str
    text: str
    value: Value | None
    version: int

    @property
    def key(self) -> SpanKey:
        return (self.start, self.end, self.label)


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One stretch of overlapping spans: each annotator's version, and the reviewed one."""

    start: int
    end: int
    columns: tuple[tuple[ReviewSpan, ...], ...]  # per annotator, as in ReviewView.annotators
    final: tuple[ReviewSpan, ...]  # the review layer's spans here

    @property
    def agreed(self) -> bool:
        """Every annotator marked exactly the same spans (bounds and labels) here."""
        keys = [sorted(sp.key for sp in col) for col in self.columns]
        return bool(keys) and bool(keys[0]) and all(k == keys[0] for k in keys)

    @property
    def reviewed(self) -> bool:
        return bool(self.final)

    @property
    def status(self) -> str:
        """reviewed / agreed / disputed."""
        return "reviewed" if self.reviewed else "agreed" if self.agreed else "disputed"


@dataclass(frozen=True, slots=True)
class ReviewView:
    document_id: int
    title: str
    text: str
    reviewer: str
    annotators: tuple[str, ...]
    rows: tuple[ReviewRow, ...]

    def column(self, annotator: str) -> int:
        return self.annotators.index(annotator)

    def to_json(self) -> dict[str, Any]:
        def span(sp: ReviewSpan) -> dict[str, Any]:
            out: dict[str, Any] = {"id": sp.annotation_id, "start": sp.start, "end": sp.end,
                                   "label": sp.label, "text": sp.text}
            if sp.value is not None:
                out["value"] = sp.value.to_json()
            return out

        return {"document_id": self.document_id, "title": self.title,
                "reviewer": self.reviewer, "annotators": list(self.annotators),
                "rows": [{"start": r.start, "end": r.end, "status": r.status,
                          "spans": {name: [span(sp) for sp in col]
                                    for name, col in zip(self.annotators, r.columns, strict=True)},
                          "final": [span(sp) for sp in r.final]} for r in self.rows]}

    def to_table(self) -> str:
        width = 22
        head = "".join(f"{name[:width]:{width}}" for name in (*self.annotators, self.reviewer))
        lines = [f"[{self.document_id}] {self.title}", f"{'status':10}{head}"]
        for row in self.rows:
            cells = [*row.columns, row.final]
            lines.append(f"{row.status:10}" + "".join(
                f"{_cell(col)[:width - 1]:{width}}" for col in cells))
        return "\n".join(lines)


def _cell(spans: Sequence[ReviewSpan]) -> str:
    return " ".join(f"{sp.text}/{sp.label}" for sp in spans) or "·"


def reviewer_store(store: ProjectStore, reviewer: str = REVIEWER) -> ProjectStore:
    """The same project seen (and written) as the review layer."""
    from models.store.project import ProjectStore

    return ProjectStore(store.db, reviewer)


def review_view(store: ProjectStore, doc_id: int, who: Sequence[str] | None = None, *,
                reviewer: str = REVIEWER) -> ReviewView:
    """The spans of ``who`` (default: everyone who worked on the document) side by side."""
    with store.session() as session:
        doc = session.get(s.Document, doc_id)
        if doc is None:
            raise CommandError(f"document {doc_id} does not exist")
        text, title = doc.text, doc.title or ""
        rows = session.scalars(select(s.Annotation).where(s.Annotation.document_id == doc_id)
                               .order_by(s.Annotation.start, s.Annotation.end,
                                         s.Annotation.id)).all()
        spans = [ReviewSpan(a.id, a.annotator, a.start, a.end, a.label, text[a.start:a.end],
                            Value.from_json(a.value), a.version) for a in rows]
        if who is None:
            names = {sp.annotator for sp in spans}
            names |= set(session.scalars(select(s.DocStatus.annotator).where(
                s.DocStatus.document_id == doc_id, s.DocStatus.status != "new")).all())
            names.discard(reviewer)
            who = sorted(names)
    names_t = tuple(who)
    shown = [sp for sp in spans if sp.annotator in names_t or sp.annotator == reviewer]
    return ReviewView(doc_id, title, text, reviewer, names_t,
                      tuple(_row(group, names_t, reviewer) for group in _clusters(shown)))


def _clusters(spans: Sequence[ReviewSpan]) -> list[list[ReviewSpan]]:
    """Runs of spans linked by overlap (spans come sorted by start)."""
    out: list[list[ReviewSpan]] = []
    end = -1
    for sp in spans:
        if out and sp.start < end:
            out[-1].append(sp)
            end = max(end, sp.end)
        else:
            out.append([sp])
            end = sp.end
    return out


def _row(group: list[ReviewSpan], names: tuple[str, ...], reviewer: str) -> ReviewRow:
    cols = tuple(tuple(sp for sp in group if sp.annotator == n) for n in names)
    final = tuple(sp for sp in group if sp.annotator == reviewer)
    return ReviewRow(min(sp.start for sp in group), max(sp.end for sp in group), cols, final)


# ---------------------------------------------------------------------------------------------
# Writing the review layer (through the normal, logged commands)


def adopt(review: ProjectStore, doc_id: int, annotation_ids: Iterable[int]) -> Change | None:
    """Copy these annotations into ``review``'s layer, replacing the review spans they overlap.

    Spans the layer already has (same bounds and label) are kept as they are. Links between
    adopted spans (in their annotator's layer) are copied too. Returns the change to the spans,
    or None when there was nothing to do.
    """
    ids = sorted(set(annotation_ids))
    if not ids:
        return None
    with review.session() as session:
        chosen = session.scalars(select(s.Annotation).where(s.Annotation.id.in_(ids))).all()
        found = {a.id for a in chosen}
        missing = [i for i in ids if i not in found]
        if missing:
            raise CommandError(f"annotation {missing[0]} does not exist (changed elsewhere?)")
        for a in chosen:
            if a.document_id != doc_id:
                raise CommandError(f"annotation {a.id} is not in document {doc_id}")
            if a.annotator == review.annotator:
                raise CommandError(f"annotation {a.id} is already in the review layer")
        mine = session.scalars(select(s.Annotation).where(
            s.Annotation.document_id == doc_id,
            s.Annotation.annotator == review.annotator)).all()
        links = session.scalars(select(s.Relation).where(or_(
            s.Relation.head_id.in_(ids), s.Relation.tail_id.in_(ids)))).all()
        ends = {r.head_id for r in links} | {r.tail_id for r in links}
        keys_by_id = {a.id: (a.start, a.end, a.label) for a in session.scalars(
            select(s.Annotation).where(s.Annotation.id.in_(ends)))} if ends else {}
        wanted_links = {(keys_by_id[r.head_id], keys_by_id[r.tail_id], r.label) for r in links
                        if r.head_id in keys_by_id and r.tail_id in keys_by_id}
        new: dict[SpanKey, Any] = {}
        for a in sorted(chosen, key=lambda x: (x.start, x.end, x.id)):
            new.setdefault((a.start, a.end, a.label), a.value)
        have = {(m.start, m.end, m.label) for m in mine}
        drop = [m.id for m in mine if (m.start, m.end, m.label) not in new
                and any(m.start < e and st < m.end for st, e, _l in new)]
    cmds: list[Command] = [Delete(i, reject_suggestion=False) for i in drop]
    cmds += [Create(doc_id, st, e, label, Value.from_json(value))
             for (st, e, label), value in new.items() if (st, e, label) not in have]
    change = review.execute(cmds, f"검토: 채택 {len(new)}") if cmds else None
    _copy_links(review, doc_id, wanted_links)
    return change


def _copy_links(review: ProjectStore, doc_id: int,
                wanted: set[tuple[SpanKey, SpanKey, str]]) -> Change | None:
    if not wanted:
        return None
    with review.session() as session:
        mine = session.scalars(select(s.Annotation).where(
            s.Annotation.document_id == doc_id,
            s.Annotation.annotator == review.annotator)).all()
        by_key = {(m.start, m.end, m.label): m.id for m in mine}
        ids = list(by_key.values())
        existing = {(r.head_id, r.tail_id, r.label) for r in session.scalars(
            select(s.Relation).where(s.Relation.head_id.in_(ids)))} if ids else set()
    cmds: list[Command] = []
    for head, tail, label in sorted(wanted):
        h, t = by_key.get(head), by_key.get(tail)
        if h is not None and t is not None and (h, t, label) not in existing:
            cmds.append(Link(h, t, label))
    return review.execute(cmds, f"검토: 연결 {len(cmds)}") if cmds else None


def adopt_agreed(review: ProjectStore, doc_id: int,
                 who: Sequence[str] | None = None) -> Change | None:
    """Adopt the spans every annotator agrees on, where the review layer has nothing yet."""
    view = review_view(review, doc_id, who, reviewer=review.annotator)
    ids = [sp.annotation_id for row in view.rows if row.agreed and not row.reviewed
           for sp in row.columns[0]]
    return adopt(review, doc_id, ids)


def adopt_annotator(review: ProjectStore, doc_id: int, annotator: str, *,
                    only_unreviewed: bool = True) -> Change | None:
    """Adopt one annotator's spans (where the review layer has nothing yet, by default)."""
    if annotator == review.annotator:
        raise CommandError("choose an annotator other than the review layer")
    view = review_view(review, doc_id, reviewer=review.annotator)
    if annotator not in view.annotators:
        raise CommandError(f"{annotator} has not worked on document {doc_id}")
    col = view.column(annotator)
    ids = [sp.annotation_id for row in view.rows if not (only_unreviewed and row.reviewed)
           for sp in row.columns[col]]
    return adopt(review, doc_id, ids)


def edit(review: ProjectStore, annotation_id: int, *, start: int | None = None,
         end: int | None = None, label: str | None = None, value: Value | None = None,
         expected_version: int | None = None) -> Change:
    """Change a span of the review layer (refused if someone changed it meanwhile)."""
    _own(review, annotation_id)
    return review.execute(Update(annotation_id, label=label, start=start, end=end, value=value,
                                 expected_version=expected_version), "검토: 수정")


def remove(review: ProjectStore, annotation_id: int) -> Change:
    _own(review, annotation_id)
    return review.execute(Delete(annotation_id, reject_suggestion=False), "검토: 삭제")


def mark_reviewed(review: ProjectStore, doc_id: int) -> Change:
    return review.execute(SetStatus(doc_id, "done"), "검토 완료")


def _own(review: ProjectStore, annotation_id: int) -> None:
    with review.session() as session:
        owner = session.scalar(select(s.Annotation.annotator)
                               .where(s.Annotation.id == annotation_id))
    if owner is None:
        raise CommandError(f"annotation {annotation_id} does not exist (changed elsewhere?)")
    if owner != review.annotator:
        raise CommandError(f"annotation {annotation_id} belongs to {owner}, not to the review "
                           "layer: adopt it first")
