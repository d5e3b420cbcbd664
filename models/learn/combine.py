"""Combining the rule engine with the project's model, and ordering suggestions for review.

Rules win where they are certain: MONEY, DATE and QUANTITY spans (and PROJECT spans with their
amount links) always come from the engine, and a model span that overlaps one of them is dropped.
For the entity labels the model was trained on, a :class:`Policy` decides: model spans at or above
``model_min`` are kept; a rule entity span is kept where no kept model span overlaps it and the
model gives that very span a probability of at least ``rule_min``. Labels the model does not know
(e.g. a user label added after training) keep the engine's spans untouched.

Training picks the policy that scores best on its own documents, each half scored by models of
the other, a near tie going to the steadier one (``models.learn.choice``; the choice is stored
with the model).
On KMOU (tests/bench/bench_learning_curve.py) that is the rules' entities for a model of a few
hundred sentences, and "confident" from about 2,000 sentences on.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from models.domain import RULE_LABELS, Analysis, Relation, Span

PROJECT = "PROJECT"


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    model_min: float  # keep a model span whose probability is at least this
    rule_min: float  # keep a rule entity (of a label the model knows) the model rates this high


POLICIES = {
    "rules": Policy("rules", model_min=2.0, rule_min=0.0),  # out of the box: no model spans
    "model": Policy("model", model_min=0.0, rule_min=2.0),  # model only for its labels
    "union": Policy("union", model_min=0.0, rule_min=0.0),  # model first, rules fill the gaps
    "confident": Policy("confident", model_min=0.5, rule_min=0.2),
    "careful": Policy("careful", model_min=0.8, rule_min=0.05),  # rules unless sure
    # learned from the project's sentences (models.learn.rerank); only a model with a ranker
    # has it, and for one without, it is the default policy. The ranker picks the names, so only
    # model_min counts here: the model's own PROJECT spans above it join (combine_ranked).
    "ranked": Policy("ranked", model_min=0.5, rule_min=0.2),
}
RANKED = "ranked"
# Training picks the best policy on its own documents; without that (too few documents, or
# ``--no-evaluation``) this one: little data makes a model that should mostly defer to the rules.
DEFAULT = POLICIES["careful"]


def combine(base: Analysis, model: Sequence[Span], policy: Policy = DEFAULT, *,
            model_labels: Collection[str] = (), output_labels: Collection[str] | None = None,
            rescore: Callable[[Span], float | None] | None = None) -> Analysis:
    """The engine's analysis ``base`` merged with the model's spans.

    ``model_labels``: the labels the model was trained on. ``output_labels``: labels the project
    uses (None: any). ``rescore(span)``: the model's probability for a rule entity span (None
    when it cannot say); it replaces the span's score, so that scores mean the same everywhere.
    """
    fixed, projects, rule_entities, known = _parts(base, model_labels)

    kept_model: list[Span] = []
    for s in sorted(model, key=lambda s: (-s.score, s.start)):
        if s.label in RULE_LABELS or (output_labels is not None and s.label not in output_labels):
            continue
        if s.score < policy.model_min:
            continue
        if s.label == PROJECT:
            if _overlaps_any(s, projects) or _overlaps_any(s, fixed):
                continue
        elif (_overlaps_any(s, fixed) or _overlaps_any(s, kept_model)
              or _sticks_out_of(s, projects)):
            continue
        kept_model.append(s)

    kept_rules: list[Span] = []
    for s in rule_entities:
        if output_labels is not None and s.label not in output_labels:
            continue
        if any(s.overlaps(m) for m in kept_model if m.label != PROJECT):
            continue
        prob = rescore(s) if rescore is not None and s.label in known else None
        if s.label in known and prob is not None and prob < policy.rule_min:
            continue
        if s.label in known and prob is None and policy.rule_min > 1.0:
            continue
        kept_rules.append(s if prob is None else replace(s, score=round(prob, 4)))

    extra_projects = [s for s in kept_model if s.label == PROJECT]
    spans = [*fixed, *kept_rules, *[s for s in kept_model if s.label != PROJECT], *projects,
             *extra_projects]
    return _with_relations(base, spans)


def combine_ranked(base: Analysis, chosen: Sequence[Span], *, model_labels: Collection[str],
                   output_labels: Collection[str] | None = None,
                   model_projects: Sequence[Span] = ()) -> Analysis:
    """``base`` with its names of the model's labels replaced by ``chosen`` (the ranker's pick
    among the rules' and the model's names); amounts, dates, projects and the names of labels
    the model does not know stay the engine's, as in :func:`combine`. ``model_projects``: the
    model's PROJECT spans, added where they overlap no project and no amount or date."""
    fixed, projects, names, known = _parts(base, model_labels)
    if output_labels is None or PROJECT in output_labels:
        projects += [s for s in model_projects if s.score >= POLICIES[RANKED].model_min
                     and not _overlaps_any(s, projects) and not _overlaps_any(s, fixed)]
    others = [s for s in names if s.label not in known]
    kept = [s for s in chosen
            if s.label != PROJECT and (output_labels is None or s.label in output_labels)
            and not _overlaps_any(s, fixed) and not _sticks_out_of(s, projects)]
    others = [s for s in others if (output_labels is None or s.label in output_labels)
              and not _overlaps_any(s, kept)]
    return _with_relations(base, [*fixed, *others, *kept, *projects])


def _parts(base: Analysis, model_labels: Collection[str]
           ) -> tuple[list[Span], list[Span], list[Span], set[str]]:
    """The engine's amounts/dates/quantities, its projects, its names, and the labels the
    model learned (never the rules' own)."""
    fixed = [s for s in base.spans if s.label in RULE_LABELS]
    projects = [s for s in base.spans if s.label == PROJECT]
    names = [s for s in base.spans if s.label not in RULE_LABELS and s.label != PROJECT]
    return fixed, projects, names, set(model_labels) - set(RULE_LABELS)


def _overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    return any(span.overlaps(o) for o in others)


def _sticks_out_of(span: Span, projects: Sequence[Span]) -> bool:
    return any(span.overlaps(p) and (span.start < p.start or span.end > p.end) for p in projects)


def _with_relations(base: Analysis, spans: list[Span]) -> Analysis:
    """Sort like the engine does and carry over the engine's relations whose ends survived."""
    spans.sort(key=lambda s: (s.start, -s.end, s.label))
    where = {(s.start, s.end, s.label): n for n, s in enumerate(spans)}
    relations: list[Relation] = []
    for r in base.relations:
        h, t = base.spans[r.head], base.spans[r.tail]
        hi, ti = where.get((h.start, h.end, h.label)), where.get((t.start, t.end, t.label))
        if hi is not None and ti is not None:
            relations.append(Relation(hi, ti, r.label))
    return Analysis(spans, relations)


def filter_spans(analysis: Analysis, keep: Callable[[Span], bool]) -> Analysis:
    """``analysis`` without the spans ``keep`` refuses (relations follow)."""
    return _with_relations(analysis, [s for s in analysis.spans if keep(s)])


def add_spans(analysis: Analysis, extra: Sequence[Span]) -> Analysis:
    """``analysis`` plus ``extra`` spans (relations kept)."""
    return _with_relations(analysis, [*analysis.spans, *extra])


class _Scored(Protocol):
    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=_Scored)


def order_by_uncertainty(suggestions: Sequence[S]) -> list[S]:
    """Suggestions the model is least sure about first (active-learning order).

    A score is the probability that the suggestion is right; the closest to 0.5 is the one a
    decision teaches most. Ties keep their order (e.g. reading order). Works on any objects with
    a ``score``: ``SuggestionInfo`` from the store, ``Span`` from an analysis.

    The score of a rule's suggestion (``source`` "rule:…": amounts, dates, projects) is a fixed
    confidence, not a probability: a project rule's 0.5 would put every project first. Those come
    after the scored ones, in their order.
    """
    def key(s: S) -> tuple[bool, float]:
        fixed = str(getattr(s, "source", "") or "").startswith("rule:")
        return (fixed, 0.0 if fixed else abs(float(s.score) - 0.5))

    return sorted(suggestions, key=key)
