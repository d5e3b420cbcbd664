"""Korean numbers: parsing ("3억5000만", "1조 2천억", "삼천억", "수십억") and formatting amounts.

Parsing works on a compact token stream: digit runs (commas and decimals allowed), Sino-Korean
digits 일…구, the small units 십/백/천 and the myriad groups 만/억/조/경 (each 10⁴ times the
previous one, unlike Western thousands). Vague numerals (수, 몇, 십수) give a range instead of a
single value, so that "수천억" is still useful as bounds. Arithmetic uses Decimal so that
"1.1억" is exactly 110,000,000 and not 110000000.00000001.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

HANGUL_DIGITS: dict[str, int] = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
}
SMALL_UNITS: dict[str, int] = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS: dict[str, int] = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}

# Several (수/몇) and "ten-some" (십수): the ranges of the unknown digit.
_VAGUE: dict[str, tuple[int, int]] = {"십수": (11, 19), "수": (1, 9), "몇": (1, 9)}

_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)"
    r"|(?P<vague>십수|[수몇])"
    r"|(?P<digit>[영공일이삼사오육륙칠팔구])"
    r"|(?P<small>[십백천])"
    r"|(?P<big>[만억조경])"
    r"|(?P<yeo>여)"
)
_DIGIT_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3})")


@dataclass(frozen=True, slots=True)
class NumberRange:
    """The result of parsing: exact when ``low == high`` and not ``vague``."""

    low: float
    high: float
    vague: bool = False  # 수/몇/십수 were used
    yeo: bool = False  # "여" (= "and some") appeared, e.g. 500여억, 500억여

    @property
    def exact(self) -> float | None:
        return self.low if not self.vague else None


def _compact(s: str) -> str:
    s = _DIGIT_COMMA_RE.sub("", s)
    return "".join(s.split())


@lru_cache(maxsize=8192)  # the same figures recur (20, 2024, 1000억): parsing is the cost
def parse_korean_range(s: str) -> NumberRange | None:
    """Parse a Korean number expression; None if ``s`` is not entirely a number.

    >>> parse_korean_range("3억5000만").low
    350000000.0
    >>> r = parse_korean_range("수천억"); (r.low, r.high, r.vague)
    (100000000000.0, 900000000000.0, True)
    """
    text = _compact(s)
    if not text:
        return None
    total_lo = total_hi = Decimal(0)
    group_lo = group_hi = Decimal(0)  # the part below the current myriad group
    pending: tuple[Decimal, Decimal] | None = None  # a digit (range) not yet multiplied
    last_big = 10**20  # myriad groups must go down: 조 then 억 then 만
    last_small = 10**5  # small units must go down inside a group: 천 then 백 then 십
    vague = yeo = False
    seen_number = False
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        if m.start() != pos:
            return None  # something that is not a numeral
        pos = m.end()
        kind = m.lastgroup
        tok = m.group()
        if kind == "num":
            if pending is not None:
                return None
            try:
                d = Decimal(tok)
            except InvalidOperation:
                return None
            pending = (d, d)
            seen_number = True
        elif kind == "digit":
            if pending is not None:
                return None
            d = Decimal(HANGUL_DIGITS[tok])
            pending = (d, d)
            seen_number = True
        elif kind == "vague":
            if pending is not None:
                return None
            vlo, vhi = _VAGUE[tok]
            pending = (Decimal(vlo), Decimal(vhi))
            vague = True
            seen_number = True
        elif kind == "small":
            unit = SMALL_UNITS[tok]
            if unit >= last_small:
                return None
            last_small = unit
            plo, phi = pending if pending is not None else (Decimal(1), Decimal(1))
            group_lo += plo * unit
            group_hi += phi * unit
            pending = None
            seen_number = True
        elif kind == "big":
            unit = BIG_UNITS[tok]
            if unit >= last_big:
                return None
            last_big = unit
            last_small = 10**5
            if pending is not None:
                group_lo += pending[0]
                group_hi += pending[1]
                pending = None
            if group_lo == 0 and group_hi == 0:
                if not seen_number and total_hi == 0:
                    group_lo = group_hi = Decimal(1)  # "억" alone means one 억
                else:
                    return None  # "3억만": an empty group
            total_lo += group_lo * unit
            total_hi += group_hi * unit
            group_lo = group_hi = Decimal(0)
            seen_number = True
        else:  # 여: "500여억", "500억여"
            if not seen_number or yeo:
                return None
            yeo = True
    if pos != len(text) or not seen_number:
        return None
    if pending is not None:
        group_lo += pending[0]
        group_hi += pending[1]
    total_lo += group_lo
    total_hi += group_hi
    return NumberRange(float(total_lo), float(total_hi), vague, yeo)


def parse_korean_number(s: str) -> float | None:
    """The exact value of a Korean number expression, or None (vague or not a number).

    Handles "1,500", "2.5", "삼천억", "오천만", "천이백", "1조 2천억", "3억5000만".
    """
    r = parse_korean_range(s)
    if r is None or r.vague:
        return None
    return r.low


# --- formatting -------------------------------------------------------------------------------

# How an amount of each currency is written after the number, Korean UI style.
CURRENCY_WORDS: dict[str, str] = {
    "KRW": "원",
    "USD": "달러",
    "JPY": "엔",
    "EUR": "유로",
    "CNY": "위안",
    "GBP": "파운드",
    "HKD": "홍콩달러",
    "AUD": "호주달러",
    "CAD": "캐나다달러",
    "SGD": "싱가포르달러",
    "TWD": "대만달러",
    "CHF": "스위스프랑",
    "RUB": "루블",
    "INR": "루피",
    "VND": "동",
    "THB": "바트",
    "BRL": "헤알",
    "MYR": "링깃",
    "AED": "디르함",
    "SEK": "크로나",
    "DKK": "덴마크 크로네",
    "NOK": "노르웨이 크로네",
    "IDR": "루피아",
    "TRY": "리라",
    "ZAR": "랜드",
    "PLN": "즐로티",
    "HUF": "포린트",
    "CZK": "코루나",
    "KZT": "텡게",
    "MNT": "투그릭",
    "NGN": "나이라",
    "MXN": "멕시코 페소",
    "PHP": "필리핀 페소",
}


def _group_digits(n: int) -> str:
    return f"{n:,}"


def format_korean_number(value: float) -> str:
    """10⁴-grouped Korean form of a number: 13400000000000 → "13조 4,000억"."""
    if not math.isfinite(value):
        return str(value)
    if value < 0:
        return "-" + format_korean_number(-value)
    d = Decimal(repr(value)) if not float(value).is_integer() else Decimal(int(value))
    whole = int(d)
    frac = d - whole
    parts: list[str] = []
    rest = whole
    for word, unit in (("경", 10**16), ("조", 10**12), ("억", 10**8), ("만", 10**4)):
        if rest >= unit:
            q, rest = divmod(rest, unit)
            parts.append(f"{_group_digits(q)}{word}")
    if rest or not parts:
        tail = _group_digits(rest)
        if frac:
            tail += format(frac.normalize(), "f")[1:]  # ".5"
        parts.append(tail)
    elif frac:
        parts.append(format(frac.normalize(), "f"))
    return " ".join(parts)


def format_korean_amount(value: float, currency: str | None = "KRW") -> str:
    """Human form of an amount for the GUI and the Excel export.

    13.4e12 KRW → "13조 4,000억원"; 3.5e8 → "3억 5,000만원"; 1234 → "1,234원";
    USD 5e9 → "50억 달러"; an unknown code is appended as is ("1,000 XAU").
    """
    number = format_korean_number(value)
    code = (currency or "KRW").upper()
    if code == "KRW":
        return number + "원"
    word = CURRENCY_WORDS.get(code, code)
    return f"{number} {word}"
