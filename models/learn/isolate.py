"""Training in a child process, so that a GUI thread calling it never stalls.

python-crfsuite's optimiser is C code that keeps Python's GIL for most of each iteration: on a
worker thread it would freeze the window for seconds at a time. A spawned child (safe with Qt
threads, and the only way on Windows) does the whole fit; the parent relays progress and, on
cancel, ends the child.

The caller passes the function to run (``models.learn.train`` passes its ``fit_set``), so this
module knows nothing of training and the two do not import each other.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from typing import Any

from models.progress import Cancel, Cancelled, Progress, check, report

_POLL_SECONDS = 0.2


def _child(conn: Connection, func: Callable[..., Any], kwargs: dict[str, Any],
           passes: tuple[type[Exception], ...]) -> None:
    def progress(done: int, total: int) -> None:
        conn.send(("progress", done, total))

    try:
        conn.send(("done", func(**kwargs, progress=progress)))
    except passes as exc:  # the caller's own errors (e.g. "too little to learn from")
        conn.send(("raise", exc))
    except Exception as exc:  # reported to the parent, which raises it there
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def call_in_child(func: Callable[..., Any], kwargs: dict[str, Any], progress: Progress | None,
                  cancel: Cancel | None, passes: tuple[type[Exception], ...] = ()) -> Any:
    """``func(**kwargs, progress=…)`` in a spawned child; returns what it returns.

    ``func`` must be a module-level function and ``kwargs`` picklable. Progress is relayed;
    ``cancel()`` ends the child and raises :class:`~models.progress.Cancelled`. Exceptions of the
    types in ``passes`` are raised here as they were; any other becomes a ``RuntimeError``.
    """
    ctx = get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, func, kwargs, passes),
                       name="bitgeul-train", daemon=True)
    proc.start()
    child.close()
    try:
        while True:
            check(cancel)
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
                report(progress, msg[1], msg[2])
            elif kind == "done":
                return msg[1]
            elif kind == "raise":
                raise msg[1]
            else:
                raise RuntimeError(msg[1])
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(5)
        with contextlib.suppress(Exception):
            parent.close()


__all__ = ["Cancelled", "call_in_child"]
