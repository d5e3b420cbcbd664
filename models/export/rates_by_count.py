"""Rates found by what they add up to, for the report (models.export.restated): an amount paid
to each of a count that another amount of its sentence adds up (1500만원 × 40가구 = 6억원), and a
year's amount beside a total that is a whole number of years of it (연간 1500억원, 모두 6000억원);
and, by a rate, what some of a programme's payees get, a part of its total (:func:`rated_share`).
Passes of :func:`models.export.restated.restated`; the totals count, the rates do not."""

from __future__ import annotations

import re

from models.export.dedupe import TOTAL, YEARLY, rate_cue
from models.export.sentences import (
    adds_up,
    next_sentence_end,
    sentence,
    sentences_ahead,
    sentences_back,
)
from models.nlp.list_marks import ITEM_LINE

# a count of who or what is paid: "40가구", "1,200명", "30곳", "1만2000곳", "5만 명"
_COUNT = re.compile(r"(?<![\d.,])(?<!제)(?:(?P<man>\d+)만\s?)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)?\s*"
                    r"(가구|명|곳|개소|개교|개사|농가|세대|가정|개 ?기업|업체|학교|마을|단체|대|척|채|"
                    r"개월|달|회|차례|년)(?![가-힣]*(?:기|선)(?![가-힣]))(?!\s?\d)")  # not "5대 3대 2" (a ratio)
# "해마다 위탁비 6억원 … 3년 계약으로 모두 18억원": years count only for an amount paid yearly
# ("2026년 40억원, … 3년간 150억원" is a budget by years, whose parts may add up by chance)
_MOST_YEARS = 50
_PER_YEAR = re.compile(r"(?<![가-힣])(?:" + YEARLY + r"|연)(?![가-힣])")


def _count(m: re.Match[str]) -> int:
    n = int((m.group("n") or "0").replace(",", ""))
    return n + int(m.group("man")) * 10_000 if m.group("man") else n


# "아이수당에는 연간 1500억원, 임기 중 모두 6000억원": a year's sum beside its total
_YEARLY_BEFORE = re.compile(r"(?<![가-힣])(?:" + YEARLY + r")\s*(?:약\s*)?$")


def yearly_in_total(text: str, amounts: list[tuple[int, int, float | None, str, str]]
                    ) -> dict[int, str]:
    """A year's amount with a total of 모두/총 after it in its sentence that is a whole number
    of years of it (1500억원 × 4 = 6000억원): index → "× 4" (a rate, the total counts)."""
    out: dict[int, str] = {}
    for i, (start, end, value, currency, _) in enumerate(amounts):
        if value is None or not _YEARLY_BEFORE.search(text, max(0, start - 6), start):
            continue
        hi = sentence(text, start, end)[1]
        for s2, _e2, v2, c2, role in amounts[i + 1:]:
            if s2 >= hi:
                break
            n = round(v2 / value) if v2 and value else 0
            if role == TOTAL and c2 == currency and 2 <= n <= 50 and adds_up(v2 or 0.0, value * n):
                out[i] = f"× {n}"
                break
    return out


def _other_items(text: str, a: int, b: int) -> bool:
    """``a`` and ``b`` stand on two lines that each open an item of a list."""
    la, lb = text.rfind("\n", 0, a) + 1, text.rfind("\n", 0, b) + 1
    return la != lb and ITEM_LINE.match(text, la) is not None and ITEM_LINE.match(text, lb) is not None


# "벤처캐피털 3곳이 50억원을 출자한다": the count is who pays the amount together, not who
# each gets it
_COUNT_PAYS = re.compile(_COUNT.pattern + r"\s*(?:이|가|이서)\s+(?:함께\s*|공동으로\s*|합쳐\s*)?(?:약\s*)?$")
_RATE_SUMMED = re.compile(r"[원러로엔]씩\s*(?:[가-힣\d]{1,6}\s+){0,2}(?:모두\s*|총\s*)?$")


def rates_by_count(text: str, amounts: list[tuple[int, int, float | None, str]]
                   ) -> dict[int, str]:
    """Amounts paid to each of a count that another amount of the sentence adds up ("가구에
    정착금 1500만원을 주고, 모두 40가구를 지원해 6억원을"): 1500만원 × 40 = 6억원, so 1500만원 is a
    rate. The sentence, the one before and the one after ("매달 30만원을 6개월간 지급한다. 대상은
    5400명으로, 모두 97억2000만원이"). Index → the count ("× 40가구")."""
    out: dict[int, str] = {}
    for i, (start, end, value, currency) in enumerate(amounts):
        if value is None or _RATE_SUMMED.search(text, max(0, start - 16), start) \
                or _COUNT_PAYS.search(text, max(0, start - 30), start):
            continue  # "한 해 350억원씩 4년간 1400억원": the sum of a rate is none
        lo, hi = sentence(text, start, end)
        if hi < len(text) and text[hi] != "\n":
            hi = next_sentence_end(text, hi)
        if lo > 0 and "\n\n" not in text[max(0, lo - 3):lo]:  # "헬기 3대를 … 한 대 값은 280억원"
            lo = sentences_back(text, lo, 1)
        yearly = _PER_YEAR.search(text, max(lo, start - 16), start) is not None
        counts = [(_count(m), m.group(), m.group(3)) for m in _COUNT.finditer(text, lo, hi)
                  if (m.group("n") or m.group("man"))
                  and (m.group(3) != "년" or yearly and _count(m) <= _MOST_YEARS)]
        if not counts:
            continue
        for j, (s2, _e2, v2, c2) in enumerate(amounts):
            if j == i or v2 is None or c2 != currency or not lo <= s2 < hi or v2 <= value:
                continue
            if _COUNT_PAYS.search(text, max(0, s2 - 30), s2):
                continue  # "시가 20억원, 은행 2곳이 40억원을": what the two pay, not 20억원 × 2
            if _other_items(text, start, s2):
                continue  # "▲주차장 확충 27억원 / ▲물놀이터 3곳 조성 9억원": two items, 9 × 3 by chance
            # one count, or two ("매달 30만원을 6개월간 … 5400명에게 … 97억2000만원")
            hit = next((shown for n, shown, _ in counts if n >= 2 and adds_up(v2, value * n)),
                       None) or next((f"{a} × {b}" for k, (n, a, u) in enumerate(counts)
                                      for m, b, w in counts[k + 1:]
                                      if u != w and adds_up(v2, value * n * m)), None)
            if hit is not None:
                out[i] = "× " + hit
                break
    return out


# "3년간", "5년 동안": the years a rate paid yearly runs for
_YEARS = re.compile(r"(?<![\d.,])(\d{1,2})\s?년\s?(?:간|동안)")
_NOT_PAYEES = ("년", "개월", "달", "회", "차례")


def _payees(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """The counts of who or what is paid in [lo, hi) (not of months, years or times)."""
    return [(_count(m), m.group().strip()) for m in _COUNT.finditer(text, lo, hi)
            if (m.group("n") or m.group("man")) and m.group(3) not in _NOT_PAYEES]


def _years(text: str, lo: int, hi: int) -> set[int]:
    return {1} | {int(m.group(1)) for m in _YEARS.finditer(text, lo, hi) if int(m.group(1)) <= _MOST_YEARS}


def rated_share(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                ) -> dict[int, tuple[int, str]]:
    """What some of a programme's payees get, worked out from its rate: a total that is the
    rate times its count (and years) in the rate's sentence or the one before ("3년간
    1,350억원을 … 450곳에 학교당 한 해 1억원씩"), then, within two sentences after the rate, an
    amount that is the same rate times a smaller count ("38곳이 대상에 들어 3년간 114억원을 받게
    됐다"): a part of the total, not more money. Index of the part → (index of the total, the
    count). ``amounts``: (start, end, counted value or None, currency, value as written)."""
    out: dict[int, tuple[int, str]] = {}
    for r, (start, end, counted, currency, rate) in enumerate(amounts):
        # a rate is not counted by now (the report's rate_cue): only those are asked again
        if not rate or counted is not None or rate_cue(text, start, end) is None:
            continue
        lo, hi = sentence(text, start, end)
        back = sentences_back(text, lo, 1) if "\n\n" not in text[max(0, lo - 3):lo] else lo
        years = _years(text, back, hi)
        whole = next(((w, n) for w in range(r - 1, -1, -1) if amounts[w][0] >= back
                      and amounts[w][2] and amounts[w][3] == currency
                      for n, _ in _payees(text, back, hi)
                      if n >= 2 and any(adds_up(amounts[w][2] or 0.0, rate * n * y) for y in years)), None)
        if whole is None:
            continue
        w, total_n = whole
        ahead = sentences_ahead(text, hi, 2)
        for b in range(r + 1, len(amounts)):
            s, e, value, c, _ = amounts[b]
            if s >= ahead:
                break
            if not value or c != currency or b in out:
                continue
            b_lo, b_hi = sentence(text, s, e)
            hit = next((shown for n, shown in _payees(text, b_lo, b_hi) if 2 <= n < total_n
                        and any(adds_up(value, rate * n * y) for y in _years(text, b_lo, b_hi) | years)),
                       None)
            if hit is not None:
                out[b] = (w, hit)
    return out
