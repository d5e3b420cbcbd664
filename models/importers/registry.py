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

from models.domain import EmptyText, ImportedDoc, InputError, Span
from models.importers.conll import looks_like_conll, read_conll
from models.importers.encoding import decode_bytes
from models.importers.jsonl import read_jsonl
from models.importers.klue import read_klue
from models.importers.limits import check_file_size, document_too_long
from models.importers.tables import ColumnMap, read_csv, read_xlsx
from models.importers.txt import doc_from_text
from models.progress import Progress
from models.textnorm import normalize

# Documents: one file, one document with its pages or paragraphs (models/importers/document).
DOCUMENT_FORMATS = ("pdf", "hwp", "hwpx", "docx", "html", "mhtml")
FORMATS = ("txt", "csv", "tsv", "xlsx", "bigkinds", "jsonl", "json", "klue", "bio", "kmou",
           "conll", *DOCUMENT_FORMATS)
SUPPORTED_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json",
                      ".bio", ".conll", ".pdf", ".hwp", ".hwpx", ".docx", ".html", ".htm",
                      ".mhtml", ".mht")
_SUFFIX_FORMAT = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".jsonl": "jsonl",
                  ".ndjson": "jsonl", ".json": "jsonl", ".pdf": "pdf", ".hwp": "hwp",
                  ".hwpx": "hwpx", ".docx": "docx", ".html": "html", ".htm": "html",
                  ".mhtml": "mhtml", ".mht": "mhtml"}
_SNIFFED = (".txt", ".tsv", ".bio", ".conll")  # plain text, a table or a BIO file: look inside


@dataclass(slots=True)
class ReadResult:
    docs: list[ImportedDoc] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)  # bad lines, with skip_invalid
    empty: int = 0  # records or rows without text, always skipped


_BIO_TAG = re.compile(r"(?:O|[BIES]-\S+)", re.IGNORECASE)
_KMOU_HEADER = re.compile(r"\ufeff?## ?\d+\s*$")


def sniff_text_format(text: str) -> str:
    """'kmou', 'klue', 'conll' or 'txt' from the first lines of a decoded text file.

    KMOU: "## <number>" headers and morpheme lines ``surface<TAB>lemma<TAB>POS<TAB>BIO``.
    KLUE: ``char<TAB>BIO`` lines. CoNLL: ``word tag`` lines. Anything else is prose.
    """
    four = two = other = 0
    kmou_header = False
    head = [line.rstrip("\r") for line in text[:32 * 1024].split("\n")[:300]]
    for line in head:
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
    if looks_like_conll(head):
        return "conll"
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
    if suffix == ".doc":
        raise InputError(where, "old .doc Word files are not supported; save it as .docx")
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


def read_document(path: Path, fmt: str, progress: Progress | None = None) -> ImportedDoc:
    """One PDF, HWP, HWPX, DOCX or saved web page. The parsers meet hostile bytes: whatever
    they raise becomes one line naming the file."""
    import struct
    import zlib

    where = str(path)
    try:
        if fmt == "pdf":
            from models.importers.pdf import read_pdf

            return read_pdf(path, progress)
        if fmt == "hwp":
            from models.importers.hwp import read_hwp

            doc = read_hwp(path)
        elif fmt in ("hwpx", "docx"):
            from models.importers.office import read_docx, read_hwpx

            doc = read_hwpx(path) if fmt == "hwpx" else read_docx(path)
        elif fmt == "mhtml":
            from models.importers.webpage import read_mhtml

            doc = read_mhtml(path)
        else:
            from models.importers.webpage import read_html

            doc = read_html(path)
    except InputError:
        raise
    except (ValueError, KeyError, IndexError, TypeError, struct.error, zlib.error, EOFError,
            RecursionError, UnicodeError) as err:
        raise InputError(where, f"damaged {fmt.upper()} file: {err or type(err).__name__}"
                         ) from None
    if progress is not None:
        size = path.stat().st_size
        progress(size, size)
    return doc


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
    if fmt in DOCUMENT_FORMATS:
        yield read_document(path, fmt, progress)
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
    elif fmt == "conll":
        yield from read_conll(path, data, progress)
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
    flat = InputError(" ".join(err.path.splitlines()), " ".join(err.raw_problem.splitlines()),
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
    first_empty: EmptyText | None = None
    try:
        # Guessed kinds (.txt, .tsv, .bio …) are decoded whole to be guessed: the smaller limit.
        check_file_size(path, path.stat().st_size,
                        one_document=kind in ("txt", "sniff", "html", "mhtml"))
        for item in _items(path, kind, columns, progress):
            if isinstance(item, ImportedDoc):
                if item.source_file is None:
                    item.source_file = where
                item = ensure_normalized(item)
                if isinstance(item, ImportedDoc) and (long := document_too_long(item.text)):
                    item = InputError(where, (f"line {item.line}: " if item.line else "") + long,
                                      line=item.line)
            if isinstance(item, EmptyText):
                result.empty += 1
                first_empty = first_empty or item
            elif isinstance(item, InputError):
                if not skip_invalid:
                    raise item
                result.skipped.append(item)
            else:
                result.docs.append(item)
    except OSError as err:
        raise InputError(where, f"cannot read: {err.strerror or err}") from None
    if not result.docs and not result.skipped:
        raise InputError(where, "no documents found in the file" + (
            f"; {first_empty.problem}" if first_empty else "") + (
            f" (and {result.empty - 1} more)" if result.empty > 1 else ""))
    return result


def _in_page_resources(f: Path, root: Path) -> bool:
    """Inside "<name>_files" beside "<name>.html" or ".htm" (a page saved complete)."""
    folder = root
    for part in f.relative_to(root).parts[:-1]:
        if part.endswith("_files") and any(
                (folder / (part[:-6] + ext)).is_file() for ext in (".html", ".htm")):
            return True
        folder = folder / part
    return False


def iter_files(paths: Iterable[Path | str]) -> list[Path]:
    """The given files, and the supported files inside given folders (recursively, sorted).

    Hidden files, Office lock files ("~$report.xlsx") and the resource folders a browser saves
    beside a page ("기사_files/" next to "기사.html": ads and frames, not articles) are left out
    of folders; a file named explicitly is always kept, so that reading it explains what is
    wrong with it.
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
            and not _in_page_resources(f, p)
        ]
        for f in sorted(found, key=lambda f: str(f.relative_to(p)).casefold()):
            add(f)
    return out
