"""Worker processes for bulk suggestion that start once, stay for the session and die with us.

The app runs a bulk suggestion in a worker process so that the rules (pure Python) never take the
GUI's interpreter lock; the CLI can spread a run over several processes when one interpreter
cannot keep up with Kiwi's threads. Each worker builds its Kiwi once (``models.bulk.kiwi_for``)
and keeps it for the next run; the analyzer (model, memory, terms) is sent with each run.

Workers never outlive the process that started them, however it ends (a plain ``kill`` of the
app left two workers holding 720 MB for half an hour):

* a watchdog thread in each worker waits on the parent's sentinel (a pipe on POSIX, a process
  handle on Windows) and ends the worker the moment the parent is gone, on every OS;
* on Linux the kernel also sends SIGKILL at once (``prctl(PR_SET_PDEATHSIG)``). The kernel sends
  it when the *thread* that started the worker ends, so start pools from a long-lived thread
  (the GUI thread, the CLI's main thread); the watchdog covers the rest.

Protocol over one pipe per worker: the parent sends ``("run", analyzer, words, threads)``, then
``("items", [(key, text, date), …])`` pages and ``("end",)``; the worker answers ``("results",
[(key, Analysis), …])`` pages, flushed whenever it would wait for input, then ``("done",)``.
An error in a worker comes back as ``("error", text)``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, cast

from models.domain import Analysis

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

    from models.learn.predict import Analyzer

PAGE = 16  # documents per message: small enough that cancelling waits for little
# Documents in flight per worker: Kiwi reads 16 per thread ahead, plus a batch of the rules and
# two pages to keep it fed (see WorkerPool._analyze). A cancel waits for these to come back.
AHEAD_PER_THREAD = 16
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Make sure this worker ends when the process that started it does."""
    import multiprocessing
    import signal

    parent = multiprocessing.parent_process()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still works
    if parent is None:
        return
    if not parent.is_alive():  # it died before prctl took effect
        os._exit(1)

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="bitgeul-parent-watchdog", daemon=True).start()


def _worker_main(conn: Connection, nice: int, threads: int) -> None:
    _die_with_parent()
    if nice and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(nice)  # the app's window stays smooth while the workers run
    # What reading the run's message imports (the analyzer's modules, and importlib.resources
    # under them) is imported before Kiwi's thread starts importing too: two threads importing
    # the same package at once can meet in a cycle of module locks, and CPython then raises
    # _DeadlockError in one of them (seen once in importlib.resources, under load).
    import models.learn.predict  # noqa: F401
    from models.bulk import kiwi_for, prebuild

    prebuild(threads)  # Kiwi loads while the parent reads the project and sends the run

    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg[0] == "stop":
            return
        _, analyzer, words, threads = msg
        try:
            kiwi = kiwi_for(words, threads) if words is not None else None
        except Exception as exc:  # Kiwi failed to load here: rules only, as in the app
            conn.send(("warning", f"{type(exc).__name__}: {exc}"))
            kiwi = None
        try:
            _run_one(conn, analyzer, kiwi)
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        conn.send(("done",))


def _run_one(conn: Connection, analyzer: Analyzer, kiwi: Any) -> None:
    from models.bulk import analyze_stream

    out: list[tuple[Any, Analysis]] = []
    page: deque[tuple[Any, str, date | None]] = deque()  # received, not yet read
    ended = False

    def items() -> Iterator[tuple[Any, str, date | None]]:
        nonlocal ended
        while True:
            while page:
                yield page.popleft()
            if out and not conn.poll():
                conn.send(("results", out[:]))  # about to wait: hand over what is done
                out.clear()
            got = conn.recv()
            if got[0] == "end":
                ended = True
                return
            page.extend(got[1])

    def ready() -> bool:
        # the stream runs the texts it holds before a read that would wait for the parent
        return bool(page) or ended or conn.poll()

    for result in analyze_stream(analyzer, items(), kiwi, ready):
        out.append(result)
        if len(out) >= PAGE:
            conn.send(("results", out[:]))
            out.clear()
    if out:
        conn.send(("results", out))


class WorkerPool:
    """``processes`` worker processes, each tokenizing on ``threads`` Kiwi threads."""

    def __init__(self, processes: int, threads: int, *, nice: int = 0) -> None:
        self.threads = max(1, threads)
        self._ctx = get_context("spawn")  # fork is unsafe with threads and absent on Windows
        self._procs: list[SpawnProcess] = []
        self._conns: list[Connection] = []
        self._run_lock = threading.Lock()
        for _ in range(max(1, processes)):
            parent_end, child_end = self._ctx.Pipe()
            proc = self._ctx.Process(target=_worker_main, args=(child_end, nice, self.threads),
                                     name="bitgeul-suggest-worker", daemon=True)
            proc.start()
            child_end.close()
            self._procs.append(proc)
            self._conns.append(parent_end)

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._procs if p.pid is not None]

    def alive(self) -> bool:
        return bool(self._procs) and all(p.is_alive() for p in self._procs)

    def analyze(self, analyzer: Analyzer, items: Iterable[tuple[Any, str, date | None]],
                cancel: Any = None) -> Iterator[list[tuple[Any, Analysis]]]:
        """Pages of ``(key, analysis)`` as the workers finish them (not in input order).

        ``cancel()`` true: no more items are handed out; what is in flight still comes back.
        """
        from models.bulk import kiwi_words

        with self._run_lock:
            # no words at all: the analyzer runs without Kiwi (rules only)
            words = kiwi_words(analyzer.terms) if analyzer.kiwi is not None else None
            yield from self._analyze(analyzer, iter(items), cancel, words)

    def _analyze(self, analyzer: Analyzer, items: Iterator[tuple[Any, str, date | None]],
                 cancel: Any, words: tuple[tuple[str, str], ...] | None
                 ) -> Iterator[list[tuple[Any, Analysis]]]:
        from models.nlp.batching import BATCH

        conns = list(self._conns)
        for conn in conns:
            conn.send(("run", analyzer, words, self.threads))
        # Items go out on a thread of their own: a worker blocked sending results while we were
        # blocked sending it items (both pipes full) would hang us both.
        ready = threading.Condition()
        # A worker holds what Kiwi has in flight, up to a batch for the rules (models.nlp.batching) and
        # a page of results: more than that in flight keeps it from waiting for items.
        ahead = AHEAD_PER_THREAD * self.threads + BATCH + 2 * PAGE
        in_flight = dict.fromkeys(conns, 0)
        stop = False
        failed: list[BaseException] = []

        def feeder() -> None:
            try:
                while True:
                    with ready:
                        while not stop and min(in_flight.values()) >= ahead:
                            ready.wait()
                        if stop:
                            return
                        conn = min(conns, key=in_flight.__getitem__)
                    if cancel is not None and cancel():
                        break
                    page = list(islice(items, PAGE))
                    if page:
                        with ready:
                            in_flight[conn] += len(page)
                        conn.send(("items", page))
                    if len(page) < PAGE:
                        break
                for conn in conns:
                    conn.send(("end",))
            except BaseException as exc:  # the store failing to read, a worker gone
                failed.append(exc)
                for conn in conns:
                    with contextlib.suppress(OSError):
                        conn.send(("end",))

        thread = threading.Thread(target=feeder, name="bitgeul-pool-feeder", daemon=True)
        thread.start()
        running = set(conns)
        clean = False
        try:
            while running:
                for ready_conn in wait(list(running)):
                    conn = cast(Connection, ready_conn)
                    try:
                        msg = conn.recv()
                    except EOFError:
                        raise RuntimeError("a suggestion worker ended unexpectedly") from None
                    if msg[0] == "results":
                        with ready:
                            in_flight[conn] -= len(msg[1])
                            ready.notify_all()
                        yield msg[1]
                    elif msg[0] == "done":
                        running.discard(conn)
                    elif msg[0] == "error":
                        raise RuntimeError(msg[1])
            clean = True
        finally:
            with ready:
                stop = True
                ready.notify_all()
            if not clean:
                # The protocol state is unknown now (or our caller stopped listening): these
                # workers cannot be reused.
                self.close(wait=False)
            thread.join()
        if failed:
            raise failed[0]

    def close(self, wait: bool = True) -> None:
        """Stop the workers (at once when ``wait`` is False)."""
        for conn in self._conns:
            try:
                if wait:
                    conn.send(("stop",))
                conn.close()
            except OSError:
                pass
        for proc in self._procs:
            if wait:
                proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join(5)
        self._procs.clear()
        self._conns.clear()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
