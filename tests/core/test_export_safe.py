"""The formula guard and the counting rules, as plain functions."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell import WriteOnlyCell

from models.domain import Value
from models.export import dedupe, totals_book
from models.export.change_cue import change_cue
from models.export.safe import (
    FORMULA_TRIGGERS,
    hyperlink_formula,
    link_target,
    needs_guard,
    safe_text,
)


def test_guard_examples():
    assert safe_text("=SUM(A1:A3)") == "'=SUM(A1:A3)"
    assert safe_text("+82-10") == "'+82-10"
    assert safe_text("-3%") == "'-3%"
    assert safe_text("@cmd") == "'@cmd"
    assert safe_text("\t=1") == "'\t=1"
    assert safe_text("  =1+1") == "'  =1+1"
    assert safe_text("#N/A") == "'#N/A"
    assert safe_text("＝1") == "'＝1"  # full-width
    assert safe_text("광주시 예산 10조원") == "광주시 예산 10조원"
    assert safe_text("a\x00b\x1fc") == "abc"  # XML cannot carry these
    assert safe_text("a\ud800b") == "ab"  # a lone surrogate cannot even be written as UTF-8
    assert len(safe_text("가" * 40_000)) == 32_767
    assert safe_text(None) is None


@given(st.text(max_size=40))
def test_guarded_text_is_never_a_formula(text):
    out = safe_text(text)
    assert not needs_guard(out)
    assert not out or out[0] not in FORMULA_TRIGGERS
    cell = WriteOnlyCell(None, value=out)
    assert cell.data_type in ("s", "n") and cell.data_type != "f"
    legal = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", "", text)
    assert out in (legal, "'" + legal)  # readable: the text itself, at most one mark added


def test_links():
    assert link_target(" https://news.example/a?id=1 ") == "https://news.example/a?id=1"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "\\\\server\\share",
                'https://x.example/"onclick', "ftp://x.example", ""):
        assert link_target(bad) is None, bad
    assert hyperlink_formula("https://news.example/a") == '=HYPERLINK("https://news.example/a")'
    assert hyperlink_formula("https://news.example/" + "a" * 300) is None


def test_paragraph_keys_ignore_spacing_and_bullets():
    a = "광주시는 ▲AI 데이터센터 구축(2조원) ▲수소버스 보급(3500억원)을 요구했다."
    b = "광주시는  ▲ AI 데이터센터 구축 (2조원)  ▲수소버스 보급(3500억원)을 요구했다 ."
    ka = dedupe.amount_key(a, (0, len(a)), a.index("2조원"), a.index("2조원") + 3)
    kb = dedupe.amount_key(b, (0, len(b)), b.index("2조원"), b.index("2조원") + 3)
    assert ka is not None and ka == kb
    other = dedupe.amount_key(a, (0, len(a)), a.index("3500억원"), a.index("3500억원") + 6)
    assert other != ka
    twice = "세종시는 1조원을 먼저 쓰고 다음 해에 다시 1조원을 더 쓰기로 했다고 밝혔다."
    first = twice.index("1조원")
    second = twice.index("1조원", first + 1)
    k1 = dedupe.amount_key(twice, (0, len(twice)), first, first + 3)
    k2 = dedupe.amount_key(twice, (0, len(twice)), second, second + 3)
    assert k1 != k2  # the same words twice in one paragraph are two amounts
    short = "총 1조원"
    assert dedupe.amount_key(short, (0, len(short)), 2, 5) is None


def test_first_seen():
    seen = dedupe.FirstSeen()
    assert seen.check(b"k", 1, 10) is None
    assert seen.check(b"k", 5, 11) == (1, 10)
    assert seen.check(None, 6, 11) is None


def test_kinds_and_roles():
    assert dedupe.amount_kind(Value(5e10, 5e10, 5e10, "KRW"), "500억원") == dedupe.EXACT
    assert dedupe.amount_kind(Value(None, 2e10, 3e10, "KRW"), "200억~300억원") == dedupe.RANGE
    assert dedupe.amount_kind(Value(None, 1e11, 9e11, "KRW", True), "수천억원") == dedupe.VAGUE
    assert dedupe.amount_kind(None, "조 단위") == dedupe.VAGUE
    text = "총사업비 6800억원 가운데 국비는 2000억원, 지방비 800억원이다."
    assert dedupe.amount_role(text, text.index("6800")) == dedupe.TOTAL
    assert dedupe.amount_role(text, text.index("2000")) == dedupe.SHARE
    assert dedupe.amount_role(text, text.index("800억원이")) == dedupe.SHARE
    gloss = "투자사는 5억 달러(약 7000억원)를 낸다."
    usd_end = gloss.index("5억 달러") + 5
    assert dedupe.is_krw_gloss(gloss, usd_end, "USD", gloss.index("7000"), "KRW")
    assert not dedupe.is_krw_gloss(gloss, usd_end, "KRW", gloss.index("7000"), "KRW")
    # a rate is no sum: "1인당 20만원씩", "가구당 최대 50만원", "매년 100억원씩"; a total is
    rate = "군민 1인당 20만원씩 모두 120억원, 가구당 최대 50만원, 시비 30억원을 쓴다."

    def cue(amount: str) -> str | None:
        start = rate.index(amount)
        return dedupe.rate_cue(rate, start, start + len(amount))

    assert (cue("20만원"), cue("120억원"), cue("50만원"), cue("30억원")) == (
        "씩", None, "가구당", None)
    # a word that only ends in 당 is no unit: a party's amount is a sum
    rate = "민주당 300억원 증액, 식당 3만원, ㎡당 300만원"
    assert (cue("300억원"), cue("3만원"), cue("300만원")) == (None, None, "㎡당")
    # the name of the payment between the unit and its amount; a sum's word stops it
    rate = "1인당 재난지원금 50만원, 가구당 난방비 최대 30만원, 농가당 총 200억원"
    assert (cue("50만원"), cue("30만원"), cue("200억원")) == ("1인당", "가구당", None)
    rate = "89곳에 모두 1조원, 지역당 평균 110억원, 과제당 최대 5억원"
    assert (cue("1조원"), cue("110억원"), cue("5억원")) == (None, "지역당", "과제당")

    # the size of a change and the budget before it are no money of their own
    change = "당초 90억원에서 25억원 늘어난 115억원으로 증액, 40억원을 깎고 300억원을 투입"

    def moved(amount: str) -> str | None:
        start = change.index(amount)
        return change_cue(change, start, start + len(amount))

    assert [moved(a) for a in ("90억원", "25억원", "115억원", "40억원", "300억원")] == [
        "before", "change", None, "change", None]
    change = "예산은 5000억원→7000억원으로 늘었다"
    assert [moved(a) for a in ("5000억원", "7000억원")] == ["before", None]
    # the budget before a change told right after it, in any currency (엔, 유로 as 원)
    change = "지원금은 작년 6억엔에서 1억5000만엔 줄었다"
    assert [moved(a) for a in ("6억엔", "1억5000만엔")] == ["before", "change"]
    change = "예산은 지난해 800만유로에서 120만유로 늘었다"
    assert moved("800만유로") == "before"


def test_totals():
    t = totals_book.Total()
    t.add(Value(1e13, 1e13, 1e13, "KRW"), dedupe.EXACT, True)
    t.add(Value(3.4e12, 3.4e12, 3.4e12, "KRW"), dedupe.EXACT, True)
    t.add(Value(1e13, 1e13, 1e13, "KRW"), dedupe.EXACT, False)  # a duplicate
    assert (t.amounts, t.counted, t.total) == (3, 2, 13.4e12)
    assert t.korean("KRW") == "13조 4,000억원"
    t.add(Value(5e10, 5e10, 5e10, "KRW", True), dedupe.EXACT, True)
    assert t.korean("KRW") == "약 13조 4,500억원" and t.approx
    t.add(Value(None, 1e10, 2e10, "KRW"), dedupe.RANGE, True)
    t.add(Value(None, 1e11, 9e11, "KRW", True), dedupe.VAGUE, True)
    assert t.total is None and t.low == 13.46e12 and t.high == 13.47e12
    assert t.korean("KRW", "en") == "≈ 13조 4,600억원 ~ 13조 4,700억원 + 1 vague"
    # Many large amounts still add up exactly (no float drift).
    big = totals_book.Total()
    for _ in range(1000):
        big.add(Value(123456789012345.0, None, None, "KRW"), dedupe.EXACT, True)
    assert big.total == 123456789012345000.0
