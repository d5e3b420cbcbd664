"""The export entry point: formats, filters for JSONL, argument checks."""

from __future__ import annotations

import pytest
from test_export_corpus import build_corpus

from models.export.run import FORMATS, ExportFilters, export
from models.importers.registry import read_file


@pytest.fixture
def corpus(store):
    return build_corpus(store)


def test_jsonl_with_filters_reads_back(store, corpus, tmp_path):
    out = tmp_path / "done.jsonl"
    result = export(store, "jsonl", out, filters=ExportFilters(status="done"))
    assert result.rows == {"documents": 1} and result.files == [out]
    docs = read_file(out).docs
    assert len(docs) == 1 and docs[0].outlet == "남도일보"
    money = [sp for sp in docs[0].spans if sp.label == "MONEY"]
    assert [sp.value.value for sp in money] == [2e12, 3.5e11, 2e12, 3.5e11]
    assert len(docs[0].relations) == 4
    out = tmp_path / "money.jsonl"
    export(store, "jsonl", out, filters=ExportFilters(labels=("MONEY",)))
    assert {sp.label for d in read_file(out).docs for sp in d.spans} == {"MONEY"}


def test_every_format_writes(store, corpus, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / ("x.zip" if fmt == "csv-zip" else f"x-{fmt}")
        result = export(store, fmt, out, filters=ExportFilters())
        assert result.files and all(p.exists() for p in result.files), fmt
        assert not result.cancelled


def test_bad_arguments(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "pdf", tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="unknown language"):
        export(store, "xlsx", tmp_path / "x.xlsx", language="ja")


def test_empty_project(store, tmp_path):
    from openpyxl import load_workbook

    result = export(store, "xlsx", tmp_path / "empty.xlsx")
    assert result.documents == 0 and result.amounts == 0 and result.totals == {}
    wb = load_workbook(tmp_path / "empty.xlsx")
    assert wb.sheetnames[1] == "금액" and wb["금액"].max_row == 1
    assert export(store, "bio", tmp_path / "empty.tsv").rows["sentences"] == 0
