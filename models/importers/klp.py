"""Reader for the 2016 Korean language processing contest NER layout (kmounlp/NER ``2016klp``).

One sentence per block, blocks separated by a blank line::

    ; <raw sentence>
    $<the same sentence with inline tags: <홍길동:PS>이 …>
    <eojeol number><TAB><morpheme><TAB><POS><TAB><B_PS | I | O>   (ignored here)

The inline ``$`` line is the source of the character spans, as in the KMOU reader: removing the
tags must give the raw ``;`` line back, otherwise the sentence is skipped and counted. The tags
follow the TTA five-tag set that KLUE uses (PS, LC, OG, DT, TI); countries are LC.

The set is non-commercial: it is read in place for evaluation and tests only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from models.domain import ImportedDoc, InputError, Span
from models.importers import kmou
from models.importers.kmou import KmouStats

LABEL_MAP: dict[str, str] = {
    "PS": "PERSON",
    "LC": "LOCATION",
    "OG": "ORG",
    "DT": "DATE",
    "TI": "TIME",
}
_TAG_RE = re.compile(r"<([^<>]+?):(" + "|".join(LABEL_MAP) + r")>")


def parse_inline(inline: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip ``<text:TAG>`` marks (the TTA tags); the plain text and (start, end, TAG) triples."""
    return kmou.parse_inline(inline, _TAG_RE)


def read_klp(path: Path, stats: KmouStats | None = None) -> Iterator[ImportedDoc]:
    """Yield one ImportedDoc per sentence; ``external_id`` is "<file name>#<block number>"."""
    path = Path(path)
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    lines = content.splitlines()
    number = 0
    found = False
    for i, line in enumerate(lines):
        if not line.startswith("; "):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not nxt.startswith("$"):
            raise InputError(str(path), "expected a '$' line with the tagged sentence", i + 2)
        found = True
        number += 1
        if stats is not None:
            stats.sentences += 1
        doc = _make_doc(path, number, line[2:], nxt[1:], i + 1)
        if doc is None:
            if stats is not None:
                stats.skipped += 1
                stats.skipped_where.append(f"{path.name}:{i + 1}")
            continue
        yield doc
    if not found and content.strip():
        raise InputError(str(path), "no '; <sentence>' lines: not a 2016klp NER file", 1)


def _make_doc(path: Path, number: int, raw: str, inline: str, line_no: int) -> ImportedDoc | None:
    raw = raw.rstrip()
    plain, triples = parse_inline(inline.rstrip())
    if plain != raw:
        return None
    text = unicodedata.normalize("NFC", raw)
    spans = []
    for start, end, tag in triples:
        if text != raw:  # NFC moved code points: recompute the offsets piecewise
            start, end = (len(unicodedata.normalize("NFC", raw[:start])),
                          len(unicodedata.normalize("NFC", raw[:end])))
        if start < end <= len(text):
            spans.append(Span(start, end, LABEL_MAP[tag], text[start:end], source="import",
                              score=1.0))
    return ImportedDoc(text=text, external_id=f"{path.name}#{number}", source_file=str(path),
                       spans=spans, line=line_no, meta={"corpus": "2016klp"})


def iter_klp(path: Path, stats: KmouStats | None = None) -> Iterator[ImportedDoc]:
    """Every sentence of a file, or of ner.train/ner.dev/ner.test (any ``ner.*``) in a folder."""
    path = Path(path)
    if path.is_dir():
        for f in sorted(path.glob("ner.*")):
            yield from read_klp(f, stats)
    else:
        yield from read_klp(path, stats)
