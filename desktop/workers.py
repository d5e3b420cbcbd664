"""Background work: the suggestion run, imports and exports, each on its own QThread.

Workers call the headless core (which opens a session per call, so threads never share one) and
report through Qt signals, which Qt delivers on the GUI thread. Cancelling sets a flag the core
polls between documents (or files); nothing is killed half-way through a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from models.domain import InputError
from models.store.project import ProjectStore

if TYPE_CHECKING:  # the export modules load when an export starts, not with the window
    from models.export.report_data import ExportFilters


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
        self.model_problem: str | None = None  # why the project's model was not used
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
            from models.learn.predict import analyzer_for

            # A damaged model (from a colleague's file) is refused in one line; the rules run.
            analyzer = analyzer_for(self.store)
            self.model_problem = analyzer.model_problem
            done = run_suggestions(self.store, self.doc_ids, force=self.force,
                                   workers=self.workers, progress=progress,
                                   cancel=lambda: self._cancel, analyzer=analyzer)
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
    """Runs ``models.export.run.export`` (the Excel report, CSV, JSONL, BIO): one snapshot read,
    written through temporary files, so a cancel or a failure leaves the target as it was."""

    progress = Signal(int, int)  # documents done, total
    # ExportResult (None on failure), error ("" when fine), the InputError's path ("" if none)
    finished_export = Signal(object, str, str)

    def __init__(self, store: ProjectStore, fmt: str, output: Path, *,
                 filters: ExportFilters | None = None, language: str = "ko") -> None:
        super().__init__()
        self.store = store
        self.fmt = fmt
        self.output = output
        self.filters = filters
        self.language = language
        self._cancel = False
        self.setObjectName("export-worker")

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from models.export.run import export

        try:
            result = export(self.store, self.fmt, self.output, filters=self.filters,
                            language=self.language, progress=self.progress.emit,
                            cancel=lambda: self._cancel)
        except InputError as exc:  # a locked target, a read-only folder
            self.finished_export.emit(None, exc.problem, exc.path)
            return
        except OSError as exc:  # e.g. the CSV folder cannot be created
            self.finished_export.emit(None, exc.strerror or str(exc),
                                      str(exc.filename or self.output))
            return
        except Exception as exc:  # the export failing must not take the window down
            self.finished_export.emit(None, f"{type(exc).__name__}: {exc}", "")
            return
        self.finished_export.emit(result, "", "")


class MergeWorker(QThread):
    """Merges another project file into this one (``models.team.merge``, one transaction)."""

    finished_merge = Signal(object, str)  # MergeSummary (None on failure), error

    def __init__(self, store: ProjectStore, other: Path, *, dry_run: bool = False) -> None:
        super().__init__()
        self.store = store
        self.other = other
        self.dry_run = dry_run  # work out what the merge would change, change nothing
        self.setObjectName("merge-worker")

    def run(self) -> None:
        from models.team.merge import merge_project

        try:
            summary = merge_project(self.store, self.other, dry_run=self.dry_run)
        except InputError as exc:
            self.finished_merge.emit(None, exc.problem)
            return
        except Exception as exc:  # nothing was merged: the transaction rolled back
            self.finished_merge.emit(None, f"{type(exc).__name__}: {exc}")
            return
        self.finished_merge.emit(summary, "")
