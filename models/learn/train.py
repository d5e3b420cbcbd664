"""Training the project's model: ``train(source, progress, cancel) -> ModelInfo``.

The GUI calls it on a worker thread after :data:`~models.learn.modelstore.RETRAIN_AFTER` new
decisions or on demand, with ``isolate=True``: the CRF optimiser (C code that holds Python's
GIL for seconds at a time) then runs in a child process, so the window never stalls, and cancel
ends that process. The CLI calls it in the foreground.

Steps: examples (the project's decisions or an annotated corpus), with copies of the training
ones whose names are swapped (:mod:`models.learn.augment`) → Kiwi morphemes, the engine's own
analysis and features (:mod:`models.learn.pipeline`) → CRF on all of them, and two more, each
on one half, whose candidates teach the ranker and whose scores on the half they did not see
choose how the model is combined with the rules (:class:`_Halves`) → a new model version in the
project.

Gazetteer features are built the way they will be used: at prediction, the gazetteer holds the
names of documents *other* than the one analysed (accepted earlier, or from the training
corpus). So for training, the names of one half of the documents feed the features of the other
half; otherwise the model would learn that every name is in the gazetteer.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.domain import RULE_LABELS, ImportedDoc, Span
from models.evaluate import evaluate as evaluate_spans
from models.learn.augment import with_swapped_names
from models.learn.choice import choose_policy
from models.learn.combine import DEFAULT, POLICIES
from models.learn.crf import DEFAULT_PARAMS, ModelBlob, Tagger, fit
from models.learn.examples import Example, TrainingSet, from_docs, from_store
from models.learn.features import FEATURE_VERSION
from models.learn.memory import AGREEMENT, learned_terms
from models.learn.modelstore import ModelInfo, now, save_model
from models.learn.pipeline import Prepared, gold_tags, model_spans, prepare_many
from models.learn.predict import LoadedModel, build_gazetteer
from models.learn.rerank import Candidate, candidates, fit_ranker
from models.progress import Cancel, Cancelled, Progress, check

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

    from models.nlp.gazetteer import Gazetteer
    from models.store.project import ProjectStore

MIN_SPANS = 5  # fewer annotated spans than this teach nothing: refuse with a clear message
# The policies are scored (each half of the documents by models trained on the other half) from
# this many documents on; half-size models undersell the whole one, which leans to the rules.
MIN_CHECK_DOCS = 10
# The "ranked" combination needs candidates of both halves to learn from: below this many
# documents it is not trained.
MIN_RANKER_DOCS = 100
TERM_AGREEMENT = AGREEMENT  # a training name joins the gazetteer when this share has one label

# ``Cancelled`` is models.progress.Cancelled, named here too because the desktop's training
# task imports it from this module.
__all__ = ["train", "fit_set", "TrainingError", "Cancelled", "ModelInfo"]


class TrainingError(Exception):
    """Not enough (or unusable) data to train on; the message says what is missing."""


def _bucket(key: str, n: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % n


@dataclass(slots=True)
class Item:
    example: Example
    prep: Prepared
    used: list[int]  # indices of the sentences that count


def _used_sentences(ex: Example, prep: Prepared) -> list[int]:
    if ex.anchors is None:
        return list(range(len(prep.sents)))
    out = []
    for n, (a, b) in enumerate(prep.sents):
        lo, hi = prep.morphs[a].start, prep.morphs[b - 1].end
        if any(lo <= x < hi for x in ex.anchors):
            out.append(n)
    return out


def _terms(examples: Sequence[Example], keep: Collection[str]) -> list[tuple[str, str]]:
    """Names of the training documents for the gazetteer: only those that nearly always carry
    the same label (in news, 한국 is a place as often as an actor: the context must decide)."""
    counts: dict[str, dict[str, int]] = {}
    for ex in examples:
        for s in ex.spans:
            if s.label in keep:
                by_label = counts.setdefault(s.text, {})
                by_label[s.label] = by_label.get(s.label, 0) + 1
    out: list[tuple[str, str]] = []
    for text, by_label in counts.items():
        label, n = max(by_label.items(), key=lambda kv: kv[1])
        if n >= TERM_AGREEMENT * sum(by_label.values()):
            out.append((text, label))
    return learned_terms({t: 1 for t in out}, {lab for _t, lab in out})


def prepare_items(examples: Sequence[Example], kiwi: Kiwi, gazetteers: Sequence[Any],
                  step: Callable[[], None] | None = None,
                  cancel: Cancel | None = None) -> list[Item]:
    items = []
    pairs = [(e.text, e.doc_date) for e in examples]
    for ex, prep in zip(examples, prepare_many(pairs, kiwi, list(gazetteers)), strict=True):
        items.append(Item(ex, prep, _used_sentences(ex, prep)))
        if step:
            step()
        check(cancel)
    return items


def learnable_labels(tset: TrainingSet, labels: Collection[str] | None = None) -> list[str]:
    """The labels the CRF learns: ``labels`` or every label of the set, never the rules' ones
    (money, dates and quantities come from the rules whatever a model says)."""
    wanted = tset.labels if labels is None else list(labels)
    return [lab for lab in wanted if lab not in RULE_LABELS]


def fit_set(tset: TrainingSet, *, params: dict[str, Any] | None = None,
            evaluate: bool = True, kiwi: Kiwi | None = None,
            labels: Collection[str] | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None
            ) -> tuple[bytes, ModelInfo]:
    """Train on a training set; returns the model blob and its (unsaved) info.

    ``labels``: the labels to learn (default: all but MONEY/DATE/QUANTITY); spans of other
    labels count as "nothing" for the model. ``evaluate``: score the policies (each half of
    the documents by models of the other, :class:`_Halves`) and take the best; without it the
    model keeps the default policy.
    """
    t0 = time.perf_counter()
    keep = set(learnable_labels(tset, labels))
    n_spans = sum(1 for e in tset.examples for s in e.spans if s.label in keep)
    if n_spans < MIN_SPANS:
        raise TrainingError(f"only {n_spans} annotated spans: accept or create at least "
                            f"{MIN_SPANS} before training")
    if kiwi is None:
        from models.nlp.kiwi_runtime import get_kiwi, last_error

        kiwi = get_kiwi(wait=True)
        if kiwi is None:
            raise TrainingError(f"the morphological analyser did not load: {last_error()}")
    opts = {**DEFAULT_PARAMS, **(params or {})}
    originals = list(tset.examples)
    scored = evaluate and len(originals) >= MIN_CHECK_DOCS
    halves_too = scored or len(originals) >= MIN_RANKER_DOCS
    iterations = int(opts["max_iterations"])
    total = len(originals) + iterations * (3 if halves_too else 1)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done, total), total)

    # Two folds: each half's features see the other half's names (see the module docstring).
    folds = [[e for e in originals if _bucket(e.key, 2) == f] for f in (0, 1)]
    fold_gaz = [fold_gazetteer(folds[1 - f], tset.hint_terms, keep) for f in (0, 1)]
    # Copies of the training sentences with their names swapped: more places where names
    # stand, from the project's own text.
    train_ex = with_swapped_names(originals, keep)
    total += len(train_ex) - len(originals)
    gazetteers = [fold_gaz[_bucket(e.key, 2)] for e in train_ex]
    items = prepare_items(train_ex, kiwi, gazetteers, step, cancel)
    # The originals come first in ``items`` (with_swapped_names): their sequences, counted
    # apart, say what the model learned from; the copies' follow them.
    real_x, real_y = _sequences(items[:len(originals)], keep)
    copy_x, copy_y = _sequences(items[len(originals):], keep)
    xseqs, yseqs = real_x + copy_x, real_y + copy_y
    if not xseqs:
        raise TrainingError("no sentence to learn from")

    def fit_steps(x: list[list[list[str]]], y: list[list[str]]) -> bytes:
        nonlocal done
        start = done

        def fit_progress(i: int, _n: int) -> None:
            if progress:
                progress(start + i, total)

        crf = fit(x, y, opts, fit_progress, cancel)
        done = start + iterations
        return crf

    crf = fit_steps(xseqs, yseqs)
    terms = _terms(originals, keep)
    labels = sorted({y[2:] for ys in yseqs for y in ys if y != "O"})
    header = {"feature_version": FEATURE_VERSION, "labels": labels, "terms": terms,
              "policy": DEFAULT.name, "source": tset.source}
    ranker = None
    evaluation = None
    if halves_too:
        halves = _Halves(items, len(originals), keep, fit_steps, cancel)
        half_rankers: list[bytes | None] = [None, None]
        if len(originals) >= MIN_RANKER_DOCS:
            ranker, half_rankers = halves.rankers()
        if scored:
            evaluation = halves.evaluate(header, half_rankers)
            # The combination that did best on documents its model did not see is the one
            # the model uses.
            header["policy"] = evaluation["policy"]
    blob = ModelBlob(crf, header, ranker)
    info = ModelInfo(version=None, created_at=now(), source=tset.source,
                     n_documents=len(originals), n_sentences=len(real_y),
                     n_spans=sum(1 for ys in real_y for y in ys if y.startswith("B-")),
                     labels=tuple(labels), params={**opts, "feature_version": FEATURE_VERSION,
                                                   "annotation_mark": tset.annotation_mark},
                     evaluation=evaluation,
                     decision_mark=tset.decision_mark, seconds=round(time.perf_counter() - t0, 1))
    if progress:
        progress(total, total)
    return blob.to_bytes(), info


def fold_gazetteer(other: Sequence[Example], hints: Sequence[tuple[str, str]],
                   keep: Collection[str]) -> Gazetteer:
    """The gazetteer of a fold's features: the other fold's names and the BigKinds hints,
    added where the built-in one does not know them, never relabelling it, as an Analyzer with
    a model builds its own (``predict.Analyzer._build_gazetteer``)."""
    return build_gazetteer((), [*_terms(other, keep), *hints])


def _used_ranges(it: Item) -> list[tuple[int, int]]:
    used = set(it.used)
    return [(it.prep.morphs[a].start, it.prep.morphs[b - 1].end)
            for n, (a, b) in enumerate(it.prep.sents) if n in used]


def _within(spans: Sequence[Span], ranges: Sequence[tuple[int, int]]) -> list[Span]:
    return [s for s in spans if any(lo <= s.start and s.end <= hi for lo, hi in ranges)]


def _sequences(items: Sequence[Item], keep: Collection[str]
               ) -> tuple[list[list[list[str]]], list[list[str]]]:
    """The CRF's training sequences: features and gold tags of the sentences that count."""
    xseqs: list[list[list[str]]] = []
    yseqs: list[list[str]] = []
    for item in items:
        ys = gold_tags(item.prep, [s for s in item.example.spans if s.label in keep])
        for n in item.used:
            xseqs.append(item.prep.xseqs[n])
            yseqs.append(ys[n])
    return xseqs, yseqs


class _Halves:
    """Each half of the documents tagged by a tagger trained on the other half.

    The items' features were built for this: each half's gazetteer holds the other half's
    names, as the other half's model would have them at prediction. A copy with swapped names
    keeps its original's key, so it stays in its original's half.

    Two things come of it. The ranker of the "ranked" combination (:mod:`models.learn.rerank`)
    learns from these candidates, which are made as a tagger makes them for text it did not
    see. And every policy is scored on all the documents, each by models that did not see it
    (the ranker of a half learned from the other half's candidates), so the policy is chosen on
    all of them and the model itself learns from all of them: on 2016klp, five different
    splits of 1,300 training sentences gave 0.840–0.849 on the other half when a tenth was held
    out to choose the policy, 0.845–0.848 this way."""

    def __init__(self, items: Sequence[Item], n_originals: int, keep: Collection[str],
                 fit_steps: Callable[[list[list[list[str]]], list[list[str]]], bytes],
                 cancel: Cancel | None) -> None:
        self.keep = keep
        self.cancel = cancel
        self.members = [[n for n, it in enumerate(items) if _bucket(it.example.key, 2) == f]
                        for f in (0, 1)]
        self.items = items
        self.n_originals = n_originals
        # taggers[f] tags half f: it learned from half 1 - f.
        self.taggers: list[bytes | None] = []
        self.terms: list[list[tuple[str, str]]] = []
        for f in (0, 1):
            other = self.members[1 - f]
            x, y = _sequences([items[n] for n in other], keep)
            self.taggers.append(fit_steps(x, y) if x and self.originals(f) else None)
            self.terms.append(_terms([items[n].example for n in other if n < n_originals],
                                     keep))

    def originals(self, f: int) -> list[Item]:
        return [self.items[n] for n in self.members[f] if n < self.n_originals]

    def candidates(self, f: int) -> list[tuple[Candidate, bool]]:
        """Half ``f``'s candidates by its tagger, each with whether it is gold."""
        crf = self.taggers[f]
        if crf is None:
            return []
        tagger = Tagger(crf)
        terms = set(self.terms[f])
        out: list[tuple[Candidate, bool]] = []
        for it in self.originals(f):
            check(self.cancel)
            gold = {(s.start, s.end, s.label) for s in it.example.spans if s.label in self.keep}
            ranges = _used_ranges(it)
            spans, margs = model_spans(it.prep, tagger)
            for c in candidates(it.prep, spans, margs, self.keep, terms):
                if any(lo <= c.start and c.end <= hi for lo, hi in ranges):
                    out.append((c, c.key in gold))
        return out

    def rankers(self) -> tuple[bytes | None, list[bytes | None]]:
        """The ranker from both halves' candidates, and each half's own (half ``f``'s ranker
        learned from half ``f``'s candidates, so it scores half ``1 - f``)."""
        cands = [self.candidates(f) for f in (0, 1)]
        return fit_ranker(cands[0] + cands[1]), [fit_ranker(cands[f]) for f in (0, 1)]

    def evaluate(self, header: dict[str, Any], half_rankers: Sequence[bytes | None]
                 ) -> dict[str, Any]:
        """Every policy's scores over all documents, each half by the other half's models
        ("ranked" only where both halves have a ranker: see :meth:`rankers`)."""
        pairs = _Pairs()
        with_ranker = all(r is not None for r in half_rankers)
        for f in (0, 1):
            crf = self.taggers[f]
            if crf is None:
                continue
            ranker = half_rankers[1 - f] if with_ranker else None
            half_header = {**header, "terms": self.terms[f]}
            model = LoadedModel(ModelBlob(crf, half_header, ranker), tried=True)
            pairs.add(model, self.originals(f), self.cancel)
        result = pairs.scores(sorted(self.keep))
        result["method"] = "2-fold"
        return result


class _Pairs:
    """(gold, predicted) span lists per policy and of the rules alone, over documents."""

    def __init__(self) -> None:
        self.per_policy: dict[str, list[tuple[list[Span], list[Span]]]] = {}
        self.rules_only: list[tuple[list[Span], list[Span]]] = []
        self.documents = 0

    def add(self, model: LoadedModel, items: Sequence[Item], cancel: Cancel | None = None
            ) -> None:
        for it in items:
            check(cancel)
            ranges = _used_ranges(it)
            gold = _within(it.example.spans, ranges)
            self.rules_only.append((gold, _within(it.prep.base.spans, ranges)))
            tagged = model_spans(it.prep, model.tagger())  # once for every policy
            for name in model.policies():
                spans = model.analyze_prepared(it.prep, policy=POLICIES[name],
                                               tagged=tagged).spans
                self.per_policy.setdefault(name, []).append((gold, _within(spans, ranges)))
        self.documents += len(items)

    def scores(self, labels: Sequence[str]) -> dict[str, Any]:
        scored = {name: _scores(evaluate_spans(pairs, labels))
                  for name, pairs in self.per_policy.items()}
        per_doc = {name: [_counts(gold, pred, labels) for gold, pred in pairs]
                   for name, pairs in self.per_policy.items()}
        best = choose_policy({n: sc["f1"] for n, sc in scored.items()}, per_doc)
        return {"documents": self.documents, "labels": list(labels), "policy": best,
                "model": scored[best], "rules": _scores(evaluate_spans(self.rules_only, labels)),
                "policies": {n: sc["f1"] for n, sc in scored.items()}}


def _counts(gold: Sequence[Span], pred: Sequence[Span], labels: Sequence[str]
            ) -> tuple[int, int, int]:
    m = evaluate_spans([(gold, pred)], labels).micro_exact
    return m.tp, m.fp, m.fn


def _scores(report: Any) -> dict[str, Any]:
    m = report.micro_exact
    return {"precision": round(m.precision, 4), "recall": round(m.recall, 4),
            "f1": round(m.f1, 4),
            "by_label": {s.label: {"gold": s.gold, "f1": round(s.exact.f1, 4)}
                         for s in report.labels}}


# -- the entry point --------------------------------------------------------------------------


def train(source: ProjectStore | TrainingSet | Sequence[ImportedDoc],
          progress: Progress | None = None, cancel: Cancel | None = None, *,
          save_to: ProjectStore | None = None, annotator: str | None = None,
          evaluate: bool = True, params: dict[str, Any] | None = None,
          labels: Collection[str] | None = None, isolate: bool = False) -> ModelInfo:
    """Train a model and store it as the project's new version.

    ``source``: a project (its decisions), a :class:`TrainingSet` (e.g. from
    :func:`models.learn.examples.read_corpus`) or annotated documents. The model is saved in
    ``save_to`` (default: the source project; nothing is saved for a corpus without a project).
    ``progress(done, total)``; ``cancel()`` makes it raise :class:`~models.progress.Cancelled`
    soon after.
    ``labels``: what to learn (default: every label but MONEY/DATE/QUANTITY).
    ``isolate``: run the heavy part in a child process (for GUI worker threads).
    Raises :class:`TrainingError` when there is too little to learn from.
    """
    from models.store.project import ProjectStore

    if isinstance(source, ProjectStore):
        tset = from_store(source, annotator)
        save_to = save_to or source
    elif isinstance(source, TrainingSet):
        tset = source
    else:
        tset = from_docs(source, "documents")
    if save_to is not None and tset.source != "project":
        from models.learn.modelstore import marks

        tset.decision_mark, tset.annotation_mark = marks(save_to)
    if isolate:
        from models.learn.isolate import call_in_child

        blob, info = call_in_child(
            fit_set, {"tset": tset, "params": params, "evaluate": evaluate,
                      "labels": None if labels is None else list(labels)},
            progress, cancel, passes=(TrainingError,))
    else:
        blob, info = fit_set(tset, params=params, evaluate=evaluate, labels=labels,
                             progress=progress, cancel=cancel)
    if save_to is None:
        return info
    return save_model(save_to, blob, info)
