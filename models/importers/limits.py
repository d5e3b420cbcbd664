"""Size limits for imported files: a strange or hostile file gets a clear refusal, not a hang.

Files are read whole (each file is stored in one transaction, so its documents are in memory
anyway); the limits keep that sane. They are far above real inputs: a long Korean report is a
few hundred KB, a BigKinds export of 20,000 articles about 30 MB.

Workbooks (and .docx, .hwpx) are ZIP files: before openpyxl sees one, its table of contents is checked, so that a
"zip bomb" (a few KB that expand to gigabytes) is refused before anything is unpacked. Python's
zipfile never unpacks more than the size a member declares (it stops there and the CRC check
fails), so checking the declared sizes is enough.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from models.domain import InputError

MB = 1024 * 1024
MAX_TEXT_DOCUMENT_BYTES = 50 * MB  # one document per file (.txt), or a file whose kind is guessed
MAX_FILE_BYTES = 256 * MB  # a file of many documents (JSONL, CSV, workbooks, BIO corpora)
MAX_DOCUMENT_CHARS = 20_000_000  # one document's text, whatever the file (≈ 10,000 pages)
MAX_XLSX_UNPACKED_BYTES = 1024 * MB  # all members of a workbook together, unpacked
MAX_XLSX_MEMBERS = 10_000
MAX_XLSX_RATIO = 100  # unpacked / packed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 16 * MB


def _mb(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n / 1024:,.0f} KB"


def check_file_size(path: Path, size: int, *, one_document: bool) -> None:
    """Refuse a file larger than the limit for its kind, before reading any of it."""
    limit = MAX_TEXT_DOCUMENT_BYTES if one_document else MAX_FILE_BYTES
    if size > limit:
        if one_document:  # two whole messages, so that each has its translation
            raise InputError(str(path), f"too large ({_mb(size)}); a text file may hold at most "
                             f"{_mb(limit)} — split it into smaller files")
        raise InputError(str(path), f"too large ({_mb(size)}); a file may hold at most "
                         f"{_mb(limit)} — split it into smaller files")


def document_too_long(text: str) -> str | None:
    """The problem with a document's text length, None when it is fine."""
    if len(text) > MAX_DOCUMENT_CHARS:
        return (f"the text is too long ({len(text):,} characters; at most "
                f"{MAX_DOCUMENT_CHARS:,} per document)")
    return None


def check_workbook_zip(path: Path) -> None:
    """Refuse a workbook whose members would unpack to too much, or unpack suspiciously well."""
    check_zip(path, "Excel workbook", "workbook")


def check_zip(path: Path, kind: str, short: str) -> None:
    """The same refusals for any ZIP-based document (.xlsx, .docx, .hwpx): ``kind`` names it in
    "not a readable …", ``short`` in "the … has"."""
    where = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError,
            NotImplementedError) as err:  # "zip file version 16.2": a damaged directory entry
        raise InputError(where, f"not a readable {kind}: {err}") from None
    if len(infos) > MAX_XLSX_MEMBERS:
        raise InputError(where, f"refused: the {short} has {len(infos):,} parts (at most "
                         f"{MAX_XLSX_MEMBERS:,}); it is damaged or not a real {short}")
    total = sum(max(info.file_size, 0) for info in infos)
    if total > MAX_XLSX_UNPACKED_BYTES:
        raise InputError(where, f"refused: the {short} would unpack to {_mb(total)} (at most "
                         f"{_mb(MAX_XLSX_UNPACKED_BYTES)}); it may be a zip bomb")
    for info in infos:
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_XLSX_RATIO * packed:
            raise InputError(where, f"refused: the part {info.filename} unpacks "
                             f"{info.file_size // packed:,} times its size ({_mb(packed)} → "
                             f"{_mb(info.file_size)}); it may be a zip bomb")


def inflate(data: bytes, where: str, part: str, *, raw: bool = True) -> bytes:
    """zlib data unpacked, refused when it would unpack past the limits (an HWP section is a
    deflate stream whose size is declared nowhere)."""
    import zlib

    d = zlib.decompressobj(-15 if raw else 15)
    limit = min(MAX_XLSX_UNPACKED_BYTES, max(RATIO_FLOOR, MAX_XLSX_RATIO * len(data)))
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as err:
        raise InputError(where, f"damaged: {part} cannot be unpacked ({err})") from None
    if len(out) > limit:
        raise InputError(where, f"refused: {part} unpacks to more than {_mb(limit)} "
                         f"({_mb(len(data))} packed); it may be a zip bomb")
    return out
