"""Amounts of a document's tables, for :func:`models.export.restated.restated`: a 계 column's
cells, amounts outside the tables that add up a table or one of its columns, and amounts that
a table gives again for the same project (a paragraph under it)."""

from __future__ import annotations

import itertools
import re

from models.export.sentences import adds_up, sentence
from models.nlp.table_money import (
    SEP,
    has_table,
    on_table_row,
    table_amounts,
    table_role,
    table_top,
)


def row_sums(text: str, amounts: list[tuple[int, float | None, str]]) -> dict[int, int]:
    """Cells of a table's 계 column that add up the other money cells of their row ("가람
    청년주택 | 320 | 410 | 150 | 880"): index → how many they add up."""
    if not has_table(text):
        return {}
    out: dict[int, int] = {}
    for i, (start, value, currency) in enumerate(amounts):
        if value is None or table_role(text, start) != "sum":
            continue
        row = text.rfind("\n", 0, start) + 1
        cells = [v for k, (s, v, c) in enumerate(amounts) if k != i and v is not None
                 and c == currency and text.rfind("\n", 0, s) + 1 == row
                 and table_role(text, s) is None]
        if len(cells) >= 2 and adds_up(value, sum(cells)):
            out[i] = len(cells)
    return out


def column_parts(text: str, amounts: list[tuple[int, float | None, str, float | None]]
                 ) -> dict[int, int]:
    """Cells of columns that add up, row by row, to another column of their table ("총사업비 |
    기투입 | 잔여", "복구비 계 | 국비 | 지방비", "총사업비 | 보조금 | 자부담"): index of each part
    → index of the whole in its row. Found by the numbers, not the heads: every row that has
    the whole has its parts, and two rows at least (or a table of one row) say so.
    ``amounts``: (start, counted value or None, currency, value as written) in text order; a
    share taken out already (자부담) still adds up."""
    if not has_table(text):
        return {}
    at = {a[0]: i for i, a in enumerate(amounts)}
    tables: dict[int, dict[int, dict[str, int]]] = {}  # top → row → head → index
    for a in table_amounts(text):
        i = at.get(a.span.start)
        if i is not None and amounts[i][3] is not None and a.head:
            top = table_top(text, a.row)
            tables.setdefault(top, {}).setdefault(a.row, {})[a.head] = i
    out: dict[int, int] = {}
    for rows in tables.values():
        heads = list(dict.fromkeys(h for cells in rows.values() for h in cells))
        found = _parts_of(heads, list(rows.values()), amounts)
        if found is None:
            continue
        whole, parts = found
        for cells in rows.values():
            if whole in cells and amounts[cells[whole]][1] is not None:
                out.update({cells[p]: cells[whole] for p in parts
                            if p in cells and amounts[cells[p]][1] is not None})
    return out


_YEAR_HEAD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|[1-9]차\s?연도|[1-9]단계")
_WHOLE_HEAD = re.compile(r"총|계$|합계|전체")


def _parts_of(heads: list[str], rows: list[dict[str, int]],
              amounts: list[tuple[int, float | None, str, float | None]]
              ) -> tuple[str, tuple[str, ...]] | None:
    """The column that the fewest other columns add up to in every row, and those columns."""
    # a plan by years adds up in its 계 column (row_sums); years side by side may add up by chance
    heads = [h for h in heads if not _YEAR_HEAD.search(h)]
    if len(heads) < 3 or len(heads) > 8:
        return None
    for size in range(2, len(heads)):
        for whole in heads:
            if len(rows) < 2 and not _WHOLE_HEAD.search(whole):
                continue  # one row only: its head must say it is the whole ("총사업비")
            for parts in itertools.combinations([h for h in heads if h != whole], size):
                checked = 0
                for cells in rows:
                    if whole not in cells:
                        continue
                    total = amounts[cells[whole]][3] or 0.0
                    acc = sum(amounts[cells[p]][3] or 0.0 for p in parts if p in cells)
                    if not adds_up(total, acc) or total <= 0:
                        break
                    checked += 1
                else:
                    if checked >= min(2, len(rows)):
                        return whole, parts
    return None


def table_sums(text: str, amounts: list[tuple[int, float | None, str, float | None]]
               ) -> dict[int, int]:
    """Amounts outside a document's tables that add up its tables' counted amounts ("위 3개
    사업에 총 2,930억원" under a table of 2,400, 380 and 150억원), one of its columns ("군은 2027년
    170억원을 투입해"), or a run of two or more cells next to each other in a column or a row
    (a group's 소계, a row's 합계 told again under the table: "동부권은 222억원으로"): index → how
    many they add up. A column of shares adds up too ("국비 총 55억5천만원" over a 국비 column).
    ``amounts``: (start, counted value or None, currency, value as written) in text order; a
    table's amounts stand on lines whose cells are joined by " | " (models.nlp.table_money)."""
    if not has_table(text):
        return {}
    sums: dict[str, list[float]] = {}
    heads = {a.span.start: a.head for a in table_amounts(text)}
    runs: dict[tuple[str, str, str | int], list[float]] = {}  # cells by column and by row
    outside: list[int] = []
    for i, (start, value, currency, written) in enumerate(amounts):
        if value is None:
            if written is not None and start in heads and table_role(text, start) is None:
                runs.setdefault(("column", currency, heads[start]), []).append(written)
            continue
        if on_table_row(text, start):
            sums.setdefault(currency, []).append(value)
            if start in heads:
                runs.setdefault(("column", currency, heads[start]), []).append(value)
            runs.setdefault(("row", currency, text.rfind("\n", 0, start)), []).append(value)
        else:
            outside.append(i)
    out: dict[int, int] = {}
    for i in outside:
        _, value, currency, _w = amounts[i]
        cells = sums.get(currency, [])
        if value is None:
            continue
        if len(cells) >= 2 and adds_up(value, sum(cells)):
            out[i] = len(cells)
        elif (n := _run_of(value, [c for (_, cur, _k), c in runs.items() if cur == currency])):
            out[i] = n
    return out


def _run_of(value: float, lines: list[list[float]]) -> int:
    """How many cells next to each other in one of ``lines`` add up to ``value`` (0: none).
    One pass per line over its running sums (a report's column may hold hundreds of cells):
    a run from a to b adds up to ``value`` where sum(..b) − value was a running sum before a."""
    for cells in lines:
        seen: dict[int, int] = {0: 0}  # running sum in hundredths of a won → cells summed so far
        acc = 0.0
        for b, cell in enumerate(cells, start=1):
            acc += cell
            a = seen.get(round((acc - value) * 100))
            if a is not None and b - a >= 2:
                return b - a
            seen.setdefault(round(acc * 100), b)
    return 0


def table_twins(text: str, amounts: list[tuple[int, float | None, str, tuple[str, ...]]]
                ) -> dict[int, int]:
    """Amounts outside a document's tables that a table of the same document gives for the same
    project ("해솔 데이터센터 구축에 2,400억원" beside its row "해솔 데이터센터 구축 | 2,400"):
    index → index of the table's amount. ``amounts``: (start, counted value or None, currency,
    project names) in text order; an amount with no project is nobody's twin, and a name may
    leave out the place the row names ("지하차도 개설" for "한누리 지하차도 개설")."""
    if not has_table(text):
        return {}
    cells: dict[tuple[float, str], list[int]] = {}
    outside: list[int] = []
    # a cell with no project is named by its row's first cell ("온실가스 감축 | 1,090 | 1,260")
    rows = {a.span.start: (text[slice(*a.row_name)],) for a in table_amounts(text) if a.row_name}
    named: dict[int, tuple[str, ...]] = {}
    for i, (start, value, currency, names) in enumerate(amounts):
        if value is None:
            continue
        if on_table_row(text, start):
            if names or start in rows:
                named[i] = names or rows[start]
                cells.setdefault((value, currency), []).append(i)
        else:
            outside.append(i)
    out: dict[int, int] = {}
    for i in outside:
        start, value, currency, names = amounts[i]
        same = cells.get((value or 0.0, currency))
        if not same:
            continue
        # with no project of its own, the row's name before it in its sentence ("<표 3>에서 보듯
        # 첫만남 축하금 예산은 26억원으로")
        lo = sentence(text, start, start)[0]
        said = "" if names else "".join(text[lo:start].split())
        # or the row's name right before it ("온실가스 감축 부문 1,260억원" under a whole's project)
        near = "".join(text[max(lo, start - 20):start].split())
        j = next((j for j in same
                  if any(_same_project(a, b) for a in names for b in named[j]) or
                  any("".join(b.split()) in (said or near) for b in named[j])), None)
        if j is not None:
            out[i] = j
    return out


_GENERIC_TAIL = re.compile(r"(?<=[가-힣]{2})(?:사업|사업비|예산|부문|분야)$")


def _same_project(a: str, b: str) -> bool:
    # "가람천 생태탐방로 정비 사업" in the text, "가람천 생태탐방로 정비" in the table
    a, b = (_GENERIC_TAIL.sub("", "".join(x.split())) for x in (a, b))
    short, long_ = sorted((a, b), key=len)
    return long_.endswith(short) and len(short) >= 0.6 * len(long_)


# "[2026 정부안 산출근거]" over "○ 시설비: … = 16,800백만원", "○ 설계·감리비: … = 1,800백만원"
_WORKED_OUT = 12  # lines under a table that may work out one of its cells


# "총사업비 가운데", "총 예산 중": the whole of a table's money named as what a share is of
_OF_WHOLE = re.compile(r"(?<![가-힣])(?:총사업비|총\s?예산|총액|사업비\s?총액|사업비\s?합계)(?:는|은)?\s*(?:가운데|중)\s")
_MONEY_IN = re.compile(r"\d[\d,.]*\s*(?:[조억만천]\s*)*원")


def cell_parts(text: str, amounts: list[tuple[int, float | None, str]]
               ) -> tuple[dict[int, int], dict[int, int]]:
    """Amounts under a table, next to each other, that add up exactly to one of its counted cells
    (a 산출근거 that works out the 정부안's 18,600백만원 as 16,800 and 1,800), or to all of them
    (재원: 국비 221억원, 시비 380억원 under a plan whose cells add up to 601억원). Returns (index
    of each part → index of the cell; index of each part → how many cells it is a part of the
    sum of). Two parts at least, within a few lines of the table. ``amounts``: (start, counted
    value or None, currency) in text order."""
    if not has_table(text):
        return {}, {}
    cells: dict[tuple[float, str], int] = {}
    total: dict[str, list[float]] = {}
    last_row = -1
    for i, (start, value, currency) in enumerate(amounts):
        if value is not None and on_table_row(text, start):
            cells.setdefault((round(value, 2), currency), i)
            total.setdefault(currency, []).append(value)
            last_row = start
    if not cells:
        return {}, {}
    # the sum of all of a currency's cells → how many they are
    whole = {(round(sum(v), 2), c): len(v) for c, v in total.items() if len(v) >= 2}
    limit = last_row
    for _ in range(_WORKED_OUT):
        nxt = text.find("\n", limit + 1)
        limit = len(text) if nxt < 0 else nxt
    after = [i for i, (start, value, _c) in enumerate(amounts)
             if value is not None and last_row < start <= limit and not on_table_row(text, start)]
    out: dict[int, int] = {}
    of_all: dict[int, int] = {}
    for a in after:
        start, value, currency = amounts[a]
        lo = sentence(text, start, start)[0]
        said = [m for m in _OF_WHOLE.finditer(text, lo, start)]
        if said and not _MONEY_IN.search(text, said[-1].end(), start) and currency in total \
                and len(total[currency]) >= 2 and (value or 0.0) < sum(total[currency]):
            # "총사업비 가운데 국비는 173억원(70%)": a share of the whole the table adds up to
            of_all[a] = len(total[currency])
    for a in range(len(after)):
        acc, currency = 0.0, amounts[after[a]][2]
        for b in range(a, len(after)):
            if amounts[after[b]][2] != currency:
                break
            acc += amounts[after[b]][1] or 0.0
            key = (round(acc, 2), currency)
            cell, count = cells.get(key), whole.get(key)
            if b > a and cell is not None:
                out.update({after[k]: cell for k in range(a, b + 1)})
                break
            if b > a and count is not None:
                of_all.update({after[k]: count for k in range(a, b + 1)})
                break
    return out, of_all


_AMONG = re.compile(r"(?:가운데|중)\s")


def row_parts(text: str, amounts: list[tuple[int, float | None, str]]) -> dict[int, int]:
    """An amount under a table that its sentence says is part of a row's money ("※ 수소 트램 공동
    실증 사업비 가운데 120만 유로는 EU 프로그램에서"): index → index of the row's cell. The
    row's name, then 가운데 or 중, then the amount, smaller than the cell and in its currency.
    ``amounts``: (start, counted value or None, currency) in text order."""
    if not has_table(text):
        return {}
    at = {a[0]: i for i, a in enumerate(amounts)}
    rows: list[tuple[str, int]] = []  # (the row's name without spaces, index of its cell)
    for a in table_amounts(text):
        i = at.get(a.span.start)
        if a.row_name and i is not None and amounts[i][1] is not None:
            rows.append(("".join(text[slice(*a.row_name)].split()), i))
    out: dict[int, int] = {}
    for j, (start, value, currency) in enumerate(amounts):
        if value is None or on_table_row(text, start):
            continue
        lo = sentence(text, start, start)[0]
        among = [m for m in _AMONG.finditer(text, lo, start)]
        if not among:
            continue
        said = "".join(text[lo:among[-1].start()].split())
        cell = next((i for name, i in rows if name and name in said and amounts[i][2] == currency
                     and (amounts[i][1] or 0.0) > value), None)
        if cell is not None:
            out[j] = cell
    return out


def indented_parts(text: str, amounts: list[tuple[int, float | None, str]]) -> dict[int, int]:
    """Cells of a table's indented rows that add up, column by column, to the cell of the row
    right above them that is indented less ("지출 | 4,860" over " 인건비 | 1,380", " 사업비 |
    2,950" …; in a list under a unit line, " 사업비 9,800" over "  - … 4,200", "  - … 3,600"):
    index of each indented cell → index of the group's cell. ``amounts``: (start, counted
    value or None, currency) in text order."""
    if not has_table(text) and "단위" not in text:
        return {}
    at = {a[0]: i for i, a in enumerate(amounts)}
    cells = [(a, at[a.span.start]) for a in table_amounts(text) if a.span.start in at]
    out: dict[int, int] = {}
    # a column's head → the rows open above, each (its depth, its cell, the cells under it)
    open_rows: dict[str, list[tuple[int, int, list[int]]]] = {}
    groups: list[tuple[int, list[int]]] = []
    for a, i in cells:
        depth = _depth(text, a.row)
        rows = open_rows.setdefault(a.head, [])
        while rows and rows[-1][0] >= depth:
            _d, parent, kids = rows.pop()
            groups.append((parent, kids))
        if rows and amounts[i][1] is not None:
            rows[-1][2].append(i)
        rows.append((depth, i, []))
    groups += [(i, kids) for rows in open_rows.values() for _d, i, kids in rows]
    for parent, kids in groups:
        value = amounts[parent][1]
        if value is not None and len(kids) >= 2 and \
                adds_up(value, sum(amounts[k][1] or 0.0 for k in kids)):
            out.update({k: parent for k in kids})
    return out


def _depth(text: str, row: int) -> int:
    """How far a row is indented: its leading blanks, one more for a list mark ("  - …")."""
    end = text.find("\n", row)
    line = text[row:end if end >= 0 else len(text)]
    body = line.lstrip(" \t\u3000")
    return len(line) - len(body) + (1 if body[:1] in ("-", "·", "ㆍ", "*") else 0)


def split_again(text: str, amounts: list[tuple[int, float | None, str]]) -> dict[int, int]:
    """A table whose counted cells add up to what an earlier table's of the document do: the
    same whole split again (a plan by years, then by fields: "2026 | 2027 | … | 계" over 4,860
    and "일자리 | 주거 | … | 계" over 4,860). Each cell of the later table → how many cells of the
    earlier one it splits again. Two counted cells at least in each. ``amounts``: (start,
    counted value or None, currency) in text order."""
    if not has_table(text):
        return {}
    tables: dict[tuple[int, str], list[int]] = {}
    for i, (start, value, currency) in enumerate(amounts):
        if value is not None and on_table_row(text, start):
            row = text.rfind("\n", 0, start) + 1
            tables.setdefault((table_top(text, row), currency), []).append(i)
    first: dict[tuple[float, str], int] = {}  # a table's sum → how many cells make it
    out: dict[int, int] = {}
    for (_top, currency), cells in sorted(tables.items()):
        if len(cells) < 2:
            continue
        key = (round(sum(amounts[i][1] or 0.0 for i in cells), 2), currency)
        if key in first:
            out.update({i: first[key] for i in cells})
        else:
            first[key] = len(cells)
    return out


# "[붙임] 주요 사업별 예산안 (단위: 억원)": a table's caption that calls its rows the items of a
# budget (사업별, 분야별, 세부 내역)
_ITEMS_CAPTION = re.compile(r"(?:사업|분야|항목|부문|부서|과제)별|세부\s?내역")


def items_of_total(text: str, amounts: list[tuple[int, float | None, str]]
                   ) -> dict[int, tuple[int, str]]:
    """The cells of a table captioned as a breakdown (주요 사업별 예산안) under prose that names
    a larger whole first (예산안을 4조1,250억원으로 편성): what the table lists is that whole's items,
    not money besides it. index → (index of the whole, the caption's word). The whole is the
    nearest counted amount before the table, in the cells' currency, no less than their sum.
    ``amounts``: (start, counted value or None, currency) in text order."""
    if not has_table(text):
        return {}
    by_table: dict[int, list[int]] = {}
    for i, (start, value, _c) in enumerate(amounts):
        if value is not None and on_table_row(text, start):
            row = text.rfind("\n", 0, start) + 1
            by_table.setdefault(table_top(text, row), []).append(i)
    out: dict[int, tuple[int, str]] = {}
    for top, cells in by_table.items():
        caption_at = text.rfind("\n", 0, max(0, top - 1)) + 1
        caption = _ITEMS_CAPTION.search(text, caption_at, top)
        currency = amounts[cells[0]][2]
        if caption is None or any(amounts[k][2] != currency for k in cells):
            continue
        whole = next((k for k in range(cells[0] - 1, -1, -1) if amounts[k][1] is not None
                      and amounts[k][2] == currency), None)
        if whole is not None and not on_table_row(text, amounts[whole][0]) and \
                (amounts[whole][1] or 0.0) >= sum(amounts[k][1] or 0.0 for k in cells):
            out.update({k: (whole, caption.group()) for k in cells})
    return out


def cell_shares(text: str, amounts: list[tuple[int, float | None, str]]) -> dict[int, int]:
    """Amounts that share one cell of a table's row and add up exactly to another counted cell of
    that row ("서온 복합문화센터 건립 | 86억원 | 국비 30억원, 구비 56억원": a 재원 column that
    names each source's share of the cost beside it): index of each part → index of the whole.
    Two parts at least; the parts are shares, never money besides the whole."""
    if not has_table(text):
        return {}
    rows: dict[int, dict[int, list[int]]] = {}  # row's start → column → indices
    for i, (start, value, _currency) in enumerate(amounts):
        if value is not None and on_table_row(text, start):
            row = text.rfind("\n", 0, start) + 1
            rows.setdefault(row, {}).setdefault(text.count(SEP, row, start), []).append(i)
    out: dict[int, int] = {}
    for cells in rows.values():
        for col, parts in cells.items():
            currency = amounts[parts[0]][2]
            if len(parts) < 2 or any(amounts[k][2] != currency for k in parts):
                continue
            acc = sum(amounts[k][1] or 0.0 for k in parts)
            whole = next((w for c, ws in cells.items() if c != col and len(ws) == 1
                          for w in ws if amounts[w][2] == currency
                          and adds_up(amounts[w][1] or 0.0, acc)), None)
            if whole is not None:
                out.update({k: whole for k in parts})
    return out
