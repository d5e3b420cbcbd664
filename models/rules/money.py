"""MONEY spans found by rules: "10조원", "3억5000만 원", "200억~300억원", "수천억원", "$5 billion".

A span runs from the first numeral (or a leading currency sign such as "$") to the end of the
currency word; particles ("10조원을") and approximation markers ("약 500억원", "1조원대",
"100억원 이상") stay outside but are recorded in ``Value.markers`` and make ``approx`` true.
A bare amount ("10억") is not money unless it is the low end of a range whose high end names
the currency ("200억~300억원" is one span).

Ranges: ``value`` is None, ``low``/``high`` hold the ends (a range has no single value; summing
code should use ``low`` or ``high`` explicitly). Vague amounts ("수천억원") likewise have
``value`` None, ``approx`` True and plausible bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.domain import Span, Value
from models.rules.numerals import BIG_UNITS, NumberRange, parse_korean_range
from models.rules.quantity import unit_at

# --- the amount itself ------------------------------------------------------------------------

_DIGITS = r"\d+(?:,\d+)*(?:\.\d+)?"
_HANGUL_NUM = "[일이삼사오육칠팔구십백천]+"
_NUM = rf"(?:{_DIGITS}(?:[천백십](?:\d+)?)*|{_HANGUL_NUM})"
_VAGUE = r"(?:십수|[수몇](?=[십백천만억조경])[십백천]?)"
_GROUP = rf"(?:{_NUM}|{_VAGUE})(?:여 ?)?[만억조경]여?"
_TAIL = rf"(?:{_NUM}|{_VAGUE})여?"
# After a myriad group a Hangul tail must end in 십/백/천: "1만 오천원", but not the particle
# of "170억이" or the verb of "5784억 사라져" (이 and 사 are also the numerals 2 and 4).
_CUR_AHEAD = "(?= ?(?:원|달러|엔|유로|위안|파운드))"
_HANGUL_TAIL = rf"(?:(?:[일이삼사오육칠팔구]?[십백천])+(?:[일이삼사오육칠팔구]{_CUR_AHEAD})?|[일이삼사오육칠팔구]{_CUR_AHEAD})"
_AFTER_GROUP_TAIL = rf"(?:{_DIGITS}(?:[천백십](?:\d+)?)*|{_HANGUL_TAIL}|{_VAGUE})여?"
# One or more myriad groups ("1조 2000억"), optionally ending with a plain number ("1만 5000"),
# or a plain number alone ("1,500"). A single space may separate groups.
# The leading lookahead lets the regex engine skip most positions quickly (4x faster scans).
#
# _scan drops a Hangul numeral glued after a syllable (사이, 경제이다) or alone (이 사람), but such a
# match still covers its text. Where it can cover no other match, the pattern does not make it
# (thousands of them): a run of numeral syllables after a syllable that ends where no space,
# digit, comma or point can carry it on, or one numeral that nothing can carry on.
_NUMERAL_RUN = "[일이삼사오육칠팔구십백천수몇만억조경여]"
_DROPPED = rf"(?!(?<=[가-힣]){_NUMERAL_RUN}++(?![ \d,.])|[일이삼사오육칠팔구십백천수몇](?!{_NUMERAL_RUN}|[ \d,.]))"
AMOUNT_RE = re.compile(rf"(?=[\d일이삼사오육칠팔구십백천수몇])(?<![\dA-Za-z])(?<!\d[.,]){_DROPPED}(?:{_GROUP}(?: ?{_GROUP})*(?: ?{_AFTER_GROUP_TAIL}(?![\d만억조경]))?|{_TAIL})")

# --- currencies -------------------------------------------------------------------------------

# Korean currency words after the amount, longest first so "홍콩달러" wins over "달러".
_KO_CURRENCY: dict[str, str | None] = {
    "싱가포르달러": "SGD",
    "뉴질랜드달러": "NZD",
    "캐나다달러": "CAD",
    "홍콩달러": "HKD",
    "호주달러": "AUD",
    "대만달러": "TWD",
    "스위스프랑": "CHF",
    "달러화": "USD",
    "달러": "USD",
    "원화": "KRW",
    "원": "KRW",
    "엔화": "JPY",
    "엔": "JPY",
    "유로화": "EUR",
    "유로": "EUR",
    "위안화": "CNY",
    "위안": "CNY",
    "파운드": "GBP",
    "루블": "RUB",
    "루피": "INR",
    "바트": "THB",
    "헤알": "BRL",
    "링깃": "MYR",
    "디르함": "AED",
    "크로나": "SEK",
    # None: several countries' currency, decided by the country the text names (_BY_COUNTRY)
    "크로네": None,
    # more currencies of world news; a whitelist after each keeps 랜드마크 out
    "루피아": "IDR",  # before 루피: "2만 루피아" is Indonesia's
    "페소": None,
    "리라": "TRY",
    "랜드": "ZAR",
    "즐로티": "PLN",
    "포린트": "HUF",
    "코루나": "CZK",
    "텡게": "KZT",
    "투그릭": "MNT",
    "나이라": "NGN",
    "디나르": None,
    "리얄": None,
    "인민폐": "CNY",
    "센트": "USD",  # in cents: see _CURRENCY_FACTOR
    "불": "USD",
}
# A currency word several countries share is the currency of the country the text names
# nearest before it (else first after it), with no country named the first one's (the likeliest
# in Korean news): never won. "300만 크로네" in a text about Norway is NOK.
_BY_COUNTRY: dict[str, dict[str, str]] = {
    "크로네": {"덴마크": "DKK", "노르웨이": "NOK"},
    "페소": {"멕시코": "MXN", "필리핀": "PHP", "아르헨티나": "ARS", "칠레": "CLP", "콜롬비아": "COP",
             "우루과이": "UYU", "쿠바": "CUP", "도미니카": "DOP"},
    "디나르": {"쿠웨이트": "KWD", "이라크": "IQD", "요르단": "JOD", "바레인": "BHD", "세르비아": "RSD",
               "알제리": "DZD", "튀니지": "TND", "리비아": "LYD"},
    "리얄": {"사우디": "SAR", "카타르": "QAR", "이란": "IRR", "오만": "OMR", "예멘": "YER"},
}
_COUNTRY_RE = {word: re.compile("|".join(places)) for word, places in _BY_COUNTRY.items()}


def _country_currency(text: str, pos: int, word: str) -> str:
    """The ISO code of ``word`` (a shared currency word at ``pos``) by the country named."""
    found = list(_COUNTRY_RE[word].finditer(text, 0, pos)) or [
        m for m in [_COUNTRY_RE[word].search(text, pos)] if m is not None]
    places = _BY_COUNTRY[word]
    return places[found[-1].group()] if found else next(iter(places.values()))


# Currency words that name a fraction of the currency's unit.
_CURRENCY_FACTOR = {"센트": 0.01}

_EN_CURRENCY: dict[str, str] = {
    "krw": "KRW",
    "won": "KRW",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "jpy": "JPY",
    "yen": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "gbp": "GBP",
    "pounds": "GBP",
}
_SIGNS: dict[str, str] = {
    "US$": "USD",
    "$": "USD",
    "₩": "KRW",
    "￦": "KRW",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "元": "CNY",
    "USD": "USD",
    "KRW": "KRW",
    "EUR": "EUR",
    "JPY": "JPY",
    "CNY": "CNY",
    "GBP": "GBP",
}

_KO_CUR_RE = re.compile(" ?(" + "|".join(sorted(_KO_CURRENCY, key=len, reverse=True)) + ")")
_EN_CUR_RE = re.compile(
    r" ?(" + "|".join(sorted(_EN_CURRENCY, key=len, reverse=True)) + r")(?![A-Za-z])", re.I
)
_SIGN_BEFORE_RE = re.compile(
    r"(" + "|".join(re.escape(s) for s in sorted(_SIGNS, key=len, reverse=True)) + r") ?$"
)
_SIGN_LAST = frozenset(s[-1] for s in _SIGNS)
_SCALE_RE = re.compile(r" ?(trillion|billion|million|thousand|tn|bn|mn|m|k)(?![A-Za-z])", re.I)
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6,
           "m": 1e6, "thousand": 1e3, "k": 1e3}

# What may follow a Korean currency word. A whitelist, because the currency words begin many
# other words: 원칙, 원전, 원래, 엔진, 위안부, 유로존, 파운드리, 불법 ...
_AFTER_CURRENCY_OK = (
    "은", "는", "이", "을", "를", "의", "에", "으로", "로", "과", "와", "씩", "짜리", "대", "선",
    "어치", "쯤", "께", "까지", "부터", "도", "만", "보다", "밖에", "였", "인", "이나", "나",
    "정도", "내외", "안팎", "남짓", "미만", "초과", "상당", "규모", "가량", "여", "수준", "당",
    "며", "라", "란", "야", "만큼", "에서", "에게", "씩", "뿐", "짜", "입니다", "이다",
    "권", "치", "화",  # 5만원권 (a banknote), 5만원치, 원화
    "임",  # "총사업비는 22억원임.": a report's short ending (개조식)
    "설",  # "'9억 유로설'은 부인": a rumoured figure (N원설, N달러설), not 설계·설비
)
# endings glued to a currency word, and the syllables that may follow them ("22억원임을", not
# "5원임명"; "9억 유로설은", not "10억원설비")
_ENDING_NEXT = {"임": "을에이은", "설": "은는이을를에의도과와로만"}
# 원가 is "cost price", but 달러가/엔이 are the subject particle: "가" only after other currencies.
_AFTER_FOREIGN_OK = (*_AFTER_CURRENCY_OK, "가", "다")
# "불" (a dollar, colloquial) also starts 불법, 불과, 불구 ...: only when attached to the number
# and followed by a particle-like syllable.
_AFTER_BUL_OK = ("을", "이", "의", "에", "로", "씩", "짜리", "대", "어치", "가량", "은", "도")


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


# The first syllables of the Korean currency words: after an amount a syllable not among them
# ("2024년", "300명": most amounts) starts no currency, Korean or English.
_KO_CUR_FIRST = frozenset(w[0] for w in _KO_CURRENCY)


def _currency_after(text: str, pos: int) -> tuple[str | None, int, float] | None:
    """(ISO code, end, factor) of a currency word starting at ``pos`` (one space allowed)."""
    dong = _dong_after(text, pos)
    if dong is not None:
        return dong
    nxt = text[pos:pos + 1]
    if "\uac00" <= nxt <= "\ud7a3" and nxt not in _KO_CUR_FIRST:
        return None
    m = _KO_CUR_RE.match(text, pos)
    if m:
        word = m.group(1)
        end = m.end()
        nxt = text[end : end + 4]
        if nxt and _is_hangul(nxt[0]):
            ok: tuple[str, ...]
            if word == "불":
                ok = _AFTER_BUL_OK
            elif word == "원":
                ok = _AFTER_CURRENCY_OK
            else:
                ok = _AFTER_FOREIGN_OK
            if not nxt.startswith(ok) or (nxt[0] in _ENDING_NEXT and len(nxt) > 1 and
                                          _is_hangul(nxt[1]) and nxt[1] not in _ENDING_NEXT[nxt[0]]):
                return None  # "22억원임", "22억원임을", "7억 달러설", not "5원임명"
        code = _KO_CURRENCY[word] or _country_currency(text, pos, word)
        return code, end, _CURRENCY_FACTOR.get(word, 1.0)
    m = _EN_CUR_RE.match(text, pos)
    if m:
        return _EN_CURRENCY[m.group(1).lower()], m.end(), 1.0
    return None


_DONG_RE = re.compile(" ?동(?![가-힣]|\\S)| ?동(?=[은는이을를의에과와씩]|으로|가량|정도|어치|짜리|이다)")


def _dong_after(text: str, pos: int) -> tuple[str | None, int, float] | None:
    """Vietnam's 동 ("1000만 동"), only in a text about Vietnam: elsewhere "3동" is a building
    and 동 starts many words."""
    if text[pos:pos + 2].strip()[:1] != "동" or "베트남" not in text:
        return None
    m = _DONG_RE.match(text, pos)
    return ("VND", m.end(), 1.0) if m else None


# --- markers ----------------------------------------------------------------------------------

_BEFORE_MARKER_RE = re.compile(r"(약|대략|최대|최소|무려|줄잡아|어림잡아|얼추|대략적으로) ?$")
_AFTER_MARKER_RE = re.compile(r"(대|선|가량|쯤|께|남짓|안팎|내외| ?정도| ?이상| ?이하| ?미만| ?초과| ?가량| ?안팎| ?내외| ?남짓"
                              r"| 선(?=[^가-힣]|$|에서|에|으로|이|을|의))")  # "50만 원 선": not 선거

# After a bare amount: words that make it a count, not won ("46억 년", "14억 인구", "억대").
_NOT_BARE_MONEY_RE = re.compile(
    r" ?(년|광년|인구|뷰|조회|화소|회선|장|부|분|위|인|배|개|번|회|명|곳|건|가구|달러|박스|갑"
    r"|[A-Za-z%％])"
    r"|(대|조|만)"  # glued only: 억대, "1억 조" is rare but "10억 대박" is money
    r"| (?:중국|인도|한국|일본|미국|아시아|무슬림|지구|세계)인"  # "13억 중국인": people
)
_POPULATION_BEFORE_RE = re.compile(r"인구[^ ]* ?(약 ?)?$")
# Items of a list sharing the last item's currency: "10조, 20조원", "3만·5만원".
_LIST_SEP_RE = re.compile(r" ?[,·/] ?")
_BARE_SCORE = 0.6

_RANGE_SEP_RE = re.compile(r" ?[~∼～〜\-–—] ?")


@dataclass(slots=True)
class _Amount:
    start: int  # first character of the numeral (or of the currency sign before it)
    num_end: int  # end of the numeral (before scale words and currency)
    end: int  # end of the span (after the currency, if any)
    rng: NumberRange
    currency: str | None
    has_currency: bool
    top_unit: int  # the largest myriad unit written (1 when none), for "3~5조원"


_UNITS_DOWN = sorted(BIG_UNITS.items(), key=lambda kv: -kv[1])


def _top_unit(s: str) -> int:
    for ch, unit in _UNITS_DOWN:
        if ch in s:
            return unit
    return 1


# "만 원", "천 원짜리", "백 달러": a unit alone counts one of it. AMOUNT_RE wants a numeral
# before 만, and a lone 천 or 백 may be any syllable, so only with a currency right after; glued
# to 원 only before 짜리/권/어치/씩, since 만원 is also "full" (만원 버스, 객석이 만원).
_LONE_UNIT_RE = re.compile(r"(?<![\w.,])([백천만])(?= ?(?:원|달러|엔|유로|위안|파운드))")
_LONE_VALUE = {"백": 100.0, "천": 1000.0, "만": 10000.0}
_GLUED_WON_OK = ("짜리", "권", "어치", "씩")


def _lone_units(text: str) -> list[_Amount]:
    out: list[_Amount] = []
    for m in _LONE_UNIT_RE.finditer(text):
        start = m.start()
        cur = _currency_after(text, start + 1)
        if cur is None:
            continue
        if text[start + 1] == "원" and not text.startswith(_GLUED_WON_OK, cur[1]):
            continue
        value = _LONE_VALUE[m.group(1)] * cur[2]
        out.append(_Amount(start, start + 1, cur[1], NumberRange(value, value), cur[0], True,
                           _top_unit(m.group(1))))
    return out


# Every amount kept by _scan has a digit or one of these units (a Hangul numeral without a unit
# is skipped): a text with none of them, a third of news sentences, has no amount to scan for.
_AMOUNT_HINT_RE = re.compile(r"[\d만억조경십백천]")


def _scan(text: str) -> list[_Amount]:
    found: list[_Amount] = []
    if _AMOUNT_HINT_RE.search(text) is None:
        return found
    for m in AMOUNT_RE.finditer(text):
        start = m.start()
        before = text[start - 1] if start else ""
        if before == "제":  # 제3조: an article number, not 3 trillion
            continue
        raw = m.group()
        first = raw[0]
        if not first.isdigit():
            # A Hangul numeral must start a word, and must be more than one syllable: this keeps
            # 사원, 구원, 조원, 이원 ... (words that happen to look like numerals) out.
            # (Most matches end here: 이, 사, 일 … are also particles and syllables.)
            if "\uac00" <= before <= "\ud7a3" or len(raw.replace(" ", "")) < 2:
                continue
            if not any(ch in raw for ch in "만억조경십백천"):
                continue  # 이오 …: digits without any unit are not how amounts are written
        rng = parse_korean_range(raw)
        if rng is None:
            continue
        pos = num_end = m.end()
        scale = 1.0
        # (a scale word is Latin: none where Hangul follows, as after most amounts)
        sm = _SCALE_RE.match(text, pos) if raw[-1].isdigit() \
            and not "\uac00" <= text[pos:pos + 1] <= "\ud7a3" else None
        if sm:
            scale = _SCALES[sm.group(1).lower()]
            # "m"/"k" alone only right after a sign ("$3m"): otherwise "5m" is five metres.
            if sm.group(1).lower() in ("m", "k") and not _SIGN_BEFORE_RE.search(text, 0, start):
                sm = None
                scale = 1.0
            else:
                pos = sm.end()
        if scale != 1.0:
            rng = NumberRange(rng.low * scale, rng.high * scale, rng.vague, rng.yeo)
        cur = _currency_after(text, pos)
        # A sign ends right before the amount, or before a space or the newline that $ allows.
        sign = _SIGN_BEFORE_RE.search(text, max(0, start - 4), start) \
            if before in _SIGN_LAST or before in (" ", "\n") else None
        currency: str | None = None
        has_currency = False
        span_start = start
        end = num_end if sm is None else sm.end()
        if sign:
            currency = _SIGNS[sign.group(1)]
            has_currency = True
            span_start = sign.start()
        if cur is not None:
            currency = cur[0] if cur[0] is not None or not has_currency else currency
            has_currency = True
            end = cur[1]
            if cur[2] != 1.0:
                rng = NumberRange(rng.low * cur[2], rng.high * cur[2], rng.vague, rng.yeo)
        found.append(_Amount(span_start, num_end, end, rng, currency, has_currency, _top_unit(raw)))
    if "천" in text or "만" in text or "백" in text:
        lone = [a for a in _lone_units(text)
                if not any(b.start <= a.start < b.end for b in found)]
        if lone:
            found = sorted(found + lone, key=lambda a: a.start)
    return found


def _markers(text: str, start: int, end: int) -> tuple[str, ...]:
    out: list[str] = []
    m = _BEFORE_MARKER_RE.search(text, max(0, start - 7), start)
    if m:
        out.append(m.group(1))
    m = _AFTER_MARKER_RE.match(text, end)
    if m:
        out.append(m.group(1).strip())
    return tuple(out)


def _span(text: str, start: int, end: int, value: Value, score: float) -> Span:
    return Span(start, end, "MONEY", text[start:end], source="rule:money", score=score, value=value)


def find_money(text: str) -> list[Span]:
    """All MONEY spans of ``text``, in order, not overlapping."""
    amounts = _scan(text)
    spans: list[Span] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        if (
            b is not None
            # a bare high end reads its money word before the range: 월세 50만~100만
            and (b.has_currency or (not a.has_currency and _bare_money(text, b, a.start)))
            and _RANGE_SEP_RE.fullmatch(text, a.end, b.start) is not None
        ):
            spans.append(_range_span(text, a, b))
            i += 2
            continue
        if b is not None and _cents_after(text, a, b):
            spans.append(_with_cents(text, a, b))
            i += 2
            continue
        if a.has_currency:
            if not (a.currency == "GBP" and _weight(text, a)) and not _unit_named(text, a) \
                    and not (a.currency == "VND" and (a.rng.high or 0) < 1000):  # 공장 3동
                spans.append(_single_span(text, a))
        elif _bare_money(text, a):
            spans.append(_single_span(text, a, _BARE_SCORE))
        elif (
            b is not None
            and b.has_currency
            and a.top_unit > 1
            and a.top_unit == b.top_unit
            and _LIST_SEP_RE.fullmatch(text, a.end, b.start) is not None
        ):
            a.currency = b.currency
            spans.append(_single_span(text, a, 0.8, assumed_currency=True))
        i += 1
    return spans


# "(단위: 백만원)", "금액 단위는 백만원": the unit of a table's numbers, not an amount
_UNIT_NAMED_RE = re.compile(r"단위\s*(?:[:：]|는|은)?\s*$")


# "사업비(백만원)", "예산액(천 원)": a column's head naming its cells' unit in brackets
_UNIT_HEAD_RE = re.compile(r"(?<=[가-힣])\($")
# "(국비: 백만원, 지방비: 천원)": the unit of each column named after its head and a colon
_UNIT_FIELD_RE = re.compile(r"[(\[,]\s*[가-힣]{1,8}\s*[:：]\s*$")
_UNIT_WORD_RE = re.compile(r"(?:천|백만|천만|억)?\s?(?:원|달러|유로|엔)\s*[,)\]]")


def _unit_named(text: str, a: _Amount) -> bool:
    """A unit named as one: a bare unit word or a power of ten (백만원, 100만원, 천 달러),
    after 단위 or, a unit word with no digits, in brackets right after a word (사업비(백만원))
    or after a column's name and a colon in brackets ((국비: 백만원, 지방비: 천원))."""
    if _UNIT_HEAD_RE.search(text, max(0, a.start - 1), a.start) is not None \
            and text.startswith(")", a.end) and not any(ch.isdigit() for ch in text[a.start:a.end]):
        return True
    if _UNIT_WORD_RE.match(text, a.start, a.end + 3) is not None \
            and _UNIT_FIELD_RE.search(text, max(0, a.start - 12), a.start) is not None:
        return True
    if _UNIT_NAMED_RE.search(text, max(0, a.start - 8), a.start) is None:
        return False
    digits = "".join(ch for ch in text[a.start:a.num_end] if ch.isdigit())
    return digits.rstrip("0") in ("", "1")


# Currencies whose hundredth is called 센트 in Korean news.
_CENT_CURRENCIES = frozenset(["USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"])


def _cents_after(text: str, a: _Amount, b: _Amount) -> bool:
    """"4달러 50센트": whole units, then the cents of the same price (one amount, not two)."""
    return (a.has_currency and b.has_currency and a.currency in _CENT_CURRENCIES
            and not a.rng.vague and not b.rng.vague and a.rng.low == a.rng.high == int(a.rng.low)
            and b.rng.low == b.rng.high and b.rng.low < 1
            and text.endswith("센트", b.start, b.end) and text[a.end:b.start] in ("", " ")
            and not text.endswith("센트", a.start, a.end))


def _with_cents(text: str, a: _Amount, b: _Amount) -> Span:
    v = round(a.rng.low + b.rng.low, 2)
    markers = _markers(text, a.start, b.end)
    value = Value(v, v, v, a.currency, bool(markers), markers=markers)
    return _span(text, a.start, b.end, value, 1.0)


# 파운드 is a weight too: "몸무게 780파운드(약 353kg)".
_WEIGHT_BEFORE_RE = re.compile(r"(?:몸무게|체중|무게|중량)[^.,\d]{0,6}$")
_WEIGHT_AFTER_RE = re.compile(r" ?\((?:약 ?)?[\d.,]+ ?(?:kg|㎏|킬로|g\b|그램|t\b|톤)")


def _weight(text: str, a: _Amount) -> bool:
    return (_WEIGHT_AFTER_RE.match(text, a.end) is not None
            or _WEIGHT_BEFORE_RE.search(text, max(0, a.start - 12), a.start) is not None)


def _bare_money(text: str, a: _Amount, at: int | None = None) -> bool:
    """A bare amount in 억 ("매출 1조3683억", "10억 들여") is almost always won in Korean news;
    in 만 it is mostly a count (10만 명, "관객 50만") and in 조 alone an article or a group
    (헌법 10조, 2조): those are won only beside a word of money, 만 only after one ("월세 50만";
    "50만 규모" is as often people as money).
    Measured on KMOU: of bare 억 amounts not followed by a counter, nine in ten are tagged MNY.
    ``at``: where the words before it are read (the start of a range it ends).
    """
    raw = text[a.start : a.num_end]
    at = a.start if at is None else at
    if not raw[0].isdigit() or a.rng.vague:
        return False
    if text.startswith("원", a.num_end):
        return False  # a 원 the currency rule refused, glued to a word: 8500만원김진호 (no half)
    if "억" not in raw and not _won_all_the_same(text, a, raw, at):
        return False
    if unit_at(text, a.num_end) is not None or _POPULATION_BEFORE_RE.search(text, 0, at):
        return False
    return _NOT_BARE_MONEY_RE.match(text, a.num_end) is None


# Words of money right before a bare amount in 조 ("매출 1조", "예산은 2조") or right after it
# ("1조 투입", "2조 매출"): then it is won, not an article (헌법 10조) or a group (2조).
_MONEY_BEFORE_RE = re.compile(
    r"(?:매출액?|예산액?|사업비|공사비|국비|도비|시비|투자액?|투자금|자금|기금|비용|재원|이익"  # 영업이익, 순이익 too
    r"|손실|적자|흑자|부채|자산|시가총액|시총|지원금|보조금|세수|세금|추경"
    r"|월세|전세금?|보증금|연봉|월급|임금|몸값|이적료|계약금|상금)"
    r"(?:[은는이가도만]|으로)? ?(?:총 ?|약 |최소 |최대 )?$")
_MONEY_AFTER_RE = re.compile(r" ?(?:투입|투자|매출|규모|예산|어치|손실|적자|흑자|지원|확보)")


def _won_all_the_same(text: str, a: _Amount, raw: str, at: int) -> bool:
    """A bare amount in 조 beside a word of money, or in 만 right after one."""
    if raw.endswith("조"):
        return _money_before(text, at) or _MONEY_AFTER_RE.match(text, a.num_end) is not None
    return raw.endswith("만") and _money_before(text, at)


def _money_before(text: str, at: int) -> bool:
    return _MONEY_BEFORE_RE.search(text, max(0, at - 16), at) is not None


def _single_span(text: str, a: _Amount, score: float = 1.0, assumed_currency: bool = False) -> Span:
    markers = _markers(text, a.start, a.end)
    if a.rng.yeo:
        markers = ("여", *markers)
    approx = bool(markers) or a.rng.vague
    if a.rng.vague:
        value = Value(None, a.rng.low, a.rng.high, a.currency, True, markers=markers)
        return _span(text, a.start, a.end, value, 0.8)
    v = a.rng.low
    currency = a.currency if a.has_currency or assumed_currency else "KRW"
    return _span(text, a.start, a.end, Value(v, v, v, currency, approx, markers=markers), score)


def range_ends(low: NumberRange, low_unit: int, high: NumberRange) -> tuple[float, float]:
    """Ends of a range whose low end may omit the unit: "3~5조" is 3조..5조, "200~300억" too.

    The low end inherits the high end's largest unit only when it has none of its own and the
    result stays below the high end ("5천~1만원" keeps 5,000).
    """
    lo = low.low
    if low_unit == 1 and high.high >= 10**4:
        unit = _top_unit_of_value(high.high)
        if unit > 1 and lo * unit <= high.high:
            lo = lo * unit
    return lo, high.high


def _top_unit_of_value(v: float) -> int:
    for unit in sorted(BIG_UNITS.values(), reverse=True):
        if v >= unit:
            return unit
    return 1


def _range_span(text: str, a: _Amount, b: _Amount) -> Span:
    lo, hi = range_ends(a.rng, a.top_unit, b.rng)
    currency = b.currency if b.currency is not None else a.currency
    markers = _markers(text, a.start, b.end)
    if a.rng.yeo or b.rng.yeo:
        markers = ("여", *markers)
    vague = a.rng.vague or b.rng.vague
    approx = bool(markers) or vague
    value = Value(None, min(lo, hi), max(lo, hi), currency, approx, markers=markers)
    return _span(text, a.start, b.end, value, 0.8 if vague else 0.95)


def parse_money(text: str, default_currency: str | None = "KRW") -> Value | None:
    """The value of a stand-alone amount such as a gold span's text ("10억", "500만 달러").

    Unlike :func:`find_money` a bare amount is accepted; it gets ``default_currency``.
    """
    amounts = _scan(text)
    spans = find_money(text)
    if spans and spans[0].value is not None and any(a.has_currency for a in amounts):
        return spans[0].value
    for a in amounts:
        rng = a.rng
        if rng.vague:
            return Value(None, rng.low, rng.high, a.currency or default_currency, True)
        return Value(rng.low, rng.low, rng.low, a.currency or default_currency, rng.yeo)
    return None
