"""The Model menu and the model's place in the status bar: training, versions, uncertainty order.

* Train now (and automatic training once enough decisions were made since the last model) runs
  ``models.learn.train.train`` on a worker thread with ``isolate=True``: the CRF optimiser runs
  in a child process, so the window never stalls, and Cancel ends that process.
* A new model changes the engine name, so the background suggestion run re-analyses every
  document afterwards.
* After decisions in the open document, that document's suggestions are refreshed once the user
  pauses (learned names and rejections apply at once), keeping the selection in place.
* A document opened after the project learned something since its suggestions were made (a
  decision elsewhere, a new model: its last run has another name, see
  ``models.learn.predict.engine_name``) is re-suggested in the background, only its open
  suggestions; its counts in the document list follow.
* Once a refresh has re-suggested a document with what the project learned, the other stale
  documents (up to :data:`SPREAD_LIMIT`) are re-suggested in the background too, so that the
  list's counts of documents not opened yet follow by themselves; a larger project leaves them
  to opening and F5 (and says so once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QStatusBar, QWidget

from desktop.i18n import tr
from desktop.learning.model_status import status_text, status_tip
from desktop.tasks.worker import TaskWorker, describe
from models.learn.modelstore import RETRAIN_AFTER, ModelStatus, model_status
from models.store.project import ProjectStore
from models.store.views import Change

if TYPE_CHECKING:
    from desktop.annotate.editor import Editor
    from desktop.annotate.undo import UndoController
    from desktop.config import Preferences
    from models.learn.modelstore import ModelInfo
    from models.progress import Cancel, Progress

REFRESH_DELAY_MS = 1500  # the pause after a decision before the open document is re-suggested
# Stale documents re-suggested by themselves after the project learned something: one costs
# 50–75 ms in the background (bench_stale_open), so 200 are 10–15 s of one core. More are left
# to opening (cheap, one at a time) and F5: every teaching decision would start a long run.
SPREAD_LIMIT = 200


class ModelHost(Protocol):
    """What the Model menu uses of the main window, which passes itself: a renamed attribute of
    the window is then a type error at that call, not a menu that breaks when clicked."""

    @property
    def store(self) -> ProjectStore | None: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def background(self) -> bool: ...  # suggestions run in the background (not in some tests)
    @property
    def undo(self) -> UndoController | None: ...
    @property
    def editor(self) -> Editor: ...
    @property
    def suggest_worker(self) -> object | None: ...  # the running suggestion pass, if any
    @property
    def suggestions_finished(self) -> SignalInstance: ...
    @property
    def actions_by_name(self) -> dict[str, QAction]: ...
    @property
    def project_opened(self) -> SignalInstance: ...
    @property
    def prefs(self) -> Preferences: ...  # the two switches of the Model menu are kept there
    def show_message(self, text: str, timeout: int = 6000) -> None: ...
    def start_suggestions(self, quiet: bool = False, *,
                          documents: list[int] | None = None) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802
    def window(self) -> QWidget: ...  # the main window as a parent for dialogs


class ModelTools(QObject):
    """Owns the Model menu's behaviour; the window creates it before its actions."""

    message = Signal(str, int)
    trained = Signal(object)  # ModelInfo: a training finished and stored a new version
    status_changed = Signal()
    refreshed = Signal(object, int)  # doc id, documents re-suggested (0: it was up to date)

    def __init__(self, host: ModelHost) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        self.window = window
        self.worker: TaskWorker | None = None  # training
        self.automatic = False  # the running training was started by the decision count
        self.refresher: TaskWorker | None = None  # re-suggesting the open document
        self.warmer: TaskWorker | None = None  # reading what the project learned, once opened
        self._refresh_id: int | None = None
        self.status: ModelStatus | None = None
        # Spans imported as gold since the model: counted again only after an import, a
        # training, another model or a change that touched one of them (a deletion, an undo;
        # a decision imports nothing; see model_status).
        self._imported: int | None = None
        self.retrain_after = RETRAIN_AFTER  # decisions that make the model due (tests lower it)
        self.auto_train = True
        self.refresh_after_decisions = host.background
        self.refresh_on_open = host.background  # re-suggest a stale document when it is opened
        self.refresh_delay_ms = REFRESH_DELAY_MS
        # after a refresh with what the project learned, the other stale documents follow
        self.spread_learning = host.background
        self.spread_limit = SPREAD_LIMIT
        self._said_too_many = False  # "F5 re-suggests them" is said once per project
        self._spread_docs: frozenset[int] = frozenset()  # those of the spreading run, if on
        self._failed_at = -1  # decisions_since when automatic training last found too little
        self._rerun_suggestions = False
        # Documents waiting for a refresh: id → True after a decision there (always re-run),
        # False when only opened (re-run if stale). One refresh runs at a time.
        self._pending: dict[int, bool] = {}
        self.progress_dialog: QProgressDialog | None = None
        self.label = QLabel()
        self.label.setObjectName("modelStatus")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._refresh_now)
        self._progress = (0, 0)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"train_model": self.train_now, "model_versions": self.show_versions}

    def install(self) -> None:
        """After the window built its actions, menus and status bar."""
        w = self.host
        acts = w.actions_by_name
        # The two switches are preferences: they survive a restart (settings.json).
        prefs = w.prefs
        self.auto_train = prefs.auto_train
        self.set_uncertainty_first(prefs.uncertainty_first)
        for name, value, slot in (("uncertainty_order", prefs.uncertainty_first,
                                   self.set_uncertainty_first),
                                  ("auto_train", self.auto_train, self.set_auto_train)):
            act = acts[name]
            act.setCheckable(True)
            act.setChecked(value)
            act.toggled.connect(slot)
            act.toggled.connect(lambda on, name=name: self._remember(name, on))
        w.statusBar().addPermanentWidget(self.label)
        self.message.connect(w.show_message)
        w.project_opened.connect(self._project_opened)
        w.editor.document_loaded.connect(self._document_opened)
        w.suggestions_finished.connect(self._suggestions_finished)
        self.update_status()

    # -- state ---------------------------------------------------------------------------------

    @property
    def store(self) -> ProjectStore | None:
        return self.host.store

    @property
    def training(self) -> bool:
        return self.worker is not None

    def _remember(self, name: str, on: bool) -> None:
        prefs = self.host.prefs
        if name == "auto_train":
            prefs.auto_train = on
        else:
            prefs.uncertainty_first = on
        try:
            prefs.save()
        except OSError as exc:  # a read-only config folder: the switch still works this run
            self.message.emit(tr("Could not save the setting: {0}").format(exc), 6000)

    def set_uncertainty_first(self, on: bool) -> None:
        self.host.editor.uncertainty_first = on

    def set_auto_train(self, on: bool) -> None:
        self.auto_train = on
        self.update_status()
        if on:
            self._maybe_auto_train()

    def update_status(self, touched: frozenset[int] = frozenset()) -> None:
        """``touched``: the annotations a change touched (an imported span deleted or brought
        back by an undo makes the imported count be read again; see model_status)."""
        store = self.store
        if self.training:
            done, total = self._progress
            pct = int(100 * done / total) if total else 0
            self.label.setText(tr("Training {0}%").format(pct))
            return
        try:
            self.status = None if store is None else model_status(
                store, self.retrain_after, self._imported, touched)
            self._imported = None if self.status is None else self.status.imported_since
        except Exception as exc:  # e.g. the project file went away: say so, keep going
            self.status = None
            from models.messages import localize

            self.label.setText(tr("Model: unavailable"))
            self.label.setToolTip(localize(str(exc)))
            return
        self.label.setText(status_text(self.status, self.auto_train))
        self.label.setToolTip(status_tip(self.status))
        self.status_changed.emit()

    def imported(self) -> None:
        """Documents came in: spans imported as gold count toward the next training."""
        if self.store is None:
            return
        self._imported = None
        self.update_status()
        self._maybe_auto_train()

    def _project_opened(self) -> None:
        self._failed_at = -1
        self._said_too_many = False
        self._pending.clear()
        self._imported = None
        if self.refresh_on_open and self.store is not None and self.warmer is None:
            # The learning generation of a large project takes a second or two to read the
            # first time (its memory); read here, F5 later only counts (engine_name).
            store = self.store

            def warm(_progress: Progress, _cancel: Cancel) -> str:
                from models.learn.predict import engine_name

                return engine_name(store)

            self.warmer = TaskWorker(warm, "learning")
            self.warmer.finished.connect(self._warmed)
            self.warmer.start()
        undo = self.host.undo
        if undo is not None:
            undo.changed.connect(self._decided)
        self.update_status()

    def _decided(self, change: Change) -> None:
        if self.store is None:
            return
        self.update_status(change.annotation_ids)
        view = self.host.editor.view
        if (self.refresh_after_decisions and not self.host.read_only and view is not None
                and view.id in change.document_ids):
            self._pending[view.id] = True
            self._refresh_timer.start(self.refresh_delay_ms)
        self._maybe_auto_train()

    def _warmed(self) -> None:
        if self.warmer is not None:
            self.warmer.wait()
            self.warmer.deleteLater()
        self.warmer = None

    def _document_opened(self, view: object) -> None:
        """Re-suggest the opened document if the project learned something since its last
        pass. Documents never analysed are the suggestion run's (their rule preview stays)."""
        from desktop.annotate.editor import RULES_ENGINE

        store = self.store
        doc_id = getattr(view, "id", None)
        if (doc_id is None or store is None or not self.refresh_on_open
                or self.host.read_only or doc_id in self._pending):
            return
        latest = store.latest_engine(doc_id)  # one indexed query
        if latest is None or latest == RULES_ENGINE:
            return
        self._pending[doc_id] = False
        if not self._refresh_timer.isActive():
            self._refresh_timer.start(0)

    # -- training ------------------------------------------------------------------------------

    def _maybe_auto_train(self) -> None:
        st = self.status
        if (not self.auto_train or self.training or st is None or not st.should_retrain
                or self.host.read_only or st.teaching_since < self._failed_at + 1):
            return
        self.start_training(automatic=True)

    def train_now(self) -> None:
        if self.store is None:
            return
        if self.training:
            self.message.emit(tr("A training is already running"), 6000)
            return
        if self.host.read_only:
            self.message.emit(tr("This project is open read-only: it cannot store a model"), 8000)
            return
        self.start_training(automatic=False)

    def start_training(self, automatic: bool) -> None:
        if self.store is None or self.training:
            return
        store = self.store

        def job(progress: Progress, cancel: Cancel) -> ModelInfo:
            from models.learn.train import train  # loads on the worker thread

            # isolate=True: the CRF optimiser runs in a child process, which Cancel ends.
            return train(store, progress, cancel, isolate=True)

        worker = TaskWorker(job, "train")
        worker.progress.connect(self._train_progress)
        worker.succeeded.connect(self._trained)
        worker.failed.connect(self._train_failed)
        self.worker = worker
        self.automatic = automatic
        self._progress = (0, 0)
        self.host.actions_by_name["train_model"].setEnabled(False)
        if not automatic:
            dialog = QProgressDialog(tr("Training the suggestion model…"), tr("Cancel"), 0, 0,
                                     self.window)
            dialog.setObjectName("trainProgress")
            dialog.setWindowTitle(tr("Train now"))
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(self.cancel_training)
            # Not modal, and not taking the keyboard: the researcher goes on annotating (N, A,
            # 1–7 …) while the model trains; the dialog's Cancel is a click away.
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            dialog.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            dialog.show()
            self.window.activateWindow()  # where the platform activated the dialog anyway
            self.progress_dialog = dialog
        else:
            self.message.emit(tr("Retraining the model in the background…"), 6000)
        self.update_status()
        worker.start()

    def cancel_training(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.label.setText(tr("Stopping…"))

    def _train_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if self.progress_dialog is not None:
            self.progress_dialog.setRange(0, max(total, 1))
            self.progress_dialog.setValue(min(done, total))
        self.update_status()

    def _stale(self) -> bool:
        """A signal queued by a training that ``stop`` already ended (its project closed): it must
        not reach the window, least of all as a dialog."""
        sender = self.sender()
        return sender is not None and sender is not self.worker

    def _trained(self, info: ModelInfo) -> None:
        if self._stale():
            return
        self._train_finished(info, "", "")

    def _train_failed(self, exc: Exception) -> None:
        from models.learn.train import Cancelled, TrainingError

        if self._stale():
            return
        if isinstance(exc, Cancelled):
            self._train_finished(None, "cancelled", "")
        elif isinstance(exc, TrainingError):
            self._train_finished(None, "data", str(exc))
        else:  # training failing must not take the window down
            self._train_finished(None, "error", describe(exc))

    def _train_finished(self, info: ModelInfo | None, kind: str, text: str) -> None:
        worker = self.worker
        if worker is not None:
            worker.wait()
        self.worker = None
        automatic = self.automatic if worker is not None else False
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.host.actions_by_name["train_model"].setEnabled(True)
        self._imported = None
        self.update_status()
        if info is not None:
            f1 = tr(", F1 {0}").format(f"{info.f1:.2f}") if info.f1 is not None else ""
            self.message.emit(tr("Model v{0} trained on {1} sentences{2}: suggestions are being "
                                 "refreshed").format(info.version, info.n_sentences, f1), 10000)
            self._failed_at = -1
            self.trained.emit(info)
            self.rerun_suggestions()
        elif kind == "cancelled":
            self.message.emit(tr("Training cancelled"), 6000)
        elif kind == "data" and automatic:
            # Try again only after as many new decisions again.
            self._failed_at = self.status.teaching_since if self.status else 0
            self._failed_at += self.retrain_after - 1
            self.message.emit(tr("Not enough to train on yet: {0}").format(text), 8000)
        elif kind == "data":
            QMessageBox.information(self.window, tr("Train now"),
                                    tr("Not enough to train on yet: {0}").format(text))
        else:
            self.message.emit(tr("Training failed: {0}").format(text), 15000)

    def spread(self, stale: list[int]) -> None:
        """Re-suggest the ``stale`` documents in the background (their list counts follow when
        the run ends), if there are few; else say once that F5 does it."""
        if (not self.spread_learning or self.host.read_only or self.store is None
                or self.host.suggest_worker is not None or self.training):
            return  # a run or a training is on: the run after it covers them
        if len(stale) > self.spread_limit:
            if not self._said_too_many:
                self._said_too_many = True
                self.message.emit(tr("{0} documents were suggested before what the project "
                                     "learned since: they are re-suggested when opened, or "
                                     "all with F5").format(len(stale)), 10000)
            return
        self.host.start_suggestions(quiet=True, documents=stale)
        if self.host.suggest_worker is not None:
            self._spread_docs = frozenset(stale)

    def rerun_suggestions(self) -> None:
        """A new (or another) model: every document is due for new suggestions."""
        if not self.host.background or self.host.read_only:
            return
        if self.host.suggest_worker is not None:
            self._rerun_suggestions = True  # after the current run (it used the old model)
            return
        self.host.start_suggestions(quiet=True)

    def _suggestions_finished(self) -> None:
        self._spread_docs = frozenset()
        if self._rerun_suggestions:
            self._rerun_suggestions = False
            QTimer.singleShot(0, self.rerun_suggestions)

    # -- refreshing the open document after decisions ----------------------------------------

    def _refresh_now(self) -> None:
        store = self.store
        if not self._pending or store is None:
            return
        view = self.host.editor.view
        # The open document first: it is the one the researcher looks at.
        doc_id = view.id if view is not None and view.id in self._pending else next(
            iter(self._pending))
        # Busy: try again after a pause. A run spreading what was learned to other documents
        # does not hold up the open one's refresh (the next decision's) unless it is among them.
        run = self.host.suggest_worker is not None and (not self._spread_docs
                                                        or doc_id in self._spread_docs)
        if self.refresher is not None or run:
            self._refresh_timer.start(self.refresh_delay_ms)
            return
        always = self._pending.pop(doc_id)

        spread = self.spread_learning

        def job(_progress: Progress, _cancel: Cancel) -> tuple[int, list[int] | None]:
            from models.learn.predict import analyzer_for, engine_name
            from models.suggest import run_suggestions

            # Made with what the project knows now: nothing to do (engine_name is a few
            # counting queries when this process has read the memory as it is).
            if not always and store.latest_engine(doc_id) == engine_name(store):
                return 0, None
            analyzer = analyzer_for(store)
            if not always and store.latest_engine(doc_id) == analyzer.name:
                return 0, None
            done = run_suggestions(store, [doc_id], force=True, workers=1, analyzer=analyzer)
            # The other documents this analyzer has not made (stale since what was learned),
            # found here, off the window's thread.
            return done, store.unanalysed(analyzer.name) if spread else None

        worker = TaskWorker(job, "refresh")
        worker.succeeded.connect(self._refresh_succeeded)
        worker.failed.connect(self._refresh_failed)
        self.refresher = worker
        self._refresh_id = doc_id
        worker.start()

    def _refresh_succeeded(self, result: tuple[int, list[int] | None]) -> None:
        count, stale = result
        self._refreshed(self._refresh_id, "", count)
        if stale:
            self.spread(stale)

    def _refresh_failed(self, exc: Exception) -> None:  # a convenience: report, never crash
        self._refreshed(self._refresh_id, describe(exc))

    def _refreshed(self, doc_id: int | None, error: str, count: int = 0) -> None:
        if self.refresher is not None:
            self.refresher.wait()
            self.refresher.deleteLater()
        self.refresher = None
        if self._pending:
            self._refresh_timer.start(0)
        if error:
            self.message.emit(tr("Refreshing the suggestions failed: {0}").format(error), 10000)
            return
        view = self.host.editor.view
        if view is not None and view.id == doc_id:
            self.host.editor.refresh_if_changed()  # its list row follows (counts_changed)
        elif count and doc_id is not None and self.store is not None:
            # The researcher moved on meanwhile: that document's row in the list still changes.
            for row in self.store.summaries([doc_id]):
                self.host.editor.counts_changed.emit(row.id, row.status, row.open_suggestions,
                                                     row.annotations)
        self.refreshed.emit(doc_id, count)

    # -- versions ------------------------------------------------------------------------------

    def show_versions(self) -> None:
        if self.store is None:
            return
        from desktop.learning.model_versions import VersionsDialog

        dialog = VersionsDialog(self.store, self.window, read_only=self.host.read_only)
        dialog.activated.connect(self._activated)
        dialog.open()

    def _activated(self, version: int) -> None:
        self._imported = None
        self.update_status()
        self.message.emit(tr("Model v{0} is in use: suggestions are being refreshed")
                          .format(version), 8000)
        self.rerun_suggestions()

    def stop(self) -> None:
        """Closing the project or the window: cancel and wait for the workers."""
        self._refresh_timer.stop()
        self._pending.clear()
        if self.worker is not None:
            self.worker.succeeded.disconnect(self._trained)
            self.worker.failed.disconnect(self._train_failed)
            self.worker.cancel()
            self.worker.wait()
            self._train_finished(None, "cancelled", "")
        if self.warmer is not None:
            self.warmer.finished.disconnect(self._warmed)
            self.warmer.wait()
            self.warmer = None
        if self.refresher is not None:
            self.refresher.succeeded.disconnect(self._refresh_succeeded)
            self.refresher.failed.disconnect(self._refresh_failed)
            self.refresher.wait()
            self.refresher = None
        self._rerun_suggestions = False
