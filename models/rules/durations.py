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
from models.rules.date_extra import DYNASTIES, KINGS, find_extra

# Korean numerals written as words before a unit ("두 달", "세 번째 해", "열흘").
_NUM_WORDS = (
    "한두|두세|서너|너덧|대여섯|두어|예닐곱|여남은|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열"
    "|스무|서른|마흔|쉰|예순|일흔|여든|아흔|수|몇|몇십|몇백|몇천|수십|수백|수천|수만|십수|여러"
    "|일|이|삼|사|오"
)
_NATIVE = (
    "한두|두세|서너|너덧|대여섯|두어|예닐곱|여남은|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열"
    "|스무|서른|마흔|쉰|예순|일흔|여든|아흔|여러"
)
# Two Sino-Korean numerals for "two or three": "이삼일", "사오 개월" (one alone is another word).
_SINO_PAIRS = {"일이", "이삼", "삼사", "사오", "오륙", "육칠", "칠팔", "팔구"}
# Years counted as 해 take native numerals: "두 해", "몇 해", "여러 해" (not "수해", a flood).
_YEARS_AS_HAE = re.compile(rf"(?:{_NATIVE}|몇)")
# Sino-Korean numerals written out ("팔 년", "십여 년", "이십 년"): with 년 only (see below).
_SINO = "[일이삼사오육칠팔구십백천]+"
# Figures with 백/천 in the old news style: "1백 59일간", "3백여년", "5천년", "천여 년".
_HUNDREDS = r"(?:\d+ ?)?[백천](?: ?\d+)?"
# "2∼3년", "5~6개월": a range of counts is one duration.
_RANGE_FIRST = r"(?:\d+ ?[~∼～〜\-–] ?(?=\d))?"
# Ten thousands and hundred millions of years: "1만 년 전", "46억 년", "56억 7천만 년 뒤".
_MYRIADS = r"\d+ ?억(?: ?\d+ ?천)?(?: ?\d* ?만)?|\d+ ?천 ?만|\d+(?:\.\d+)? ?만"
_COUNT = rf"(?:{_MYRIADS}|{_RANGE_FIRST}\d+(?:[.,]\d+)?|{_HUNDREDS}|{_NUM_WORDS}|{_SINO})여?"
# What may follow a span: not Hangul, or one or two particles ("5년을", "1주년의", "여름에는",
# "106일까지는", "17세기경부터").
_PARTICLE = (r"(?:은|는|이|가|을|를|에|의|도|만|과|와|부터|까지|에서|에는|에도|에만|로|으로|께|쯤"
             r"|내내|동안|새|간|이나|엔|이면|이다|이었|였|인|이고|이며|째|경|씩|이란|이라는|란|치"
             r"|만큼|마다|이래|전후|밖에|이라|이래야)")
_END = rf"(?=$|[^가-힣]|{_PARTICLE}{_PARTICLE}?(?![가-힣]))"
# The characters a count can end with (see _COUNT; 여 is "and some"): a unit of time after one
# of them, glued or after a space, is what _DURATION_RE cannot do without. Most sentences have
# none, and this test costs a tenth of the scan.
_COUNT_LAST = "".join(sorted({w[-1] for w in _NUM_WORDS.split("|")}
                            | set("일이삼사오육칠팔구십백천만억여")))
_UNIT_GATE = re.compile(rf"[년개달주일해](?:(?<=[\d{_COUNT_LAST}].)|(?<=[\d{_COUNT_LAST}] .))")
# A number and a unit of time, with what makes it a duration after it.
_DURATION_RE = re.compile(
    r"(?=[\d한두세석네넉서너대다여일아열스수몇십이삼사오육칠팔구백천예마쉰])"
    rf"(?<![\d.,가-힣])(?P<n>{_COUNT}) ?(?P<u>년(?: ?\d{{1,2}} ?개월| 반)?|개월(?: 반)?|달(?: 반)?"
    r"|주일|주|일|해)(?P<about>여)?"
    r"(?P<tail>간|동안| 동안| 간|째)?(?P<ago> ?전| ?후| ?뒤)?"
    r"(?P<after> 만에| 만의| 만인| 남짓| 가까이| 넘게| 이상| 이내| 연속| 정도| 가량|가량)?"
    + _END
)
# "3년 8개월", "2년 반": one duration. "2년 전", "사흘 뒤": a point in time counted from now,
# the whole phrase is the date (TTA); "5년 만에", "3년 넘게": how long, the words after it
# stay outside.
# "5주기 추도식": a memorial anniversary; "1주기 평가" is a first cycle (週期), so 주기 only with
# what a memorial is said with or a particle.
_ANNIVERSARY_RE = re.compile(
    r"(?=\d)(?<![\d.,가-힣])\d+ ?주(?:년|기(?=(?: ?(?:추도|추모|기일|기념|행사|제)|[를을에인이의가])"
    r"|$|[^가-힣 ]))" + _END
)
# "15, 16세기", "18·19세기", "60∼70년대", "1950~60년대": one era.
_ERA_RE = re.compile(
    r"(?=\d)(?<![\d.,가-힣])(?:(?:\d{1,2}(?:세기)?(?:, ?|·| ?[~∼～〜\-–] ?))?\d{1,2} ?세기(?: ?[초중후]반| ?말| ?초)?"
    r"|(?:(?:\d\d)?\d0(?:년대)?(?:, ?|·| ?[~∼～〜\-–] ?))?\d0 ?년대(?: ?[초중후]반| ?말| ?초)?)" + _END
)
# Geological ages (TTA counts them as dates).
_GEOLOGIC = (
    "쥐라기", "백악기", "트라이아스기", "캄브리아기", "선캄브리아기", "석탄기", "페름기", "데본기",
    "실루리아기", "오르도비스기", "고생대", "중생대", "신생대", "원생대", "시생대", "빙하기",
    "간빙기", "홍적세", "충적세", "플라이스토세", "홀로세", "플라이오세", "마이오세",
)
# Single words. Seasons and eras stand alone or before a particle only.
_WORD_LIST = sorted(
    (
        "하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘", "보름",
        "사나흘", "열이틀", "며칠", "수일", "한나절", "반나절", "하루종일", "온종일", "종일",
        "하룻밤", "하루 종일", "전날", "다음날", "다음 날", "이튿날", "그 다음날", "전날밤",
        "첫날", "첫날밤", "다음다음날", "다음해", "다음 해", "이듬해", "반세기", "한 세대",
        "한달", "한 달", "일년", "일 년", "한해", "한 해", "반년", "매일", "매년", "매달", "매주",
        "매해", "매월", "해마다", "달마다", "주말마다",
        "예년", "연말", "연초", "연중", "작년말", "작년 말", "월말", "월초", "주말", "연내",
        "연말연시", "지난 연말", "올 연말", "지난 연초", "다음다음 해", "종일토록",
        "봄", "여름", "가을", "겨울", "여름철", "겨울철", "봄철", "가을철",
        "한여름", "한겨울", "초봄", "늦봄", "초여름", "늦여름", "초가을", "늦가을", "초겨울",
        "늦겨울", "올봄", "올여름", "올가을", "올겨울", "환절기", "동절기", "하절기", "혹서기",
        "혹한기", "장마철", "휴가철", "입시철", "사춘기", "갱년기", "폐경기", "유년기", "청년기",
        "노년기", "청소년기", "개화기", "과도기", "르네상스",
        "중세", "고대", "근대", "근현대", "오늘날", "일제강점기", "일제 강점기", "구한말", "조선조",
        "고려조", "양일", "농번기", "농한기", "성수기", "비수기", "겨우내", "여름내", "근세", "한말",
        "사계절", "주초", "엊그제", "정월", "섣달", "동짓달", "새해 첫날", "정초", "세밑",
        "달포",
        *_GEOLOGIC,
    ),
    key=len, reverse=True,
)
# An era named after a state, a dynasty or an age: "조선시대", "고려 말", "냉전 시대", "조선 후기",
# "일제 때", "일제 치하".
_ERA_NAMES = (
    "조선|고려|신라|통일신라|백제|고구려|삼국|가야|발해|대한제국|일제|식민지|냉전|선사|구석기"
    "|신석기|청동기|철기|석기|원시|르네상스|계몽주의|중세|근대|산업혁명|과학혁명|해방정국"
)
_ERA_TIMES = "시대|시기|초기|중기|후기|말기|말엽|초엽|말|초|기|때|당시|시절|무렵|연간|치하|이후|직후|전후"
_REIGN_TIMES = "때|시대|시절|연간|재위|치세|당시|무렵|초기|중기|말기|후기|이후|직후|전후"
_ALL_NAMES = f"{_ERA_NAMES}|{DYNASTIES}|{KINGS}".split("|")
# An era, a dynasty or a reign with its time word: "조선 후기", "일제 때", "당나라 시대",
# "고려 인종 때", "세종 연간" (a king takes no 초/말/기: "세종 말" may be his words). One scan,
# skipping positions by their first two characters.
_ERA_NAME_RE = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _ALL_NAMES}))}]"
    rf"[{''.join(sorted({w[1] for w in _ALL_NAMES}))}])(?<![가-힣])"
    rf"(?:(?:{_ERA_NAMES}|{DYNASTIES})(?: ?(?:{KINGS}) ?(?:{_REIGN_TIMES})| ?(?:{_ERA_TIMES}))"
    rf"|(?:{KINGS}) ?(?:{_REIGN_TIMES}))" + _END
)
# A year, month or day of the sexagenary cycle: "경술년", "을축월", "갑자일".
_STEMS, _BRANCHES = "갑을병정무기경신임계", "자축인묘진사오미신유술해"
_CYCLE_RE = re.compile(rf"(?=[{_STEMS}])(?<![가-힣])[{_STEMS}][{_BRANCHES}][년월일]" + _END)
_CYCLE_GATE = re.compile(rf"[{_STEMS}][{_BRANCHES}][년월일]")  # the same without its context
# A season of a given year and a weekday of every week are one date: "금년 봄", "올 여름",
# "93년 가을", "매주 토요일".
_JOINED_RE = re.compile(
    r"(?=[\d올금지작재내매격])(?<![\d.,가-힣])(?:(?:올해|올|금년|지난해|작년|재작년|내년|내후년"
    r"|\d{2}년|\d{4}년) ?"
    r"(?:봄|여름|가을|겨울)철?|(?:매주|격주) ?[월화수목금토일]요일)" + _END
)
# After a count of days or a relative day: "사흘 전", "며칠 뒤" are points in time (TTA).
_DAYS_RE = re.compile(r"(?:\d+ ?[~∼～〜\-–] ?)?(\d+)")
_AGO_RE = re.compile(r" ?(?:전|후|뒤)" + _END)
_NIGHTS_RE = re.compile(r"(?<![\d.,가-힣])\d+박 ?\d+일" + _END)  # "2박 3일"
# A lookahead on the first two characters (봄 is the one word of one) lets the scan skip most
# positions fast, and try its long list of words at far fewer of them.
_WORD_FIRST = (
    "(?=[" + "".join(sorted({w[0] for w in _WORD_LIST if len(w) > 1})) + "]"
    "[" + "".join(sorted({w[1] for w in _WORD_LIST if len(w) > 1})) + "]"
    "|[" + "".join(w for w in _WORD_LIST if len(w) == 1) + "])"
)
_WORD_RE = re.compile(
    _WORD_FIRST + r"(?<![가-힣])(?P<w>" + "|".join(re.escape(w) for w in _WORD_LIST) + r")" + _END
)
_RELATIVE = {"전날", "다음날", "다음 날", "이튿날", "그날", "그 다음날", "전날밤", "엊그제",
             "새해 첫날", "정초", "세밑"}
_ERAS = {"중세", "고대", "근대", "근현대", "오늘날", "일제강점기", "일제 강점기", "구한말", "르네상스",
         "조선조", "고려조", "근세", "한말", *_GEOLOGIC}


def find_durations(text: str) -> list[Span]:
    """DATE spans for durations, anniversaries, eras and relative days, in text order."""
    found: list[tuple[int, int, str]] = []
    for m in _DURATION_RE.finditer(text) if _UNIT_GATE.search(text) else ():
        n, unit = m.group("n"), m.group("u")
        tail = m.group("tail") or m.group("after") or m.group("ago")
        days = _DAYS_RE.fullmatch(n) if unit == "일" and not tail else None
        if days and int(days.group(1)) <= 31:
            continue  # "8일", "2∼3일" alone are days of the month (models.rules.dates)
        if unit == "주" and not tail:
            continue  # "3주" may be shares, "한 주" a state (州): only with 간/동안/째 …
        if (not n[0].isdigit() and re.fullmatch(_SINO, n.rstrip("여")) and n not in _SINO_PAIRS
                and n not in ("백", "천") and unit[0] != "년" and not (n == "일" and unit == "주일")):
            continue  # "이 달", "오 일", "구 일" are other words; "일 주일", "팔 년" are not
        if unit == "일" and re.fullmatch(_NATIVE, n.rstrip("여")):
            continue  # "한 일", "두 일": days are counted 하루, 이틀 … in native numbers
        if ("억" in n or "만" in n) and n[0].isdigit() and unit[0] != "년":
            continue  # "3만 일" hardly; "5만 달" is not a count of months
        if n == "수" and unit == "달" and m.end("u") == m.start("u") + 1 and m.start("u") == m.end("n"):
            continue  # "수달" is an otter (several months are 수개월)
        if unit == "해" and (not _YEARS_AS_HAE.fullmatch(n) or (
                n == "한" and text.startswith("에 ", m.start() - 2))):  # "고객에 한해": only for
            continue
        end = max(m.end(g) for g in ("u", "about", "tail", "ago") if m.group(g))
        found.append((m.start(), end, "duration"))
    # The scans below run only when the text holds what their pattern cannot do without (most
    # sentences lack it; a scan costs about as much as the check of the whole text).
    if "주년" in text or "주기" in text:
        for m in _ANNIVERSARY_RE.finditer(text):
            found.append((m.start(), m.end(), "anniversary"))
    if "세기" in text or "년대" in text:
        for m in _ERA_RE.finditer(text):
            found.append((m.start(), m.end(), "era"))
    for m in _ERA_NAME_RE.finditer(text):
        found.append((m.start(), m.end(), "era"))
    if "요일" in text or "봄" in text or "여름" in text or "가을" in text or "겨울" in text:
        for m in _JOINED_RE.finditer(text):
            found.append((m.start(), m.end(), "relative"))
    if _CYCLE_GATE.search(text):
        for m in _CYCLE_RE.finditer(text):  # 경술년, 을축월, 갑자일
            found.append((m.start(), m.end(), "era"))
    if "박" in text:
        for m in _NIGHTS_RE.finditer(text):
            found.append((m.start(), m.end(), "duration"))
    for m in _WORD_RE.finditer(text):
        w = m.group("w")
        kind = "relative" if w in _RELATIVE else "era" if w in _ERAS else "duration"
        end = m.end("w")
        if w in ("한해", "한 해") and text.startswith("에 ", m.start("w") - 2):
            continue  # "고객에 한해" (only for): the verb 한하다, not a year
        if kind == "duration" and w[-1] not in "철기" and not w.startswith("매") \
                and not w.endswith("마다"):  # "매년 전 세계에서": every year, not "a year ago"
            ago = _AGO_RE.match(text, end)
            end = ago.end() if ago else end
        found.append((m.start("w"), end, kind))
    extra = find_extra(text)
    if not found and not extra:
        return []  # most texts
    spans = [(start, end, kind, None) for start, end, kind in found] + extra
    spans.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[Span] = []
    last = -1
    for start, end, kind, iso in spans:
        if start < last:
            continue
        out.append(Span(start, end, "DATE", text[start:end], source="rule:duration", score=0.7,
                        value=Value(date=iso, markers=(kind,))))
        last = end
    return out
