"""Background work: the suggestion run, imports and exports, each on its own QThread.

Workers call the headless core (which opens a session per call, so threads never share one) and
report through Qt signals, which Qt delivers on the GUI thread. Cancelling sets a flag the core
polls between documents (or files); nothing is killed half-way through a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from models.domain import InputError
from models.store.project import ProjectStore


class SuggestWorker(QThread):
    """Runs ``models.suggest.run_suggestions`` over the documents not yet analysed."""

    progress = Signal(int, int)  # done, total
    finished_run = Signal(int, str)  # documents analysed, error ("" when fine)

    def __init__(self, store: ProjectStore, doc_ids: list[int] | None = None,
                 force: bool = False, workers: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.doc_ids = doc_ids
        self.force = force
        self.workers = workers
        self._cancel = False
        self.setObjectName("suggest-worker")

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        from models.suggest import run_suggestions

        done = 0
        error = ""

        def progress(n: int, total: int) -> None:
            nonlocal done
            done = n
            self.progress.emit(n, total)

        try:
            done = run_suggestions(self.store, self.doc_ids, force=self.force,
                                   workers=self.workers, progress=progress,
                                   cancel=lambda: self._cancel)
        except Exception as exc:  # the engine failing must not take the window down
            error = f"{type(exc).__name__}: {exc}"
        self.finished_run.emit(done, error)


@dataclass
class FileReport:
    path: str
    added: int = 0
    duplicates: int = 0
    annotations: int = 0
    skipped: list[str] = field(default_factory=list)  # bad lines/rows, each with its reason
    error: str | None = None  # the whole file was refused


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False
    document_ids: list[int] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error]

    @property
    def skipped(self) -> int:
        return sum(len(f.skipped) for f in self.files)


class ImportWorker(QThread):
    """Reads files with the importers and stores each file in one transaction."""

    progress = Signal(int, int, str, int, int)  # file no, files, file name, rows done, rows
    finished_import = Signal(object)  # ImportReport

    def __init__(self, store: ProjectStore, paths: list[Path], fmt: str | None = None,
                 skip_invalid: bool = True) -> None:
        super().__init__()
        self.store = store
        self.paths = paths
        self.fmt = fmt
        self.skip_invalid = skip_invalid
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from models.importers.registry import iter_files, read_file

        report = ImportReport()
        try:
            files = list(iter_files(self.paths))
        except InputError as exc:
            report.files.append(FileReport(exc.path, error=exc.problem))
            files = []
        except Exception as exc:
            report.files.append(FileReport(", ".join(map(str, self.paths)), error=str(exc)))
            files = []
        if not files and not report.files:
            report.files.append(FileReport(", ".join(map(str, self.paths)),
                                           error="no importable files found"))
        for i, path in enumerate(files):
            if self._cancel:
                report.cancelled = True
                break
            name = Path(path).name
            item = FileReport(str(path))
            report.files.append(item)

            def progress(done: int, total: int, i: int = i, name: str = name) -> None:
                self.progress.emit(i, len(files), name, done, total)

            self.progress.emit(i, len(files), name, 0, 0)
            try:
                result = read_file(Path(path), fmt=self.fmt, skip_invalid=self.skip_invalid,
                                   progress=progress)
                summary = self.store.add_documents(result.docs)
            except InputError as exc:
                item.error = exc.problem if exc.path == str(path) else str(exc)
                continue
            except Exception as exc:  # e.g. a locked or damaged file
                item.error = f"{type(exc).__name__}: {exc}"
                continue
            item.added = summary.added
            item.duplicates = summary.duplicates
            item.annotations = summary.annotations
            item.skipped = [str(s) for s in result.skipped]
            report.document_ids.extend(summary.document_ids)
        self.finished_import.emit(report)


class ExportWorker(QThread):
    """JSONL export of every document with this annotator's spans (atomic write)."""

    finished_export = Signal(str, int, str)  # path, documents written, error

    def __init__(self, store: ProjectStore, path: Path, only_annotated: bool = False) -> None:
        super().__init__()
        self.store = store
        self.path = path
        self.only_annotated = only_annotated

    def run(self) -> None:
        from models.export.jsonl import document_records, dumps
        from models.fileio import atomic_write

        n = 0
        try:
            with atomic_write(self.path) as fh, self.store.session() as session:
                for record in document_records(session, self.store.annotator,
                                               only_annotated=self.only_annotated):
                    fh.write(dumps(record) + "\n")
                    n += 1
        except Exception as exc:
            self.finished_export.emit(str(self.path), n, f"{type(exc).__name__}: {exc}")
            return
        self.finished_export.emit(str(self.path), n, "")
