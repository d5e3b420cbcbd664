"""More DATE constructions, found beside the calendar dates and durations: a range of bare years
("1867~1916", a life; "2015-16", a sports season), an era named by a king or a dynasty with a
time word ("세종 때", "고려 인종 때", "당나라 시대"; their tables, scanned with the other eras in
models.rules.durations), named days ("태권도의 날을 맞아", "신정 연휴")
and the hanja written after a date ("갑자일(甲子日)").

Each scan runs only where a literal it cannot do without is in the text, so sentences without
one cost a substring test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.domain import Span
from models.rules.quantity import unit_at

# "1867~1916", "2015∼2016", "2016-17", "1536~98": the second end later than the first.
_YEAR_RANGE_RE = re.compile(
    r"(?=1\d\d\d|20\d\d)(?<![\d.,\-~∼/:A-Za-z])(?P<a>(?:1[0-9]|20)\d\d) ?[~∼～〜\-–] ?"
    r"(?P<b>(?:1[0-9]|20)\d\d|\d\d)(?![\d.,%:~∼\-])"
)
# After the range: a unit or a count makes it figures ("2000~2500원", "1990-2000명").
_NOT_YEARS_AFTER_RE = re.compile(r" ?(?:원|억|만|천|조|명|개|건|호|번|위|대|t|㎞|km|m|kg|%|달러)")

# Kings and emperors read as a time with a time word after them ("세종 때", "영조 연간").
KINGS = (
    "태조|정종|태종|세종|문종|단종|세조|예종|성종|연산군|중종|인종|명종|선조|광해군|인조|효종"
    "|현종|숙종|경종|영조|정조|순조|헌종|철종|고종|순종|광종|의종|신종|희종|원종|충렬왕|충선왕"
    "|충숙왕|공민왕|우왕|공양왕|광개토대왕|광개토왕|장수왕|진흥왕|법흥왕|근초고왕|의자왕"
    "|선덕여왕|무열왕|문무왕|진시황|한무제|당태종|강희제|건륭제|세종대왕"
)
# Dynasties and ages beside durations._ERA_NAMES, with a time word there ("당나라 시대").
DYNASTIES = (
    "고조선|삼한|남북국|원삼국|조선왕조|고려왕조|당나라|송나라|원나라|명나라|청나라|한나라"
    "|수나라|진나라|주나라|은나라|춘추전국|에도|메이지|다이쇼|쇼와|헤이안|가마쿠라|무로마치"
    "|빅토리아|유신|미군정|군정|해방|광복|건국|개국"
)
# "X의 날" named as a day: with what a named day is said with after it ("을 맞아", "인",
# "로 정했다"), so that "처형의 날 아침" stays a phrase. Found from "의 날", X read backwards.
_NAMED_DAY_RE = re.compile(
    r"의 ?날(?=을 맞|을 기념|을 앞두고|인 |이다|이었|로 정|로 지정|로 선포|로 제정|에 |에는|은 |기념"
    r"|행사|을 하루|[,.)·'\"’”]|$)"
)
_NAME_BEFORE_RE = re.compile(r"(?<![가-힣])[가-힣]{1,6}$")
_NOT_NAMED = {"그", "나", "너", "저", "제", "이", "자신", "우리", "그들", "당신", "누구", "어느",
               "다른", "그녀", "여러분", "모두"}
# Holidays whose name is also another word, only with what they are said with: "신정 연휴",
# not "신정 국가" (theocracy).
_CONTEXT_HOLIDAY_RE = re.compile(
    r"(?=[신구])(?<![가-힣])(?:신정|구정)(?= ?연휴|과 구정|과 설|·구정|에(?![가-힣])|을 앞두고"
    r"|을 맞아|을 쇠| 때| 차례|[,)])"
)
# Months named in Hangul: "시월 말", "유월에". 사월, 삼월 … are also names (사월이, "사월(…)")
# and titles ("사월의 눈"): only with a part of the month or a particle of time after them.
# Found from each 월, the numeral read backwards.
_HANGUL_MONTH_NUMERALS = ("십일", "십이", "삼", "사", "오", "유", "칠", "팔", "구", "시")
_HANGUL_MONTH_END_RE = re.compile(
    r" ?(?:초|말|중순|초순|하순)(?=$|[^가-힣]|(?:에|의|은|도|부터|까지|께|쯤)(?![가-힣]))"
    r"|(?=(?:에|에는|에도|부터|까지|께|쯤)(?![가-힣]))"
)
_HANGUL_RE = re.compile("[가-힣]")
# A school or fiscal year: "2016학년도", "95학년도", "2025회계연도".
_SCHOOL_YEAR_RE = re.compile(
    r"(?=[12'\d])(?<![\d.,])(?P<y>(?:19|20)\d\d|'?\d\d)(?:학년도|회계연도)"
    r"(?=$|[^가-힣]|(?:에|의|은|는|도|부터|까지|에는|에도|이|가|를|을)(?![가-힣]))"
)
# The rainy and the dry season, where the word cannot be the verb 우기다 ("우기는").
_WET_DRY_RE = re.compile(r"(?<![가-힣])(?:우기|건기)(?=철|에(?![가-힣])|에는|에도|가 시작|를 맞|\(|[,.])")
# A gloss in hanja right after a date: "갑자일(甲子日)", "춘절(春節)".
_GLOSS_RE = re.compile(r"\((?P<h>[\u4e00-\u9fff][\u4e00-\u9fff·]*)\)")


def find_extra(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, ISO date or None) of the constructions above, unordered, possibly
    overlapping. A range of years has its ISO interval ("1867/1916")."""
    found: list[tuple[int, int, str, str | None]] = []
    if "~" in text or "∼" in text or "-" in text or "～" in text or "〜" in text or "–" in text:
        for m in _YEAR_RANGE_RE.finditer(text):
            a, b = int(m.group("a")), m.group("b")
            second = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
            if not a < second <= a + 150 or (len(b) == 2 and second < a):
                continue
            if _NOT_YEARS_AFTER_RE.match(text, m.end()) or unit_at(text, m.end()) is not None:
                continue
            found.append((m.start(), m.end(), "duration", f"{a:04d}/{second:04d}"))
    if "의 날" in text or "의날" in text:
        for m in _NAMED_DAY_RE.finditer(text):
            x = _NAME_BEFORE_RE.search(text, max(0, m.start() - 7), m.start())
            if x is not None and x.group() not in _NOT_NAMED:
                found.append((x.start(), m.end(), "holiday", None))
    k = text.find("월", 1)
    while k != -1:
        numeral = None if text[k - 1] not in "삼사오유칠팔구시일이" else next(
            (w for w in _HANGUL_MONTH_NUMERALS if text.startswith(w, k - len(w))), None)
        if numeral is not None:
            start = k - len(numeral)
            end = _HANGUL_MONTH_END_RE.match(text, k + 1)
            if end is not None and (start == 0 or not _HANGUL_RE.match(text, start - 1)):
                found.append((start, end.end(), "month", None))
        k = text.find("월", k + 1)
    if "학년도" in text or "회계연도" in text:
        for m in _SCHOOL_YEAR_RE.finditer(text):
            y = m.group("y").lstrip("'")
            year = int(y) if len(y) == 4 else (1900 if int(y) >= 50 else 2000) + int(y)
            found.append((m.start(), m.end(), "year", f"{year:04d}"))
    if "우기" in text or "건기" in text:
        for m in _WET_DRY_RE.finditer(text):
            found.append((m.start(), m.end(), "season", None))
    if "신정" in text or "구정" in text:
        for m in _CONTEXT_HOLIDAY_RE.finditer(text):
            found.append((m.start(), m.end(), "holiday", None))
    return found


# Numbers listed before a date's first number share its unit: "3, 4일", "1·2월", "2, 3년 전",
# "1988, 1992년" are one span each (TTA).
_LIST_BEFORE_RE = re.compile(r"(?<![\d.,·])(?:(\d{1,4})(?:, ?|·)){1,9}$")
_FIRST_NUMBER_RE = re.compile(r"\d{1,4}(?=[^\d.,])")
_LIST_ITEM_RE = re.compile(r"\d{1,4}")


# Two counts of years joined as a period: "87년부터 90년까지", "59년과 62년 사이" (two-digit
# years and counts are durations, which the calendar ranges of models.rules.dates do not join).
_YEARS_RE = re.compile(r"\d{1,4}년")
_PAIR_GAP_RE = re.compile(r"(?:부터|에서) | ?[~∼～〜\-–] ?|(?:과|와) ")


def _pairs(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        gap = _PAIR_GAP_RE.fullmatch(text, prev.end, s.start) if prev is not None else None
        if (prev is not None and gap is not None and _YEARS_RE.fullmatch(prev.text)
                and _YEARS_RE.fullmatch(s.text) and (
                    text.startswith("까지", s.end) if gap.group()[0] in "부에"
                    else text.startswith(" 사이", s.end) if gap.group()[0] in "과와" else True)):
            iso = (f"{prev.text[:-1]}/{s.text[:-1]}"
                   if len(prev.text) == len(s.text) == 5 and prev.text < s.text else None)
            value = replace(prev.value, date=iso) if prev.value is not None else None
            out[-1] = Span(prev.start, s.end, "DATE", text[prev.start:s.end], source=prev.source,
                           score=prev.score, value=value)
            continue
        out.append(s)
    return out


def with_lists(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the numbers listed before a date joined to it, a month right before a
    list of days joined too ("7월 3, 4일"), and two counts of years joined as a period."""
    if "까지" in text or "사이" in text or "~" in text or "∼" in text:
        spans = _pairs(text, spans)
    if "," not in text and "·" not in text:
        return spans
    out: list[Span] = []
    for s in spans:
        first = _FIRST_NUMBER_RE.match(s.text)
        before = _LIST_BEFORE_RE.search(text, max(0, s.start - 40), s.start) if first else None
        if before is None or first is None:
            out.append(s)
            continue
        items = [int(x) for x in _LIST_ITEM_RE.findall(before.group())]
        n = int(first.group())
        if not all(x < n for x in items) or any(len(str(x)) != len(first.group()) and
                                                   len(first.group()) == 4 for x in items):
            out.append(s)
            continue
        start = before.start()
        iso = None
        prev = out[-1] if out else None
        if (prev is not None and prev.text.endswith("월") and text[prev.end:start] in (" ", "")
                and s.text[len(first.group()):].startswith("일")):
            ym = prev.value.date if prev.value else None
            if ym and len(ym) == 7 and n - items[0] == len(items):  # consecutive days
                iso = f"{ym}-{items[0]:02d}/{ym}-{n:02d}"
            start = prev.start
            out.pop()
        value = replace(s.value, date=iso) if s.value is not None else None
        out.append(Span(start, s.end, "DATE", text[start:s.end], source=s.source, score=s.score,
                        value=value))
    return out


def with_glosses(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the hanja gloss written right after a date ("우기(雨期)") as a date too."""
    out: list[Span] = []
    for s in spans:
        out.append(s)
        m = _GLOSS_RE.match(text, s.end)
        if m is not None and all(o.start >= m.end() or o.end <= m.start() for o in spans):
            out.append(Span(m.start("h"), m.end("h"), "DATE", m.group("h"), source=s.source,
                            score=s.score, value=s.value))
    return out
