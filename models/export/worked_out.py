"""A sum worked out on a line of its own, as a 사업설명서 or a 산출근거 writes it ("- 도우미
인건비: 80명 × 720천원 × 12월 = 691,200천원"), for the report (models.export.restated): the
amount multiplied is a rate, and the product, when a line shortly before already gave it
(○ 예산액: 691,200천원), is that amount told again."""

from __future__ import annotations

import re

from models.export.sentences import adds_up

_TIMES = re.compile(r"\s*[×xX*✕]\s*")
_EQUALS = re.compile(r"\s*[=＝]\s*$")
# a factor: a number with its unit word (80명, 12월, 350개소, 1.5배) or a per cent (10%)
_FACTOR = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(%|％|[가-힣]{0,3})")
_BACK_LINES = 6  # lines back to the amount the product tells again
_SIGNS = ("×", "x", "X", "*", "✕")


def worked_out(text: str, amounts: list[tuple[int, int, float | None, str]]
               ) -> tuple[dict[int, str], dict[int, int]]:
    """(rates, again): each amount a line multiplies to reach the product after its "=" →
    the other factors ("× 80명 × 12월"); each product that a counted amount of the lines just
    before gives already → the index of that amount. ``amounts``: (start, end, counted value or
    None, currency) in text order."""
    rates: dict[int, str] = {}
    again: dict[int, int] = {}
    for j, (start, _end, value, currency) in enumerate(amounts):
        line = text.rfind("\n", 0, start) + 1
        eq = _EQUALS.search(text, line, start)
        if value is None or eq is None:
            continue
        inside = []
        for i in range(j - 1, -1, -1):  # the amounts of this line before its "="
            if amounts[i][0] < line:
                break
            if amounts[i][0] < eq.start():
                inside.append(i)
        if len(inside) != 1 or amounts[inside[0]][2] is None or amounts[inside[0]][3] != currency:
            continue
        rate = inside[0]
        before, after = text[line:amounts[rate][0]], text[amounts[rate][1]:eq.start()]
        factors = _left_factors(before) if before.rstrip().endswith(_SIGNS) else []
        if _TIMES.match(after):
            factors += [f for f in _TIMES.split(after) if f.strip()]
        found = [_FACTOR.search(f) for f in factors]
        if not factors or None in found:
            continue
        n = 1.0
        for m in found:
            assert m is not None
            n *= float(m.group(1).replace(",", "")) / (100 if m.group(2) in ("%", "％") else 1)
        if not adds_up(value, (amounts[rate][2] or 0.0) * n):
            continue
        rates[rate] = "× " + " × ".join(m.group().strip() for m in found if m)
        # the product told again: an amount of the lines just before
        lo = line
        for _ in range(_BACK_LINES):
            lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        told = [i for i in range(rate) if amounts[i][0] >= lo and amounts[i][2] is not None
                and amounts[i][3] == currency and adds_up(value, amounts[i][2] or 0.0)]
        if told:
            again[j] = told[-1]
    return rates, again


def _left_factors(before: str) -> list[str]:
    """The factors of a product before its amount ("80명 × " → ["80명"]), from the line's label on."""
    body = before.rsplit(":", 1)[-1].rsplit("：", 1)[-1]
    return [f for f in _TIMES.split(body) if f.strip()]
