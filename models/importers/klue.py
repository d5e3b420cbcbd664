"""KLUE-style character-level BIO files: one sentence = one document with gold spans.

Layout (KLUE NER, klue-ner-v1.1_*.tsv)::

    ## klue-ner-v1_train_00001_nsmc<TAB>raw sentence    <- comment: sentence id and text
    정<TAB>B-PS
    부<TAB>I-PS
     <TAB>O                                           <- a space is a character too
    (blank line between sentences)

KLUE tags PS, LC, OG, DT, TI, QT and the older PER/LOC/ORG/DAT/TIM/MNY are mapped to our labels;
any other tag keeps its name. BIOES prefixes (S-, E-) and a bare I- after O (IOB1) are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from models.domain import ImportedDoc, InputError, Span
from models.importers.encoding import decode_bytes
from models.progress import Progress
from models.textnorm import normalize

Item = ImportedDoc | InputError

TAG_LABELS: dict[str, str] = {
    "PS": "PERSON", "PER": "PERSON", "PERSON": "PERSON",
    "LC": "LOCATION", "LOC": "LOCATION", "LOCATION": "LOCATION",
    "OG": "ORG", "ORG": "ORG", "ORGANIZATION": "ORG",
    "DT": "DATE", "DAT": "DATE", "DATE": "DATE",
    "TI": "TIME", "TIM": "TIME", "TIME": "TIME",
    "QT": "QUANTITY", "QUANTITY": "QUANTITY",
    "MNY": "MONEY", "MONEY": "MONEY",
}


# KLUE v1.1 puts the sentence with inline tags in the comment: "<한국:LC> 영화 …".
_INLINE_TAG = re.compile(r"<([^<>]+?):([A-Z]{2,3})>")
# A sentence id in a comment: ASCII, with a digit ("klue-ner-v1_dev_00001_news", "17").
_ID = re.compile(r"[A-Za-z0-9_.\-]*[0-9][A-Za-z0-9_.\-]*")


@dataclass(slots=True)
class _Sentence:
    first_line: int
    ident: str | None = None
    raw: str | None = None
    chars: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _label(tag: str) -> str:
    return TAG_LABELS.get(tag.upper(), tag)


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, TAG) runs of a BIO/IOB1/BIOES tag sequence, indices into the tag list."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""

    def close(end: int) -> None:
        nonlocal start, kind
        if start >= 0:
            out.append((start, end, kind))
        start, kind = -1, ""

    for i, tag in enumerate(tags):
        prefix, _, name = tag.partition("-")
        prefix = prefix.upper()
        if prefix in ("B", "S") or (prefix in ("I", "E") and name != kind):
            close(i)
            start, kind = i, name
        if prefix in ("S", "E"):
            close(i + 1)
        elif prefix == "O":
            close(i)
    close(len(tags))
    return out


def _check_tag(tag: str) -> bool:
    if tag.upper() == "O":
        return True
    prefix, dash, name = tag.partition("-")
    return bool(dash) and prefix.upper() in ("B", "I", "E", "S") and bool(name)


def _doc(path: str, sent: _Sentence) -> ImportedDoc:
    raw = "".join(sent.chars)
    norm = normalize(raw)
    text = norm.text
    if not text.strip():
        raise InputError(path, f"line {sent.first_line}: empty sentence", line=sent.first_line)
    spans: list[Span] = []
    for start, end, tag in bio_spans(sent.tags):
        mapped = norm.map_span(start, end)
        if mapped is None:
            raise InputError(
                path,
                f"line {sent.first_line}: the {tag} span at {start}..{end} does not fit the "
                "normalised sentence",
                line=sent.first_line,
            )
        s, e = mapped
        spans.append(Span(s, e, _label(tag), text[s:e], source="import"))
    meta: dict[str, str] = {}
    if sent.raw is not None and normalize(_INLINE_TAG.sub(r"\1", sent.raw)).text != text:
        meta["comment_text"] = sent.raw  # the "##" text disagrees with the characters: keep it
    return ImportedDoc(
        text=text,
        external_id=sent.ident,
        source_file=path,
        meta=meta,
        spans=spans,
        line=sent.first_line,
    )


def _comment(sent: _Sentence, body: str) -> None:
    """KLUE: "## id<TAB>text". Other tools: "## id" then "## text" on the next comment line."""
    ident, tab, rest = body.partition("\t")
    if tab:
        sent.ident, sent.raw = ident.strip() or None, rest
        return
    first, space, rest = body.strip().partition(" ")
    if sent.ident is None and _ID.fullmatch(first):
        sent.ident = first
        if space and sent.raw is None:
            sent.raw = rest  # konec style: "## klue-ner-v1_train_00025_nsmc 이동욱님 …"
    elif sent.raw is None:
        sent.raw = body


def read_klue(
    path: Path, data: bytes | None = None, progress: Progress | None = None
) -> Iterator[Item]:
    """Sentences of a char-level BIO file as documents; bad sentences are yielded as errors."""
    where = str(path)
    if data is None:
        data = path.read_bytes()
    lines = decode_bytes(data, where).split("\n")
    total = len(lines)
    sent: _Sentence | None = None
    bad: InputError | None = None

    def flush() -> Iterator[Item]:
        if sent is None or (not sent.chars and bad is None):
            return
        if bad is not None:
            yield bad
            return
        try:
            yield _doc(where, sent)
        except InputError as err:
            yield err

    for n, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        if progress is not None and n % 5000 == 0:
            progress(n, total)
        if not line.strip():  # KLUE also separates some sentences with a line of one TAB
            yield from flush()
            sent, bad = None, None
            continue
        if sent is None:
            sent = _Sentence(first_line=n)
        if line.startswith("##"):
            if not sent.chars:
                _comment(sent, line[2:].removeprefix(" "))
            continue
        if bad is not None:
            continue
        char, tab, tag = line.rpartition("\t")
        tag = tag.strip()
        if not tab or "\t" in char:
            bad = InputError(
                where, f"line {n}: expected 'character<TAB>tag', got {line[:40]!r}", line=n
            )
        elif len(char) != 1:
            bad = InputError(
                where, f"line {n}: expected one character before the tab, got {char!r}", line=n
            )
        elif not _check_tag(tag):
            bad = InputError(where, f"line {n}: bad BIO tag {tag!r}", line=n)
        else:
            sent.chars.append(char)
            sent.tags.append(tag)
    yield from flush()
    if progress is not None:
        progress(total, total)
