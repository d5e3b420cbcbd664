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
from models.learn.combine import DEFAULT, POLICIES, RANKED, Policy, combine, combine_ranked
from models.learn.crf import ModelBlob, ModelError, Tagger
from models.learn.features import FEATURE_VERSION, to_morphs
from models.learn.memory import Memory, agreed_terms, load_memory
from models.learn.pipeline import Prepared, Tagged, model_spans, prepare, span_probability
from models.learn.rerank import SOURCE as RANKED_SOURCE
from models.learn.rerank import Ranker, candidates
from models.learn.trial import try_model
from models.nlp.kiwi_runtime import tokenize

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
        self._term_set = frozenset(self.terms)
        self.policy: Policy = POLICIES.get(str(header.get("policy", "")), DEFAULT)
        if self.policy.name == RANKED and self.blob.ranker is None:
            self.policy = DEFAULT
        if not tried:
            try_model(self.blob.crf)
            if self.blob.ranker is not None:
                try_model(self.blob.ranker)
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

    def ranker(self) -> Ranker | None:
        if self.blob.ranker is None:
            return None
        ranker = getattr(self._local, "ranker", None)
        if ranker is None:
            ranker = self._local.ranker = Ranker(self.blob.ranker)
        return ranker

    def policies(self) -> list[str]:
        """The combinations this model can make (``ranked`` only with a ranker)."""
        return [n for n in POLICIES if n != RANKED or self.blob.ranker is not None]

    def analyze_prepared(self, prep: Prepared, *, policy: Policy | None = None,
                         output_labels: Collection[str] | None = None,
                         tagged: Tagged | None = None) -> Analysis:
        """The engine's analysis in ``prep`` combined with this model's spans (``tagged``: what
        ``model_spans`` gave for ``prep`` with this model's tagger, when it is known)."""
        spans, margs = tagged or model_spans(prep, self.tagger())
        policy = policy or self.policy
        ranker = self.ranker() if policy.name == RANKED else None
        if ranker is not None:
            cands = candidates(prep, spans, margs, self.labels, self._term_set)
            chosen = [Span(c.start, c.end, c.label, c.text, RANKED_SOURCE, round(p, 4))
                      for c, p in ranker.select(cands)]
            return combine_ranked(prep.base, chosen, model_labels=self.labels,
                                  output_labels=output_labels,
                                  model_projects=[s for s in spans if s.label == "PROJECT"])
        if policy.name == RANKED:
            policy = DEFAULT
        return combine(prep.base, spans, policy, model_labels=self.labels,
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
                 kiwi: Kiwi | str | None = "auto",
                 stated: Collection[tuple[str, str]] = ()) -> None:
        self.model = model
        self.memory = memory
        self.terms = list(terms)
        # the terms a researcher drew or corrected (ProjectStore.stated_terms)
        self.stated = frozenset(stated)
        self.output_labels = None if output_labels is None else frozenset(output_labels)
        self.kiwi = kiwi
        self.model_problem: str | None = None  # why the project's model is not used, if so
        self._gaz: Gazetteer | None = None
        self._generation: str | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        # A Kiwi cannot cross processes: the worker uses its own ("auto").
        return {"model": self.model, "memory": self.memory, "terms": self.terms,
                "output_labels": self.output_labels, "stated": self.stated}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.model = state["model"]
        self.memory = state["memory"]
        self.terms = state["terms"]
        self.stated = state["stated"]
        self.output_labels = state["output_labels"]
        self.kiwi = "auto"
        self.model_problem = None
        self._gaz = None
        self._generation = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """Engine name for the store's runs: the engine, the model version and the project's
        learning generation. A new model or a decision that taught something changes it, so
        the documents suggested before are 'unanalysed' (stale) again."""
        return run_name(self.model.version if self.model else None, self.generation)

    @property
    def generation(self) -> str:
        """What the project learned (memory and terms) as a short hash; "" for nothing yet."""
        if self._generation is None:
            self._generation = learning_generation(self.memory, self.terms, self.output_labels,
                                                   self.stated)
        return self._generation

    def gazetteer(self) -> Gazetteer:
        with self._lock:
            if self._gaz is None:
                self._gaz = self._build_gazetteer()
            return self._gaz

    def _build_gazetteer(self) -> Gazetteer:
        if self.model is None:
            return build_gazetteer(self.terms)
        # The model's features and ranker learned from a gazetteer to which the training names
        # were added, never relabelling a built-in name: so the project's names are added the
        # same way, and only those a researcher stated relabel. Relabelling with every accepted
        # name cost 0.010 on the next KMOU-by-TTA sentences of a project of 1,300 (an imported
        # "울산" team relabels the city).
        return build_gazetteer([t for t in self.terms if t in self.stated],
                               [*self.model.terms, *self.terms])

    def _kiwi(self) -> Kiwi | None:
        if self.kiwi == "auto":
            from models.nlp.kiwi_runtime import get_kiwi

            return get_kiwi(wait=True)
        return self.kiwi

    def __call__(self, text: str, doc_date: date | None = None) -> Analysis:
        kiwi = self._kiwi()
        tokens = tokenize(kiwi, text) if kiwi is not None else None
        return self.analyze_tokens(text, doc_date, tokens)

    def analyze_tokens(self, text: str, doc_date: date | None, tokens: Sequence[Any] | None
                       ) -> Analysis:
        gaz = self.gazetteer()
        if tokens is None or self.model is None:
            # No model (features would be wasted) or no Kiwi (it failed to load): the engine
            # and the project's memory.
            from models.engine import analyze

            return self._remembered(
                text, analyze(text, doc_date, kiwi=None, gazetteer=gaz, tokens=tokens), tokens)
        prep = prepare(text, doc_date, tokens, gaz)
        result = self.model.analyze_prepared(prep, output_labels=self.output_labels)
        return self._remembered(text, result, morphs=prep.morphs)

    def analyze_tokens_many(self, items: Sequence[tuple[str, date | None, Sequence[Any] | None]]
                            ) -> list[Analysis]:
        """``analyze_tokens`` of ``(text, doc_date, tokens)`` items, in order, the same analyses:
        the engine's rules take the items together (``models.engine.analyze_batch``, cheaper
        than text by text); the model's tagging and the memory go text by text."""
        gaz = self.gazetteer()
        out: list[Analysis | None] = [None] * len(items)
        # With a model, the texts with Kiwi's tokens are tagged; the others (Kiwi failed to
        # load) get the engine alone, as in analyze_tokens.
        model = self.model
        tagged = [n for n, item in enumerate(items) if item[2] is not None] if model else []
        if model is not None and tagged:
            from models.learn.pipeline import prepare_batch

            preps = prepare_batch([items[n] for n in tagged], gaz)
            for n, prep in zip(tagged, preps, strict=True):
                result = model.analyze_prepared(prep, output_labels=self.output_labels)
                out[n] = self._remembered(prep.text, result, morphs=prep.morphs)
        rest = [n for n in range(len(items)) if out[n] is None]
        if rest:
            from models.engine import analyze_batch

            bases = analyze_batch([items[n] for n in rest], gazetteer=gaz)
            for n, result in zip(rest, bases, strict=True):
                out[n] = self._remembered(items[n][0], result, items[n][2])
        return out  # type: ignore[return-value]

    def _remembered(self, text: str, result: Analysis, tokens: Sequence[Any] | None = None,
                    morphs: Sequence[Any] | None = None) -> Analysis:
        """``result`` with the project's memory applied (its names found again); the morphemes
        are copied from ``tokens`` only when there is a memory to apply."""
        if not self.memory:
            return result
        if morphs is None and tokens:
            morphs = to_morphs(tokens)
        return self.memory.apply(text, result, morphs)

    def spans_only(self, text: str, doc_date: date | None = None) -> list[Span]:
        return self(text, doc_date).spans


def learning_generation(memory: Memory | None, terms: Sequence[tuple[str, str]],
                        labels: Collection[str] | None = None,
                        stated: Collection[tuple[str, str]] = ()) -> str:
    """A short hash of what the project taught the analyzer beyond its model: the memory
    (learned names, rejections), the project terms and its labels. "" when there is none, so
    a fresh project's runs keep the plain engine name."""
    if not memory and not terms:
        return ""
    import hashlib

    h = hashlib.blake2b(digest_size=6)
    h.update((memory.fingerprint() if memory else "").encode())
    for term, label in terms:
        h.update(f"\x1f{term}\x1f{label}\x1e".encode())
    h.update("\x1f".join(sorted(labels or ())).encode())
    for term, label in sorted(stated):
        h.update(f"\x1d{term}\x1f{label}".encode())
    return h.hexdigest()


def run_name(model_version: int | None, generation: str) -> str:
    """``bitgeul-rules+kiwi/N[+crf/vM][+learned/G]``: what a suggestion pass was made with."""
    from models.engine import ENGINE_NAME

    name = ENGINE_NAME if model_version is None else f"{ENGINE_NAME}+crf/v{model_version or 0}"
    return f"{name}+learned/{generation}" if generation else name


# (project URL, learning signature) → learning generation, for the projects this process has
# read: the generation needs the memory, the signature only sums (see engine_name).
_GENERATIONS: dict[tuple[str, Any], str] = {}
_GENERATIONS_LOCK = threading.Lock()


def _remember(store: ProjectStore, signature: Any, generation: str) -> None:
    with _GENERATIONS_LOCK:
        if len(_GENERATIONS) > 256:
            _GENERATIONS.clear()
        _GENERATIONS[(store.url, signature)] = generation


def engine_name(store: ProjectStore, *, learned: bool = True) -> str:
    """The name runs get now (the active model and the learning generation), without reading
    the model's bytes. Cheap when nothing was learned since this process last read the memory
    (a few counting queries: F5 and the window thread call it); else the memory is read once.

    ``store.unanalysed(engine_name(store))`` lists the documents a new model or a decision that
    taught something has not reached: the stale ones and the ones never analysed.
    ``learned=False``: the engine and model part only (with ``unanalysed(any_generation=True)``
    the documents never analysed by them; no memory is read).
    """
    from models.learn.modelstore import active_model

    info = active_model(store)
    version = None if info is None or info.outdated else (info.version or 0)
    if not learned:
        return run_name(version, "")
    signature = store.learning_signature()
    with _GENERATIONS_LOCK:
        generation = _GENERATIONS.get((store.url, signature))
    if generation is None:
        generation = learning_generation(*_learned(store))
        if store.learning_signature() == signature:  # nothing changed while it was read
            _remember(store, signature, generation)
    return run_name(version, generation)


def _learned(store: ProjectStore, use_memory: bool = True
             ) -> tuple[Memory | None, list[tuple[str, str]], set[str], set[tuple[str, str]]]:
    memory = load_memory(store) if use_memory else None
    terms = agreed_terms(store.project_terms(), memory)
    labels = {info.name for info in store.labels()}
    return memory, terms, labels, store.stated_terms()


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
    signature = store.learning_signature() if use_memory else None
    memory, terms, labels, stated = _learned(store, use_memory)
    analyzer = Analyzer(model, memory, terms, labels, kiwi, stated)
    analyzer.model_problem = problem
    if signature is not None and store.learning_signature() == signature:
        _remember(store, signature, analyzer.generation)  # engine_name need not read it again
    return analyzer
