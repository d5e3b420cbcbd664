"""The report from relations: 금액 rows with 사업, 제안자, 소속, 직함, 지역 and 재원, marked
(추정) until confirmed; totals by proposer, body and region; a share never added to its whole;
a repeated paragraph's amounts with their first occurrence's links; the 요약 sheet's print setup
and chart. Real engine, real SQLite, real xlsx files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart.reference import Reference

from models.domain import ImportedDoc
from models.engine import analyze
from models.export.report_data import ExportFilters
from models.export.run import export
from models.store.commands import Accept, ConfirmRelation
from models.store.project import ProjectStore

REPO = Path(__file__).resolve().parents[2]
SEED = Path(os.environ.get("BITGEUL_SEED_ARTICLE",
                           REPO.parent / "shared" / "data" / "seed-article.txt"))

PARA = ("구민석 여수시 정책보좌관은 ▲여수 해양 레저 단지 조성(900억원) ▲돌산 관광 도로 확장"
        "(300억원)을 요구했다.")
TEXT = (PARA + "\n"
        "순천시는 순천 정원 박람회장 확충에 총사업비 1200억원을 들인다. 이 가운데 국비 "
        "700억원은 이미 확보했다.\n" + PARA)


def _store_with(tmp_path: Path, kiwi, text: str, *, skip_repeat: bool = False) -> ProjectStore:
    store = ProjectStore.open(tmp_path / "p.sqlite3", "kim")
    doc = store.add_documents([ImportedDoc(text, title="여수", date=date(2025, 5, 8),
                                           outlet="남도일보")]).document_ids[0]
    store.save_analysis(doc, "test", analyze(store.document(doc).text, kiwi=kiwi))
    view = store.document(doc)
    cut = view.text.rindex(PARA) if skip_repeat else len(view.text)
    # accept every suggestion as it comes (in the repeat, only the amounts when asked)
    store.execute([Accept(g.id) for g in view.suggestions
                   if g.start < cut or g.label == "MONEY"])
    return store


def _rows(path: Path) -> list[dict]:
    ws = load_workbook(path)["금액"]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_rows_from_relations_marked_until_confirmed(tmp_path: Path, kiwi) -> None:
    store = _store_with(tmp_path, kiwi, TEXT)
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    rows = {r["표기"] + str(r["번호"]): r for r in _rows(out)}
    first = rows["900억원1"]
    assert (first["사업"], first["제안자"], first["소속"], first["직함"], first["지역"]) == (
        "여수 해양 레저 단지 조성", "구민석 (추정)", "여수시 (추정)", "정책보좌관", "여수 (추정)")
    share = rows["700억원4"]
    assert share["재원"] == "국비" and share["사업"] == "순천 정원 박람회장 확충"
    assert share["집계 포함"] is False and "3번" in share["비고"]
    assert rows["1200억원3"]["제안자"] == "순천시 (추정)"
    # confirm every suggested relation: the marks go
    view = store.document(store.document_ids()[0])
    store.execute([ConfirmRelation(r.id) for r in view.relations if not r.confirmed])
    export(store, "xlsx", out, filters=ExportFilters())
    rows = {r["표기"] + str(r["번호"]): r for r in _rows(out)}
    assert (rows["300억원2"]["제안자"], rows["300억원2"]["지역"]) == ("구민석", "여수시")
    summary = load_workbook(out)["요약"]
    values = [r for r in summary.iter_rows(values_only=True)]
    names = [r[0] for r in values]
    for block in ("제안자별 합계", "소속 기관별 합계", "지역별 합계", "사업별 재원 (총액의 몫)"):
        assert block in names
    at = names.index("제안자별 합계")
    proposers = {r[0]: r for r in values[at + 2:at + 6] if r[0]}
    # 900억 + 300억 once (the repeat is not counted again), 1200억 for 순천시, not + 700억
    assert proposers["구민석"][4] == 120_000_000_000
    assert proposers["순천시"][4] == 120_000_000_000
    store.close()


def test_repeated_paragraph_takes_the_first_links(tmp_path: Path, kiwi) -> None:
    store = _store_with(tmp_path, kiwi, TEXT, skip_repeat=True)
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    rows = _rows(out)
    repeat = [r for r in rows if r["번호"] in (5, 6)]
    assert [r["사업"] for r in repeat] == ["여수 해양 레저 단지 조성", "돌산 관광 도로 확장"]
    assert all(r["제안자"].startswith("구민석") for r in repeat)
    store.close()


def test_summary_prints_on_a4_landscape_without_overlaps_or_empty_bars(tmp_path: Path,
                                                                       kiwi) -> None:
    store = _store_with(tmp_path, kiwi, TEXT)
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    ws = load_workbook(out)["요약"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    for row in ws.iter_rows():
        for cell in row:
            # no wrapped text that a row's default height cannot hold
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                assert len(cell.value) <= 60
            if isinstance(cell.value, str) and cell.column == 2:
                assert len(cell.value) <= 80
    assert ws.row_dimensions[1].height >= 20  # the 14 pt title
    (chart,) = ws._charts
    ref = Reference(range_string=chart.series[0].val.numRef.f)
    bars = [ws.cell(r, ref.min_col).value for r in range(ref.min_row, ref.max_row + 1)]
    assert bars and all(isinstance(v, (int, float)) and v > 0 for v in bars)
    store.close()


def test_seed_article_rows_name_the_aide_and_gwangju(tmp_path: Path, kiwi) -> None:
    if not SEED.exists():
        pytest.skip("the user's example article (../shared/data) is not here")
    store = ProjectStore.open(tmp_path / "seed.sqlite3", "kim")
    doc = store.add_documents([ImportedDoc(SEED.read_text(encoding="utf-8"), title="seed",
                                           date=date(2025, 5, 8))]).document_ids[0]
    store.save_analysis(doc, "test", analyze(store.document(doc).text, kiwi=kiwi))
    view = store.document(doc)
    keep = []
    for g in sorted(view.suggestions, key=lambda g: (g.start, -(g.end - g.start))):
        if not keep or g.start >= keep[-1].end:  # as `bitgeul accept --all` does
            keep.append(g)
    store.execute([Accept(g.id) for g in keep])
    out = tmp_path / "seed.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    rows = _rows(out)
    assert len(rows) == 10  # five pledges, again in the repeated paragraph
    for r in rows:
        assert r["사업"] and r["사업"] != "(사업 미연결)"
        assert r["제안자"].startswith("황철호") and "광주" in r["지역"]
        assert r["소속"].startswith("광주시") and r["직함"] == "정책보좌관"
    store.close()


def _amounts(tmp_path: Path, kiwi, text: str) -> tuple[dict[str, dict], float]:
    """The report's amount rows by their text, every suggestion accepted, and their sum."""
    store = _store_with(tmp_path, kiwi, text)
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    store.close()
    rows = {r["표기"]: r for r in _rows(out)}
    return rows, sum(r["집계 금액"] or 0 for r in rows.values())


def test_shares_named_before_their_total_are_counted_once(tmp_path: Path, kiwi) -> None:
    rows, total = _amounts(tmp_path, kiwi, "해솔도는 해솔 바이오 특구 조성에 2028년까지 도비 "
                                           "450억원 등 모두 1200억원을 쓴다.")
    assert rows["1200억원"]["사업"] == rows["450억원"]["사업"] == "해솔 바이오 특구 조성"
    assert rows["450억원"]["재원"] == "도비" and rows["450억원"]["집계 포함"] is False
    assert rows["1200억원"]["집계 포함"] is True and total == 1200 * 10**8


def test_rates_are_not_added(tmp_path: Path, kiwi) -> None:
    rows, total = _amounts(tmp_path, kiwi, "해솔군은 군민 1인당 20만원씩 모두 120억원의 "
                           "생활지원금을 지급한다. 도는 매년 100억원씩 모두 500억원을 해솔 청년 "
                           "창업 지원 사업에 투입한다.")
    assert rows["20만원"]["집계 포함"] is False and "단가" in rows["20만원"]["비고"]
    assert rows["100억원"]["집계 포함"] is False and total == 620 * 10**8


def test_increases_cuts_and_the_budget_before_a_change_are_not_added(tmp_path: Path,
                                                                     kiwi) -> None:
    rows, total = _amounts(tmp_path, kiwi, "해솔천 생태하천 복원 사업은 당초 90억원에서 25억원 "
                           "늘어난 115억원으로 증액됐다. 청년 창업 공간 조성 사업은 40억원이 "
                           "삭감됐다.")
    assert rows["25억원"]["집계 포함"] is False and "증감" in rows["25억원"]["비고"]
    assert rows["90억원"]["집계 포함"] is False and "변경 전" in rows["90억원"]["비고"]
    assert rows["40억원"]["집계 포함"] is False
    assert rows["115억원"]["집계 포함"] is True and total == 115 * 10**8
    rows, total = _amounts(tmp_path / "b", kiwi, "해솔시는 처음 신청할 때 6,100억원이던 총사업비를 "
                           "4,200억원으로 낮췄다.")
    assert "변경 전" in rows["6,100억원"]["비고"] and total == 4200 * 10**8


def test_parts_listed_with_their_total_are_counted_once(tmp_path: Path, kiwi) -> None:
    rows, total = _amounts(tmp_path / "a", kiwi, "해솔시는 5년간 2조5천억원을 투입해 ▲해솔 데이터센터 "
                           "구축(1조8천억원) ▲해솔항 배후단지 조성(7천억원)을 추진한다.")
    assert rows["2조5천억원"]["집계 포함"] is False and "2~3번" in rows["2조5천억원"]["비고"]
    assert rows["7천억원"]["집계 포함"] is True and total == 25000 * 10**8
    # the parts first, then their total after 모두
    rows, total = _amounts(tmp_path / "b", kiwi, "해솔도는 해솔 수소 특구 조성 800억원, 해솔 청년 "
                           "주택 건립 400억원 등 모두 1200억원을 반영했다.")
    assert rows["1200억원"]["집계 포함"] is False and total == 1200 * 10**8
    # items on lines of their own under the total
    rows, total = _amounts(tmp_path / "c", kiwi, "해솔군은 총 3000억원 규모의 계획을 내놨다.\n"
                           "▲해솔 스마트팜 단지 조성 1200억원\n▲해솔 물류센터 건립 1800억원")
    assert rows["3000억원"]["집계 포함"] is False and total == 3000 * 10**8
    # a budget by years is no list of parts, though 70 + 30 = 100
    rows, total = _amounts(tmp_path / "d", kiwi, "해솔군은 지난해 100억원, 올해 70억원, 내년 "
                           "30억원을 들여 해솔천을 정비한다.")
    assert rows["100억원"]["집계 포함"] is True and total == 200 * 10**8


def test_shares_of_a_total_with_no_project_in_the_same_sentence(tmp_path: Path, kiwi) -> None:
    rows, total = _amounts(tmp_path, kiwi, "이번 추경은 일반회계 3천억원, 특별회계 500억원 등 총 "
                           "3500억원 규모다. 시는 따로 국비 200억원을 확보했다.")
    assert rows["3천억원"]["집계 포함"] is False and rows["500억원"]["집계 포함"] is False
    assert rows["200억원"]["집계 포함"] is True  # another sentence: not a share of that total
    assert total == 3700 * 10**8


def test_a_headline_amount_the_body_gives_again_is_counted_once(tmp_path: Path, kiwi) -> None:
    from models.importing import import_paths

    path = tmp_path / "기사.txt"
    path.write_text("해솔군, 3년간 480억원 들여 해솔항 정비한다\n\n해솔군은 해솔항 방파제 정비 사업에 "
                    "2029년까지 모두 480억원을 투입한다고 밝혔다. 해솔 어촌 체험관 건립에도 "
                    "60억원을 쓴다.\n", encoding="utf-8")
    store = ProjectStore.open(tmp_path / "p.sqlite3", "kim")
    import_paths(store, [path])
    doc = store.document_ids()[0]
    assert store.document(doc).title == "해솔군, 3년간 480억원 들여 해솔항 정비한다"
    store.save_analysis(doc, "test", analyze(store.document(doc).text, kiwi=kiwi))
    store.execute([Accept(g.id) for g in store.document(doc).suggestions])
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    store.close()
    rows = _rows(out)
    assert [r["표기"] for r in rows] == ["480억원", "480억원", "60억원"]
    assert rows[0]["집계 포함"] is False and "제목" in rows[0]["비고"] and "2번" in rows[0]["비고"]
    assert sum(r["집계 금액"] or 0 for r in rows) == 540 * 10**8


def test_an_amount_the_text_and_its_table_both_give_is_counted_once(tmp_path: Path,
                                                                      kiwi) -> None:
    rows = _rows_of(tmp_path, kiwi, "해솔시는 해솔 데이터센터 구축에 2,400억원을 투입한다.\n"
                    "(단위: 억원)\n사업명 | 총사업비 | 국비 | 시비\n해솔 데이터센터 구축 | 2,400 | 1,200 | "
                    "1,200\n해솔항 배후단지 조성 | 380 | 200 | 180\n시는 해솔항 배후단지 조성에도 380억원을 "
                    "들인다. 해솔 문화센터 건립에는 380억원을 따로 쓴다.")
    by_text = {(r["표기"], r["사업"]): r for r in rows}
    assert "표의 2번" in by_text[("2,400억원", "해솔 데이터센터 구축")]["비고"]
    assert "표의 5번" in by_text[("380억원", "해솔항 배후단지 조성")]["비고"]
    assert by_text[("380억원", "해솔 문화센터 건립")]["집계 포함"] is True  # another project
    assert sum(r["집계 금액"] or 0 for r in rows) == (2400 + 380 + 380) * 10**8


def _rows_of(tmp_path: Path, kiwi, text: str) -> list[dict]:
    store = _store_with(tmp_path, kiwi, text)
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    store.close()
    return _rows(out)
