"""Durations, anniversaries, eras and relative days as DATE spans (the TTA/KLUE convention).

TTA's DT covers more than calendar dates: how long something lasted ("2년간", "5년 만에",
"하루", "한 달"), anniversaries ("1주년"), centuries and decades ("17세기", "70년대"), seasons
and relative days ("전날", "다음날"). KMOU keeps durations apart (DUR); Bitgeul follows TTA.
These spans carry no ISO date (``Value.date`` None) and the marker "duration", "era" or
"relative", so a report can tell them from calendar dates. Clock times (3시간, 10분) are not
dates in TTA either (TI): they are left alone.
"""

from __future__ import annotations

import re

from models.domain import Span, Value

# Korean numerals written as words before a unit ("두 달", "세 번째 해", "열흘").
_NUM_WORDS = "한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|수|몇|수십|수백|십수|일|이|삼|사|오"
_COUNT = rf"(?:\d+(?:[.,]\d+)?여?|{_NUM_WORDS})"
# What may follow a span: not Hangul, or a particle ("5년을", "1주년의", "여름에는").
_END = (r"(?=$|[^가-힣]|(?:은|는|이|가|을|를|에|의|도|만|과|와|부터|까지|에는|에도|에만|로|으로|께|쯤"
        r"|내내|동안|새|간|이나|엔|이면|이다|이었|였|인|이고|이며|째)(?![가-힣]))")
# A number and a unit of time, with what makes it a duration after it.
_DURATION_RE = re.compile(
    r"(?=[\d한두세네다여일아열스수몇십이삼사오])"
    rf"(?<![\d.,가-힣])(?P<n>{_COUNT}) ?(?P<u>년|개월|달|주일|주|일)"
    r"(?P<tail>간|동안| 동안|째)?(?P<after> 만에| 만의| 남짓| 가까이| 넘게| 이상| 이내| 연속| 전| 후| 뒤)?"
    + _END
)
_ANNIVERSARY_RE = re.compile(r"(?<![\d.,가-힣])\d+ ?주년" + _END)
_ERA_RE = re.compile(r"(?<![\d.,가-힣])(?:\d{1,2} ?세기(?: ?[초중후]반| ?말| ?초)?|\d0 ?년대(?: ?[초중후]반| ?말| ?초)?)" + _END)
# Single words. Seasons and eras stand alone or before a particle only.
_WORD_LIST = sorted(
    (
        "하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘", "보름",
        "하룻밤", "하루 종일", "전날", "다음날", "다음 날", "이튿날", "그 다음날", "전날밤",
        "한달", "한 달", "일년", "일 년", "한해", "한 해", "반년", "매일", "매년", "매달", "매주",
        "예년", "연말", "연초", "연중", "작년말", "작년 말", "월말", "월초", "주말",
        "봄", "여름", "가을", "겨울", "여름철", "겨울철", "봄철", "가을철",
        "중세", "고대", "근대", "오늘날", "조선시대", "일제시대", "일제강점기",
    ),
    key=len, reverse=True,
)
# A lookahead on the first characters lets the scan skip most positions fast.
_WORD_FIRST = "(?=[" + "".join(sorted({w[0] for w in _WORD_LIST})) + "])"
_WORD_RE = re.compile(
    _WORD_FIRST + r"(?<![가-힣])(?P<w>" + "|".join(re.escape(w) for w in _WORD_LIST) + r")" + _END
)
_RELATIVE = {"전날", "다음날", "다음 날", "이튿날", "그날", "그 다음날", "전날밤"}
_ERAS = {"중세", "고대", "근대", "오늘날", "조선시대", "일제시대", "일제강점기"}


def find_durations(text: str) -> list[Span]:
    """DATE spans for durations, anniversaries, eras and relative days, in text order."""
    found: list[tuple[int, int, str]] = []
    for m in _DURATION_RE.finditer(text):
        n, unit = m.group("n"), m.group("u")
        tail = m.group("tail") or m.group("after")
        if unit == "일" and not tail and n.isdigit():
            continue  # "8일" alone is a day of the month: models.rules.dates
        if unit == "주" and not tail:
            continue  # "3주" may be shares (주): only with 간/동안/째 …
        if not n.isdigit() and n in ("일", "이", "삼", "사", "오") and unit != "년":
            continue  # "이 달", "오 일" are other words
        # "5년 만에", "3일 전": the words after the duration stay outside the span
        found.append((m.start(), m.end("tail") if m.group("tail") else m.end("u"), "duration"))
    for m in _ANNIVERSARY_RE.finditer(text):
        found.append((m.start(), m.end(), "anniversary"))
    for m in _ERA_RE.finditer(text):
        found.append((m.start(), m.end(), "era"))
    for m in _WORD_RE.finditer(text):
        w = m.group("w")
        kind = "relative" if w in _RELATIVE else "era" if w in _ERAS else "duration"
        found.append((m.start("w"), m.end("w"), kind))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[Span] = []
    last = -1
    for start, end, kind in found:
        if start < last:
            continue
        out.append(Span(start, end, "DATE", text[start:end], source="rule:duration", score=0.7,
                        value=Value(date=None, markers=(kind,))))
        last = end
    return out
