"""QUANTITY spans: numbers with a counter or a unit ("300명", "15.3%", "2.5GW", "940여 곳",
"두 차례"). Ordinals ("제21대", "21대 국회"), age brackets ("20대 여성") and dates are not
quantities; spans already taken (e.g. by MONEY or DATE) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.domain import Span, Value
from models.rules.numerals import parse_korean_range

# Unit spelling → normalised unit. Longest first when compiled, so "%p" wins over "%".
_UNITS: dict[str, str] = {
    # percentages
    "%포인트": "%p", "％포인트": "%p", "퍼센트포인트": "%p", "%p": "%p", "％p": "%p",
    "%P": "%p", "%": "%", "％": "%", "퍼센트": "%", "‰": "‰",
    # power, energy
    "GWh": "GWh", "MWh": "MWh", "kWh": "kWh", "TWh": "TWh", "GW": "GW", "MW": "MW",
    "kW": "kW", "㎾": "kW", "㎿": "MW", "기가와트": "GW", "메가와트": "MW", "킬로와트": "kW",
    # area, length, mass, volume
    "km²": "km2", "㎢": "km2", "m²": "m2", "㎡": "m2", "ha": "ha", "㏊": "ha", "헥타르": "ha",
    "평": "평", "km": "km", "㎞": "km", "킬로미터": "km", "cm": "cm", "㎝": "cm", "mm": "mm",
    "㎜": "mm", "m": "m", "미터": "m", "kg": "kg", "㎏": "kg", "킬로그램": "kg", "톤": "t",
    "t": "t", "g": "g", "리터": "L", "ℓ": "L", "L": "L", "배럴": "bbl", "TEU": "TEU",
    "℃": "℃", "인치": "inch", "마일": "mile", "야드": "yard", "파운드": "lb",
    # durations (there is no DURATION label: they are quantities of time)
    "개월": "개월", "년간": "년간", "주간": "주간", "일간": "일간", "시간": "시간",
    # counters
    "가구": "가구", "개소": "개소", "개국": "개국", "개사": "개사", "개": "개", "명": "명",
    "곳": "곳", "건": "건", "대": "대", "배": "배", "세대": "세대", "마리": "마리", "그루": "그루",
    "채": "채", "척": "척", "권": "권", "편": "편", "종": "종", "가지": "가지", "차례": "차례",
    "번": "번", "회": "회", "층": "층", "석": "석", "표": "표", "세": "세", "살": "살",
    "주": "주", "개교": "개교", "점": "점", "인": "인", "주년": "주년", "경기": "경기", "병상": "병상", "그램": "g", "박스": "박스",
    "상자": "상자", "갑": "갑", "병": "병", "잔": "잔", "켤레": "켤레", "벌": "벌", "송이": "송이",
    "포기": "포기", "봉지": "봉지", "알": "알", "필지": "필지", "개월간": "개월간",
}
# Units that begin common words or have other meanings ("3대 과제", "세 가지", "5주 동안"):
# accepted only when a particle, punctuation or the end follows.
_STRICT = {"대", "세", "주", "표", "석", "편", "종", "채", "번", "회", "층", "배", "권", "평", "점", "인"}
# One-letter Latin units must touch the number: "5m", not "5 m" (often a stray letter).
_GLUED = {"m", "t", "g", "L"}
_UNIT_FIRST = frozenset(u[0] for u in _UNITS)
# The lengths of the units, longest first: the longest unit at a position wins ("%p" over "%").
# (A look-up per length costs a sixth of a regular expression of all the units.)
_UNIT_LENGTHS = sorted({len(u) for u in _UNITS}, reverse=True)

# What may follow a unit that is glued to a Hangul word: particles and a few suffixes.
_AFTER_OK = (
    "이", "가", "을", "를", "은", "는", "의", "에", "로", "으로", "과", "와", "도", "만", "씩",
    "당", "이상", "이하", "미만", "초과", "가량", "정도", "내외", "안팎", "남짓", "여",
    "이나", "나", "까지", "부터", "보다", "이며", "이고", "이다", "였", "이었", "인", "에서",
    "뿐", "만큼", "에게", "꼴", "밖에", "쯤", "께", "대", "선", "씩", "대로", "이라", "라",
)

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?(?:[천백십]\d*)*(?:여 ?)?"
_GROUP = rf"{_NUM}[만억조](?:여 ?)?"
# Digits first (Hangul numerals are too ambiguous without a currency word): "300명",
# "1억2000만 명", "940여 곳", "5천만 겨레".
_NUMBER_RE = re.compile(rf"(?=\d)(?<![\d.,A-Za-z])(?:{_GROUP}(?: ?{_GROUP})*(?: ?{_NUM})?|{_NUM})")
_DIGIT_RE = re.compile(r"\d")
# Native Korean numerals with their counters: "두 차례", "세 곳", "다섯 명". Written with a
# space only (glued, 세대/두부/네번 are other words), and without 한 ("한 번", "한 채" are idioms).
_NATIVE: dict[str, int] = {
    "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
    "열": 10, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50,
}
_NATIVE_COUNTERS = ("명", "사람", "개", "곳", "가지", "차례", "번", "대", "건", "마리", "권",
                    "장", "채", "척", "달", "해", "시간")
_NATIVE_RE = re.compile(
    r"(?=[두세네다여일아열스서마쉰])(?<![가-힣])(" + "|".join(sorted(_NATIVE, key=len, reverse=True)) + r") ("
    + "|".join(sorted(_NATIVE_COUNTERS, key=len, reverse=True)) + r")"
)
# A numeral's last syllable, a space and a counter: what _NATIVE_RE cannot do without, found by
# a scan that skips to the spaces (few sentences have one, and its own scan costs more).
_NATIVE_GATE = re.compile(
    "(?<=[" + "".join(sorted({w[-1] for w in _NATIVE})) + "]) (?:"
    + "|".join(sorted(_NATIVE_COUNTERS, key=len, reverse=True)) + ")"
)
# "21대 국회", "제21대": legislature and other ordinals written with 대.
_ORDINAL_AFTER_DAE = re.compile(r" ?(국회|대선|총선|대통령|국회의원|의원|지방선거|회장|총장|왕|임금|대표)")
_AGE_AFTER_DAE = re.compile(r" ?(초반|중반|후반|남성|여성|남자|여자|청년|노인|주부|부부|남녀|직장인|이상|이하|환자|가장|층)")


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """(normalised unit, end) when a unit or counter word starts at ``pos`` (one space allowed).

    Also used by the money rules to tell "10억 명" (people) from a bare "10억" (won).
    """
    # Most numbers are followed by no unit ("2024년", "3일"): a first syllable no unit has is
    # cheaper to test than the long list of units.
    spaced = text[pos:pos + 1] == " "
    at = pos + 1 if spaced else pos
    if text[at:at + 1] not in _UNIT_FIRST:
        return None
    word = next((w for n in _UNIT_LENGTHS if (w := text[at:at + n]) in _UNITS), None)
    if word is None:
        return None
    end = at + len(word)
    nxt = text[end : end + 3]
    if word[-1].isascii() and word[-1].isalpha() and nxt[:1].isascii() and nxt[:1].isalpha():
        return None  # "5 main", "10 ms": a longer Latin word
    if nxt and _is_hangul(nxt[0]) and not nxt.startswith(_AFTER_OK):
        return None
    if word in _GLUED and spaced:
        return None
    if word == "개" and nxt[:1] == "인" and spaced:
        return None  # "3억 개인 빚", "100만 개인 투자자": the word 개인 (a person)
    if word in _STRICT and (spaced or nxt[:1] == " ") and not _glued_ok(nxt):
        return None
    return _UNITS[word], end


def _glued_ok(nxt: str) -> bool:
    # "3배 이상", "2대 중" are fine when the next word is a comparison word.
    return nxt.strip().startswith(("이상", "이하", "미만", "초과", "가량", "정도", "내외"))


def find_quantities(text: str, taken: Sequence[Span] = ()) -> list[Span]:
    """Numbers with units, in order; none overlaps a span of ``taken``."""
    out: list[Span] = []
    # Characters already covered (by ``taken`` or by a quantity found): overlap checks in
    # time proportional to the span, not to the number of spans.
    busy = bytearray(len(text) + 1)
    for t in taken:
        busy[max(0, t.start) : max(0, t.end)] = b"\x01" * (max(0, t.end) - max(0, t.start))
    # (a digit is found by a fast scan; _NUMBER_RE's own scan of a text without one costs more)
    for m in _NUMBER_RE.finditer(text) if _DIGIT_RE.search(text) else ():
        raw = m.group().rstrip()  # starts with a digit (see _NUMBER_RE)
        start = m.start()
        num_end = start + len(raw)
        if start and text[start - 1] == "제":
            continue  # 제3회, 제21대: ordinals
        unit = unit_at(text, num_end)
        if unit is None:
            continue
        name, end = unit
        if name == "대" and _skip_dae(text, raw, end):
            continue
        rng = parse_korean_range(raw)
        if rng is None:
            continue
        markers = ("여",) if rng.yeo else ()
        value = Value(value=rng.low, unit=name, approx=rng.yeo, markers=markers)
        _add(out, busy, Span(start, end, "QUANTITY", text[start:end], "rule:quantity", 1.0, value))
    for m in _NATIVE_RE.finditer(text) if _NATIVE_GATE.search(text) else ():
        unit = unit_at(text, m.end(1)) if m.group(2) in _UNITS else None
        end = m.end()
        nxt = text[end : end + 2]
        if unit is None and nxt and _is_hangul(nxt[0]) and not nxt.startswith(_AFTER_OK):
            continue
        if nxt.lstrip().startswith("째"):
            continue  # "두 번 째": an ordinal
        if m.group(2) in ("대", "세") and nxt[:1] not in ("", " ", ",", ".") and not nxt.startswith(_AFTER_OK):
            continue
        value = Value(value=float(_NATIVE[m.group(1)]), unit=m.group(2))
        span = Span(m.start(), end, "QUANTITY", text[m.start() : end], "rule:quantity", 0.7, value)
        _add(out, busy, span)
    out.sort(key=lambda s: s.start)
    return out


def _skip_dae(text: str, raw: str, end: int) -> bool:
    """21대 국회 (ordinal) and 20대 여성 (age bracket) are not counts of vehicles."""
    if _ORDINAL_AFTER_DAE.match(text, end):
        return True
    return raw.isdigit() and len(raw) == 2 and raw.endswith("0") and bool(_AGE_AFTER_DAE.match(text, end))


def _add(out: list[Span], busy: bytearray, span: Span) -> None:
    if any(busy[span.start : span.end]):
        return
    busy[span.start : span.end] = b"\x01" * (span.end - span.start)
    out.append(span)
