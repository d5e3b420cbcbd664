"""Analysing many texts at Kiwi's own batch speed: one Kiwi on all cores, our rules beside it.

Profiled on 600 article-sized documents (730k characters; ``tests/bench/bench_bulk.py
--profile``), CPU seconds: Kiwi's tokenize ≈ 20, our rules ≈ 6 (entities 3, projects 1.5, money,
dates and quantities 0.7, copying Kiwi's tokens into plain objects 0.9), the old per-row ORM
writes ≈ 15–40, Kiwi's start-up ≈ 2.7 (once per process). So the stream below hands the texts
to Kiwi's batch tokenizer, which tokenizes ahead on its own threads (no GIL) while this thread
runs the rules on the text Kiwi finished first; the caller stores the results in bulk
(``ProjectStore.save_analyses``). One process, one Kiwi start-up: a process pool paid a start-up
per worker and ran the rules of all texts interleaved with pickling.

``kiwi_for`` keeps the Kiwi it built for the life of the process (the CLI's one run, the app's
session, a pool worker's life), keyed by the words it carries and its thread count.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from models.collector import few_collections
from models.domain import Analysis

if TYPE_CHECKING:
    from kiwipiepy import Kiwi


K = TypeVar("K")
Item = tuple[K, str, date | None]



class TokensAnalyzer(Protocol):
    """What the stream runs per text (``models.learn.predict.Analyzer`` is one)."""

    def analyze_tokens(self, text: str, doc_date: date | None, tokens: Any) -> Analysis: ...


_lock = threading.Lock()
_cache: dict[tuple[tuple[tuple[str, str], ...], int], Kiwi] = {}


def cores() -> int:
    """The cores this process may use (its CPU affinity where the OS has one)."""
    from models.nlp.kiwi_runtime import usable_cores

    return usable_cores()


def kiwi_words(terms: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The project terms a bulk Kiwi carries as user words (as the old pool workers did)."""
    return tuple(sorted({(t, label) for t, label in terms if 1 < len(t) <= 40}))


def kiwi_for(words: Sequence[tuple[str, str]], threads: int) -> Kiwi:
    """A built Kiwi with ``words`` (from :func:`kiwi_words`) tokenizing on ``threads`` threads.

    Built once per process and kept: a second run with the same words starts at once. Only the
    newest Kiwi is kept (each holds ~250 MB of model).
    """
    key = (tuple(words), max(1, threads))
    with _lock:
        found = _cache.get(key)
        if found is None:
            from models.nlp.kiwi_runtime import add_words, build_kiwi, warm_up

            base = _cache.pop(((), key[1]), None) if key[0] else None
            _cache.clear()
            if base is not None:
                # Built ahead without the project's words (see prebuild): adding them makes
                # Kiwi rebuild its dictionary (~1.4 s) but not read its model again (~1.2 s),
                # and it then tokenizes as a Kiwi built with them does (3,000 texts compared).
                add_words(base, key[0])
                warm_up(base)
                found = base
            else:
                found = build_kiwi(list(words) or None, num_workers=key[1])
            _cache[key] = found
        return found


def prebuild(threads: int) -> threading.Thread:
    """Start building, in the background, the Kiwi a coming bulk run on ``threads`` threads
    will ask :func:`kiwi_for` for (a pool worker does this as it starts, while the parent is
    still reading the project). The run's own words are added when it asks."""

    def build() -> None:
        if not _lock.acquire(blocking=False):
            return  # a run is already building its Kiwi
        try:
            if not _cache:
                from models.nlp.kiwi_runtime import build_kiwi

                _cache[((), max(1, threads))] = build_kiwi(None, num_workers=max(1, threads))
        except Exception:  # noqa: BLE001 - the run builds again and reports the failure
            pass
        finally:
            _lock.release()

    thread = threading.Thread(target=build, name="kiwi-prebuild", daemon=True)
    thread.start()
    return thread


def analyze_stream(analyzer: TokensAnalyzer, items: Iterable[Item[K]], kiwi: Kiwi | None
                   ) -> Iterator[tuple[K, Analysis]]:
    """``(key, analysis)`` for each ``(key, text, doc_date)`` of ``items``, in order.

    ``items`` is read lazily (Kiwi keeps a few dozen texts in flight), so it may come from the
    store in pages, from a pipe or from a parent process. With ``kiwi`` None, rules only (as the
    analyzer does when Kiwi failed to load).
    """
    if kiwi is None:
        for key, text, day in items:
            yield key, analyzer.analyze_tokens(text, day, None)
        return
    pending: deque[Item[K]] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            pending.append(item)
            yield item[1]

    with few_collections():
        for tokens in kiwi.tokenize(texts()):
            key, text, day = pending.popleft()
            yield key, analyzer.analyze_tokens(text, day, tokens)


