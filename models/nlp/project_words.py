"""Phrases that look like a project's name to the project rules but name none."""

from __future__ import annotations

import re

# A phrase of these words only names no project: "(평가한 결과) 사업 추진이 타당하다"
_GENERIC = frozenset({"사업", "추진", "계획", "방안", "정책", "예산", "조성", "구축", "지원", "개발",
                      "건설", "관련", "검토", "시행", "국비", "시비", "도비", "군비", "지방비", "민자",
                      "실증", "부지", "시범", "공모", "신규", "주요", "핵심", "국책", "민간", "공공",
                      # kinds of project, not one: "2027년 주요 투자사업", "역점사업"
                      "투자사업", "신규사업", "핵심사업", "역점사업", "현안사업", "주요사업",
                      "국책사업", "대형사업", "공약사업", "재정사업", "계속사업",
                      # the budget that carries the money, not what it funds
                      "추경", "추경안", "추가경정예산", "추가경정예산안", "본예산", "예산안", "세출",
                      "정부", "정부안"})  # "정부 예산안에는 420억원이": the budget, no project
# The people or households money is given to: "청년 가구와 신혼 부부에 각각 N원과 M원" funds them,
# it builds nothing, and a project's name does not end in one of them.
_BENEFICIARIES = frozenset({"부부", "신혼부부", "가구", "가정", "가족", "세대", "주민", "시민", "도민",
                            "군민", "구민", "어르신", "노인", "청년", "청년층", "학생", "대학생",
                            "아동", "어린이", "장애인", "농가", "어가", "농민", "어민", "농어민",
                            "소상공인", "자영업자", "근로자", "노동자", "구직자", "임산부", "유공자"})


# A count of things or of those money goes to: "(위) 3개 사업", "두 가지 사업", "5건의 사업",
# "인구감소지역 89곳", "300개사", "5만 가구" (a count names nothing)
COUNT_WORD = re.compile(r"(?:[\d,.]+(?:만|천)?|두|세|네|다섯|여러|몇)\s?"
                        r"(?:개|곳|건|가지|개소|개사|개교|개국|개\s?시도|가구|세대|명|농가|단지)(?:의)?")


# A time, not a thing: "작년 동월(705만원)", "전날 종가(1175.9원)", "활동 초기에 N원"
_TIMES = frozenset({"동월", "동기", "초기", "말기", "초반", "중반", "후반", "종가", "시절",
                    "당시", "직후", "직전", "매년", "매달", "매월", "해마다"})


def names_nothing(phrase: str) -> bool:
    """Generic words only (counts among them), a count of one kind of thing (11개 학교), a
    group of people at the end, a time, or a headline's pieces run together ("CJ프레시웨어…업계
    최초")."""
    split = phrase.split()
    words = [w for w in split if COUNT_WORD.fullmatch(w) is None]
    if len(split) == 2 and len(words) == 1 and COUNT_WORD.fullmatch(split[0]):
        return True  # "11개 학교": a count of things, not one of them
    return _GENERIC.issuperset(words) or (bool(words) and (
        words[-1] in _BENEFICIARIES or words[-1] in _TIMES)) or "…" in phrase
