"""Two more cues of a rate for :func:`models.export.dedupe.rate_cue`, kept here for that
module's size: a price told for one size of what it buys, and a rate told as it stands with
what it will become."""

from __future__ import annotations

import re

# "봉투 가격(3ℓ 기준)을 150원에서", "요금은 1회 기준 1,200원": a price told for one size or unit
# of what it buys is what one unit costs, not money spent; a year in the brackets (2024년 기준)
# names when, not a unit, and is no cue
PRICE_FOR_UNIT = re.compile(r"(?<![가-힣])(가격|값|요금|단가)(?:\s*[(（]\s*|(?:은|는|이|가)?\s+)[\d.,]+\s*"
                            r"(?![\d.,]|년|월|일)[^\s()（）\d]{1,4}\s?기준\s*[)）]?\s*"
                            r"(?:은|는|이|가|을|를)?\s*(?:약\s*)?$")

# "톤당 처리비가 지금 21만원인데 증설 뒤엔 17만원 선으로 내려갈": a rate told as it stands, then
# what it will become; the later amount is that rate changed, a rate still (like "하루
# 1만3000원에서 1만5000원으로")
_RATE_NOW = re.compile(r"(?<![\d,.])(\d[\d,.]*(?:\s*[조억만천]\s*[\d,.]*)*\s*원)\s*(?:인데|이지만|이던|이었는데|이었지만)"
                       r"\s+(?:[^\s\d.]+\s+){0,3}$")
_BECOMES = re.compile(r"\s*(?:선|수준|정도|안팎|가량)?\s*(?:으로|로)\s*(?:내려|낮아|떨어|줄|오르|올라|높아|뛰|바뀌|늘)")


def rate_now_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The amount a rate stands at now (group 1), told before the one at ``start``..``end`` that
    it will become (21만원인데 … 17만원 선으로 내려갈), if any: the caller asks whether that one
    is a rate."""
    if _BECOMES.match(text, end) is None:
        return None
    return _RATE_NOW.search(text, max(0, start - 40), start)
