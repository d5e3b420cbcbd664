"""Lists of known names (places, agencies, parties, companies …) and a fast longest-match over text.

The built-in lists live in ``resources/gazetteers/*.tsv`` (package data, read with
importlib.resources). Each line is ``LABEL<TAB>canonical[<TAB>alias|alias|~alias]``; a name
(alias or canonical) starting with ``~`` is *weak*: it is also an ordinary word (예산, 경기,
구리 …) and only counts where the caller says the text there is a proper noun (Kiwi tagged it
NNP). Project terms —
accepted annotations, BigKinds 인물/위치/기관 hints — are added at run time with
:meth:`Gazetteer.add` on a copy; the shared built-in instance is frozen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

GAZETTEER_LABELS = ("PERSON", "ORG", "LOCATION")
_LEADING_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    label: str
    canonical: str
    weak: bool = False
    source: str = "project"


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry: Entry


class Gazetteer:
    """term → Entry, with longest-match search at caller-given boundaries."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        self._lengths: list[int] = []  # distinct term lengths, longest first
        self._compound_lengths: list[int] = []  # the same for terms with spaces or symbols
        self._compound_heads: dict[str, list[int]] = {}  # their first word → their lengths
        self._compound_firsts: set[str] = set()  # first characters of those
        # their first two characters (None when one is a single character): a position whose
        # two characters are none of these starts no such term, and is passed over at once
        self._compound_pairs: set[str] | None = set()
        self._memos: dict[str, dict[Any, Any]] = {}  # see memo()
        self._frozen = False
        for e in entries:
            self._put(e)

    # -- building ---------------------------------------------------------------------------

    def _put(self, entry: Entry) -> None:
        self._memos.clear()
        old = self._entries.get(entry.term)
        # A strong entry beats a weak one; otherwise the first one wins (files are read in a
        # fixed order, and project terms are added after the built-ins on purpose: see add()).
        if old is not None and not (old.weak and not entry.weak):
            return
        self._entries[entry.term] = entry
        n = len(entry.term)
        if n not in self._lengths:
            self._lengths.append(n)
            self._lengths.sort(reverse=True)
        if not entry.term.isalnum():
            if n not in self._compound_lengths:
                self._compound_lengths.append(n)
                self._compound_lengths.sort(reverse=True)
            head = _LEADING_WORD.match(entry.term)
            key = head.group() if head else entry.term[0]
            self._compound_firsts.add(key[0])
            if n < 2:
                self._compound_pairs = None
            elif self._compound_pairs is not None:
                self._compound_pairs.add(entry.term[:2])
            lengths = self._compound_heads.setdefault(key, [])
            if n not in lengths:
                lengths.append(n)
                lengths.sort(reverse=True)

    def add(self, term: str, label: str, *, canonical: str | None = None, weak: bool = False,
            source: str = "project") -> None:
        """Add or relabel a term (project terms override built-in labels)."""
        if self._frozen:
            raise TypeError("the shared built-in gazetteer is read-only: add to a copy()")
        term = normalize_term(term)
        if not term:
            return
        entry = Entry(term, label, normalize_term(canonical) if canonical else term, weak, source)
        self._entries.pop(term, None)
        self._put(entry)

    def discard(self, term: str) -> None:
        if self._frozen:
            raise TypeError("the shared built-in gazetteer is read-only: use a copy()")
        self._memos.clear()
        self._entries.pop(normalize_term(term), None)

    def copy(self) -> Gazetteer:
        g = Gazetteer()
        g._entries = dict(self._entries)
        g._lengths = list(self._lengths)
        g._compound_lengths = list(self._compound_lengths)
        g._compound_heads = {k: list(v) for k, v in self._compound_heads.items()}
        g._compound_firsts = set(self._compound_firsts)
        g._compound_pairs = None if self._compound_pairs is None else set(self._compound_pairs)
        return g

    def freeze(self) -> Gazetteer:
        self._frozen = True
        return self

    def memo(self, name: str, limit: int = 50_000) -> dict[Any, Any]:
        """A cache named ``name`` for results that depend only on their key and this gazetteer's
        entries (e.g. what the entity rules make of one word). It is emptied whenever an entry
        is added or removed, so callers need not key it on the gazetteer's state, and when it
        holds ``limit`` results, so that a long session does not grow it without bound."""
        memo = self._memos.get(name)
        if memo is None or len(memo) >= limit:
            memo = self._memos[name] = {}
        return memo

    # -- lookups ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term in self._entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def lookup(self, term: str) -> Entry | None:
        return self._entries.get(term)

    def label_of(self, term: str, *, allow_weak: bool = True) -> str | None:
        e = self._entries.get(term)
        if e is None or (e.weak and not allow_weak):
            return None
        return e.label

    def find(
        self,
        text: str,
        starts: Collection[int] | None = None,
        ends: Collection[int] | None = None,
        weak_ok: Callable[[int, int], bool] | None = None,
        *,
        compound_only: bool = False,
    ) -> list[Match]:
        """Non-overlapping longest matches, left to right.

        A match must start at a position in ``starts`` and end at one in ``ends`` (default: word
        boundaries, see :func:`word_boundaries`). Weak entries only match where
        ``weak_ok(start, end)`` is true (never when it is None). ``compound_only`` looks only
        for terms with spaces or symbols ("미 국방부", "KT&G"), which one word never holds.
        """
        if "＆" in text:
            # the full-width ampersand news copy carries (KT＆G), which NFC leaves as it is: read
            # as "&" for every list and project term alike (one character for one: same offsets)
            text = text.replace("＆", "&")
        if starts is None or ends is None:
            s0, e0 = word_boundaries(text)
            starts = s0 if starts is None else starts
            ends = e0 if ends is None else ends
        end_set = ends if isinstance(ends, (set, frozenset)) else set(ends)
        lengths = self._compound_lengths if compound_only else self._lengths
        out: list[Match] = []
        if not lengths:
            return out
        pos = 0
        pairs = self._compound_pairs if compound_only else None
        for s in sorted(starts):
            if s < pos:
                continue
            if compound_only:
                if text[s] not in self._compound_firsts or \
                        (pairs is not None and text[s:s + 2] not in pairs):
                    continue
                head = _LEADING_WORD.match(text, s)
                lengths = self._compound_heads.get(head.group() if head else text[s], [])
            for n in lengths:
                e = s + n
                if e > len(text) or e not in end_set:
                    continue
                entry = self._entries.get(text[s:e])
                if entry is None or (compound_only and entry.term.isalnum()):
                    continue
                if entry.weak and (weak_ok is None or not weak_ok(s, e)):
                    continue
                out.append(Match(s, e, entry))
                pos = e
                break
        return out

    @property
    def has_compounds(self) -> bool:
        return bool(self._compound_lengths)

    @property
    def compound_pairs(self) -> AbstractSet[str] | None:
        """First two characters of those terms (None when one is a single character)."""
        return self._compound_pairs

    @property
    def compound_firsts(self) -> AbstractSet[str]:
        """First characters of the terms with spaces or symbols: ``find(...,
        compound_only=True)`` passes over other positions, so callers may leave them out."""
        return self._compound_firsts

    def kiwi_words(self) -> list[tuple[str, str]]:
        """Compound names worth adding to Kiwi's dictionary so that it keeps them whole.

        Only strong Hangul entries of three or more characters: short and weak ones are
        ordinary words as often as names, and Latin acronyms are already kept whole by Kiwi.
        """
        words = []
        for e in self._entries.values():
            if e.weak or len(e.term) < 3 or " " in e.term:
                continue
            if all("가" <= ch <= "힣" for ch in e.term):
                words.append((e.term, e.label))
        return words


def normalize_term(term: str) -> str:
    return " ".join(unicodedata.normalize("NFC", term).split())


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def word_boundaries(text: str) -> tuple[set[int], set[int]]:
    """Starts/ends usable without a morphological analysis.

    A start is where a word begins; an end is anywhere inside or at the end of a word, because
    Korean particles attach to the name (서울에서 → 서울). Callers with Kiwi tokens should pass
    morpheme boundaries instead.
    """
    starts: set[int] = set()
    ends: set[int] = set()
    prev_word = False
    for i, ch in enumerate(text):
        w = _is_word_char(ch)
        if w and not prev_word:
            starts.add(i)
        if w:
            ends.add(i + 1)
        prev_word = w
    return starts, ends


# -- built-in resources -----------------------------------------------------------------------


def _resource_dir() -> Traversable:
    return resources.files("resources").joinpath("gazetteers")


def parse_tsv(lines: Iterable[str], source: str) -> Iterator[Entry]:
    """Entries of one gazetteer file (see the module docstring for the format)."""
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[0] not in GAZETTEER_LABELS:
            continue  # a malformed line in a shipped list must not stop the program
        label, canonical = parts[0], normalize_term(parts[1].lstrip("~"))
        if not canonical:
            continue
        yield Entry(canonical, label, canonical, parts[1].startswith("~"), source)
        aliases = parts[2].split("|") if len(parts) > 2 else []
        for alias in aliases:
            weak = alias.startswith("~")
            term = normalize_term(alias.lstrip("~"))
            if term:
                yield Entry(term, label, canonical, weak, source)


def load_builtin() -> Gazetteer:
    """A fresh, mutable Gazetteer with every built-in list."""
    g = Gazetteer()
    folder = _resource_dir()
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            text = item.read_text(encoding="utf-8")
            for e in parse_tsv(text.splitlines(), "builtin:" + item.name[:-4]):
                g._put(e)
    return g


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """The shared, read-only built-in gazetteer (use ``.copy()`` to add project terms)."""
    return load_builtin().freeze()


def _word_list(name: str) -> frozenset[str]:
    text = _resource_dir().joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _word_list("surnames.txt")


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return _word_list("titles.txt")


@lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    """Occupations and relations that precede a name (배우 홍길동), plus all titles."""
    return _word_list("roles.txt") | titles()


@lru_cache(maxsize=1)
def given_name_syllables() -> frozenset[str]:
    return frozenset("".join(_word_list("given_syllables.txt")))


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The word classes of ``word_classes.tsv`` (suffixes of names, ordinary words …)."""
    text = _resource_dir().joinpath("word_classes.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        name, words = line.split("\t", 1)
        out.setdefault(name.strip(), set()).update(words.split())
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists the entity rules need, loaded once."""

    surnames: frozenset[str]
    titles: frozenset[str]
    title_ends: frozenset[str]  # last characters of titles, for a quick test
    max_title: int
    roles: frozenset[str]
    given: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    t = titles()
    return Lexicon(surnames(), t, frozenset(x[-1] for x in t), max(map(len, t)), roles(),
                   given_name_syllables())
