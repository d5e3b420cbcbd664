"""MONEY in the tables of reports: bare numbers whose unit the table states once.

Reports (HWP, HWPX, DOCX) give budgets as tables, which the importers read one row a line with
the cells joined by " | ". The numbers carry no unit of their own: the table states it once,
before it ("(단위: 억원)") or in a column's head ("총사업비(억원)"). Here each number of a money
column of such a table becomes an amount in that unit, with the row it stands in: the row's
first cell names what the money is for (models.nlp.project_tables links it) and the column's
head says whose share it is (국비, 시비: models.nlp.shares).

A table that states no unit but whose cells each carry their own ("96억원 | 38억원") is read the
same way, cell by cell. Left alone: tables with neither, columns whose head says they hold no
money (기간, 연도, 비율, 개소 …), rows of sums (합계, 소계, 계: the rows above, again) and numbers
marked as a decrease (△50, ▲50), which are changes, not budgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.domain import FUNDING_SOURCES, Span, Value
from models.nlp.column_roles import _MONEY_HEAD, _SUM_ROW, _column_roles, compares_years
from models.nlp.column_roles import PER_UNIT_HEAD as PER_UNIT_HEAD
from models.nlp.list_marks import FIELD_MARK
from models.nlp.table_cells import money_cell, scaled_cell, told_cells
from models.text_cache import per_text

SEP = " | "
SOURCE = "rule:table-money"  # the source of the amounts read here
# "(단위: 억원)", "[단위 : 백만원]", "<단위:천 원>", "단위: 억 원": the unit of the whole table
_CURRENCIES = {"원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY", "USD": "USD",
               "EUR": "EUR", "JPY": "JPY", "CNY": "CNY"}
_CURRENCY_WORD = "(?:원|달러|유로|엔|위안|USD|EUR|JPY|CNY)"
_UNIT_WORD = r"(?P<unit>(?:천|만|백만|천만|억|십억|조)?\s?" + _CURRENCY_WORD + ")"
_UNIT_LINE = re.compile(r"단위\s*[:：]?\s*" + _UNIT_WORD)
# "총사업비(억원)", "국비 (백만원)", "사업비(EUR)": the unit of one column
_HEAD_UNIT = re.compile(r"[(\[]\s*" + _UNIT_WORD + r"\s*[)\]]")
_SCALE = {"": 1, "천": 10**3, "만": 10**4, "백만": 10**6, "천만": 10**7, "억": 10**8,
          "십억": 10**9, "조": 10**12}
# Heads of columns that hold no money even in a table "in 억원"
_NOT_MONEY = re.compile(r"기간|연도|년도|^년$|연차|비율|비중|증감률|[율률]$|%|개소|인원|명$|건수|^수$|순위|고용$|일자리\s?(?:수|창출)$|"
                        r"(?:사업|업체|학교|가구|기관|시설|단체|대상자?|참여자?)\s?수$|"
                        r"번호|연번|순번|^no\.?$|면적|길이|위치|지역|비고|일정|시기|착공|준공|완공|개수|규격|단계",
                        re.I)
_GROUP_SUMS = (" 소계", " 합계", " 계")
# "소계(노인)", "합계 (A+B)": a sum row that names its group in brackets
_BRACKET_TAIL = re.compile(r"\s*[(（][^()（）]{0,20}[)）]$")
_WORDS = re.compile(r"[가-힣A-Za-z]{2}")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# a row's name with a unit that is no money: "비중(%)", "참여 기업(곳)", "면적(㎡)"
_OTHER_UNIT = re.compile(r"[(\[]\s*(?:%|％|명|곳|개|개소|건|대|호|㎡|m2|㎞|km|년|개월|배|가구|세대)\s*[)\]]\s*$")
# a cell's number, with its share of the row after it: "68,000 (80%)"
_CELL_NUMBER = re.compile(r"(?P<n>" + _NUMBER.pattern + r")(?:\s*[(（]\s*\d+(?:\.\d+)?\s*%\s*[)）])?")
# How far above a table its unit may be stated (its title, a note, a blank line)
_UNIT_LINES_BEFORE = 3


@dataclass(frozen=True, slots=True)
class TableAmount:
    span: Span  # MONEY over the number of the cell
    row_name: tuple[int, int] | None  # where the row's first cell names its item (None: a number)
    head: str  # the column's head, as written
    row: int  # where the row's line starts (cells of one row share it)
    # "before": a column compared with (전년); "change": a 증감 column; "sum": a 계 column
    role: str | None = None


def on_table_row(text: str, pos: int) -> bool:
    """``pos`` stands on a table's row: a line whose cells are joined by :data:`SEP`."""
    end = text.find("\n", pos)
    return is_row(text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)])


def is_row(line: str) -> bool:
    """``line`` is a row of a table: cells joined by " | ", or a row whose only other cell is
    empty ("1. 공연·전시 |": a group's name over its rows)."""
    return SEP in line or line.endswith(" |") and _WORDS.search(line) is not None


def find_table_money(text: str) -> list[Span]:
    """The MONEY spans of the tables of ``text`` (most texts have no table: no cost)."""
    # cells in bare 억 with no unit stated ("8억 | 2억 | 12억") are won, as a bare 억 is in news
    if not has_table(text) and "단위" not in text or "원" not in text and "달러" not in text and "억" not in text:
        return []
    return [a.span for a in table_amounts(text)]


def table_amounts(text: str) -> tuple[TableAmount, ...]:
    """Every amount of every table of ``text`` with a stated unit (or cells that carry their
    own: "96억원"), in text order."""
    return _read(text)[0]


def cells_read(text: str) -> frozenset[int]:
    """Where the cells of ``text``'s tables that carry their own unit start, sum rows' too: the
    amounts there are the tables' (:func:`table_amounts`), or none where a row sums the rows."""
    return _read(text)[1]


@per_text
def _read(text: str) -> tuple[tuple[TableAmount, ...], frozenset[int]]:
    lines = _lines(text)
    out: list[TableAmount] = []
    told: set[int] = set()
    k = 0
    last_end, last_unit = -9, None  # where the table before ends, and its unit
    while k < len(lines):
        if not is_row(lines[k][2]):
            if "단위" in lines[k][2]:
                out += _field_list(text, lines, k)
            if ")" in lines[k][2] or "）" in lines[k][2]:
                out += _unit_field(text, lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and is_row(lines[end][2]):
            end += 1
        if end - k >= 2 or _headless(lines[k][2]) and k - last_end <= 2:
            # a head row and at least one row of numbers, or a section of rows with no head of
            # its own under the table before it ("[지출]" between a fund's two lists)
            unit = _table_unit(lines, k, end)
            if unit is None and k - last_end <= 2 and all(
                    len(lines[j][2].strip()) <= 20 and not re.search("[:：]|단위|자료", lines[j][2])
                    for j in range(last_end, k)):
                unit = last_unit  # "(단위: 백만원)" once over "[수입]" … "[지출]" …
            out += _table(text, lines, k, end, unit, told)
            last_end, last_unit = end, unit
        k = end
    return tuple(out), frozenset(told)


# "|---|---|": a markdown table's rule under its head row, no row of its own
_RULE_LINE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of ``text`` with where each starts and ends; a markdown rule is left out, so
    the head row above it and the rows under it are one table."""
    out = []
    start = 0
    for line in text.split("\n"):
        if not _RULE_LINE.fullmatch(line):
            out.append((start, start + len(line), line))
        start += len(line) + 1
    return out


def _own_unit(cells: list[tuple[int, int, str]]) -> int | None:
    """The cell of a row that states the row's unit ("투자금액(원)"), before its numbers: the
    first, or one after a label ("2. 투자내역 | 투자금액(원) | …")."""
    for k, (_a, _b, cell) in enumerate(cells):
        if _CELL_NUMBER.fullmatch(cell):
            return None
        if _HEAD_UNIT.search(cell):
            return k
    return None


def _table(text: str, lines: list[tuple[int, int, str]], first: int, end: int,
           table_unit: tuple[int, str] | None, read: set[int]) -> list[TableAmount]:
    """The table's amounts; the starts of cells that carry their own unit go into ``read``."""
    heads, body = _heads(lines, first, end)
    units: list[tuple[int, str] | None] = []
    for h in heads:
        m = _HEAD_UNIT.search(h)
        if m:
            units.append(_unit(m.group("unit")))
        elif table_unit is not None and (_MONEY_HEAD.search(h) or not _NOT_MONEY.search(h)) and (
                h or body == first):  # no head row: "전년도 이월금 | 2,300"
            units.append(table_unit)
        else:
            units.append(None)
    # "투자금액(원) | 148,000,000,000 | 153,000,000,000": a row that states its own unit
    by_row = any(_own_unit(_cells(line, 0)) is not None
                 for _, _, line in lines[body:end])  # (" | ": a row of no cells)
    told: dict[int, Value] = {}  # cells that carry their own unit, by their start
    if not any(units[1:]) and not by_row:
        # "다온 체육센터 건립 | 96억원 | 38억원 | 58억원": no unit stated, each cell its own
        told = told_cells(lines, body, end, _cells)
        cols = {col for line_start, _, line in lines[body:end]
                for col, cell in enumerate(_cells(line, line_start)) if cell[0] in told}
        if not cols - {0}:
            return []
        read.update(told)
        units = [(1, "KRW") if c in cols else None for c in range(len(heads))]
    roles = _column_roles(heads, [u or (1, "KRW") for u in units] if by_row else units,
                          compares_years(text))
    # "(단위: 원)" over "8억 | 2억": cells that write their own scale are the table's amounts,
    # a sum row's too (the rows above again), not money of the plain rules
    read.update(start for line_start, _, line in lines[body:end]
                for col, (start, _e, cell) in enumerate(_cells(line, line_start))
                if 0 < col < len(units) and (u := units[col]) is not None and scaled_cell(cell, u))
    out: list[TableAmount] = []
    for line_start, _, line in lines[body:end]:
        cells = _cells(line, line_start)
        own_at = _own_unit(cells)  # "2. 투자내역 | 투자금액(원) | 125,000,000,000"
        own = _HEAD_UNIT.search(cells[own_at][2]) if own_at is not None else None
        if cells and own is None and _OTHER_UNIT.search(cells[0][2]):
            continue  # "비중(%) | 30 | 40", "참여 기업(곳) | 12": a row of no money
        if not cells or any(_SUM_ROW.fullmatch(_BRACKET_TAIL.sub("", c[2])) or
                            c[2].endswith(_GROUP_SUMS) for c in cells[:2]):
            continue  # "Ⅰ. 권역 응급의료 소계 | 850": a group's sum, the rows under it again
        # the row's item: its first cell of words (not a number: "1 | 해솔 물류단지 조성 |
        # 2,400" numbers its rows; a head "사업" over the names reads like a money column's)
        row_name = next(((a, b) for a, b, cell in cells if _WORDS.search(cell)), None)
        # a row of numbers only, under heads that all name money ("총사업비 | 보조금 | 자부담"):
        # its first cell is an amount too
        # (or under heads of years or fields, "2026 | 2027 | 계" over "820 | 910 | 1,730")
        first = 0 if row_name is None and heads and (
            _MONEY_HEAD.search(heads[0]) or units[0] is not None) else 1
        for col, (start, stop, cell) in enumerate(cells[first:], start=first):
            unit = _unit(own.group("unit")) if own is not None and col > (own_at or 0) else \
                units[col] if col < len(units) else None
            if told:
                if start not in told:
                    continue
                value = told[start]
            else:
                if unit is None:
                    continue
                if (num := _CELL_NUMBER.fullmatch(cell)) is not None:
                    stop = start + num.end("n")  # "68,000 (80%)": the amount, not its share
                    scale, currency = unit
                    v = float(num.group("n").replace(",", "")) * scale
                    if v == 0:
                        continue  # "| 0 |": nothing to decide, nothing to add
                    value = Value(v, v, v, currency)
                elif (scaled := scaled_cell(cell, unit)) is not None:
                    value = scaled  # "(단위: 원)" over "8억 | 2억": a cell that writes its own scale
                else:
                    continue
            span = Span(start, stop, "MONEY", text[start:stop], source=SOURCE,
                        score=0.7, value=value)
            # (a row with its own unit may run past the heads: its cells have none)
            out.append(TableAmount(span, row_name, heads[col] if col < len(heads) else "",
                                   line_start, roles[col] if col < len(roles) else None))
    return _without_sum_rows(text, out)


def _without_sum_rows(text: str, cells: list[TableAmount]) -> list[TableAmount]:
    """``cells`` without a first or last row that adds up the other rows column by column
    ("총지출 | 684.1 | 712.4" over the fields that make it up), whatever its name: a row of sums
    is the rows again. Every money cell of the row must add up, over three rows at least (two
    rows of shares may add up by chance: 국비 30 | 도비 12 | 군비 18, each year), or two rows
    named by who pays under a row that is none ("총사업비 | 1,200" over "국비 | 600", "시비 | 600")."""
    rows = sorted({a.row for a in cells})
    if len(rows) < 3:
        return cells
    names = {a.row: text[slice(*a.row_name)].strip() if a.row_name else "" for a in cells}
    for row in (rows[0], rows[-1]):
        payers = all(names[r] in FUNDING_SOURCES for r in rows if r != row) and \
            names[row] not in FUNDING_SOURCES
        if len(rows) < 4 and not payers:
            continue
        mine = [a for a in cells if a.row == row and a.role is None]
        if mine and all(_adds_up_column(a, [b for b in cells if b.row != row and b.head == a.head
                                            and b.role is None]) for a in mine):
            return [a for a in cells if a.row != row]
    return cells


def _adds_up_column(total: TableAmount, others: list[TableAmount]) -> bool:
    value = total.span.value.value if total.span.value else None
    got = [b.span.value.value for b in others if b.span.value and b.span.value.value is not None]
    return value is not None and value > 0 and len(got) >= 2 and \
        abs(sum(got) - value) <= 1e-6 * value + 1e-9
@per_text
def has_table(text: str) -> bool:
    """``text`` holds a table row anywhere (its cells joined by " | "). Many cues ask it of every
    amount: the answer is kept per text, since a scan of a long text per amount is quadratic
    (a budget book of 8,000 amounts spent most of its export asking it)."""
    return SEP in text


def table_role(text: str, start: int) -> str | None:
    """The part of the table amount at ``start`` in a table that compares budgets or sums its
    rows in a column (see :func:`_column_roles`), None for any other amount."""
    if not has_table(text):
        return None
    return _roles(text).get(start)


def column_heads(text: str, pos: int) -> list[str]:
    """The heads of the table whose row ``pos`` stands on (its first line of cells above);
    empty off a table."""
    top = _table_tops(text).get(text.rfind("\n", 0, pos) + 1)
    if top is None:
        return []
    end = text.find("\n", top)
    return _texts(text[top:end if end >= 0 else len(text)])


def table_top(text: str, row: int) -> int:
    """The start of the first line of the table whose row starts at ``row``."""
    return _table_tops(text).get(row, row)


@per_text
def _table_tops(text: str) -> dict[int, int]:
    """Each table row's line start → the start of its table's first line (found once per text,
    not once per cell)."""
    tops: dict[int, int] = {}
    top, pos = None, 0
    for line in text.split("\n"):
        if is_row(line):
            top = pos if top is None else top
            tops[pos] = top
        else:
            top = None
        pos += len(line) + 1
    return tops


def column_head(text: str, pos: int) -> str | None:
    """The head of the column that ``pos`` stands in; None off a table."""
    heads = column_heads(text, pos)
    line_start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    cells = _cells(text[line_start:end if end >= 0 else len(text)], line_start)
    col = sum(1 for c in cells if c[1] < pos)  # "합계 | | 2,930": an empty cell
    return heads[col] if col < len(heads) else None


@per_text
def _roles(text: str) -> dict[int, str | None]:
    """Table amounts' roles by their offset (change_cue asks once per amount of a document)."""
    return {a.span.start: a.role for a in table_amounts(text)}


# "○ 청년 월세 지원: 3,600": an item of a list whose unit a line above states
_FIELD_ROW = re.compile(r"^\s*(?:" + FIELD_MARK + r"\s*|\d{1,2}[.)]\s*)?(?P<name>[^:：\n|]{2,40}?)\s*[:：]"
                        r"\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$")


# " 일반회계 전입금 10,000", "  - 전기이륜차 구매 보조 2,000(대당 300만원)": an item and its
# number with no colon, in a list under a unit line (a table pasted without its bars)
_LIST_ROW = re.compile(r"^\s*(?:" + FIELD_MARK + r"\s*)?(?P<name>[가-힣][^:：\n|\d]{0,40}?)\s+"
                      r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s*[(（][^()（）\n]{0,30}[)）])?\s*$")


def _field_list(text: str, lines: list[tuple[int, int, str]], k: int) -> list[TableAmount]:
    """The amounts of a list of "item: number" lines right under the line ``k`` that states
    their unit ("주요 사업 예산(단위: 백만원)" then "○ 청년 월세 지원: 3,600"), two items at
    least; a line of their sum (합계: 5,830) and items that hold no money (기간, 연도 …) are
    left out, as in a table. The colon may be missing (" 사업비 9,800"), and a fund's sections
    may open on lines of their own between the items ("[수입]", "[지출]")."""
    m = _UNIT_LINE.search(lines[k][2])
    if m is None or _FIELD_ROW.match(lines[k][2]):
        return []
    scale, currency = _unit(m.group("unit"))
    items: list[TableAmount] = []
    rows = 0
    for line_start, _, line in lines[k + 1:]:
        if _SECTION_LINE.fullmatch(line):
            continue
        row = _FIELD_ROW.match(line) or _LIST_ROW.match(line)
        if row is None:
            break
        rows += 1
        name = row.group("name").strip()
        if _SUM_ROW.fullmatch(name) or _NOT_MONEY.search(name):
            continue
        start, stop = line_start + row.start("num"), line_start + row.end("num")
        v = float(row.group("num").replace(",", "")) * scale
        span = Span(start, stop, "MONEY", text[start:stop], source=SOURCE, score=0.7,
                    value=Value(v, v, v, currency))
        at = line_start + row.start("name")
        items.append(TableAmount(span, (at, at + len(name)), "", line_start))
    return items if rows >= 2 else []


# "※ 별도 편성 처우개선비(단위: 천원): 2,400,000": a line whose label states its number's unit
_UNIT_FIELD = re.compile(r"\s*(?:" + FIELD_MARK + r"|※)?\s*(?P<name>[^:：\n|()（）]{2,40}?)\s*[(（]\s*"
                         r"(?:단위\s*[:：]?\s*)?" + _UNIT_WORD + r"\s*[)）]\s*[:：]\s*"
                         r"(?P<num>" + _NUMBER.pattern + r")\s*")


def _unit_field(text: str, line: tuple[int, int, str]) -> list[TableAmount]:
    """The amount of a field line whose label states its unit in brackets, off any table (a
    note under one: "※ … 처우개선비(단위: 천원): 2,400,000"); not a line of a sum (합계(천원): …)."""
    line_start, _, raw = line
    m = _UNIT_FIELD.fullmatch(raw)
    if m is None or _SUM_ROW.fullmatch(name := m.group("name").strip()):
        return []
    scale, currency = _unit(m.group("unit"))
    start, stop = line_start + m.start("num"), line_start + m.end("num")
    v = float(m.group("num").replace(",", "")) * scale
    span = Span(start, stop, "MONEY", text[start:stop], source=SOURCE, score=0.7,
                value=Value(v, v, v, currency))
    at = line_start + m.start("name")
    return [TableAmount(span, (at, at + len(name)), "", line_start)]


def summed_lists(text: str) -> tuple[frozenset[int], ...]:
    """Where the numbers of each list of "item: number" lines under a unit line (:func:`_field_list`)
    start, for the lists whose own 계 (합계) line adds up all their items ("- 국비: 1,500 / - 도비: 450
    / - 군비: 1,050 / - 계: 3,000"): the items are each a part of that total, and none of them
    is the sum of others, whatever their numbers."""
    if "단위" not in text:
        return ()
    lines = _lines(text)
    out: list[frozenset[int]] = []
    for k, (_, _, line) in enumerate(lines):
        if "단위" not in line or is_row(line) or len(items := _field_list(text, lines, k)) < 2:
            continue
        told = [float(text[a.span.start:a.span.end].replace(",", "")) for a in items]
        for _, _, below in lines[k + 1:]:
            row = None if _SECTION_LINE.fullmatch(below) else _FIELD_ROW.match(below) or _LIST_ROW.match(below)
            if row is None and not _SECTION_LINE.fullmatch(below):
                break
            if row is not None and _SUM_ROW.fullmatch(row.group("name").strip()) and \
                    abs(float(row.group("num").replace(",", "")) - sum(told)) < 1e-6:
                out.append(frozenset(a.span.start for a in items))
                break
    return tuple(out)


def _table_unit(lines: list[tuple[int, int, str]], first: int, end: int
                ) -> tuple[int, str] | None:
    """The unit a table states: in its head row, in a line above it (its title, a note) that is
    not the note right under an earlier table, else in a line right under it ("자료: …, 단위:
    억원")."""
    above = [first]
    for k in range(first - 1, max(-1, first - _UNIT_LINES_BEFORE - 1), -1):
        if is_row(lines[k][2]):
            break  # an earlier table
        above.append(k)
        if k > 0 and is_row(lines[k - 1][2]):
            # the line between two tables: the title of the one under it ("… 현황 (단위: 천원)")
            # when it stands right above it, else the note of the one above
            if k != first - 1:
                above.pop()
            break
    # a line under the table, not one that titles the next table
    below = [k for k in range(end, min(len(lines), end + 2))
             if not (k + 1 < len(lines) and is_row(lines[k + 1][2]))]
    for k in [*above, *below]:
        m = _UNIT_LINE.search(lines[k][2])
        if m:
            return _unit(m.group("unit"))
    return None


def _heads(lines: list[tuple[int, int, str]], first: int, end: int) -> tuple[list[str], int]:
    """The heads of a table's columns and the first line of its body. A second row of heads
    (no number in it) under merged cells names the columns of a head above it: "재원별" over
    "국비 | 시비" gives "재원별 국비", "재원별 시비"; a row of heads shorter than the body's rows
    is read against the body's last columns (merged heads sit on the left)."""
    heads = _texts(lines[first][2])
    if _headless(lines[first][2]):
        return [""] * len(heads), first
    body = first + 1
    if body < end - 1:
        sub = _texts(lines[body][2])
        if not any(_NUMBER.fullmatch(h) or money_cell(h) for h in sub):
            width = max(len(_texts(line)) for _, _, line in lines[body + 1:end])
            at = max(0, width - len(sub)) if len(sub) < width else 0
            merged = heads[:at]
            for j, h in enumerate(sub):
                above = heads[at + j] if at + j < len(heads) else (heads[-1] if heads else "")
                merged.append(f"{above} {h}".strip())
            heads, body = merged, body + 1
    return heads, body


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?:년도?)?")


def _headless(line: str) -> bool:
    """A table's first line is a row of numbers, not of heads: a cell after the first holds a
    number that is not a year ("전년도 이월금 | 2,300"; "구분 | 2026 | 2027" is a head row)."""
    cells = _texts(line)
    return len(cells) >= 2 and bool(_WORDS.search(cells[0])) and any(
        _NUMBER.fullmatch(c) and not _YEAR_CELL.fullmatch(c) for c in cells[1:])


def _unit(raw: str) -> tuple[int, str]:
    raw = raw.replace(" ", "")
    word = next(w for w in sorted(_CURRENCIES, key=len, reverse=True) if raw.endswith(w))
    return _SCALE[raw[: -len(word)]], _CURRENCIES[word]


def _cells(line: str, line_start: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a row, without the spaces around its text: cells
    between bars, empty ones too ("인력 양성 | | 180"), the bars framing a row left out ("| 구분 |
    예산 |", "강사료 | 458,400 |")."""
    out = []
    at = 0
    pieces = line.split("|")
    last = len(pieces) - 1
    for k, raw in enumerate(pieces):
        if not ((k == 0 or k == last) and not raw.strip() and last > 0):
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            start = line_start + at + lead
            out.append((start, start + len(text), text))
        at += len(raw) + 1
    return out


def _texts(line: str) -> list[str]:
    return [c[2] for c in _cells(line, 0)]


# "【수입】 계 | …" over a fund's income rows, "【지출】" over its spending, in a row or on a line
# of its own ("[수입]")
_SECTION = re.compile(r"[ \t]*[【\[<(]?\s*(수입|세입|지출|세출)\s*[】\]>)]?")
_SECTION_LINE = re.compile(r"\s*(?:\d{1,2}[.)]\s*|[가-하][.)]\s*)?[【\[<(]?\s*(수입|세입|지출|세출)(?:\s?(?:부|내역|계획))?\s*[】\]>)]?\s*")
# "자기자본(원) | 1,244,000,000,000": what a company owns or owes, beside a disclosure's investment
_BALANCE_ROW = re.compile(r"[ \t|]*(?:[-·ㆍ○]\s*)?(?:자기자본|자본총계|자산총계|부채총계|자본금|순자산)")
# "  - 군 보조금: 3억 2,000만원": an item of a list under such a section
_ITEM_LINE = re.compile(r"\s*" + FIELD_MARK + r"\s")
_DEPOSIT_ROW = re.compile(r"\s*(?:" + FIELD_MARK + r"\s*)?[가-힣\s]{0,12}(?:예치|예탁|적립)\s")
# "세계잉여금 | | 674,580", " - 다음 연도 이월액 | | 412,150": a settlement's rows of money not spent
_UNSPENT_ROW = re.compile(r"[ \t]*(?:[-·ㆍ○]\s*)?[가-힣\s]{0,8}(?:잉여금|이월액|이월금|불용액|반납액|잔액)\s*\|")


def row_role(text: str, pos: int) -> str | None:
    """The part of the table row ``pos`` stands on: "income" under a fund's 수입 (세입) section
    (its spending side spends that money; a list's items under "1. 세입" too), "unspent" for a
    settlement's surplus and carry-over rows, "balance" for a company's equity or assets, None
    for any other row and off a table. Beside :func:`table_role`, the columns'."""
    return _row_roles(text).get(text.rfind("\n", 0, pos) + 1)


@per_text
def _row_roles(text: str) -> dict[int, str]:
    """Each table row's role by its line start, found once per text."""
    out: dict[int, str] = {}
    income, pos = False, 0
    items = False  # the items of a list under a 세입 heading
    for line in text.split("\n"):
        if not is_row(line):
            # a table ends, or a section of it starts on a line of its own ("[수입]")
            m = _SECTION_LINE.fullmatch(line)
            income = m is not None and m.group(1) in ("수입", "세입")
            deposit = m is None and _DEPOSIT_ROW.match(line) is not None
            # an item's line keeps its list's section ("- …", or " 일반회계 전입금 10,000"; the
            # second shape is only looked for where it matters, every prose line passes here)
            if m is not None or not (_ITEM_LINE.match(line) or (items or deposit)
                                     and _LIST_ROW.match(line)):
                items = income
            elif items:
                out[pos] = "income"
            elif deposit:
                out[pos] = "unspent"  # " 여유자금 예치 2,700": money kept, not spent
        else:
            if (m := _SECTION.match(line)) is not None:
                income = m.group(1) in ("수입", "세입")
            if income:
                out[pos] = "income"
            elif _UNSPENT_ROW.match(line):
                out[pos] = "unspent"
            elif _BALANCE_ROW.match(line):
                out[pos] = "balance"
        pos += len(line) + 1
    return out
