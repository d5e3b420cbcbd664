"""What the report's row of each amount names, read from an analysis: the relation tests'
one way of asking "which project, proposer, body, region did this amount get?"."""

from __future__ import annotations

from models.amount_links import Rel, resolve
from models.domain import Analysis


def rows(a: Analysis) -> dict[str, dict[str, str | None]]:
    """amount text → its row's names (the last amount wins for repeated texts). ``region`` is
    the region span; ``place`` what the row prints for it (one place of a chain)."""
    labels = {i: s.label for i, s in enumerate(a.spans)}
    rels = [Rel(r.head, r.tail, r.label, r.score, r.attrs) for r in a.relations]
    out: dict[str, dict[str, str | None]] = {}

    def name(i: int | None) -> str | None:
        return None if i is None else a.spans[i].text

    for k, x in resolve(labels, rels).items():
        out[a.spans[k].text] = {"project": name(x.project), "proposer": name(x.proposer),
                                "body": name(x.body), "post": x.post, "region": name(x.region),
                                "place": x.region_name or name(x.region),
                                "whole": name(x.whole), "funding": x.funding}
    return out
