"""The registry (dispatch, errors, folders) and the plain text importer, on real files."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from models.domain import InputError
from models.importers.registry import (
    SUPPORTED_SUFFIXES,
    iter_files,
    read_file,
    sniff_text_format,
)
from models.textnorm import content_hash

TITLE = "전북도, 새만금 이차전지 단지에 2천억원 추가 투입"
BODY = (
    "전라북도는 새만금 이차전지 특화단지 조성에 2천억원을 추가로 투입한다고 12일 밝혔다.\n"
    "도는 이번 사업으로 일자리 3천개가 생길 것으로 내다봤다."
)
ARTICLE = TITLE + "\n\n" + BODY + "\n"


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        ARTICLE.encode("utf-16-be"),
        ARTICLE.replace("\n", "\r\n").encode("cp949"),
        ARTICLE.encode("euc-kr"),
        unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),  # as saved on a Mac
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be", "cp949-crlf", "euc-kr", "nfd"],
)
def test_txt_in_every_encoding_gives_the_same_document(tmp_path, data):
    path = tmp_path / "기사.txt"
    path.write_bytes(data)
    result = read_file(path)
    (doc,) = result.docs
    assert doc.text == ARTICLE.strip()
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.title == TITLE
    assert doc.source_file == str(path)
    assert doc.line == 1
    assert content_hash(doc.text) == content_hash(ARTICLE.strip())


def test_txt_control_characters_and_stray_jamo(tmp_path):
    path = tmp_path / "messy.txt"
    path.write_text("\x0c 제목\x07 줄\n본문\x1b입니다\x7f\t\u1110\u1110\n", encoding="utf-8")
    (doc,) = read_file(path).docs
    assert doc.text == "제목 줄\n본문입니다 ㅌㅌ"
    assert doc.title == "제목 줄"


def test_txt_long_first_line_uses_file_stem(tmp_path):
    path = tmp_path / "보도자료_0512.txt"
    path.write_text("가" * 130 + "\n둘째 줄", encoding="utf-8")
    (doc,) = read_file(path).docs
    assert doc.title == "보도자료_0512"


def test_txt_title_under_a_label_or_a_correction_notice(tmp_path):
    path = tmp_path / "기사.txt"
    path.write_text("[바로잡습니다] 앞선 기사에서 금액을 '5억원'으로 적었으나 '6억원'이 맞아 바로잡습니다.\n"
                    "해든시, 도서관에 6억원 투입\n해든시는 도서관 증축에 6억원을 들인다.",
                    encoding="utf-8")
    (doc,) = read_file(path).docs
    assert doc.title == "해든시, 도서관에 6억원 투입"
    path.write_text("해든시 보도자료\n해든시, 도서관 증축\n본문", encoding="utf-8")
    assert read_file(path).docs[0].title == "해든시, 도서관 증축"


def test_empty_binary_and_whitespace_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty file") as err:
        read_file(empty)
    assert str(err.value).startswith(str(empty))
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\r\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty file"):
        read_file(blank)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError, match="binary file, not text"):
        read_file(binary)
    nul = tmp_path / "dump.csv"
    nul.write_bytes(b"a,b\n" + b"\x00\x01\x02\x03" * 50)
    with pytest.raises(InputError, match="binary file, not text"):
        read_file(nul)


def test_missing_folder_unknown_suffix_and_format(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_file(tmp_path / "없음.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)
    doc = tmp_path / "a.pptx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unsupported file type '.pptx'"):
        read_file(doc)
    txt = tmp_path / "a.txt"
    txt.write_text("내용", encoding="utf-8")
    with pytest.raises(InputError, match="unknown format 'pptx'"):
        read_file(txt, fmt="pptx")
    with pytest.raises(InputError, match="not a PDF file"):
        read_file(txt, fmt="pdf")


def test_format_override(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text('{"text": "형식을 지정한 파일"}\n', encoding="utf-8")
    assert read_file(path, fmt="jsonl").docs[0].text == "형식을 지정한 파일"
    assert read_file(path, fmt="txt").docs[0].text == '{"text": "형식을 지정한 파일"}'
    tsv = tmp_path / "table.tsv"
    tsv.write_text("제목\t본문\n가\t탭으로 나눈 표\n", encoding="utf-8")
    assert read_file(tsv).docs[0].text == "탭으로 나눈 표"


def test_iter_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "둘.csv").write_text("text\n둘\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("하나", encoding="utf-8")
    (tmp_path / "~$lock.xlsx").write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text("숨김", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    explicit = tmp_path / "image.png"
    files = iter_files([tmp_path, explicit, tmp_path / "a.txt"])
    assert files == [tmp_path / "a.txt", tmp_path / "b" / "둘.csv", explicit]
    assert ".xlsx" in SUPPORTED_SUFFIXES and ".jsonl" in SUPPORTED_SUFFIXES


def kmou_like(sentences: list[tuple[str, str]]) -> str:
    """Our own sentences in the KMOU layout (3 header lines, then morpheme lines)."""
    out = []
    for n, (raw, inline) in enumerate(sentences, 1):
        out += [f"## {n}", f"## {raw}", f"## {inline}"]
        for word in raw.split(" "):
            out.append(f"{word}\t{word}\tNNP\tO")
            out.append("_\t_\t_\tO")
        out.append("")
    return "\n".join(out)


def test_kmou_like_file_is_sniffed_and_read_by_the_kmou_reader(tmp_path):
    content = kmou_like([
        ("이수진 의원이 대구에서 말했다.", "<이수진:PER> 의원이 <대구:LOC>에서 말했다."),
        ("환경부가 나섰다.", "<환경부:ORG>가 나섰다."),
    ])
    assert sniff_text_format(content) == "kmou"
    path = tmp_path / "00001_NER.txt"
    path.write_text(content, encoding="utf-8")
    docs = read_file(path).docs
    assert [d.text for d in docs] == ["이수진 의원이 대구에서 말했다.", "환경부가 나섰다."]
    assert [(s.label, s.text) for s in docs[0].spans] == [("PERSON", "이수진"),
                                                          ("LOCATION", "대구")]
    assert all(d.source_file == str(path) for d in docs)
    assert read_file(path, fmt="kmou").docs[1].spans[0].label == "ORG"


def test_sniff_text_format_prose():
    assert sniff_text_format("## 제목처럼 보이는 줄\n그냥 글입니다.\n") == "txt"
    assert sniff_text_format("가\tO\n나\tB-PS\n") == "klue"


def test_real_kmou_file(kmou_dir):
    path = sorted(kmou_dir.glob("*_NER.txt"))[0]
    result = read_file(path)
    assert result.docs and all(d.spans is not None for d in result.docs)
    assert all(unicodedata.is_normalized("NFC", d.text) for d in result.docs)


def test_seed_article(seed_article):
    result = read_file(seed_article)
    (doc,) = result.docs
    assert doc.title and len(doc.title) < 120
    assert unicodedata.is_normalized("NFC", doc.text)
    assert "\r" not in doc.text
