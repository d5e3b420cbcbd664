"""CSV export: a BOM for Excel on Windows, one file per table or one zip, the same guard."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from test_export_corpus import build_corpus

from models.export.csv_export import read_csv
from models.export.run import ExportFilters, export

BOM = b"\xef\xbb\xbf"
FILES = ["summary.csv", "totals.csv", "amounts.csv", "entities.csv", "entity_counts.csv",
         "documents.csv", "relations.csv"]


@pytest.fixture
def corpus(store):
    return build_corpus(store)


def _dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_folder_of_csv_files(store, corpus, tmp_path):
    out = tmp_path / "tables"
    result = export(store, "csv", out, filters=ExportFilters())
    assert sorted(p.name for p in result.files) == sorted(FILES)
    for name in FILES:
        assert (out / name).read_bytes().startswith(BOM), name
    amounts = _dicts(list(read_csv(out / "amounts.csv")))
    assert len(amounts) == 15 == result.rows["amounts"]
    first = amounts[0]
    assert first["금액"] == "2000000000000" and first["집계 포함"] == "TRUE"
    assert first["날짜"] == "2025-05-08" and first["한국식 표기"] == "2조원"
    assert amounts[2]["중복 원본 번호"] == "1" and amounts[2]["집계 금액"] == ""
    hostile = next(a for a in amounts if a["번호"] == "9")
    assert hostile["문장"].startswith("'=HYPERLINK(") and hostile["제목"].startswith("'+SUM")
    assert hostile["언론사"] == "'@남도통신"
    for row in amounts:  # nothing in any cell starts a formula
        assert not any(v[:1] in "=+-@\t\r" and v[:1] for v in row.values() if v), row
    totals = _dicts(list(read_csv(out / "totals.csv")))
    krw = next(t for t in totals if t["구분"] == "통화" and t["이름"] == "KRW")
    assert krw["하한 합계"] == "3100000000000" and krw["상한 합계"] == "3110000000000"
    ai = next(t for t in totals if t["구분"] == "사업" and t["이름"] == "AI 데이터센터 구축")
    assert ai["합계"] == "2000000000000" and ai["집계 수"] == "1"
    facts = dict(r for r in read_csv(out / "summary.csv"))
    assert facts["문서 수"] == "4" and facts["중복으로 제외된 금액"] == "6"


def test_name_csv_is_written_with_the_amounts_and_the_rest_beside_it(store, corpus, tmp_path):
    result = export(store, "csv", tmp_path / "report.csv", filters=ExportFilters(),
                    language="en")
    assert result.files[2] == tmp_path / "report.csv"
    header = next(read_csv(tmp_path / "report.csv"))
    assert header[:3] == ["Row", "Doc ID", "Title"]
    assert sorted(p.name for p in tmp_path.glob("report*.csv")) == sorted(
        ["report.csv", "report_summary.csv", "report_totals.csv", "report_entities.csv",
         "report_entity_counts.csv", "report_documents.csv", "report_relations.csv"])


def test_zip(store, corpus, tmp_path):
    out = tmp_path / "tables.zip"
    result = export(store, "csv", out, filters=ExportFilters())  # .zip → one zip
    assert result.format == "csv-zip" and result.files == [out]
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == sorted(FILES)
        data = z.read("amounts.csv")
    assert data.startswith(BOM)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 16 and rows[1][rows[0].index("표기")] == "2조원"


def test_cancel_leaves_old_files(store, corpus, tmp_path):
    out = tmp_path / "tables"
    out.mkdir()
    (out / "amounts.csv").write_text("old")
    result = export(store, "csv", out, filters=ExportFilters(), cancel=lambda: True)
    assert result.cancelled and (out / "amounts.csv").read_text() == "old"
    assert sorted(p.name for p in out.iterdir()) == ["amounts.csv"]
