"""The ``bitgeul`` CLI end to end, as a separate process, on files the tests write."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

ARTICLE = (
    "충북도는 12일 오송 바이오 실증센터 구축(4500억원)과 청주공항 물류단지 조성(1조2000억원)을 "
    "내년 국비 사업으로 건의했다고 밝혔다.\n"
    "이서준 충북도 경제부지사는 이날 도청 브리핑에서 \"두 사업 모두 예비타당성조사를 통과할 수 "
    "있다\"고 말했다.\n"
    "충북도는 12일 오송 바이오 실증센터 구축(4500억원)과 청주공항 물류단지 조성(1조2000억원)을 "
    "내년 국비 사업으로 건의했다고 밝혔다.\n"
)


def bitgeul(*args: str, db: Path | None = None, stdin: str | None = None,
            check: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "models.cli"]
    if db is not None:
        cmd += ["--db", str(db), "--annotator", "tester"]
    out = subprocess.run(cmd + list(args), cwd=REPO, input=stdin, capture_output=True,
                         text=True, timeout=600, env={"BITGEUL_KIWI_FAST": "1",
                                                      **_env()})
    if check:
        assert out.returncode == 0, out.stderr
    return out


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "BITGEUL_DB"}


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "충북 기사.txt"
    path.write_bytes(ARTICLE.encode("cp949"))
    return path


def test_import_suggest_accept_export_and_import_back(tmp_path: Path, article_file: Path) -> None:
    db = tmp_path / "p.sqlite3"
    jsonl = tmp_path / "nfd.jsonl"
    nfd = unicodedata.normalize("NFD", "부산시는 북항 재개발 사업(2조원)을 추진한다.")
    jsonl.write_text(json.dumps({"text": nfd, "meta": {"title": "부산", "outlet": "해양일보",
                                                       "date": "2026-04-02"}},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    out = bitgeul("import", str(article_file), str(jsonl), db=db)
    assert "1 documents added" in out.stdout
    again = bitgeul("import", str(article_file), db=db)
    assert "0 documents added, 1 already stored" in again.stdout

    stats = json.loads(bitgeul("stats", "--json", db=db).stdout)
    assert stats["documents"] == 2 and stats["annotations"] == 0

    bitgeul("suggest", "--no-progress", db=db)
    stats = json.loads(bitgeul("stats", "--json", db=db).stdout)
    assert stats["suggestions_by_label"]["MONEY"] >= 5  # 2 + 2 repeated + 1
    assert stats["open_suggestions"] == stats["suggestions"]

    bitgeul("accept", "--label", "MONEY", "--label", "PROJECT", db=db)
    stats = json.loads(bitgeul("stats", "--json", db=db).stdout)
    assert stats["annotations_by_label"]["MONEY"] >= 5
    assert stats["relations"] >= 5  # every amount linked to its project
    assert stats["decisions"] == stats["annotations"]

    exported = tmp_path / "out.jsonl"
    bitgeul("export", "--format", "jsonl", "-o", str(exported), db=db)
    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    busan = next(r for r in records if r["meta"].get("outlet") == "해양일보")
    assert busan["text"] == unicodedata.normalize("NFC", nfd)
    money = next(sp for sp in busan["spans"] if sp["label"] == "MONEY")
    assert money["text"] == "2조원" and money["value"] == 2_000_000_000_000
    assert busan["relations"][0]["label"] == "AMOUNT_FOR"

    # Round trip: a fresh project imports the export with nothing lost.
    db2 = tmp_path / "copy.sqlite3"
    bitgeul("import", str(exported), db=db2)
    exported2 = tmp_path / "out2.jsonl"
    bitgeul("export", "--format", "jsonl", "-o", str(exported2), db=db2)
    again_records = [json.loads(line) for line in exported2.read_text("utf-8").splitlines()]

    def strip(records: list[dict]) -> list[dict]:
        for r in records:
            r["meta"].pop("source_file", None)
            for sp in r["spans"]:
                sp.pop("status", None)
        return sorted(records, key=lambda r: r["text"])

    assert strip(again_records) == strip(records)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("broken.jsonl", b'{"text": "ok"}\n{"text": \n', ":2"),
        ("fake.xlsx", b"this is not a workbook", "xlsx"),
    ],
)
def test_bad_files_get_one_line_and_exit_2_and_store_nothing(
        tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    db = tmp_path / "p.sqlite3"
    bad = tmp_path / name
    bad.write_bytes(content)
    out = bitgeul("import", str(bad), db=db, check=False)
    assert out.returncode == 2
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and name in lines[0] and problem in lines[0].lower()
    assert json.loads(bitgeul("stats", "--json", db=db).stdout)["documents"] == 0


def test_skip_invalid_keeps_the_good_lines(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "광주시는 예산 100억원을 편성했다."}\n{oops\n'
                    '{"text": "전남도는 예산 50억원을 편성했다."}\n', encoding="utf-8")
    out = bitgeul("import", "--skip-invalid", str(path), db=db)
    assert "2 documents added" in out.stdout and "mixed.jsonl:2" in out.stderr


def test_analyze_contract_offsets_index_the_given_text(tmp_path: Path) -> None:
    text = unicodedata.normalize("NFD", "약 3억5000만원과 200억~300억원, 그리고 $5 billion이 들었다.")
    rows = [{"id": 7, "text": text}, {"text": "지난 8일 발표된 계획", "date": "2026-05-10"}]
    out = bitgeul("analyze", "--rules-only",
                  stdin="\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["id"] == 7 and first["text"] == text  # other keys kept, text unchanged
    money = [sp for sp in first["spans"] if sp["label"] == "MONEY"]
    for sp in money:
        assert text[sp["start"]:sp["end"]] == sp["text"]
    values = [(unicodedata.normalize("NFC", sp["text"]), sp["value"], sp["low"], sp["high"],
               sp["currency"]) for sp in money]
    assert values[0] == ("3억5000만원", 350_000_000, 350_000_000, 350_000_000, "KRW")
    assert values[1][2:] == (20_000_000_000, 30_000_000_000, "KRW")
    assert values[2][1:] == (5_000_000_000, 5_000_000_000, 5_000_000_000, "USD")
    assert any(sp["label"] == "DATE" and sp.get("date") == "2026-05-08" for sp in second["spans"])


def test_analyze_reports_a_bad_line_with_exit_2() -> None:
    out = bitgeul("analyze", stdin='{"text": "좋다"}\nnot json\n', check=False)
    assert out.returncode == 2 and "<stdin>:2" in out.stderr
    assert json.loads(out.stdout)["text"] == "좋다"  # the line before the bad one is answered


@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes is POSIX only")
def test_analyze_answers_a_line_on_a_pipe_before_the_next_one_comes() -> None:
    """A tool that writes one line and waits for its answer must get it: the pipe is read
    ahead on a thread, and a batch holds only what has already arrived."""
    import select

    proc = subprocess.Popen([sys.executable, "-m", "models.cli", "analyze", "--rules-only"],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env={"BITGEUL_KIWI_FAST": "1", **_env()})
    assert proc.stdin is not None and proc.stdout is not None
    try:
        answers = []
        for text in ("사업비는 3조원이다.", "2조 5천억 원이 더 든다."):
            proc.stdin.write((json.dumps({"text": text}, ensure_ascii=False) + "\n").encode())
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 120)
            assert ready, "no answer while the pipe stays open"
            answers.append(json.loads(proc.stdout.readline()))
        assert [a["spans"][0]["value"] for a in answers] == [3 * 10**12, 2.5 * 10**12]
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


def test_export_the_excel_report_and_csv_from_the_cli(tmp_path: Path, article_file: Path) -> None:
    import zipfile

    from openpyxl import load_workbook

    db = tmp_path / "p.sqlite3"
    bitgeul("import", str(article_file), db=db)
    bitgeul("suggest", "--no-progress", db=db)
    bitgeul("accept", "--label", "MONEY", "--label", "PROJECT", db=db)
    report = tmp_path / "보고서.xlsx"
    out = bitgeul("export", "-o", str(report), db=db)
    assert "total KRW: 1조 6,500억원" in out.stdout  # the repeated paragraph counts once
    wb = load_workbook(report)
    assert wb.sheetnames[:2] == ["요약", "금액"]
    csvzip = tmp_path / "tables.zip"
    bitgeul("export", "--format", "csv", "--zip", "-o", str(csvzip), "--lang", "en", db=db)
    with zipfile.ZipFile(csvzip) as zf:
        first = zf.read(zf.namelist()[0])
    assert first.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Windows reads Korean
    bad = bitgeul("export", "-o", str(tmp_path / "x.pdf"), db=db, check=False)
    assert bad.returncode == 2 and "x.pdf" in bad.stderr
    # -o report.csv writes report.csv (the amounts) and says which file holds which table.
    said = bitgeul("export", "-o", str(tmp_path / "report.csv"), db=db).stdout
    assert (tmp_path / "report.csv").read_text(encoding="utf-8-sig").startswith("번호,문서 ID,")
    assert f"{tmp_path / 'report.csv'}  (amounts, 4 rows)" in said
    assert f"{tmp_path / 'report_summary.csv'}  (summary," in said


def test_analyze_gives_the_same_answer_from_a_file_in_batches(tmp_path: Path) -> None:
    texts = [f"{i}번째 기사: 정부는 {i + 1}조원 규모의 사업을 {i + 3}일 발표했다." for i in range(300)]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts),
                    encoding="utf-8")
    batched = tmp_path / "out.jsonl"
    bitgeul("analyze", "--input", str(path), "--output", str(batched))
    one_by_one = bitgeul("analyze", stdin=path.read_text(encoding="utf-8")).stdout
    assert batched.read_text(encoding="utf-8") == one_by_one
    rows = [json.loads(line) for line in one_by_one.splitlines()]
    assert len(rows) == 300
    assert [sp["value"] for sp in rows[7]["spans"] if sp["label"] == "MONEY"] == [8 * 10**12]
