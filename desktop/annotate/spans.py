"""The spans of the open document as one sorted list, and the questions the UI asks of it.

Qt-free on purpose (tested without a window): which span covers a position, which suggestion
comes next, which PROJECT is nearest to an amount, the morpheme edges used to grow or shrink a
span. All offsets here are code points, like the store.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any, NamedTuple, cast

from models.domain import AMOUNT_FOR, Value
from models.nlp.kiwi_runtime import tokenize
from models.store.views import DocView, RelationInfo

SUGGESTION = "suggestion"
ANNOTATION = "annotation"

Key = tuple[str, int]


class Item(NamedTuple):
    """One span of the open document (a NamedTuple: a 300k-character document has thousands)."""

    kind: str  # SUGGESTION / ANNOTATION
    id: int
    start: int
    end: int
    label: str
    text: str
    value: Value | None
    source: str  # the engine part that suggested it; for annotations: accepted/corrected/manual
    score: float | None
    version: int = 0
    suggestion_id: int | None = None

    @property
    def key(self) -> Key:
        return (self.kind, self.id)

    @property
    def is_suggestion(self) -> bool:
        return self.kind == SUGGESTION


class DocItems:
    """Suggestions and annotations of one :class:`DocView`, sorted by position."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        items = [Item(SUGGESTION, g.id, g.start, g.end, g.label, g.text, g.value, g.source,
                      g.score) for g in view.suggestions]
        items += [Item(ANNOTATION, a.id, a.start, a.end, a.label, a.text, a.value, a.status,
                       None, a.version, a.suggestion_id) for a in view.annotations]
        # Annotations first at equal positions: they are the decided state.
        items.sort(key=lambda it: (it.start, it.end, it.kind != ANNOTATION, it.id))
        self.items = items
        self.by_key: dict[Key, Item] = {it.key: it for it in items}
        self._starts = [it.start for it in items]
        self._longest = max((it.end - it.start for it in items), default=0)
        self.relations: tuple[RelationInfo, ...] = view.relations
        self._repeats = sorted((a, b) for a, b, _first in view.repeats)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, key: Key | None) -> Item | None:
        return None if key is None else self.by_key.get(key)

    def index(self, key: Key) -> int:
        item = self.by_key[key]
        return self.items.index(item)

    # -- finding -------------------------------------------------------------------------------

    def covering(self, pos: int) -> list[Item]:
        """Spans that contain ``pos``, shortest first (the most specific one to click)."""
        lo = bisect_left(self._starts, pos - self._longest)
        hi = bisect_right(self._starts, pos)
        found = [it for it in self.items[lo:hi] if it.start <= pos < it.end]
        return sorted(found, key=lambda it: (it.end - it.start, it.kind != ANNOTATION))

    def overlapping(self, start: int, end: int) -> list[Item]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [it for it in self.items[lo:hi] if it.start < end and start < it.end]

    def suggestions(self, label: str | None = None) -> list[Item]:
        return [it for it in self.items if it.is_suggestion and (label is None or it.label == label)]

    def annotations(self, label: str | None = None) -> list[Item]:
        return [it for it in self.items
                if not it.is_suggestion and (label is None or it.label == label)]

    def step(self, current: Key | None, forward: bool, *, only_suggestions: bool,
             position: int = 0) -> Item | None:
        """The next (or previous) span after ``current`` (or after ``position``), wrapping."""
        pool = [it for it in self.items if it.is_suggestion] if only_suggestions else self.items
        if not pool:
            return None
        cur = self.get(current)
        if cur is not None:
            here = (cur.start, cur.end, cur.kind != ANNOTATION, cur.id)
        else:
            here = (position, position, False, -1) if forward else (position, -1, False, -1)
        keys = [(it.start, it.end, it.kind != ANNOTATION, it.id) for it in pool]
        if forward:
            i = bisect_right(keys, here)
            return pool[i % len(pool)]
        i = bisect_left(keys, here) - 1
        return pool[i % len(pool)]

    def by_uncertainty(self) -> list[Item]:
        """Open suggestions, the ones the model is least sure about first (text order on ties;
        suggestions without a score last)."""
        from models.learn.combine import order_by_uncertainty

        pool = self.suggestions()
        scored = [it for it in pool if it.score is not None]
        ordered: list[Item] = order_by_uncertainty(cast(Any, scored))
        return ordered + [it for it in pool if it.score is None]

    def step_uncertain(self, current: Key | None, forward: bool) -> Item | None:
        """The next (or previous) suggestion in uncertainty order, wrapping; from nothing, the
        most (or, backwards, least) uncertain one."""
        pool = self.by_uncertainty()
        if not pool:
            return None
        keys = [it.key for it in pool]
        if current not in keys:
            return pool[0] if forward else pool[-1]
        i = keys.index(current)
        return pool[(i + (1 if forward else -1)) % len(pool)]

    def next_open_after(self, start: int, end: int) -> Item | None:
        """The first suggestion at or after a decided span (for auto-advance), wrapping."""
        pool = self.suggestions()
        if not pool:
            return None
        for it in pool:
            if (it.start, it.end) >= (start, end):
                return it
        return pool[0]

    # -- relations -----------------------------------------------------------------------------

    def links_of(self, ann_id: int, label: str | None = AMOUNT_FOR
                 ) -> list[tuple[RelationInfo, Item | None]]:
        """Relations (of ``label``; None: any) where the annotation is the head (MONEY) or the
        tail (PROJECT)."""
        out = []
        for rel in self.relations:
            if label is not None and rel.label != label:
                continue
            if rel.head == ann_id:
                out.append((rel, self.by_key.get((ANNOTATION, rel.tail))))
            elif rel.tail == ann_id:
                out.append((rel, self.by_key.get((ANNOTATION, rel.head))))
        return out

    def suggested_links_of(self, sugg_id: int) -> list[Item]:
        out = []
        for link in self.view.suggested_links:
            if link.label != AMOUNT_FOR:
                continue
            other = link.tail if link.head == sugg_id else link.head if link.tail == sugg_id else None
            if other is not None and (item := self.by_key.get((SUGGESTION, other))):
                out.append(item)
        return out

    def nearest(self, item: Item, label: str = "PROJECT") -> Item | None:
        """The closest span of ``label``: an annotation if any, else a suggestion.

        Distance is in characters between the spans; a span in the same paragraph wins over a
        closer one across a paragraph break, since amounts fund what their paragraph is about.
        """
        text = self.view.text

        def distance(other: Item) -> tuple[int, int]:
            lo, hi = sorted((item.end, other.start)) if other.start >= item.end else sorted(
                (other.end, item.start))
            gap = max(0, hi - lo)
            crosses = "\n" in text[lo:hi]
            return (1 if crosses else 0, gap)

        for pool in (self.annotations(label), self.suggestions(label)):
            pool = [p for p in pool if p.key != item.key]
            if pool:
                return min(pool, key=distance)
        return None

    # -- counts and paragraphs -------------------------------------------------------------------

    def counts(self) -> dict[str, tuple[int, int]]:
        """label → (open suggestions, annotations)."""
        out: dict[str, list[int]] = {}
        for it in self.items:
            pair = out.setdefault(it.label, [0, 0])
            pair[0 if it.is_suggestion else 1] += 1
        return {k: (v[0], v[1]) for k, v in out.items()}

    def in_repeat(self, pos: int) -> bool:
        i = bisect_right(self._repeats, (pos, 1 << 62)) - 1
        return i >= 0 and self._repeats[i][0] <= pos < self._repeats[i][1]


def undecided(suggestions: Iterable[Item], decided: Iterable[Item]) -> list[Item]:
    """The suggestions no decided span of their label overlaps. By label, the decided spans in
    start order with the furthest end so far: one bisection a suggestion, not a pass over every
    decided span (a report's big table holds thousands of each)."""
    by_label: dict[str, tuple[list[int], list[int]]] = {}
    for d in sorted(decided, key=lambda d: d.start):
        starts, reach = by_label.setdefault(d.label, ([], []))
        starts.append(d.start)
        reach.append(max(d.end, reach[-1]) if reach else d.end)
    out = []
    for s in suggestions:
        starts, reach = by_label.get(s.label, ([], []))
        k = bisect_left(starts, s.end) - 1  # the decided spans that start before it ends
        if k < 0 or reach[k] <= s.start:
            out.append(s)
    return out


def best_accept_set(items: Iterable[Item]) -> list[Item]:
    """Non-overlapping suggestions to accept in bulk: the longest of each overlapping cluster.
    A project is a layer of its own: a place named inside it (오송 바이오 국가산단 조성) stays,
    as the engine suggests it (and its region relation needs it)."""
    items = list(items)
    kept: list[Item] = []
    for layer in (True, False):
        last_end = -1
        for it in sorted((i for i in items if (i.label == "PROJECT") == layer),
                         key=lambda it: (it.start, -(it.end - it.start))):
            if it.start >= last_end:
                kept.append(it)
                last_end = it.end
    return sorted(kept, key=lambda it: (it.start, it.end))


# ---------------------------------------------------------------------------------------------
# Morpheme edges

_FALLBACK_TOKEN = re.compile(r"[가-힣]+|[0-9][0-9,.]*|[A-Za-z]+|[^\s]")


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def morpheme_tokens(text: str, start: int, end: int, kiwi: object | None) -> list[tuple[int, int]]:
    """(start, end) of the morphemes of ``text[start:end]``, as absolute code points.

    With Kiwi, its morphemes; without (still loading), runs of Hangul, digits or Latin letters
    and single other characters, which is coarser but never wrong about word edges.
    """
    piece = text[start:end]
    out: list[tuple[int, int]] = []
    if kiwi is not None:
        try:
            for tok in tokenize(kiwi, piece):
                a = start + int(tok.start)
                b = a + int(tok.len)
                # Kiwi restores the lemma for some conjugations; keep only real surface spans.
                if start <= a < b <= end:
                    out.append((a, b))
        except Exception:  # a Kiwi failure must not break span editing: fall back
            out = []
    if not out:
        out = [(start + m.start(), start + m.end()) for m in _FALLBACK_TOKEN.finditer(piece)]
    return out


def morpheme_edge(tokens: list[tuple[int, int]], start: int, end: int, edge: str,
                  grow: bool) -> int | None:
    """The new start or end when moving ``edge`` ("start"/"end") by one morpheme."""
    if edge == "end":
        ends = sorted({b for _a, b in tokens})
        cand = [b for b in ends if b > end] if grow else [b for b in ends if start < b < end]
        if not cand:
            return None
        return cand[0] if grow else cand[-1]
    starts = sorted({a for a, _b in tokens})
    cand = [a for a in starts if a < start] if grow else [a for a in starts if start < a < end]
    if not cand:
        return None
    return cand[-1] if grow else cand[0]


def char_edge(text: str, start: int, end: int, edge: str, grow: bool) -> int | None:
    """Move an edge by one character, never making the span empty or leaving the text."""
    if edge == "end":
        new = end + 1 if grow else end - 1
        return new if start < new <= len(text) else None
    new = start - 1 if grow else start + 1
    return new if 0 <= new < end else None
