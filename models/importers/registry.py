"""Pick the reader for a file (by --format, by extension, by a look at the content) and run it.

Readers yield documents and, for bad lines/rows, InputError items; here those errors are raised
(the default) or collected in ``ReadResult.skipped`` (``skip_invalid``). Errors that concern the
whole file (binary, empty, undecodable, not a workbook, no text column) are always raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from models.domain import ImportedDoc, InputError, Span
from models.importers.encoding import decode_bytes
from models.importers.jsonl import read_jsonl
from models.importers.klue import read_klue
from models.importers.limits import check_file_size, document_too_long
from models.importers.tables import ColumnMap, read_csv, read_xlsx
from models.importers.txt import doc_from_text
from models.progress import Progress
from models.textnorm import normalize

FORMATS = ("txt", "csv", "tsv", "xlsx", "bigkinds", "jsonl", "json", "klue", "bio", "kmou")
SUPPORTED_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json",
                      ".bio", ".conll")
_SUFFIX_FORMAT = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".jsonl": "jsonl",
                  ".ndjson": "jsonl", ".json": "jsonl"}
_SNIFFED = (".txt", ".tsv", ".bio", ".conll")  # plain text, a table or a BIO file: look inside


@dataclass(slots=True)
class ReadResult:
    docs: list[ImportedDoc] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)  # bad lines, with skip_invalid


_BIO_TAG = re.compile(r"(?:O|[BIES]-\S+)", re.IGNORECASE)
_KMOU_HEADER = re.compile(r"\ufeff?## ?\d+\s*$")


def sniff_text_format(text: str) -> str:
    """'kmou', 'klue' or 'txt' from the first lines of a decoded text file.

    KMOU: "## <number>" headers and morpheme lines ``surface<TAB>lemma<TAB>POS<TAB>BIO``.
    KLUE: ``char<TAB>BIO`` lines. Anything else is prose.
    """
    four = two = other = 0
    kmou_header = False
    for line in text[:32 * 1024].split("\n")[:300]:
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("##") or line.startswith("\ufeff##"):
            kmou_header = kmou_header or bool(_KMOU_HEADER.match(line))
            continue
        cols = line.split("\t")
        if len(cols) == 4 and _BIO_TAG.fullmatch(cols[3].strip()):
            four += 1
        elif len(cols) == 2 and len(cols[0]) == 1 and _BIO_TAG.fullmatch(cols[1].strip()):
            two += 1
        else:
            other += 1
    data = four + two + other
    if data and four >= 0.9 * data and kmou_header:
        return "kmou"
    if data and two >= 0.9 * data:
        return "klue"
    return "txt"


def _format_for(path: Path, fmt: str | None) -> str:
    where = str(path)
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in FORMATS:
            raise InputError(where, f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
        if fmt == "bigkinds":
            return "xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv"
        return "klue" if fmt == "bio" else fmt
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputError(where, "old .xls workbooks are not supported; save it as .xlsx")
    if suffix in _SUFFIX_FORMAT:
        return _SUFFIX_FORMAT[suffix]
    if suffix in _SNIFFED:
        return "sniff"
    raise InputError(
        where,
        f"unsupported file type '{suffix or path.name}'; supported: "
        f"{', '.join(SUPPORTED_SUFFIXES)} (or give --format)",
    )


def _kmou(path: Path) -> Iterator[ImportedDoc]:
    try:
        from models.importers.kmou import read_kmou
    except ImportError:  # pragma: no cover - the module ships with the package
        raise InputError(str(path), "the KMOU reader is not available") from None
    yield from read_kmou(path)


def ensure_normalized(doc: ImportedDoc) -> ImportedDoc | InputError:
    """Re-normalise a document from a reader that only did NFC (spans remapped)."""
    norm = normalize(doc.text)
    if norm.text == doc.text:
        return doc
    spans: list[Span] = []
    for span in doc.spans:
        mapped = norm.map_span(span.start, span.end)
        if mapped is None:
            where = doc.source_file or "?"
            return InputError(
                where,
                f"line {doc.line}: span {span.start}..{span.end} {span.label} does not fit the "
                "normalised text",
                line=doc.line,
            )
        spans.append(replace(span, start=mapped[0], end=mapped[1],
                             text=norm.text[mapped[0] : mapped[1]]))
    return replace(doc, text=norm.text, spans=spans)


def _items(
    path: Path, fmt: str, columns: ColumnMap | None, progress: Progress | None
) -> Iterator[ImportedDoc | InputError]:
    where = str(path)
    if fmt == "xlsx":
        yield from read_xlsx(path, columns, progress)
        return
    if fmt == "kmou":
        yield from _kmou(path)
        return
    data = path.read_bytes()
    text: str | None = None
    if fmt == "sniff":
        text = decode_bytes(data, where)
        fmt = sniff_text_format(text)
        if fmt == "txt" and path.suffix.lower() == ".tsv":
            fmt = "tsv"
        if fmt == "kmou":
            yield from _kmou(path)
            return
    if fmt in ("csv", "tsv"):
        yield from read_csv(path, data, columns, progress, "\t" if fmt == "tsv" else None)
    elif fmt in ("jsonl", "json"):
        yield from read_jsonl(path, data, progress)
    elif fmt == "klue":
        yield from read_klue(path, data, progress)
    else:
        yield doc_from_text(text if text is not None else decode_bytes(data, where), path)
        if progress is not None:
            progress(len(data), len(data))


def read_file(
    path: Path | str,
    *,
    fmt: str | None = None,
    columns: ColumnMap | None = None,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ReadResult:
    """Read every document of one file.

    ``fmt``: one of FORMATS, else chosen by extension (and content for .txt/.tsv/.bio/.conll).
    ``columns``: table columns for the document fields (None = auto-detect).
    ``progress(done, total)``: called now and then; units are characters for text formats and
    rows for workbooks. Raises InputError for a file that cannot be read, and for the first bad
    line/row unless ``skip_invalid``. Every message is one line, whatever the file held.
    """
    try:
        result = _read_file(Path(path), fmt, columns, skip_invalid, progress)
    except InputError as err:
        raise one_line(err) from None
    result.skipped = [one_line(e) for e in result.skipped]
    return result


def one_line(err: InputError) -> InputError:
    """The error with line breaks in its path and problem (from a label, a file name, a
    library's message) turned into spaces: messages are one line, for the CLI and the logs."""
    if len(str(err).splitlines()) <= 1:
        return err
    flat = InputError(" ".join(err.path.splitlines()), " ".join(err.problem.splitlines()),
                      err.line)
    return flat


def _read_file(
    path: Path,
    fmt: str | None,
    columns: ColumnMap | None,
    skip_invalid: bool,
    progress: Progress | None,
) -> ReadResult:
    where = str(path)
    if not path.exists():
        raise InputError(where, "file not found")
    if path.is_dir():
        raise InputError(where, "is a folder, not a file")
    if not path.is_file():  # reading a pipe or a device would wait forever
        raise InputError(where, "not a regular file (a pipe, socket or device)")
    kind = _format_for(path, fmt)
    result = ReadResult()
    try:
        # Guessed kinds (.txt, .tsv, .bio …) are decoded whole to be guessed: the smaller limit.
        check_file_size(path, path.stat().st_size, one_document=kind in ("txt", "sniff"))
        for item in _items(path, kind, columns, progress):
            if isinstance(item, ImportedDoc):
                if item.source_file is None:
                    item.source_file = where
                item = ensure_normalized(item)
                if isinstance(item, ImportedDoc) and (long := document_too_long(item.text)):
                    item = InputError(where, (f"line {item.line}: " if item.line else "") + long,
                                      line=item.line)
            if isinstance(item, InputError):
                if not skip_invalid:
                    raise item
                result.skipped.append(item)
            else:
                result.docs.append(item)
    except OSError as err:
        raise InputError(where, f"cannot read: {err.strerror or err}") from None
    if not result.docs and not result.skipped:
        raise InputError(where, "no documents found in the file")
    return result


def iter_files(paths: Iterable[Path | str]) -> list[Path]:
    """The given files, and the supported files inside given folders (recursively, sorted).

    Hidden files and Office lock files ("~$report.xlsx") inside folders are left out; a file
    named explicitly is always kept, so that reading it explains what is wrong with it.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)

    for given in paths:
        p = Path(given)
        if not p.is_dir():
            add(p)
            continue
        found = [
            f for f in p.rglob("*")
            if f.is_file()
            and f.suffix.lower() in SUPPORTED_SUFFIXES
            and not any(part.startswith((".", "~$")) for part in f.relative_to(p).parts)
        ]
        for f in sorted(found, key=lambda f: str(f.relative_to(p)).casefold()):
            add(f)
    return out
