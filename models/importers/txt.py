"""A plain text file is one document; its first short line is taken as the title."""

from __future__ import annotations

from pathlib import Path

from models.domain import ImportedDoc, InputError
from models.importers.encoding import decode_bytes
from models.textnorm import normalize

MAX_TITLE_CHARS = 120


def guess_title(text: str, fallback: str | None) -> str | None:
    """The first non-blank line if it is short enough to be a headline, else ``fallback``."""
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line:
            return line if len(line) < MAX_TITLE_CHARS else fallback
    return fallback


def doc_from_text(raw: str, path: Path) -> ImportedDoc:
    """One document from the decoded content of ``path``."""
    # Surrounding blank lines and indentation carry no meaning; no spans to remap here.
    text = normalize(raw).text.strip()
    if not text:
        raise InputError(str(path), "empty file (only whitespace)")
    return ImportedDoc(
        text=text,
        title=guess_title(text, path.stem),
        source_file=str(path),
        line=1,
    )


def read_txt(path: Path, data: bytes | None = None) -> ImportedDoc:
    """Read ``path`` (or its already-read ``data``) as one document."""
    if data is None:
        data = path.read_bytes()
    return doc_from_text(decode_bytes(data, path), path)
