"""Amounts told again by what they name: a cost named by its work (증축비 N원) after the same
figure spent on that work (증축에 N원을 들인다), and a figure named as the point another amount
stands apart from (N원과 별도로) after it was told. For ``models.export.restated``; CONTEXT.md
("Costs named by their work, …") says what each means for a researcher's totals."""

from __future__ import annotations

import re
from typing import Any

from models.export.sentences import may_share_project, sentence

# "증축비 2350억원", "리모델링비 85억원": the cost of a work, named by the work (X비)
_COST_OF_WORK = re.compile(r"(?<![가-힣])([가-힣]{2,8})비\s*(?:약\s*)?$")
# words before 비 that name no work (사업비: any project's cost; 경비, 예비 …)
_NO_WORK = {"사업", "총사업", "운영", "경", "예", "국", "도", "시", "군", "구", "자부담"}
_WORK_REACH = 24  # characters before the first figure where its work may be named
# "320억원과 별도로", "320억원 외에": the figure another amount is set beside
_APART_FROM = re.compile(r"\s*(?:(?:과|와)\s*(?:는\s*)?(?:별도로|별개로|따로)|(?:이|의)?\s*외에(?:도)?|말고도)(?![가-힣])")


def named_again(text: str, amounts: list[tuple[Any, ...]]) -> dict[int, int]:
    """An amount that a sentence after names again: by its work's cost (증축비 N원, its work
    named in the first amount's project or right before it: 증축에 N원을 들인다), or as what
    another amount stands apart from (N원과 별도로 M원을), of the same value and currency,
    anywhere before: index → index of the first (counted, for a work's cost). ``amounts``:
    (start, end, counted value or None, currency, project names, value as written or None) in
    text order; what stands apart from a figure held already names it too (no more money)."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, names, _) in enumerate(amounts):
        if value is None:
            continue
        work = _COST_OF_WORK.search(text, max(0, start - 14), start)
        if work is not None and work.group(1) in _NO_WORK:
            work = None
        apart = _APART_FROM.match(text, end) is not None
        if work is None and not apart:
            continue
        own = sentence(text, start, end)[0]
        for j in range(i - 1, -1, -1):
            s2, e2, v2, c2, owners, written = amounts[j]
            if s2 >= own or c2 != currency or (v2 if v2 is not None else written) != value:
                continue
            # (the work's cost told again points to the money counted: not a headline's twin)
            if apart or work is not None and v2 is not None and may_share_project(names, owners) and (
                    any(work.group(1) in n for n in owners)
                    or work.group(1) in text[max(sentence(text, s2, e2)[0], s2 - _WORK_REACH):s2]):
                out[i] = j
                break
    return out
