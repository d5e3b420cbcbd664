"""Training the project's model: ``train(source, progress, cancel) -> ModelInfo``.

The GUI calls it on a worker thread after :data:`~models.learn.modelstore.RETRAIN_AFTER` new
decisions or on demand, with ``isolate=True``: the CRF optimiser (C code that holds Python's
GIL for seconds at a time) then runs in a child process, so the window never stalls, and cancel
ends that process. The CLI calls it in the foreground.

Steps: examples (the project's decisions or an annotated corpus), with copies of the training
ones whose names are swapped (:mod:`models.learn.augment`) → Kiwi morphemes, the engine's own
analysis and features (:mod:`models.learn.pipeline`) → CRF → evaluation on a held-out part
of the documents (the model combined with the rules, against the rules alone) → a new model
version in the project.

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
from models.evaluate import evaluate
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

    from models.store.project import ProjectStore

MIN_SPANS = 5  # fewer annotated spans than this teach nothing: refuse with a clear message
HOLDOUT = 0.1
MIN_HOLDOUT_DOCS = 10  # evaluate only when the held-out part has at least this many documents
# Below this many documents a held-out tenth (under 30) is too few to choose the policy on: on
# 100 KMOU sentences the ten held out chose one 0.01 under the rules on the benchmark's held-out
# files. Then two more models are trained, each on one half, and each half is scored by the
# model that did not see it (half-size models undersell the whole one: this leans to the rules).
CROSS_CHECK_BELOW = 300
MIN_CROSS_CHECK_DOCS = 10
# The "ranked" combination needs candidates of both halves to learn from: below this many
# documents (where the held-out tenth is too small to be scored too) it is not trained.
MIN_RANKER_DOCS = 100
TERM_AGREEMENT = AGREEMENT  # a training name joins the gazetteer when this share has one label

# ``Cancelled`` is models.progress.Cancelled, named here too because the desktop's training
# task imports it from this module.
__all__ = ["train", "fit_set", "TrainingError", "Cancelled", "ModelInfo"]


class TrainingError(Exception):
    """Not enough (or unusable) data to train on; the message says what is missing."""


def _bucket(key: str, n: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % n


def split(examples: Sequence[Example], holdout: float) -> tuple[list[Example], list[Example]]:
    """Deterministic document split (by key): the same document is always on the same side."""
    if holdout <= 0 or len(examples) * holdout < MIN_HOLDOUT_DOCS:
        return list(examples), []
    cut = int(holdout * 1000)
    train = [e for e in examples if _bucket(e.key, 1000) >= cut]
    test = [e for e in examples if _bucket(e.key, 1000) < cut]
    return train, test


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
            holdout: float = HOLDOUT, kiwi: Kiwi | None = None,
            labels: Collection[str] | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None
            ) -> tuple[bytes, ModelInfo]:
    """Train on a training set; returns the model blob and its (unsaved) info.

    ``labels``: the labels to learn (default: all but MONEY/DATE/QUANTITY); spans of other
    labels count as "nothing" for the model.
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
    cross_check = (holdout > 0
                   and MIN_CROSS_CHECK_DOCS <= len(tset.examples) < CROSS_CHECK_BELOW)
    train_ex, test_ex = (list(tset.examples), []) if cross_check else split(tset.examples,
                                                                             holdout)
    iterations = int(opts["max_iterations"])
    total = len(train_ex) + iterations * (3 if cross_check else 1) + len(test_ex)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done, total), total)

    # Two folds: each half's features see the other half's names (see the module docstring).
    folds = [[e for e in train_ex if _bucket(e.key, 2) == f] for f in (0, 1)]
    fold_gaz = [build_gazetteer(tset.hint_terms, _terms(folds[1 - f], keep)) for f in (0, 1)]
    # Copies of the training sentences with their names swapped (never of the held-out ones):
    # more places where names stand, from the project's own text.
    originals = train_ex
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
    ranker = None
    if not cross_check and len(originals) >= MIN_RANKER_DOCS:
        total += 2 * iterations
        ranker = _fit_ranker(items, len(originals), keep, fit_steps, cancel)
    terms = _terms(originals, keep)
    labels = sorted({y[2:] for ys in yseqs for y in ys if y != "O"})
    header = {"feature_version": FEATURE_VERSION, "labels": labels, "terms": terms,
              "policy": DEFAULT.name, "source": tset.source}
    evaluation = None
    if cross_check:
        evaluation = _cross_check(items, keep, header, fit_steps)
        header["policy"] = evaluation["policy"]
    elif test_ex:
        gaz = build_gazetteer(tset.hint_terms, terms)
        test_items = prepare_items(test_ex, kiwi, [gaz] * len(test_ex), step, cancel)
        evaluation = evaluate_items(LoadedModel(ModelBlob(crf, header, ranker), tried=True),
                                    test_items, sorted(keep))
        # The combination that did best on the held-out documents is the one the model uses.
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


def _fit_ranker(items: Sequence[Item], n_originals: int, keep: Collection[str],
                fit_steps: Callable[[list[list[list[str]]], list[list[str]]], bytes],
                cancel: Cancel | None = None) -> bytes | None:
    """The ranker of the "ranked" combination (:mod:`models.learn.rerank`), learned from the
    candidates of each half of the documents as a tagger trained on the other half makes them.

    The items' features were built for this, as for :func:`_cross_check`: each half's
    gazetteer holds the other half's names. A copy with swapped names keeps its original's key,
    so it stays in its original's half."""
    halves = [[n for n, it in enumerate(items) if _bucket(it.example.key, 2) == f] for f in (0, 1)]
    examples: list[tuple[Candidate, bool]] = []
    for f in (0, 1):
        x, y = _sequences([items[n] for n in halves[1 - f]], keep)
        scored = [items[n] for n in halves[f] if n < n_originals]
        if not x or not scored:
            continue
        tagger = Tagger(fit_steps(x, y))
        terms = set(_terms([items[n].example for n in halves[1 - f] if n < n_originals], keep))
        for it in scored:
            check(cancel)
            gold = {(s.start, s.end, s.label) for s in it.example.spans if s.label in keep}
            ranges = _used_ranges(it)
            spans, margs = model_spans(it.prep, tagger)
            for c in candidates(it.prep, spans, margs, keep, terms):
                if any(lo <= c.start and c.end <= hi for lo, hi in ranges):
                    examples.append((c, c.key in gold))
    return fit_ranker(examples)


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


def _cross_check(items: Sequence[Item], keep: Collection[str], header: dict[str, Any],
                 fit_steps: Callable[[list[list[list[str]]], list[list[str]]], bytes]
                 ) -> dict[str, Any]:
    """Scores of every document by a model trained on the other half of them.

    The items' features were built for exactly this: each half's gazetteer holds the other
    half's names, as the other half's model would have them at prediction.
    """
    halves = [[it for it in items if _bucket(it.example.key, 2) == f] for f in (0, 1)]
    pairs = _Pairs()
    for f in (0, 1):
        x, y = _sequences(halves[1 - f], keep)
        if not x or not halves[f]:
            continue
        model = LoadedModel(ModelBlob(fit_steps(x, y), dict(header)), tried=True)
        pairs.add(model, [it for it in halves[f] if not it.example.synthetic])
    result = pairs.scores(sorted(keep))
    result["method"] = "2-fold"
    return result


class _Pairs:
    """(gold, predicted) span lists per policy and of the rules alone, over documents."""

    def __init__(self) -> None:
        self.per_policy: dict[str, list[tuple[list[Span], list[Span]]]] = {}
        self.rules_only: list[tuple[list[Span], list[Span]]] = []
        self.documents = 0

    def add(self, model: LoadedModel, items: Sequence[Item]) -> None:
        for it in items:
            ranges = _used_ranges(it)
            gold = _within(it.example.spans, ranges)
            self.rules_only.append((gold, _within(it.prep.base.spans, ranges)))
            for name in model.policies():
                spans = model.analyze_prepared(it.prep, policy=POLICIES[name]).spans
                self.per_policy.setdefault(name, []).append((gold, _within(spans, ranges)))
        self.documents += len(items)

    def scores(self, labels: Sequence[str]) -> dict[str, Any]:
        scored = {name: _scores(evaluate(pairs, labels))
                  for name, pairs in self.per_policy.items()}
        per_doc = {name: [_counts(gold, pred, labels) for gold, pred in pairs]
                   for name, pairs in self.per_policy.items()}
        best = choose_policy({n: sc["f1"] for n, sc in scored.items()}, per_doc)
        return {"documents": self.documents, "labels": list(labels), "policy": best,
                "model": scored[best], "rules": _scores(evaluate(self.rules_only, labels)),
                "policies": {n: sc["f1"] for n, sc in scored.items()}}


def evaluate_items(model: LoadedModel, items: Sequence[Item],
                   labels: Sequence[str] | None = None) -> dict[str, Any]:
    """Typed exact-match scores of the rules alone and of the model combined with them under
    each policy; ``model`` holds the best policy's scores and ``policy`` its name."""
    if labels is None:
        labels = sorted({s.label for it in items for s in it.example.spans
                         if s.label not in RULE_LABELS})
    pairs = _Pairs()
    pairs.add(model, items)
    result = pairs.scores(labels)
    result["method"] = "held-out"
    return result


def _counts(gold: Sequence[Span], pred: Sequence[Span], labels: Sequence[str]
            ) -> tuple[int, int, int]:
    m = evaluate([(gold, pred)], labels).micro_exact
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
          holdout: float = HOLDOUT, params: dict[str, Any] | None = None,
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
            fit_set, {"tset": tset, "params": params, "holdout": holdout,
                      "labels": None if labels is None else list(labels)},
            progress, cancel, passes=(TrainingError,))
    else:
        blob, info = fit_set(tset, params=params, holdout=holdout, labels=labels,
                             progress=progress, cancel=cancel)
    if save_to is None:
        return info
    return save_model(save_to, blob, info)
