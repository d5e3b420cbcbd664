"""A figure told as what it was, set against what it is now in the same sentence ("착수 때
총사업비가 2,900억 원이었는데 지금은 3,800억 원이에요": spoken, with no 당초): the budget before
the change, for :func:`models.export.change_cue.change_cue`."""

from __future__ import annotations

import re

from models.export.dedupe import NUMBER_UNITS

# "…이었는데 지금은 3,800억 원", "…였지만 현재는 약 5억원": 지금은 (현재는) opens the clause after the
# figure, and the amount it is now follows within a few words
_WAS_NOW = re.compile(r"\s*(?:이었|였)(?:는데|지만|으나)\s*,?\s*(?:지금은?|현재는?|이제는?)\s+"
                      r"(?:[가-힣]{1,8}(?:은|는|이|가|도)?\s+){0,2}?(?:약\s*|무려\s*)?"
                      + NUMBER_UNITS + r"\s*(?:원|달러|유로|엔|위안)")


def was_then_now(text: str, end: int) -> bool:
    """The amount ending at ``end`` is what a figure was, the same sentence giving what it is now."""
    return _WAS_NOW.match(text, end) is not None
