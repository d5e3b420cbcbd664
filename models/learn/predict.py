"""Suggesting with what the project learned: the engine, the project's model and its memory.

``analyzer_for(store)`` returns an :class:`Analyzer`, a callable ``(text, doc_date) -> Analysis``
that the suggestion runner, ``bitgeul analyze/eval --db`` and the app use in place of
``models.engine.analyze``. It is picklable (process pools get a copy) and safe to share between
threads (each thread opens its own CRF tagger).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from models.domain import RULE_LABELS, Analysis, Span
from models.learn.combine import DEFAULT, POLICIES, Policy, combine
from models.learn.crf import ModelBlob, ModelError, Tagger
from models.learn.features import FEATURE_VERSION, to_morphs
from models.learn.memory import Memory, load_memory
from models.learn.pipeline import Prepared, model_spans, prepare, span_probability
from models.learn.trial import try_model

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

    from models.learn.modelstore import ModelInfo
    from models.nlp.gazetteer import Gazetteer
    from models.store.project import ProjectStore


class LoadedModel:
    """A trained model ready to tag (the bytes plus one CRF tagger per thread)."""

    def __init__(self, blob: bytes | ModelBlob, info: ModelInfo | None = None, *,
                 tried: bool = False) -> None:
        """Raises :class:`ModelError` (one line) for bytes that are not a usable model:
        checked in this process, then tried in a child (``trial``) unless ``tried``."""
        self.blob = blob if isinstance(blob, ModelBlob) else ModelBlob.from_bytes(blob)
        self.info = info
        header = self.blob.header
        if header.get("feature_version") != FEATURE_VERSION:
            raise ModelError("this model was trained by another version of Bitgeul: retrain it")
        try:
            self.labels: tuple[str, ...] = tuple(str(x) for x in header.get("labels", ()))
            self.terms: list[tuple[str, str]] = [(str(t), str(lab))
                                                 for t, lab in header.get("terms", ())]
        except (TypeError, ValueError) as exc:
            raise ModelError("the stored model is damaged (its header)") from exc
        self.policy: Policy = POLICIES.get(str(header.get("policy", "")), DEFAULT)
        if not tried:
            try_model(self.blob.crf)
        self._local = threading.local()

    def __getstate__(self) -> dict[str, Any]:
        return {"blob": self.blob, "info": self.info}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # A copy for a worker process: the parent tried the model before it sent it.
        self.__init__(state["blob"], state["info"], tried=True)  # type: ignore[misc]

    @property
    def version(self) -> int | None:
        return None if self.info is None else self.info.version

    def tagger(self) -> Tagger:
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = Tagger(self.blob.crf)
        return tagger

    def analyze_prepared(self, prep: Prepared, *, policy: Policy | None = None,
                         output_labels: Collection[str] | None = None) -> Analysis:
        """The engine's analysis in ``prep`` combined with this model's spans."""
        spans, margs = model_spans(prep, self.tagger())
        return combine(prep.base, spans, policy or self.policy, model_labels=self.labels,
                       output_labels=output_labels,
                       rescore=lambda s: span_probability(prep, margs, s))


def build_gazetteer(terms: Iterable[tuple[str, str]],
                    extra: Iterable[tuple[str, str]] = ()) -> Gazetteer:
    """The built-in gazetteer plus ``terms`` (the project's own: they relabel built-in entries)
    and ``extra`` names (a model's training corpus: they only add names not known yet)."""
    from models.nlp.gazetteer import builtin_gazetteer, normalize_term

    gaz = builtin_gazetteer().copy()
    for term, label in extra:
        if 1 < len(term) <= 40 and label not in RULE_LABELS and normalize_term(term) not in gaz:
            gaz.add(term, label, source="model")
    for term, label in terms:
        if 1 < len(term) <= 40 and label not in RULE_LABELS:
            gaz.add(term, label)
    return gaz


class Analyzer:
    """``(text, doc_date) -> Analysis`` with the project's model and memory."""

    def __init__(self, model: LoadedModel | None = None, memory: Memory | None = None,
                 terms: Sequence[tuple[str, str]] = (),
                 output_labels: Collection[str] | None = None,
                 kiwi: Kiwi | str | None = "auto") -> None:
        self.model = model
        self.memory = memory
        self.terms = list(terms)
        self.output_labels = None if output_labels is None else frozenset(output_labels)
        self.kiwi = kiwi
        self.model_problem: str | None = None  # why the project's model is not used, if so
        self._gaz: Gazetteer | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        # A Kiwi cannot cross processes: the worker uses its own ("auto").
        return {"model": self.model, "memory": self.memory, "terms": self.terms,
                "output_labels": self.output_labels}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.model = state["model"]
        self.memory = state["memory"]
        self.terms = state["terms"]
        self.output_labels = state["output_labels"]
        self.kiwi = "auto"
        self.model_problem = None
        self._gaz = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """Engine name for the store's runs: a new model version makes documents 'unanalysed'."""
        from models.engine import ENGINE_NAME

        if self.model is None:
            return ENGINE_NAME
        return f"{ENGINE_NAME}+crf/v{self.model.version or 0}"

    def gazetteer(self) -> Gazetteer:
        with self._lock:
            if self._gaz is None:
                self._gaz = build_gazetteer(self.terms, self.model.terms if self.model else ())
            return self._gaz

    def _kiwi(self) -> Kiwi | None:
        if self.kiwi == "auto":
            from models.nlp.kiwi_runtime import get_kiwi

            return get_kiwi(wait=True)
        return self.kiwi

    def __call__(self, text: str, doc_date: date | None = None) -> Analysis:
        kiwi = self._kiwi()
        tokens = kiwi.tokenize(text) if kiwi is not None else None
        return self.analyze_tokens(text, doc_date, tokens)

    def analyze_tokens(self, text: str, doc_date: date | None, tokens: Sequence[Any] | None
                       ) -> Analysis:
        gaz = self.gazetteer()
        if tokens is None or self.model is None:
            # No model (features would be wasted) or no Kiwi (it failed to load): the engine
            # and the project's memory.
            from models.engine import analyze

            result = analyze(text, doc_date, kiwi=None, gazetteer=gaz, tokens=tokens)
            if not self.memory:
                return result
            return self.memory.apply(text, result, to_morphs(tokens) if tokens else None)
        prep = prepare(text, doc_date, tokens, gaz)
        if self.model is not None:
            result = self.model.analyze_prepared(prep, output_labels=self.output_labels)
        else:
            result = prep.base
        if self.memory:
            result = self.memory.apply(text, result, prep.morphs)
        return result

    def spans_only(self, text: str, doc_date: date | None = None) -> list[Span]:
        return self(text, doc_date).spans


def engine_name(store: ProjectStore) -> str:
    """The name runs get with the project's active model (cheap: no model bytes are read).

    ``store.unanalysed(engine_name(store))`` lists the documents a new model has not seen.
    """
    from models.engine import ENGINE_NAME
    from models.learn.modelstore import active_model

    info = active_model(store)
    if info is None or info.outdated:
        return ENGINE_NAME
    return f"{ENGINE_NAME}+crf/v{info.version or 0}"


def analyzer_for(store: ProjectStore, *, use_model: bool = True, use_memory: bool = True,
                 kiwi: Kiwi | str | None = "auto") -> Analyzer:
    """The project's analyzer: its active model (if any), its memory and its terms.

    Cheap to build (a few queries and, with a model, unzipping its bytes); build a new one after
    decisions or a training to pick up what changed.
    """
    # imported here (it needs SQLAlchemy): a suggestion worker only unpickles analyzers
    from models.learn.modelstore import load_blob

    model = None
    problem = None
    if use_model:
        found = load_blob(store)
        if found is not None:
            try:
                model = LoadedModel(found[1], found[0])
            except ModelError as exc:
                # Outdated (the status tells to retrain) or damaged: the rules go on alone.
                model, problem = None, f"model v{found[0].version}: {exc}"
    memory = load_memory(store) if use_memory else None
    terms = sorted((t, label) for label, ts in store.project_terms().items() for t in ts)
    labels = {info.name for info in store.labels()}
    analyzer = Analyzer(model, memory, terms, labels, kiwi)
    analyzer.model_problem = problem
    return analyzer
