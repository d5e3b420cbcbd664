"""Amounts that other amounts of the same document already hold: a rate that a count and a sum
give away, an amount said again, a table's sum or row given again in the text, a total listed
with its parts. :func:`restated` runs the passes in order for ``models.export.report_data``;
CONTEXT.md ("How amounts are counted") says what each means for a researcher's totals."""

from __future__ import annotations

import re
from typing import Any

from models.export.dedupe import SENTENCE_END, TOTAL
from models.nlp.table_money import SEP, on_table_row

AmountFacts = tuple[int, int, float | None, str, tuple[str, ...], str]


def restated(text: str, amounts: list[AmountFacts]) -> dict[int, tuple[str, Any]]:
    """Amounts that other amounts of the same document already hold, in the order they are
    looked for: index → ("rate", the count it is paid for), ("table_sum", how many),
    ("table_twin", index of the table's amount), ("again", index of the amount said first) or
    ("sum_of", indices of the parts). ``amounts``: (start, end, counted value or None,
    currency, project names, role of :func:`amount_role`) in text order; each pass sees the
    amounts the passes before it took out as not counted."""
    values = [a[2] for a in amounts]
    out: dict[int, tuple[str, Any]] = {}

    def take(found: dict[int, Any], key: str) -> None:
        for i, arg in found.items():
            out[i] = (key, arg)
            values[i] = None

    take(rates_by_count(text, [(a[0], a[1], values[i], a[3]) for i, a in enumerate(amounts)]),
         "rate")
    take(table_sums(text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]),
         "table_sum")
    take(table_twins(text, [(a[0], values[i], a[3], a[4]) for i, a in enumerate(amounts)]),
         "table_twin")
    take(said_again(text, [(a[0], a[1], values[i], a[3]) for i, a in enumerate(amounts)]),
         "again")
    take(breakdowns(text, [(a[0], a[1], values[i], a[3], a[5]) for i, a in enumerate(amounts)]),
         "sum_of")
    return out


# a count of who or what is paid: "40가구", "1,200명", "30곳"
_COUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s*(가구|명|곳|개소|개교|개사|농가|세대|가정|"
                    r"개 ?기업|업체|학교|마을|단체|대|척|채|호|개월|달|회|차례)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 300), start)),
             default=max(0, start - 300))
    hi = SENTENCE_END.search(text, end)
    return lo, hi.start() if hi else len(text)


def rates_by_count(text: str, amounts: list[tuple[int, int, float | None, str]]
                   ) -> dict[int, str]:
    """Amounts paid to each of a count that another amount of the sentence adds up ("가구에
    정착금 1500만원을 주고, 모두 40가구를 지원해 6억원을"): 1500만원 × 40 = 6억원, so 1500만원 is a
    rate. The sentence and the one after it ("매달 30만원을 6개월간 지급한다. 대상은 5400명으로,
    모두 97억2000만원이"). Index → the count ("× 40가구")."""
    out: dict[int, str] = {}
    for i, (start, end, value, currency) in enumerate(amounts):
        if value is None:
            continue
        lo, hi = _sentence(text, start, end)
        if hi < len(text) and text[hi] != "\n":
            hi = _sentence(text, hi + 1, hi + 1)[1]
        counts = [(int(m.group(1).replace(",", "")), m.group()) for m in
                  _COUNT.finditer(text, lo, hi)]
        if not counts:
            continue
        for j, (s2, _e2, v2, c2) in enumerate(amounts):
            if j == i or v2 is None or c2 != currency or not lo <= s2 < hi or v2 <= value:
                continue
            # one count, or two ("매달 30만원을 6개월간 … 5400명에게 … 97억2000만원")
            hit = next((shown for n, shown in counts if n >= 2 and _adds_up(v2, value * n)),
                       None) or next((f"{a} × {b}" for k, (n, a) in enumerate(counts)
                                      for m, b in counts[k + 1:]
                                      if _adds_up(v2, value * n * m)), None)
            if hit is not None:
                out[i] = "× " + hit
                break
    return out


# "70억원 가운데", "이 70억원", "2조원이라는 큰돈": the amount just named, said again
_AGAIN_AFTER = re.compile(r"\s*(?:(?:은|는|을|를|이|가)?\s*(?:가운데|중)(?![가-힣])|이라는|라는)")
_AGAIN_BEFORE = re.compile(r"(?<![가-힣])(?:이|해당|같은)\s*$")


def said_again(text: str, amounts: list[tuple[int, int, float | None, str]]) -> dict[int, int]:
    """An amount that says again the one named just before (same value and currency, in the
    sentence before or its own) as the whole of what follows ("군은 70억원 가운데 50억원을
    국비로") or with 이 before it ("이 70억원은"): index → index of the first."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency) in enumerate(amounts):
        if value is None or not (_AGAIN_AFTER.match(text, end)
                                 or _AGAIN_BEFORE.search(text, max(0, start - 4), start)):
            continue
        lo, _ = _sentence(text, start, end)
        prev_lo, _ = _sentence(text, max(0, lo - 2), max(0, lo - 2))
        for j in range(i - 1, -1, -1):
            s2, _e2, v2, c2 = amounts[j]
            if s2 < prev_lo:
                break
            if v2 is not None and c2 == currency and v2 == value:
                out[i] = j
                break
    return out


def table_sums(text: str, amounts: list[tuple[int, float | None, str]]) -> dict[int, int]:
    """Amounts outside a document's tables that add up its tables' counted amounts ("위 3개
    사업에 총 2,930억원" under a table of 2,400, 380 and 150억원): index → how many they add up.
    ``amounts``: (start, counted value or None, currency) in text order; a table's amounts
    stand on lines whose cells are joined by " | " (models.nlp.table_money)."""
    if SEP not in text:
        return {}
    sums: dict[str, list[float]] = {}
    outside: list[int] = []
    for i, (start, value, currency) in enumerate(amounts):
        if value is None:
            continue
        if on_table_row(text, start):
            sums.setdefault(currency, []).append(value)
        else:
            outside.append(i)
    out: dict[int, int] = {}
    for i in outside:
        _, value, currency = amounts[i]
        cells = sums.get(currency, [])
        if value is not None and len(cells) >= 2 and sum(cells) == value:
            out[i] = len(cells)
    return out


def table_twins(text: str, amounts: list[tuple[int, float | None, str, tuple[str, ...]]]
                ) -> dict[int, int]:
    """Amounts outside a document's tables that a table of the same document gives for the same
    project ("해솔 데이터센터 구축에 2,400억원" beside its row "해솔 데이터센터 구축 | 2,400"):
    index → index of the table's amount. ``amounts``: (start, counted value or None, currency,
    project names) in text order; an amount with no project is nobody's twin, and a name may
    leave out the place the row names ("지하차도 개설" for "한누리 지하차도 개설")."""
    if SEP not in text:
        return {}
    cells: dict[tuple[float, str], list[int]] = {}
    outside: list[int] = []
    for i, (start, value, currency, names) in enumerate(amounts):
        if value is None or not names:
            continue
        if on_table_row(text, start):
            cells.setdefault((value, currency), []).append(i)
        else:
            outside.append(i)
    out: dict[int, int] = {}
    for i in outside:
        _, value, currency, names = amounts[i]
        j = next((j for j in cells.get((value or 0.0, currency), [])
                  if any(_same_project(a, b) for a in names for b in amounts[j][3])), None)
        if j is not None:
            out[i] = j
    return out


def _same_project(a: str, b: str) -> bool:
    a, b = "".join(a.split()), "".join(b.split())
    short, long_ = sorted((a, b), key=len)
    return long_.endswith(short) and len(short) >= 0.6 * len(long_)


# A mark that opens an item of a list: ▲ and its kin anywhere, "-", "1)" or "①" at a line's start.
_BULLET = re.compile(r"[▲■□○●◆◇•◦▶▷►]|(?:^|\n)\s*(?:[-*]|\d{1,2}[.)]|[①-⑳])\s")
# the sentence after a total that says where it comes from or what it holds
_POINTING = re.compile(r"(?<![가-힣])(?:이를 위해|이를 위한|이 가운데|이 중|그중|그 가운데|이 돈|이 예산|재원은|"
                       r"재원으로|재원별로는|내역은|분야별로는|항목별로는)")
_BLANK_LINE = re.compile(r"\n\s*\n")
# How far after its total a list of parts may run (a paragraph of ▲ items).
_PARTS_REACH = 400


def breakdowns(text: str, amounts: list[tuple[int, int, float | None, str, str]]
               ) -> dict[int, list[int]]:
    """Amounts that a list of the text's other amounts adds up exactly: index of the total →
    indices of its parts. ``amounts``: (start, end, counted value or None, currency, role of
    :func:`amount_role`) in text order.

    * parts listed after their total, each item opened by a mark ("5년간 2조5천억원을 투입해
      ▲A(1조8천억원) ▲B(7천억원)"), or in its sentence after 총/모두 ("총 3000억원을 들여 A에
      1200억원, B에 1800억원");
    * parts before a total of 총/모두 in the same sentence ("A 800억원, B 400억원 등 모두
      1200억원").

    Two amounts at least, all counted, in one currency and not on a table's row (tables are
    :func:`table_sums`'s); years of a budget ("지난해 100억원, 올해 50억원, 내년 50억원") make
    no list: no mark, no 총."""
    out: dict[int, list[int]] = {}
    taken: set[int] = set()
    for i, (_start, _end, value, _currency, role) in enumerate(amounts):
        if value is None or i in taken or on_table_row(text, amounts[i][0]):
            continue
        parts = _parts_after(text, amounts, i, role == TOTAL)
        if parts is None and role == TOTAL:
            parts = _parts_before(text, amounts, i)
        if parts is not None and not taken.intersection(parts):
            out[i] = parts
            taken.update(parts)
            taken.add(i)
    return out


def _adds_up(total: float, acc: float) -> bool:
    return abs(acc - total) <= 1e-9 * abs(total)


def _parts_after(text: str, amounts: list[tuple[int, int, float | None, str, str]], i: int,
                 total_word: bool) -> list[int] | None:
    start, end, total, currency, _ = amounts[i]
    assert total is not None
    acc, parts, prev_end = 0.0, [], end
    for j in range(i + 1, len(amounts)):
        s, e, v, c, _ = amounts[j]
        gap = text[prev_end:s]
        if v is None or c != currency or s - end > _PARTS_REACH or _BLANK_LINE.search(gap) \
                or on_table_row(text, s):
            return None
        if _BULLET.search(gap):
            pass
        elif j == i + 1 and _POINTING.search(gap) and len(SENTENCE_END.findall(gap)) <= 1:
            total_word = True  # "… 84억원을 지급한다. 이를 위해 기금 40억원과 …": its sentence on
        elif not total_word or SENTENCE_END.search(gap):
            return None
        parts.append(j)
        acc += v
        if _adds_up(total, acc):
            return parts if len(parts) >= 2 else None
        if acc > total:
            return None
        prev_end = e
    return None


def _parts_before(text: str, amounts: list[tuple[int, int, float | None, str, str]], i: int
                  ) -> list[int] | None:
    start, _end, total, currency, _ = amounts[i]
    assert total is not None
    acc, parts, next_start = 0.0, [], start
    for j in range(i - 1, -1, -1):
        s, e, v, c, _ = amounts[j]
        if v is None or c != currency or SENTENCE_END.search(text[e:next_start]) \
                or on_table_row(text, s):
            return None
        parts.append(j)
        acc += v
        if _adds_up(total, acc):
            return sorted(parts) if len(parts) >= 2 else None
        if acc > total:
            return None
        next_start = s
    return None


def row_list(rows: list[int]) -> str:
    """"12~14" for rows that follow each other, else "12, 15"."""
    if rows == list(range(rows[0], rows[0] + len(rows))):
        return f"{rows[0]}~{rows[-1]}"
    return ", ".join(map(str, rows))


