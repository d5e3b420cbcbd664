"""Sentences around an amount, for the report's counting passes (models.export.restated and
models.export.changes): where the sentence that holds an amount starts and ends, the sentences
before and after it, the amounts named shortly before it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from models.export.dedupe import SENTENCE_END, project_key
from models.text_cache import per_text


def next_sentence_end(text: str, hi: int) -> int:
    """Where the sentence after the one ending at ``hi`` ends (``hi`` itself at a blank line)."""
    m = SENTENCE_END.match(text, hi)
    if m is None or "\n\n" in text[hi:m.end() + 1]:
        return hi
    return sentence(text, m.end(), m.end())[1]


def sentences_ahead(text: str, pos: int, n: int) -> int:
    """Where the sentence ``n`` sentences after the one holding ``pos`` ends (not past a blank
    line)."""
    hi = sentence(text, pos, pos)[1]
    for _ in range(n):
        hi = next_sentence_end(text, hi)
    return hi


@per_text
def sentences_back(text: str, lo: int, n: int) -> int:
    """Where the sentence ``n`` sentences before the one starting at ``lo`` starts."""
    for _ in range(n):
        lo = sentence(text, max(0, lo - 2), max(0, lo - 2))[0]
    return lo


# Every counting pass asks for the sentences around the same amounts again (a document's
# amounts, a few dozen passes): computed once each, for the text being read (models.text_cache).
@per_text
def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds [start, end) (looked for up to 300 characters back)."""
    lo = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 300), start)),
             default=max(0, start - 300))
    hi = SENTENCE_END.search(text, end)
    return lo, hi.start() if hi else len(text)


def adds_up(total: float, acc: float) -> bool:
    """``acc`` is ``total``, but for the rounding of adding floats."""
    return abs(acc - total) <= 1e-9 * abs(total)


def back_within(amounts: Sequence[tuple[Any, ...]], j: int, reach: int) -> Iterator[int]:
    """Indices of the amounts before ``amounts[j]`` (each starting with its offset) that start at
    ``reach`` or later, nearest first."""
    for i in range(j - 1, -1, -1):
        if amounts[i][0] < reach:
            return
        yield i


def may_share_project(names: Sequence[str], owners: Sequence[str]) -> bool:
    """Two amounts may be of one project: either has none, or they share one."""
    return not names or not owners or share_project(names, owners)


def share_project(names: Sequence[str], owners: Sequence[str]) -> bool:
    """Two amounts fund one project (by :func:`~models.export.dedupe.project_key`)."""
    return bool({project_key(n) for n in names} & {project_key(n) for n in owners})


# "아리솔시는 …", "별담군이 …": a sentence whose subject is a body of its own
_BODY_SUBJECT = re.compile(r"\s*(?:[\[(][^\])\n]{0,20}[\])]\s*)?([가-힣]{2,8}(?:시|군|구|도|청|공사|공단))(?:는|은|가|이)\s")


def other_bodies(text: str, lo: int, lo2: int) -> bool:
    """The sentences starting at ``lo`` and ``lo2`` open with two different bodies as subjects
    ("별담시는 … 54억원을 세웠다. 아리솔시는 … 올해 예산은 38억원이다"): one's money is no
    part of the other's."""
    a, b = _BODY_SUBJECT.match(text, lo), _BODY_SUBJECT.match(text, lo2)
    return a is not None and b is not None and a.group(1) != b.group(1)


def in_quote(text: str, pos: int, single: bool = False) -> bool:
    """``pos`` is inside quoted words of its line ("… 150억원을 들여 … 만들겠다"고 말했다);
    ``single``: '…' counts as quotes too ('… 200억원 손실 보전' 약속설)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    if line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”"):
        return True
    return single and (line.count("'") % 2 == 1 or line.rfind("‘") > line.rfind("’"))
