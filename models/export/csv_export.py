"""CSV export: the report's tables as UTF-8 CSV with a BOM (so Excel on Windows reads Korean).

One file per table — in a folder; for a given ``name.csv``, that file holds the amounts (one row
per accepted amount, what a researcher asking for "the CSV" wants) and the other tables go beside
it as ``name_summary.csv`` …; or all in one zip. Text goes through the same formula guard as the Excel report: in CSV every cell is
typed by the program that opens it, so a leading "=" would be a formula there.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from models.export import columns as C
from models.export.report_data import ReportBuilder
from models.export.rows import Row, cells
from models.export.safe import safe_text
from models.fileio import atomic_write
from models.progress import Cancel, Progress

TABLES = ("summary", "totals", "amounts", "entities", "entity_counts", "documents", "relations")
ROW_TABLES = ("amounts", "entities", "entity_counts", "documents", "relations")  # typed rows
ENCODING = "utf-8-sig"


def csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="minutes")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, str):
        return safe_text(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**63:
        return int(v)
    return v


def _headers(table: str, language: str) -> list[str]:
    if table == "summary":
        return ["항목", "값"] if language != "en" else ["Item", "Value"]
    if table == "totals":
        group = "구분" if language != "en" else "Grouping"
        return [group, *(c.header(language) for c in C.TOTALS)]
    return [c.header(language) for c in C.TABLES[table]]


_GROUP_NAMES = {"currency": ("통화", "currency"), "project": ("사업", "project"),
                "proposer": ("제안자", "proposer"), "body": ("소속", "body"),
                "region": ("지역", "region"), "funding": ("사업별 재원", "project by source"),
                "outlet": ("언론사", "outlet")}


def write_tables(builder: ReportBuilder, handles: dict[str, IO[str]], *, language: str,
                 exported_at: datetime, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> dict[str, int]:
    """Stream every table into its text handle; returns data rows per table."""
    writers = {t: csv.writer(handles[t]) for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    for t in TABLES:
        writers[t].writerow(_headers(t, language))

    def put(table: str, values: Iterable[Any]) -> None:
        writers[table].writerow([csv_value(v) for v in values])
        counts[table] += 1

    cells_of = {t: cells(C.TABLES[t]) for t in TABLES if t in ROW_TABLES}

    def put_row(table: str, row: Row) -> None:
        put(table, cells_of[table](row))  # each cell read by its column's key

    for table, row in builder.rows(progress, cancel):
        put_row(table, row)
    for count_row in builder.entity_count_rows():
        put_row("entity_counts", count_row)
    summary = builder.summary(exported_at)
    for label, value in summary.facts:
        put("summary", [label, value])
    for kind, (ko, en) in _GROUP_NAMES.items():
        group = en if language == "en" else ko
        for name, currency, tot in summary.totals.sorted(kind):
            total = tot.total
            eok = total / 1e8 if total is not None and currency == "KRW" else None
            put("totals", [group, name, currency, tot.amounts, tot.counted, total, tot.low,
                           tot.high, tot.korean(currency, language), eok, tot.approx,
                           tot.vague])
    return counts


def _text_handle(raw: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding=ENCODING, newline="", write_through=False)


def write_csv_files(builder: ReportBuilder, output: Path, *, language: str,
                    exported_at: datetime, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> tuple[list[Path], dict[str, int]]:
    """One file per table. ``output`` is a folder, or ``name.csv`` (the amounts; the other
    tables as ``name_<table>.csv`` beside it).

    Each file is written to a temporary file first; the targets are replaced only once every
    table is complete, so a cancelled or failed export leaves the old files as they were.
    """
    if output.suffix.lower() == ".csv":
        folder, names = output.parent, {t: f"{output.stem}_{C.CSV_NAMES[t]}" for t in TABLES}
        names["amounts"] = output.name  # the file asked for exists, with the main table
    else:
        output.mkdir(parents=True, exist_ok=True)
        folder, names = output, dict(C.CSV_NAMES)
    paths = {t: folder / names[t] for t in TABLES}
    with ExitStack() as stack:
        handles = {t: stack.enter_context(atomic_write(paths[t], "w", encoding=ENCODING))
                   for t in TABLES}
        counts = write_tables(builder, handles, language=language, exported_at=exported_at,
                              progress=progress, cancel=cancel)
    return [paths[t] for t in TABLES], counts


def write_csv_zip(builder: ReportBuilder, output: Path, *, language: str,
                  exported_at: datetime, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> dict[str, int]:
    """All tables in one zip: streamed to temporary files, then packed into place."""
    with ExitStack() as stack:
        raws = {t: stack.enter_context(tempfile.TemporaryFile("w+b")) for t in TABLES}
        texts = {t: _text_handle(raws[t]) for t in TABLES}
        for t in TABLES:
            stack.callback(texts[t].detach)  # keep the raw file open for packing
        counts = write_tables(builder, dict(texts), language=language,
                              exported_at=exported_at, progress=progress, cancel=cancel)
        for t in TABLES:
            texts[t].flush()
        with atomic_write(output, "wb") as fh, \
                zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for t in TABLES:
                raws[t].seek(0)
                with zf.open(C.CSV_NAMES[t], "w", force_zip64=True) as member:
                    shutil.copyfileobj(raws[t], member, 1 << 20)
    return counts


def read_csv(path: Path) -> Iterator[list[str]]:
    """Rows of a CSV written here (tests and checks)."""
    with open(path, encoding=ENCODING, newline="") as fh:
        yield from csv.reader(fh)
