"""Korean number parsing and amount formatting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.numerals import format_korean_amount, parse_korean_number, parse_korean_range


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", 1500),
        ("2.5", 2.5),
        ("삼천억", 3e11),
        ("오천만", 5e7),
        ("천이백", 1200),
        ("1조 2천억", 1.2e12),
        ("1조2000억", 1.2e12),
        ("3억5000만", 3.5e8),
        ("13조 4,000억", 1.34e13),
        ("1.1억", 110_000_000),
        ("2천500억", 2.5e11),
        ("1천8백만", 1.8e7),
        ("500여억", 5e10),
        ("억", 1e8),
    ],
)
def test_parse(text: str, value: float) -> None:
    assert parse_korean_number(text) == value


@pytest.mark.parametrize("text", ["", "원", "3억만", "일이", "억조", "만억", "천천", "abc", "1억 2억"])
def test_parse_rejects(text: str) -> None:
    assert parse_korean_number(text) is None


def test_vague_ranges() -> None:
    r = parse_korean_range("수천억")
    assert r is not None and r.vague and (r.low, r.high) == (1e11, 9e11)
    assert parse_korean_number("수천억") is None
    r = parse_korean_range("십수억")
    assert r is not None and (r.low, r.high) == (1.1e9, 1.9e9)


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        (13.4e12, "KRW", "13조 4,000억원"),
        (3.5e8, "KRW", "3억 5,000만원"),
        (1234, "KRW", "1,234원"),
        (10_000, "KRW", "1만원"),
        (0, "KRW", "0원"),
        (5e9, "USD", "50억 달러"),
        (3.2e6, "USD", "320만 달러"),
        (2.5, "USD", "2.5 달러"),
        (1000, "XAU", "1,000 XAU"),
        (-5e8, "KRW", "-5억원"),
    ],
)
def test_format(value: float, currency: str, text: str) -> None:
    assert format_korean_amount(value, currency) == text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**16))
def test_format_parses_back(n: int) -> None:
    text = format_korean_amount(float(n))
    assert text.endswith("원")
    assert parse_korean_number(text[:-1]) == float(n)
