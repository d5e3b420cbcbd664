"""The one way the desktop runs long work: a core function on its own thread.

A job is any function ``job(progress, cancel)`` (the vocabulary of ``models.progress``): the
worker passes a ``progress`` that becomes the :attr:`TaskWorker.progress` signal and a
``cancel`` that turns true after :meth:`TaskWorker.cancel`. Its return value arrives by
:attr:`TaskWorker.succeeded`, an exception by :attr:`TaskWorker.failed` — a failing job never
takes the window down. Qt delivers the signals on the GUI thread. The core opens a session per
call, so threads never share one; cancelling only sets a flag the job polls between units of
work, nothing is killed half-way through a transaction. A new background feature is therefore
one core function and a lambda::

    worker = TaskWorker(lambda progress, cancel: export(store, fmt, out, progress=progress,
                                                        cancel=cancel), "export")
    worker.succeeded.connect(...)
    worker.start()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QThread, Signal

from models.progress import Cancel, Progress

Job = Callable[[Progress, Cancel], Any]


def describe(exc: BaseException) -> str:
    """A one-line account of an unexpected failure, for the status bar or a dialog."""
    return f"{type(exc).__name__}: {exc}"


class TaskWorker(QThread):
    progress = Signal(int, int)  # done, total
    note = Signal(object)  # anything else the job tells the GUI on the way (e.g. which file)
    succeeded = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception the job raised (models.progress.Cancelled too)

    # Running workers stay referenced here until their thread ends: Qt aborts the process when a
    # running QThread is garbage-collected (a doc-list reload the widget no longer waits for).
    _running: ClassVar[set[TaskWorker]] = set()

    def __init__(self, job: Job, name: str) -> None:
        super().__init__()
        self.job = job
        self.done = 0  # the last progress reported, for a message after a failure
        self.total = 0
        self._cancel = False
        self.setObjectName(f"{name}-worker")
        self.finished.connect(self._ended)

    def start(self, *args: Any) -> None:
        TaskWorker._running.add(self)
        super().start(*args)

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.job(self._progress, lambda: self._cancel)
        except Exception as exc:  # reported, never raised into Qt's thread
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)

    def _ended(self) -> None:
        TaskWorker._running.discard(self)
