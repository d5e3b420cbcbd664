"""Damaged documents: any cut or corrupted PDF, HWP, HWPX, DOCX or saved page is either read
or refused with an InputError naming the file (never another exception, never a hang)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.domain import InputError
from models.importers.registry import read_file
from tests.samples.documents import TEXT, write_documents, write_openpyxl_xlsx
from tests.samples.office import write_docx, write_hwpx


def _samples() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        return {p.suffix: p.read_bytes() for p in write_documents(Path(tmp)).values()}


SAMPLES = _samples()


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(SAMPLES)))
    data = bytearray(SAMPLES[suffix])
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return suffix, bytes(data)


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
def test_samples_read(tmp_path, suffix):
    path = tmp_path / f"ok{suffix}"
    path.write_bytes(SAMPLES[suffix])
    assert "3천억원" in read_file(path).docs[0].text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_documents_are_read_or_refused(case):
    suffix, data = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"문서{suffix}"
        path.write_bytes(data)
        try:
            result = read_file(path)
        except InputError as err:
            assert str(path) in str(err) and len(str(err).splitlines()) == 1
        else:
            assert all(doc.text.strip() for doc in result.docs)


@pytest.mark.parametrize("field, value, words", [
    ("flags", 1, "password"),  # an encrypted entry: zipfile wants a password
    ("method", 97, "damaged"),  # a compression zipfile cannot read (WavPack)
])
def test_a_docx_entry_zipfile_cannot_open_is_refused(tmp_path: Path, field: str, value: int,
                                                     words: str) -> None:
    import struct

    path = write_docx(tmp_path / "a.docx", TEXT)
    data = bytearray(path.read_bytes())
    # Both headers of word/document.xml: the local one (flags at 6, method at 8) and the
    # central directory's (flags at 8, method at 10).
    for sig, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = 0
        while (at := data.find(sig, at)) >= 0:
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at:name_at + 17] == b"word/document.xml":
                pos = at + flags_at + (0 if field == "flags" else 2)
                old = struct.unpack_from("<H", data, pos)[0]
                struct.pack_into("<H", data, pos, old | value if field == "flags" else value)
            at += 4
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as err:
        read_file(path)
    assert "a.docx" in str(err.value) and words in str(err.value)


def _zip_fields(data: bytearray, member: bytes, field: str, value: int) -> None:
    """Set ``field`` of ``member`` in both of its ZIP headers: "version" (the version needed to
    extract: local header at 4, central directory at 6), "flags" (6 / 8) or "method" (8 / 10)."""
    import struct

    offsets = {"version": (4, 6), "flags": (6, 8), "method": (8, 10)}[field]
    for sig, at_field, name_off in ((b"PK\x03\x04", offsets[0], 30),
                                    (b"PK\x01\x02", offsets[1], 46)):
        at = 0
        while (at := data.find(sig, at)) >= 0:
            if data[at + name_off:at + name_off + len(member)] == member:
                old = struct.unpack_from("<H", data, at + at_field)[0]
                struct.pack_into("<H", data, at + at_field,
                                 old | value if field == "flags" else value)
            at += 4


@pytest.mark.parametrize("kind", ["poi.xlsx", "openpyxl.xlsx", "a.docx", "a.hwpx"])
@pytest.mark.parametrize("field, value, words", [
    ("version", 162, "zip file version"),  # found by fuzzing: NotImplementedError escaped
    ("method", 97, "not"),
    ("flags", 1, "password"),
])
def test_a_zip_based_file_zipfile_cannot_open_is_refused_in_one_line(
        tmp_path: Path, kind: str, field: str, value: int, words: str) -> None:
    from tests.samples.poi_xlsx import write_poi_xlsx

    rows: list[list[object]] = [["제목", "본문"], ["예산", TEXT[0]]]
    if kind == "poi.xlsx":
        path, member = write_poi_xlsx(tmp_path / kind, rows), b"xl/worksheets/sheet1.xml"
    elif kind == "openpyxl.xlsx":
        path, member = write_openpyxl_xlsx(tmp_path / kind, rows), b"xl/worksheets/sheet1.xml"
    elif kind == "a.docx":
        path, member = write_docx(tmp_path / kind, TEXT), b"word/document.xml"
    else:
        path, member = write_hwpx(tmp_path / kind, [TEXT]), b"Contents/section0.xml"
    data = bytearray(path.read_bytes())
    _zip_fields(data, member, field, value)
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as err:
        read_file(path)
    message = str(err.value)
    assert kind in message and words in message and len(message.splitlines()) == 1
