"""Progress and cancellation for long work: the one vocabulary every long core function uses.

A long job is a plain function ``run(..., progress=None, cancel=None)`` (Orange3's pattern): it
reports ``progress(done, total)`` now and then and polls ``cancel()`` between units of work. The
CLI passes a text bar, the desktop's generic task worker passes a Qt signal and a flag; tests pass
plain lambdas. Nothing here knows who is listening.

Cancelling is one way inside the core: the job calls :func:`check`, which raises
:class:`Cancelled`. What the caller then sees is each job's own promise: ``run_suggestions``
returns how many documents it finished (each is committed), ``export`` returns a result marked
``cancelled`` (the target untouched), ``train`` lets :class:`Cancelled` through (nothing saved).
"""
from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total)``; ``total`` may grow while the job discovers more work.
Progress = Callable[[int, int], None]
#: ``cancel()`` is true once the user asked to stop; jobs poll it between units of work.
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """Raised inside a job when ``cancel()`` turned true; callers catch it and keep what is done."""


def check(cancel: Cancel | None) -> None:
    """Raise :class:`Cancelled` if the caller asked to stop."""
    if cancel is not None and cancel():
        raise Cancelled


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` if there is one (saves every job the same ``if``)."""
    if progress is not None:
        progress(done, total)
