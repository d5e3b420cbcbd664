"""Analysing many texts at Kiwi's own batch speed: one Kiwi on all cores, our rules beside it.

Profiled on 600 article-sized documents (730k characters; ``tests/bench/bench_bulk.py
--profile``), CPU seconds: Kiwi's tokenize ≈ 20, our rules ≈ 6 (entities 3, projects 1.5, money,
dates and quantities 0.7, copying Kiwi's tokens into plain objects 0.9), the old per-row ORM
writes ≈ 15–40, Kiwi's start-up ≈ 2.7 (once per process). So the stream below hands the texts
to Kiwi's batch tokenizer, which tokenizes ahead on its own threads (no GIL) while this thread
runs the rules on the texts Kiwi has finished, a few at a time (see models.nlp.batching); the caller stores the
results in bulk (``ProjectStore.save_analyses``). One process, one Kiwi start-up: a process pool
paid a start-up per worker and ran the rules of all texts interleaved with pickling.

``kiwi_for`` keeps the Kiwi it built for the life of the process (the CLI's one run, the app's
session, a pool worker's life), keyed by the words it carries and its thread count.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from models.collector import few_collections
from models.domain import Analysis
from models.nlp import batching
from models.nlp.kiwi_runtime import loading_thread, tokenize

if TYPE_CHECKING:
    from kiwipiepy import Kiwi


K = TypeVar("K")
Item = tuple[K, str, date | None]



class TokensAnalyzer(Protocol):
    """What the stream runs on tokenized texts (``models.learn.predict.Analyzer`` is one):
    ``analyze_tokens_many`` gives, in order, what ``analyze_tokens`` gives each text."""

    def analyze_tokens(self, text: str, doc_date: date | None, tokens: Any) -> Analysis: ...

    def analyze_tokens_many(self, items: Sequence[tuple[str, date | None, Any]]
                            ) -> list[Analysis]: ...


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

    return loading_thread(build, "kiwi-prebuild")


def analyze_stream(analyzer: TokensAnalyzer, items: Iterable[Item[K]], kiwi: Kiwi | None,
                   ready: Callable[[], bool] | None = None) -> Iterator[tuple[K, Analysis]]:
    """``(key, analysis)`` for each ``(key, text, doc_date)`` of ``items``, in order.

    ``items`` is read lazily (Kiwi keeps a few dozen texts in flight), so it may come from the
    store in pages, from a pipe or from a parent process. With ``kiwi`` None, rules only (as the
    analyzer does when Kiwi failed to load).

    The rules run over batches of tokenized texts (``analyze_tokens_many``; see
    :mod:`models.nlp.batching`).
    ``ready`` says whether the next item can be read without waiting (default: always, as for
    the store's pages, a file, or an iterator that ends where its input pauses). Each text Kiwi
    hands back costs the read of one more item, so where ``ready`` says no, the texts gathered
    so far are answered first: a caller that waits for input (a pool worker on its pipe) has
    sent their results before it waits.
    """
    pending: deque[Item[K]] = deque()  # read, not yet handed back by Kiwi
    read_all = False

    def texts() -> Iterator[str]:
        nonlocal read_all
        for item in items:
            pending.append(item)
            yield item[1]
        read_all = True

    failed: Exception | None = None
    with few_collections():
        token_lists: Iterator[Any] = (iter(tokenize(kiwi, texts())) if kiwi is not None
                                      else (None for _ in texts()))
        more = True
        while more:
            batch: list[tuple[K, str, date | None, Any]] = []
            chars = 0
            while not (batch and _run_now(len(batch), chars, len(pending), read_all, ready)):
                try:
                    tokens = next(token_lists)
                except StopIteration:
                    more = False
                    break
                except Exception as exc:  # reading the items failed: answer what is read first
                    failed, more = exc, False
                    break
                key, text, day = pending.popleft()
                batch.append((key, text, day, tokens))
                chars += len(text)
            if batch:
                results = analyzer.analyze_tokens_many([(text, day, tokens)
                                                        for _, text, day, tokens in batch])
                for (key, _, _, _), result in zip(batch, results, strict=True):
                    yield key, result
    if failed is not None:
        raise failed


def _run_now(size: int, chars: int, in_flight: int, read_all: bool,
             ready: Callable[[], bool] | None) -> bool:
    """Whether a batch of ``size`` texts of ``chars`` characters runs now rather than wait for
    Kiwi's next text."""
    if batching.full(size, chars):
        return True
    if read_all:
        return size >= batching.last_share(size + in_flight)
    return ready is not None and not ready()
