"""Amounts in the tables of reports (models.nlp.table_money, models.nlp.project_tables and
the table shares of models.nlp.shares): unit stated once, rows named by their first cell, shares
by their column's head. Tables written for these tests; the end-to-end case goes through a real
HWP file, SQLite project and xlsx report."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from models.domain import AMOUNT_FOR, PART_OF
from models.engine import analyze
from models.export.report_data import ExportFilters
from models.export.run import export
from models.importing import import_paths
from models.nlp.table_money import find_table_money
from models.store.commands import Accept, ConfirmRelation
from models.store.project import ProjectStore
from tests.samples.hwp import paragraph, table, write_hwp

TABLE = ("주요 사업 (단위: 억원)\n사업명 | 총사업비 | 국비 | 시비 | 기간\n"
         "해솔 물류단지 조성 | 2,400 | 1,200 | 1,200 | 2026~2030\n"
         "빛들천 정비 | 380.5 | 190 | 190.5 | 2027\n합계 | 2,780.5 | 1,390 | 1,390.5 | -")


def values(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(s.text, s.value.value if s.value else None, s.value.currency if s.value else None)
            for s in find_table_money(text)]


def test_a_table_states_its_unit_once():
    assert values(TABLE) == [("2,400", 2400e8, "KRW"), ("1,200", 1200e8, "KRW"),
                             ("1,200", 1200e8, "KRW"), ("380.5", 380.5e8, "KRW"),
                             ("190", 190e8, "KRW"), ("190.5", 190.5e8, "KRW")]
    # (no money in the 기간 column, none in the sum row)


def test_a_columns_own_unit_and_tables_without_one():
    text = "과제 | 예산(백만원) | 인원(명) | 지원액(천 달러)\n해솔 연구 | 1,500 | 12 | 300"
    assert values(text) == [("1,500", 1500e6, "KRW"), ("300", 300e3, "USD")]
    assert values("사업명 | 예산 | 기간\n해솔 연구 | 1,500 | 2027") == []  # no unit: no money
    # no unit stated, but cells that carry their own: amounts of the table, none in its sum row
    text = "사업명 | 사업비 | 국비\n해솔 연구 | 12억원 | 6억원\n빛들 연구 | 3억5천만원 | 1억원\n합계 | 15억5천만원 | 7억원"
    assert values(text) == [("12억원", 12e8, "KRW"), ("6억원", 6e8, "KRW"),
                            ("3억5천만원", 3.5e8, "KRW"), ("1억원", 1e8, "KRW")]
    # a decrease (△50) is a change, not a budget; a word is no amount
    assert values("(단위: 억원)\n항목 | 증감\n해솔 연구 | △50\n빛들 연구 | 미정") == []


def test_rows_fund_the_item_they_name_and_shares_are_parts(kiwi):
    a = analyze(TABLE, kiwi=kiwi)
    text_of = {i: s.text for i, s in enumerate(a.spans)}
    links = sorted((text_of[r.head], text_of[r.tail]) for r in a.relations
                   if r.label == AMOUNT_FOR)
    assert ("2,400", "해솔 물류단지 조성") in links and ("190.5", "빛들천 정비") in links
    parts = sorted((text_of[r.head], text_of[r.tail], dict(r.attrs)["funding"])
                   for r in a.relations if r.label == PART_OF)
    assert parts == [("1,200", "2,400", "국비"), ("1,200", "2,400", "시비"),
                     ("190", "380.5", "국비"), ("190.5", "380.5", "시비")]


def test_a_reports_table_from_an_hwp_file_to_the_report(tmp_path: Path, kiwi):
    path = write_hwp(tmp_path / "보고서.hwp", [
        paragraph("2027년 해솔시 주요 투자사업 (단위: 억원)"),
        paragraph("") + table([["사업명", "총사업비", "국비", "시비"],
                               ["해솔 물류단지 조성", "2,400", "1,200", "1,200"],
                               ["빛들천 수변공원 정비", "380", "190", "190"]]),
        paragraph("시는 위 두 사업에 모두 2,780억원을 쓴다."),
    ])
    store = ProjectStore.open(tmp_path / "p.sqlite3", "kim")
    report = import_paths(store, [path])
    assert [(f.added, f.error) for f in report.files] == [(1, None)]
    doc = store.document_ids()[0]
    store.save_analysis(doc, "test", analyze(store.document(doc).text, kiwi=kiwi))
    view = store.document(doc)
    store.execute([Accept(g.id) for g in view.suggestions])
    view = store.document(doc)
    store.execute([ConfirmRelation(r.id) for r in view.relations if not r.confirmed])
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    store.close()
    ws = load_workbook(out)["금액"]
    rows = list(ws.iter_rows(values_only=True))
    table_rows = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    got = [(r["표기"], r["사업"], r["재원"], r["집계 포함"]) for r in table_rows]
    assert got == [("2,400", "해솔 물류단지 조성", None, True),
                   ("1,200", "해솔 물류단지 조성", "국비", False),
                   ("1,200", "해솔 물류단지 조성", "시비", False),
                   ("380", "빛들천 수변공원 정비", None, True),
                   ("190", "빛들천 수변공원 정비", "국비", False),
                   ("190", "빛들천 수변공원 정비", "시비", False),
                   ("2,780억원", None, None, False)]  # the sum of the table, given again
    assert "표 금액 2건의 합계" in table_rows[-1]["비고"]
    assert sum(r["집계 금액"] or 0 for r in table_rows) == 2780 * 10**8


def test_a_second_row_of_heads_under_merged_cells_and_numbered_rows(kiwi):
    # "재원별" spans the 국비 and 시비 columns; the rows are numbered; the unit is 백만원
    text = ("(단위: 백만원)\n연번 | 사업명 | 사업기간 | 총사업비 | 재원별\n국비 | 시비\n"
            "1 | 해솔 물류단지 조성 | 2026~2030 | 240,000 | 120,000 | 120,000\n"
            "2 | 빛들천 정비 | 2027 | 38,000 | 19,000 | 19,000\n"
            "합계 |  |  | 278,000 | 139,000 | 139,000")
    assert [v for _, v, _ in values(text)] == [2400e8, 1200e8, 1200e8, 380e8, 190e8, 190e8]
    a = analyze(text, kiwi=kiwi)
    text_of = {i: s.text for i, s in enumerate(a.spans)}
    parts = sorted((text_of[r.head], dict(r.attrs)["funding"]) for r in a.relations
                   if r.label == PART_OF)
    assert parts == [("120,000", "국비"), ("120,000", "시비"), ("19,000", "국비"),
                     ("19,000", "시비")]
    links = {text_of[r.head] + "→" + text_of[r.tail] for r in a.relations if r.label == AMOUNT_FOR}
    assert "240,000→해솔 물류단지 조성" in links and "38,000→빛들천 정비" in links


def test_a_head_that_names_money_is_a_money_column_whatever_else_it_says():
    text = "(단위: 억원)\n사업명 | 1단계 사업비 | 2단계 사업비 | 단계\n해솔 물류단지 | 300 | 500 | 2"
    assert [v for _, v, _ in values(text)] == [300e8, 500e8]


def test_the_body_that_sets_out_a_table_proposes_its_rows(kiwi):
    from models.domain import PROPOSED_BY

    text = "청주시는 26일 내년 투자 계획을 발표했다.\n" + TABLE
    a = analyze(text, kiwi=kiwi)
    props = {a.spans[r.head].text: a.spans[r.tail].text for r in a.relations
             if r.label == PROPOSED_BY}
    assert props.get("해솔 물류단지 조성") == "청주시" and props.get("빛들천 정비") == "청주시"


def test_a_unit_stated_right_under_the_table():
    text = "사업명 | 예산\n해솔 연구 | 1,500\n자료: 해솔시, 단위: 백만원\n\n다음 표 | 예산\n빛들 연구 | 20"
    assert [v for _, v, _ in values(text)] == [1500e6]  # (the second table states none)


def test_the_unit_line_is_no_amount_and_a_head_of_names_still_names_the_rows(kiwi):
    from models.rules.money import find_money

    text = ("(단위: 백만원)\n사업 | 사업비\n해솔 지하차도 개설 | 45,000\n해솔 하수처리장 증설 | 32,000")
    assert find_money(text) == [] and find_money("(단위: 100만원)") == []
    assert [s.text for s in find_money("그는 백만원을 냈다")] == ["백만원"]
    a = analyze(text, kiwi=kiwi)
    funds = {a.spans[r.head].text: a.spans[r.tail].text for r in a.relations
             if r.label == AMOUNT_FOR}
    assert funds == {"45,000": "해솔 지하차도 개설", "32,000": "해솔 하수처리장 증설"}


def test_a_list_of_items_under_a_stated_unit(kiwi):
    text = ("해솔시 주요 사업 예산(단위: 백만원)\n○ 해솔 도서관 보수: 2,400\n○ 빛들천 정비: 380\n"
            "○ 사업 기간: 2027\n○ 합계: 2,780\n※ 해솔 도서관 보수는 1곳당 월 20만원의 관리비를 따로 쓴다")
    # each item a money amount; the sum line and an item that holds no money (기간) are not
    assert values(text) == [("2,400", 2400e6, "KRW"), ("380", 380e6, "KRW")]
    a = analyze(text, kiwi=kiwi)
    links = {(a.spans[r.head].text, a.spans[r.tail].text) for r in a.relations
             if r.label == AMOUNT_FOR}
    assert {("2,400", "해솔 도서관 보수"), ("380", "빛들천 정비")} <= links
    # the note under the list is no item: its clause names no project
    assert not any(s.label == "PROJECT" and "보수는" in s.text for s in a.spans)
    # a single "item: number" line, or none under the unit, is no list
    assert values("(단위: 억원)\n○ 총사업비: 2,400\n해솔시는 사업을 추진한다.") == []


def test_a_table_that_compares_budgets_counts_this_years_column_only() -> None:
    from models.nlp.table_money import table_amounts

    def roles(text: str) -> list[tuple[str, str | None]]:
        return [(a.span.text, a.role) for a in table_amounts(text)]

    # years that run backwards, and a 증감 column
    text = ("(단위: 백만원)\n구분 | 2027년 | 2026년 | 증감\n해솔 청년 주거 | 2,140 | 1,900 | 240\n"
            "합계 | 2,140 | 1,900 | 240")
    assert roles(text) == [("2,140", None), ("1,900", "before"), ("240", "change")]
    # the year before named in words
    text = "(단위: 억원)\n분야 | 전년 예산 | 금년 예산\n복지 | 812 | 845"
    assert roles(text) == [("812", "before"), ("845", None)]
    # a plan by years: each year counts
    text = "(단위: 억원)\n사업 | 2027년 | 2028년 | 2029년\n해솔 둘레길 | 40 | 55 | 30"
    assert roles(text) == [("40", None), ("55", None), ("30", None)]


def test_a_row_that_adds_up_the_rows_beside_it_is_a_sum_row_whatever_its_name():
    text = ("(단위: 조원)\n분야 | 2027\n총지출 | 30.0\n복지 | 12.0\n교육 | 8.0\n안전 | 6.0\n"
            "기타 | 4.0")
    assert [v for _, v, _ in values(text)] == [12e12, 8e12, 6e12, 4e12]
    # two rows of who pays under the cost's row; but two shares that happen to add up to a
    # third are no sum
    text = "(단위: 백만원)\n구분 | 금액\n총사업비 | 1,200\n국비 | 600\n시비 | 600"
    assert [v for _, v, _ in values(text)] == [600e6, 600e6]
    text = "(단위: 억원)\n구분 | 2026 | 2027\n국비 | 30 | 45\n도비 | 12 | 18\n군비 | 18 | 27"
    assert len(values(text)) == 6


def test_a_table_with_no_head_row_and_a_group_named_on_its_own_row():
    text = "(단위: 백만원)\n[지출]\n 수련관 운영 | 1,500\n 기금 관리비 | 500"
    assert [v for _, v, _ in values(text)] == [1500e6, 500e6]
    text = "(단위: 백만원)\n구분 | 예산액\n1. 생활체육 |\n - 체육대회 | 300\n - 걷기 교실 | 200"
    assert [v for _, v, _ in values(text)] == [300e6, 200e6]


def test_a_row_may_state_its_own_unit_and_a_row_of_per_cents_holds_no_money():
    text = "항목 | 정정 전 | 정정 후\n투자금액(원) | 9,000,000,000 | 9,500,000,000\n비율(%) | 11.2 | 11.8"
    assert [v for _, v, _ in values(text)] == [9e9, 9.5e9]
    text = "(단위: 억원)\n구분 | 2026 | 2027\n사업비 | 30 | 40\n비중(%) | 20 | 25"
    assert [v for _, v, _ in values(text)] == [30e8, 40e8]


def test_a_row_of_no_cells_is_read_without_failing():
    # " | " alone on a line: a row with nothing in it (a document's empty table row)
    text = "(단위: 억원)\n사업 | 금액\n가람 | 30\n | \n"
    assert [v for _, v, _ in values(text)] == [30e8]


def test_a_row_with_its_own_unit_may_run_past_the_heads():
    text = "항목 | 값\n투자금액(원) | 1,000 | 2,000 | 3,000"
    assert [v for _, v, _ in values(text)] == [1000.0, 2000.0, 3000.0]


def test_the_table_readers_never_fail_on_random_table_like_text():
    """Bars, units, sums, sections and numbers thrown together (two failures were found so)."""
    import random

    from models.export.table_sums import cell_parts, column_parts, row_sums, table_sums
    from models.nlp.table_money import column_head, row_role, table_amounts, table_role

    rng = random.Random(7)
    toks = ["|", " | ", "  ", "가람", "국비", "총사업비", "합계", "계", "(단위: 억원)", "(원)", "(%)",
            "1,200", "30", "0", "2026", "[수입]", "1. 세입", " - ", "피해액", "단가", "예산", "집행액",
            "\n", "\n", "\n", "소계", "68,000 (80%)", "자기자본", "정정 전"]
    for _ in range(2000):
        text = "".join(rng.choice(toks) for _ in range(rng.randint(1, 40)))
        cells = [(a.span.start, a.span.value.value, a.span.value.currency)
                 for a in table_amounts(text) if a.span.value]
        with_written = [(s, v, c, v) for s, v, c in cells]
        column_parts(text, with_written)
        cell_parts(text, cells)
        row_sums(text, cells)
        table_sums(text, with_written)
        for pos in range(0, len(text), 7):
            row_role(text, pos)
            column_head(text, pos)
            table_role(text, pos)


def test_a_list_of_item_number_lines_under_a_unit_line():
    """A table pasted without its bars: "item number" lines, a fund's sections between them,
    an item's note in brackets; the 계 lines are sums, not items."""
    text = ("(단위: 백만원)\n[수입]\n 계 1,500\n 전입금 1,000\n 이자수입 500\n[지출]\n 계 1,500\n"
            " 사업비 1,200\n  - 장비 구매 보조 1,200(대당 300만원)\n 여유자금 예치 300\n이상입니다.")
    assert [v for _, v, _ in values(text)] == [1e9, 5e8, 1.2e9, 1.2e9, 3e8]
    from models.nlp.table_money import row_role

    roles = [row_role(text, text.index(w)) for w in ("전입금", "사업비", "예치")]
    assert roles == ["income", None, "unspent"]
