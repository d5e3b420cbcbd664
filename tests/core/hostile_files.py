"""Makers of hostile input files for the tests (generated in tmp_path, never committed)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _rels(*rels: tuple[str, str, str, str | None]) -> str:
    out = [f'<Relationships xmlns="{PKG_REL}">']
    for rid, kind, target, mode in rels:
        extra = f' TargetMode="{mode}"' if mode else ""
        out.append(f'<Relationship Id="{rid}" Type="{REL_NS}/{kind}" Target="{target}"{extra}/>')
    out.append("</Relationships>")
    return "".join(out)


def cell(ref: str, text: str | None = None, formula: str | None = None,
         cached: str | None = None) -> str:
    """An inline-string cell, or a formula cell with (or without) a cached result."""
    if formula is None:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    kind = ' t="str"' if cached is not None and not cached.replace(".", "").isdigit() else ""
    value = f"<v>{cached}</v>" if cached is not None else ""
    return f'<c r="{ref}"{kind}><f>{formula}</f>{value}</c>'


def minimal_xlsx(path: Path, rows: list[list[str]], *, external_link: str | None = None,
                 sheet_prolog: str = "", workbook_prolog: str = "") -> Path:
    """A workbook written by hand, so that the test controls every byte: cached formula values,
    formulas without one, an external link, DTDs."""
    sheet_rows = "".join(f'<row r="{i}">{"".join(cells)}</row>' for i, cells in enumerate(rows, 1))
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
            + (f'<Override PartName="/xl/externalLinks/externalLink1.xml" '
               f'ContentType="{CT}.externalLink+xml"/>' if external_link else "")
            + "</Types>"),
        "_rels/.rels": _rels(("rId1", "officeDocument", "xl/workbook.xml", None)),
        "xl/workbook.xml": (
            f'{workbook_prolog}<workbook xmlns="{NS}" xmlns:r="{REL_NS}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
            + ('<externalReferences><externalReference r:id="rId2"/></externalReferences>'
               if external_link else "") + "</workbook>"),
        "xl/_rels/workbook.xml.rels": _rels(
            ("rId1", "worksheet", "worksheets/sheet1.xml", None),
            *([("rId2", "externalLink", "externalLinks/externalLink1.xml", None)]
              if external_link else [])),
        "xl/worksheets/sheet1.xml": (
            f'{sheet_prolog}<worksheet xmlns="{NS}"><sheetData>{sheet_rows}</sheetData>'
            "</worksheet>"),
    }
    if external_link:
        parts["xl/externalLinks/externalLink1.xml"] = (
            f'<externalLink xmlns="{NS}" xmlns:r="{REL_NS}"><externalBook r:id="rId1">'
            '<sheetNames><sheetName val="Secret"/></sheetNames></externalBook></externalLink>')
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = _rels(
            ("rId1", "externalLinkPath", external_link, "External"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return path


def ratio_bomb_xlsx(path: Path, unpacked_mb: int = 64) -> Path:
    """A workbook whose sheet is megabytes of zeros packed into a few KB (a real zip bomb,
    small enough for a test: the same shape at 64 MB as at 64 GB)."""
    minimal_xlsx(path, [[cell("A1", "본문")], [cell("A2", "내용")]])
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1 << 20)
    packed = b"".join(comp.compress(chunk) for _ in range(unpacked_mb)) + comp.flush()
    crc = 0
    for _ in range(unpacked_mb):
        crc = zlib.crc32(chunk, crc)
    info = zipfile.ZipInfo("xl/sharedStrings.xml")
    info.compress_type = zipfile.ZIP_DEFLATED
    # zipfile cannot take pre-compressed data: write the member by hand through a raw copy.
    _append_raw_member(path, info, packed, crc, unpacked_mb << 20)
    return path


def _append_raw_member(path: Path, info: zipfile.ZipInfo, packed: bytes, crc: int,
                       size: int) -> None:
    """Rebuild the zip with one more member whose compressed bytes are given as they are."""
    with zipfile.ZipFile(path) as zf:
        members = [(i, zf.read(i.filename)) for i in zf.infolist()]
    out = bytearray()
    central = bytearray()
    entries = [(i.filename.encode(), zlib_deflate(data), zlib.crc32(data), len(data))
               for i, data in members] + [(info.filename.encode(), packed, crc, size)]
    for name, body, crc32, usize in entries:
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc32, len(body),
                           usize, len(name), 0) + name + body
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc32,
                               len(body), usize, len(name), 0, 0, 0, 0, 0, offset) + name
    out += central + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                                 len(central), len(out), 0)
    path.write_bytes(bytes(out))


def zlib_deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush()


def claim_sizes(path: Path, claimed: int) -> Path:
    """Patch the central directory so that every member claims ``claimed`` bytes unpacked
    (a bomb that lies in its table of contents; zip readers trust it for their buffers)."""
    data = bytearray(path.read_bytes())
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        struct.pack_into("<I", data, pos + 24, claimed)
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    return path


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "하하하하하하하하하하">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')
XXE = '<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
