"""CSV and XLSX tables: one document per row, BigKinds exports recognised by their header.

A BigKinds (빅카인즈) news export has these 19 columns: 뉴스 식별자, 일자 (YYYYMMDD), 언론사, 기고자,
제목, 통합 분류1-3, 사건/사고 분류1-3, 인물, 위치, 기관, 키워드, 특성추출(가중치순 상위 50개), 본문
(cut to about 200 characters by BigKinds), URL, 분석제외 여부 ("중복", "예외", …). 인물/위치/기관
hold BigKinds' own comma-separated entity lists: they become ``ImportedDoc.hints``. The other
columns not used for a document field go to ``meta`` under their header, in every table.

Any other table needs a text column: given by the CLI (``--text-column``) or found among common
header names (text, body, content, 본문, 내용, …). Header matching ignores case and spaces.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from models.domain import EmptyText, ImportedDoc, InputError
from models.importers.encoding import decode_bytes
from models.importers.limits import check_workbook_zip
from models.progress import Progress
from models.textnorm import clean_field, normalize, normalize_text

Item = ImportedDoc | InputError
PROGRESS_EVERY = 200  # rows between progress calls


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Header names of the columns that hold each document field (None = auto-detect)."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    id: str | None = None


# Header keys (see _key) recognised for each field, best first.
AUTO_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "contents", "article", "본문", "내용", "기사본문",
             "기사내용", "기사", "텍스트", "원문"),
    "title": ("title", "headline", "subject", "제목", "기사제목", "헤드라인"),
    "date": ("date", "published", "publishedat", "pubdate", "datetime", "일자", "날짜", "작성일",
             "발행일", "게재일", "보도일", "등록일", "기사일자"),
    "outlet": ("outlet", "press", "publisher", "media", "newspaper", "source", "언론사", "매체",
               "신문사", "출처", "매체명"),
    "author": ("author", "byline", "writer", "reporter", "기고자", "기자", "작성자", "저자"),
    "url": ("url", "link", "href", "링크", "주소", "기사url"),
    "id": ("id", "docid", "doc_id", "articleid", "article_id", "뉴스식별자", "식별자", "기사id"),
}

BIGKINDS_FIELDS = {"text": "본문", "title": "제목", "date": "일자", "outlet": "언론사",
                   "author": "기고자", "url": "url", "id": "뉴스식별자"}
BIGKINDS_HINTS = {"인물": "PERSON", "위치": "LOCATION", "기관": "ORG"}
_BIGKINDS_MARKERS = {"뉴스식별자", "일자", "언론사", "기고자", "제목", "통합분류1", "인물", "위치",
                     "기관", "키워드", "분석제외여부"}


def _key(header: object) -> str:
    """Header comparison key: normalised, no whitespace, case-folded ("통합 분류1" = "통합분류1")."""
    return "".join(normalize_text(str(header)).split()).casefold() if header is not None else ""


def is_bigkinds(header: Sequence[object]) -> bool:
    keys = {_key(h) for h in header}
    return "본문" in keys and len(keys & _BIGKINDS_MARKERS) >= 5


# --- dates -------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?")
_SEP_DATE = re.compile(
    r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*(?:일)?\.?(?:[\sT(].*)?"
)


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    """A date from a cell: date/datetime, YYYYMMDD (text or number), YYYY-MM-DD, YYYY.MM.DD,
    YYYY/MM/DD, "2024년 5월 8일", ISO date-times, Excel serial numbers. None if not a date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        if float(value).is_integer() and 10000101 <= value <= 29991231:
            v = int(value)
            return _make_date(v // 10000, v // 100 % 100, v % 100)
        if 1 <= value < 100000:  # Excel serial day number (a date cell read without format)
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = " ".join(normalize_text(str(value)).split())
    m = _COMPACT_DATE.fullmatch(text) or _SEP_DATE.fullmatch(text)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


# --- header → layout ---------------------------------------------------------------------


@dataclass(slots=True)
class _Layout:
    fields: dict[str, int]  # document field → column index
    hints: dict[int, str]  # column index → label (BigKinds 인물/위치/기관)
    meta: list[tuple[int, str]]  # remaining columns: index, header
    names: list[str]  # display name of each column
    bigkinds: bool


def _column_names(header: Sequence[object]) -> list[str]:
    names: list[str] = []
    for i, h in enumerate(header):
        name = clean_field(h) or f"column {i + 1}"
        if name in names:
            name = f"{name} ({i + 1})"
        names.append(name)
    return names


def _layout(path: str, header: Sequence[object], columns: ColumnMap | None) -> _Layout:
    names = _column_names(header)
    keys = [_key(h) for h in header]
    bigkinds = is_bigkinds(header)

    def find(key: str) -> int | None:
        return keys.index(key) if key in keys else None

    chosen: dict[str, int] = {}
    for f in fields(ColumnMap):
        wanted = getattr(columns, f.name) if columns is not None else None
        if wanted is not None:
            idx = find(_key(wanted))
            if idx is None:
                raise InputError(
                    path,
                    f"column '{wanted}' (for {f.name}) not found; columns are: {', '.join(names)}",
                )
            chosen[f.name] = idx
            continue
        if bigkinds:
            idx = find(BIGKINDS_FIELDS[f.name])
        else:
            idx = next((i for k in AUTO_NAMES[f.name] if (i := find(k)) is not None), None)
        if idx is not None and idx not in chosen.values():
            chosen[f.name] = idx
    if "text" not in chosen:
        raise InputError(
            path, f"no text column; columns are: {', '.join(names)}; use --text-column"
        )
    hints: dict[int, str] = {}
    if bigkinds:
        for k, label in BIGKINDS_HINTS.items():
            idx = find(k)
            if idx is not None and idx not in chosen.values():
                hints[idx] = label
    used = set(chosen.values()) | set(hints)
    meta = [(i, names[i]) for i in range(len(names)) if i not in used]
    return _Layout(chosen, hints, meta, names, bigkinds)


# --- rows → documents --------------------------------------------------------------------


def _cell_str(value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # ids and years typed into Excel come back as 2024.0
    return clean_field(value)


def _meta_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return clean_field(value)


def _split_names(value: Any) -> list[str]:
    out: list[str] = []
    for part in normalize_text(str(value)).split(","):
        name = " ".join(part.split())
        if name and name not in out:
            out.append(name)
    return out


def _row_doc(path: str, layout: _Layout, row: Sequence[Any], line: int) -> Item | None:
    """The document of one row; None for a blank row; an InputError for a bad one."""
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
        return None

    def cell(i: int | None) -> Any:
        return row[i] if i is not None and i < len(row) else None

    f = layout.fields
    raw_text = cell(f["text"])
    text = normalize(str(raw_text)).text.strip() if raw_text is not None else ""
    if not text:
        return EmptyText(
            path, f"row {line}: empty text in column '{layout.names[f['text']]}'", line=line
        )
    doc = ImportedDoc(text=text, source_file=path, line=line)
    doc.title = _cell_str(cell(f.get("title")))
    doc.outlet = _cell_str(cell(f.get("outlet")))
    doc.author = _cell_str(cell(f.get("author")))
    doc.url = _cell_str(cell(f.get("url")))
    doc.external_id = _cell_str(cell(f.get("id")))
    raw_date = cell(f.get("date"))
    doc.date = parse_date(raw_date)
    if doc.date is None and _cell_str(raw_date) is not None:
        doc.meta[layout.names[f["date"]]] = _meta_value(raw_date)  # keep what we could not read
    for i, label in layout.hints.items():
        v = cell(i)
        if v is not None and (names := _split_names(v)):
            doc.hints[label] = names
    for i, name in layout.meta:
        v = _meta_value(cell(i))
        if v is not None:
            doc.meta[name] = v
    return doc


def _docs(
    path: str,
    header: Sequence[Any],
    rows: Iterable[tuple[int, Sequence[Any]]],
    columns: ColumnMap | None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Item]:
    layout = _layout(path, header, columns)
    for n, (line, row) in enumerate(rows, 1):
        item = _row_doc(path, layout, row, line)
        if item is not None:
            yield item
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(line)


# --- CSV ---------------------------------------------------------------------------------

_DELIMITERS = (",", "\t", ";")


def sniff_delimiter(text: str) -> str:
    """The delimiter among , TAB ; that splits the first rows into the most, consistent columns."""
    sample = text[: 64 * 1024]
    best, best_score = ",", (0.0, 0)
    for delim in _DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if r]
        except csv.Error:
            continue
        if len(sample) < len(text):
            rows = rows[:-1] or rows  # the last row of a cut sample may be cut too
        rows = rows[:50]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(len(r) == width for r in rows) / len(rows), width)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv(
    path: Path,
    data: bytes | None = None,
    columns: ColumnMap | None = None,
    progress: Progress | None = None,
    delimiter: str | None = None,
) -> Iterator[Item]:
    """Rows of a CSV/TSV file (UTF-8, UTF-8 with BOM, UTF-16, CP949); units of progress: chars."""
    where = str(path)
    if data is None:
        data = path.read_bytes()
    text = decode_bytes(data, where)
    delim = delimiter or sniff_delimiter(text)
    csv.field_size_limit(2**31 - 1)  # whole articles in one cell exceed the 128 KiB default
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=delim)
    total = len(text)

    def records() -> Iterator[tuple[int, list[str]]]:
        start = 1
        while True:
            offset = stream.tell()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                line = reader.line_num
                raise InputError(where, f"line {line}: bad CSV: {err}", line=line) from None
            if row and stream.tell() >= total and _unclosed_quote(text[offset:], row):
                # The lenient reader let a quoted cell swallow the rest of the file, rows and
                # all: say so rather than store many articles as one.
                raise InputError(where, f"line {start}: bad CSV: a quoted cell is never closed "
                                 "(it runs to the end of the file)", line=start)
            if row:
                yield start, row
            start = reader.line_num + 1

    rows = records()
    header = next(rows, None)
    if header is None:
        raise InputError(where, "empty file (no header row)")
    report = (lambda _line: progress(stream.tell(), total)) if progress else None
    yield from _docs(where, header[1], rows, columns, report)
    if progress is not None:
        progress(total, total)


def _unclosed_quote(raw: str, row: list[str]) -> bool:
    """The last row's raw text has an odd number of quotes and a cell spanning lines."""
    return raw.count('"') % 2 == 1 and any("\n" in cell for cell in row)


# --- XLSX --------------------------------------------------------------------------------


def _encrypted(where: str, err: RuntimeError) -> BaseException:
    """zipfile's refusal of an encrypted part as the workbook's problem; any other
    RuntimeError is a bug, not the file's, and goes on as it is."""
    if "encrypted" not in str(err):
        return err
    return InputError(where, "a part of the workbook is protected by a password; save it from "
                      "Excel without a password and import that")


def _open_workbook(path: Path) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    where = str(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise InputError(where, "empty file")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            where,
            "not an .xlsx workbook: an old .xls file or a password-protected workbook; "
            "save it from Excel as .xlsx without a password",
        )
    if not head.startswith(b"PK"):
        raise InputError(where, "not an Excel workbook (.xlsx is a ZIP file; this is not)")
    check_workbook_zip(path)
    try:
        # data_only: formulas are never evaluated, their cached results are read (a formula
        # without one reads as empty); keep_links=False: links to other workbooks are ignored.
        # openpyxl parses the XML with defusedxml when it is installed (entity attacks).
        with warnings.catch_warnings():
            # POI writes no styles part; openpyxl's "Workbook contains no default style"
            # warning would reach the terminal for every BigKinds download.
            warnings.simplefilter("ignore", UserWarning)
            return openpyxl.load_workbook(path, read_only=True, data_only=True,
                                          keep_links=False)
    except InputError:
        raise
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError,
            SyntaxError, EOFError, zlib.error, NotImplementedError) as err:
        # NotImplementedError: a part packed by a method zipfile lacks (or a damaged header)
        raise InputError(where, f"not a readable Excel workbook: {_xml_problem(err)}") from None
    except RuntimeError as err:
        raise _encrypted(where, err) from None


def _xml_problem(err: BaseException) -> str:
    """A one-line reason: the innermost cause (openpyxl wraps its parser's errors in a
    three-line ValueError); defusedxml's refusals (entities, DTDs) say what they are."""
    chain: list[BaseException] = []
    cause: BaseException | None = err
    while cause is not None and len(chain) < 8:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(type(e).__module__.startswith("defusedxml") for e in chain):
        return ("it contains XML entity or DTD declarations, which Excel never writes "
                "(refused as unsafe)")
    text = str(chain[-1]).strip()
    return text.splitlines()[0] if text else type(chain[-1]).__name__


def _unescape_row(row: Sequence[Any]) -> Sequence[Any]:
    """Excel stores a CR inside a cell as "_x000D_"; openpyxl hands that through as text."""
    from openpyxl.utils.escape import unescape

    return [unescape(v) if isinstance(v, str) and "_x" in v else v for v in row]


def read_xlsx(
    path: Path, columns: ColumnMap | None = None, progress: Progress | None = None
) -> Iterator[Item]:
    """Rows of the first sheet that has a text column; units of progress: rows."""
    where = str(path)
    wb = _open_workbook(path)
    try:
        yield from _sheet_rows(where, wb, columns, progress)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, SyntaxError, EOFError,
            zlib.error, NotImplementedError) as err:
        # A sheet is parsed as it is read: a damaged or hostile part shows up only now.
        raise InputError(where, f"not a readable Excel workbook: {_xml_problem(err)}") from None
    except RuntimeError as err:
        raise _encrypted(where, err) from None
    finally:
        wb.close()


def _sheet_rows(
    where: str, wb: Any, columns: ColumnMap | None, progress: Progress | None
) -> Iterator[Item]:
    first_error: InputError | None = None
    for ws in wb.worksheets:
        # Apache POI (BigKinds' exporter) declares <dimension ref="A1"/> whatever the sheet
        # holds, and openpyxl's read-only mode would read that one cell: a sheet that claims a
        # single cell is read to its end instead (its row count is then unknown for progress).
        if (ws.max_row or 0) <= 1 and (ws.max_column or 0) <= 1:
            ws.reset_dimensions()
        cells = ws.iter_rows(values_only=True)
        rows = ((i, _unescape_row(row)) for i, row in enumerate(cells, 1))
        header = next(
            ((i, r) for i, r in rows if any(v is not None and str(v).strip() for v in r)),
            None,
        )
        if header is None:
            continue
        try:
            _layout(where, header[1], columns)
        except InputError as err:
            first_error = first_error or err
            continue
        total = ws.max_row or 0
        report = (lambda line, total=total: progress(line, total)) if progress else None
        yield from _docs(where, header[1], rows, columns, report)
        if progress is not None:
            progress(total, total)
        return
    raise first_error or InputError(where, "the workbook has no rows")
