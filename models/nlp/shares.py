"""Shares named before their whole: "도비 450억원 등 총 1200억원", "국비 300억원과 시비 200억원
등 모두 700억원". ``models.nlp.relations`` reads the usual order (the whole, then "가운데" and its
shares) itself; this is the other one, where 등 closes the list of shares before the whole."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.domain import AMOUNT_FOR, PART_OF, Relation, Span
from models.nlp.relation_words import FUNDING_BEFORE

# between the last share and its whole: "450억원 등 총 ", "450억원을 포함해 모두 "
_LAST_GAP = re.compile(r"(?:(?:을|를)?\s*(?:포함해|포함한|비롯해|비롯한)\s*(?:등\s*)?|\s*등\s*)"
                       r"(?:총|모두|합쳐|모두 합쳐)?\s*(?:약\s*)?")
# between two shares: "300억원과 ", "300억원, "
_SHARE_GAP = re.compile(r"(?:과|와|,|·)?\s*")


def shares_before(text: str, spans: Sequence[Span], whole: int, lo: int,
                  projects_of: dict[int, int], carried: bool) -> list[Relation]:
    """PART_OF from each share of ``spans[whole]`` named before it in its sentence (which starts
    at ``lo``), nearest first; and, when the whole has no project of its own (``carried``: none
    was linked by the project rules), AMOUNT_FOR to its shares' project (``projects_of``, money
    span → project span, updated)."""
    out: list[Relation] = []
    end_pos, gap = spans[whole].start, _LAST_GAP
    for k in range(whole - 1, -1, -1):
        s = spans[k]
        if s.label != "MONEY":
            continue
        if s.start < lo:
            break
        funding = FUNDING_BEFORE.search(text, max(lo, s.start - 12), s.start)
        if funding is None or gap.fullmatch(text, s.end, end_pos) is None:
            break
        out.append(Relation(k, whole, PART_OF, 0.85, (("funding", funding.group(1)),)))
        if k in projects_of and whole not in projects_of and carried:
            projects_of[whole] = projects_of[k]  # the whole funds its shares' project
            out.append(Relation(whole, projects_of[k], AMOUNT_FOR, 0.6))
        end_pos, gap = funding.start(), _SHARE_GAP
    return out
