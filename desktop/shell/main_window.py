"""The main window: document list, article, side panel, menus, status bar, project lifecycle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.annotate.article_view import ArticleView
from desktop.annotate.doc_list import DocList
from desktop.annotate.editor import Editor
from desktop.annotate.legend import ArticleHeader
from desktop.annotate.side_panel import SidePanel, label_title
from desktop.annotate.undo import UndoController
from desktop.i18n import tr
from desktop.learning.model_tools import ModelTools
from desktop.projects import display_name
from desktop.shell.actions import (
    CheatSheet,
    GuidelineDialog,
    build_actions,
    cheat_sheet_html,
    fill_menus,
)
from desktop.shell.background import BackgroundWork, StepProgress
from desktop.shell.first_paint import after_first_paint
from desktop.shell.safety import open_checked
from desktop.shell.screen_fit import fit_to_screen, scrolling
from desktop.tasks.worker import TaskWorker
from desktop.team.team_menu import TeamTools
from desktop.theme import apply_theme, text_font
from models.store.lock import ProjectLock
from models.store.project import ProjectStore
from models.store.views import DocView

if TYPE_CHECKING:  # imported when first opened: it is not needed to show the first article
    from desktop.dialogs.export_dialog import ExportDialog


class MainWindow(QMainWindow):
    project_opened = Signal()
    first_document_shown = Signal()
    suggestions_finished = Signal()

    def __init__(self, prefs: config.Preferences, *, background: bool = True) -> None:
        """``background=False`` keeps Kiwi and the suggestion run from starting by themselves
        (tests and benchmarks that need a fixed set of suggestions)."""
        super().__init__()
        self.prefs = prefs
        self.background = background
        self.store: ProjectStore | None = None
        self.lock: ProjectLock | None = None  # held while the project is open here
        self.read_only = False  # another window has the project open
        self.undo: UndoController | None = None
        self.export_dialog: ExportDialog | None = None
        self._shown_first = False
        self.setWindowTitle(tr("Bitgeul"))
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.resize(1360, 860)

        self.header = ArticleHeader()
        self.article = ArticleView()
        self.article.setFont(text_font(prefs.font_size))
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.header)
        lay.addWidget(self.article, 1)
        self.setCentralWidget(central)
        self.doc_list = DocList()
        self.panel = SidePanel()
        self.docs_dock = self._dock("documents", tr("Documents"), self.doc_list,
                                    Qt.DockWidgetArea.LeftDockWidgetArea)
        self.panel_dock = self._dock("span", tr("Span"), scrolling(self.panel),
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self._no_history = QUndoStack(self)
        self.history_view = QUndoView(self._no_history)
        self.history_view.setEmptyLabel(tr("<project opened>"))
        self.history_dock = self._dock("history", tr("History"), self.history_view,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock.hide()
        self.resizeDocks([self.docs_dock, self.panel_dock], [440, 350],
                         Qt.Orientation.Horizontal)

        self.editor = Editor(self.article, self.panel, self.header)
        self.editor.auto_advance = prefs.auto_advance
        self.editor.message.connect(self.show_message)
        self.editor.counts_changed.connect(self.doc_list.list_model.update_counts)
        self.editor.document_loaded.connect(self._document_loaded)
        self.article.enter_pressed.connect(self.editor.accept)
        self.doc_list.doc_selected.connect(self.editor.open_document)
        self.doc_list.loaded.connect(self._list_loaded)
        self.doc_list.message.connect(self.show_message)

        self.team = TeamTools(self)  # the Team menu, the review dock, merging
        self.model_tools = ModelTools(self)  # the Model menu, training, the model's status
        self.actions_by_name = build_actions(self, {**self._handlers(), **self.team.handlers(),
                                                    **self.model_tools.handlers()})
        self.label_actions: list[QAction] = []
        self.label_menu = QMenu(tr("&Label"), self)
        self.recent_menu = QMenu(tr("Recent projects"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        open_url = QAction(tr("Open project &URL…"), self)
        open_url.triggered.connect(self._open_url)
        self.menus = fill_menus(self.menuBar(), self.actions_by_name, {
            "&File": ["-", self.recent_menu.menuAction(), open_url],
            "&Annotate": ["-", self.label_menu.menuAction()],
            "&View": ["-", self.docs_dock.toggleViewAction(), self.panel_dock.toggleViewAction(),
                      self.history_dock.toggleViewAction()],
        })
        self.team.install(self.menus)
        self.work = BackgroundWork(self.statusBar(), self.editor, self.doc_list,
                                   self.actions_by_name["run_suggestions"],
                                   self.actions_by_name["cancel_suggestions"])
        self.work.message.connect(self.show_message)
        self.work.finished.connect(self.suggestions_finished)
        self.step = StepProgress(self.statusBar())
        self.model_tools.install()
        self.who_label = QLabel()
        self.statusBar().addPermanentWidget(self.who_label)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._theme_changed)
        self._restore_layout()

    # -- construction helpers ------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _handlers(self) -> dict[str, Callable[[], object]]:
        ed = self.editor
        return {
            "new_project": self._new_project, "open_project": self._open_project,
            "import": self.import_files, "export": self.export,
            "settings": self._settings, "quit": self.close,
            "undo": self._undo, "redo": self._redo,
            "accept": ed.accept, "reject": ed.reject,
            "accept_label": lambda: ed.accept_all(True), "accept_all": lambda: ed.accept_all(False),
            "edit_value": self._edit_value, "link_nearest": ed.link_nearest, "unlink": ed.unlink,
            "confirm_row": ed.confirm_row, "cycle_counted": ed.cycle_counted,
            "row_field_1": lambda: ed.panel.amount_row.focus_field(0),
            "row_field_2": lambda: ed.panel.amount_row.focus_field(1),
            "row_field_3": lambda: ed.panel.amount_row.focus_field(2),
            "row_field_4": lambda: ed.panel.amount_row.focus_field(3),
            "grow_end": lambda: ed.resize("end", True, False),
            "shrink_end": lambda: ed.resize("end", False, False),
            "grow_start": lambda: ed.resize("start", True, False),
            "shrink_start": lambda: ed.resize("start", False, False),
            "grow_end_m": lambda: ed.resize("end", True, True),
            "shrink_end_m": lambda: ed.resize("end", False, True),
            "grow_start_m": lambda: ed.resize("start", True, True),
            "shrink_start_m": lambda: ed.resize("start", False, True),
            "done_next": self.done_and_next,
            "next_suggestion": lambda: ed.step(True, True),
            "prev_suggestion": lambda: ed.step(False, True),
            "next_span": lambda: ed.step(True, False), "prev_span": lambda: ed.step(False, False),
            "next_doc": lambda: self._step_doc(True), "prev_doc": lambda: self._step_doc(False),
            "find": self._focus_search, "clear_selection": self._clear_selection,
            "run_suggestions": lambda: self.start_suggestions(),
            "cancel_suggestions": lambda: self.cancel_suggestions(),
            "zoom_in": lambda: self._zoom(1), "zoom_out": lambda: self._zoom(-1),
            "cheat_sheet": self.show_cheat_sheet, "about": self._about,
            "guideline": self.show_guideline,
        }

    def _undo_text(self, text: str) -> None:
        self.actions_by_name["undo"].setText(tr("&Undo") + (f": {text}" if text else ""))

    def _redo_text(self, text: str) -> None:
        self.actions_by_name["redo"].setText(tr("&Redo") + (f": {text}" if text else ""))

    def _undo(self) -> None:
        if self.undo is not None and not self._busy():
            self.undo.stack.undo()

    def _redo(self) -> None:
        if self.undo is not None and not self._busy():
            self.undo.stack.redo()

    def _busy(self) -> bool:
        """A big step runs on the worker: the next undo waits for it (a message says so)."""
        if self.undo is not None and self.undo.busy:
            self.show_message(tr("Wait: {0}…").format(self.undo.busy))
            return True
        return False

    def _step_busy(self, what: str) -> None:
        self.step.busy(what)
        self.history_view.setEnabled(not what)  # its clicks would undo while the step runs

    def _restore_layout(self) -> None:
        settings = config.qsettings()
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        fit_to_screen(self)  # a geometry saved on a larger monitor

    def show_message(self, text: str, timeout: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout)

    # -- projects --------------------------------------------------------------------------------

    def open_project(self, db: str | None) -> bool:
        """Open a project (None: the default one); on failure the current one stays open.

        Taken by another window: open read-only or cancel; damaged: restore the newest backup
        or cancel (see desktop.shell.safety); other failures: a message.
        """
        opened = open_checked(self, db, self.prefs.annotator or None)
        if opened is None:
            return False
        store, seeded = opened.store, opened.seeded
        self.close_project()
        self.store = store
        self.lock = opened.lock
        self.read_only = opened.read_only
        self.work.store = store
        self.undo = UndoController(store, self)
        self.undo.failed.connect(lambda m: self.show_message(tr("Refused: {0}").format(m)))
        self.undo.busy_changed.connect(self._step_busy)
        self.undo.progress.connect(self.step.progress)
        self.undo.restore()
        self.history_view.setStack(self.undo.stack)
        stack = self.undo.stack
        undo_act, redo_act = self.actions_by_name["undo"], self.actions_by_name["redo"]
        stack.canUndoChanged.connect(undo_act.setEnabled)
        stack.canRedoChanged.connect(redo_act.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        undo_act.setEnabled(stack.canUndo())
        redo_act.setEnabled(stack.canRedo())
        self.editor.attach(store, self.undo)
        self.refresh_labels()
        self.doc_list.fetch = store.documents
        self.doc_list.counter = store.count_documents  # paged: 100k documents list at once
        self.doc_list.reload()
        # Show a document at once (the one open last time), without waiting for the list.

        start = config.last_document(store.url)
        if start is None or not store.has_document(start):
            start = store.first_document_id()
        if start is not None:
            self.editor.open_document(start)
        name = display_name(store.url)
        title = tr("Default project") if name == "default" else name
        if self.read_only:
            title += " " + tr("(read-only)")
        self.setWindowTitle(f"{title} — " + tr("Bitgeul"))
        self.who_label.setText(tr("Annotator: {0}").format(store.annotator))
        self.who_label.setToolTip(store.url.split("@")[-1])
        config.add_recent_project(store.url)
        if seeded:
            self.show_message(tr("Welcome! This demo project has ten sample articles. "
                                 "Press F1 for the keyboard shortcuts."), 15000)
        self.project_opened.emit()
        return True

    def close_project(self) -> None:
        self.stop_workers()
        if self.store is not None and self.editor.view is not None:
            config.set_last_document(self.store.url, self.editor.view.id)
        self.editor.attach(None, None)
        self.doc_list.fetch = self.doc_list.counter = None
        self.doc_list.list_model.set_rows([])
        self.history_view.setStack(self._no_history)
        if self.undo is not None:
            self.undo.deleteLater()
            self.undo = None
        self.work.store = None
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.read_only = False

    def refresh_labels(self) -> None:
        if self.store is None:
            return
        labels = [(lab.name, lab.colour, lab.shortcut) for lab in self.store.labels()]
        self.editor.set_labels(labels)
        self.doc_list.set_labels([n for n, _c, _k in labels])
        for act in self.label_actions:
            self.removeAction(act)
        self.label_menu.clear()
        self.label_actions = []
        from desktop.annotate.side_panel import swatch

        for name, colour, key in labels:
            act = QAction(swatch(colour), tr("Label as {0}").format(label_title(name)), self)
            act.setObjectName(f"label-{name}")
            if key:
                act.setShortcut(key)
            act.setToolTip(tr("Relabel the selected span, or label the selected text"))
            act.triggered.connect(lambda _=False, n=name: self.editor.label_key(n))
            self.addAction(act)
            self.label_menu.addAction(act)
            self.label_actions.append(act)

    def _list_loaded(self) -> None:
        # What the empty article says: a new project's first step, or why the list is empty.
        if self.doc_list.list_model.rows:
            hint = tr("No document selected")
        elif self.doc_list.query().narrows:
            hint = tr("No document matches the filters")
        else:
            hint = tr("No articles yet: import them with Ctrl+I (File → Import files…) or drop files "
                      "on the window")
        self.article.setPlaceholderText(hint)
        if self.editor.view is not None:
            self.doc_list.select_doc(self.editor.view.id, emit=False)
        elif self.doc_list.list_model.rows:
            self.doc_list.select_doc(self.doc_list.list_model.rows[0].id)

    def _document_loaded(self, view: DocView | None) -> None:
        if view is not None and self.doc_list.current_id() != view.id:
            self.doc_list.select_doc(view.id, emit=False)
        if view is not None and not self._shown_first:
            self._shown_first = True
            # Kiwi, the model and the suggestion run start once the first highlights have
            # been painted (a zero timer ran before that paint and kept the article off screen).
            after_first_paint(self.article.viewport(), self._after_first_document)
            self.first_document_shown.emit()

    def _after_first_document(self) -> None:
        from desktop.shell.startup import freeze_startup_objects

        freeze_startup_objects()
        if not self.background or self.read_only:  # a read-only project stores no suggestions
            return
        self.work.start_kiwi()
        self.work.start(quiet=True, stale=False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for url in config.recent_projects():
            act = self.recent_menu.addAction(url.removeprefix("sqlite:///"))
            act.triggered.connect(lambda _=False, u=url: self.open_project(u))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(tr("Clear list"))
            clear.triggered.connect(config.clear_recent_projects)

    def _new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New project"), "project.sqlite3",
                                              tr("Bitgeul project (*.sqlite3 *.db)"))
        if not path:
            return
        if not path.endswith((".sqlite3", ".db")):
            path += ".sqlite3"
        if Path(path).exists():
            QMessageBox.warning(self, tr("New project"),
                                tr("{0} exists already: use Open project.").format(path))
            return
        if self.open_project(path):
            self.show_message(tr("New empty project: import articles with Ctrl+I or by "
                                 "dropping files on the window"), 15000)

    def _open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project"), "",
                                              tr("Bitgeul project (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.open_project(path)

    def _open_url(self) -> None:
        url, ok = QInputDialog.getText(self, tr("Open project URL"),
                                       tr("Database URL, e.g. postgresql://user@host/bitgeul"))
        if ok and url.strip():
            self.open_project(url.strip())

    # -- suggestions -------------------------------------------------------------------------------

    # -- background work (see desktop.shell.background) --------------------------------------------

    @property
    def suggest_worker(self) -> TaskWorker | None:
        return self.work.worker

    def start_suggestions(self, quiet: bool = False, *, stale: bool = True,
                          documents: list[int] | None = None) -> None:
        self.work.start(quiet, stale=stale, documents=documents)

    def cancel_suggestions(self) -> None:
        self.work.cancel()

    def stop_workers(self) -> None:
        if self.undo is not None:
            self.undo.wait()  # a big step finishes and is logged: it is never half-done
        self.work.stop()
        self.doc_list.stop()
        if self.export_dialog is not None:
            self.export_dialog.stop()
        self.team.stop()
        self.model_tools.stop()

    # -- commands --------------------------------------------------------------------------------

    def import_files(self, paths: list[Path] | None = None) -> None:
        if self.store is None:
            return
        from desktop.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, self, paths)
        dialog.imported.connect(self._imported)
        if paths:
            QTimer.singleShot(0, dialog.run)
        dialog.exec()

    def _imported(self, report: object) -> None:
        added = getattr(report, "added", 0)
        self.doc_list.reload()
        self.refresh_labels()
        self.model_tools.imported()
        if added:  # the new documents (the stale ones are re-suggested when opened, or by F5)
            self.start_suggestions(quiet=True, stale=False)

    def export(self) -> ExportDialog | None:
        """File → Export: the dialog (window-modal, not blocking) for the current project."""
        old = self.export_dialog
        if self.store is None:
            return None
        if old is not None and old.isVisible():
            return old
        if old is not None:
            old.deleteLater()
        view = self.editor.view
        from desktop.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.store, self, language=self.prefs.language,
                              current=(view.id, view.title) if view is not None else None)
        dialog.message.connect(self.show_message)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _settings(self) -> None:
        from desktop.shell.settings import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.store, self)
        if not dialog.exec():
            return
        old = self.prefs
        self.prefs = dialog.prefs
        self.prefs.save()
        self.editor.auto_advance = self.prefs.auto_advance
        self.article.setFont(text_font(self.prefs.font_size))
        apply_theme(self.prefs.theme)
        self.refresh_labels()
        if self.editor.view is not None:
            self.editor.reload()
        if self.store is not None and (self.prefs.annotator or None) != (old.annotator or None):
            self.open_project(self.store.url)

    def _edit_value(self) -> None:
        item = self.editor.current()
        if item is None or item.label not in ("MONEY", "DATE", "QUANTITY"):
            self.show_message(tr("Select an amount, date or quantity to edit its value"))
            return
        self.panel_dock.show()
        self.panel.values.focus_first()

    def done_and_next(self) -> None:
        if self.editor.view is None:
            return
        current = self.editor.view.id
        if self.editor.set_status("done") is None:
            return
        nxt = self.doc_list.step(True, skip_done=True)
        if nxt is not None and nxt != current:
            self.doc_list.select_doc(nxt)
        else:
            self.show_message(tr("Every document in the list is done"))

    def _step_doc(self, forward: bool) -> None:
        nxt = self.doc_list.step(forward)
        if nxt is not None:
            self.doc_list.select_doc(nxt)

    def _focus_search(self) -> None:
        self.docs_dock.show()
        self.doc_list.search.setFocus()
        self.doc_list.search.selectAll()

    def _clear_selection(self) -> None:
        self.article.clear_text_selection()
        self.editor.select(None, scroll=False)
        self.article.setFocus()

    def _zoom(self, step: int) -> None:
        self.prefs.font_size = max(8, min(40, self.prefs.font_size + step))
        self.article.setFont(text_font(self.prefs.font_size))
        self.prefs.save()

    def show_cheat_sheet(self) -> None:
        CheatSheet(self, cheat_sheet_html(self.actions_by_name, self.label_actions)).exec()

    def show_guideline(self) -> None:
        GuidelineDialog(self).exec()

    def _about(self) -> None:
        from desktop.shell.about import AboutDialog

        AboutDialog(self).exec()

    def _theme_changed(self) -> None:
        self.article.theme_changed()
        if self.editor.items is not None:
            self.header.update_counts(self.editor.items)

    # -- window events ---------------------------------------------------------------------------

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() and self.store is not None:
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_files(paths))

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        fit_to_screen(self)  # now the frame's real margins are known

    def closeEvent(self, e: QCloseEvent) -> None:
        settings = config.qsettings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.sync()
        self.close_project()
        self.work.close_pool()
        super().closeEvent(e)
