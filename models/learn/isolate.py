"""Training in a child process, so that a GUI thread calling it never stalls.

python-crfsuite's optimiser is C code that keeps Python's GIL for most of each iteration: on a
worker thread it would freeze the window for seconds at a time. A spawned child (safe with Qt
threads, and the only way on Windows) does the whole fit; the parent relays progress and, on
cancel, ends the child.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from multiprocessing import get_context
from multiprocessing.connection import Connection
from typing import Any

from models.learn.crf import Cancel, Cancelled, Progress
from models.learn.examples import TrainingSet
from models.learn.modelstore import ModelInfo

_POLL_SECONDS = 0.2


def _child(conn: Connection, tset: TrainingSet, params: dict[str, Any] | None,
           holdout: float, labels: list[str] | None) -> None:
    from models.learn.train import TrainingError, fit_set

    def progress(done: int, total: int) -> None:
        conn.send(("progress", done, total))

    try:
        blob, info = fit_set(tset, params=params, holdout=holdout, labels=labels,
                             progress=progress)
        conn.send(("done", blob, info))
    except TrainingError as exc:
        conn.send(("refused", str(exc)))
    except Exception as exc:  # reported to the parent, which raises it there
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def fit_in_child(tset: TrainingSet, params: dict[str, Any] | None, holdout: float,
                 labels: Collection[str] | None, progress: Progress | None,
                 cancel: Cancel | None) -> tuple[bytes, ModelInfo]:
    from models.learn.train import TrainingError

    ctx = get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, tset, params, holdout,
                                                  None if labels is None else list(labels)),
                       name="bitgeul-train", daemon=True)
    proc.start()
    child.close()
    try:
        while True:
            if cancel and cancel():
                raise Cancelled()
            if not parent.poll(_POLL_SECONDS):
                if not proc.is_alive() and not parent.poll(0):
                    raise RuntimeError(f"training stopped unexpectedly (exit code "
                                       f"{proc.exitcode})")
                continue
            try:
                msg = parent.recv()
            except EOFError as exc:
                raise RuntimeError("training stopped unexpectedly") from exc
            kind = msg[0]
            if kind == "progress":
                if progress:
                    progress(msg[1], msg[2])
            elif kind == "done":
                return msg[1], msg[2]
            elif kind == "refused":
                raise TrainingError(msg[1])
            else:
                raise RuntimeError(msg[1])
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(5)
        with contextlib.suppress(Exception):
            parent.close()
