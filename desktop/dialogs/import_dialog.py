"""Import files and folders: choose (or drop) them, watch the progress, read what was skipped."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import N_, tr
from desktop.tasks.worker import TaskWorker, describe
from models.importing import FileReport, ImportReport, import_paths
from models.store.project import ProjectStore

FORMATS = (("", N_("Detect from the file")), ("txt", N_("Plain text (.txt)")),
           ("csv", N_("CSV table")), ("xlsx", N_("Excel workbook (.xlsx)")),
           ("bigkinds", N_("BigKinds export (.xlsx)")), ("jsonl", N_("JSON lines (.jsonl)")),
           ("bio", N_("Character BIO (KLUE)")), ("conll", N_("Word-level CoNLL")),
           ("kmou", N_("KMOU NER corpus")), ("pdf", N_("PDF report")),
           ("hwp", N_("Hangul document (.hwp)")), ("hwpx", N_("Hangul document (.hwpx)")),
           ("docx", N_("Word document (.docx)")), ("html", N_("Saved web page (.html)")),
           ("mhtml", N_("Saved web page (.mhtml)")))
FILE_FILTER = N_("Articles and documents (*.txt *.csv *.tsv *.xlsx *.xlsm *.jsonl *.ndjson "
                 "*.json *.bio *.conll *.pdf *.hwp *.hwpx *.docx *.html *.htm *.mhtml *.mht)")


def report_html(report: ImportReport) -> str:
    """A readable account of an import: what came in, what was skipped and why."""
    out = [f"<p><b>{html.escape(tr('{0} documents added, {1} already in the project').format(report.added, report.duplicates))}</b>"]
    if report.cancelled:
        out.append(" — " + html.escape(tr("cancelled; the files listed were imported")))
    out.append("</p><ul>")
    for f in report.files:
        name = html.escape(Path(f.path).name or f.path)
        if f.error:
            out.append(f"<li><b>{name}</b>: <span style='color:#c0392b'>"
                       f"{html.escape(tr('not imported'))} — {html.escape(f.error)}</span></li>")
            continue
        line = tr("{0} added, {1} already stored").format(f.added, f.duplicates)
        if f.annotations:
            line += ", " + tr("{0} pre-annotated spans").format(f.annotations)
        if f.empty:
            line += ", " + tr("{0} without text skipped").format(f.empty)
        out.append(f"<li><b>{name}</b>: {html.escape(line)}")
        if f.skipped:
            out.append(f"<br><span style='color:#b9770e'>"
                       f"{html.escape(tr('{0} bad lines skipped:').format(len(f.skipped)))}"
                       "</span><ul>")
            for reason in f.skipped[:50]:
                out.append(f"<li><code>{html.escape(reason)}</code></li>")
            if len(f.skipped) > 50:
                out.append(f"<li>… {len(f.skipped) - 50} {html.escape(tr('more'))}</li>")
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, store: ProjectStore, parent: QWidget | None = None,
                 paths: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker: TaskWorker | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(tr("Import articles"))
        self.setAcceptDrops(True)
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Files and folders to import (you can drop them here):")))
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_files = QPushButton(tr("Add files…"))
        self.add_folder = QPushButton(tr("Add folder…"))
        self.clear = QPushButton(tr("Clear"))
        row.addWidget(self.add_files)
        row.addWidget(self.add_folder)
        row.addWidget(self.clear)
        row.addStretch(1)
        layout.addLayout(row)
        opts = QHBoxLayout()
        opts.addWidget(QLabel(tr("Format:")))
        self.fmt = QComboBox()
        for key, title in FORMATS:
            self.fmt.addItem(tr(title), key)
        opts.addWidget(self.fmt, 1)
        self.skip = QCheckBox(tr("Skip bad lines and list them"))
        self.skip.setChecked(True)
        opts.addWidget(self.skip)
        layout.addLayout(opts)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_text = QLabel()
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        self.report_view = QTextBrowser()
        self.report_view.setVisible(False)
        layout.addWidget(self.report_view, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start = QPushButton(tr("Import"))
        self.start.setDefault(True)
        self.cancel = QPushButton(tr("Cancel"))
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)
        self.add_files.clicked.connect(self._pick_files)
        self.add_folder.clicked.connect(self._pick_folder)
        self.clear.clicked.connect(self.list.clear)
        self.start.clicked.connect(self.run)
        self.cancel.clicked.connect(self._cancel)
        for p in paths or []:
            self.add_path(p)
        self._update_buttons()

    def add_path(self, path: Path) -> None:
        existing = {self.list.item(i).text() for i in range(self.list.count())}
        if str(path) not in existing:
            self.list.addItem(str(path))
        self._update_buttons()

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        running = self.worker is not None
        self.start.setEnabled(not running and self.list.count() > 0 and self.report is None)
        for w in (self.add_files, self.add_folder, self.clear, self.fmt, self.skip):
            w.setEnabled(not running and self.report is None)

    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Import files"), "", tr(FILE_FILTER))
        for f in files:
            self.add_path(Path(f))

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Import a folder"))
        if folder:
            self.add_path(Path(folder))

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        for url in e.mimeData().urls():
            if url.isLocalFile():
                self.add_path(Path(url.toLocalFile()))

    def run(self) -> None:
        if self.worker is not None or not self.paths():
            return
        store, paths = self.store, self.paths()
        fmt, skip = self.fmt.currentData() or None, self.skip.isChecked()
        worker = TaskWorker(lambda progress, cancel: import_paths(
            store, paths, fmt=fmt, skip_invalid=skip, progress=progress, cancel=cancel,
            on_file=lambda i, n, name: worker.note.emit((i, n, name))), "import")
        worker.note.connect(self._file)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel.setText(tr("Stop"))
        self._update_buttons()
        self.worker.start()

    def _file(self, note: tuple[int, int, str]) -> None:
        i, n, name = note
        self.progress_text.setText(tr("File {0} of {1}: {2}").format(i + 1, n, name))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _finished(self, report: ImportReport) -> None:
        assert self.worker is not None
        self.worker.wait()
        self.worker = None
        self.report = report
        self.progress.setVisible(False)
        self.progress_text.setText("")
        self.report_view.setVisible(True)
        self.report_view.setHtml(report_html(report))
        self.cancel.setText(tr("Close"))
        self._update_buttons()
        self.imported.emit(report)

    def _failed(self, exc: Exception) -> None:  # import_paths reports bad files: a bug, then
        self._finished(ImportReport([FileReport(", ".join(map(str, self.paths())),
                                                error=describe(exc))]))

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.progress_text.setText(tr("Stopping after the current file…"))
            return
        self.accept() if self.report is not None else self.reject()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape and self.worker is not None:
            self._cancel()
            return
        super().keyPressEvent(e)
