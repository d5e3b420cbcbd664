"""Code points (the store) ↔ positions in the Qt text view: the one place that converts.

The core counts Python code points into NFC text. The article view differs in two ways:

* Qt counts UTF-16 code units, in which every character outside the Basic Multilingual Plane
  (emoji, rare Hanja in plane 2, …) takes two units;
* with ``paragraph_gap`` the view shows a blank line between paragraphs (QPlainTextEdit has no
  paragraph spacing), i.e. each single ``\\n`` is displayed as ``\\n\\n``.

Both insert one extra unit right after a known code point, so one sorted list of those code
points ("marks") converts in O(log k) with a binary search, k = marks. A pure-BMP text without
the gap needs no table at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SINGLE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


class OffsetMap:
    """Converts offsets for one text. Build it once per document, reuse it for every span."""

    __slots__ = ("_gap", "_marks_cp", "_marks_qt", "cp_length", "display_text", "u16_length")

    def __init__(self, text: str, *, paragraph_gap: bool = False) -> None:
        self.cp_length = len(text)
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        gaps = [m.start() for m in _SINGLE_NEWLINE.finditer(text)] if paragraph_gap else []
        marks = sorted(astral + gaps) if gaps and astral else (astral or gaps)
        gap_set = set(gaps)
        # For each mark: its code point, its Qt position, and whether it is a paragraph gap.
        self._marks_cp: list[int] = marks
        self._marks_qt: list[int] = [cp + i for i, cp in enumerate(marks)]
        self._gap: list[bool] = [cp in gap_set for cp in marks] if gaps else []
        self.u16_length = self.cp_length + len(marks)
        self.display_text = _SINGLE_NEWLINE.sub("\n\n", text) if gaps else text

    @property
    def is_identity(self) -> bool:
        return not self._marks_cp

    def to_qt(self, cp: int) -> int:
        """Qt position of the code point ``cp`` (``cp`` may equal the text length)."""
        if not self._marks_cp:
            return cp
        return cp + bisect_left(self._marks_cp, cp)

    def to_store(self, qt: int) -> int:
        """Code-point index of the Qt position ``qt``.

        A position inside a surrogate pair (a mouse hit in the middle of an emoji) maps to the
        start of that character; a position on the blank line between two paragraphs maps to
        the start of the next paragraph.
        """
        if not self._marks_cp:
            return qt
        before = bisect_left(self._marks_qt, qt)  # marks whose character starts before qt
        if before and self._marks_qt[before - 1] == qt - 1:
            # qt is the extra unit of the mark just before it.
            cp = self._marks_cp[before - 1]
            return cp + 1 if self._gap and self._gap[before - 1] else cp
        return qt - before

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_to_store(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection as code points; an end inside a surrogate pair takes the character."""
        s = self.to_store(start)
        e = self.to_store(end)
        if self._marks_cp and e < self.cp_length:
            i = bisect_left(self._marks_qt, end - 1)
            inside_pair = (i < len(self._marks_qt) and self._marks_qt[i] == end - 1
                           and not (self._gap and self._gap[i]))
            if inside_pair:
                e += 1
        return s, max(s, e)


def utf16_len(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))
