"""One text through Kiwi, the rule engine and the feature extractor — the same way when training
and when suggesting, so that the model sees at prediction what it saw in training."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from models.domain import Analysis, Span
from models.learn.crf import Tagger, run_probability
from models.learn.features import (
    Morph,
    balanced_parts,
    gazetteer_tags,
    project_spans,
    run_span,
    runs,
    sentence_features,
    sentences,
    to_morphs,
)
from models.nlp.kiwi_runtime import tokenize

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

    from models.nlp.gazetteer import Gazetteer


@dataclass(slots=True)
class Prepared:
    """A text with its morphemes, the rule engine's analysis and the CRF features."""

    text: str
    morphs: list[Morph]
    base: Analysis
    sents: list[tuple[int, int]]  # morpheme index ranges
    xseqs: list[list[list[str]]]  # features, one list per sentence


def prepare(text: str, doc_date: date | None, tokens: Sequence[Any] | None,
            gazetteer: Gazetteer | None) -> Prepared:
    """Analyse ``text`` with the engine (reusing Kiwi's ``tokens``) and extract features."""
    from models.engine import analyze

    return _with_features(text, tokens,
                          analyze(text, doc_date, kiwi=None, gazetteer=gazetteer, tokens=tokens),
                          gazetteer)


def prepare_batch(items: Sequence[tuple[str, date | None, Sequence[Any] | None]],
                  gazetteer: Gazetteer | None) -> list[Prepared]:
    """``prepare`` of ``(text, doc_date, tokens)`` items, in order: the engine's rules take the
    items together (``models.engine.analyze_batch``), the features are extracted text by text."""
    from models.engine import analyze_batch

    bases = analyze_batch(items, gazetteer=gazetteer)
    return [_with_features(text, tokens, base, gazetteer)
            for (text, _, tokens), base in zip(items, bases, strict=True)]


def _with_features(text: str, tokens: Sequence[Any] | None, base: Analysis,
                   gazetteer: Gazetteer | None) -> Prepared:
    morphs = to_morphs(tokens or ())
    gtags = gazetteer_tags(text, morphs, gazetteer)
    btags = project_spans(morphs, [s for s in base.spans if s.label != "PROJECT"])
    sents = sentences(text, morphs)
    xseqs = [sentence_features(text, morphs[a:b], gtags[a:b], btags[a:b]) for a, b in sents]
    return Prepared(text, morphs, base, sents, xseqs)


def prepare_many(items: Iterable[tuple[str, date | None]], kiwi: Kiwi,
                 gazetteer: Gazetteer | None | Sequence[Gazetteer | None]) -> Iterator[Prepared]:
    """``prepare`` over many texts; Kiwi tokenizes ahead on its own threads.

    ``gazetteer`` may be one per item (training gives each fold the other fold's terms).
    """
    pairs = list(items)
    per_item = isinstance(gazetteer, (list, tuple))
    for n, ((text, doc_date), tokens) in enumerate(
            zip(pairs, tokenize(kiwi, (t for t, _ in pairs)), strict=True)):
        gaz = gazetteer[n] if per_item else gazetteer  # type: ignore[index]
        yield prepare(text, doc_date, tokens, gaz)  # type: ignore[arg-type]


def gold_tags(prep: Prepared, gold: Sequence[Span]) -> list[list[str]]:
    """BIO tags of gold spans, one list per sentence."""
    ordered: list[Span] = sorted(gold, key=lambda s: (s.start, -s.end))
    tags = project_spans(prep.morphs, ordered)
    return [tags[a:b] for a, b in prep.sents]


# A tagger's spans in a text, and its marginals per sentence (model_spans)
Tagged = tuple[list[Span], list[list[dict[str, float]]]]


def model_spans(prep: Prepared, tagger: Tagger) -> Tagged:
    """The CRF's spans with their probabilities, and the marginals per sentence."""
    out: list[Span] = []
    all_margs: list[list[dict[str, float]]] = []
    for (a, _b), x in zip(prep.sents, prep.xseqs, strict=True):
        tags, margs = tagger.tag(x)
        all_margs.append(margs)
        sent = prep.morphs[a:a + len(tags)]
        for first, last, label in runs(tags):
            score = run_probability(margs, first, last, label)
            for a, b in balanced_parts(sent, first, last):
                where = run_span(prep.text, sent, a, b)
                if where is not None:
                    out.append(Span(where[0], where[1], label, prep.text[where[0]:where[1]],
                                    "model:crf", round(score, 4)))
    return out, all_margs


def span_probability(prep: Prepared, margs: list[list[dict[str, float]]], span: Span) -> float | None:
    """The model's probability for a span it did not necessarily propose (a rule's entity):
    None when the span does not fall on morpheme boundaries the model can score."""
    for n, (a, b) in enumerate(prep.sents):
        sent = prep.morphs[a:b]
        if not sent or span.start < sent[0].start or span.end > sent[-1].end:
            continue
        idx = [i for i, m in enumerate(sent) if m.start < span.end and m.end > span.start]
        if not idx:
            return None
        return run_probability(margs[n], idx[0], idx[-1] + 1, span.label)
    return None
