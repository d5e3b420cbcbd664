"""Shares told right after their whole in its sentence, by who pays them, for the report
(models.export.restated): "올해 축제 예산은 6억2000만원으로 군비 4억원과 도비 2억2000만원이다".
CONTEXT.md ("How amounts are counted") says what this means for a researcher's totals."""

from __future__ import annotations

import re

from models.domain import FUNDING_SOURCES
from models.export.sentences import adds_up, sentence
from models.nlp.table_money import on_table_row

_SOURCE = "(" + "|".join(FUNDING_SOURCES) + r")(?:\s?부담(?:액|분)?)?\s*(?:약\s*)?"
# between the whole and its first share: "6억2000만원으로 군비 ", "6억원이며, 국비 "
_WHOLE_THEN = re.compile(r"\s*(?:으로|로|이며|이고|인데)\s*,?\s*" + _SOURCE)
# between two shares: "4억원과 도비 ", "4억원, 도비 "
_NEXT_SHARE = re.compile(r"\s*(?:과|와|,|·|및)\s*" + _SOURCE)


def shares_told_after(text: str, amounts: list[tuple[int, int, float | None, str]]
                      ) -> dict[int, tuple[int, str]]:
    """Two counted amounts or more right after a counted amount in its sentence, each named by
    who pays it (국비, 도비, 군비, 민자 …) and joined by 과, 와 or a comma, that add up to it
    exactly ("예산은 6억2000만원으로 군비 4억원과 도비 2억2000만원이다"): the whole's shares,
    index of each → (index of the whole, its source). ``amounts``: (start, end, counted value or
    None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, whole, currency) in enumerate(amounts):
        if whole is None or i in out or on_table_row(text, start):
            continue
        hi = sentence(text, start, end)[1]
        gap, prev, acc = _WHOLE_THEN, end, 0.0
        found: dict[int, tuple[int, str]] = {}
        for j in range(i + 1, len(amounts)):
            s, e, v, c = amounts[j]
            m = gap.fullmatch(text, prev, s)
            if s >= hi or m is None or v is None or c != currency:
                break
            found[j], acc, prev, gap = (i, m.group(1)), acc + v, e, _NEXT_SHARE
        if len(found) >= 2 and adds_up(whole, acc):
            out.update(found)
    return out
