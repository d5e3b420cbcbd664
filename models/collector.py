"""Python's garbage collector held back while the rules run over many texts."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def few_collections(first_generation: int = 10_000) -> Iterator[None]:
    """Fewer garbage collections while the rules run over many texts.

    The rules make and drop some hundred small objects per sentence; at Python's default
    threshold (700) the collector ran ~500 times per 200 articles and took a tenth of the rules'
    time, mostly walking the long-lived gazetteer and Kiwi objects again and again. Frozen (left
    out of collections) and with a higher threshold it runs a dozen times.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(old[0], first_generation), old[1], old[2])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()
