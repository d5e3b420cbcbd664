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


@pytest.mark.parametrize(
    "text",
    [
        # a one-syllable word after a date is another word, not a count: "치러진", "여야"
        "8일 치러진 보궐선거",
        "지난해 여야 대표가 만났다",
        "7일 간담회를 열었다",
    ],
)
def test_a_date_before_a_word_that_starts_like_a_count(text: str) -> None:
    assert len(find_dates(text, DOC)) == 1


@pytest.mark.parametrize(
    ("text", "span_text", "iso"),
    [
        # a part of a year or a month written as its own word (TTA: one date)
        ("내년 초 개편안을 낸다", "내년 초", "2026"),
        ("지난해 말 발표한 계획", "지난해 말", "2024"),
        ("2027년 말까지 완공", "2027년 말", "2027"),
        ("6월 중순 문을 연다", "6월 중순", "2025-06"),
        ("9월중 착공한다", "9월중", "2025-09"),
        ("내년 1월 중 발표", "내년 1월 중", "2026-01"),
        ("지난달 말 기준으로", "지난달 말", "2025-04"),
        ("다음 달 초에 연다", "다음 달 초", "2025-06"),
        # ranges whose first end has no unit, and a range with weekdays in brackets
        ("1~4월 수출은", "1~4월", "2025-01/2025-04"),
        ("2023∼2024년 시즌", "2023∼2024년", "2023/2024"),
        ("98∼2001년까지", "98∼2001년", "1998/2001"),
        ("5월 12일(월)~14일(수) 시청에서", "5월 12일(월)~14일", "2025-05-12/2025-05-14"),
        ("4월 28일(월)~2일(금) 접수", "4월 28일(월)~2일", "2025-04-28/2025-05-02"),
        ("축제(8.14~9.3)가 열린다", "8.14~9.3", "2025-08-14/2025-09-03"),
        # holidays and named days
        ("국군의 날 행사", "국군의 날", "2025-10-01"),
        ("설 연휴와", "설 연휴", None),
        ("설 명절을 앞두고", "설", None),
        ("일요일날 쉬었다", "일요일날", None),
    ],
)
def test_parts_ranges_and_named_days(text: str, span_text: str, iso: str | None) -> None:
    spans = find_dates(text, DOC)
    assert [(s.text, s.value.date if s.value else None) for s in spans] == [(span_text, iso)]


@pytest.mark.parametrize(
    "text",
    [
        "2027년 초등학교에 들어간다",  # 초 is not a part of the year here
        "그 설은 틀렸다",
        "무대에 설 때",
        "금리(1.5~2.3)가 올랐다",
        "비율(1.05~1.10) 범위",
        "수해 복구가 한창이다",
        "입추의 여지가 없다",
    ],
)
def test_parts_and_days_that_are_other_words(text: str) -> None:
    assert [s.text for s in find_dates(text, DOC) if s.text in ("설", "1.5~2.3", "1.05~1.10",
                                                               "수해", "입추")] == []
    if text.startswith("2027년"):
        assert [s.text for s in find_dates(text, DOC)] == ["2027년"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("두 해 동안 일했고 몇 해 전 떠났다", ["두 해 동안", "몇 해 전"]),
        ("2∼3년 전만 해도, 5~6개월 걸린다", ["2∼3년 전", "5~6개월"]),
        ("15, 16세기와 60∼70년대", ["15, 16세기", "60∼70년대"]),
        ("기원전 500년경과 서기 1000년", ["기원전 500년", "서기 1000년"]),
        ("경술년 국치와 일제 강점기", ["경술년", "일제 강점기"]),
        ("연말연시 특별 점검, 연내 착공, 지난 연말 결정", ["연말연시", "연내", "지난 연말"]),
    ],
)
def test_more_durations_and_eras(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


def test_jeonju_is_the_week_before_only_in_a_comparison() -> None:
    assert find_dates("광주와 전주 두 곳에서", DOC) == []
    assert [s.text for s in find_dates("전주 대비 3% 늘었다", DOC)] == ["전주"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("그 제도는 세종 때부터 이어졌고 고려 인종때 처음 생겼다", ["세종 때", "고려 인종때"]),
        ("당나라 시대의 시와 해방 이후의 소설", ["당나라 시대", "해방 이후"]),
        ("일제 때 지은 집, 냉전 당시의 일", ["일제 때", "냉전 당시"]),
        ("조선 세종 시절과 영조 연간에, 냉전 이후", ["조선 세종 시절", "영조 연간", "냉전 이후"]),
        ("세종 말씀대로, 세종 초", []),  # a king takes no 초/말
        ("쥐라기 공룡 화석과 빙하기 지층", ["쥐라기", "빙하기"]),
        ("을축월 갑자일에 제사를 지냈다", ["을축월", "갑자일"]),
        ("고인의 10주기 추모식", ["10주기"]),
        ("1주기 평가 결과", []),  # a first cycle (週期), no anniversary
        ("30·31일 양일간 열린 회의", ["30·31일", "양일"]),
    ],
)
def test_reigns_ages_and_cycle_days(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("협회는 내일을 바둑의 날로 정했다", ["내일", "바둑의 날"]),
        ("물의 날을 맞아 강을 청소했다", ["물의 날"]),
        ("운명의 날 아침이 밝았다", []),  # a phrase, not a day with a name
        ("자신의 날을 기다렸다", []),
        ("신정 연휴에 문을 닫는다", ["신정"]),
        ("신정 국가를 세우려 했다", []),  # theocracy
        ("부활절과 추수감사절, 크리스마스 이브", ["부활절", "추수감사절", "크리스마스 이브"]),
    ],
)
def test_named_days(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


@pytest.mark.parametrize(
    ("text", "spans", "iso"),
    [
        ("시인 김하늘(1921~1998)의 시집", ["1921~1998"], "1921/1998"),
        ("2023-24 시즌 개막전", ["2023-24"], "2023/2024"),
        ("화가(1840∼1926)가 그린 그림", ["1840∼1926"], "1840/1926"),
    ],
)
def test_ranges_of_bare_years(text: str, spans: list[str], iso: str) -> None:
    found = find_dates(text, DOC)
    assert [s.text for s in found] == spans
    assert found[0].value is not None and found[0].value.date == iso


@pytest.mark.parametrize(
    "text", ["가격은 2000~2500원 선이다", "참가자 1990-2000명", "전화 02-2015-2016", "점수 2010-1998"]
)
def test_figures_are_not_ranges_of_years(text: str) -> None:
    assert find_dates(text, DOC) == []


def test_glosses_and_glued_ends() -> None:
    # the hanja written after a date is a date too; 내 (within) after a year; a day glued to the
    # full stop of the sentence before
    assert [s.text for s in find_dates("추석(秋夕)에 모인다", DOC)] == ["추석", "秋夕"]
    assert [s.text for s in find_dates("금년내에는 끝난다", DOC)] == ["금년"]
    found = find_dates("결과가 나왔다.12일 발표에서", DOC)
    assert [(s.text, s.value.date if s.value else None) for s in found] == [("12일", "2025-04-12")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("18·19세기에는, 60·70년대에도", ["18·19세기", "60·70년대"]),
        ("시월 말에 모여 유월에 헤어졌다", ["시월 말", "유월"]),
        ("삼월이는 부엌으로 갔다", []),  # a name: 삼월 with the 이 of names
        ("주인공 사월(배우 이름)과 노래 '오월의 꿈'", []),  # a name and a title
        ("겨우내 얼었던 강, 한말의 학자, 사계절 내내", ["겨우내", "한말", "사계절"]),
    ],
)
def test_months_in_hangul_and_joined_eras(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


def test_the_next_day_word() -> None:
    found = find_dates("주문은 익일 배송된다", DOC)
    assert [(s.text, s.value.date if s.value else None) for s in found] == [
        ("익일", (DOC + timedelta(days=1)).isoformat())]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("두어 달 뒤, 마흔 해 동안, 몇십 년 전", ["두어 달 뒤", "마흔 해 동안", "몇십 년 전"]),
        ("이삼일 뒤 삼일절", ["이삼일 뒤", "삼일절"]),
        ("한 달 반 동안, 3개월 반", ["한 달 반 동안", "3개월 반"]),
        ("한 주당 가격", []),
        ("46억 년 전 생긴 지구, 1만 년 전의 빙하기", ["46억 년 전", "1만 년 전", "빙하기"]),
        ("5만원과 2만 명", []),
        ("우기에는 비가 많고, 끝까지 우기는 사람도 있다", ["우기"]),
        ("제야의 종과 부처님 오신 날", ["제야", "부처님 오신 날"]),
    ],
)
def test_native_counts_and_more_days(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


def test_school_years_and_two_years_back() -> None:
    found = find_dates("2026학년도 입시와 95학년도 졸업생, 지지난해", DOC)
    assert [(s.text, s.value.date if s.value else None) for s in found] == [
        ("2026학년도", "2026"), ("95학년도", "1995"), ("지지난해", "2023")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("오는 3, 4일 열린다", ["3, 4일"]),
        ("1·2월과 2, 3년 전", ["1·2월", "2, 3년 전"]),
        ("1988, 1992년 대회", ["1988, 1992년"]),
        ("비 온 날은 2, 5, 6, 9, 11일이다", ["2, 5, 6, 9, 11일"]),
        ("점수는 97, 3월에 바뀐다", ["3월"]),  # a larger number first: not a list of months
        ("김모(45, 5일 구속)", ["5일"]),
    ],
)
def test_listed_numbers_share_the_unit(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("87년부터 90년까지 살았다", ["87년부터 90년"]),
        ("59년과 62년 사이에 지었다", ["59년과 62년"]),
        ("3년에서 5년까지 걸린다", ["3년에서 5년"]),
        ("87년과 90년에 각각 열렸다", ["87년", "90년"]),  # two years, not a period
    ],
)
def test_two_counts_of_years_as_a_period(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans


def test_a_month_before_listed_days() -> None:
    found = find_dates("행사는 7월 3, 4일 열린다", DOC)
    assert [(s.text, s.value.date if s.value else None) for s in found] == [
        ("7월 3, 4일", "2025-07-03/2025-07-04")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("신청한 고객에 한해 1회에 한해 준다", []),  # 한하다 "only for", not a year
        ("올 한해 수고했다", ["한해"]),
        ("수달과 두루미", []),  # an otter
        ("매년 전 세계에서 모인다", ["매년"]),  # every year, not "a year ago"
    ],
)
def test_words_that_look_like_durations(text: str, spans: list[str]) -> None:
    assert [s.text for s in find_dates(text, DOC)] == spans
