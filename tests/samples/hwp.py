"""HWP 5 files written from scratch: an OLE compound file (CFB, version 3, 512-byte sectors,
small streams in the mini stream) holding FileHeader, DocInfo and BodyText/Section0…, whose
records are built as Hangul writes them (PARA_HEADER, PARA_TEXT with control characters, a
table's cells as nested paragraphs), deflated when ``compressed``."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
SECTOR, MINI = 512, 64

PARA_HEADER, PARA_TEXT, CTRL_HEADER, LIST_HEADER, TABLE = 66, 67, 71, 72, 77


def record(tag: int, level: int, payload: bytes) -> bytes:
    if len(payload) >= 0xFFF:
        return struct.pack("<II", tag | level << 10 | 0xFFF << 20, len(payload)) + payload
    return struct.pack("<I", tag | level << 10 | len(payload) << 20) + payload


def text_units(text: str) -> bytes:
    return text.encode("utf-16-le")


def paragraph(text: str, level: int = 0, *, control: bytes = b"") -> bytes:
    """A paragraph: its header, and its text ending with the paragraph mark (13)."""
    body = control + text_units(text).replace("\t".encode("utf-16-le"),
                                              struct.pack("<8H", 9, 0, 0, 0, 0, 0, 0, 9))
    return (record(PARA_HEADER, level, struct.pack("<IIHBBHHI", len(text) + 1, 0, 0, 0, 0, 1,
                                                   0, 0))
            + record(PARA_TEXT, level + 1, body + struct.pack("<H", 13)))


def table(rows: list[list[str]], level: int = 0) -> bytes:
    """A paragraph anchoring a table (extended control 11, 'tbl '), then its cells."""
    ctrl = struct.pack("<H4sIH", 11, b" lbt", 0, 0) + struct.pack("<H", 11)
    out = paragraph("", level, control=ctrl)
    out += record(CTRL_HEADER, level + 1, b" lbt" + bytes(40))
    out += record(TABLE, level + 2, bytes(20))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            out += record(LIST_HEADER, level + 2, struct.pack("<HHI", 1, 0, 0)
                          + struct.pack("<HHHH", c, r, 1, 1) + bytes(18))
            out += paragraph(cell, level + 2)
    return out


def file_header(*, compressed: bool, password: bool = False, distribution: bool = False) -> bytes:
    flags = (1 if compressed else 0) | (2 if password else 0) | (4 if distribution else 0)
    return (b"HWP Document File".ljust(32, b"\0") + struct.pack("<II", 0x05010100, flags)
            ).ljust(256, b"\0")


def write_hwp(path: Path, sections: list[bytes], *, compressed: bool = True,
              password: bool = False, distribution: bool = False) -> Path:
    def pack(data: bytes) -> bytes:
        if not compressed:
            return data
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush()

    streams = [("FileHeader", file_header(compressed=compressed, password=password,
                                          distribution=distribution)),
               ("DocInfo", pack(record(16, 0, bytes(26))))]
    streams += [(f"BodyText/Section{i}", pack(s)) for i, s in enumerate(sections)]
    write_cfb(path, streams)
    return path


def _name_key(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def write_cfb(path: Path, streams: list[tuple[str, bytes]]) -> None:
    """A compound file of ``streams`` ("Storage/Stream" paths, one level of storages)."""
    # Directory entries: root, then storages and streams.
    entries: list[dict] = [{"name": "Root Entry", "type": 5, "kids": []}]
    storages: dict[str, int] = {}
    mini = bytearray()
    minifat: list[int] = []
    big: list[tuple[int, bytes]] = []  # (entry index, data) of streams >= 4096 bytes
    for full, data in streams:
        parent = 0
        if "/" in full:
            st, name = full.split("/", 1)
            if st not in storages:
                storages[st] = len(entries)
                entries.append({"name": st, "type": 1, "kids": []})
                entries[0]["kids"].append(storages[st])
            parent = storages[st]
        else:
            name = full
        idx = len(entries)
        entry = {"name": name, "type": 2, "kids": [], "size": len(data)}
        entries.append(entry)
        entries[parent]["kids"].append(idx)
        if len(data) < 4096:
            first = len(mini) // MINI
            n = max(1, -(-len(data) // MINI))
            entry["start"] = first
            minifat += [first + k + 1 for k in range(n - 1)] + [END]
            mini += data.ljust(n * MINI, b"\0")
        else:
            big.append((idx, data))
    # Regular sectors after the FAT: directory, minifat, mini stream, big streams.
    dir_bytes_len = -(-len(entries) * 128 // SECTOR) * SECTOR
    chains: list[tuple[str, int]] = [("dir", dir_bytes_len // SECTOR),
                                     ("minifat", -(-len(minifat) * 4 // SECTOR)),
                                     ("mini", -(-len(mini) // SECTOR))]
    chains += [(f"big{idx}", -(-len(d) // SECTOR)) for idx, d in big]
    data_sectors = sum(n for _, n in chains)
    n_fat = 1
    while n_fat * 128 < n_fat + data_sectors:
        n_fat += 1
    fat = [FATSECT] * n_fat
    starts: dict[str, int] = {}
    for key, n in chains:
        starts[key] = len(fat) if n else END
        fat += [len(fat) + k + 1 for k in range(n - 1)] + ([END] if n else [])
    fat += [FREE] * (n_fat * 128 - len(fat))
    entries[0]["start"] = starts["mini"]
    entries[0]["size"] = len(mini)
    for idx, _d in big:
        entries[idx]["start"] = starts[f"big{idx}"]
    # Sibling trees: each storage's children as a balanced binary tree by (length, NAME).
    for e in entries:
        e.setdefault("left", FREE)
        e.setdefault("right", FREE)
        e.setdefault("child", FREE)

    def tree(ids: list[int]) -> int:
        if not ids:
            return FREE
        mid = len(ids) // 2
        entries[ids[mid]]["left"] = tree(ids[:mid])
        entries[ids[mid]]["right"] = tree(ids[mid + 1:])
        return ids[mid]

    for e in entries:
        if e["kids"]:
            e["child"] = tree(sorted(e["kids"], key=lambda i: _name_key(entries[i]["name"])))
    directory = bytearray()
    for e in entries:
        name = e["name"].encode("utf-16-le") + b"\0\0"
        directory += (name.ljust(64, b"\0") + struct.pack("<HBB", len(name), e["type"], 1)
                      + struct.pack("<III", e["left"], e["right"], e["child"]) + bytes(16 + 4
                      + 16) + struct.pack("<IQ", e.get("start", END if e["type"] != 1 else 0),
                                          e.get("size", 0)))
    directory = directory.ljust(dir_bytes_len, b"\0")
    difat = [k for k in range(n_fat)] + [FREE] * (109 - n_fat)
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, n_fat, starts["dir"], 0, 4096,
                            starts["minifat"] if minifat else END,
                            chains[1][1], END, 0)
              + struct.pack("<109I", *difat))
    body = bytearray(struct.pack(f"<{len(fat)}I", *fat))
    body += directory
    body += struct.pack(f"<{len(minifat)}I", *minifat).ljust(chains[1][1] * SECTOR, b"\xff")
    body += bytes(mini).ljust(chains[2][1] * SECTOR, b"\0")
    for _idx, d in big:
        body += d.ljust(-(-len(d) // SECTOR) * SECTOR, b"\0")
    path.write_bytes(header + body)
