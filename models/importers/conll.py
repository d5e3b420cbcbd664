"""Word-level CoNLL files: one word per line with its tag in the last column.

Shapes met in the wild, all read here:

- ``word<TAB>B-ORG`` or ``word B-ORG`` (doccano's CoNLL export and its test fixture);
- CoNLL-2003, ``word POS chunk B-ORG``, with ``-DOCSTART-`` lines between documents;
- Naver NER (2018), ``1<TAB>word<TAB>ORG_B``: a word number first, tags ``X_B``/``X_I`` and
  ``-`` for outside.

Each sentence (block between blank lines) is one document, its words joined by one space; with
``-DOCSTART-`` lines, the sentences between two of them are one document, a sentence a line.
Tags map to our labels as in the KLUE reader (PER → PERSON, …); others keep their name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from models.domain import ImportedDoc, InputError, Span
from models.importers.encoding import decode_bytes
from models.importers.klue import _label, bio_spans
from models.progress import Progress
from models.textnorm import normalize

Item = ImportedDoc | InputError

_BIO = re.compile(r"(?:O|[BIES]-\S+)", re.IGNORECASE)
_NAVER = re.compile(r"([A-Za-z]+)_([BI])")  # Naver NER: ORG_B, PER_I
DOCSTART = "-DOCSTART-"


def word_tag(line: str) -> tuple[str, str] | None:
    """(word, BIO tag) of one line, or None when the line is not a word-and-tag line."""
    cols = line.split("\t") if "\t" in line else line.split()
    cols = [c.strip() for c in cols]
    if len(cols) < 2 or not cols[0]:
        return None
    if len(cols) == 3 and cols[0].isdigit():  # Naver: number, word, tag
        cols = cols[1:]
    tag = cols[-1]
    if tag == "-":
        tag = "O"
    elif m := _NAVER.fullmatch(tag):
        tag = f"{m.group(2)}-{m.group(1)}"
    if not _BIO.fullmatch(tag):
        return None
    return cols[0], tag


def looks_like_conll(lines: list[str]) -> bool:
    """At least 90% of the data lines are word-and-tag lines, some words longer than a
    character (character-level files are KLUE's)."""
    data = [ln for ln in lines if ln.strip() and not ln.startswith(DOCSTART)]
    if not data:
        return False
    pairs = [p for ln in data if (p := word_tag(ln)) is not None]
    return len(pairs) >= 0.9 * len(data) and any(len(w) > 1 for w, _ in pairs)


def _doc(path: str, sentences: list[list[tuple[str, str]]], line: int) -> ImportedDoc | None:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for words in sentences:
        if not words:
            continue
        if parts:
            parts.append("\n")
            pos += 1
        starts: list[int] = []
        for i, (word, _tag) in enumerate(words):
            if i:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(word)
            pos += len(word)
        for a, b, kind in bio_spans([t for _w, t in words]):
            spans.append((starts[a], starts[b - 1] + len(words[b - 1][0]), _label(kind)))
    raw = "".join(parts)
    if not raw.strip():
        return None
    norm = normalize(raw)
    out: list[Span] = []
    for start, end, label in spans:
        mapped = norm.map_span(start, end)
        if mapped is not None:
            out.append(Span(mapped[0], mapped[1], label, norm.text[mapped[0]:mapped[1]],
                            source="import"))
    return ImportedDoc(text=norm.text, source_file=path, spans=out, line=line)


def read_conll(path: Path, data: bytes | None = None,
               progress: Progress | None = None) -> Iterator[Item]:
    where = str(path)
    text = decode_bytes(path.read_bytes() if data is None else data, where)
    lines = text.split("\n")
    by_docstart = any(ln.startswith(DOCSTART) for ln in lines[:1000])
    sentences: list[list[tuple[str, str]]] = [[]]
    first = 1

    def flush() -> Iterator[Item]:
        nonlocal sentences
        doc = _doc(where, sentences, first)
        sentences = [[]]
        if doc is not None:
            yield doc

    for n, raw_line in enumerate(lines, 1):
        line = raw_line.rstrip("\r")
        if line.startswith(DOCSTART):
            yield from flush()
            first = n + 1
            continue
        if not line.strip():
            if sentences[-1]:
                if by_docstart:
                    sentences.append([])
                else:
                    yield from flush()
                    first = n + 1
            elif not any(sentences):
                first = n + 1
            continue
        pair = word_tag(line)
        if pair is None:
            yield InputError(where, f"line {n}: not a 'word tag' line: {line[:60]!r}", line=n)
            continue
        sentences[-1].append(pair)
    yield from flush()
    if progress is not None:
        progress(len(text), len(text))
