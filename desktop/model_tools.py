"""The Model menu and the model's place in the status bar: training, versions, uncertainty order.

* Train now (and automatic training once enough decisions were made since the last model) runs
  ``models.learn.train.train`` on a worker thread with ``isolate=True``: the CRF optimiser runs
  in a child process, so the window never stalls, and Cancel ends that process.
* A new model changes the engine name, so the background suggestion run re-analyses every
  document afterwards.
* After decisions in the open document, that document's suggestions are refreshed once the user
  pauses (learned names and rejections apply at once), keeping the selection in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

from desktop.i18n import tr
from models.learn.modelstore import RETRAIN_AFTER, ModelStatus, model_status
from models.store.project import ProjectStore
from models.store.views import Change

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from models.learn.modelstore import ModelInfo

REFRESH_DELAY_MS = 1500  # the pause after a decision before the open document is re-suggested


class TrainWorker(QThread):
    """``models.learn.train.train(store, isolate=True)``; reports progress and the result."""

    progress = Signal(int, int)  # done, total
    finished_train = Signal(object, str, str)  # ModelInfo | None, error kind, message

    def __init__(self, store: ProjectStore, automatic: bool) -> None:
        super().__init__()
        self.store = store
        self.automatic = automatic
        self._cancel = False
        self.setObjectName("train-worker")

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from models.learn.train import Cancelled, TrainingError, train

        try:
            info = train(self.store, self.progress.emit, lambda: self._cancel, isolate=True)
        except Cancelled:
            self.finished_train.emit(None, "cancelled", "")
        except TrainingError as exc:
            self.finished_train.emit(None, "data", str(exc))
        except Exception as exc:  # training failing must not take the window down
            self.finished_train.emit(None, "error", f"{type(exc).__name__}: {exc}")
        else:
            self.finished_train.emit(info, "", "")


class RefreshWorker(QThread):
    """Re-suggests one document with the project's current model and memory."""

    finished_refresh = Signal(int, str)  # document id, error ("" when fine)

    def __init__(self, store: ProjectStore, doc_id: int) -> None:
        super().__init__()
        self.store = store
        self.doc_id = doc_id
        self.setObjectName("refresh-worker")

    def run(self) -> None:
        from models.suggest import run_suggestions

        try:
            run_suggestions(self.store, [self.doc_id], force=True, workers=1)
        except Exception as exc:  # a refresh is a convenience: report, never crash
            self.finished_refresh.emit(self.doc_id, f"{type(exc).__name__}: {exc}")
            return
        self.finished_refresh.emit(self.doc_id, "")


def status_text(status: ModelStatus | None, auto: bool) -> str:
    """"Model v3 · F1 0.77 · training in 12 decisions", "No model · rules only"."""
    if status is None:
        return ""
    model = status.model
    if model is None:
        return tr("No model · rules only")
    head = tr("Model v{0}").format(model.version)
    if model.f1 is not None:
        head += " · " + tr("F1 {0}").format(f"{model.f1:.2f}")
    if model.bypassed:
        head += " · " + tr("rules used instead")
    if model.outdated:
        return head + " · " + tr("outdated: retrain")
    left = status.retrain_after - status.decisions_since
    if left > 0:
        return head + " · " + tr("training in {0} decisions").format(left)
    return head + " · " + (tr("training soon") if auto else tr("retraining due"))


def status_tip(status: ModelStatus | None) -> str:
    if status is None:
        return ""
    lines = [tr("Decisions since the last training: {0}").format(status.decisions_since)]
    model = status.model
    if model is None:
        lines.insert(0, tr("No trained model yet: suggestions come from the rules, the "
                           "gazetteers and what your decisions taught."))
        return "\n".join(lines)
    lines.insert(0, tr("Model v{0}, trained {1} on {2} sentences ({3} spans); labels: {4}")
                 .format(model.version, model.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                         model.n_sentences, model.n_spans, ", ".join(model.labels)))
    ev = status.last_evaluation
    if ev:
        lines.append(tr("Held-out evaluation ({0} documents): F1 {1} with the model, {2} with "
                        "the rules alone").format(ev.get("documents", "?"),
                                                  _f1(ev.get("model")), _f1(ev.get("rules"))))
    else:
        lines.append(tr("Not evaluated: too few documents to hold some out"))
    if model.bypassed:
        lines.append(tr("The rules alone scored better than with the model on the held-out "
                        "documents, so suggestions come from the rules until a retraining "
                        "does better."))
    return "\n".join(lines)


def _f1(scores: object) -> str:
    value = scores.get("f1") if isinstance(scores, dict) else None
    return "—" if value is None else f"{float(value):.2f}"


class ModelTools(QObject):
    """Owns the Model menu's behaviour; the window creates it before its actions."""

    message = Signal(str, int)
    trained = Signal(object)  # ModelInfo: a training finished and stored a new version
    status_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker: TrainWorker | None = None
        self.refresher: RefreshWorker | None = None
        self.status: ModelStatus | None = None
        self.retrain_after = RETRAIN_AFTER  # decisions that make the model due (tests lower it)
        self.auto_train = True
        self.refresh_after_decisions = window.background
        self.refresh_delay_ms = REFRESH_DELAY_MS
        self._failed_at = -1  # decisions_since when automatic training last found too little
        self._rerun_suggestions = False
        self._refresh_doc: int | None = None
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
        w = self.window
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
        w.work.finished.connect(self._suggestions_finished)
        self.update_status()

    # -- state ---------------------------------------------------------------------------------

    @property
    def store(self) -> ProjectStore | None:
        return self.window.store

    @property
    def training(self) -> bool:
        return self.worker is not None

    def _remember(self, name: str, on: bool) -> None:
        prefs = self.window.prefs
        if name == "auto_train":
            prefs.auto_train = on
        else:
            prefs.uncertainty_first = on
        try:
            prefs.save()
        except OSError as exc:  # a read-only config folder: the switch still works this run
            self.message.emit(tr("Could not save the setting: {0}").format(exc), 6000)

    def set_uncertainty_first(self, on: bool) -> None:
        self.window.editor.uncertainty_first = on

    def set_auto_train(self, on: bool) -> None:
        self.auto_train = on
        self.update_status()
        if on:
            self._maybe_auto_train()

    def update_status(self) -> None:
        store = self.store
        if self.training:
            done, total = self._progress
            pct = int(100 * done / total) if total else 0
            self.label.setText(tr("Training {0}%").format(pct))
            return
        try:
            self.status = None if store is None else model_status(store, self.retrain_after)
        except Exception as exc:  # e.g. the project file went away: say so, keep going
            self.status = None
            self.label.setText(tr("Model: unavailable"))
            self.label.setToolTip(str(exc))
            return
        self.label.setText(status_text(self.status, self.auto_train))
        self.label.setToolTip(status_tip(self.status))
        self.status_changed.emit()

    def _project_opened(self) -> None:
        self._failed_at = -1
        undo = self.window.undo
        if undo is not None:
            undo.changed.connect(self._decided)
        self.update_status()

    def _decided(self, change: Change) -> None:
        if self.store is None:
            return
        self.update_status()
        view = self.window.editor.view
        if (self.refresh_after_decisions and not self.window.read_only and view is not None
                and view.id in change.document_ids):
            self._refresh_doc = view.id
            self._refresh_timer.start(self.refresh_delay_ms)
        self._maybe_auto_train()

    # -- training ------------------------------------------------------------------------------

    def _maybe_auto_train(self) -> None:
        st = self.status
        if (not self.auto_train or self.training or st is None or not st.should_retrain
                or self.window.read_only or st.decisions_since < self._failed_at + 1):
            return
        self.start_training(automatic=True)

    def train_now(self) -> None:
        if self.store is None:
            return
        if self.training:
            self.message.emit(tr("A training is already running"), 6000)
            return
        if self.window.read_only:
            self.message.emit(tr("This project is open read-only: it cannot store a model"), 8000)
            return
        self.start_training(automatic=False)

    def start_training(self, automatic: bool) -> None:
        if self.store is None or self.training:
            return
        worker = TrainWorker(self.store, automatic)
        worker.progress.connect(self._train_progress)
        worker.finished_train.connect(self._train_finished)
        self.worker = worker
        self._progress = (0, 0)
        self.window.actions_by_name["train_model"].setEnabled(False)
        if not automatic:
            dialog = QProgressDialog(tr("Training the suggestion model…"), tr("Cancel"), 0, 0,
                                     self.window)
            dialog.setObjectName("trainProgress")
            dialog.setWindowTitle(tr("Train now"))
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(self.cancel_training)
            dialog.open()
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

    def _train_finished(self, info: ModelInfo | None, kind: str, text: str) -> None:
        worker = self.worker
        if worker is not None:
            worker.wait()
        self.worker = None
        automatic = worker.automatic if worker is not None else False
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.window.actions_by_name["train_model"].setEnabled(True)
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
            self._failed_at = self.status.decisions_since if self.status else 0
            self._failed_at += self.retrain_after - 1
            self.message.emit(tr("Not enough to train on yet: {0}").format(text), 8000)
        elif kind == "data":
            QMessageBox.information(self.window, tr("Train now"),
                                    tr("Not enough to train on yet: {0}").format(text))
        else:
            self.message.emit(tr("Training failed: {0}").format(text), 15000)

    def rerun_suggestions(self) -> None:
        """A new (or another) model: every document is due for new suggestions."""
        if not self.window.background or self.window.read_only:
            return
        if self.window.work.worker is not None:
            self._rerun_suggestions = True  # after the current run (it used the old model)
            return
        self.window.work.start(quiet=True)

    def _suggestions_finished(self) -> None:
        if self._rerun_suggestions:
            self._rerun_suggestions = False
            QTimer.singleShot(0, self.rerun_suggestions)

    # -- refreshing the open document after decisions ----------------------------------------

    def _refresh_now(self) -> None:
        doc_id, store = self._refresh_doc, self.store
        if doc_id is None or store is None:
            return
        if self.refresher is not None or self.window.work.worker is not None:
            self._refresh_timer.start(self.refresh_delay_ms)  # busy: try again after a pause
            return
        self._refresh_doc = None
        worker = RefreshWorker(store, doc_id)
        worker.finished_refresh.connect(self._refreshed)
        self.refresher = worker
        worker.start()

    def _refreshed(self, doc_id: int, error: str) -> None:
        if self.refresher is not None:
            self.refresher.wait()
            self.refresher.deleteLater()
        self.refresher = None
        if error:
            self.message.emit(tr("Refreshing the suggestions failed: {0}").format(error), 10000)
            return
        view = self.window.editor.view
        if view is not None and view.id == doc_id:
            self.window.editor.refresh_if_changed()

    # -- versions ------------------------------------------------------------------------------

    def show_versions(self) -> None:
        if self.store is None:
            return
        from desktop.model_versions import VersionsDialog

        dialog = VersionsDialog(self.store, self.window, read_only=self.window.read_only)
        dialog.activated.connect(self._activated)
        dialog.open()

    def _activated(self, version: int) -> None:
        self.update_status()
        self.message.emit(tr("Model v{0} is in use: suggestions are being refreshed")
                          .format(version), 8000)
        self.rerun_suggestions()

    def stop(self) -> None:
        """Closing the project or the window: cancel and wait for the workers."""
        self._refresh_timer.stop()
        self._refresh_doc = None
        if self.worker is not None:
            self.worker.finished_train.disconnect(self._train_finished)
            self.worker.cancel()
            self.worker.wait()
            self._train_finished(None, "cancelled", "")
        if self.refresher is not None:
            self.refresher.finished_refresh.disconnect(self._refreshed)
            self.refresher.wait()
            self.refresher = None
        self._rerun_suggestions = False
