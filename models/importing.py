"""Importing files and folders into a project: one transaction per file, and a report of what
came in, what was skipped (each bad line with its reason) and which files were refused.

The desktop's import dialog runs :func:`import_paths` on its task worker; a file that cannot be
read never stops the others, and a cancel takes effect between files, so every file is stored
whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from models.domain import InputError
from models.progress import Cancel, Progress

if TYPE_CHECKING:
    from models.store.project import ProjectStore

#: ``on_file(index, files, name)`` before each file is read.
OnFile = Callable[[int, int, str], None]


@dataclass
class FileReport:
    path: str
    added: int = 0
    duplicates: int = 0
    annotations: int = 0
    skipped: list[str] = field(default_factory=list)  # bad lines/rows, each with its reason
    empty: int = 0  # records or rows without text, skipped
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


def import_paths(store: ProjectStore, paths: list[Path], *, fmt: str | None = None,
                 skip_invalid: bool = True, progress: Progress | None = None,
                 cancel: Cancel | None = None, on_file: OnFile | None = None) -> ImportReport:
    """Read every file under ``paths`` and store each in its own transaction.

    ``progress(done, total)`` follows the file being read (its rows or characters);
    ``on_file`` says which file that is. Never raises for a bad file: it is in the report.
    """
    from models.importers.registry import iter_files, read_file

    report = ImportReport()
    try:
        files = list(iter_files(paths))
    except InputError as exc:
        report.files.append(FileReport(exc.path, error=exc.problem))
        files = []
    except Exception as exc:
        report.files.append(FileReport(", ".join(map(str, paths)), error=str(exc)))
        files = []
    if not files and not report.files:
        report.files.append(FileReport(", ".join(map(str, paths)),
                                       error="no importable files found"))
    for i, path in enumerate(files):
        if cancel is not None and cancel():
            report.cancelled = True
            break
        item = FileReport(str(path))
        report.files.append(item)
        if on_file is not None:
            on_file(i, len(files), Path(path).name)
        if progress is not None:
            progress(0, 0)
        try:
            result = read_file(Path(path), fmt=fmt, skip_invalid=skip_invalid, progress=progress)
            summary = store.add_documents(result.docs)
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
        item.empty = result.empty
        report.document_ids.extend(summary.document_ids)
    return report
