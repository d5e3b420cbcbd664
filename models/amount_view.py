"""One amount's whole row — project, proposer with body and post, region, date, outlet — from
a document's annotations and relations, with the candidates the researcher can choose from.

The report prints these rows; the workbench shows the selected amount's row with keys to
accept, change or clear each field. Everything here is plain data: the commands that change a
field are ``ConfirmRelation`` and ``SetRelation`` (``models.store.commands``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from models.amount_links import AmountLinks, Rel, resolve
from models.domain import AMOUNT_FOR, LOCATED_IN, MEMBER_OF, PROPOSED_BY
from models.store.views import DocView

# field → (relation label, labels a value may have)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "project": (AMOUNT_FOR, ("PROJECT",)),
    "proposer": (PROPOSED_BY, ("PERSON", "ORG")),
    "body": (MEMBER_OF, ("ORG", "LOCATION")),
    "region": (LOCATED_IN, ("LOCATION", "ORG")),
}


@dataclass(frozen=True, slots=True)
class Mention:
    id: int
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Link:
    id: int
    head: int
    tail: int
    label: str
    confirmed: bool = True
    score: float = 1.0
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RowField:
    key: str  # project / proposer / body / region
    label: str  # the relation that holds it
    head: int | None  # the annotation that relation starts at (None: nothing to hang it on)
    value: int | None  # the chosen annotation
    text: str | None
    relation: int | None
    confirmed: bool  # False: suggested by the engine, not yet accepted ((추정) in the report)
    candidates: tuple[Mention, ...]  # the document's choices, nearest to the amount first


@dataclass(frozen=True, slots=True)
class AmountRow:
    money: int
    fields: tuple[RowField, ...]
    post: str | None
    funding: str | None
    whole: int | None  # the amount this one is a share of
    linked: frozenset[int]  # every annotation the row names, to light up in the article

    def field(self, key: str) -> RowField:
        return next(f for f in self.fields if f.key == key)


def amount_row(mentions: Sequence[Mention], links: Iterable[Link], money: int) -> AmountRow:
    """The row of the MONEY annotation ``money``."""
    by_id = {m.id: m for m in mentions}
    links = list(links)
    rels = [Rel(k.head, k.tail, k.label, k.score, k.attrs) for k in links]
    confirmed = {(k.head, k.tail, k.label): k.confirmed for k in links}
    resolved: AmountLinks[int] = resolve({m.id: m.label for m in mentions}, rels, confirmed)[money]
    me = by_id[money]
    project = resolved.project
    heads = {
        "project": money,
        # an amount's own proposer hangs on the amount; otherwise on its project
        "proposer": money if any(k.head == money and k.label == PROPOSED_BY for k in links)
        else (project if project is not None else money),
        "body": resolved.proposer if resolved.proposer is not None and
        by_id[resolved.proposer].label == "PERSON" else None,
        # likewise a share's own place (가운데 전남에 N원)
        "region": money if any(k.head == money and k.label == LOCATED_IN for k in links)
        else project,
    }
    values = {"project": project, "proposer": resolved.proposer, "body": resolved.body,
              "region": resolved.region}
    fields = []
    for key, (label, kinds) in FIELDS.items():
        head, value = heads[key], values[key]
        rel = next((k for k in links if k.head == head and k.label == label
                    and (k.tail == value or key == "proposer")), None) if head is not None else None
        cands = sorted((m for m in mentions if m.label in kinds),
                       key=lambda m: (abs(m.start - me.start), m.start))
        shown = by_id[value].text if value is not None else None
        if key == "region" and value is not None and resolved.region_name:
            shown = resolved.region_name  # one place of a chain ("대구 경북" → 대구)
        fields.append(RowField(key, label, head, value, shown,
                               rel.id if rel else None, key not in resolved.guessed,
                               tuple(cands)))
    linked = frozenset(v for v in (*values.values(), resolved.whole) if v is not None)
    return AmountRow(money, tuple(fields), resolved.post, resolved.funding, resolved.whole,
                     linked)


def amount_rows(mentions: Sequence[Mention], links: Iterable[Link]) -> dict[int, AmountRow]:
    links = list(links)
    return {m.id: amount_row(mentions, links, m.id) for m in mentions if m.label == "MONEY"}


def carry_repeats(rows: Mapping[int, AmountLinks[int]], mentions: Sequence[Mention],
                  repeats: Sequence[tuple[int, int, int]]) -> dict[int, AmountLinks[int]]:
    """An amount in a repeated paragraph with no links of its own takes those of the same
    amount in the paragraph's first occurrence."""
    out = dict(rows)
    money_at = {(m.start, m.end): m.id for m in mentions if m.label == "MONEY"}
    for m in mentions:
        if m.label != "MONEY":
            continue
        row = out.get(m.id)
        if row is not None and row.project is not None:
            continue
        for start, end, first in repeats:
            if start <= m.start < end:
                orig = money_at.get((m.start - start + first, m.end - start + first))
                if orig is not None and orig in out:
                    out[m.id] = out[orig]
                break
    return out


def row_of_view(view: DocView, money: int) -> AmountRow:
    """The row of annotation ``money`` in a stored document (``ProjectStore.document``)."""
    mentions, links = parts_of_view(view)
    return amount_row(mentions, links, money)


def parts_of_view(view: DocView) -> tuple[list[Mention], list[Link]]:
    mentions = [Mention(a.id, a.start, a.end, a.label, a.text) for a in view.annotations]
    links = [Link(r.id, r.head, r.tail, r.label, r.confirmed, r.score, r.attrs)
             for r in view.relations]
    return mentions, links
