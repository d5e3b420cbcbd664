"""The Excel report, opened back with openpyxl and read as raw XML."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from test_export_corpus import build_corpus

from models.domain import InputError
from models.export import xlsx
from models.export.run import ExportFilters, export


@pytest.fixture
def corpus(store):
    return build_corpus(store)


def _table(ws) -> tuple[list[str], list[dict]]:
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:] if any(
        v is not None for v in r)]


def _block(ws, title: str) -> dict[tuple[str, str], tuple]:
    """A totals block of the Summary: (name, currency) → the row's values."""
    rows = [r for r in ws.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r[0] == title)
    out = {}
    for r in rows[at + 2:]:
        if r[0] is None:
            break
        out[(r[0], r[1])] = r
    return out


def _sheet_xml(path: Path, name: str) -> str:
    """The raw XML of the worksheet called ``name``."""
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet name="{re.escape(name)}" sheetId="\d+" state="visible" '
                        r'r:id="(rId\d+)"', book).group(1)
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"',
                           rels)
        part = (target.group(1) or target.group(2)).lstrip("/")
        return z.read(part if part.startswith("xl/") else "xl/" + part).decode()


def test_sheets_types_formats_and_links(store, corpus, tmp_path):
    out = tmp_path / "report.xlsx"
    result = export(store, "xlsx", out, filters=ExportFilters())
    assert result.files == [out] and not result.cancelled
    assert result.documents == 4 and result.amounts == 15
    wb = load_workbook(out)
    assert wb.sheetnames == ["요약", "금액", "개체", "개체 집계", "문서", "관계"]
    ws = wb["금액"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:AE16"
    assert ws["A1"].font.bold and ws.column_dimensions["M"].width == 60
    header, rows = _table(ws)
    assert len(rows) == 15
    first = rows[0]
    assert first["제목"] == "광주시, AI 데이터센터 예산 요구"
    assert first["사업"] == "AI 데이터센터 구축" and first["표기"] == "2조원"
    assert first["금액"] == 2_000_000_000_000 and first["한국식 표기"] == "2조원"
    assert first["집계 포함"] is True and first["집계 금액"] == 2_000_000_000_000
    # Types and number formats of the cells themselves.
    col = {h: i + 1 for i, h in enumerate(header)}
    date_cell = ws.cell(2, col["날짜"])
    assert date_cell.is_date and date_cell.value == datetime(2025, 5, 8)
    assert date_cell.number_format == "yyyy-mm-dd"
    money = ws.cell(2, col["금액"])
    assert money.data_type == "n" and money.number_format == "#,##0"
    assert ws.cell(2, col["근사"]).data_type == "b"
    link = ws.cell(2, col["URL"])
    assert link.hyperlink is not None and link.hyperlink.target == "https://news.example/a/1"
    # A javascript: URL from an article's metadata is shown, never linked.
    c_row = next(i for i, r in enumerate(rows, 2) if r["문서 ID"] == corpus["C"])
    assert ws.cell(c_row, col["URL"]).hyperlink is None
    assert ws.cell(c_row, col["URL"]).value == "javascript:alert(1)"
    # Header notes say which columns are inferred.
    assert "추정" in ws.cell(1, col["제안자"]).comment.text
    docs = _table(wb["문서"])[1]
    assert [d["문서 ID"] for d in docs] == [corpus[k] for k in "ABCD"]  # undated last
    b = docs[1]
    assert b["같은 본문 문서 ID"] == corpus["A"] and b["중복 금액 수"] == 4 and b["집계 금액 수"] == 0
    assert docs[0]["작업 상태"] == "완료" and docs[0]["반복 문단 수"] == 1
    assert docs[0]["집계 합계(원)"] == 2_350_000_000_000
    rels = _table(wb["관계"])[1]
    assert {(r["머리"], r["꼬리"]) for r in rels} >= {("2조원", "AI 데이터센터 구축"),
                                                  ("6800억원", "해상풍력 단지 조성")}


def test_duplicates_counted_once(store, corpus, tmp_path):
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    wb = load_workbook(out)
    _h, rows = _table(wb["금액"])
    by_no = {r["번호"]: r for r in rows}
    # A: the repeated paragraph; B: the same story under another outlet.
    assert by_no[3]["중복 원본 번호"] == 1 and "반복 문단" in by_no[3]["비고"]
    assert by_no[5]["중복 원본 번호"] == 1 and f"문서 {corpus['A']}" in by_no[5]["비고"]
    assert [r["번호"] for r in rows if r["집계 포함"]] == [1, 2, 9, 11, 12, 13, 14]
    # The share (국비) of a project whose total is given, and the KRW gloss, are not added.
    assert "총사업비(9번)" in by_no[10]["비고"] and by_no[10]["집계 포함"] is False
    assert "14번" in by_no[15]["비고"] and by_no[15]["집계 포함"] is False
    assert by_no[12]["구분"] == "범위" and by_no[13]["구분"] == "불명확"
    summary = wb["요약"]
    cur = _block(summary, "통화별 합계")
    krw = cur[("KRW", "KRW")]
    # 2조 + 3500억 (A, once) + 6800억 + 약 500억 + 200억~300억; 수천억 is counted, not summed.
    assert krw[2:7] == (14, 6, None, 3_100_000_000_000, 3_110_000_000_000)
    assert krw[7] == "약 3조 1,000억원 ~ 3조 1,100억원 + 불명확 1건"
    assert krw[9] is True and krw[10] == 1
    assert cur[("USD", "USD")][4] == 500_000_000
    projects = _block(summary, "사업별 합계")
    ai = projects[("AI 데이터센터 구축", "KRW")]
    assert ai[2:5] == (4, 1, 2_000_000_000_000) and ai[7] == "2조원" and ai[8] == 20000
    assert summary.cell(1, 1).value == "빛글 금액 보고서"
    with zipfile.ZipFile(out) as z:  # openpyxl does not read charts back: check the XML
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "barDir val=\"bar\"" in chart and "'요약'!$I$" in chart


def test_formula_injection_is_neutralised(store, corpus, tmp_path):
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    wb = load_workbook(out)
    ws = wb["금액"]
    header, rows = _table(ws)
    col = {h: i + 1 for i, h in enumerate(header)}
    row = next(i for i, r in enumerate(rows, 2) if r["번호"] == 9)
    sentence = ws.cell(row, col["문장"])
    assert sentence.data_type == "s" and sentence.value.startswith("'=HYPERLINK(")
    assert ws.cell(row, col["제목"]).value == "'+SUM(1,2) 전남 해상풍력"
    assert ws.cell(row, col["언론사"]).value == "'@남도통신"
    entities = _table(wb["개체"])[1]
    assert any(e["개체"] == "'-전남도" for e in entities)
    # No cell of any sheet is a formula (the raw XML has no <f>), and the hostile cell is text.
    for name in wb.sheetnames:
        assert "<f>" not in _sheet_xml(out, name), name
    xml = _sheet_xml(out, "금액")
    ref = f"{sentence.column_letter}{row}"
    cell = re.search(rf'<c r="{ref}"[^>]*>(.*?)</c>', xml).group(0)
    assert 't="inlineStr"' in cell and "&apos;=HYPERLINK" in cell.replace("'", "&apos;")


def test_every_part_is_well_formed_xml(store, corpus, tmp_path):
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        for name in z.namelist():
            if name.endswith((".xml", ".rels", ".vml")):
                ElementTree.fromstring(z.read(name))  # raises if not well-formed


def test_english_names(store, corpus, tmp_path):
    out = tmp_path / "en.xlsx"
    export(store, "xlsx", out, filters=ExportFilters(), language="en")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Amounts", "Entities", "Entity counts", "Documents",
                             "Relations"]
    header, rows = _table(wb["Amounts"])
    assert header[:3] == ["Row", "Doc ID", "Title"] and rows[0]["Kind"] == "exact"
    assert rows[2]["Note"].startswith("repeated paragraph")
    assert ("Totals per project" in [r[0] for r in wb["Summary"].iter_rows(values_only=True)])


def test_long_tables_continue_on_next_sheet(store, corpus, tmp_path):
    full, split = tmp_path / "full.xlsx", tmp_path / "split.xlsx"
    export(store, "xlsx", full, filters=ExportFilters())
    export(store, "xlsx", split, filters=ExportFilters(), max_rows=4)  # header + 3 rows
    wb_full, wb = load_workbook(full), load_workbook(split)
    amount_sheets = [n for n in wb.sheetnames if n.startswith("금액")]
    assert amount_sheets == ["금액", "금액 (2)", "금액 (3)", "금액 (4)", "금액 (5)"]
    # Continuation sheets follow their table; every one has the header, filter and frozen row.
    assert wb.sheetnames.index("금액 (5)") + 1 == wb.sheetnames.index("개체")
    rows = []
    for name in amount_sheets:
        ws = wb[name]
        assert ws.max_row <= 4 and ws.freeze_panes == "A2"
        assert ws.cell(1, 1).value == "번호" and ws.auto_filter.ref.startswith("A1:AE")
        rows += list(ws.iter_rows(min_row=2, values_only=True))
    assert rows == list(wb_full["금액"].iter_rows(min_row=2, values_only=True))


def test_filters(store, corpus, tmp_path):
    out = tmp_path / "f.xlsx"
    r = export(store, "xlsx", out, filters=ExportFilters(status="done"))
    assert r.documents == 1 and r.amounts == 4 and r.counted == 2
    r = export(store, "xlsx", out, filters=ExportFilters(outlets=("서남신문",)))
    # Without A in the export, B's first paragraph is the original: its amounts count.
    assert r.documents == 1 and r.counted == 2 and r.duplicates == 2
    r = export(store, "xlsx", out, filters=ExportFilters(date_from=date(2025, 5, 9),
                                                         date_to=date(2025, 5, 10)))
    assert r.documents == 2
    r = export(store, "xlsx", out, filters=ExportFilters(labels=("PERSON",)))
    wb = load_workbook(out)
    assert r.amounts == 0 and {e["라벨"] for e in _table(wb["개체"])[1]} == {"PERSON"}
    assert "라벨=PERSON" in [row[1] for row in wb["요약"].iter_rows(values_only=True)]
    r = export(store, "xlsx", out, filters=ExportFilters(only_annotated=True))
    assert r.documents == 3


def test_unwritable_target_keeps_what_was_there(store, corpus, tmp_path):
    target = tmp_path / "busy.xlsx"
    target.mkdir()  # os.replace cannot put a file over it, like a file locked by Excel
    (target / "keep.txt").write_text("x")
    with pytest.raises(InputError) as err:
        export(store, "xlsx", target, filters=ExportFilters())
    assert "busy.xlsx" in str(err.value)
    assert (target / "keep.txt").read_text() == "x"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(InputError):
        export(store, "xlsx", tmp_path / "no" / "such" / "dir.xlsx", filters=ExportFilters())


def test_cancel_and_progress(store, corpus, tmp_path):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"old report")
    result = export(store, "xlsx", target, filters=ExportFilters(), cancel=lambda: True)
    assert result.cancelled and target.read_bytes() == b"old report"
    seen: list[tuple[int, int]] = []
    export(store, "xlsx", target, filters=ExportFilters(),
           progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert load_workbook(target).sheetnames[0] == "요약"


def test_hyperlinks_beyond_excels_limit_become_formulas(store, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "HYPERLINKS_PER_SHEET", 2)
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    ws = load_workbook(out)["금액"]
    assert ws["F2"].hyperlink is not None and ws["F3"].hyperlink is not None
    assert ws["F4"].hyperlink is None
    assert ws["F4"].value == '=HYPERLINK("https://news.example/a/1")'
    assert ws["F10"].value == "javascript:alert(1)"  # unsafe schemes never become formulas


def test_own_row_xml_matches_openpyxl_cells(store, corpus, tmp_path, monkeypatch):
    """The writer serialises rows itself; openpyxl's own cells must give the same workbook."""
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    monkeypatch.setattr(xlsx, "HYPERLINKS_PER_SHEET", 3)  # links and HYPERLINK formulas both
    export(store, "xlsx", fast, filters=ExportFilters())
    monkeypatch.setattr(xlsx, "FAST_ROWS", False)
    export(store, "xlsx", slow, filters=ExportFilters())
    a, b = load_workbook(fast), load_workbook(slow)
    assert a.sheetnames == b.sheetnames
    for name in a.sheetnames[1:]:
        wa, wb_ = a[name], b[name]
        assert (wa.max_row, wa.max_column) == (wb_.max_row, wb_.max_column)
        for ra, rb in zip(wa.iter_rows(), wb_.iter_rows(), strict=True):
            for ca, cb in zip(ra, rb, strict=True):
                assert (ca.value, ca.data_type, ca.number_format, ca.font.u) == \
                    (cb.value, cb.data_type, cb.number_format, cb.font.u), ca.coordinate
                assert (ca.hyperlink and ca.hyperlink.target) == \
                    (cb.hyperlink and cb.hyperlink.target), ca.coordinate


def test_libreoffice_opens_the_report_and_sees_the_numbers(store, corpus, tmp_path):
    """A real spreadsheet program reads the workbook: every sheet converts, amounts are numbers."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs libreoffice-calc-nogui)")
    out = tmp_path / "report.xlsx"
    export(store, "xlsx", out)
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
         "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    import csv

    # The filter's last field (2) asks for the second sheet, 금액, as LibreOffice read it.
    rows = list(csv.reader(next(tmp_path.glob("report-*.csv")).open(encoding="utf-8")))
    header, body = rows[0], rows[1:]
    assert "금액" in header and body
    values = [r[header.index("금액")] for r in body]
    assert all(v.isdigit() for v in values if v), values  # real numbers, unformatted
    assert any(int(v) >= 10**11 for v in values if v)


def test_the_report_is_readable_by_others_like_any_saved_file(store, corpus, tmp_path):
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    out = tmp_path / "report.xlsx"
    export(store, "xlsx", out)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600
    out.chmod(0o640)
    export(store, "xlsx", out)  # replacing keeps the mode the user gave it
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
