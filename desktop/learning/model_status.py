"""The model's words in the status bar: its version, score and when it trains next, and the
tooltip that says what the suggestions come from (for ``desktop.learning.model_tools``)."""

from __future__ import annotations

from desktop.i18n import tr
from models.learn.modelstore import ModelStatus


def status_text(status: ModelStatus | None, auto: bool) -> str:
    """"Model v3 · F1 0.77 · training in 12 decisions", "No model · rules only"."""
    if status is None:
        return ""
    model = status.model
    if model is None:
        return tr("No model · rules only")
    head = tr("Model v{0}").format(model.version)
    if model.f1 is not None:
        head += " · " + tr("F1 {0}").format(f"{model.f1:.2f}")
    if model.bypassed:
        head += " · " + tr("rules used instead")
    if model.outdated:
        return head + " · " + tr("outdated: retrain")
    left = status.retrain_after - status.teaching_since
    if left > 0:
        return head + " · " + tr("training in {0} decisions").format(left)
    return head + " · " + (tr("training soon") if auto else tr("retraining due"))


def status_tip(status: ModelStatus | None) -> str:
    if status is None:
        return ""
    lines = [tr("Decisions since the last training: {0}").format(status.decisions_since)]
    if status.imported_since:
        lines.append(tr("Spans imported as gold since then: {0}").format(status.imported_since))
    model = status.model
    if model is None:
        lines.insert(0, tr("No trained model yet: suggestions come from the rules, the "
                           "gazetteers and what your decisions taught."))
        return "\n".join(lines)
    from desktop.annotate.side_panel import label_title

    # The labels by their UI names (인물, 기관 …), as everywhere else in the window.
    lines.insert(0, tr("Model v{0}, trained {1} on {2} sentences ({3} spans); labels: {4}")
                 .format(model.version, model.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                         model.n_sentences, model.n_spans,
                         ", ".join(label_title(x) for x in model.labels)))
    ev = status.last_evaluation
    if ev:
        lines.append(tr("Evaluation ({0} documents, each half by a model trained on the other "
                        "half): F1 {1} with the model, {2} with the rules alone").format(ev.get("documents", "?"),
                                                  _f1(ev.get("model")), _f1(ev.get("rules"))))
    else:
        lines.append(tr("Not evaluated: too few documents"))
    if model.bypassed:
        lines.append(tr("The rules alone scored better than with the model on documents the "
                        "model had not seen, so suggestions come from the rules until a "
                        "retraining does better."))
    return "\n".join(lines)


def _f1(scores: object) -> str:
    value = scores.get("f1") if isinstance(scores, dict) else None
    return "—" if value is None else f"{float(value):.2f}"
