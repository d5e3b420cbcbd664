"""Background work shown in the status bar: the suggestion run (progress, cancel) and Kiwi.

Suggestions run on a worker thread (a process pool for large projects, see models.suggest);
while they arrive, the open document is refreshed at most once a second, and the document list
when the run ends. Kiwi warms up in its own thread; its state is polled for the status bar.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from desktop.annotate.doc_list import DocList
from desktop.annotate.editor import Editor
from desktop.i18n import N_, tr
from desktop.tasks.worker import TaskWorker, describe
from models.progress import Cancel, Progress
from models.store.project import ProjectStore

if TYPE_CHECKING:
    from models.pool import WorkerPool

class Eta:
    """Time left from the documents done since the first ones came back (Kiwi's start-up and
    the first batch do not count: they would make the estimate far too long at first)."""

    def __init__(self) -> None:
        self.first: tuple[float, int] | None = None

    def update(self, done: int, total: int, now: float | None = None) -> float | None:
        now = time.monotonic() if now is None else now
        if done <= 0:
            return None
        if self.first is None:
            self.first = (now, done)
            return None
        t0, d0 = self.first
        if done <= d0 or now - t0 < 1.0:
            return None
        rate = (done - d0) / (now - t0)
        return max(0.0, (total - done) / rate)


def duration_text(seconds: float) -> str:
    """"1시간 5분", "3분 20초", "40초" (rounded up; to 10 s above a minute)."""
    s = int(seconds + 0.999)
    if s >= 3600:
        return tr("{0} h {1} min").format(s // 3600, (s % 3600 + 59) // 60)
    if s >= 60:
        s = -(-s // 10) * 10
        return tr("{0} min {1} s").format(s // 60, s % 60) if s % 60 else tr(
            "{0} min").format(s // 60)
    return tr("{0} s").format(max(1, s))


class StepProgress(QObject):
    """A big decision step on the undo controller's worker (a table's accept-all, its undo):
    what runs and how far it got, in the status bar; the window waits with a busy cursor."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(150)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        for w in (self.label, self.bar):
            bar.addPermanentWidget(w)
            w.hide()

    def busy(self, what: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        if what:
            self.label.setText(what + "…")
            self.bar.setRange(0, 0)  # busy until the first progress
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()
        for w in (self.label, self.bar):
            w.setVisible(bool(what))

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


KIWI_STATES = {"not loaded": N_("not loaded"), "loading": N_("loading…"), "ready": N_("ready"),
               "failed": N_("failed")}


class BackgroundWork(QObject):
    finished = Signal()  # a suggestion run ended (or there was nothing to do)
    message = Signal(str, int)  # text, timeout in ms

    def __init__(self, bar: QStatusBar, editor: Editor, doc_list: DocList,
                 run_action: QAction, cancel_action: QAction) -> None:
        super().__init__(bar)
        self.editor = editor
        self.doc_list = doc_list
        self.run_action = run_action
        self.cancel_action = cancel_action
        self.store: ProjectStore | None = None
        self.worker: TaskWorker | None = None
        # Worker processes for bulk runs, started at the first one and kept for the session
        # (each holds a Kiwi): the rules never take this interpreter's lock from the window.
        self.pool: WorkerPool | None = None
        self.eta = Eta()
        self.model_problem: str | None = None  # why the last run did not use the model
        self._last_refresh = 0.0
        self.run_label = QLabel()
        self.run_bar = QProgressBar()
        self.run_bar.setMaximumWidth(150)
        self.run_bar.setMaximumHeight(14)
        self.run_bar.setTextVisible(False)
        self.run_cancel = QToolButton()
        self.run_cancel.setText(tr("Cancel"))
        self.run_cancel.setAutoRaise(True)
        self.run_cancel.clicked.connect(self.cancel)
        self.kiwi_label = QLabel()
        for w in (self.run_label, self.run_bar, self.run_cancel):
            bar.addPermanentWidget(w)
            w.hide()
        bar.addPermanentWidget(self.kiwi_label)
        cancel_action.setEnabled(False)
        self._kiwi_timer = QTimer(self)
        self._kiwi_timer.setInterval(400)
        self._kiwi_timer.timeout.connect(self.poll_kiwi)

    # -- suggestions -------------------------------------------------------------------------------

    def start(self, quiet: bool = False, *, stale: bool = True,
              documents: list[int] | None = None) -> None:
        """Suggest the documents due: never analysed, analysed by another model and, with
        ``stale``, analysed before the project learned what it knows now (F5; the run at
        start-up leaves those to be re-suggested when opened, which is cheap).
        ``documents``: those, found due by the caller on a worker thread (what the project
        learned spreading to the documents not open, see ModelTools.spread)."""
        if self.store is None or self.worker is not None:
            return
        from models.learn.predict import engine_name

        # The name carries the project's model version and learning generation: a newly
        # trained model, or a decision that taught something, makes documents due again.
        # Without ``stale`` the name's learned part is not needed: no memory is read here.
        pending = documents if documents is not None else self.store.unanalysed(
            engine_name(self.store, learned=stale), any_generation=not stale)
        if not pending:
            if not quiet:
                self.message.emit(tr("Every document already has suggestions"), 6000)
            self.finished.emit()
            return
        store = self.store
        pool = self._pool_for(len(pending))
        self.model_problem = None

        def job(progress: Progress, cancel: Cancel) -> int:
            from models.learn.predict import analyzer_for
            from models.suggest import run_suggestions  # loads on the worker thread

            # A damaged model (from a colleague's file) is refused in one line; the rules run.
            analyzer = analyzer_for(store)
            self.model_problem = analyzer.model_problem  # read once the thread has ended
            return run_suggestions(store, pending, pool=pool, progress=progress, cancel=cancel,
                                   analyzer=analyzer)

        worker = TaskWorker(job, "suggest")
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.run_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        self.run_label.setText(tr("Suggesting…"))
        self.run_bar.setRange(0, len(pending))
        self.run_bar.setValue(0)
        self.eta = Eta()
        for w in (self.run_label, self.run_bar, self.run_cancel):
            w.show()
        worker.start()

    def _pool_for(self, documents: int) -> WorkerPool | None:
        """The session's worker processes for a bulk run (None for a few documents)."""
        from models.bulk import cores
        from models.pool import WorkerPool
        from models.suggest import BULK_THRESHOLD

        if documents < BULK_THRESHOLD:
            return None
        if self.pool is not None and not self.pool.alive():
            self.pool.close(wait=False)
            self.pool = None
        if self.pool is None:
            # Started here, on the GUI thread, which lives as long as the app: Linux ends a
            # worker when the thread that started it ends (models.pool).
            self.pool = WorkerPool(1, cores(), nice=5)
        return self.pool

    def close_pool(self) -> None:
        """End the worker processes (the window is closing)."""
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    def _progress(self, done: int, total: int) -> None:
        self.run_bar.setRange(0, max(total, 1))
        self.run_bar.setValue(done)
        left = self.eta.update(done, total)
        if left is None:
            self.run_label.setText(tr("Suggesting {0}/{1}").format(done, total))
        else:
            self.run_label.setText(tr("Suggesting {0}/{1} · about {2} left").format(
                done, total, duration_text(left)))
        now = time.monotonic()
        if now - self._last_refresh > 1.0:
            self._last_refresh = now
            self.editor.refresh_if_changed()

    def _succeeded(self, done: int) -> None:
        self._finished(done, "")

    def _failed(self, exc: Exception) -> None:  # the engine failing must not take the window down
        self._finished(self.worker.done if self.worker is not None else 0, describe(exc))

    def _finished(self, done: int, error: str) -> None:
        worker = self.worker
        if worker is not None:
            worker.wait()
        self.worker = None
        for w in (self.run_label, self.run_bar, self.run_cancel):
            w.hide()
        self.run_action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        if error:
            self.message.emit(tr("Suggestion run failed: {0}").format(error), 15000)
        elif worker is not None and worker.cancelled:
            self.message.emit(tr("Suggestion run stopped after {0} documents").format(done), 6000)
        elif self.model_problem:
            from models.messages import localize

            self.message.emit(tr("Suggestions ready for {0} documents, from the rules only: "
                                 "{1}").format(done, localize(self.model_problem)), 15000)
        else:
            self.message.emit(tr("Suggestions ready for {0} documents").format(done), 6000)
        if self.store is not None:
            self.editor.refresh_if_changed()
            self.doc_list.reload()
        self.finished.emit()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.run_label.setText(tr("Stopping…"))

    def stop(self) -> None:
        """Cancel and wait (closing a project or the window): nothing half-written remains."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
            self._finished(0, "")

    # -- Kiwi ----------------------------------------------------------------------------------------

    def start_kiwi(self) -> None:
        from models.nlp import kiwi_runtime

        kiwi_runtime.start_warmup()
        self._kiwi_timer.start()
        self.poll_kiwi()

    def poll_kiwi(self) -> None:
        from models.nlp import kiwi_runtime

        state = kiwi_runtime.state()
        self.kiwi_label.setText(tr("Kiwi: {0}").format(tr(KIWI_STATES.get(state, state))))
        if state == "failed":
            self.kiwi_label.setToolTip(kiwi_runtime.last_error() or "")
        else:
            self.kiwi_label.setToolTip(tr("The Korean morphological analyser used for people, "
                                          "organisations and places"))
        if state in ("ready", "failed"):
            self._kiwi_timer.stop()
