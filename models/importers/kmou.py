"""Reader for the KMOU Korean NER corpus (kmounlp/NER, "말뭉치 - 형태소_개체명").

One file holds several sentences, each introduced by three header lines::

    ## 17
    ## <raw sentence>
    ## <the same sentence with inline tags: <오에 겐자부로:PER>는 <일본:LOC> …>
    surface<TAB>lemma<TAB>POS<TAB>BIO      (morpheme lines, ignored here)
    (blank line)

The inline-tagged third line is the source of the character spans: removing the tags must give
the raw second line back, otherwise the sentence is skipped (and counted) rather than guessed.
The EXOBRAIN_NE_CORPUS_*.txt files of the same folder use the very same layout (one of them
starts with a UTF-8 BOM), so they are read with the same code.

The corpus is non-commercial: it is read in place for evaluation and tests only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from models.domain import ImportedDoc, InputError, Span

# KMOU tag -> our label. DUR/TIM/POH have no built-in counterpart; they keep their own names so
# that an evaluation can report (or ignore) them explicitly.
LABEL_MAP: dict[str, str] = {
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "LOCATION",
    "DAT": "DATE",
    "MNY": "MONEY",
    "NOH": "QUANTITY",
    "PNT": "QUANTITY",
    "DUR": "DURATION",
    "TIM": "TIME",
    "POH": "POH",
}

# The text between "<" and ":TAG>" never contains "<" or ">": this makes literal angle brackets
# of the sentence ("<<트럼보:POH>>") fall outside the tag. Non-greedy so "<10:30:TIM>" still works
# (the regex backtracks to the colon that is followed by a known tag).
_TAG_RE = re.compile(r"<([^<>]+?):(" + "|".join(LABEL_MAP) + r")>")
_NUMBER_HEADER_RE = re.compile(r"## ?\d+\s*$")


@dataclass(slots=True)
class KmouStats:
    """Counts filled in while reading (pass one to the readers to learn what was skipped)."""

    sentences: int = 0
    skipped: int = 0
    skipped_where: list[str] = field(default_factory=list)  # "file:line" of each skipped one


def parse_inline(inline: str, marks: re.Pattern[str] = _TAG_RE
                 ) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip ``<text:TAG>`` marks; return the plain text and (start, end, TAG) triples.

    ``marks`` matches one mark with the text and the tag as groups 1 and 2 (2016klp's tags
    differ from KMOU's, its marks do not)."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in marks.finditer(inline):
        before = inline[pos : m.start()]
        parts.append(before)
        length += len(before)
        inner = m.group(1)
        parts.append(inner)
        spans.append((length, length + len(inner), m.group(2)))
        length += len(inner)
        pos = m.end()
    parts.append(inline[pos:])
    return "".join(parts), spans


def _header_text(line: str) -> str | None:
    """The content of a "## " header line, or None if the line is not a header."""
    if not line.startswith("##"):
        return None
    rest = line[2:]
    return rest[1:] if rest.startswith(" ") else rest


def read_kmou(path: Path, stats: KmouStats | None = None) -> Iterator[ImportedDoc]:
    """Yield one ImportedDoc per sentence of a KMOU file.

    ``ImportedDoc.line`` is the line number (1-based) of the sentence's raw-text header, and
    ``external_id`` is "<file stem>#<sentence number>". Raises InputError when the file does not
    follow the three-header layout.
    """
    path = Path(path)
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
    try:
        content = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text (byte {exc.start})") from exc

    lines = content.splitlines()
    i = 0
    n = len(lines)
    found_any = False
    while i < n:
        line = lines[i]
        if not _NUMBER_HEADER_RE.match(line):
            i += 1  # morpheme lines and blank lines
            continue
        number = line[2:].strip()
        if i + 2 >= n:
            raise InputError(str(path), f"sentence {number}: missing header lines", i + 1)
        raw = _header_text(lines[i + 1])
        inline = _header_text(lines[i + 2])
        if raw is None or inline is None:
            bad_line = i + 2 if raw is None else i + 3  # 1-based number of the offending line
            raise InputError(
                str(path), f"sentence {number}: expected two '## ' lines after '## {number}'", bad_line
            )
        found_any = True
        raw_line_no = i + 2
        i += 3
        if stats is not None:
            stats.sentences += 1
        doc = _make_doc(path, number, raw, inline, raw_line_no)
        if doc is None:
            if stats is not None:
                stats.skipped += 1
                stats.skipped_where.append(f"{path.name}:{raw_line_no}")
            continue
        yield doc
    if not found_any and content.strip():
        raise InputError(str(path), "no '## <number>' sentence headers: not a KMOU NER file", 1)


def _make_doc(path: Path, number: str, raw: str, inline: str, line_no: int) -> ImportedDoc | None:
    raw = raw.rstrip("\r\n")
    plain, triples = parse_inline(inline.rstrip("\r\n"))
    # Trailing blanks are not meaningful and are sometimes uneven between the two lines.
    if plain.rstrip() != raw.rstrip():
        return None
    text = unicodedata.normalize("NFC", raw.rstrip())
    if text != raw.rstrip():
        # Normalisation moved code points: recompute each span on the NFC text piecewise.
        spans = _spans_after_nfc(raw.rstrip(), triples)
    else:
        spans = [(s, e, t) for s, e, t in triples]
    out: list[Span] = []
    for start, end, tag in spans:
        if start >= end or end > len(text):
            continue
        out.append(
            Span(start, end, LABEL_MAP[tag], text[start:end], source="import", score=1.0)
        )
    return ImportedDoc(
        text=text,
        external_id=f"{path.stem}#{number}",
        source_file=str(path),
        spans=out,
        line=line_no,
        meta={"corpus": "kmou", "sentence": number},
    )


def _spans_after_nfc(raw: str, triples: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    for start, end, tag in triples:
        new_start = len(unicodedata.normalize("NFC", raw[:start]))
        new_end = new_start + len(unicodedata.normalize("NFC", raw[start:end]))
        out.append((new_start, new_end, tag))
    return out


def kmou_files(folder: Path) -> list[Path]:
    """The corpus files of a KMOU folder in sorted order: *_NER.txt, then EXOBRAIN_NE_CORPUS_*."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder")
    ner = sorted(folder.glob("*_NER.txt"))
    exo = sorted(p for p in folder.glob("EXOBRAIN*.txt") if p not in ner)
    return ner + exo


def iter_kmou_corpus(folder: Path, stats: KmouStats | None = None) -> Iterator[ImportedDoc]:
    """Every sentence of every corpus file of ``folder`` (see :func:`kmou_files`)."""
    for path in kmou_files(folder):
        yield from read_kmou(path, stats)
