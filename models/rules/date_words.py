"""The words the DATE rules know (models.rules.dates): relative years, days, months and weeks
with their offsets, holidays with their dates, and the era words before a year."""

from __future__ import annotations

import re
from collections.abc import Iterable

from models.domain import Span

YEAR_WORDS: dict[str, int] = {
    "올해": 0, "금년": 0, "올": 0, "지난해": -1, "작년": -1, "전년": -1, "내년": 1, "명년": 1,
    "재작년": -2, "내후년": 2, "지지난해": -2,
}
DAY_WORDS: dict[str, int] = {
    "오늘": 0, "이날": 0, "금일": 0, "당일": 0, "어제": -1, "전일": -1, "그제": -2, "그저께": -2,
    "내일": 1, "명일": 1, "모레": 2, "익일": 1, "글피": 3, "어저께": -1,
}
MONTH_WORDS: dict[str, int] = {
    "지난달": -1, "지난 달": -1, "전월": -1, "이달": 0, "이번 달": 0, "이번달": 0, "금월": 0,
    "다음달": 1, "다음 달": 1, "내달": 1, "지지난달": -2,
}
WEEK_WORDS: dict[str, int] = {
    "지난주": -1, "지난 주": -1, "전주": -1, "이번주": 0, "이번 주": 0, "금주": 0, "다음주": 1,
    "다음 주": 1, "내주": 1,
    # the weekend of that week (ISO weeks end on Sunday)
    "지난주말": -1, "지난 주말": -1, "이번 주말": 0, "이번주말": 0, "다음 주말": 1, "다음주말": 1,
}
# Fixed-date holidays (month, day); lunar ones (추석, 설날) are found without a date.
HOLIDAYS: dict[str, tuple[int, int] | None] = {
    "크리스마스": (12, 25), "성탄절": (12, 25), "광복절": (8, 15), "어린이날": (5, 5),
    "삼일절": (3, 1), "3·1절": (3, 1), "현충일": (6, 6), "제헌절": (7, 17), "개천절": (10, 3),
    "한글날": (10, 9), "만우절": (4, 1), "밸런타인데이": (2, 14),
    "어버이날": (5, 8), "스승의 날": (5, 15), "근로자의 날": (5, 1), "노동절": (5, 1),
    "식목일": (4, 5), "추석": None, "설날": None, "설 연휴": None, "단오": None,
    "정월대보름": None, "부처님오신날": None, "석가탄신일": None,
    "국군의 날": (10, 1), "국군의날": (10, 1), "장애인의 날": (4, 20), "과학의 날": (4, 21),
    "환경의 날": (6, 5), "발명의 날": (5, 19), "경찰의 날": (10, 21), "소방의 날": (11, 9),
    "농업인의 날": (11, 11), "여성의 날": (3, 8), "정월 대보름": None, "대보름": None,
    "대보름날": None, "한가위": None, "초파일": None, "섣달그믐": None, "추석 연휴": None,
    # solar terms that are no other word (not 하지 "but", 동지 "comrade", 한식 "Korean food",
    # 입하 "goods in", 입추 as in 입추의 여지)
    "입춘": None, "경칩": None, "춘분": None, "추분": None, "입동": None, "동짓날": None,
    "전승절": None,
    # holidays of other calendars and countries, and the other solar terms that are no other word
    "부활절": None, "추수감사절": None, "핼러윈": (10, 31), "할로윈": (10, 31), "춘절": None,
    "중추절": None, "칠석": None, "칠월칠석": None, "단오절": None, "단옷날": None, "초복": None,
    "말복": None, "복날": None, "곡우": None, "처서": None, "상강": None, "경칩날": None,
    "크리스마스이브": (12, 24), "크리스마스 이브": (12, 24), "성탄절 이브": (12, 24),
    "건국절": None, "광군제": (11, 11), "블랙프라이데이": None, "화이트데이": (3, 14),
    "빼빼로데이": (11, 11), "발렌타인데이": (2, 14), "정월 초하루": None, "섣달 그믐": None,
    "제야": (12, 31), "부처님 오신 날": None, "석탄일": None, "3.1절": (3, 1), "성탄전야": (12, 24),
    "성탄 전야": (12, 24), "성년의 날": None, "성년의날": None,
}
WEEKDAYS = tuple(f"{d}요일" for d in "월화수목금토일")


def first_two_chars(*groups: Iterable[str]) -> str:
    """A lookahead on the first two characters of the words (two or more each): a scan for the
    words skips other positions fast, and tries its long list at far fewer of them."""
    words = [w for g in groups for w in g]
    assert all(len(w) > 1 for w in words)
    first = "".join(re.escape(c) for c in sorted({w[0] for w in words}))
    second = "".join(re.escape(c) for c in sorted({w[1] for w in words}))
    return f"(?=[{first}][{second}])"


# 설 alone is also "a theory" or the verb 서다: the holiday only before what it is said with.
SEOL = (r"설(?= (?:명절|연휴|차례|대목|선물|귀성|귀향|성수품|특수|물가|전후|직후|직전|밥상|당일)"
        r"|을 (?:앞두고|맞아|쇠))")


# "기원전 500년", "서기 2000년", "BC 600년": the era word belongs to the year.
_ERA_PREFIX_RE = re.compile(r"(?<![가-힣A-Za-z])(?:기원전|기원후|서기|BC|AD|B\.C\.|A\.D\.) ?$")
_YEAR_OR_CENTURY_RE = re.compile(r"\d[\d,]* ?(?:년|세기)")


def with_era_prefix(text: str, s: Span) -> Span:
    """``s`` with the era word before its year or century ("기원전 500년"), if any."""
    if not _YEAR_OR_CENTURY_RE.match(s.text):
        return s
    mt = _ERA_PREFIX_RE.search(text, max(0, s.start - 5), s.start)
    if mt is None:
        return s
    return Span(mt.start(), s.end, s.label, text[mt.start():s.end], source=s.source,
                score=s.score, value=s.value)
