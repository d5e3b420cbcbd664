"""A cost that several payers split: the whole they share and what each of them pays.

"계약 규모는 3천만 유로다. 양사는 개발비 3,000만 유로를 절반씩, 각각 1,500만 유로씩 부담한다":
the sum the payers split is the deal's money told again, and what each pays is a part of the
sum just split, not money each adds (CONTEXT.md, "How amounts are counted")."""

from __future__ import annotations

import re
from typing import Any

from models.export.sentences import sentence, sentences_back

# "N원을 절반씩", "N원을 반반": the amount is the whole the payers split in halves (a bare
# 나눠 may close a list of shares, "시비 63억원을 나눠 낸다", so it says nothing of a whole)
_SPLIT_AFTER = re.compile(r"\s*(?:을|를)\s*(?:절반씩|반씩|반반|똑같이\s?나눠)(?![가-힣])")
_REACH = 2  # sentences back where the whole may have been told first


def split_whole_again(text: str, amounts: list[tuple[Any, ...]]) -> dict[int, int]:
    """A counted amount the payers split (N원을 절반씩, 반반 부담) of the value and currency of a counted
    one in its sentence or the two before: the same money told again as what is shared, not a
    second sum. Index → index of the first. ``amounts``: (start, end, counted value or None,
    currency) in text order."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, *_rest) in enumerate(amounts):
        if value is None or not _SPLIT_AFTER.match(text, end):
            continue
        lo = sentences_back(text, sentence(text, start, end)[0], _REACH)
        for j in range(i - 1, -1, -1):
            s2, _e2, v2, c2, *_more = amounts[j]
            if s2 < lo:
                break
            if v2 == value and c2 == currency:
                out[i] = j
                break
    return out


_EACH = re.compile(r"(?<![가-힣])각(?:각|자)\s*(?:약\s*)?$")


def each_of_split(text: str, amounts: list[tuple[Any, ...]]) -> dict[int, tuple[int, str]]:
    """What each payer pays (각각 N원씩) of a whole split in the same sentence before it (M원을
    절반씩, 각각 N원씩), N times two to six payers making M: a part of that whole, which counts once,
    even where the whole itself was told before. Index → (index of the whole, "각각").
    ``amounts``: (start, end, counted value or None, currency, value as written or None)."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, value, currency, _raw) in enumerate(amounts):
        if value is None or not _EACH.search(text, max(0, start - 6), start):
            continue
        lo = sentence(text, start, end)[0]
        for j in range(i - 1, -1, -1):
            s2, e2, _v2, c2, raw2 = amounts[j]
            if s2 < lo:
                break
            if c2 == currency and raw2 is not None and _SPLIT_AFTER.match(text, e2) and \
                    any(abs(raw2 - value * n) < 0.5 for n in range(2, 7)):
                out[i] = (j, "각각")
                break
    return out
