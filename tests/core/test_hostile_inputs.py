"""Hostile and strange input files: each gets one clear line, the CLI exits 2, nothing of the file
is stored, and nothing in a file is ever executed or fetched.

The files are made here, in tmp_path (big ones sparse), not kept in the repository.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from pathlib import Path

import openpyxl.xml
import pytest
from hostile_files import (
    BILLION_LAUGHS,
    XXE,
    cell,
    claim_sizes,
    minimal_xlsx,
    ratio_bomb_xlsx,
)

from models.cli.main import main
from models.domain import InputError
from models.importers.limits import MAX_DOCUMENT_CHARS, MB
from models.importers.registry import read_file

KOREAN = "서울시는 내년 청년 주거 지원 사업에 1조2000억원을 투입한다고 밝혔다."


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_clear_line(err: str, *words: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("bitgeul: "), err
    assert "Traceback" not in err
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def documents(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, path: Path,
            *words: str, extra: tuple[str, ...] = ()) -> str:
    """Import ``path`` with the CLI: exit 2, one line naming the file, nothing stored."""
    db = tmp_path / "project.sqlite3"
    before = documents(db)
    code, _out, err = cli(capsys, "--db", str(db), "import", "--no-progress", *extra, str(path))
    assert code == 2, err
    line = one_clear_line(err, str(path), *words)
    assert documents(db) == before
    return line


# -- binary, empty, huge ---------------------------------------------------------------------------


@pytest.mark.parametrize("name, data, words", [
    ("noise.txt", bytes(range(256)) * 64, ("binary",)),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, ("binary", "PNG")),
    ("program.txt", b"\x7fELF\x02\x01\x01" + b"\0\x03\x00>\x00" * 200, ("binary",)),
    ("nul.jsonl", b'{"text": "a"}\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0', ("binary",)),
    ("empty.txt", b"", ("empty",)),
    ("blank.txt", b"  \n\r\n\t \n", ("empty",)),
    ("empty.csv", b"", ("empty",)),
    ("empty.jsonl", b"", ("empty",)),
    ("empty.xlsx", b"", ("empty",)),
    ("fake.xlsx", "본문\n내용\n".encode(), ("not an Excel workbook",)),
    ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, (".xls",)),
    ("broken.xlsx", b"PK\x03\x04" + b"\x01" * 300, ("not a readable Excel workbook",)),
])
def test_binary_and_empty_files_are_refused(capsys, tmp_path: Path, name: str, data: bytes,
                                            words: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    refused(capsys, tmp_path, path, *words)


def test_a_200_mb_text_file_is_refused_before_it_is_read(capsys, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.write(KOREAN.encode())
        fh.truncate(200 * MB)
    line = refused(capsys, tmp_path, path, "too large", "200 MB", "50 MB")
    assert "split" in line


@pytest.mark.parametrize("name", ["huge.jsonl", "huge.csv", "huge.xlsx", "huge.bio"])
def test_huge_files_of_every_kind_are_refused(capsys, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with path.open("wb") as fh:
        fh.write(b"PK\x03\x04" if name.endswith("xlsx") else b'{"text": "a"}\n')
        fh.truncate(300 * MB)
    refused(capsys, tmp_path, path, "too large", "300 MB")


def test_a_document_longer_than_the_limit_is_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    body = "가나다 " * (MAX_DOCUMENT_CHARS // 4 + 1)
    path.write_text(json.dumps({"text": "짧은 기사입니다."}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": body}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2: the text is too long"):
        read_file(path)
    result = read_file(path, skip_invalid=True)
    assert len(result.docs) == 1 and "too long" in str(result.skipped[0])


# -- encodings, NFD, names -------------------------------------------------------------------------


def test_wrong_and_unusual_encodings(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Café ".encode("latin-1") + b"\xff\xfe\xfd" + "기사".encode("cp949"))
    refused(capsys, tmp_path, bad, "cannot decode", "byte offset")
    db = tmp_path / "project.sqlite3"
    good = {
        "cp949.txt": KOREAN.encode("cp949"),
        "utf16.txt": ("울산시는 조선 산업에 70억원을 지원한다.").encode("utf-16"),  # with BOM
        "utf16le.txt": ("부산시는 예산 10억원을 늘렸다. 2025년 계획이다.").encode("utf-16-le"),
        "bom.txt": b"\xef\xbb\xbf" + "대구시는 도시철도에 300억원을 쓴다.".encode(),
    }
    for name, data in good.items():
        (tmp_path / name).write_bytes(data)
    code, out, err = cli(capsys, "--db", str(db), "import", "--no-progress",
                         *(str(tmp_path / n) for n in good))
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM documents")]
    assert len(texts) == 4 and all("\ufeff" not in t and "억원" in t for t in texts)


def test_nfd_text_and_nfd_file_names_are_stored_as_nfc(capsys, tmp_path: Path) -> None:
    folder = tmp_path / unicodedata.normalize("NFD", "맥에서 온 기사")
    folder.mkdir()
    text = unicodedata.normalize("NFD", KOREAN)
    assert text != KOREAN
    (folder / unicodedata.normalize("NFD", "한글 이름.txt")).write_text(text, encoding="utf-8")
    start = KOREAN.index("1조2000억원")
    raw_start = len(unicodedata.normalize("NFD", KOREAN[:start]))
    raw_end = raw_start + len(unicodedata.normalize("NFD", "1조2000억원"))
    (folder / "spans.jsonl").write_text(json.dumps({
        "text": text + " 추가", "spans": [{"start": raw_start, "end": raw_end, "label": "MONEY"}],
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "p.sqlite3"
    code, _out, err = cli(capsys, "--db", str(db), "import", "--no-progress", str(folder))
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM documents ORDER BY id")]
        spans = conn.execute("SELECT start, \"end\" FROM annotations").fetchall()
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert KOREAN in texts
    (s, e), = spans
    assert (KOREAN + " 추가")[s:e] == "1조2000억원"


def test_a_span_cutting_an_nfd_syllable_is_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    text = unicodedata.normalize("NFD", "한국")  # 한 = ㅎ ㅏ ㄴ
    path.write_text(json.dumps({"text": text, "spans": [{"start": 0, "end": 1, "label": "X"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="does not fit"):
        read_file(path)


def test_hangul_paths_with_spaces_and_brackets(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "연구 자료 [2025] 100%" / "기사 모음"
    folder.mkdir(parents=True)
    (folder / "첫 번째 기사.txt").write_text(KOREAN, encoding="utf-8")
    (folder / "둘째 (수정).jsonl").write_text(
        json.dumps({"text": "광주시는 AI 센터에 3000억원을 쓴다."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = tmp_path / "연구 자료 [2025] 100%" / "내 프로젝트 [최종].sqlite3"
    code, out, err = cli(capsys, "--db", str(db), "import", "--no-progress", str(folder))
    assert code == 0, err
    assert documents(db) == 2
    out_file = folder.parent / "내보내기 결과 [1].jsonl"
    code, out, err = cli(capsys, "--db", str(db), "export", "-o", str(out_file))
    assert code == 0 and len(out_file.read_text(encoding="utf-8").splitlines()) == 2


# -- malformed JSONL and CSV -----------------------------------------------------------------------


@pytest.mark.parametrize("name, content, words", [
    ("cut.jsonl", '{"text": "대전시는 100억원을"}\n{"text": "끊긴 줄\n', ("line 2", "invalid JSON")),
    ("array.jsonl", '{"text": "정상"}\n["text", "배열"]\n', ("line 2", "expected a JSON object")),
    ("deep.jsonl", '{"text": "정상"}\n' + "[" * 100_000 + "\n", ("line 2",)),
    ("digits.jsonl", '{"text": "정상", "n": ' + "9" * 5000 + "}\n", ("line 1", "digits")),
    ("value.jsonl", json.dumps({"text": "1조원", "spans": [
        {"start": 0, "end": 3, "label": "MONEY", "value": int("9" * 400)}]}) + "\n",
     ("line 1", "value")),
    ("span.jsonl", json.dumps({"text": "짧다", "spans": [[0, 99, "ORG"]]}) + "\n",
     ("line 1", "outside the text")),
    ("notext.jsonl", '{"title": "본문 없음"}\n', ("line 1", "text")),
    ("whole.json", '[{"text": "하나"}, {"text": ', ("invalid JSON",)),
    ("quote.csv", '제목,본문\n첫 기사,"닫히지 않은 따옴표\n둘째,기사\n셋째,기사\n',
     ("line 2", "bad CSV", "never closed")),
    ("nocol.csv", "이름,나이\n홍길동,30\n", ("no text column",)),
    ("emptyrow.csv", "제목,본문\n빈 본문,\n", ("row 2", "empty text")),
])
def test_malformed_jsonl_and_csv(capsys, tmp_path: Path, name: str, content: str,
                                 words: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    refused(capsys, tmp_path, path, *words)


def test_skip_invalid_keeps_the_good_lines_and_names_the_bad(capsys, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "인천시는 500억원을 쓴다."}\n{broken\n' + "[" * 50_000 + "\n"
                    '{"text": "울산시는 20억원을 쓴다."}\n', encoding="utf-8")
    db = tmp_path / "p.sqlite3"
    code, out, err = cli(capsys, "--db", str(db), "import", "--skip-invalid", "--no-progress",
                         str(path))
    assert code == 0 and documents(db) == 2
    assert "line 2" in err and "line 3" in err and "Traceback" not in err


# -- workbooks: bombs, formulas, links, entities ---------------------------------------------------


def test_openpyxl_parses_with_defusedxml() -> None:
    """openpyxl uses defusedxml by itself when it is installed (a Bitgeul dependency)."""
    assert openpyxl.xml.DEFUSEDXML is True


def test_zip_bomb_workbook_is_refused_before_unpacking(capsys, tmp_path: Path) -> None:
    path = ratio_bomb_xlsx(tmp_path / "폭탄.xlsx", unpacked_mb=64)
    assert path.stat().st_size < 1 * MB
    refused(capsys, tmp_path, path, "zip bomb", "sharedStrings.xml")


def test_workbook_that_lies_about_its_sizes(capsys, tmp_path: Path) -> None:
    rows = [[cell("A1", "본문")], [cell("A2", KOREAN)]]
    big = claim_sizes(minimal_xlsx(tmp_path / "claims big.xlsx", rows), 900 * MB)
    refused(capsys, tmp_path, big, "zip bomb")
    small = claim_sizes(minimal_xlsx(tmp_path / "claims small.xlsx", rows), 10)
    refused(capsys, tmp_path, small, "not a readable Excel workbook")


def test_formulas_are_read_as_cached_values_and_links_are_ignored(tmp_path: Path) -> None:
    rows = [
        [cell("A1", "제목"), cell("B1", "본문"), cell("C1", "비고")],
        [cell("A2", "첫 기사"), cell("B2", formula='CONCATENATE("부산시는 ","10억원을 썼다.")',
                                     cached="부산시는 10억원을 썼다."),
         cell("C2", formula="[1]Secret!A1", cached="7")],
        [cell("A3", "둘째 기사"), cell("B3", "대구시는 5억원을 썼다."),
         cell("C3", formula='WEBSERVICE("http://example.invalid/steal")')],
        [cell("A4", "셋째 기사"), cell("B4", formula="1+1")],
    ]
    path = minimal_xlsx(tmp_path / "links and formulas.xlsx", rows,
                        external_link="file:///etc/passwd")
    result = read_file(path)  # a formula without a cached value reads as empty, never "=1+1"
    assert result.empty == 1
    texts = [d.text for d in result.docs]
    assert texts == ["부산시는 10억원을 썼다.", "대구시는 5억원을 썼다."]
    assert result.docs[0].meta == {"비고": 7}
    assert result.docs[1].meta == {}
    everything = json.dumps([(d.text, d.title, d.meta) for d in result.docs], ensure_ascii=False)
    assert "=" not in everything and "WEBSERVICE" not in everything and "passwd" not in everything


@pytest.mark.parametrize("where", ["sheet", "workbook"])
def test_xml_entity_attacks_are_refused(capsys, tmp_path: Path, where: str) -> None:
    rows = [[cell("A1", "본문")], [cell("A2", "&d;" if where == "sheet" else "&x;")]]
    path = minimal_xlsx(tmp_path / f"entities in {where}.xlsx", rows,
                        sheet_prolog=BILLION_LAUGHS if where == "sheet" else "",
                        workbook_prolog=XXE if where == "workbook" else "")
    line = refused(capsys, tmp_path, path, "not a readable Excel workbook")
    assert "entit" in line.lower() or "dtd" in line.lower()
    assert "root:" not in line  # /etc/passwd was never read into anything


def test_a_refused_file_among_good_ones(capsys, tmp_path: Path) -> None:
    """The good files are stored, the bad one is named, the exit code says something failed."""
    (tmp_path / "a.txt").write_text(KOREAN, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "c.txt").write_text("제주도는 관광 예산 40억원을 늘렸다.", encoding="utf-8")
    db = tmp_path / "p.sqlite3"
    code, out, err = cli(capsys, "--db", str(db), "import", "--no-progress",
                         *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")))
    assert code == 2 and documents(db) == 2
    one_clear_line(err, "b.txt", "binary")


def test_read_file_lets_only_input_errors_out(tmp_path: Path) -> None:
    """A directory, a missing file, a FIFO-like oddity: InputError, nothing else."""
    with pytest.raises(InputError, match="not found"):
        read_file(tmp_path / "없는 파일.txt")
    with pytest.raises(InputError, match="folder"):
        read_file(tmp_path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        with pytest.raises(InputError):
            read_file(fifo)


def test_messages_stay_one_line_whatever_the_file_holds(capsys, tmp_path: Path) -> None:
    """A file name with a line break, a label with one: the message is still one line."""
    odd = tmp_path / "줄\n바꿈.txt"
    odd.write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "p.sqlite3"
    code, _out, err = cli(capsys, "--db", str(db), "import", "--no-progress", str(odd))
    assert code == 2
    one_clear_line(err, "줄 바꿈.txt", "binary")
    bad = tmp_path / "labels.jsonl"
    bad.write_text(json.dumps({"text": "짧다", "spans": [[0, 9, "둘째\n줄"]]}) + "\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(bad)
    assert len(str(caught.value).splitlines()) == 1 and "둘째 줄" in str(caught.value)
