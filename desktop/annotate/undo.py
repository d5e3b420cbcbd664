"""Undo and redo: a QUndoStack whose commands are decision groups in the store.

Every user action runs through :meth:`UndoController.run`, which executes the core commands at
once (one transaction, logged, no Save button) and pushes a :class:`StoreStep` naming the
decision groups that resulted. Undo and redo replay exactly those groups in the store. On open,
the stack is rebuilt from the decision log, so Ctrl+Z after a restart undoes yesterday's last
decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.tasks.worker import TaskWorker, describe
from models.progress import Cancel, Progress
from models.store.commands import Command, CommandError
from models.store.db import ProjectStorageError
from models.store.project import ProjectStore
from models.store.views import Change

# Later groups of a multi-group step carry this prefix, so that the step can be rebuilt as one
# after a restart (the decision log itself has no notion of steps spanning groups).
CONTINUED = "↳ "

Build = Callable[[Sequence[Change]], Command | Sequence[Command] | None]

# Steps of this many decisions or more run on a worker thread, the window showing progress: a
# big table's accept-all (thousands of suggestions, about 1 ms each) froze it for seconds.
BACKGROUND_AT = 200


class ReplayFailed(Exception):
    """An undo or redo of a step that stopped: ``cause`` what stopped it, ``done`` the change of
    the groups replayed before it (each group is its own transaction), if any."""

    def __init__(self, cause: Exception, done: Change | None) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.done = done


class StoreStep(QUndoCommand):
    """One undoable step: one or more decision groups, undone newest first."""

    def __init__(self, controller: UndoController, groups: Sequence[int], text: str,
                 document_id: int | None, size: int = 1) -> None:
        super().__init__(text)
        self.controller = controller
        self.groups = list(groups)
        self.document_id = document_id
        self.size = size  # decisions, about: replayed on a worker from BACKGROUND_AT on
        self._applied = True  # pushed after the store already ran it

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # QUndoStack.push calls redo(): the store already did it
            return
        if self.controller.silent:
            return
        self.controller.replay(self, undo=False)

    def undo(self) -> None:
        if self.controller.silent:
            return
        self.controller.replay(self, undo=True)


class UndoController(QObject):
    """Owns the QUndoStack for one open project."""

    changed = Signal(object)  # Change: after any execute / undo / redo
    failed = Signal(str)  # a refused command or undo: a status-bar message
    busy_changed = Signal(str)  # what runs on the worker now; "" once it is done
    progress = Signal(int, int)  # done, total of that work

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = QUndoStack(self)
        self.silent = False
        self.busy = ""  # the step running on the worker; nothing else may change the store then
        self.worker: TaskWorker | None = None
        # Undo and redo asked for while a step runs (the history view jumps several at once):
        # replayed in order once it is done.
        self._queue: list[tuple[StoreStep, bool]] = []

    # -- running actions -------------------------------------------------------------------------

    def run(self, cmds: Command | Sequence[Command], description: str,
            done: Callable[[Change], None] | None = None) -> Change | None:
        """Execute core commands as one undoable step; None (and a message) when refused.
        ``done`` hears the change just before :attr:`changed` does."""
        if self.busy:
            self.failed.emit(self.busy)
            return None
        try:
            change = self.store.execute(cmds, description)
        except CommandError as exc:
            self.failed.emit(str(exc))
            return None
        self._push(change, cmds, done)
        return change

    def _push(self, change: Change, cmds: Command | Sequence[Command],
              done: Callable[[Change], None] | None = None) -> None:
        if done is not None:
            done(change)
        doc = next(iter(change.document_ids), None)
        size = len(cmds) if isinstance(cmds, Sequence) else 1
        self.stack.push(StoreStep(self, [change.group_id], change.description, doc, size))
        self.changed.emit(change)

    def run_later(self, cmds: Sequence[Command], description: str,
                  done: Callable[[Change], None] | None = None) -> None:
        """Like :meth:`run`, on a worker when the step is big. The store is the core's, a
        session per call, so the window reads it meanwhile; it refuses other changes until the
        step is done (:attr:`busy`)."""
        if len(cmds) < BACKGROUND_AT or self.busy:
            self.run(cmds, description, done)
            return
        store = self.store
        self._start(lambda progress, _cancel: store.execute(cmds, description, progress),
                    description, lambda change: self._push(change, cmds, done))

    def _start(self, job: Callable[[Progress, Cancel], Change | None], description: str,
               finished: Callable[[Change], None],
               stopped: Callable[[BaseException], None] | None = None) -> None:
        worker = TaskWorker(job, "decision")
        self.worker, self.busy = worker, description

        def ended(result: object) -> None:
            if self.worker is not worker:
                return  # already settled by wait()
            self.worker, self.busy = None, ""
            self.busy_changed.emit("")
            if isinstance(result, BaseException):
                (stopped or self._tell)(result)
            elif isinstance(result, Change):
                finished(result)
            self._pump()

        worker.progress.connect(self.progress)
        worker.succeeded.connect(ended)
        worker.failed.connect(ended)
        self.busy_changed.emit(description)
        worker.start()

    def wait(self) -> None:
        """Let a step running on the worker end and be pushed (closing the project)."""
        while self.worker is not None:
            worker = self.worker
            worker.wait()
            # Its signals are queued for this thread: deliver them now, so the step is pushed.
            QCoreApplication.sendPostedEvents()
            if self.worker is worker:  # not delivered (no event loop yet): give up on it
                self.worker, self.busy = None, ""
                self.busy_changed.emit("")

    def run_sequence(self, steps: Sequence[tuple[Build, Callable[[Change], None] | None]],
                     description: str) -> list[Change]:
        """Several dependent executions (each needs ids from the one before) as ONE undo step.

        Each step is (build, got): ``build(changes so far)`` returns the commands (or None to
        skip) when its turn comes, ``got(change)`` sees the result. If one is refused, the ones
        already done are undone, so the step is all or nothing.
        """
        if self.busy:
            self.failed.emit(self.busy)
            return []
        changes: list[Change] = []
        for build, got in steps:
            try:
                cmds = build(changes)
                if cmds is None:
                    continue
                text = description if not changes else CONTINUED + description
                change = self.store.execute(cmds, text)
            except CommandError as exc:
                for done in reversed(changes):
                    self.store.undo(done.group_id)
                self.failed.emit(str(exc))
                if changes:
                    self.changed.emit(_merge(changes, undone=True))
                return []
            changes.append(change)
            if got is not None:
                got(change)
        if changes:
            doc = next(iter(changes[0].document_ids), None)
            self.stack.push(StoreStep(self, [c.group_id for c in changes], description, doc))
            self.changed.emit(_merge(changes))
        return changes

    # -- undo / redo -----------------------------------------------------------------------------

    def replay(self, step: StoreStep, *, undo: bool) -> None:
        self._queue.append((step, undo))
        self._pump()

    def _pump(self) -> None:
        while self._queue and not self.busy:
            step, undo = self._queue.pop(0)
            if step.size >= BACKGROUND_AT:
                self._start(_replayer(self, step, undo), step.text(), self.changed.emit,
                            partial(self._stopped, step, later=False))
                return
            try:
                change = self._replay(step, undo)
            except ReplayFailed as exc:
                # Called from inside QUndoStack.undo()/redo(): the stack must not be rebuilt
                # under the command it is running.
                self._stopped(step, exc, later=True)
                continue
            if change is not None:
                self.changed.emit(change)

    def _tell(self, exc: BaseException) -> None:
        if isinstance(exc, CommandError | ProjectStorageError):
            self.failed.emit(str(exc))
        else:
            self.failed.emit(describe(exc))

    def _stopped(self, step: StoreStep, exc: BaseException, *, later: bool) -> None:
        """An undo or redo that stopped. The stack has already moved past the step; the store
        has not (or only by the groups replayed before the failure)."""
        cause = exc.cause if isinstance(exc, ReplayFailed) else exc
        if isinstance(exc, ReplayFailed) and exc.done is not None:
            self.changed.emit(exc.done)
        self._tell(cause)
        if isinstance(cause, CommandError):
            # The log and the stack disagree (another window or annotator tool changed it):
            # drop the step rather than replaying something else.
            step.setObsolete(True)
            return
        # Anything else (a full disk, a read-only file): the step may work later, so the stack
        # is put back where the log says it is, and what was queued after it is dropped.
        self._queue.clear()
        if later:
            QTimer.singleShot(0, self, self.restore)  # (dropped if the project closes first)
        else:
            self.restore()

    def _replay(self, step: StoreStep, undo: bool) -> Change | None:
        """Undo or redo the step's groups in the store (on the worker for a big step); a group
        that fails raises ReplayFailed, after replaying nothing more."""
        groups = list(reversed(step.groups)) if undo else step.groups
        changes: list[Change] = []
        for gid in groups:
            try:
                change = self.store.undo(gid) if undo else self.store.redo(gid)
            except Exception as exc:
                raise ReplayFailed(exc, _merge(changes, undone=undo) if changes else None
                                   ) from exc
            if change is not None:
                changes.append(change)
        return _merge(changes, undone=undo) if changes else None

    def restore(self) -> int:
        """Rebuild the stack from the decision log; returns how many steps can be undone."""
        done, redo = self.store.undo_stack()
        redo = redo[::-1]  # the store lists the next redo last; the stack wants it first
        self.silent = True
        try:
            self.stack.clear()
            n_done = 0
            for i, (entry, is_done) in enumerate([(e, True) for e in done]
                                                 + [(e, False) for e in redo]):
                last = self.stack.command(self.stack.count() - 1) if self.stack.count() else None
                if (entry.description.startswith(CONTINUED) and isinstance(last, StoreStep)
                        and i > 0):
                    last.groups.append(entry.group_id)  # part of the step before
                    continue
                self.stack.push(StoreStep(self, [entry.group_id], entry.description,
                                          entry.document_id, entry.size))
                n_done += is_done
            self.stack.setIndex(n_done)
            self.stack.setClean()
        finally:
            self.silent = False
        return n_done


def _replayer(controller: UndoController, step: StoreStep, undo: bool
              ) -> Callable[[Progress, Cancel], Change | None]:
    return lambda _progress, _cancel: controller._replay(step, undo)


def _merge(changes: Sequence[Change], *, undone: bool = False) -> Change:
    docs: set[int] = set()
    anns: set[int] = set()
    for c in changes:
        docs |= c.document_ids
        anns |= c.annotation_ids
    last = changes[-1]
    return Change(last.group_id, changes[0].description.removeprefix(CONTINUED),
                  frozenset(docs), frozenset(anns), undone=undone or last.undone)
