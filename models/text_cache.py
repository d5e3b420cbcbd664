"""Answers kept for the texts being read now, by the text object itself.

The counting passes ask the same questions of one document's text again and again (the sentence
around an amount, whether it holds a table, a figure's other tellings). ``functools.lru_cache``
keyed those answers by the text's *value*: an export that reads the same document again gets a
new, equal string, and each cache hit then compares the two whole texts — on a budget book of
8,000 amounts a second export took three times the first. Here the answers belong to the text
object: a few recent texts are kept per thread, found by identity, and let go when newer texts
take their place, so nothing outlives the reading of a document for long and no text is ever
compared with another.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Texts kept per function and thread: a document's text, its barred view (models.nlp.aligned_tables)
# and a headline may be asked of in turn.
RECENT = 4


def per_text(fn: Callable[Concatenate[str, P], R]) -> Callable[Concatenate[str, P], R]:
    """``fn(text, *args)`` computed once per text object and arguments."""
    local = threading.local()

    @wraps(fn)
    def cached(text: str, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            recent: list[tuple[str, dict[Any, Any]]] = local.recent
        except AttributeError:
            recent = local.recent = []
        # the text being read is first: most calls look no further
        answers = recent[0][1] if recent and recent[0][0] is text else _answers_for(recent, text)
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return answers[key]
        except KeyError:
            answer = answers[key] = fn(text, *args, **kwargs)
            return answer

    return cached


def _answers_for(recent: list[tuple[str, dict[Any, Any]]], text: str) -> dict[Any, Any]:
    """The answers kept for ``text``, moved to the front (most recent first); new ones for a
    text not among them, letting the oldest go."""
    k = next((k for k, (seen, _) in enumerate(recent) if seen is text), -1)
    if k < 0:
        recent.insert(0, (text, {}))
        del recent[RECENT:]
    else:
        recent.insert(0, recent.pop(k))
    return recent[0][1]
