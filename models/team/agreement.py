"""Agreement between annotators: per-label F1 of exact spans and Cohen's kappa over eojeol.

Only documents that both annotators of a pair worked on count (a document is "worked on" by an
annotator who has a span on it or has set its status past "new": finding nothing is an answer).

* **F1** compares exact spans: the same start, end and label. With annotator *a* as the reference,
  precision = matched / spans of *b*, recall = matched / spans of *a*; their F1 =
  2·matched / (spans of *a* + spans of *b*) does not depend on which one is the reference.
* **Relations** count the same way under ``→LABEL`` (→PROPOSED_BY …): a match is the same
  relation label between the same two spans. They are not part of the overall span F1.
* **Kappa** is Cohen's kappa over tokens. A token is an eojeol (a whitespace-separated word,
  the unit Korean annotators read), and its label is the label of the span that covers any part
  of it, else ``O``. So "광주시" and "광주시는" (a span with or without its particle) agree on the
  token, while F1 still tells them apart. When several spans touch one token, the one starting
  first (the longer one on a tie) names it.

The corpus figures pool the counts of all shared documents (not an average of per-document
figures). Kappa is ``None`` when it is undefined (both annotators gave every token one label).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.evaluate import Counts
from models.store import schema as s
from models.team import REVIEWER

if TYPE_CHECKING:
    from models.store.project import ProjectStore

OUTSIDE = "O"
TOKEN_UNIT = "eojeol"
_TOKEN = re.compile(r"\S+")

SpanKey = tuple[int, int, str]  # start, end, label
RelKey = tuple[SpanKey, SpanKey, str]  # head span, tail span, relation label
RELATION_MARK = "→"


@dataclass(frozen=True, slots=True)
class LabelAgreement:
    """Exact-span agreement on one label (or on all labels: ``label == "ALL"``)."""

    label: str
    a: int  # spans of annotator a (the reference)
    b: int  # spans of annotator b
    matched: int  # spans both have: same start, end and label

    @property
    def counts(self) -> Counts:
        """With *a* as the reference: b's spans are the predictions, a's the gold."""
        return Counts(tp=self.matched, fp=self.b - self.matched, fn=self.a - self.matched)

    # None where the figure is undefined (no spans on that side), which a table shows as "-".
    @property
    def precision(self) -> float | None:
        return self.counts.precision if self.b else None

    @property
    def recall(self) -> float | None:
        return self.counts.recall if self.a else None

    @property
    def f1(self) -> float | None:
        return self.counts.f1 if self.a + self.b else None

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "a": self.a, "b": self.b, "matched": self.matched,
                "precision": _round(self.precision), "recall": _round(self.recall),
                "f1": _round(self.f1)}


@dataclass(frozen=True, slots=True)
class PairAgreement:
    """Two annotators on one document (``document_id``) or on all they share (``None``)."""

    a: str
    b: str
    document_id: int | None
    documents: int
    labels: tuple[LabelAgreement, ...]  # one per label either of them used, sorted
    overall: LabelAgreement  # all labels together (micro)
    tokens: int
    observed: float | None  # share of tokens with the same label
    kappa: float | None

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "document_id": self.document_id,
                "documents": self.documents, "tokens": self.tokens,
                "observed": _round(self.observed), "kappa": _round(self.kappa),
                "f1": _round(self.overall.f1), "overall": self.overall.to_json(),
                "labels": [x.to_json() for x in self.labels]}


@dataclass(frozen=True, slots=True)
class AgreementReport:
    annotators: tuple[str, ...]
    pairs: tuple[PairAgreement, ...]  # corpus level, one per pair that shares a document
    documents: tuple[PairAgreement, ...]  # per document and pair
    token_unit: str = TOKEN_UNIT

    def to_json(self) -> dict[str, Any]:
        return {"annotators": list(self.annotators), "token_unit": self.token_unit,
                "pairs": [p.to_json() for p in self.pairs],
                "documents": [p.to_json() for p in self.documents]}

    def to_table(self, *, by_document: bool = False) -> str:
        if not self.pairs:
            return "no document was annotated by two annotators"
        lines: list[str] = []
        for pair in self.pairs:
            lines.append(f"{pair.a} × {pair.b}: {pair.documents} documents, "
                         f"{pair.tokens} {self.token_unit} tokens, kappa {_fmt(pair.kappa)}, "
                         f"F1 {_fmt(pair.overall.f1)}")
            lines.append(f"  {'label':10} {pair.a[:8]:>8} {pair.b[:8]:>8} {'both':>6} "
                         f"{'P':>6} {'R':>6} {'F1':>6}")
            for x in (*pair.labels, pair.overall):
                lines.append(f"  {x.label:10} {x.a:8d} {x.b:8d} {x.matched:6d} "
                             f"{_fmt(x.precision):>6} {_fmt(x.recall):>6} {_fmt(x.f1):>6}")
            if by_document:
                for doc in self.documents:
                    if (doc.a, doc.b) == (pair.a, pair.b):
                        lines.append(f"  doc {doc.document_id:<6} kappa {_fmt(doc.kappa):>6}  "
                                     f"F1 {_fmt(doc.overall.f1):>6}  ({doc.tokens} tokens)")
        return "\n".join(lines)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


# ---------------------------------------------------------------------------------------------
# Pure computations


def tokens(text: str) -> list[tuple[int, int]]:
    """Eojeol: maximal runs of non-whitespace, as (start, end) offsets."""
    return [m.span() for m in _TOKEN.finditer(text)]


def token_labels(toks: Sequence[tuple[int, int]], spans: Iterable[SpanKey]) -> list[str]:
    """The label of each token: that of the first span (longest on a tie) touching it, else O."""
    out = [OUTSIDE] * len(toks)
    starts = [t[0] for t in toks]
    for start, end, label in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]), x[2])):
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        while i < len(toks) and toks[i][0] < end:
            if toks[i][1] > start and out[i] == OUTSIDE:
                out[i] = label
            i += 1
    return out


@dataclass(slots=True)
class Tally:
    """Counts from which F1 and kappa follow; add documents up for the corpus figures."""

    documents: int = 0
    spans_a: Counter[str] = field(default_factory=Counter)
    spans_b: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    tokens: int = 0
    same: int = 0
    marg_a: Counter[str] = field(default_factory=Counter)
    marg_b: Counter[str] = field(default_factory=Counter)

    def add_document(self, text: str, spans_a: Iterable[SpanKey],
                     spans_b: Iterable[SpanKey], rels_a: Iterable[RelKey] = (),
                     rels_b: Iterable[RelKey] = ()) -> None:
        # Relations count like spans under "→LABEL" (the same two spans and label to match);
        # they stay out of the overall span F1 and out of kappa.
        ra, rb = Counter(rels_a), Counter(rels_b)
        for (_h, _t, label), n in ra.items():
            self.spans_a[RELATION_MARK + label] += n
        for (_h, _t, label), n in rb.items():
            self.spans_b[RELATION_MARK + label] += n
        for rkey in ra.keys() & rb.keys():
            self.matched[RELATION_MARK + rkey[2]] += min(ra[rkey], rb[rkey])
        a, b = Counter(spans_a), Counter(spans_b)
        self.documents += 1
        for (_s, _e, label), n in a.items():
            self.spans_a[label] += n
        for (_s, _e, label), n in b.items():
            self.spans_b[label] += n
        for key in a.keys() & b.keys():
            self.matched[key[2]] += min(a[key], b[key])
        toks = tokens(text)
        la, lb = token_labels(toks, a), token_labels(toks, b)
        self.tokens += len(toks)
        self.same += sum(x == y for x, y in zip(la, lb, strict=True))
        self.marg_a.update(la)
        self.marg_b.update(lb)

    def add(self, other: Tally) -> None:
        self.documents += other.documents
        for mine, theirs in ((self.spans_a, other.spans_a), (self.spans_b, other.spans_b),
                             (self.matched, other.matched), (self.marg_a, other.marg_a),
                             (self.marg_b, other.marg_b)):
            mine.update(theirs)
        self.tokens += other.tokens
        self.same += other.same

    def kappa(self) -> tuple[float | None, float | None]:
        """(observed agreement, Cohen's kappa); kappa is None when chance agreement is 1."""
        if not self.tokens:
            return None, None
        n = self.tokens
        observed = self.same / n
        expected = sum(self.marg_a[k] * self.marg_b[k] for k in self.marg_a) / (n * n)
        if expected >= 1.0:
            return observed, None
        return observed, (observed - expected) / (1 - expected)

    def result(self, a: str, b: str, document_id: int | None) -> PairAgreement:
        names = sorted(set(self.spans_a) | set(self.spans_b))
        labels = tuple(LabelAgreement(x, self.spans_a[x], self.spans_b[x], self.matched[x])
                       for x in names)
        def spans_only(c: Counter[str]) -> int:
            return sum(n for k, n in c.items() if not k.startswith(RELATION_MARK))

        overall = LabelAgreement("ALL", spans_only(self.spans_a), spans_only(self.spans_b),
                                 spans_only(self.matched))
        observed, kappa = self.kappa()
        return PairAgreement(a, b, document_id, self.documents, labels, overall, self.tokens,
                             observed, kappa)


# ---------------------------------------------------------------------------------------------
# From the store


def annotators(store: ProjectStore, *, include_review: bool = False) -> list[str]:
    """Everyone with a span or a document status in the project, sorted."""
    with store.session() as session:
        names = set(session.scalars(select(s.Annotation.annotator).distinct()).all())
        names |= set(session.scalars(select(s.DocStatus.annotator).distinct()).all())
    if not include_review:
        names.discard(REVIEWER)
    return sorted(names)


def agreement(store: ProjectStore, who: Sequence[str] | None = None,
              doc_ids: Sequence[int] | None = None, *,
              include_review: bool = False) -> AgreementReport:
    """Agreement of every pair of ``who`` (default: all annotators) on the documents they share."""
    with store.session() as session:
        worked: dict[str, set[int]] = {}
        spans: dict[tuple[int, str], list[SpanKey]] = {}
        for doc, name, start, end, label in session.execute(select(
                s.Annotation.document_id, s.Annotation.annotator, s.Annotation.start,
                s.Annotation.end, s.Annotation.label)):
            worked.setdefault(name, set()).add(doc)
            spans.setdefault((doc, name), []).append((start, end, label))
        rels: dict[tuple[int, str], list[RelKey]] = {}
        head, tail = aliased(s.Annotation), aliased(s.Annotation)
        for doc, name, hs, he, hl, ts, te, tl, label in session.execute(select(
                head.document_id, head.annotator, head.start, head.end, head.label, tail.start,
                tail.end, tail.label, s.Relation.label)
                .join(head, head.id == s.Relation.head_id)
                .join(tail, tail.id == s.Relation.tail_id)):
            rels.setdefault((doc, name), []).append(((hs, he, hl), (ts, te, tl), label))
        for doc, name in session.execute(select(s.DocStatus.document_id, s.DocStatus.annotator)
                                         .where(s.DocStatus.status != "new")):
            worked.setdefault(name, set()).add(doc)
        names = sorted(who) if who else sorted(worked)
        if not include_review and not who:
            names = [n for n in names if n != REVIEWER]
        wanted = None if doc_ids is None else set(doc_ids)
        shared: dict[tuple[str, str], list[int]] = {}
        for a, b in itertools.combinations(names, 2):
            docs = worked.get(a, set()) & worked.get(b, set())
            if wanted is not None:
                docs &= wanted
            if docs:
                shared[(a, b)] = sorted(docs)
        needed = sorted({d for docs in shared.values() for d in docs})
        texts = dict(session.execute(select(s.Document.id, s.Document.text)
                                     .where(s.Document.id.in_(needed))).all()) if needed else {}
    pairs: list[PairAgreement] = []
    per_doc: list[PairAgreement] = []
    for (a, b), pair_docs in shared.items():
        total = Tally()
        for doc in pair_docs:
            one = Tally()
            one.add_document(texts[doc], spans.get((doc, a), ()), spans.get((doc, b), ()),
                             rels.get((doc, a), ()), rels.get((doc, b), ()))
            per_doc.append(one.result(a, b, doc))
            total.add(one)
        pairs.append(total.result(a, b, None))
    return AgreementReport(tuple(names), tuple(pairs), tuple(per_doc))
