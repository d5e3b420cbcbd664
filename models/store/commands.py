"""User decisions as small commands, each logged with the rows it touched before and after.

Every command records snapshots of the rows it changes (annotations, relations, rejections,
document status) in the append-only ``decisions`` table. Undo and redo do not need to know which
command ran: they restore the ``before`` (undo) or ``after`` (redo) snapshots of a whole group.
That makes undo survive restarts and keeps the log usable as training data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from models.domain import AMOUNT_FOR, Value
from models.store import schema as s


class CommandError(Exception):
    """A command that cannot run (stale span, unknown id, conflict).

    ``str()`` reads in the language of ``models.messages`` (the app's UI language)."""

    def __str__(self) -> str:
        from models.messages import localize

        return localize(super().__str__())


@dataclass(frozen=True, slots=True)
class Accept:
    """Accept a suggestion, optionally corrected (label, span or value)."""

    suggestion_id: int
    label: str | None = None
    start: int | None = None
    end: int | None = None
    value: Value | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    suggestion_id: int


@dataclass(frozen=True, slots=True)
class Create:
    document_id: int
    start: int
    end: int
    label: str
    value: Value | None = None


@dataclass(frozen=True, slots=True)
class Update:
    annotation_id: int
    label: str | None = None
    start: int | None = None
    end: int | None = None
    value: Value | None = None
    clear_value: bool = False
    expected_version: int | None = None  # optimistic check: refuse if someone changed it


@dataclass(frozen=True, slots=True)
class Delete:
    annotation_id: int
    reject_suggestion: bool = True  # a deleted accepted suggestion should not come back


@dataclass(frozen=True, slots=True)
class Link:
    head_id: int
    tail_id: int
    label: str = AMOUNT_FOR
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Unlink:
    relation_id: int


@dataclass(frozen=True, slots=True)
class ConfirmRelation:
    """Keep a relation the engine suggested as it is (its status becomes "accepted")."""

    relation_id: int


@dataclass(frozen=True, slots=True)
class SetRelation:
    """Make ``tail_id`` the one ``label`` relation of annotation ``head_id`` (change), or drop
    them all when ``tail_id`` is None (clear). Choosing the suggested tail confirms it."""

    head_id: int
    label: str
    tail_id: int | None
    attrs: tuple[tuple[str, str], ...] | None = None  # None: keep the suggested ones


@dataclass(frozen=True, slots=True)
class SetStatus:
    document_id: int
    status: str


Command = (Accept | Reject | Create | Update | Delete | Link | Unlink | SetStatus
           | ConfirmRelation | SetRelation)

# ---------------------------------------------------------------------------------------------
# Snapshots: rows as JSON-able dicts, keyed "kind:id".

ANN_FIELDS = ("id", "document_id", "doc_length", "annotator", "start", "end", "label", "status",
               "value", "suggestion_id", "version")


def snap_ann(a: s.Annotation | None) -> dict[str, Any] | None:
    return None if a is None else {f: getattr(a, f) for f in ANN_FIELDS}


def snap_rel(r: s.Relation | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {"id": r.id, "head_id": r.head_id, "tail_id": r.tail_id, "label": r.label,
            "annotator": r.annotator, "status": r.status, "score": r.score, "attrs": r.attrs}


class _Recorder:
    """Collects before/after snapshots of the rows one command touches."""

    def __init__(self) -> None:
        self.before: dict[str, Any] = {}
        self.after: dict[str, Any] = {}

    def touch(self, key: str, before: Any) -> None:
        self.before.setdefault(key, before)

    def done(self, key: str, after: Any) -> None:
        self.after[key] = after


def _value_json(v: Value | None) -> dict[str, Any] | None:
    return None if v is None else v.to_json()


def _doc_length(session: Session, document_id: int) -> int:
    length = session.scalar(select(s.Document.length).where(s.Document.id == document_id))
    if length is None:
        raise CommandError(f"document {document_id} does not exist")
    return length


def _check_span(start: int, end: int, length: int) -> None:
    if not (0 <= start < end <= length):
        raise CommandError(f"span {start}..{end} is outside the document (length {length})")


def _new_annotation(session: Session, rec: _Recorder, **fields: Any) -> s.Annotation:
    ann = s.Annotation(**fields)
    session.add(ann)
    session.flush()
    rec.touch(f"annotation:{ann.id}", None)
    rec.done(f"annotation:{ann.id}", snap_ann(ann))
    return ann


# Statements an accept runs for every suggestion, built once (building a where-clause costs
# more than running it: accepting a big table's thousands of suggestions spent a third of its
# time there)
_RELATION_OF = select(s.Relation).where(
    s.Relation.head_id == bindparam("head"), s.Relation.tail_id == bindparam("tail"),
    s.Relation.label == bindparam("label"))
_TAKEN = select(s.Annotation.id).where(
    s.Annotation.suggestion_id == bindparam("sid"), s.Annotation.annotator == bindparam("who"))
_REJECTION = select(s.Rejection).where(
    s.Rejection.suggestion_id == bindparam("sid"), s.Rejection.annotator == bindparam("who"))
_LINKS_OF = select(s.SuggestionLink).where(
    (s.SuggestionLink.head_id == bindparam("sid")) | (s.SuggestionLink.tail_id == bindparam("sid")))


def prefetch_suggestions(session: Session, cmds: Sequence[Command]) -> None:
    """Load the suggestions a batch of commands accepts in a few queries, so that each accept
    finds its own in the session (one query each otherwise). The session holds them (and the
    documents' statuses, :func:`_set_status`) till it ends: its identity map alone would let
    them go."""
    ids = sorted({c.suggestion_id for c in cmds if isinstance(c, Accept)})
    keep = session.info.setdefault("keep", [])
    for k in range(0, len(ids), 500):
        keep += session.scalars(select(s.Suggestion).where(s.Suggestion.id.in_(ids[k:k + 500])))


def _new_relation(session: Session, rec: _Recorder, head: int, tail: int, label: str,
                  annotator: str, *, status: str = "accepted", score: float = 1.0,
                  attrs: dict[str, Any] | None = None) -> s.Relation | None:
    exists = session.scalar(_RELATION_OF, {"head": head, "tail": tail, "label": label})
    if exists is not None:
        return None
    rel = s.Relation(head_id=head, tail_id=tail, label=label, annotator=annotator,
                     status=status, score=score, attrs=attrs or None)
    session.add(rel)
    session.flush()
    rec.touch(f"relation:{rel.id}", None)
    rec.done(f"relation:{rel.id}", snap_rel(rel))
    return rel


def _drop_relations_of(session: Session, rec: _Recorder, ann_id: int) -> None:
    rels = session.scalars(select(s.Relation).where(
        (s.Relation.head_id == ann_id) | (s.Relation.tail_id == ann_id))).all()
    for rel in rels:
        rec.touch(f"relation:{rel.id}", snap_rel(rel))
        rec.done(f"relation:{rel.id}", None)
        session.delete(rel)


def _set_rejected(session: Session, rec: _Recorder, sid: int, who: str, rejected: bool) -> None:
    row = session.scalar(_REJECTION, {"sid": sid, "who": who})
    if (row is not None) == rejected:
        return  # no change: nothing to log, nor to undo (an accept of a suggestion never rejected)
    key = f"rejection:{sid}:{who}"
    rec.touch(key, row is not None)
    if rejected and row is None:
        session.add(s.Rejection(suggestion_id=sid, annotator=who))
    elif not rejected and row is not None:
        session.delete(row)
    rec.done(key, rejected)


def _mark_in_progress(session: Session, rec: _Recorder, doc_id: int, who: str) -> None:
    row = session.get(s.DocStatus, (doc_id, who))
    if row is not None and row.status != "new":
        return
    _set_status(session, rec, doc_id, who, "in_progress")


def _set_status(session: Session, rec: _Recorder, doc_id: int, who: str, status: str) -> None:
    row = session.get(s.DocStatus, (doc_id, who))
    key = f"status:{doc_id}:{who}"
    rec.touch(key, None if row is None else row.status)
    if row is None:
        row = s.DocStatus(document_id=doc_id, annotator=who, status=status)
        session.add(row)
        if "keep" in session.info:
            session.info["keep"].append(row)
    else:
        row.status = status
        row.updated_at = s.utcnow()
    rec.done(key, status)


# ---------------------------------------------------------------------------------------------
# Applying commands


def apply(session: Session, who: str, cmd: Command) -> tuple[str, dict[str, Any]]:
    """Run one command; returns (action, fields for its decision row)."""
    rec = _Recorder()
    fields: dict[str, Any]
    if isinstance(cmd, Accept):
        action, fields = _accept(session, rec, who, cmd)
    elif isinstance(cmd, Reject):
        sugg = _suggestion(session, cmd.suggestion_id)
        _set_rejected(session, rec, sugg.id, who, True)
        _mark_in_progress(session, rec, sugg.document_id, who)
        action, fields = "reject", {"document_id": sugg.document_id, "suggestion_id": sugg.id}
    elif isinstance(cmd, Create):
        length = _doc_length(session, cmd.document_id)
        _check_span(cmd.start, cmd.end, length)
        ann = _new_annotation(session, rec, document_id=cmd.document_id, doc_length=length,
                              annotator=who, start=cmd.start, end=cmd.end, label=cmd.label,
                              status="manual", value=_value_json(cmd.value))
        _mark_in_progress(session, rec, cmd.document_id, who)
        action, fields = "create", {"document_id": cmd.document_id, "annotation_id": ann.id}
    elif isinstance(cmd, Update):
        action, fields = _update(session, rec, who, cmd)
    elif isinstance(cmd, Delete):
        ann = _annotation(session, cmd.annotation_id)
        _drop_relations_of(session, rec, ann.id)
        session.flush()  # relations first: the ORM does not know they hang on the annotation
        rec.touch(f"annotation:{ann.id}", snap_ann(ann))
        rec.done(f"annotation:{ann.id}", None)
        if cmd.reject_suggestion and ann.suggestion_id is not None:
            _set_rejected(session, rec, ann.suggestion_id, who, True)
        session.delete(ann)
        action, fields = "delete", {"document_id": ann.document_id, "annotation_id": ann.id,
                                    "suggestion_id": ann.suggestion_id}
    elif isinstance(cmd, Link):
        head, tail = _annotation(session, cmd.head_id), _annotation(session, cmd.tail_id)
        if head.document_id != tail.document_id:
            raise CommandError("a relation must stay inside one document")
        if _new_relation(session, rec, head.id, tail.id, cmd.label, who, status="manual",
                         attrs=dict(cmd.attrs)) is None:
            raise CommandError("these spans are already linked")
        action, fields = "link", {"document_id": head.document_id, "annotation_id": head.id}
    elif isinstance(cmd, Unlink):
        rel = session.get(s.Relation, cmd.relation_id)
        if rel is None:
            raise CommandError(f"relation {cmd.relation_id} does not exist")
        head = _annotation(session, rel.head_id)
        rec.touch(f"relation:{rel.id}", snap_rel(rel))
        rec.done(f"relation:{rel.id}", None)
        session.delete(rel)
        action, fields = "unlink", {"document_id": head.document_id, "annotation_id": head.id}
    elif isinstance(cmd, ConfirmRelation):
        rel = session.get(s.Relation, cmd.relation_id)
        if rel is None:
            raise CommandError(f"relation {cmd.relation_id} does not exist")
        head = _annotation(session, rel.head_id)
        _set_relation_status(rec, rel, "accepted")
        action, fields = "link", {"document_id": head.document_id, "annotation_id": head.id}
    elif isinstance(cmd, SetRelation):
        action, fields = _set_relation(session, rec, who, cmd)
    elif isinstance(cmd, SetStatus):
        if cmd.status not in ("new", "in_progress", "done"):
            raise CommandError(f"unknown status {cmd.status!r}")
        _doc_length(session, cmd.document_id)
        _set_status(session, rec, cmd.document_id, who, cmd.status)
        action, fields = "status", {"document_id": cmd.document_id}
    else:  # pragma: no cover - the union above is exhaustive
        raise CommandError(f"unknown command {cmd!r}")
    fields["before"], fields["after"] = rec.before, rec.after
    return action, fields


def _suggestion(session: Session, sid: int) -> s.Suggestion:
    sugg = session.get(s.Suggestion, sid)
    if sugg is None:
        raise CommandError(f"suggestion {sid} does not exist")
    return sugg


def _annotation(session: Session, aid: int) -> s.Annotation:
    ann = session.get(s.Annotation, aid)
    if ann is None:
        raise CommandError(f"annotation {aid} does not exist (changed elsewhere?)")
    return ann


def _accept(session: Session, rec: _Recorder, who: str, cmd: Accept) -> tuple[str, dict[str, Any]]:
    sugg = _suggestion(session, cmd.suggestion_id)
    taken = session.scalar(_TAKEN, {"sid": sugg.id, "who": who})
    if taken is not None:
        raise CommandError("this suggestion is already accepted")
    start = sugg.start if cmd.start is None else cmd.start
    end = sugg.end if cmd.end is None else cmd.end
    _check_span(start, end, sugg.doc_length)
    label = cmd.label or sugg.label
    value = sugg.value if cmd.value is None else _value_json(cmd.value)
    corrected = (start, end, label, value) != (sugg.start, sugg.end, sugg.label, sugg.value)
    _set_rejected(session, rec, sugg.id, who, False)
    ann = _new_annotation(session, rec, document_id=sugg.document_id, doc_length=sugg.doc_length,
                          annotator=who, start=start, end=end, label=label,
                          status="corrected" if corrected else "accepted", value=value,
                          suggestion_id=sugg.id)
    # Links the engine proposed become real once both ends are accepted by this annotator.
    links = session.scalars(_LINKS_OF, {"sid": sugg.id}).all()
    for link in links:
        other = link.tail_id if link.head_id == sugg.id else link.head_id
        other_ann = session.scalar(_TAKEN, {"sid": other, "who": who})
        if other_ann is not None:
            head, tail = (ann.id, other_ann) if link.head_id == sugg.id else (other_ann, ann.id)
            # An amount's project link is real once both spans are (as it always was); the
            # other relations wait for the researcher's word (the report marks them (추정)).
            _new_relation(session, rec, head, tail, link.label, who,
                          status="accepted" if link.label == AMOUNT_FOR else "suggested",
                          score=link.score, attrs=link.attrs)
    _mark_in_progress(session, rec, sugg.document_id, who)
    return ("correct" if corrected else "accept"), {
        "document_id": sugg.document_id, "suggestion_id": sugg.id, "annotation_id": ann.id}


def _set_relation_status(rec: _Recorder, rel: s.Relation, status: str) -> None:
    rec.touch(f"relation:{rel.id}", snap_rel(rel))
    rel.status = status
    rec.done(f"relation:{rel.id}", snap_rel(rel))


def _set_relation(session: Session, rec: _Recorder, who: str,
                  cmd: SetRelation) -> tuple[str, dict[str, Any]]:
    head = _annotation(session, cmd.head_id)
    rels = session.scalars(select(s.Relation).where(
        s.Relation.head_id == head.id, s.Relation.label == cmd.label)).all()
    if cmd.tail_id is not None:
        tail = _annotation(session, cmd.tail_id)
        if tail.document_id != head.document_id:
            raise CommandError("a relation must stay inside one document")
    kept = None
    for rel in rels:
        if rel.tail_id == cmd.tail_id and rel.annotator == who:
            kept = rel
            continue
        rec.touch(f"relation:{rel.id}", snap_rel(rel))
        rec.done(f"relation:{rel.id}", None)
        session.delete(rel)
    session.flush()
    if kept is not None:
        rec.touch(f"relation:{kept.id}", snap_rel(kept))
        if cmd.attrs is not None:
            kept.attrs = dict(cmd.attrs) or None
        kept.status = "accepted" if kept.status == "suggested" and cmd.attrs is None else "manual"
        rec.done(f"relation:{kept.id}", snap_rel(kept))
    elif cmd.tail_id is not None:
        _new_relation(session, rec, head.id, cmd.tail_id, cmd.label, who, status="manual",
                      attrs=dict(cmd.attrs or ()))
    return ("unlink" if cmd.tail_id is None else "link"), {
        "document_id": head.document_id, "annotation_id": head.id}


def _update(session: Session, rec: _Recorder, who: str, cmd: Update) -> tuple[str, dict[str, Any]]:
    ann = _annotation(session, cmd.annotation_id)
    if cmd.expected_version is not None and ann.version != cmd.expected_version:
        raise CommandError("this span was changed meanwhile (in another window or by a "
                           "colleague); reload to see the change")
    rec.touch(f"annotation:{ann.id}", snap_ann(ann))
    start = ann.start if cmd.start is None else cmd.start
    end = ann.end if cmd.end is None else cmd.end
    _check_span(start, end, ann.doc_length)
    ann.start, ann.end = start, end
    if cmd.label is not None:
        ann.label = cmd.label
    if cmd.clear_value:
        ann.value = None
    elif cmd.value is not None:
        ann.value = _value_json(cmd.value)
    if ann.status == "accepted":
        ann.status = "corrected"
    ann.version += 1
    ann.updated_at = s.utcnow()
    session.flush()
    rec.done(f"annotation:{ann.id}", snap_ann(ann))
    return "update", {"document_id": ann.document_id, "annotation_id": ann.id}
