"""QUANTITY rules: numbers with counters and units."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.money import find_money
from models.rules.quantity import find_quantities


@pytest.mark.parametrize(
    ("text", "span_text", "value", "unit"),
    [
        ("주민 300명이 참석했다.", "300명", 300, "명"),
        ("공공기관 15곳을 옮긴다.", "15곳", 15, "곳"),
        ("신고 1,250건이 접수됐다.", "1,250건", 1250, "건"),
        ("취약 4만 가구에 지원", "4만 가구", 40000, "가구"),
        ("수출이 15.3% 늘었다.", "15.3%", 15.3, "%"),
        ("금리가 0.25%p 올랐다.", "0.25%p", 0.25, "%p"),
        ("실업률이 3퍼센트에 이른다.", "3퍼센트", 3, "%"),
        ("설비 2.5GW를 짓는다.", "2.5GW", 2.5, "GW"),
        ("태양광 300MW 규모", "300MW", 300, "MW"),
        ("농지 120ha가 잠겼다.", "120ha", 120, "ha"),
        ("부지 3만㎡에 조성", "3만㎡", 30000, "m2"),
        ("도로 12km를 넓힌다.", "12km", 12, "km"),
        ("쌀 500톤을 보냈다.", "500톤", 500, "t"),
        ("센터 20개소를 세운다.", "20개소", 20, "개소"),
        ("세계 30개국이 참여한다.", "30개국", 30, "개국"),
        ("승용차 3대가 부서졌다.", "3대", 3, "대"),
        ("생산이 2배로 늘었다.", "2배", 2, "배"),
        ("참가자는 940여 곳에서 왔다.", "940여 곳", 940, "곳"),
        ("인구 1억2000만 명의 나라", "1억2000만 명", 1.2e8, "명"),
        ("회의가 두 차례 열렸다.", "두 차례", 2, "차례"),
        ("세 가지 원칙을 세웠다.", "세 가지", 3, "가지"),
        ("몸무게 780파운드의 거구", "780파운드", 780, "lb"),
    ],
)
def test_quantities(text: str, span_text: str, value: float, unit: str) -> None:
    spans = find_quantities(text)
    assert len(spans) == 1, spans
    s = spans[0]
    assert s.text == span_text and text[s.start : s.end] == span_text
    assert s.label == "QUANTITY" and s.source == "rule:quantity"
    assert s.value is not None
    assert s.value.value == pytest.approx(value)
    assert s.value.unit == unit


def test_approximate_count() -> None:
    (s,) = find_quantities("약 940여 곳")
    assert s.value is not None and s.value.approx and "여" in s.value.markers


@pytest.mark.parametrize(
    "text",
    [
        "제21대 국회가 열렸다.",
        "21대 국회의원 선거",
        "20대 여성의 고용률",
        "3대 과제를 정했다",
        "세대를 아우르는 정책",
        "두 번 째 회의",
        "한 번 더 검토한다",
        "RE100 캠페인",
        "5 main points",
        "대표는 말했다",
        "100만 개인 투자자가 몰렸다",  # 개인 is a word, not 개 + 인
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_taken_spans_are_left_alone() -> None:
    text = "사업비 10조원과 인력 300명을 투입한다."
    money = find_money(text)
    spans = find_quantities(text, taken=money)
    assert [s.text for s in spans] == ["300명"]
    assert not any(s.overlaps(m) for s in spans for m in money)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=st.sampled_from(list("0123456789.,% 명개곳대배만억여두세네가구톤kmMWGha제국회의를")), max_size=60),
        st.text(max_size=60),
    )
)
def test_never_raises(text: str) -> None:
    spans = find_quantities(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999), st.sampled_from(["명", "개", "곳", "건", "%", "MW"]))
def test_rendered_counts_parse_back(n: int, unit: str) -> None:
    text = f"올해 {n:,}{unit}으로 집계됐다."
    spans = find_quantities(text)
    assert len(spans) == 1
    assert spans[0].value is not None and spans[0].value.value == n
