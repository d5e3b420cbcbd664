"""Evaluation of predicted spans against gold spans: precision, recall and F1 per label.

Three ways of counting a hit, all one-to-one and greedy (gold spans in text order, each taking
the best still-free predicted span of the same label):

* exact — same start, end and label;
* overlap — same label and the spans share at least one character (largest overlap first);
* MONEY value — overlap and the same normalised amount. The gold amount is parsed from the gold
  span's text (a bare "10억" counts as KRW). Because some corpora (KMOU) split a range
  ``<1억:MNY>~<10억원:MNY>`` into two spans, a predicted range may match up to two gold spans:
  one through its ``low`` and one through its ``high``; the low gold piece inherits the unit of
  the high one when it has none ("<75:MNY>~<80만원:MNY>" is 75만..80만).

Micro totals add the counts of the evaluated labels.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from models.domain import Span, Value

MONEY = "MONEY"

# One sentence in HELD_OUT_EVERY is kept back from every corpus we measure on: rules, lists and
# tests are written against the rest (the "dev" part) only, and the kept-back slice is reported
# apart, so that a number exists for text no rule was written against. The slice is a hash of
# the NFC sentence text, so it is the same in every run, reader and corpus order.
HELD_OUT_EVERY = 5


def held_out(text: str, every: int = HELD_OUT_EVERY) -> bool:
    """Whether a sentence belongs to the kept-back evaluation slice (never read to write rules)."""
    digest = hashlib.blake2b(unicodedata.normalize("NFC", text).strip().encode("utf-8"),
                             digest_size=8).digest()
    return int.from_bytes(digest, "big") % every == 0


def split_part(text: str, part: str) -> bool:
    """Whether a sentence is in ``part``: "all", "dev" (not held out) or "held-out"."""
    if part == "all":
        return True
    return held_out(text) == (part == "held-out")


def half_of(text: str) -> int:
    """0 or 1: a second, independent hash split (for train-on-one-half, score-the-other)."""
    digest = hashlib.sha1(unicodedata.normalize("NFC", text).strip().encode("utf-8")).digest()
    return digest[-1] & 1


def countries_as_location(gold: Sequence[Span]) -> list[Span]:
    """Gold spans with every country name relabelled LOCATION (the TTA/KLUE convention).

    KMOU tags a country ORG where it acts as a state; scoring it this way measures the engine
    against the convention it follows, beside the score against KMOU's own tags."""
    from dataclasses import replace

    from models.nlp.gazetteer import builtin_gazetteer

    gaz = builtin_gazetteer()
    out = []
    for s in gold:
        entry = gaz.lookup(s.text) if s.label == "ORG" else None
        if entry is not None and entry.source == "builtin:countries":
            s = replace(s, label="LOCATION")
        out.append(s)
    return out


@dataclass(slots=True)
class Counts:
    """Hits and misses, and the precision, recall and F1 that follow (0.0 where undefined).

    The one such class in the core: engine evaluation, training's held-out scores and the
    agreement between annotators (models.team.agreement) all count with it.
    """

    tp: int = 0  # predicted spans that matched
    fp: int = 0
    fn: int = 0
    # Gold spans that matched, when not equal to ``tp`` (a predicted range can match two gold
    # pieces in the MONEY value score). Recall uses it.
    gold_tp: int | None = None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        hit = self.tp if self.gold_tp is None else self.gold_tp
        return hit / (hit + self.fn) if hit + self.fn else 0.0

    @property
    def f1(self) -> float:
        if self.gold_tp is None:
            # The harmonic mean of precision and recall in one division of whole numbers: the
            # correctly rounded value (2pr/(p+r) can be a unit in the last place off).
            both = 2 * self.tp + self.fp + self.fn
            return 2 * self.tp / both if both else 0.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        if self.gold_tp is not None or other.gold_tp is not None:
            mine = self.tp if self.gold_tp is None else self.gold_tp
            theirs = other.tp if other.gold_tp is None else other.gold_tp
            self.gold_tp = mine + theirs
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        extra = {} if self.gold_tp is None else {"gold_tp": self.gold_tp}
        return {
            **extra,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class LabelScores:
    label: str
    gold: int = 0
    predicted: int = 0
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "gold": self.gold,
            "predicted": self.predicted,
            "exact": self.exact.to_json(),
            "overlap": self.overlap.to_json(),
        }


@dataclass(slots=True)
class EvalReport:
    documents: int
    labels: list[LabelScores]
    micro_exact: Counts
    micro_overlap: Counts
    money_value: Counts | None = None  # None when MONEY is not among the evaluated labels

    def label(self, name: str) -> LabelScores | None:
        return next((s for s in self.labels if s.label == name), None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "labels": {s.label: s.to_json() for s in self.labels},
            "micro": {"exact": self.micro_exact.to_json(), "overlap": self.micro_overlap.to_json()},
        }
        if self.money_value is not None:
            out["money_value"] = self.money_value.to_json()
        return out

    def to_table(self) -> str:
        head = f"{'label':<12}{'gold':>7}{'pred':>7}  {'exact P/R/F1':<22}{'overlap P/R/F1':<22}"
        lines = [head, "-" * len(head)]

        def prf(c: Counts) -> str:
            return f"{c.precision:.3f}/{c.recall:.3f}/{c.f1:.3f}".ljust(22)

        for s in self.labels:
            lines.append(f"{s.label:<12}{s.gold:>7}{s.predicted:>7}  {prf(s.exact)}{prf(s.overlap)}")
        gold = sum(s.gold for s in self.labels)
        pred = sum(s.predicted for s in self.labels)
        lines.append("-" * len(head))
        lines.append(f"{'micro':<12}{gold:>7}{pred:>7}  {prf(self.micro_exact)}{prf(self.micro_overlap)}")
        if self.money_value is not None:
            mv = self.money_value
            lines.append(
                f"MONEY value-correct: P {mv.precision:.3f}  R {mv.recall:.3f}  F1 {mv.f1:.3f}"
                f"  (tp {mv.tp}, fp {mv.fp}, fn {mv.fn})"
            )
        lines.append(f"documents: {self.documents}")
        return "\n".join(lines)


# --- matching ---------------------------------------------------------------------------------


def _overlap_len(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _match_exact(gold: Sequence[Span], pred: Sequence[Span]) -> int:
    counts: dict[tuple[int, int], int] = {}
    for p in pred:
        counts[(p.start, p.end)] = counts.get((p.start, p.end), 0) + 1
    tp = 0
    for g in gold:
        key = (g.start, g.end)
        if counts.get(key, 0) > 0:
            counts[key] -= 1
            tp += 1
    return tp


def _match_overlap(gold: Sequence[Span], pred: Sequence[Span]) -> int:
    used = [False] * len(pred)
    tp = 0
    for g in sorted(gold, key=lambda s: (s.start, s.end)):
        best, best_len = -1, 0
        for n, p in enumerate(pred):
            if not used[n]:
                ov = _overlap_len(g, p)
                if ov > best_len:
                    best, best_len = n, ov
        if best >= 0:
            used[best] = True
            tp += 1
    return tp


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _gold_money_values(gold: Sequence[Span]) -> list[Value | None]:
    """Parse each gold MONEY span.

    A gold text without a currency word ("10억") gets currency None here, meaning "not said":
    its number is read as KRW but a prediction's currency is not held against it. The unit-less
    low end of a split range inherits the high end's unit and currency.
    """
    from models.rules.money import parse_money, range_ends
    from models.rules.numerals import parse_korean_range

    values = [parse_money(g.text, default_currency=None) for g in gold]
    ordered = sorted(range(len(gold)), key=lambda n: gold[n].start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        ga, gb = gold[a], gold[b]
        va, vb = values[a], values[b]
        # A split range: the two pieces are separated by at most a separator such as "~".
        if va is None or vb is None or not 0 <= gb.start - ga.end <= 3 or va.value is None:
            continue
        currency = va.currency or vb.currency
        lo = va.value
        if not any(ch in ga.text for ch in "만억조경"):
            low = parse_korean_range(_digits_only(ga.text))
            high = parse_korean_range(_digits_only(gb.text))
            if low is not None and high is not None:
                lo, _ = range_ends(low, 1, high)
        values[a] = Value(lo, lo, lo, currency)
    return values


def _digits_only(text: str) -> str:
    """The numeral part of a gold text ("80만원" → "80만")."""
    keep = "".join(ch for ch in text if ch.isdigit() or ch in ".,만억조경천백십수몇여 ")
    return keep.strip()


def _value_matches(g: Value | None, p: Value | None) -> tuple[bool, str]:
    """Whether a predicted value matches a gold value, and through which end ("v"/"low"/"high")."""
    if p is None:
        return False, ""
    if g is None:
        return True, "v"  # the gold text could not be parsed: the overlap has to do
    if g.currency and p.currency and g.currency != p.currency:
        return False, ""
    is_range = p.value is None and p.low is not None and p.high is not None
    if g.value is not None:
        if _close(p.value, g.value):
            return True, "v"
        if is_range:
            if _close(p.low, g.value):
                return True, "low"
            if _close(p.high, g.value):
                return True, "high"
        return False, ""
    # A vague gold amount (수천억원): the bounds must agree, or one end of a predicted range
    # must be that vague amount ("수백만~수천만원" split in two).
    if _close(p.low, g.low) and _close(p.high, g.high):
        return True, "v"
    if is_range and p.low is not None and p.high is not None and g.low is not None and g.high is not None:
        if _close(p.low, g.low) and p.high > g.high:
            return True, "low"
        if _close(p.high, g.high) and p.low < g.low:
            return True, "high"
    return False, ""


def _match_money_value(gold: Sequence[Span], pred: Sequence[Span]) -> tuple[int, int]:
    """(gold spans matched, predicted spans that matched at least once)."""
    gold_values = _gold_money_values(gold)
    used: list[set[str]] = [set() for _ in pred]
    matched_gold = 0
    order = sorted(range(len(gold)), key=lambda n: (gold[n].start, gold[n].end))
    for gi in order:
        g = gold[gi]
        best, best_len, best_slot = -1, 0, ""
        for n, p in enumerate(pred):
            ov = _overlap_len(g, p)
            if ov <= best_len:
                continue
            ok, slot = _value_matches(gold_values[gi], p.value)
            # A range may serve two gold pieces, but each end only once; a single value once.
            if not ok or slot in used[n] or (slot == "v" and used[n]) or "v" in used[n]:
                continue
            best, best_len, best_slot = n, ov, slot
        if best >= 0:
            used[best].add(best_slot)
            matched_gold += 1
    return matched_gold, sum(1 for u in used if u)


def evaluate(
    pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]],
    labels: Sequence[str] | None = None,
) -> EvalReport:
    """Score ``(gold, predicted)`` span lists, one pair per document.

    ``labels`` restricts (and orders) the labels evaluated; by default every label seen in gold
    or predictions, gold's first-seen order. Spans of other labels are ignored.
    """
    wanted = list(labels) if labels is not None else None
    scores: dict[str, LabelScores] = {}
    if wanted is not None:
        for name in wanted:
            scores[name] = LabelScores(name)
    money = Counts(gold_tp=0)
    money_seen = wanted is None or MONEY in wanted
    docs = 0
    for gold, pred in pairs:
        docs += 1
        by_label: dict[str, tuple[list[Span], list[Span]]] = {}
        for s in gold:
            by_label.setdefault(s.label, ([], []))[0].append(s)
        for s in pred:
            by_label.setdefault(s.label, ([], []))[1].append(s)
        for name, (g, p) in by_label.items():
            if wanted is not None and name not in wanted:
                continue
            sc = scores.setdefault(name, LabelScores(name))
            sc.gold += len(g)
            sc.predicted += len(p)
            tp = _match_exact(g, p)
            sc.exact.add(Counts(tp, len(p) - tp, len(g) - tp))
            tp = _match_overlap(g, p)
            sc.overlap.add(Counts(tp, len(p) - tp, len(g) - tp))
            if name == MONEY:
                gold_hit, pred_hit = _match_money_value(g, p)
                money.add(Counts(pred_hit, len(p) - pred_hit, len(g) - gold_hit, gold_hit))
    label_list = list(scores.values())
    micro_exact, micro_overlap = Counts(), Counts()
    for sc in label_list:
        micro_exact.add(sc.exact)
        micro_overlap.add(sc.overlap)
    return EvalReport(
        documents=docs,
        labels=label_list,
        micro_exact=micro_exact,
        micro_overlap=micro_overlap,
        money_value=money if money_seen else None,
    )
