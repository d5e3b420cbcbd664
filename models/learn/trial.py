"""A model is tried in a child process before this process loads it.

crfsuite is C code that trusts the model file: a damaged one (cut short, a few bytes changed)
can make it read out of bounds and kill the whole process — the app, the CLI — with SIGSEGV.
The structure checks in ``models.learn.crf`` catch most; what gets past them is loaded first by
a spawned child, which reads every part of it (crfsuite's dump: labels, attributes, features)
and tags a probe sentence. A child that crashes, fails or runs past a bound costs nothing but
the model: it is refused in one line and suggestions go on with the rules.

Models this process trained, or tried already, are not tried again (by their SHA-256).
"""

from __future__ import annotations

import contextlib
import hashlib
from multiprocessing import get_context
from multiprocessing.connection import Connection

from models.learn.crf import ModelError

TRIAL_SECONDS = 120.0  # far above the load and dump of any real model (a few seconds)
_TRUSTED: set[str] = set()


def digest(crf: bytes) -> str:
    return hashlib.sha256(crf).hexdigest()


def trust(crf: bytes) -> None:
    """A model this process made itself (training): no trial needed."""
    _TRUSTED.add(digest(crf))


def trusted(crf: bytes) -> bool:
    return digest(crf) in _TRUSTED


def _child(conn: Connection, crf: bytes) -> None:
    import pycrfsuite

    try:
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(crf)
        info = tagger.info()  # reads every label, attribute and feature of the model
        attrs = sorted({attr for attr, _label in info.state_features})[:20]
        tagger.set([attrs, attrs[:3], []])
        tagger.tag()
        for label in tagger.labels():
            tagger.marginal(label, 0)
        conn.send(("ok", ""))
    except Exception as exc:  # noqa: BLE001 - any failure: the parent refuses the model
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:200]))
    finally:
        conn.close()


def try_model(crf: bytes, seconds: float | None = None) -> None:
    """Load ``crf`` in a child first; :class:`ModelError` (one line) if it fails there."""
    key = digest(crf)
    if key in _TRUSTED:
        return
    ctx = get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, crf), name="bitgeul-model-trial",
                       daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(TRIAL_SECONDS if seconds is None else seconds):
            raise ModelError("the stored model could not be loaded in time (damaged?); "
                             "suggestions use the rules")
        try:
            kind, detail = parent.recv()
        except EOFError as exc:
            proc.join(5)
            raise ModelError(f"the stored model is damaged (loading it crashed, exit code "
                             f"{proc.exitcode}); suggestions use the rules") from exc
        if kind != "ok":
            raise ModelError(f"the stored model is damaged ({detail}); suggestions use the rules")
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(5)
        with contextlib.suppress(Exception):
            parent.close()
    _TRUSTED.add(key)
