"""Projects named as the object of a verb that makes them, for models.nlp.projects:

* "X를 조성한다", "X를 추진한다", "X를 짓는다" (추진·조성·건립·건설·구축·유치·착공·개발·확충·
  만들·짓·세우·도입): X is a project whatever its last word (…단지 고도화, …복합 타운);
* "N원을 들여 X를 짓는다", "N원을 투입해 X를 만든다": the amount comes first and funds that X;
* "X의 총사업비는 N원", "X의 예산 N원": the cost of X;
* "X는 … 추진하는 사업이다": the topic a sentence defines as a project (one word will do for a
  named line: "서부내륙선은 … 철도 사업이다").

Korean puts the object right before its verb, so the noun phrase ending in 을/를 before such a
verb is the thing made; a phrase of one word ("사업을 추진한다") names nothing and is left out.
Both only in a sentence with an amount or up to two sentences before one: in other prose "3자
면담을 추진한다" is no policy project.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, Protocol

from models.domain import Span
from models.nlp.sentence_ids import SentenceIds


class _PieceList(Protocol):
    """projects' pieces: indexed, not iterated (each is made when first asked for)."""

    def __len__(self) -> int: ...
    def __getitem__(self, i: int) -> Any: ...  # projects.Piece


class ProjectFinder(Protocol):
    """What these rules use of models.nlp.projects' finder (not imported: it imports us)."""

    @property
    def text(self) -> str: ...
    @property
    def pieces(self) -> _PieceList: ...
    @property
    def by_start(self) -> dict[int, int]: ...
    @property
    def starts(self) -> list[int]: ...  # of the pieces
    @property
    def ends(self) -> list[int]: ...
    @property
    def sentence_of(self) -> SentenceIds: ...

    def _strip_particle(self, i: int) -> tuple[int, str]: ...
    def _phrase_start(self, last: int) -> tuple[int, int, str]: ...
    def _add(self, first: int, end: int, score: float) -> tuple[int, int] | None: ...
    def is_near_money(self, pos: int) -> bool: ...
    def word_count(self, first: int, last: int) -> int: ...

_MAKE = re.compile(r"(?:추진|조성|건립|건설|구축|유치|착공|개발|확충|신설|도입|설립|만들|만든|짓|지어|교체|설치|보강|개설|"
                   r"세우|세운)")
# a making verb at the start of a word after a space: what object_phrases looks for
_MAKE_WORD = re.compile(r"(?<=\s)" + _MAKE.pattern)
_SPEND_FIRST = re.compile(r"(?:을|를)\s+(?:들여|들여서|투입해|투입하여|투자해|투자하여|쏟아)\s")
_OBJECT = ("을", "를")


def object_phrases(f: ProjectFinder) -> None:
    """Record every "X를 <making verb>" phrase of two words or more as a project (score 0.5)."""
    pieces = f.pieces
    # Only where a making verb starts a word after a space (a regex scan, not a test per word).
    for verb in _MAKE_WORD.finditer(f.text):
        i = f.by_start.get(verb.start(), 0) - 1
        if i < 0:
            continue
        p = pieces[i]
        if not p.word or not f.is_near_money(p.start):
            continue
        noun_end, particle = f._strip_particle(i)
        if particle not in _OBJECT or noun_end <= p.start:
            continue
        first = f._phrase_start(i)[0]
        if f.word_count(first, i) >= 2:
            f._add(first, noun_end, 0.5)


_DEFINED = re.compile(r"(?:사업|과제|프로젝트|공약)(?:이다|이었다|다)[.\n]")
# one word is enough for a named line or crossing: "서부내륙선은 … 잇는 철도 사업이다"
_NAMED_WORKS = ("선", "철도", "고속도로", "공항", "대교", "터널", "신항")
# …but not a kind of work on its own: "고속도로는 국가가 짓는 사업이다"
_KINDS_OF_WORKS = frozenset({"고속도로", "도시철도", "광역철도", "고속철도", "일반철도", "경전철",
                             "지하철", "신공항", "국제공항", "공항", "철도", "노선", "전철"})


def defined_topics(f: ProjectFinder) -> None:
    """"안성 반도체 특화단지는 경기도가 유치를 추진하는 사업이다": the topic the sentence
    defines as a project (two words or more) is one."""
    text, pieces = f.text, f.pieces
    for d in _DEFINED.finditer(text):
        if not f.is_near_money(d.start()):
            continue
        # the sentence's start (not the last ".", which may be a decimal point: 38.5㎞)
        lo = f.sentence_of.start(d.start())
        for i in range(bisect_left(f.starts, lo), len(pieces)):
            p = pieces[i]
            if not p.word:
                continue
            if p.start >= d.start():
                break
            noun_end, particle = f._strip_particle(i)
            if particle in ("은", "는"):
                first = f._phrase_start(i)[0]
                one = text[p.start : noun_end]
                named = len(one) >= 3 and one.endswith(_NAMED_WORKS) and one not in _KINDS_OF_WORKS
                if (f.word_count(first, i) >= 2 or named) and pieces[first].start >= lo:
                    f._add(first, noun_end, 0.5)
                break


def spend_first(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """"N원을 들여 (…에) X를 짓는다": money index → the X it funds."""
    out: dict[int, tuple[int, int]] = {}
    text, pieces = f.text, f.pieces
    for mi, m in enumerate(money):
        if _SPEND_FIRST.match(text, m.end) is None:
            continue
        k = f.by_start.get(m.end)
        k = (k if k is not None else _piece_at(f, m.end)) or 0
        for i in range(k + 1, min(len(pieces) - 1, k + 12)):
            p = pieces[i]
            if not p.word:
                break
            noun_end, particle = f._strip_particle(i)
            if particle not in _OBJECT:
                continue
            nxt = pieces[i + 1]
            if nxt.word and _MAKE.match(nxt.text) is not None:
                first = f._phrase_start(i)[0]
                key = f._add(first, noun_end, 0.6) if f.word_count(first, i) >= 2 else None
                if key:
                    out[mi] = key
            break
    return out


# Ends of the names of things built: "N원의 X", "X는 사업비가 N원"
FACILITIES = ("센터", "시설", "단지", "산단", "공원", "도로", "철도", "병원", "청사", "항만", "공항",
              "캠퍼스", "타운", "밸리", "클러스터", "기지", "플랫폼", "도서관", "체육관", "박물관",
              "파크", "타워")
_COST_OF = re.compile(r"의\s+(?:총\s?)?(?:사업비|예산|설계비|건설비|공사비|투자비|비용)"
                      r"(?:는|은|가|로|만)?\s+(?:(?:약|총|모두)\s+)?$")
_TOPIC_COST = re.compile(r"(?:은|는)\s+(?:총\s?)?(?:사업비|건설비|공사비|투자비)(?:는|은|가|로|만)?\s+"
                         r"(?:(?:약|총|모두)\s+)?$")


def genitive_cost(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """"X의 총사업비는 N원": money index → X; "X는 사업비가 N원" where X names a thing built
    (국제테마파크는 사업비가 N원에 이른다)."""
    out: dict[int, tuple[int, int]] = {}
    for mi, m in enumerate(money):
        c = _COST_OF.search(f.text, max(0, m.start - 20), m.start)
        topic = c is None
        if c is None:
            c = _TOPIC_COST.search(f.text, max(0, m.start - 20), m.start)
        last = index_at(f.ends, c.start() + 1) if c is not None else None
        if c is None or last is None or not f.pieces[last].word:
            continue
        first = f._phrase_start(last)[0]
        if f.text.endswith(FACILITIES, 0, c.start()) if topic else f.word_count(first, last) >= 2:
            key = f._add(first, c.start(), 0.6)
            if key:
                out[mi] = key
    return out


def _piece_at(f: ProjectFinder, pos: int) -> int | None:
    """The piece holding ``pos`` or the first after it: the first that ends after it."""
    i = bisect_right(f.ends, pos)
    return i if i < len(f.ends) else None


def index_at(offsets: list[int], offset: int) -> int | None:
    """The index of ``offset`` in the increasing ``offsets``, or None."""
    k = bisect_left(offsets, offset)
    return k if k < len(offsets) and offsets[k] == offset else None
