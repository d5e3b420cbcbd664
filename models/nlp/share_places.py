"""Where a share of a whole amount goes: "기금 7,500억원 가운데 전남에 1,280억원, 경북에 1,150억원",
"… 가운데 경남과 전남에 각각 620억원과 980억원" (the places in turn).

The shares of one fund go to different places, so such a place is the amount's own region
(``LOCATED_IN`` from the MONEY, as ``PROPOSED_BY`` may start at one amount of a project), and
it is not the region of the fund or project the shares belong to.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from models.domain import Span
from models.nlp.places import PLACE_JOINERS

# the place and its particle right before the share: "전남에 ", "경북엔 ", "광주시에는 "
_GIVEN_TO = re.compile(r"(?:에|엔|에는|에게)\s$")
_PLACE_ENDS = ("시", "도", "군", "구")
_EACH = re.compile(r"(?:에|에는|에게)\s각각\s")


def share_places(text: str, spans: Sequence[Span], shares: Collection[int]) -> dict[int, int]:
    """Index of each share (a MONEY with a PART_OF) → index of the place it is given to."""
    ends = {s.end: i for i, s in enumerate(spans)
            if s.label == "LOCATION" or (s.label == "ORG" and s.text.endswith(_PLACE_ENDS))}
    out: dict[int, int] = {}
    for each in _EACH.finditer(text):
        places = _joined(text, spans, list(ends.values()), each.start(), before=True)
        amounts = _joined(text, spans, list(shares), each.end(), before=False)
        if len(places) >= 2 and len(places) == len(amounts):
            out.update(zip(amounts, places, strict=True))
    for m in shares:
        if m in out:
            continue
        start = spans[m].start
        cue = _GIVEN_TO.search(text, max(0, start - 4), start)
        if cue is not None and cue.start() in ends:
            out[m] = ends[cue.start()]
    return out


def _joined(text: str, spans: Sequence[Span], among: list[int], at: int, before: bool
            ) -> list[int]:
    """The spans of ``among`` joined by 과/와/·/, that end at ``at`` (``before``) or start
    there, in the order written."""
    by_edge = {(spans[i].end if before else spans[i].start): i for i in among}
    out: list[int] = []
    while at in by_edge:
        i = by_edge[at]
        out.append(i)
        if before:
            gap = next((g for g in PLACE_JOINERS if text.endswith(g, 0, spans[i].start)), None)
            at = spans[i].start - len(gap) if gap else -1
        else:
            gap = next((g for g in PLACE_JOINERS if text.startswith(g, spans[i].end)), None)
            at = spans[i].end + len(gap) if gap else -1
    return out[::-1] if before else out
