"""HWP 5 documents (한글, the government's format), read without the Hangul program.

An HWP 5 file is an OLE compound file (read with olefile, BSD): ``FileHeader`` says whether the
streams are compressed and whether the document is password-protected or a distribution copy
(배포용, its text encrypted); ``BodyText/Section0…N`` hold records, deflated when compressed.
Each record has a 32-bit header: tag (10 bits), level (10 bits), size (12 bits; 0xFFF means a
32-bit size follows). A paragraph is a PARA_HEADER record followed by its PARA_TEXT, UTF-16LE
with control characters: some take one code unit, the others eight (the control's code, six
units of data, the code again). A table is a control of the paragraph that anchors it: a
CTRL_HEADER 'tbl ', then per cell a LIST_HEADER (its column and row after the 8-byte list
header) and the cell's paragraphs, nested deeper; each row becomes a line, cells joined by " | ". ``meta["paragraphs"]`` numbers the paragraphs of the body as Hangul lists
them (a table's cells take the number of the paragraph that holds the table).

The format is documented by Hancom ("한글 문서 파일 형식 5.0", free to implement). pyhwp, the
Python reader, is AGPL and cannot ship inside our installers; this module reads only text.
"""

from __future__ import annotations

import struct
from pathlib import Path

from models.domain import ImportedDoc, InputError
from models.importers.document import Pieces
from models.importers.limits import inflate

SIGNATURE = b"HWP Document File"
HWPTAG_BEGIN = 0x10
PARA_HEADER = HWPTAG_BEGIN + 50
PARA_TEXT = HWPTAG_BEGIN + 51
CTRL_HEADER = HWPTAG_BEGIN + 55
LIST_HEADER = HWPTAG_BEGIN + 56
TABLE_ID = b" lbt"  # 'tbl ' as the little-endian control id is stored
# Control characters of one code unit; every other code below 32 takes eight.
_CHAR_CONTROLS = {0, 10, 13, 24, 25, 26, 27, 28, 29, 30, 31}
_FLAG_COMPRESSED, _FLAG_PASSWORD, _FLAG_DISTRIBUTION = 0x1, 0x2, 0x4


def records(data: bytes) -> list[tuple[int, int, bytes]]:
    """(tag, level, payload) of each record of a section stream."""
    out: list[tuple[int, int, bytes]] = []
    pos, n = 0, len(data)
    while pos + 4 <= n:
        (head,) = struct.unpack_from("<I", data, pos)
        pos += 4
        tag, level, size = head & 0x3FF, (head >> 10) & 0x3FF, head >> 20
        if size == 0xFFF:
            if pos + 4 > n:
                break
            (size,) = struct.unpack_from("<I", data, pos)
            pos += 4
        out.append((tag, level, data[pos:pos + size]))
        pos += size
    return out


def para_text(payload: bytes) -> str:
    """The text of a PARA_TEXT record: controls dropped, tabs and line breaks kept."""
    units = struct.unpack(f"<{len(payload) // 2}H", payload[: len(payload) // 2 * 2])
    out: list[str] = []
    i = 0
    while i < len(units):
        u = units[i]
        if u >= 32:
            out.append(chr(u))
            i += 1
        elif u in _CHAR_CONTROLS:
            if u == 10:
                out.append("\n")
            elif u in (24, 30, 31):  # hyphen, non-breaking and fixed-width spaces
                out.append("-" if u == 24 else " ")
            i += 1
        else:
            if u == 9:
                out.append("\t")
            i += 8
    # Surrogate pairs were read as two units; join them.
    return "".join(out).encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class _Table:
    """The cells of the table being read, by row."""

    def __init__(self) -> None:
        self.level = -1  # level of its CTRL_HEADER; -1: not in a table
        self.rows: dict[int, list[list[str]]] = {}
        self.cell: list[str] | None = None

    def text(self) -> str:
        lines = []
        for r in sorted(self.rows):
            cells = [" ".join(" ".join(p.split()) for p in cell if p.strip())
                     for cell in self.rows[r]]
            if any(cells):
                lines.append(" | ".join(cells))
        return "\n".join(lines)


# What olefile raises on a damaged compound file: OSError for what it checks, ValueError,
# OverflowError and IndexError for impossible numbers it does not (sector sizes are checked
# before it opens the file: see read_hwp).
_DAMAGED = (OSError, ValueError, OverflowError, IndexError, struct.error)


def read_hwp(path: Path) -> ImportedDoc:
    import olefile

    where = str(path)
    with path.open("rb") as fh:
        head = fh.read(512)
    if head.startswith(SIGNATURE):
        raise InputError(where, "an old HWP 3 document; open it in Hangul and save it as HWP 5 "
                         "or HWPX")
    if not olefile.isOleFile(str(path)):
        raise InputError(where, "not an HWP 5 document (not an OLE compound file)")
    # The sector sizes the compound file's header claims (2**9 or 2**12; mini sectors 2**6):
    # olefile trusts them, and a shift of 43 would have it read 8 TB at once.
    if len(head) < 512:
        raise InputError(where, "damaged HWP document: cut short inside its header")
    shift, mini = struct.unpack_from("<HH", head, 30)
    if shift not in (9, 12) or mini != 6:
        raise InputError(where, f"damaged HWP document: impossible sector sizes (2**{shift}, "
                         f"2**{mini})")
    try:
        ole = olefile.OleFileIO(str(path))
    except _DAMAGED as err:
        raise InputError(where, f"damaged HWP document: {err}") from None
    try:
        if not ole.exists("FileHeader"):
            raise InputError(where, "not an HWP 5 document (no FileHeader; another Office file?)")
        header = ole.openstream("FileHeader").read()
        if not header.startswith(SIGNATURE) or len(header) < 40:
            raise InputError(where, "not an HWP 5 document (bad FileHeader)")
        (flags,) = struct.unpack_from("<I", header, 36)
        if flags & _FLAG_PASSWORD:
            raise InputError(where, "the HWP document is protected by a password; open it in "
                             "Hangul, remove the password and save it again")
        if flags & _FLAG_DISTRIBUTION:
            raise InputError(where, "a distribution (배포용) HWP document: its text is "
                             "encrypted and cannot be read")
        sections = sorted((e for e in ole.listdir() if len(e) == 2 and e[0] == "BodyText"
                           and e[1].startswith("Section") and e[1][7:].isdigit()),
                          key=lambda e: int(e[1][7:]))
        pieces = Pieces("paragraph")
        number = 0
        for entry in sections:
            raw = ole.openstream(entry).read()
            data = inflate(raw, where, "/".join(entry)) if flags & _FLAG_COMPRESSED else raw
            table = _Table()
            for tag, level, payload in records(data):
                if table.level >= 0 and level <= table.level - 1 and tag == PARA_HEADER:
                    pieces.add(max(number, 1), table.text())  # the table ends
                    table = _Table()
                if tag == PARA_HEADER and level == 0:
                    number += 1
                elif tag == CTRL_HEADER and payload[:4] == TABLE_ID and table.level < 0:
                    table.level = level
                elif tag == LIST_HEADER and table.level >= 0 and level == table.level + 1:
                    row = struct.unpack_from("<H", payload, 10)[0] if len(payload) >= 12 else 0
                    table.rows.setdefault(row, []).append([])
                    table.cell = table.rows[row][-1]
                elif tag == PARA_TEXT:
                    if table.cell is not None and level > table.level:
                        table.cell.append(para_text(payload))
                    else:
                        pieces.add(max(number, 1), para_text(payload))
            if table.level >= 0:
                pieces.add(max(number, 1), table.text())
        title = _summary_title(ole)
    except _DAMAGED as err:
        raise InputError(where, f"damaged HWP document: {err}") from None
    finally:
        ole.close()
    return pieces.doc(path, title=title, empty="no text in the HWP document")


def _summary_title(ole: object) -> str | None:
    try:
        meta = ole.get_metadata()  # type: ignore[attr-defined]
    except Exception:  # the summary is optional and often odd; the text is what matters
        return None
    raw = getattr(meta, "title", None)
    if not isinstance(raw, str):  # 8-bit strings in an unknown code page: not guessed
        return None
    title = " ".join(raw.split())
    return title or None
