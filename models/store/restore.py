"""Undo and redo: put back the snapshots a group of decisions logged (models.store.commands
records them; ProjectStore.undo and redo call :func:`restore`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models.store import schema as s
from models.store.commands import ANN_FIELDS, CommandError, snap_ann, snap_rel


def restore(session: Session, decisions: Sequence[s.Decision], *, undo: bool) -> dict[str, Any]:
    """Bring every row a group touched back to its state before (undo) or after (redo) it.

    Returns the state that was replaced, for the undo/redo decision's own ``before``.
    """
    target: dict[str, Any] = {}
    ordered = list(reversed(decisions)) if undo else list(decisions)
    for d in ordered:
        target.update(d.before if undo else d.after)
    keep = _load_rows(session, target)  # noqa: F841 (held: the session's map alone lets go)
    _check_unchanged_since(session, decisions, undo=undo)
    replaced: dict[str, Any] = {}
    # Order matters for foreign keys: drop relations before annotations, add them after.
    kinds = sorted(target, key=lambda k: (k.split(":")[0] != "relation", k))
    for key in kinds:
        if key.startswith("relation:") and target[key] is None:
            replaced[key] = _put_relation(session, int(key.split(":")[1]), None)
    for key in kinds:
        kind, _, rest = key.partition(":")
        want = target[key]
        if kind == "annotation":
            replaced[key] = _put_annotation(session, int(rest), want)
        elif kind == "rejection":
            sid, _, who = rest.partition(":")
            replaced[key] = _put_rejection(session, int(sid), who, bool(want))
        elif kind == "status":
            doc, _, who = rest.partition(":")
            st = session.get(s.DocStatus, (int(doc), who))
            replaced[key] = None if st is None else st.status
            if want is None and st is not None:
                session.delete(st)
            elif want is not None and st is None:
                session.add(s.DocStatus(document_id=int(doc), annotator=who, status=want))
            elif want is not None and st is not None:
                st.status = want
        session.flush()
    for key in kinds:
        if key.startswith("relation:") and target[key] is not None:
            replaced[key] = _put_relation(session, int(key.split(":")[1]), target[key])
    session.flush()
    return replaced


def _load_rows(session: Session, keys: dict[str, Any]) -> list[Any]:
    """The annotations and relations a group touched, loaded in a few queries (a group that
    accepted a table's thousands of suggestions touched as many); each is looked up twice."""
    rows: list[Any] = []
    for kind, table in (("annotation", s.Annotation), ("relation", s.Relation)):
        ids = sorted(int(k.split(":")[1]) for k in keys if k.startswith(kind + ":"))
        for k in range(0, len(ids), 500):
            rows += session.scalars(select(table).where(table.id.in_(ids[k:k + 500])))
    return rows


def _check_unchanged_since(session: Session, decisions: Sequence[s.Decision], *,
                           undo: bool) -> None:
    """Refuse to undo (redo) a group whose spans someone changed after it (before its undo).

    Undo must put back what this group changed, not wipe a later change made by someone else
    (another annotator, or the same one on another machine).
    """
    expected: dict[str, Any] = {}
    for d in (decisions if undo else list(reversed(decisions))):
        expected.update(d.after if undo else d.before)
    for key, want in expected.items():
        kind, _, rest = key.partition(":")
        if kind == "annotation":
            now = snap_ann(session.get(s.Annotation, int(rest)))
        elif kind == "relation":
            now = snap_rel(session.get(s.Relation, int(rest)))
        else:
            continue  # rejections and document status: last writer wins, nothing is lost
        if now is not None and want is not None:
            now = {k: v for k, v in now.items() if k in want}  # a snapshot from before 0004
        if _content(now) != _content(want):
            raise CommandError(_why_changed(session, key, decisions, undo=undo))


def _why_changed(session: Session, key: str, decisions: Sequence[s.Decision], *,
                 undo: bool) -> str:
    """The true reason a step cannot be undone (redone): which later step changed the span.

    Blaming "someone else" when the researcher works alone (the old message) sent them looking
    for a colleague who was not there.
    """
    what = "undo" if undo else "redo"
    who = decisions[0].annotator if decisions else ""
    docs = {d.document_id for d in decisions if d.document_id is not None}
    later = session.scalars(select(s.Decision).where(
        s.Decision.id > max((d.id for d in decisions), default=0),
        s.Decision.document_id.in_(docs)).order_by(s.Decision.id.desc()).limit(2000)).all()
    for d in later:
        if key in d.after or key in d.before:
            if d.annotator != who:
                return f"cannot {what}: {d.annotator} changed this span since; reload to see it"
            return (f"cannot {what}: this span was changed since in another window or from the "
                    "command line; reload to see it")
    return (f"cannot {what}: this span was changed since by a merge or a review; reload to "
            "see it")


def _content(snap: dict[str, Any] | None) -> dict[str, Any] | None:
    """A snapshot without its version (undo and redo bump the version, not the content) and
    without the suggestion it came from (which a step restores only while it still exists)."""
    if snap is None:
        return None
    return {k: v for k, v in snap.items() if k not in ("version", "suggestion_id")}


def _put_rejection(session: Session, sid: int, who: str, want: bool) -> bool:
    """Set a rejection on a suggestion and on its copies in other engine passes.

    A later pass re-suggests the same span under a new id; the window shows only the newest
    pass, so undoing (redoing) a rejection must reach that copy too, or the span would stay
    hidden (shown) whatever the researcher undoes.
    """
    sugg = session.get(s.Suggestion, sid)
    if sugg is None:
        return False  # removed by an engine pass before the log kept it: nothing to reject
    same = session.scalars(select(s.Suggestion.id).where(
        s.Suggestion.document_id == sugg.document_id, s.Suggestion.start == sugg.start,
        s.Suggestion.end == sugg.end, s.Suggestion.label == sugg.label)).all()
    had = False
    for other in same:
        row = session.scalar(select(s.Rejection).where(
            s.Rejection.suggestion_id == other, s.Rejection.annotator == who))
        if other == sid:
            had = row is not None
        if want and row is None:
            session.add(s.Rejection(suggestion_id=other, annotator=who))
        elif not want and row is not None:
            session.delete(row)
    return had


def _put_annotation(session: Session, aid: int, want: dict[str, Any] | None) -> Any:
    row = session.get(s.Annotation, aid)
    old = snap_ann(row)
    if want is None:
        if row is not None:
            session.execute(delete(s.Relation).where(
                (s.Relation.head_id == aid) | (s.Relation.tail_id == aid)))
            session.delete(row)
    elif row is None:
        session.add(s.Annotation(**_existing_suggestion(session, want)))
    else:
        want = _existing_suggestion(session, want)
        # The version only grows, so that a client holding an older one is refused.
        version = max(row.version, want["version"]) + 1
        for f in ANN_FIELDS[1:]:
            setattr(row, f, want[f])
        row.version = version
    return old


def _existing_suggestion(session: Session, snap: dict[str, Any]) -> dict[str, Any]:
    """The snapshot, without its suggestion if an engine pass removed that one (logs written
    before the store kept logged suggestions): the span itself is what the researcher decided."""
    sid = snap.get("suggestion_id")
    if sid is None or session.get(s.Suggestion, sid) is not None:
        return snap
    return {**snap, "suggestion_id": None}


def _put_relation(session: Session, rid: int, want: dict[str, Any] | None) -> Any:
    row = session.get(s.Relation, rid)
    old = snap_rel(row)
    if want is None and row is not None:
        session.delete(row)
    elif want is not None and row is None:
        session.add(s.Relation(**want))
    elif want is not None and row is not None:
        for key in ("status", "score", "attrs"):  # a confirmation or a new post, undone
            if key in want:
                setattr(row, key, want[key])
    session.flush()
    return old
