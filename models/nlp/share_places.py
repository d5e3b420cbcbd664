"""Where a share of a whole amount goes: "기금 7,500억원 가운데 전남에 1,280억원, 경북에 1,150억원".

The shares of one fund go to different places, so such a place is the amount's own region
(``LOCATED_IN`` from the MONEY, as ``PROPOSED_BY`` may start at one amount of a project), and
it is not the region of the fund or project the shares belong to.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from models.domain import Span

# the place and its particle right before the share: "전남에 ", "경북엔 ", "광주시에는 "
_GIVEN_TO = re.compile(r"(?:에|엔|에는|에게)\s$")
_PLACE_ENDS = ("시", "도", "군", "구")


def share_places(text: str, spans: Sequence[Span], shares: Collection[int]) -> dict[int, int]:
    """Index of each share (a MONEY with a PART_OF) → index of the place it is given to."""
    ends = {s.end: i for i, s in enumerate(spans)
            if s.label == "LOCATION" or (s.label == "ORG" and s.text.endswith(_PLACE_ENDS))}
    out: dict[int, int] = {}
    for m in shares:
        start = spans[m].start
        cue = _GIVEN_TO.search(text, max(0, start - 4), start)
        if cue is not None and cue.start() in ends:
            out[m] = ends[cue.start()]
    return out
