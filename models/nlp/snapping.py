"""Snap a span to morpheme boundaries: no particle, ending or stray punctuation at its edges.

Used by the suggestion engine and by the GUI for user selections ("서울에서" selected → "서울").
Works with Kiwi tokens (anything with ``start``, ``len``, ``tag``, ``form``) or, without Kiwi,
with a small list of common particles (:func:`snap_plain`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class TokenLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def len(self) -> int: ...
    @property
    def tag(self) -> str: ...
    @property
    def form(self) -> str: ...


# Kiwi tags that never belong at the edge of a name: particles (JKS, JKO, JX, JC …), the copula
# 이다 (VCP) and verbal endings (EP, EF, EC, ETM, ETN), derivational verb/adjective suffixes.
_EDGE_TAG_PREFIXES = ("J", "E")
_EDGE_TAGS = frozenset({"VCP", "VCN", "XSV", "XSA", "Z_CODA", "Z_SIOT"})
PUNCT_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW"})
_OPENERS = "([{<「『【〈《‘“\"'"
_CLOSERS = ")]}>」』】〉》’”\"'"
# Brackets stay at an edge when their partner is inside the span ("AI(인공지능)", "(주)빛글");
# quotes never do: a name does not start with a quotation mark.
_PAIRS = {"(": ")", "[": "]", "{": "}"}


# Kiwi's tag → its base tag, filled by base_tag (Kiwi has a few dozen tags).
BASE_TAGS: dict[str, str] = {}


def base_tag(tag: str) -> str:
    """Kiwi marks irregular forms like 'VV-I' and user tags may be lower case."""
    base = BASE_TAGS.get(tag)
    if base is None:
        base = BASE_TAGS[tag] = tag.split("-")[0].upper()
    return base


def is_edge_tag(tag: str) -> bool:
    """True for morphemes that should be stripped from the edges of an entity span."""
    t = base_tag(tag)
    return t.startswith(_EDGE_TAG_PREFIXES) or t in _EDGE_TAGS or t in PUNCT_TAGS


def tok_end(tok: TokenLike) -> int:
    return tok.start + tok.len


def snap_span(text: str, start: int, end: int, tokens: Sequence[TokenLike]) -> tuple[int, int]:
    """Grow a span to whole morphemes, then drop particles/endings/punctuation at its edges.

    Returns the original span trimmed of white space if nothing would be left.
    """
    start, end = _trim_space(text, start, end)
    if start >= end:
        return start, end
    inside = [t for t in tokens if t.start < end and tok_end(t) > start]
    if not inside:
        return snap_plain(text, start, end)
    # Kiwi gives contracted morphemes (갔다 → 가/VV 었/EP) the same offsets; the union is fine.
    s = min(start, min(t.start for t in inside))
    e = max(end, max(tok_end(t) for t in inside))
    lo, hi = 0, len(inside)
    while lo < hi and is_edge_tag(inside[lo].tag) and not _keeps_open(text, inside[lo], e):
        lo += 1
    while hi > lo and is_edge_tag(inside[hi - 1].tag) and not _keeps_close(text, inside[hi - 1], s):
        hi -= 1
    if lo >= hi:
        return _trim_space(text, start, end)
    s = max(s, inside[lo].start)
    e = min(e, max(tok_end(t) for t in inside[lo:hi]))
    return _trim_space(text, s, e)


def _keeps_open(text: str, tok: TokenLike, end: int) -> bool:
    """An opening bracket stays when its partner is inside the span: "(주)삼성"."""
    ch = text[tok.start : tok_end(tok)]
    close = _PAIRS.get(ch)
    return close is not None and close in text[tok_end(tok) : end]


def _keeps_close(text: str, tok: TokenLike, start: int) -> bool:
    """A closing bracket stays when its partner is inside the span: "AI(인공지능)"."""
    ch = text[tok.start : tok_end(tok)]
    return any(c == ch and o in text[start : tok.start] for o, c in _PAIRS.items())


def _trim_space(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Particles and copula endings, longest first, for snapping without Kiwi. Only used when the
# remaining word is at least two characters long, so one-letter names are not eaten.
PLAIN_PARTICLES = tuple(
    sorted(
        ["이라는", "이라고", "에서는", "에서도", "에게서", "으로는", "으로도", "으로서", "으로써", "이었다", "였다", "이다", "라는", "에서", "에게", "한테", "께서", "으로", "부터", "까지", "마저", "조차", "처럼", "보다", "이나", "이며", "이고", "와의", "과의", "에는", "에도", "로는", "로도", "만의", "의", "이", "가", "은", "는", "을", "를", "에", "와", "과", "도", "만", "로", "나", "께", "서"],
        key=len,
        reverse=True,
    )
)


def snap_plain(text: str, start: int, end: int) -> tuple[int, int]:
    """Snapping without a morphological analysis: trim space, quotes and punctuation, then one
    trailing particle from :data:`PLAIN_PARTICLES` (also after a closing quote: ‘…’에서, and
    before punctuation: 서울에서. → 서울), then quotes and punctuation again."""
    start, end = _trim_marks(text, *_trim_space(text, start, end))
    word = text[start:end]
    for p in PLAIN_PARTICLES:
        if not word.endswith(p) or len(word) - len(p) < 2:
            continue
        before = word[-len(p) - 1]
        if _is_hangul(before) or before in _CLOSERS:
            end -= len(p)
            break
    return _trim_marks(text, start, end)


def _trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    changed = True
    while changed and start < end:
        changed = False
        first, last = text[start], text[end - 1]
        if first in _OPENERS and first not in _PAIRS or first in _PAIRS and _PAIRS[first] not in text[start + 1 : end] or _is_punct(first):
            start += 1
            changed = True
        if start >= end:
            break
        if last in _CLOSERS and not _closes_inside(text, start, end) or _is_punct(last):
            end -= 1
            changed = True
    return start, end


def _closes_inside(text: str, start: int, end: int) -> bool:
    closer = text[end - 1]
    return any(c == closer and o in text[start : end - 1] for o, c in _PAIRS.items())


def _is_punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace() and ch not in _OPENERS and ch not in _CLOSERS


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"
