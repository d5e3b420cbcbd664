"""DATE rules: absolute dates, periods, relative dates resolved against the article date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.dates import find_dates

DOC = date(2025, 5, 10)  # a Saturday


def only(text: str, doc: date | None = DOC):
    spans = find_dates(text, doc)
    assert len(spans) == 1, (text, spans)
    s = spans[0]
    assert s.text == text[s.start : s.end]
    assert s.label == "DATE" and s.source == "rule:date" and s.value is not None
    return s


@pytest.mark.parametrize(
    ("text", "span_text", "iso"),
    [
        ("정부는 2025년 5월 8일 계획을 발표했다.", "2025년 5월 8일", "2025-05-08"),
        ("2024년 11월에 착공한다.", "2024년 11월", "2024-11"),
        ("2030년까지 마무리한다.", "2030년", "2030"),
        ("고시일은 2025.5.8이다.", "2025.5.8", "2025-05-08"),
        ("고시일 2025-05-08 기준", "2025-05-08", "2025-05-08"),
        ("시행일 2025. 7. 1. 부터", "2025. 7. 1.", "2025-07-01"),
        ("96년 8월2일 개교했다", "96년 8월2일", "1996-08-02"),
        ("2015년 5월~2016년 3월 공사", "2015년 5월~2016년 3월", "2015-05/2016-03"),
        ("2025년 3분기 실적", "2025년 3분기", "2025-Q3"),
        ("2026년 상반기에 개통", "2026년 상반기", "2026-H1"),
        ("1990년대 후반", "1990년대", None),
    ],
)
def test_absolute(text: str, span_text: str, iso: str | None) -> None:
    for doc in (DOC, None):
        s = only(text, doc)
        assert s.text == span_text
        assert s.value.date == iso


@pytest.mark.parametrize(
    ("text", "span_text", "iso"),
    [
        ("5월 8일 회의가 열린다", "5월 8일", "2025-05-08"),
        ("8일 발표했다", "8일", "2025-05-08"),
        ("12일 열린다", "12일", "2025-04-12"),  # after the doc's day: last month
        ("지난 8일 열렸다", "8일", "2025-05-08"),
        ("오는 3일 열린다", "3일", "2025-06-03"),
        ("오는 15일 열린다", "15일", "2025-05-15"),
        ("지난 11월 착공", "11월", "2024-11"),
        ("오는 3월 개통", "3월", "2026-03"),
        ("올 3월 개통", "올 3월", "2025-03"),
        ("지난해 5월 시작됐다", "지난해 5월", "2024-05"),
        ("내년 1월 1일부터", "내년 1월 1일", "2026-01-01"),
        ("올해 3분기에", "올해 3분기", "2025-Q3"),
        ("하반기에 발표", "하반기", "2025-H2"),
        ("지난해 상반기", "지난해 상반기", "2024-H1"),
        ("이날 발표했다", "이날", "2025-05-10"),
        ("오늘 밝혔다", "오늘", "2025-05-10"),
        ("어제 열렸다", "어제", "2025-05-09"),
        ("내일 열린다", "내일", "2025-05-11"),
        ("지난달 발표했다", "지난달", "2025-04"),
        ("다음달 시행", "다음달", "2025-06"),
        ("올해 예산", "올해", "2025"),
        ("내년 예산", "내년", "2026"),
        ("작년 예산", "작년", "2024"),
        ("지난해 예산", "지난해", "2024"),
        ("지난주 회의", "지난주", "2025-W18"),
        ("어린이날 행사", "어린이날", "2025-05-05"),
        ("5월 8~10일 열린다", "5월 8~10일", "2025-05-08/2025-05-10"),
        ("4~8일 진행됐다", "4~8일", "2025-05-04/2025-05-08"),
    ],
)
def test_relative(text: str, span_text: str, iso: str) -> None:
    s = only(text)
    assert s.text == span_text
    assert s.value.date == iso


@pytest.mark.parametrize("text", ["8일 발표했다", "지난해 예산", "이날 발표", "올해 3분기", "5월 8일"])
def test_unresolved_without_doc_date(text: str) -> None:
    s = only(text, None)
    assert s.value.date is None


def test_relative_word_is_recorded() -> None:
    s = only("지난해 5월 시작됐다")
    assert "지난해" in s.value.markers
    s = only("지난 8일 열렸다")
    assert "지난" in s.value.markers


@pytest.mark.parametrize(
    "text",
    [
        "21대 국회",
        "5일장이 선다",
        "올 시즌 성적",
        "13월 31일",
        "2월 30일",
        "1·2위를 다툰다",
        # the date in an event's name belongs to the event (TTA EV), not to DATE
        "3·1운동의 정신",
        "4·19 혁명 기념",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, DOC) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("8일간 이어졌다", ["8일간"]),
        ("3일 만에 끝났다", ["3일"]),
        ("사흘 전, 3일 전 상대", ["사흘 전", "3일 전"]),
        ("2박 3일 일정", ["2박 3일"]),
        ("석달간 이어진 공사가 일주일 뒤 끝났다", ["석달간", "일주일 뒤"]),
        ("팔 년 동안 모은 돈", ["팔 년 동안"]),
        ("1백 59일간의 수사와 3백여년의 역사", ["1백 59일간", "3백여년"]),
        ("개관 2 개월여 만에 10년전 계획이", ["2 개월여", "10년전"]),
        ("106일까지는 버틴다", ["106일"]),
        ("며칠 후 사춘기에 접어든 그는", ["며칠 후", "사춘기"]),
        ("조선 후기와 냉전시대를 거쳐 17세기경부터", ["조선 후기", "냉전시대", "17세기"]),
        ("금년 봄과 재작년 가을, 매주 토요일", ["금년 봄", "재작년 가을", "매주 토요일"]),
        ("93년 가을 조선조의 역사서가", ["93년 가을", "조선조"]),
        ("3년 8개월 만에, 2년 반 동안", ["3년 8개월", "2년 반 동안"]),
        ("2025년간", ["2025년간"]),
        ("2.5일간 걸린다", ["2.5일간"]),
        ("창립 1주년을 맞아 하루 쉬었다", ["1주년", "하루"]),
        ("17세기와 80년대, 전날 밤과 여름에", ["17세기", "80년대", "전날", "여름"]),
    ],
)
def test_durations_are_dates_without_a_calendar_date(text: str, spans: list[str]) -> None:
    # TTA/KLUE count durations, anniversaries, eras and relative days as DT (KMOU keeps them
    # apart as DUR): they are DATE spans, but no ISO date is made up for them.
    found = find_dates(text, DOC)
    assert [s.text for s in found] == spans
    assert all(s.value is not None and s.value.date is None for s in found)


@pytest.mark.parametrize(
    ("text", "span_text", "iso"),
    [
        # a month word and its day are one date (TTA), resolved against the article's date
        ("지난달 30일 문을 열었다", "지난달 30일", "2025-04-30"),
        ("내달 4일 개통한다", "내달 4일", "2025-06-04"),
        ("내달 1∼2일 열린다", "내달 1∼2일", "2025-06-01/2025-06-02"),
        # a period written with 부터 … 까지 is one date; the particles stay outside
        ("12일부터 15일까지 휴관", "12일부터 15일", "2025-04-12/2025-04-15"),
        ("2019년에서 2023년까지 늘었다", "2019년에서 2023년", "2019/2023"),
        ("3월초부터 5월말 사이 늘었다", "3월초부터 5월말", "2025-03/2025-05"),
        ("지난 주말에 열렸다", "지난 주말", "2025-W18"),
        ("93년말 현재", "93년말", "1993"),
        ("81년도에 졸업", "81년도", "1981"),
        ("올초 발표했다", "올초", "2025"),
        ("10월초순 문을 연다", "10월초순", "2025-10"),
    ],
)
def test_joined_and_relative_dates(text: str, span_text: str, iso: str) -> None:
    spans = find_dates(text, DOC)
    assert [(s.text, s.value.date if s.value else None) for s in spans] == [(span_text, iso)]


def test_a_start_alone_keeps_its_particle_outside() -> None:
    assert [s.text for s in find_dates("8일부터 접수한다", DOC)] == ["8일"]


def test_several_dates_in_order() -> None:
    text = "위원회는 지난해 12월 초안을 내고 올해 3월 10일 확정했으며 이날 공개했다."
    spans = find_dates(text, DOC)
    assert [(s.text, s.value.date) for s in spans if s.value] == [
        ("지난해 12월", "2024-12"),
        ("올해 3월 10일", "2025-03-10"),
        ("이날", "2025-05-10"),
    ]


dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31))


@settings(max_examples=300, deadline=None)
@given(dates, st.sampled_from(["{y}년 {m}월 {d}일", "{y}년{m}월{d}일", "{y}.{m}.{d}", "{y}-{mm}-{dd}"]))
def test_rendered_dates_parse_back(day: date, fmt: str) -> None:
    written = fmt.format(y=day.year, m=day.month, d=day.day, mm=f"{day.month:02d}", dd=f"{day.day:02d}")
    text = f"위원회는 {written} 회의를 열었다."
    s = only(text, None)
    assert s.text == written
    assert s.value.date == day.isoformat()


@settings(max_examples=300, deadline=None)
@given(dates, st.integers(min_value=1, max_value=31))
def test_day_only_resolves_to_the_recent_past(doc: date, day: int) -> None:
    spans = find_dates(f"시는 {day}일 발표했다.", doc)
    assert len(spans) == 1
    iso = spans[0].value.date if spans[0].value else None
    if iso is not None:
        resolved = date.fromisoformat(iso)
        assert resolved.day == day
        assert doc - timedelta(days=62) < resolved <= doc


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=st.sampled_from(list("0123456789.-~∼/ 년월일분기상하반올해지난내오는이날주요째간()")), max_size=60),
        st.text(max_size=60),
    ),
    st.one_of(st.none(), dates),
)
def test_never_raises(text: str, doc: date | None) -> None:
    spans = find_dates(text, doc)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "year"),
    [("2030 부산엑스포 유치", "2030"), ("2018평창올림픽 이후", "2018"), ("영화 ‘바다’(2013)에서", "2013")],
)
def test_bare_years_naming_an_edition(text: str, year: str) -> None:
    s = only(text)
    assert s.text == year and s.value.date == year
    assert s.score < 1.0


@pytest.mark.parametrize("text", ["2000안타 달성", "2077선까지 밀렸다", "1500명이 왔다", "2000 대 1의 경쟁률"])
def test_four_digit_counts_are_not_years(text: str) -> None:
    assert find_dates(text, DOC) == []
