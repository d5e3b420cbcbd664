"""The CRF itself (python-crfsuite): fitting with progress and cancel, tagging with marginals,
and the model blob (a zip of the crfsuite file and a JSON header) that the project stores."""

from __future__ import annotations

import io
import json
import os
import struct
import tempfile
import zipfile
import zlib
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


# A model of the whole KMOU corpus is a few MB; these bounds are far above any real one and far
# below what would exhaust memory (a 4 MB zip can claim to unpack to gigabytes).
MAX_BLOB_BYTES = 64 << 20
MAX_CRF_BYTES = 256 << 20
MAX_HEADER_BYTES = 4 << 20
RANKER_FILE = "ranker.crfsuite"
_CRF_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # crfsuite's crf1d model file header


class ModelError(ValueError):
    """A stored model that cannot be used; the message is one line for the user."""


@dataclass(slots=True)
class ModelBlob:
    """What one stored model version holds."""

    crf: bytes
    header: dict[str, Any] = field(default_factory=dict)  # labels, terms, feature version …
    ranker: bytes | None = None  # the "ranked" combination's model (models.learn.rerank)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("header.json", json.dumps(self.header, ensure_ascii=False))
            zf.writestr("model.crfsuite", self.crf)
            if self.ranker is not None:
                zf.writestr(RANKER_FILE, self.ranker)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ModelBlob:
        """Unpack stored bytes, checking sizes and structure first (:class:`ModelError`).

        A project file may come from anyone: the bytes are never trusted to be what we wrote.
        """
        if len(data) > MAX_BLOB_BYTES:
            raise ModelError(f"the stored model is too large ({len(data) >> 20} MB)")
        if not data.startswith(b"PK\x03\x04"):
            raise ModelError("the stored model is not a Bitgeul model (not a zip archive)")
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                infos = {i.filename: i for i in zf.infolist()}
                if set(infos) - {RANKER_FILE} != {"header.json", "model.crfsuite"}:
                    raise ModelError("the stored model is not a Bitgeul model (unexpected "
                                     "contents)")
                raw = _read_capped(zf, infos["header.json"], MAX_HEADER_BYTES)
                crf = _read_capped(zf, infos["model.crfsuite"], MAX_CRF_BYTES)
                ranker = (_read_capped(zf, infos[RANKER_FILE], MAX_CRF_BYTES)
                          if RANKER_FILE in infos else None)
            header = json.loads(raw.decode("utf-8"))
        except ModelError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error,
                NotImplementedError, RuntimeError, ValueError, UnicodeDecodeError) as exc:
            raise ModelError(f"the stored model is damaged ({type(exc).__name__})") from exc
        if not isinstance(header, dict):
            raise ModelError("the stored model is damaged (its header is not an object)")
        check_crf(crf)
        if ranker is not None:
            check_crf(ranker)
        return cls(crf, header, ranker)


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.file_size > cap:
        raise ModelError(f"the stored model unpacks too large ({info.file_size >> 20} MB)")
    with zf.open(info) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise ModelError("the stored model unpacks too large")
    return data


def check_crf(crf: bytes) -> None:
    """The crfsuite file's header: magic, size and every section inside the file. crfsuite
    itself trusts these and reads past the end of a cut or altered file (a crash)."""
    if len(crf) < _CRF_HEADER.size:
        raise ModelError("the stored model is damaged (cut short)")
    magic, size, kind, _version, n_feat, n_labels, n_attrs, *offsets = \
        _CRF_HEADER.unpack_from(crf)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelError("the stored model is damaged (not a crfsuite model)")
    if size != len(crf):
        raise ModelError("the stored model is damaged (cut short or padded)")
    if not all(_CRF_HEADER.size <= off < size for off in offsets) or \
            max(n_feat, n_labels, n_attrs) > size:
        raise ModelError("the stored model is damaged (its sections point outside it)")


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
