"""Keeping article text from turning into spreadsheet formulas (CSV/formula injection).

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can be run
as a formula by Excel or LibreOffice (in CSV always; in xlsx when the user presses F2 + Enter, or
when openpyxl writes a str that starts with "="). Such text gets a visible leading apostrophe:
"'=HYPERLINK(...)" stays readable, is plain text in every program, and survives a round trip
through CSV, where an invisible guard (zero-width space, quotePrefix style) would not.

The same goes for text that only starts with such a character after blanks (" =1+1" is trimmed
by some importers) and for the text of Excel error codes ("#N/A"), which openpyxl would store as
an error instead of a string. Characters that XML 1.0 cannot carry are dropped, and text longer
than an Excel cell (32,767 characters) is cut with a visible ellipsis.
"""

from __future__ import annotations

import re

# ASCII triggers plus their full-width forms, which some IMEs turn into the ASCII ones.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
GUARD = "'"
MAX_CELL_CHARS = 32_767
# Excel's error literals (openpyxl stores a str equal to one of these as an error cell).
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                         "#GETTING_DATA"))
# Characters that cannot appear in XML 1.0 (tab, LF and CR can), and lone surrogates (from a
# badly decoded file), which cannot be written as UTF-8 at all.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def needs_guard(text: str) -> bool:
    if not text:
        return False
    if text[0] in FORMULA_TRIGGERS:
        return True
    if text[0].isspace():
        stripped = text.lstrip()
        return bool(stripped) and stripped[0] in FORMULA_TRIGGERS
    return text in ERROR_CODES


def safe_text(text: str | None) -> str | None:
    """Text for a spreadsheet cell: never a formula, always valid XML, never too long."""
    if text is None:
        return None
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("", text)
    if needs_guard(text):
        text = GUARD + text
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def safe_cell(value: object) -> object:
    """:func:`safe_text` for strings; other values (numbers, dates, None) pass unchanged."""
    return safe_text(value) if isinstance(value, str) else value


_SAFE_URL = re.compile(r"^https?://[^\s\"<>\\^`{|}]+$", re.IGNORECASE)


def link_target(url: str | None) -> str | None:
    """The URL if it may become a clickable link: http(s) only, no blanks or quotes.

    ``file:``, UNC paths and ``javascript:`` from an article's metadata must never be one click
    away in a report that is mailed around; such URLs are shown as text only.
    """
    if not url:
        return None
    url = url.strip()
    if len(url) > 2000 or not _SAFE_URL.match(url):
        return None
    return url


def hyperlink_formula(url: str) -> str | None:
    """``=HYPERLINK("…")`` for a URL that :func:`link_target` accepted, if Excel can take it.

    Used only when a sheet has more links than Excel allows as real hyperlinks; the function's
    argument may not exceed 255 characters. Quotes are doubled although safe URLs have none.
    """
    target = link_target(url)
    if target is None or len(target) > 255:
        return None
    quoted = target.replace('"', '""')
    return f'=HYPERLINK("{quoted}")'
