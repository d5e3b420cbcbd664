"""The Excel report, written in openpyxl's streaming (write-only) mode.

Every sheet streams to its own temporary file, so rows of several sheets can be written in one
pass over the documents and the Summary (the first sheet) is filled in last. A table longer than
a sheet (1,048,576 rows with the header) continues on "금액 (2)", "금액 (3)" … right after it.

Speed: data rows are serialised by TableWriter itself (see there). Excel allows 65,530
hyperlinks per sheet: further URLs become HYPERLINK formulas.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from copy import copy
from datetime import date, datetime
from math import isinf, isnan
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.properties import PageSetupProperties

from models.export import columns as C
from models.export.columns import Column
from models.export.report_data import ReportBuilder, Summary
from models.export.rows import Row, cells
from models.export.safe import hyperlink_formula, link_target, safe_cell, safe_text
from models.progress import Cancel, Progress

EXCEL_MAX_ROWS = 1_048_576
HYPERLINKS_PER_SHEET = 65_530
MONEY_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
NUMBER_FORMAT = "#,##0.##"
EOK = 100_000_000  # 억
CHART_BARS = 10
TITLE_HEIGHT, SECTION_HEIGHT = 24.0, 19.0  # points, for the 14 pt title and 12 pt sections
FACT_LINE = 70  # characters of a long fact per row (Korean text over columns B to K)

_FORMATS = {C.MONEY: MONEY_FORMAT, C.DATE: DATE_FORMAT, C.DATETIME: DATETIME_FORMAT,
            C.NUMBER: NUMBER_FORMAT}
HEADER_FILL = "1F4E78"
FAST_ROWS = True  # False: every row through openpyxl's cells (tests compare the two)


class _Styles:
    """Style arrays made once per workbook and copied onto cells."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        def styled(**attrs: Any) -> Any:
            cell = WriteOnlyCell(ws)
            for key, value in attrs.items():
                setattr(cell, key, value)
            return cell._style

        self.header = styled(font=Font(bold=True, color="FFFFFF"),
                             fill=PatternFill("solid", fgColor=HEADER_FILL),
                             alignment=Alignment(vertical="center", wrap_text=True))
        self.link = styled(font=Font(color="0563C1", underline="single"))
        self.title = styled(font=Font(bold=True, size=14))
        self.section = styled(font=Font(bold=True, size=12, color=HEADER_FILL))
        self.label = styled(font=Font(bold=True))
        self.wrap = styled(alignment=Alignment(wrap_text=True, vertical="top"))
        self.formats = {kind: styled(number_format=fmt) for kind, fmt in _FORMATS.items()}

    def cell(self, ws: WriteOnlyWorksheet, value: Any, style: Any) -> Any:
        c = WriteOnlyCell(ws, value=value)
        c._style = copy(style)
        return c


class _Prepared(list[Any]):
    """A data row that TableWriter turns into XML itself (see TableWriter._install)."""

    __slots__ = ()


def _esc(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _inline(ref: str, text: str, style: str = "") -> str:
    stripped = text.strip()
    space = ' xml:space="preserve"' if stripped and stripped != text else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_esc(text)}</t></is></c>'


class TableWriter:
    """One table on one or more sheets: header, frozen first row, filter, widths, formats.

    Data rows are serialised here, one string per row written straight into openpyxl's
    stream for the sheet: openpyxl's own path builds an XML element object per cell and runs a
    namespace-aware serialiser over it, which is most of the cost of a big export. The XML is the
    same as openpyxl writes (inline strings, ``t="n"`` numbers with the column's style, booleans,
    dates as serial numbers, hyperlinks through the sheet's hyperlink list). If openpyxl's
    internals are not as expected (another version, lxml), rows go through openpyxl's cells.
    """

    def __init__(self, wb: Workbook, title: str, columns: tuple[Column, ...], language: str,
                 styles: _Styles, max_rows: int = EXCEL_MAX_ROWS) -> None:
        if max_rows < 2:
            raise ValueError("max_rows must leave room for the header and one row")
        self.wb = wb
        self.title = title
        self.columns = columns
        self.lang = language
        self.styles = styles
        self.max_rows = max_rows
        self.sheets: list[WriteOnlyWorksheet] = []
        self.rows = 0  # data rows written, all sheets
        self._ws: WriteOnlyWorksheet | None = None
        self._on_sheet = 0  # rows on the current sheet, header included
        self._links = 0
        self._hooked = False
        self._kinds = [c.kind for c in columns]
        self._cells_of = cells(columns)  # a row's cells, each read by its column's key
        self._letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        self._sid: dict[str, str] = {}  # kind → ' s="N"'

    def _new_sheet(self) -> WriteOnlyWorksheet:
        n = len(self.sheets) + 1
        title = self.title if n == 1 else f"{self.title} ({n})"
        ws = self.wb.create_sheet(title[:31])
        ws.freeze_panes = "A2"
        for i, col in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        header = []
        for col in self.columns:
            cell = self.styles.cell(ws, col.header(self.lang), self.styles.header)
            note = col.note(self.lang)
            if note:
                cell.comment = Comment(note, "Bitgeul", width=320, height=110)
            header.append(cell)
        ws.append(header)
        if not self._sid:
            for kind, style in (*self.styles.formats.items(), ("link", self.styles.link)):
                self._sid[kind] = f' s="{self.styles.cell(ws, None, style).style_id}"'
        self._hooked = self._install(ws)
        self.sheets.append(ws)
        self._ws, self._on_sheet, self._links = ws, 1, 0
        return ws

    def _install(self, ws: WriteOnlyWorksheet) -> bool:
        """Route :class:`_Prepared` rows around openpyxl's per-cell objects; False if unable."""
        writer = getattr(ws, "_writer", None)
        to_cells = getattr(ws, "_values_to_row", None)
        write_row = getattr(writer, "write_row", None)
        if not callable(to_cells) or not callable(write_row):
            return False

        def values_to_row(values: Any, row_idx: int) -> Any:
            return values if values.__class__ is _Prepared else to_cells(values, row_idx)

        def fast_write_row(xf: Any, row: Any, row_idx: int) -> None:
            if row.__class__ is not _Prepared:
                write_row(xf, row, row_idx)
                return
            raw = getattr(xf, "_file", None) if FAST_ROWS else None
            if callable(raw):
                raw(self._xml(ws, row, row_idx))
            else:
                write_row(xf, list(self._cells(ws, row, row_idx)), row_idx)

        ws._values_to_row = values_to_row
        writer.write_row = fast_write_row  # type: ignore[union-attr]
        return True

    def append(self, row: Row) -> None:
        values = self._cells_of(row)
        ws = self._ws
        if ws is None or self._on_sheet >= self.max_rows:
            ws = self._new_sheet()
        self._on_sheet += 1
        self.rows += 1
        if self._hooked:
            ws.append(_Prepared(values))
        else:
            ws.append(list(self._cells(ws, values, self._on_sheet)))

    # -- a row as XML ------------------------------------------------------------------------

    def _xml(self, ws: WriteOnlyWorksheet, row: Sequence[Any], row_idx: int) -> str:
        r = str(row_idx)
        kinds, letters, sid = self._kinds, self._letters, self._sid
        parts = [f'<row r="{r}">']
        for i, v in enumerate(row):
            if v is None:
                continue
            ref = letters[i] + r
            cls = v.__class__
            if cls is str:
                if kinds[i] == C.URL:
                    parts.append(self._url_xml(ws, ref, v))
                else:
                    text = safe_text(v)
                    if text:
                        parts.append(_inline(ref, text))
            elif cls is bool:
                parts.append(f'<c r="{ref}" t="b"><v>{1 if v else 0}</v></c>')
            elif cls is int or cls is float:
                if cls is float and (isnan(v) or isinf(v)):
                    continue
                parts.append(f'<c r="{ref}"{sid.get(kinds[i], "")} t="n"><v>{v:.16g}</v></c>')
            elif isinstance(v, date):
                style = sid[C.DATETIME] if isinstance(v, datetime) else sid[C.DATE]
                serial = to_excel(v, self.wb.epoch)
                parts.append(f'<c r="{ref}"{style} t="n"><v>{serial:.16g}</v></c>')
            else:
                text = safe_text(str(v))
                if text:
                    parts.append(_inline(ref, text))
        parts.append("</row>")
        return "".join(parts)

    def _url_xml(self, ws: WriteOnlyWorksheet, ref: str, url: str) -> str:
        target = link_target(url)
        shown = safe_text(url) or ""
        if target is None:
            return _inline(ref, shown)
        if self._links < HYPERLINKS_PER_SHEET:
            self._links += 1
            ws._hyperlinks.append(Hyperlink(ref=ref, target=target))
            return _inline(ref, shown, self._sid["link"])
        formula = hyperlink_formula(target)
        if formula is None:
            return _inline(ref, shown)
        return f'<c r="{ref}"{self._sid["link"]}><f>{_esc(formula[1:])}</f><v/></c>'

    # -- the same row as openpyxl cells (fallback, and the reference the tests compare to) ------

    def _cells(self, ws: WriteOnlyWorksheet, row: Sequence[Any], row_idx: int
               ) -> Iterator[Any]:
        styles = self.styles
        for i, v in enumerate(row):
            if v is None:
                continue
            kind = self._kinds[i]
            if isinstance(v, str):
                cell = self._url_cell(ws, v) if kind == C.URL else WriteOnlyCell(ws, safe_text(v))
            else:
                cell = WriteOnlyCell(ws, v)
                if isinstance(v, date):
                    fmt = C.DATETIME if isinstance(v, datetime) else C.DATE
                    cell._style = copy(styles.formats[fmt])
                elif kind in _FORMATS and not isinstance(v, bool):
                    cell._style = copy(styles.formats[kind])
            cell.row, cell.column = row_idx, i + 1
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell

    def _url_cell(self, ws: WriteOnlyWorksheet, url: str) -> Any:
        target = link_target(url)
        if target is None:
            return WriteOnlyCell(ws, safe_text(url))
        if self._links < HYPERLINKS_PER_SHEET:
            self._links += 1
            cell = self.styles.cell(ws, safe_text(url), self.styles.link)
            cell.hyperlink = target
            return cell
        formula = hyperlink_formula(target)
        if formula is None:
            return WriteOnlyCell(ws, safe_text(url))
        return self.styles.cell(ws, formula, self.styles.link)

    def finish(self) -> None:
        """Autofilter over every sheet's rows; a table with no rows still gets its header."""
        if not self.sheets:
            self._new_sheet()
        last_col = get_column_letter(len(self.columns))
        for k, ws in enumerate(self.sheets):
            last_row = self.max_rows if k < len(self.sheets) - 1 else self._on_sheet
            ws.auto_filter.ref = f"A1:{last_col}{max(last_row, 1)}"


def _summary_sheet(ws: WriteOnlyWorksheet, summary: Summary, styles: _Styles,
                   language: str) -> None:
    """Facts, then one totals block per grouping, then a bar chart of the largest budgets."""
    cols = C.TOTALS
    for i, c in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    # Column B also holds the facts' values (export time, first and last article date): wide
    # enough for a date-time, or Excel shows ###.
    ws.column_dimensions["B"].width = max(cols[1].width, 18)
    _print_setup(ws)
    row_no = 0

    def put(cells: list[Any], height: float | None = None) -> None:
        nonlocal row_no
        if height is not None:  # a bigger font: room for it, so it does not touch the next row
            ws.row_dimensions[row_no + 1].height = height
        ws.append([safe_cell(c) for c in cells])  # names and currencies come from articles
        row_no += 1

    def value_cell(v: Any) -> Any:
        if isinstance(v, datetime):
            return styles.cell(ws, v, styles.formats[C.DATETIME])
        if hasattr(v, "isoformat"):
            return styles.cell(ws, v, styles.formats[C.DATE])
        if isinstance(v, str):
            return safe_text(v)
        return v

    title, _ = summary.facts[0]
    put([styles.cell(ws, title, styles.title)], TITLE_HEIGHT)
    put([])
    for label, value in summary.facts[1:]:
        # A long text runs on over the empty cells to its right, one line a row: wrapped in
        # one cell it would need a row taller than Excel and printers keep, and overlap.
        lines = _lines(value) if isinstance(value, str) else [value]
        put([styles.cell(ws, label, styles.label), value_cell(lines[0])])
        for more in lines[1:]:
            put([None, value_cell(more)])
    ko = language != "en"
    titles = {
        "currency": "통화별 합계" if ko else "Totals by currency",
        "project": "사업별 합계" if ko else "Totals per project",
        "proposer": "제안자별 합계" if ko else "Totals per proposer",
        "body": "소속 기관별 합계" if ko else "Totals per body",
        "region": "지역별 합계" if ko else "Totals per region",
        "funding": "사업별 재원 (총액의 몫)" if ko else "Projects by source of funds (shares)",
        "outlet": "언론사별 합계" if ko else "Totals per outlet",
    }
    chart_rows: tuple[int, int] | None = None
    for kind in ("currency", "project", "proposer", "body", "region", "funding", "outlet"):
        if kind == "funding" and not summary.totals.sorted(kind):
            continue  # no shares in this report
        put([])
        put([styles.cell(ws, titles[kind], styles.section)], SECTION_HEIGHT)
        put([styles.cell(ws, c.header(language), styles.header) for c in cols])
        first = row_no + 1
        krw = 0  # KRW rows with a sum, from the top: the bars of the chart
        for name, currency, t in summary.totals.sorted(kind):
            total = t.total
            eok = total / EOK if total is not None and currency == "KRW" else None
            if eok is not None and eok > 0 and krw == row_no + 1 - first:
                krw += 1
            put([safe_text(name), currency, t.amounts, t.counted,
                 _fmt(styles, ws, total, C.MONEY), _fmt(styles, ws, t.low, C.MONEY),
                 _fmt(styles, ws, t.high, C.MONEY), safe_text(t.korean(currency, language)),
                 _fmt(styles, ws, eok, C.NUMBER), t.approx, t.vague])
        # KRW rows come first, largest first: the chart shows the top of the project block.
        if kind == "project" and krw:
            chart_rows = (first, first + min(krw, CHART_BARS) - 1)
    if chart_rows is not None:
        ws.add_chart(_budget_chart(ws, chart_rows, language), "M2")


def _print_setup(ws: WriteOnlyWorksheet) -> None:
    """A4 landscape, fitted to the page width (as many pages down as it takes)."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _lines(text: str, width: int = FACT_LINE) -> list[str]:
    """``text`` cut at spaces into lines of at most ``width`` characters (one if it fits)."""
    out: list[str] = []
    line = ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return out


def _fmt(styles: _Styles, ws: WriteOnlyWorksheet, v: float | None, kind: str) -> Any:
    if v is None:
        return None
    if kind == C.MONEY and float(v).is_integer():
        v = int(v)
    return styles.cell(ws, v, styles.formats[kind])


def _budget_chart(ws: WriteOnlyWorksheet, rows: tuple[int, int], language: str) -> BarChart:
    chart = BarChart()
    chart.type = "bar"  # horizontal bars: long Korean project names stay readable
    chart.style = 10
    chart.title = "가장 큰 사업 예산 (억원)" if language != "en" else "Largest budgets (100M KRW)"
    chart.legend = None
    data = Reference(ws, min_col=9, min_row=rows[0], max_row=rows[1])
    cats = Reference(ws, min_col=1, min_row=rows[0], max_row=rows[1])
    chart.add_data(data, titles_from_data=False)
    chart.set_categories(cats)
    chart.x_axis.scaling.orientation = "maxMin"  # the largest at the top
    chart.y_axis.numFmt = "#,##0"
    chart.y_axis.majorGridlines = None
    # openpyxl 3.1 writes axes as deleted unless told otherwise: Excel would hide the labels.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = 2 + 0.9 * (rows[1] - rows[0] + 1)
    chart.width = 22
    return chart


TABLE_ORDER = ("summary", "amounts", "entities", "entity_counts", "documents", "relations")


def write_xlsx(fh: IO[bytes], builder: ReportBuilder, *, language: str = "ko",
               exported_at: datetime, progress: Progress | None = None,
               cancel: Cancel | None = None, max_rows: int = EXCEL_MAX_ROWS) -> dict[str, int]:
    """Write the whole report to ``fh``; returns the number of data rows per table."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "Bitgeul"
    wb.properties.title = "빛글 보고서" if language != "en" else "Bitgeul report"
    summary_ws = wb.create_sheet(C.sheet_name("summary", language))
    styles = _Styles(summary_ws)
    tables = {name: TableWriter(wb, C.sheet_name(name, language), C.TABLES[name], language,
                                styles, max_rows)
              for name in TABLE_ORDER[1:]}
    try:
        for name in TABLE_ORDER[1:]:
            tables[name]._new_sheet()  # the first sheet of each table, in this order
        for table, row in builder.rows(progress, cancel):
            tables[table].append(row)
        for row in builder.entity_count_rows():
            tables["entity_counts"].append(row)
        summary = builder.summary(exported_at)
        _summary_sheet(summary_ws, summary, styles, language)
        for t in tables.values():
            t.finish()
        # Continuation sheets were created last: put each right after its table.
        wb._sheets = [summary_ws, *(ws for name in TABLE_ORDER[1:] for ws in tables[name].sheets)]
        wb.active = 0
        wb.save(fh)
    except BaseException:
        _discard(wb)
        raise
    return {name: t.rows for name, t in tables.items()}



def _discard(wb: Workbook) -> None:
    """Close the sheets' streams and delete their temporary files after a failure or cancel.

    openpyxl removes them only when it saves; the row generator must end before the file it
    writes to is closed, or its finaliser writes into a closed file later.
    """
    for ws in wb._sheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()
        except Exception:  # noqa: S110 - best effort; the original error matters more
            pass
