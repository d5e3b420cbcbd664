"""The Team menu: agreement between annotators, the review dock, switching annotator, merging.

:class:`TeamTools` hangs these on the main window. Switching annotator follows the settings
dialog's path: the name is a preference, and the project is opened again under it
(``ProjectStore(annotator=…)``), so every view, count and the undo history belong to that
annotator. Merging runs ``models.team.merge.merge_project`` on a worker thread (one transaction:
it cannot be cancelled half-way) and then opens the project again, since the merged decision log
may extend the undo history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop.i18n import tr
from desktop.tasks.worker import TaskWorker, describe
from desktop.team.review_panel import ReviewPanel
from models.domain import InputError
from models.store.db import sqlite_path
from models.store.views import DocView
from models.team import REVIEWER

if TYPE_CHECKING:
    from desktop.annotate.doc_list import DocList
    from desktop.annotate.editor import Editor
    from desktop.config import Preferences
    from models.progress import Cancel, Progress
    from models.store.project import ProjectStore
    from models.team.merge import MergeSummary


class TeamHost(Protocol):
    """What the Team menu uses of the main window, which passes itself: a renamed attribute of
    the window is then a type error at that call, not a menu that breaks when clicked."""

    @property
    def store(self) -> ProjectStore | None: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def prefs(self) -> Preferences: ...
    @property
    def editor(self) -> Editor: ...
    @property
    def doc_list(self) -> DocList: ...
    @property
    def project_opened(self) -> SignalInstance: ...
    def open_project(self, db: str | None) -> bool: ...
    def show_message(self, text: str, timeout: int = 6000) -> None: ...
    def addDockWidget(self, area: Qt.DockWidgetArea, dockwidget: QDockWidget, /) -> None: ...  # noqa: N802
    def window(self) -> QWidget: ...  # the main window as a parent for docks and dialogs


class TeamTools(QObject):
    def __init__(self, host: TeamHost) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        self.window = window
        self.review_panel: ReviewPanel | None = None
        self.agreement: QDialog | None = None
        self.merge_worker: TaskWorker | None = None
        self.merge_file: Path | None = None  # the project being merged in
        self.merge_progress: QProgressDialog | None = None
        self.merge_box: QMessageBox | None = None
        self.merge_summary: MergeSummary | None = None
        dock = QDockWidget(tr("Review"), window)
        dock.setObjectName("dock-review")
        dock.setWidget(QLabel(tr("Open a project to review its documents.")))
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        dock.visibilityChanged.connect(self._dock_visible)
        self.review_dock = dock
        self.annotator_menu = QMenu(tr("Switch a&nnotator"), window)
        self.annotator_menu.aboutToShow.connect(self._fill_annotators)
        host.editor.document_loaded.connect(self._document_loaded)
        host.project_opened.connect(self._project_opened)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"agreement": self.show_agreement, "review": self.show_review,
                "merge_project": lambda: self.merge_project()}

    def install(self, menus: dict[str, Any]) -> None:
        """Add the annotator switcher (filled each time it opens) to the Team menu."""
        team = menus["&Team"]
        team.addSeparator()
        team.addMenu(self.annotator_menu)

    def stop(self) -> None:
        if self.merge_worker is not None:
            self.merge_worker.wait()  # one transaction: let it commit or roll back

    # -- agreement -------------------------------------------------------------------------------

    def show_agreement(self) -> None:
        store = self.host.store
        if store is None:
            return
        from desktop.team.agreement_panel import agreement_dialog

        if self.agreement is not None:
            self.agreement.close()
            self.agreement.deleteLater()
        dialog = agreement_dialog(store, self.window)
        dialog.panel.document_activated.connect(self.open_document)  # type: ignore[attr-defined]
        self.agreement = dialog
        dialog.show()

    def open_document(self, doc_id: int) -> None:
        if not self.host.doc_list.select_doc(doc_id):  # not in the filtered list
            self.host.editor.open_document(doc_id)

    # -- review ----------------------------------------------------------------------------------

    def show_review(self) -> None:
        if self.host.store is None:
            return
        self.review_dock.show()
        self.review_dock.raise_()
        self._refresh_review()

    def _panel(self) -> ReviewPanel | None:
        store = self.host.store
        if store is None:
            return None
        if self.review_panel is None or self.review_panel.store is not store:
            panel = ReviewPanel(store)
            panel.changed.connect(self._reviewed)
            self.review_dock.setWidget(panel)
            self.review_panel = panel
        return self.review_panel

    def _refresh_review(self) -> None:
        view = self.host.editor.view
        panel = self._panel()
        if panel is not None and view is not None:
            panel.show_document(view.id)

    def _dock_visible(self, visible: bool) -> None:
        if visible:
            self._refresh_review()

    def _document_loaded(self, view: DocView | None) -> None:
        if view is not None and self.review_dock.isVisible():
            self._refresh_review()

    def _reviewed(self, _change: object) -> None:
        # Only the reviewer sees the reviewed layer in the article.
        store = self.host.store
        if store is not None and store.annotator == REVIEWER and self.host.editor.view:
            self.host.editor.reload()

    def _project_opened(self) -> None:
        if self.agreement is not None:  # it read the project that was closed
            self.agreement.close()
            self.agreement.deleteLater()
            self.agreement = None
        if self.review_dock.isVisible():
            self._refresh_review()

    # -- annotator -------------------------------------------------------------------------------

    def annotators(self) -> list[str]:
        store = self.host.store
        if store is None:
            return []
        from models.team.agreement import annotators

        return sorted(set(annotators(store, include_review=True)) | {store.annotator})

    def _fill_annotators(self) -> None:
        menu = self.annotator_menu
        menu.clear()
        store = self.host.store
        if store is None:
            menu.addAction(tr("(no project)")).setEnabled(False)
            return
        group = QActionGroup(menu)
        for name in self.annotators():
            title = tr("{0} (reviewed layer)").format(name) if name == REVIEWER else name
            act = menu.addAction(title)
            act.setCheckable(True)
            act.setChecked(name == store.annotator)
            group.addAction(act)
            act.triggered.connect(lambda _=False, n=name: self.switch_annotator(n))
        menu.addSeparator()
        other = menu.addAction(tr("Other name…"))
        other.triggered.connect(self._ask_annotator)

    def _ask_annotator(self) -> None:
        name, ok = QInputDialog.getText(self.window, tr("Switch annotator"),
                                        tr("Record decisions under this name:"))
        if ok:
            self.switch_annotator(name)

    def switch_annotator(self, name: str) -> bool:
        """Open the project again as ``name`` (saved as the annotator setting)."""
        host = self.host
        name = name.strip()
        if host.store is None or not name or name == host.store.annotator:
            return False
        old = host.prefs.annotator
        host.prefs.annotator = name
        if not host.open_project(host.store.url):
            host.prefs.annotator = old
            return False
        host.prefs.save()
        host.show_message(tr("Now annotating as {0}").format(name))
        return True

    # -- merge -----------------------------------------------------------------------------------

    def merge_project(self, path: str | Path | None = None) -> None:
        """Choose a file, say what merging it would change, and merge it once confirmed."""
        window, host = self.window, self.host
        store = host.store
        if store is None or self.merge_worker is not None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                window, tr("Merge project"), "", tr("Bitgeul project (*.sqlite3 *.db);;"
                                                    "All files (*)"))
            if not chosen:
                return
            path = chosen
        other = Path(path)
        if host.read_only:
            self._merge_message(QMessageBox.Icon.Warning, tr("Merge failed"),
                                tr("This project is open read-only here: nothing can be added."))
            return
        mine = sqlite_path(store.url)
        if mine is not None and other.resolve() == mine.resolve():
            self._merge_message(QMessageBox.Icon.Warning, tr("Merge failed"),
                                tr("This is the project that is open: choose another file."))
            return
        self._start_merge(other, dry_run=True)

    def _start_merge(self, other: Path, *, dry_run: bool) -> None:
        window, host = self.window, self.host
        store = host.store
        if store is None:
            return

        def job(_progress: Progress, _cancel: Cancel) -> MergeSummary:
            from models.team.merge import merge_project

            # One transaction: it commits whole or not at all, so it takes no cancel.
            return merge_project(store, other, dry_run=dry_run)

        worker = TaskWorker(job, "merge")
        worker.succeeded.connect(self._merge_succeeded)
        worker.failed.connect(self._merge_failed)
        self.merge_worker = worker
        self.merge_file = other
        text = tr("Reading {0}…") if dry_run else tr("Merging {0}…")
        progress = QProgressDialog(text.format(other.name), "", 0, 0, window)
        progress.setWindowTitle(tr("Merge project"))
        progress.setCancelButton(None)  # one transaction: it commits whole or not at all
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.merge_progress = progress
        host.show_message(tr("Merging {0}…").format(other.name), 0)
        worker.start()

    def _merge_succeeded(self, summary: MergeSummary) -> None:
        self._merged(summary, "")

    def _merge_failed(self, exc: Exception) -> None:  # nothing was merged: it rolled back
        self._merged(None, exc.problem if isinstance(exc, InputError) else describe(exc))

    def _merged(self, summary: MergeSummary | None, error: str) -> None:
        worker, self.merge_worker = self.merge_worker, None
        if worker is not None:
            worker.wait()
        if self.merge_progress is not None:
            self.merge_progress.close()
            self.merge_progress = None
        name = self.merge_file.name if worker is not None and self.merge_file else ""
        self.merge_summary = summary
        if summary is None:
            self.host.show_message(tr("Merge failed"))
            self._merge_message(QMessageBox.Icon.Warning, tr("Merge failed"),
                                tr("Nothing was merged from {0}.").format(name), error)
            return
        if summary.dry_run and summary.added and self.merge_file is not None:
            self._confirm_merge(self.merge_file, summary)
            return
        store = self.host.store
        if summary.added and store is not None:
            self.host.open_project(store.url)  # lists, labels and undo history anew
        self.host.show_message(tr("Merged {0}").format(name))
        self._merge_message(QMessageBox.Icon.Information, tr("Merge finished"),
                            tr("Merged {0}.").format(name), merge_text(summary))

    def _confirm_merge(self, other: Path, summary: MergeSummary) -> None:
        """What the merge would change, with Merge and Cancel; nothing changed so far."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Merge project"),
                          tr("Merge {0} into this project?").format(other.name),
                          parent=self.window)
        box.setObjectName("mergeConfirmDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(merge_text(summary))
        go = box.addButton(tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("mergeNow")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: object) -> None:
            if button is go:
                self.merge_box = None
                self._start_merge(other, dry_run=False)

        box.buttonClicked.connect(answered)
        self.merge_box = box
        box.open()

    def _merge_message(self, icon: QMessageBox.Icon, title: str, text: str,
                       details: str = "") -> QMessageBox:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if details:
            box.setInformativeText(details)
        box.addButton(QMessageBox.StandardButton.Ok)
        self.merge_box = box
        box.open()
        return box


def merge_text(summary: MergeSummary) -> str:
    if not summary.added:
        return tr("Nothing new: every document and decision of that file is here already.")
    if summary.dry_run:
        lines = [
            tr("{0} documents to add, {1} already in the project").format(
                summary.documents_added, summary.documents_matched),
            tr("{0} annotations, {1} links, {2} rejections, {3} document statuses, "
               "{4} logged decisions to add").format(summary.annotations, summary.relations,
                                                     summary.rejections, summary.statuses,
                                                     summary.decisions),
        ]
    else:
        lines = [
            tr("{0} documents added, {1} already in the project").format(
                summary.documents_added, summary.documents_matched),
            tr("{0} annotations, {1} links, {2} rejections, {3} document statuses, "
               "{4} logged decisions").format(summary.annotations, summary.relations,
                                              summary.rejections, summary.statuses,
                                              summary.decisions),
        ]
    if summary.deleted:
        lines.append(tr("{0} spans deleted in that file are deleted here too")
                     .format(summary.deleted))
    if summary.kept_deleted:
        lines.append(tr("{0} spans deleted or rejected here stay deleted")
                     .format(summary.kept_deleted))
    if summary.annotators:
        lines.append(tr("Annotators in that file: {0}").format(", ".join(summary.annotators)))
    if summary.conflicts:
        lines.append(tr("{0} conflicts are kept for review: check them with Team → Review.")
                     .format(summary.conflicts))
        lines.extend(summary.notes[:10])
    if summary.review_skipped:
        lines.append(tr("Their reviewed layer is not taken ({0} rows).")
                     .format(summary.review_skipped))
    if summary.foreign_steps:
        lines.append(tr("{0} logged steps named someone else's span: kept in the log, not "
                        "undoable.").format(summary.foreign_steps))
    return "\n".join(lines)
