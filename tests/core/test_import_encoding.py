"""models.importers.encoding: real files in every encoding Korean users meet."""

from __future__ import annotations

import codecs

import pytest

from models.domain import InputError
from models.importers.encoding import decode_bytes

TEXT = "기획재정부는 내년 예산을 677조원 규모로 편성했다.\n지방 이전 사업도 포함됐다.\n"


def roundtrip(tmp_path, data: bytes) -> str:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    return decode_bytes(path.read_bytes(), path)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM: found by where the NULs of ASCII sit
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp949"),
        TEXT.encode("euc-kr"),
        TEXT.replace("\n", "\r\n").encode("cp949"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp949",
         "euc-kr", "cp949-crlf"],
)
def test_decodes(tmp_path, data):
    assert roundtrip(tmp_path, data).replace("\r\n", "\n") == TEXT


def test_cp949_only_characters(tmp_path):
    # 똠 and 햏 are outside EUC-KR's 2,350 syllables but inside CP949 (UHC).
    text = "똠방각하 햏자"
    assert roundtrip(tmp_path, text.encode("cp949")) == text


def test_ascii_is_utf8(tmp_path):
    assert roundtrip(tmp_path, b"GDP 2.1%") == "GDP 2.1%"


def test_empty_file(tmp_path):
    with pytest.raises(InputError, match="empty file") as err:
        roundtrip(tmp_path, b"")
    assert err.value.path.endswith("article.txt")
    with pytest.raises(InputError, match="empty file"):
        roundtrip(tmp_path, codecs.BOM_UTF8)


def test_binary_with_nul_bytes(tmp_path):
    data = bytes(range(256)) * 8
    with pytest.raises(InputError, match="binary file, not text"):
        roundtrip(tmp_path, data)


def test_binary_with_many_control_characters(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 0x41, 0x42]) * 64
    with pytest.raises(InputError, match="binary file, not text"):
        roundtrip(tmp_path, data)


def test_known_binary_formats_are_named(tmp_path):
    with pytest.raises(InputError, match="binary file, not text.*PDF"):
        roundtrip(tmp_path, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(InputError, match="binary file, not text.*ZIP"):
        roundtrip(tmp_path, b"PK\x03\x04\x14\x00\x06\x00")


def test_undecodable_names_encodings_and_offset(tmp_path):
    # Valid UTF-8 up to byte 30, then a byte that neither UTF-8 nor CP949 accepts at the end.
    data = "예산안 확정".encode() + b" ok \xff"
    with pytest.raises(InputError) as err:
        roundtrip(tmp_path, data)
    message = str(err.value)
    assert "UTF-8" in message and "CP949" in message
    assert f"byte offset {len(data) - 1}" in message
    assert "article.txt" in message


def test_bad_utf8_after_bom(tmp_path):
    with pytest.raises(InputError, match="utf-8.*byte offset 5"):
        roundtrip(tmp_path, codecs.BOM_UTF8 + b"ab\xff\xfe")
