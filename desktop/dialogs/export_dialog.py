"""File → Export: the Excel report and the standard exports, with filters, on a worker thread.

The dialog gathers a format, a target and :class:`ExportFilters`, then runs
``models.export.run.export`` on an :class:`ExportWorker` while it shows the progress (Cancel stops
it between batches; the core leaves the target as it was). Result and error messages are opened
with ``open()``, not ``exec()``: the event loop keeps running, and tests can read and close them
(``result_box``, ``error_box``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.annotate.doc_list import STATUS_TITLES
from desktop.annotate.side_panel import label_title
from desktop.i18n import LANGUAGES, N_, tr
from desktop.projects import display_name
from desktop.tasks.worker import TaskWorker, describe
from models.domain import InputError
from models.store.project import ProjectStore

if TYPE_CHECKING:
    from models.export.run import ExportFilters, ExportResult
    from models.progress import Cancel, Progress

# (format, title, suffix); "csv" writes one file per table into a folder (no suffix).
FORMATS = (
    ("xlsx", N_("Excel report (.xlsx)"), ".xlsx"),
    ("csv", N_("CSV files in a folder"), ""),
    ("csv-zip", N_("CSV files in one zip (.zip)"), ".zip"),
    ("jsonl", N_("JSON lines (.jsonl)"), ".jsonl"),
    ("bio", N_("Character BIO with our labels (.tsv)"), ".tsv"),
    ("klue", N_("Character BIO with KLUE tags (.tsv)"), ".tsv"),
)
SUFFIX = {fmt: suffix for fmt, _title, suffix in FORMATS}
FILE_FILTERS = {"xlsx": N_("Excel workbook (*.xlsx)"), "csv-zip": N_("Zip archive (*.zip)"),
                "jsonl": N_("JSON lines (*.jsonl)"), "bio": N_("Tab-separated text (*.tsv)"),
                "klue": N_("Tab-separated text (*.tsv)")}
# Names of ExportResult.rows keys, for the result message.
ROW_NAMES = {"summary": N_("summary"), "totals": N_("totals"), "amounts": N_("amounts"),
             "entities": N_("entities"), "entity_counts": N_("entity counts"),
             "documents": N_("documents"), "relations": N_("links"),
             "sentences": N_("sentences"), "spans": N_("spans")}
# The core's one-line problems (models.fileio.atomic_write), said plainly in the UI language.
PROBLEMS = (
    ("cannot write in this folder", N_("The folder is read-only or does not exist. Choose "
                                       "another folder.")),
    ("the file is open in another program", N_("The file is open in another program (Excel?) "
                                                "or read-only. Close it and try again.")),
    ("cannot replace the file", N_("The existing file cannot be replaced. Choose another "
                                   "name.")),
    ("Permission denied", N_("The folder is read-only. Choose another folder.")),
)
SETTINGS_FOLDER = "export/folder"
SETTINGS_FORMAT = "export/format"


def last_folder() -> Path:
    value = config.qsettings().value(SETTINGS_FOLDER)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def explain(problem: str) -> str:
    for start, text in PROBLEMS:
        if problem.startswith(start) or start in problem:
            return tr(text)
    return ""


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _checkable_list(items: list[tuple[str, str]]) -> QListWidget:
    """Items (title, key), none checked: nothing checked means no filter."""
    widget = QListWidget()
    for title, key in items:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(Qt.ItemDataRole.UserRole))
                 for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult
    message = Signal(str)  # for the status bar

    def __init__(self, store: ProjectStore, parent: QWidget | None = None, *,
                 language: str = "ko", current: tuple[int, str] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current = current
        self.worker: TaskWorker | None = None
        self.last_result: ExportResult | None = None
        self.result_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(tr("Export"))
        self.setObjectName("exportDialog")
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.format_box = QComboBox()
        for fmt, title, _suffix in FORMATS:
            self.format_box.addItem(tr(title), fmt)
        saved = config.qsettings().value(SETTINGS_FORMAT)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(saved or "xlsx")))
        form.addRow(tr("Format"), self.format_box)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(self._default_path(self.fmt())))
        self.browse = QPushButton(tr("Choose…"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form.addRow(tr("Save to"), row)
        self.language_box = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.setToolTip(tr("Language of the sheet names, column headers and "
                                        "amounts written in words"))
        form.addRow(tr("Sheet language"), self.language_box)
        layout.addLayout(form)

        scope = QGroupBox(tr("Documents and filters"))
        grid = QGridLayout(scope)
        self.scope_all = QRadioButton(tr("All documents that match the filters"))
        title = current[1] if current else ""
        self.scope_doc = QRadioButton(tr("Only this document: {0}").format(
            title if len(title) <= 40 else title[:39] + "…") if current
            else tr("Only this document"))
        self.scope_doc.setEnabled(current is not None)
        self.scope_all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.scope_all)
        group.addButton(self.scope_doc)
        grid.addWidget(self.scope_all, 0, 0, 1, 4)
        grid.addWidget(self.scope_doc, 1, 0, 1, 4)
        choices = store.export_choices()
        self.status_box = QComboBox()
        self.status_box.addItem(tr("All statuses"), "")
        for key, name in STATUS_TITLES.items():
            self.status_box.addItem(tr(name), key)
        grid.addWidget(QLabel(tr("Status")), 2, 0)
        grid.addWidget(self.status_box, 2, 1)
        self.only_annotated = QCheckBox(tr("Only documents with annotations"))
        grid.addWidget(self.only_annotated, 2, 2, 1, 2)
        self.date_from_check = QCheckBox(tr("From"))
        self.date_to_check = QCheckBox(tr("To"))
        self.date_from = QDateEdit(qdate(choices.first_date) if choices.first_date
                                   else QDate.currentDate())
        self.date_to = QDateEdit(qdate(choices.last_date) if choices.last_date
                                 else QDate.currentDate())
        for col, (check, edit) in enumerate(((self.date_from_check, self.date_from),
                                             (self.date_to_check, self.date_to))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            grid.addWidget(check, 3, 2 * col)
            grid.addWidget(edit, 3, 2 * col + 1)
        self.label_list = _checkable_list([(label_title(lab.name), lab.name)
                                           for lab in store.labels()])
        outlets = choices.outlets
        self.outlet_list = _checkable_list([(o, o) for o in outlets])
        grid.addWidget(QLabel(tr("Labels (none ticked: all)")), 4, 0, 1, 2)
        grid.addWidget(QLabel(tr("Outlets (none ticked: all)")), 4, 2, 1, 2)
        grid.addWidget(self.label_list, 5, 0, 1, 2)
        grid.addWidget(self.outlet_list, 5, 2, 1, 2)
        self.outlet_list.setEnabled(bool(outlets))
        layout.addWidget(scope)
        self._doc_filters: list[QWidget] = [self.status_box, self.only_annotated,
                                            self.date_from_check, self.date_to_check,
                                            self.outlet_list]

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(tr("Cancel"))
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.browse.clicked.connect(self._browse)
        self.scope_doc.toggled.connect(self._scope_changed)
        self.export_button.clicked.connect(lambda: self.start_export())
        self.close_button.clicked.connect(self.reject)
        self.resize(600, self.sizeHint().height())

    # -- the choices -------------------------------------------------------------------------------

    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def output_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def filters(self) -> ExportFilters:
        from models.export.run import ExportFilters

        labels = checked(self.label_list)
        if self.scope_doc.isChecked() and self.current is not None:
            return ExportFilters(labels=labels, doc_ids=(self.current[0],))
        return ExportFilters(
            status=self.status_box.currentData() or None, labels=labels,
            date_from=pydate(self.date_from) if self.date_from_check.isChecked() else None,
            date_to=pydate(self.date_to) if self.date_to_check.isChecked() else None,
            outlets=checked(self.outlet_list), only_annotated=self.only_annotated.isChecked())

    def _default_path(self, fmt: str) -> Path:
        name = display_name(self.store.url)
        stem = f"{'bitgeul' if name == 'default' else name}_{date.today():%Y%m%d}"
        return last_folder() / (stem + "_csv" if fmt == "csv" else stem + SUFFIX[fmt])

    def _format_changed(self) -> None:
        """Keep the name, change the ending (a folder for CSV files)."""
        fmt = self.fmt()
        path = self.output_path()
        if not self.path_edit.text().strip():
            self.path_edit.setText(str(self._default_path(fmt)))
            return
        stem = path.name.removesuffix(path.suffix) if path.suffix in SUFFIX.values() \
            else path.name
        stem = stem.removesuffix("_csv")
        self.path_edit.setText(str(path.parent / (stem + "_csv" if fmt == "csv"
                                                  else stem + SUFFIX[fmt])))

    def _scope_changed(self, only_this: bool) -> None:
        for w in self._doc_filters:
            w.setEnabled(not only_this)
        for check, edit in ((self.date_from_check, self.date_from),
                            (self.date_to_check, self.date_to)):
            edit.setEnabled(not only_this and check.isChecked())

    def _browse(self) -> None:
        fmt = self.fmt()
        path = self.output_path()
        if fmt == "csv":
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the CSV files"),
                                                      str(path.parent))
            if folder:
                self.path_edit.setText(folder)
            return
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export"), str(path),
                                                tr(FILE_FILTERS[fmt]))
        if chosen:
            if not chosen.lower().endswith(SUFFIX[fmt]):
                chosen += SUFFIX[fmt]
            self.path_edit.setText(chosen)

    # -- running -----------------------------------------------------------------------------------

    def make_worker(self) -> TaskWorker:
        """A worker for the current choices, not started (``start_export`` starts it).

        ``models.export.run.export`` reads one snapshot and writes through temporary files, so a
        cancel or a failure leaves the target as it was."""
        store, fmt, output = self.store, self.fmt(), self.output_path()
        filters, language = self.filters(), self.language()

        def job(progress: Progress, cancel: Cancel) -> ExportResult:
            from models.export.run import export

            return export(store, fmt, output, filters=filters, language=language,
                          progress=progress, cancel=cancel)

        worker = TaskWorker(job, "export")
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        return worker

    def start_export(self, worker: TaskWorker | None = None) -> None:
        if self.worker is not None:
            return
        if not self.path_edit.text().strip():
            self.progress_text.setText(tr("Choose where to save the export."))
            return
        self.worker = worker or self.make_worker()
        self.last_result = None
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress_text.setText(tr("Exporting…"))
        self.close_button.setText(tr("Stop"))
        self._set_inputs_enabled(False)
        self.worker.start()

    def cancel_export(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.progress_text.setText(tr("Stopping…"))

    def stop(self) -> None:
        """Cancel and wait (the window is closing)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def _set_inputs_enabled(self, on: bool) -> None:
        for w in (self.format_box, self.path_edit, self.browse, self.language_box,
                  self.scope_all, self.scope_doc, self.label_list, self.export_button):
            w.setEnabled(on)
        self.scope_doc.setEnabled(on and self.current is not None)
        self._scope_changed(self.scope_doc.isChecked() if on else True)  # all off while running

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_text.setText(tr("Exporting… {0} of {1} documents").format(
                f"{done:,}", f"{total:,}"))

    def _succeeded(self, result: ExportResult) -> None:
        self._finished(result, "", "")

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, InputError):  # a locked target, a read-only folder
            self._finished(None, exc.problem, exc.path)
        elif isinstance(exc, OSError):  # e.g. the CSV folder cannot be created
            self._finished(None, exc.strerror or str(exc), str(exc.filename or self.output_path()))
        else:  # the export failing must not take the window down
            self._finished(None, describe(exc), "")

    def _finished(self, result: ExportResult | None, error: str, where: str) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self.progress.setVisible(False)
        self.close_button.setText(tr("Close"))
        self._set_inputs_enabled(True)
        if result is None:
            self.progress_text.setText(tr("Export failed: nothing was written."))
            self.show_error(error, where or str(self.output_path()))
            return
        if result.cancelled:
            self.progress_text.setText(tr("Export cancelled: nothing was written."))
            self.message.emit(tr("Export cancelled"))
            return
        self.last_result = result
        settings = config.qsettings()
        settings.setValue(SETTINGS_FOLDER, str(result.output.parent))  # CSV: the folder's parent
        settings.setValue(SETTINGS_FORMAT, self.fmt())
        self.progress_text.setText("")
        self.message.emit(tr("Exported {0} documents to {1}").format(result.documents,
                                                                      result.output))
        self.exported.emit(result)
        self.show_result(result)

    # -- messages ----------------------------------------------------------------------------------

    def show_result(self, result: ExportResult) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Export finished"),
                          tr("Saved: {0}").format(result.output), parent=self)
        box.setInformativeText(result_text(result))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)

        def clicked(button: QAbstractButton) -> None:
            if button is folder:
                self.open_folder(result)

        box.buttonClicked.connect(clicked)
        box.finished.connect(self.accept)
        self.result_box = box
        box.open()
        return box

    def show_error(self, problem: str, where: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Export failed"),
                          tr("Could not write {0}").format(where), parent=self)
        plain = explain(problem)
        box.setInformativeText(plain or problem)
        if plain:
            box.setDetailedText(problem)  # the core's words, for a support person
        box.addButton(QMessageBox.StandardButton.Ok)
        self.error_box = box
        box.open()
        return box

    @staticmethod
    def open_folder(result: ExportResult) -> bool:
        out = result.output
        folder = out if out.is_dir() else out.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.worker is not None:  # Cancel / Esc while running: stop, stay open
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, e: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(e)


def result_text(result: ExportResult) -> str:
    """What was written, for the message after an export."""
    lines = [tr("{0} documents").format(f"{result.documents:,}")]
    rows = [f"{tr(ROW_NAMES.get(k, k))} {v:,}" for k, v in result.rows.items()
            if k not in ("summary", "totals")]
    if rows:
        lines.append(tr("Rows: {0}").format(", ".join(rows)))
    if len(result.files) > 1:
        lines.append(tr("{0} files").format(len(result.files)))
    if result.amounts:
        lines.append(tr("{0} amounts, {1} counted in the totals ({2} repeats or copies left "
                        "out)").format(f"{result.amounts:,}", f"{result.counted:,}",
                                       f"{result.duplicates:,}"))
    for currency, total in result.totals.items():
        lines.append(tr("Total {0}: {1}").format(currency, total))
    lines += result.warnings
    return "\n".join(lines)
