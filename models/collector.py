"""Python's garbage collector held back while the rules run over many texts."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Several threads may run the rules at once (the app's background run and an article being
# opened): the first one in sets the threshold, the last one out puts back what it found.
_lock = threading.Lock()
_users = 0
_saved: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def few_collections(first_generation: int = 10_000) -> Iterator[None]:
    """Fewer garbage collections while the rules run over many texts.

    The rules make and drop some hundred small objects per sentence; at Python's default
    threshold (700) the collector ran ~500 times per 200 articles and took a tenth of the rules'
    time, mostly walking the long-lived gazetteer and Kiwi objects again and again. Frozen (left
    out of collections) and with a higher threshold it runs a dozen times.
    """
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(max(_saved[0], first_generation), _saved[1], _saved[2])
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                gc.set_threshold(*_saved)
                gc.unfreeze()
