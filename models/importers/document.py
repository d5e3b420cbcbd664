"""Whole documents (PDF, HWP, HWPX, DOCX, saved web pages) as one ImportedDoc each.

Their text is built paragraph by paragraph (or page by page), so that the document remembers
where each one starts: ``meta["pages"]`` or ``meta["paragraphs"]`` is a list of ``[offset,
number]`` pairs (offset into the stored text, number as the source counts it, from 1), and
``meta["file"]`` the file's name. A report can then say "p. 12" beside an amount.

Every piece is normalised here, line by line, and the pieces are joined by line breaks: the
registry's normalisation finds nothing left to change, so the offsets stay true.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.domain import ImportedDoc, InputError
from models.textnorm import normalize

UNIT_KEYS = {"page": "pages", "paragraph": "paragraphs"}


def clean_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, normalised, runs of spaces made one."""
    return [line for raw in normalize(text).text.split("\n") if (line := " ".join(raw.split()))]


@dataclass(slots=True)
class Pieces:
    unit: str  # "page" or "paragraph"
    parts: list[str] = field(default_factory=list)
    starts: list[list[int]] = field(default_factory=list)
    length: int = 0

    def add(self, number: int, text: str) -> None:
        lines = clean_lines(text)
        if not lines:
            return
        piece = "\n".join(lines)
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        self.starts.append([self.length, number])
        self.parts.append(piece)
        self.length += len(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def doc(self, path: Path, *, title: str | None = None, empty: str,
            **meta: Any) -> ImportedDoc:
        """The document; ``empty`` is the problem to report when no text was found."""
        text = self.text
        if not text.strip():
            raise InputError(str(path), empty)
        out = {"file": path.name, UNIT_KEYS[self.unit]: self.starts}
        out.update({k: v for k, v in meta.items() if v not in (None, "", [], {})})
        return ImportedDoc(text=text, title=title or guess_title(text) or path.stem,
                           source_file=str(path), meta=out, line=1)


def guess_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 120 else None


def locate(meta: dict[str, Any] | None, offset: int) -> tuple[str, int] | None:
    """("page" or "paragraph", its number) of the piece that holds ``offset``, if recorded."""
    for unit, key in UNIT_KEYS.items():
        starts = (meta or {}).get(key)
        if isinstance(starts, list) and starts:
            i = bisect.bisect_right([s[0] for s in starts], offset) - 1
            return (unit, int(starts[max(i, 0)][1]))
    return None
