"""One entry point for every export, called by the CLI (``bitgeul export``) and File → Export.

``export`` is a plain function with a progress callback and a cancel flag, like
``models.suggest.run_suggestions``: the GUI runs it on a worker thread. It reads in one
transaction (a consistent snapshot; in WAL mode the GUI may keep writing meanwhile) and writes
through temporary files, so the target is replaced whole or not at all. A locked or read-only
target raises :class:`models.domain.InputError` with a one-line message; cancelling returns a
result with ``cancelled`` set and leaves the target as it was.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.export.report_data import ExportFilters
from models.fileio import atomic_write
from models.progress import Cancel, Cancelled, Progress, check

if TYPE_CHECKING:
    from models.store.project import ProjectStore

__all__ = ["FORMATS", "ExportFilters", "ExportResult", "export"]

# xlsx: the report. csv: one file per table (folder, or name.csv → name_<table>.csv); csv-zip
# (or csv with a .zip output): the same tables in one zip. bio: char-level BIO, KLUE layout, our
# labels; klue: the same with KLUE's tag set. jsonl: documents with spans and relations.
FORMATS = ("xlsx", "csv", "csv-zip", "bio", "klue", "jsonl")
LANGUAGES = ("ko", "en")


@dataclass(slots=True)
class ExportResult:
    format: str
    output: Path
    files: list[Path] = field(default_factory=list)
    documents: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # data rows per table (or unit)
    amounts: int = 0
    counted: int = 0  # amounts in the totals
    duplicates: int = 0
    totals: dict[str, str] = field(default_factory=dict)  # currency → "13조 4,000억원"
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0


def _source_name(store: ProjectStore) -> str:
    from models.store.db import sqlite_path

    path = sqlite_path(store.url)
    if path is not None:
        return path.name
    from sqlalchemy.engine import make_url

    return make_url(store.url).render_as_string(hide_password=True)


def export(store: ProjectStore, fmt: str, output: Path | str, *,
           filters: ExportFilters | None = None, language: str = "ko",
           progress: Progress | None = None, cancel: Cancel | None = None,
           max_rows: int | None = None) -> ExportResult:
    """Export the project (documents matching ``filters``) as ``fmt`` to ``output``.

    ``max_rows`` (xlsx only) is the sheet size, header included; tests make it small to check
    that a long table continues on the next sheet.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (choose from ko, en)")
    filters = filters or ExportFilters()
    output = Path(output)
    if fmt == "csv" and output.suffix.lower() == ".zip":
        fmt = "csv-zip"
    result = ExportResult(fmt, output)
    started = time.perf_counter()
    try:
        with _fewer_collections(), store.session() as session:
            _run(session, store, fmt, output, filters, language, progress, cancel, max_rows,
                 result)
    except Cancelled:
        result.cancelled = True
        result.files = []
    result.seconds = time.perf_counter() - started
    return result


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Let the cyclic garbage collector run less often while rows stream.

    An export allocates millions of short-lived objects (cells, rows) and almost no cycles;
    the default threshold (700) makes the collector scan young objects thousands of times, which
    cost about 5% of an export. The old threshold is restored afterwards.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 50_000), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _run(session: Any, store: ProjectStore, fmt: str, output: Path, filters: ExportFilters,
         language: str, progress: Progress | None, cancel: Cancel | None,
         max_rows: int | None, result: ExportResult) -> None:
    who = filters.annotator or store.annotator
    if fmt in ("bio", "klue", "jsonl"):
        from models.export.gather import document_ids

        ids = document_ids(session, filters, who)
        result.documents = len(ids)
        if fmt == "jsonl":
            _jsonl(session, ids, who, filters, output, progress, cancel, result)
            return
        from models.export.bio import write_bio

        with atomic_write(output, "w", encoding="utf-8") as fh:
            stats = write_bio(fh, session, ids, who, filters,
                              tagset="native" if fmt == "bio" else "klue", progress=progress,
                              cancel=cancel)
        result.files = [output]
        result.rows = {"documents": stats.documents, "sentences": stats.sentences,
                       "spans": stats.spans}
        if stats.skipped:
            result.warnings.append(
                f"{stats.skipped} annotations left out (overlapping another, crossing a line, "
                "or a label the tag set has no tag for)")
        return

    from models.export.report_data import ReportBuilder

    builder = ReportBuilder(session, filters, who, language, source=_source_name(store))
    now = datetime.now().replace(microsecond=0)  # local time: Excel has no time zones
    if fmt == "xlsx":
        from models.export.xlsx import EXCEL_MAX_ROWS, write_xlsx

        with atomic_write(output, "wb") as fh:
            result.rows = write_xlsx(fh, builder, language=language, exported_at=now,
                                     progress=progress, cancel=cancel,
                                     max_rows=max_rows or EXCEL_MAX_ROWS)
        result.files = [output]
    elif fmt == "csv":
        from models.export.csv_export import write_csv_files

        result.files, result.rows = write_csv_files(builder, output, language=language,
                                                    exported_at=now, progress=progress,
                                                    cancel=cancel)
    else:
        from models.export.csv_export import write_csv_zip

        result.rows = write_csv_zip(builder, output, language=language, exported_at=now,
                                    progress=progress, cancel=cancel)
        result.files = [output]
    c = builder.counts
    result.documents = c["documents"]
    result.amounts, result.counted, result.duplicates = c["amounts"], c["counted"], c["duplicates"]
    for (currency, _cur), total in builder.totals.groups["currency"].items():
        result.totals[currency] = total.korean(currency, language)


def _jsonl(session: Any, ids: list[int], who: str, filters: ExportFilters, output: Path,
           progress: Progress | None, cancel: Cancel | None, result: ExportResult) -> None:
    """The JSONL records of models.export.jsonl, for the documents the filters keep."""
    from models.export.jsonl import document_records, dumps

    n = 0
    with atomic_write(output) as fh:
        for n, record in enumerate(document_records(session, who, doc_ids=ids,
                                                    keep_label=filters.keeps), 1):
            check(cancel)
            fh.write(dumps(record) + "\n")
            if progress is not None and n % 500 == 0:
                progress(n, len(ids))
    result.files = [output]
    result.rows = {"documents": n}
