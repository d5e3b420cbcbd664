"""The 금액 sheet's who and where: 사업, 제안자, 소속, 직함, 지역 and 재원 of each amount.

They come from the document's relations (``models.amount_view``): a value whose relation the
researcher has not confirmed (carried over from the engine's suggestion) is marked (추정). An
amount with no relation at all gets the old guess, also marked (추정): the nearest person (else
organisation) in its sentence, its project's sentence, its paragraph or the one before, and the
nearest place in its sentence or paragraph, else the document's most frequent place. An amount
in a repeated paragraph takes the links of the same amount in the paragraph's first occurrence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from models.amount_links import AmountLinks, Rel, resolve
from models.amount_view import Mention, carry_repeats
from models.domain import AMOUNT_FOR
from models.export.columns import word


@dataclass(frozen=True, slots=True)
class Cells:
    """What one amount's row prints, and the names its totals group by (without marks)."""

    proposer: str | None
    body: str | None
    post: str | None
    region: str | None
    funding: str | None
    whole: int | None  # annotation id of the amount this one is a share of
    project: int | None  # annotation id of the project carried from a first occurrence
    proposer_key: str | None
    body_key: str | None
    region_key: str | None


def clean_name(text: str) -> str:
    return " ".join(text.split())


def amount_cells(doc: Any, idx: Any, language: str) -> dict[int, Cells]:
    """Cells for every MONEY annotation of ``doc`` (by annotation id).

    ``doc`` and ``idx`` are report_data's DocData and DocIndex (Any here: report_data imports
    this module)."""
    money = idx.by_label.get("MONEY", [])
    if not money:
        return {}
    labels = {a.id: a.label for a in doc.anns}
    rels = [Rel(h, t, label, score, tuple((attrs or {}).items()))
            for _rid, h, t, label, _status, score, attrs in doc.rels]
    confirmed = {(h, t, label): status != "suggested"
                 for _rid, h, t, label, status, _score, _attrs in doc.rels}
    mentions = [Mention(a.id, a.start, a.end, a.label, "") for a in doc.anns]
    links = carry_repeats(resolve(labels, rels, confirmed), mentions, doc.repeats)
    mark = " (" + word("inferred", language) + ")"
    # Only a document without any relation beyond AMOUNT_FOR (stored before the engine
    # suggested them, or annotated by hand) gets the old nearest-span guesses: where the engine
    # looked and found no proposer or place, a guess would only be wrong more often.
    rich = any(label != AMOUNT_FOR for _rid, _h, _t, label, *_rest in doc.rels)
    out: dict[int, Cells] = {}
    by_id = {a.id: a for a in doc.anns}

    def name(ann_id: int | None) -> str | None:
        return clean_name(idx.text_of(by_id[ann_id])) if ann_id in by_id else None

    for m in money:
        got: AmountLinks[int] = links.get(m.id) or AmountLinks()
        proposer, body = name(got.proposer), name(got.body)
        region = got.region_name or name(got.region)
        guess = set(got.guessed)
        if proposer is None and not rich:
            proposer = _guess_proposer(idx, m, [by_id[got.project]] if got.project in by_id
                                       else [])
            guess.add("proposer")
        if region is None and not rich:
            region = _guess_region(idx, m)
            guess.add("region")

        out[m.id] = Cells(_shown(proposer, "proposer", guess, mark),
                          _shown(body, "body", guess, mark), got.post,
                          _shown(region, "region", guess, mark), got.funding, got.whole,
                          got.project, proposer, body, region)
    return out


def _shown(value: str | None, key: str, guessed: set[str], mark: str) -> str | None:
    return None if value is None else value + (mark if key in guessed else "")


def _guess_proposer(idx: Any, m: Any, projects: list[Any]) -> str | None:
    regions: list[tuple[int, int]] = []
    for pos in [m.start, *(p.start for p in projects)]:
        sent = idx.sents.at(pos)
        if sent is not None and sent not in regions:
            regions.append(sent)
    pi = idx.paras.index(m.start)
    if pi is not None:
        regions.append(idx.paras.spans[pi])
        if pi > 0:
            regions.append(idx.paras.spans[pi - 1])
    for region in regions:
        for label in ("PERSON", "ORG"):
            found = idx.nearest(label, region, m.start, m.end)
            if found is not None:
                return clean_name(idx.text_of(found))
    return None


def _guess_region(idx: Any, m: Any) -> str | None:
    for region in (idx.sents.at(m.start), idx.paras.at(m.start)):
        if region is not None:
            found = idx.nearest("LOCATION", region, m.start, m.end)
            if found is not None:
                return clean_name(idx.text_of(found))
    locs = idx.by_label.get("LOCATION")
    if not locs:
        return None
    return Counter(clean_name(idx.text_of(a)) for a in locs).most_common(1)[0][0]
