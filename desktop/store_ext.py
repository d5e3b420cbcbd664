"""Small additions to ``ProjectStore`` that the undo stack needs (candidates for the core).

``ProjectStore.undo()``/``redo()`` pick their target themselves; the Qt undo stack must undo
exactly the group it shows, and must rebuild itself after a restart without offering to redo a
group that a later action made stale. Both need the decision log, read here through the store's
own session and its private replay helper.
"""

from __future__ import annotations

from sqlalchemy import func, select

from models.store import project as _project
from models.store import schema as s
from models.store.commands import CommandError
from models.store.project import ProjectStore
from models.store.views import Change, HistoryEntry


def replay_group(store: ProjectStore, group_id: int, *, undo: bool) -> Change:
    """Undo (or redo) one decision group, refusing if it is not in the expected state."""
    # The store's decision transaction turns clashes with other writers into CommandError.
    transaction = getattr(store, "_decision", store.session)
    with transaction() as session:
        hist = _project._history(session, store.annotator, None)
        entry = next((h for h in hist if h.group_id == group_id), None)
        if entry is None:
            raise CommandError(f"decision group {group_id} is not in the log")
        if entry.done != undo:
            raise CommandError("this step was already " + ("undone" if undo else "redone"))
        return _project._replay(session, store.annotator, entry, undo=undo)


def restorable_history(store: ProjectStore, limit: int = 500) -> tuple[list[HistoryEntry],
                                                                      list[HistoryEntry]]:
    """(done groups, redoable groups), oldest first, as an undo stack should show them.

    An undone group stays redoable only if no new action came after its undo (as in any
    editor: a new action clears the redo list).
    """
    with store.session() as session:
        hist = _project._history(session, store.annotator, None)
        last_undo = dict(session.execute(
            select(s.Decision.reverts, func.max(s.Decision.id))
            .where(s.Decision.annotator == store.annotator, s.Decision.action == "undo")
            .group_by(s.Decision.reverts)).all())
    newest_group = max((h.group_id for h in hist), default=0)
    done = [h for h in hist if h.done]
    # A group created after an undone group was undone kills its redo: since every new group
    # has a higher id than any earlier decision, only the newest group needs checking.
    redo = [h for h in hist if not h.done
            and newest_group <= max(h.group_id, last_undo.get(h.group_id, 0))]
    return done[-limit:], redo


def latest_engine(store: ProjectStore, doc_id: int) -> str | None:
    """The engine of the document's newest suggestion run, None if it was never analysed."""
    with store.session() as session:
        return session.scalar(select(s.Run.engine).where(s.Run.document_id == doc_id)
                              .order_by(s.Run.id.desc()).limit(1))


def first_document_id(store: ProjectStore) -> int | None:
    """The first document in import order, without listing them all (100k rows take 1–2 s)."""
    with store.session() as session:
        return session.scalar(select(func.min(s.Document.id)))


def document_exists(store: ProjectStore, doc_id: int) -> bool:
    with store.session() as session:
        return session.get(s.Document, doc_id) is not None
