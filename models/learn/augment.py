"""More training sentences from the project's own: each name swapped for another of its label.

A project's first thousand sentences hold each name once or twice, so the CRF learns the names
more than the places around them where names stand. A copy of each sentence with its names
swapped for other names of the same label (taken from the training sentences themselves, never
from elsewhere) keeps the contexts and varies the names; swapped names end in the same kind of
syllable (with or without a final consonant), so the particle after them still fits (홍길동은,
서울시는).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import replace

from models.domain import Span
from models.learn.examples import Example


def _coda(word: str) -> str:
    """"c" when the word ends in a Hangul syllable with a final consonant, "v" without, "x"
    otherwise (Latin letters, digits, hanja)."""
    ch = word[-1]
    if "가" <= ch <= "힣":
        return "c" if (ord(ch) - 0xAC00) % 28 else "v"
    return "x"


def swapped_names(examples: Sequence[Example], labels: Collection[str], *,
                  seed: int = 0) -> list[Example]:
    """One copy of each example with names of ``labels``, its names swapped (see the module)."""
    pool: dict[tuple[str, str], list[str]] = {}
    for ex in examples:
        for s in ex.spans:
            if s.label in labels and s.text.strip():
                pool.setdefault((s.label, _coda(s.text)), []).append(s.text)
    rng = random.Random(seed)
    out: list[Example] = []
    for ex in examples:
        spans = sorted(ex.spans, key=lambda s: (s.start, s.end))
        # Only a name that overlaps no other span is swapped: one inside a PROJECT stays, and
        # the PROJECT around it keeps its words.
        swaps: list[tuple[Span, str]] = []
        for n, s in enumerate(spans):
            names = pool.get((s.label, _coda(s.text))) if s.label in labels else None
            if names and not any(o.start < s.end and s.start < o.end
                                 for m, o in enumerate(spans) if m != n):
                swaps.append((s, rng.choice(names)))
        if not swaps:
            continue
        parts: list[str] = []
        at = 0
        for s, word in swaps:
            parts += [ex.text[at:s.start], word]
            at = s.end
        parts.append(ex.text[at:])
        moved = [(s.end, len(word) - (s.end - s.start)) for s, word in swaps]

        def new_pos(p: int, moved: list[tuple[int, int]] = moved) -> int:
            return p + sum(d for end, d in moved if end <= p)

        new_text = {id(s): word for s, word in swaps}
        new = [replace(s, start=new_pos(s.start), end=new_pos(s.end),
                       text=new_text.get(id(s), s.text)) for s in spans]
        anchors = None if ex.anchors is None else [new_pos(a) for a in ex.anchors]
        out.append(Example("".join(parts), new, ex.doc_date, anchors, ex.key, synthetic=True))
    return out


# How many swapped copies by the size of the training text: two copies gained most on 1,300
# sentences of 2016klp and KMOU (about 80k characters; four did worse). Training time and memory
# grow with the sentences: one million characters of KMOU with one copy trained in 224 s and
# peaked at 3.2 GB, too much for an office PC, so large sets get fewer copies or none.
COPIES_BY_SIZE = ((200_000, 2), (500_000, 1))


def copies_for(examples: Sequence[Example]) -> int:
    chars = sum(len(ex.text) for ex in examples)
    return next((n for limit, n in COPIES_BY_SIZE if chars <= limit), 0)


def with_swapped_names(examples: Sequence[Example], labels: Collection[str]) -> list[Example]:
    """``examples`` and their swapped copies (:func:`copies_for` of them)."""
    extra = [x for seed in range(copies_for(examples))
             for x in swapped_names(examples, labels, seed=seed)]
    return [*examples, *extra]
