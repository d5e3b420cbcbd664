"""Bytes → str for Korean text files: UTF-8 (±BOM), UTF-16 (±BOM), CP949/EUC-KR.

Korean users meet three encodings: UTF-8 (web, macOS, modern editors), CP949 (Windows Notepad
before 2019, Excel's "CSV" export on Korean Windows) and UTF-16 (Excel's "Unicode text" export).
CP949 is a superset of EUC-KR, so one codec covers both. The BOM, if any, is removed here.
"""

from __future__ import annotations

import codecs
from os import PathLike

from models.domain import InputError

# Leading bytes of binary formats users are likely to pick by mistake, for a clearer message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive, e.g. .xlsx/.docx"),
    (b"\xd0\xcf\x11\xe0", "an old Office/HWP document"),
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"HWP Document File", "an HWP document"),
)

_SAMPLE = 64 * 1024


def _binary(path: str, what: str | None = None) -> InputError:
    return InputError(path, "binary file, not text" + (f" (looks like {what})" if what else ""))


def _too_many_controls(text: str) -> bool:
    """Binary data that happens to decode has many C0 controls; real text has almost none."""
    sample = text[:_SAMPLE]
    controls = sum(1 for c in sample if c < " " and c not in "\n\r\t\f\v\x1a")
    return controls > 8 and controls > len(sample) // 50


def _checked(where: str, text: str) -> str:
    if not text:
        raise InputError(where, "empty file")
    if _too_many_controls(text):
        raise _binary(where)
    return text


def _utf16_order(data: bytes) -> str | None:
    """'le'/'be' when the NULs of a BOM-less file sit almost all at odd/even offsets.

    In UTF-16 every ASCII character (spaces, digits, punctuation of Korean prose) has a zero
    high byte; Hangul syllables rarely do. Text in UTF-8/CP949 has no NULs at all.
    """
    sample = data[:_SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if even + odd < max(2, len(sample) // 64):
        return None
    if odd >= 9 * even:
        return "le"
    if even >= 9 * odd:
        return "be"
    return None


def _decode_error(codec: str, err: UnicodeDecodeError, skipped: int = 0) -> str:
    bad = err.object[err.start : err.start + 2]
    return (
        f"cannot decode as {codec}: invalid byte(s) {bad.hex(' ')} at byte offset "
        f"{err.start + skipped}"
    )


def decode_bytes(data: bytes, path: str | PathLike[str]) -> str:
    """Decode the content of a text file; raise InputError for empty, binary or bad data."""
    where = str(path)
    if not data:
        raise InputError(where, "empty file")

    # Byte order marks first: they are unambiguous.
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, codec in boms:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(where, _decode_error(codec, err, len(bom))) from None
            return _checked(where, text)

    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _binary(where, what)

    if b"\x00" in data:
        order = _utf16_order(data)
        if order is None:
            raise _binary(where)
        codec = f"utf-16-{order}"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as err:
            # Odd-length files and lone surrogates: most likely not UTF-16 text at all.
            raise InputError(where, _decode_error(codec, err)) from None
        return _checked(where, text)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_err:
        try:
            text = data.decode("cp949")
        except UnicodeDecodeError as cp_err:
            # Report the encoding the file most likely is: the one that got further.
            if utf8_err.start >= cp_err.start:
                problem = _decode_error("UTF-8", utf8_err)
                other = f"CP949/EUC-KR fails at byte offset {cp_err.start}"
            else:
                problem = _decode_error("CP949/EUC-KR", cp_err)
                other = f"UTF-8 fails at byte offset {utf8_err.start}"
            raise InputError(where, f"{problem} ({other})") from None
    return _checked(where, text)
