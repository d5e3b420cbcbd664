"""The CRF itself (python-crfsuite): fitting with progress and cancel, tagging with marginals,
and the model blob (a zip of the crfsuite file and a JSON header) that the project stores."""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from models.learn.features import OUT
from models.progress import Cancel, Cancelled, Progress, check, report

# L-BFGS with elastic-net regularisation: measured on KMOU (tests/bench/bench_learning_curve.py).
# 100 iterations: later ones move the held-out F1 by less than 0.002 and cost as much each.
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 100,
    "feature.possible_transitions": True,
}


def fit(xseqs: Sequence[list[list[str]]], yseqs: Sequence[list[str]],
        params: dict[str, Any] | None = None, progress: Progress | None = None,
        cancel: Cancel | None = None) -> bytes:
    """Train a CRF and return the crfsuite model file's bytes.

    ``progress(iteration, max_iterations)``; ``cancel()`` is checked after each iteration
    (raises :class:`~models.progress.Cancelled`).
    """
    import pycrfsuite

    opts = {**DEFAULT_PARAMS, **(params or {})}
    total = int(opts.get("max_iterations", 100))

    class _Trainer(pycrfsuite.Trainer):
        def on_iteration(self, log: Any, info: dict[str, Any]) -> None:
            report(progress, min(int(info.get("num", 0)), total), total)
            check(cancel)

    trainer = _Trainer(verbose=False)
    trainer.select("lbfgs", "crf1d")
    for x, y in zip(xseqs, yseqs, strict=True):
        if x:
            trainer.append(x, y)
    trainer.set_params(opts)
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        try:
            trainer.train(path)
        except Cancelled:
            raise
        except Exception as exc:
            # python-crfsuite re-raises an exception thrown in a callback as a generic error
            if cancel and cancel():
                raise Cancelled() from exc
            raise
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)


@dataclass(slots=True)
class ModelBlob:
    """What one stored model version holds."""

    crf: bytes
    header: dict[str, Any] = field(default_factory=dict)  # labels, terms, feature version …

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("header.json", json.dumps(self.header, ensure_ascii=False))
            zf.writestr("model.crfsuite", self.crf)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ModelBlob:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            header = json.loads(zf.read("header.json").decode("utf-8"))
            crf = zf.read("model.crfsuite")
        return cls(crf, header)


class Tagger:
    """A loaded CRF. Not thread-safe: one per thread (cheap: the model is shared bytes)."""

    def __init__(self, crf: bytes) -> None:
        import pycrfsuite

        self._crf = crf
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(crf)
        self.labels: list[str] = list(self._tagger.labels())

    def tag(self, xseq: list[list[str]]) -> tuple[list[str], list[dict[str, float]]]:
        """Best tags and, per position, the marginal probability of every tag."""
        if not xseq:
            return [], []
        self._tagger.set(xseq)
        tags = list(self._tagger.tag())
        margs = [{lab: self._tagger.marginal(lab, i) for lab in self.labels}
                 for i in range(len(xseq))]
        return tags, margs


def run_probability(margs: Sequence[dict[str, float]], first: int, last: int, label: str) -> float:
    """How sure the model is that morphemes ``first..last-1`` form one span of ``label``:
    the smallest marginal of the run's tags (B- then I-), and of O right after it."""
    p = 1.0
    for i in range(first, last):
        tag = ("B-" if i == first else "I-") + label
        p = min(p, margs[i].get(tag, 0.0))
    if last < len(margs):
        after = margs[last]
        p = min(p, after.get(OUT, 0.0) + sum(v for k, v in after.items() if k.startswith("B-")))
    return p
