"""What an amount's relations say about it: project, proposer (with body and post), region,
and the whole it is a share of — the row the report prints and the workbench shows.

Works on any keys (span indices of an analysis, annotation ids of the store), so the engine's
suggestions, the report and the bench resolve relations the same way.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from models.domain import AMOUNT_FOR, LOCATED_IN, MEMBER_OF, PART_OF, PROPOSED_BY, SAME_AS

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Rel(Generic[K]):
    head: K
    tail: K
    label: str
    score: float = 1.0
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str) -> str | None:
        return next((v for k, v in self.attrs if k == name), None)


@dataclass(frozen=True, slots=True)
class AmountLinks(Generic[K]):
    project: K | None = None
    proposer: K | None = None  # its full mention (a short one followed through SAME_AS)
    body: K | None = None
    post: str | None = None
    region: K | None = None
    whole: K | None = None  # the amount this one is a share of (PART_OF)
    funding: str | None = None
    # which of the above came from a relation the researcher has not confirmed
    guessed: frozenset[str] = frozenset()
    # the one place of a chain the region names ("대구 경북" → 대구): LOCATED_IN's "place"
    region_name: str | None = None


def resolve(labels: Mapping[K, str], rels: Iterable[Rel[K]],
            confirmed: Mapping[tuple[K, K, str], bool] | None = None) -> dict[K, AmountLinks[K]]:
    """AmountLinks for every MONEY key in ``labels``. When several relations of a kind start at
    one span, the best scored wins. ``confirmed`` (by (head, tail, label)) marks what the
    researcher accepted; anything else is in ``guessed``."""
    best: dict[tuple[K, str], Rel[K]] = {}
    for r in rels:
        if r.head not in labels or r.tail not in labels:
            continue
        key = (r.head, r.label)
        if key not in best or r.score > best[key].score:
            best[key] = r

    def follow(k: K, label: str) -> Rel[K] | None:
        return best.get((k, label))

    def canon(k: K) -> K:
        seen = {k}
        while (r := follow(k, SAME_AS)) is not None and r.tail not in seen:
            k = r.tail
            seen.add(k)
        return k

    def sure(r: Rel[K] | None) -> bool:
        return confirmed is None or r is None or bool(confirmed.get((r.head, r.tail, r.label)))

    out: dict[K, AmountLinks[K]] = {}
    for k, label in labels.items():
        if label != "MONEY":
            continue
        guessed: set[str] = set()
        whole_r = follow(k, PART_OF)
        proj_r = follow(k, AMOUNT_FOR)
        if proj_r is None and whole_r is not None:
            proj_r = follow(whole_r.tail, AMOUNT_FOR)
        project = proj_r.tail if proj_r else None
        who_r = follow(k, PROPOSED_BY) or (follow(project, PROPOSED_BY) if project is not None
                                           else None)
        proposer = canon(who_r.tail) if who_r else None
        member_r: Rel[K] | None = None
        if who_r is not None:
            member_r = follow(who_r.tail, MEMBER_OF) or (
                follow(proposer, MEMBER_OF) if proposer is not None else None)
        # a share given to one place has its own region (전남에 N원); else its project's
        where_r = follow(k, LOCATED_IN) or (follow(project, LOCATED_IN) if project is not None
                                            else None)
        for name, found in (("project", proj_r), ("proposer", who_r), ("body", member_r),
                        ("region", where_r), ("whole", whole_r)):
            if found is not None and not sure(found):
                guessed.add(name)
        body = member_r.tail if member_r else (
            proposer if proposer is not None and labels.get(proposer) in ("ORG", "LOCATION")
            else None)
        out[k] = AmountLinks(project, proposer, body, member_r.attr("post") if member_r else None,
                             where_r.tail if where_r else None,
                             whole_r.tail if whole_r else None,
                             whole_r.attr("funding") if whole_r else None, frozenset(guessed),
                             where_r.attr("place") if where_r else None)
    return out
