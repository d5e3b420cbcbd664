"""A plain text file is one document; its first short line is taken as the title."""

from __future__ import annotations

import re
from pathlib import Path

from models.domain import ImportedDoc, InputError
from models.importers.encoding import decode_bytes
from models.textnorm import normalize

MAX_TITLE_CHARS = 120


# "보도자료", "[보도자료]", "보도자료 | 은하시 스마트도시과", "보도참고자료": a press release's label
# line above its headline, no headline itself
# ("[보도자료] …", "보도자료 | 해솔시", "미르시 보도자료(2026. 2. 3., 안전정책과)")
LABEL_LINE = re.compile(r"(?:[가-힣]{1,10}\s)?[\[(【<]?\s*보도\s?(?:참고\s?)?자료\s*[\])】>]?(?:\s*[|·:\-–(（].*)?")
# "[바로잡습니다] 11일 출고된 이 기사에서 …": a correction notice put above the headline
NOTICE_LINE = re.compile(r"(?:※\s*)?[\[【<]\s*(?:바로잡습니다|정정(?:\s?보도)?|정정합니다)\s*[\]】>].*")


def preamble(head: str) -> bool:
    """Every line of ``head`` is blank, a press release's label or a correction notice: what
    may stand above a headline."""
    return all(not line.strip() or LABEL_LINE.fullmatch(" ".join(line.split()))
               or NOTICE_LINE.fullmatch(line.strip()) for line in head.split("\n"))


def guess_title(text: str, fallback: str | None) -> str | None:
    """The first non-blank line if it is short enough to be a headline, else ``fallback``; under
    a press release's label line (보도자료 …) or a correction notice ([바로잡습니다] …), the line
    after it."""
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line and not LABEL_LINE.fullmatch(line) and not NOTICE_LINE.fullmatch(line):
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
