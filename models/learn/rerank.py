"""The "ranked" combination: which names to keep, learned from the project's own sentences.

The fixed policies (``models.learn.combine``) keep a model span above one probability and a rule
span above another. A project's sentences can say more: that the rules' names found by a title
are right where its convention agrees, that a gazetteer place before 은 is an actor here, that
the tagger's short spans beside a longer rule span are wrong. So every candidate name, the
rules' and the tagger's, gets a few facts (who proposed it, how sure the tagger is of it, which
rule found it, how long it is, what follows it, the tags of its morphemes, whether a surer
candidate overlaps it, whether it is one of the project's names, the name itself and the words
nearest it in Kiwi's embedding), and a small logistic model (crfsuite on one-item sequences)
learns from the training sentences which candidates are gold. The surest candidates that do
not overlap are kept.

The examples must be candidates of a tagger that did not see their sentences: training cuts the
documents in two halves, tags each half with a tagger trained on the other, and learns from
those (``models.learn.train``). On the other half of 2016klp and of KMOU by TTA (1,300 training
sentences) it scores 0.849 and 0.793 against 0.834 and 0.787 for the policy training chose before
(tests/bench/bench_learning_convention.py); it costs two more taggers of half the sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from models.domain import Span
from models.learn.features import Morph, neighbours
from models.learn.pipeline import Prepared, span_probability

# Keep a candidate the model gives at least this probability of being a gold name (chosen on
# 2016klp and KMOU by TTA: 0.4 and 0.5 within 0.002 of each other, 0.6 lower).
KEEP = 0.4
SOURCE = "model:ranked"


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    label: str
    prob: float  # the tagger's probability for the span (-1: it cannot score it)
    source: str  # "m" the tagger's, "r" the rules', "b" both
    rule: str = "-"  # the rule's source ("gazetteer", "kiwi:name" …)
    rule_score: float = 0.0
    overlaps: bool = False  # another candidate overlaps it
    surer: bool = False  # an overlapping candidate has a higher tagger probability
    known: bool = False  # one of the project's names, with this label
    after: str = "#"  # the character right after it
    particle: str = "#"  # the morpheme right after it when it is glued to it (은, 에서 …)
    shape: str = "-"  # its morphemes' tags ("NNG": a word Kiwi knows as a common noun)
    inner: bool = False  # inside a longer candidate
    outer: bool = False  # around a shorter candidate
    text: str = ""
    near: tuple[str, ...] = ()  # the last morpheme's nearest in Kiwi's embedding

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


def candidates(prep: Prepared, model_spans: Sequence[Span], margs: list[list[dict[str, float]]],
               labels: Collection[str], terms: Collection[tuple[str, str]]) -> list[Candidate]:
    """The rules' and the tagger's names of ``labels`` in one prepared text (not projects: a
    project found by the rules carries the amount links and is kept as it is)."""
    labels = [lab for lab in labels if lab != "PROJECT"]  # projects: the rules' (combine)
    found: dict[tuple[int, int, str], Candidate] = {}
    for s in model_spans:
        if s.label in labels:
            found[(s.start, s.end, s.label)] = Candidate(s.start, s.end, s.label, s.score, "m")
    for s in prep.base.spans:
        if s.label not in labels:
            continue
        c = found.get((s.start, s.end, s.label))
        if c is not None:
            c.source, c.rule, c.rule_score = "b", s.source, s.score
            continue
        p = span_probability(prep, margs, s)
        found[(s.start, s.end, s.label)] = Candidate(
            s.start, s.end, s.label, -1.0 if p is None else p, "r", s.source, s.score)
    out = sorted(found.values(), key=lambda c: (c.start, c.end))
    text = prep.text
    starts = [m.start for m in prep.morphs]
    for c in out:
        n = bisect_left(starts, c.end)
        if n < len(starts) and prep.morphs[n].start == c.end:
            c.particle = prep.morphs[n].tag + prep.morphs[n].form
        inside = prep.morphs[bisect_left(starts, c.start):n]
        c.shape = _shape(inside)
        if inside and inside[-1].kid >= 0:
            c.near = neighbours(inside[-1].kid)
        others = [o for o in out if o is not c and o.start < c.end and c.start < o.end]
        c.inner = any(o.start <= c.start and c.end <= o.end for o in others)
        c.outer = any(c.start <= o.start and o.end <= c.end for o in others)
        c.overlaps = bool(others)
        c.surer = any(o.prob > c.prob for o in others)
        c.text = text[c.start:c.end]
        c.known = (c.text, c.label) in terms
        c.after = text[c.end:c.end + 1] or "#"
    return out


def _shape(morphs: Sequence[Morph]) -> str:
    """The tags of a candidate's morphemes, a run of one tag written once ("NNP", "NNG",
    "NNP+NNG"), at most three, unknown words marked: a PERSON the tagger guessed on one common
    noun Kiwi knows (상태, 이전, 장비) is seldom one."""
    tags: list[str] = []
    for m in morphs:
        tag = m.tag + ("?" if m.oov else "")
        if not tags or tags[-1] != tag:
            tags.append(tag)
    return "+".join(tags[:3]) if tags else "-"


def features(c: Candidate) -> dict[str, float]:
    band = "na" if c.prob < 0 else str(int(c.prob * 10))
    lab = c.label
    f = {"b": 1.0, "L=" + lab: 1.0, "s=" + c.source: 1.0, "Ls=" + lab + c.source: 1.0,
         "r=" + c.rule: 1.0, "Lr=" + lab + c.rule: 1.0, "p=" + band: 1.0, "Lp=" + lab + band: 1.0,
         "sp=" + c.source + band: 1.0, "n=" + str(min(c.end - c.start, 8)): 1.0,
         "a=" + c.after: 1.0, "prob": max(c.prob, 0.0), "rs": c.rule_score}
    f["j=" + c.particle] = 1.0
    f["Lj=" + lab + c.particle] = 1.0
    f["t=" + c.shape] = 1.0
    f["Lt=" + lab + c.shape] = 1.0
    if " " in c.text:
        f["sp"] = 1.0
    # The name itself and the words Kiwi's embedding puts nearest its last morpheme: what the
    # project's annotators made of this word, or of words like it, before (정부 as ORG or not;
    # 상태 near 상황, 조건: no PERSON). Three salted splits each, other half / kept-back fifth:
    # 2016klp 0.850 / 0.849 → 0.855 / 0.852, KMOU by TTA 0.779 / 0.765 → 0.779 / 0.765.
    if c.text and len(c.text) <= 8:
        f["Lw=" + lab + c.text] = 1.0
    for nb in c.near:
        f["L" + lab + nb] = 1.0
    if c.inner:
        f["in|" + c.source] = 1.0
    if c.outer:
        f["out|" + c.source] = 1.0
    if c.overlaps:
        f["ov"] = 1.0
    if c.surer:
        f["su"] = 1.0
        f["su|" + c.source] = 1.0
    if c.known:
        f["kn"] = 1.0
        f["kn|" + lab] = 1.0
    return f


def fit_ranker(examples: Iterable[tuple[Candidate, bool]]) -> bytes | None:
    """A ranker from (candidate, is gold) pairs; None when they cannot teach one (no candidate,
    or all of one kind)."""
    from models.learn.crf import fit

    xs: list[Any] = []
    ys: list[list[str]] = []
    for c, gold in examples:
        xs.append([features(c)])  # crfsuite takes an item as {feature: value}
        ys.append(["T" if gold else "F"])
    if len({y[0] for y in ys}) < 2:
        return None
    return fit(xs, ys, {"c1": 0.0, "c2": 1.0, "max_iterations": 200,
                        "feature.possible_transitions": False})


class Ranker:
    """A loaded ranker. Not thread-safe: one per thread, as the tagger."""

    def __init__(self, data: bytes) -> None:
        import pycrfsuite

        # crfsuite reads the model from these bytes without holding them: keep them alive as
        # long as the tagger (a caller that drops its copy would have it read freed memory)
        self._data = data
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)

    def probability(self, c: Candidate) -> float:
        self._tagger.set([features(c)])
        self._tagger.tag()
        return float(self._tagger.marginal("T", 0))

    def select(self, cands: Sequence[Candidate], keep: float = KEEP) -> list[tuple[Candidate, float]]:
        """The candidates to keep with their probabilities: surest first, none overlapping."""
        scored = sorted(((self.probability(c), c) for c in cands), key=lambda pc: -pc[0])
        kept: list[tuple[Candidate, float]] = []
        for p, c in scored:
            if p < keep:
                break
            if any(c.start < k.end and k.start < c.end for k, _ in kept):
                continue
            kept.append((c, p))
        return kept
