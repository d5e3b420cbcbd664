"""How many tokenized texts the rules take together — one rule for ``engine.analyze_many`` and
``bulk.analyze_stream``, which may not import each other (the engine sits below ``bulk``, and
``bulk`` must not load the engine before ``analyze`` has started Kiwi).

A batch runs the rules step by step over all its texts, so each step's code and tables stay in
the processor's caches, and what the steps found must stay there too. Rules CPU seconds on one
core, by batch size: 3,000 KMOU sentences (63 characters on average) 0.49 one by one, 0.45 by
4, 0.41 by 16, 0.40 by 32; 600 articles (1,225 characters) 1.73 one by one, 1.71 by 2, 1.78 by
4, 1.86 by 32. So a batch is full at ``BATCH`` texts or ``BATCH_CHARS`` characters, whichever
comes first.
"""

from __future__ import annotations

BATCH = 32
BATCH_CHARS = 2000


def full(size: int, chars: int) -> bool:
    """Whether a batch of ``size`` texts holding ``chars`` characters runs now."""
    return size >= BATCH or chars >= BATCH_CHARS


def last_share(remaining: int) -> int:
    """At most how many of the ``remaining`` texts the next batch takes once all are read:
    half of them, so the batches halve towards the end and the last one, which runs after Kiwi
    has finished, on one core, is small."""
    return min(BATCH, max(1, remaining // 2))
