"""DATE spans: "2025년 5월 8일", "2025.5.8", "5월 8일", "올해 3분기", "지난해 상반기", "이날",
"지난달", "지난주", "8일", "어린이날" …

``Value.date`` is ISO 8601, partial allowed: "2025", "2025-05", "2025-05-08", plus the quarter
and half-year forms "2025-Q3" / "2025-H1", the ISO week "2025-W18" and intervals
"2025-05-08/2025-05-10". Relative dates are resolved against ``doc_date`` (the article's date);
without it, or when the text is not precise enough, a span is still found with ``date`` None.
The relative word itself is recorded in ``Value.markers`` ("지난해", "지난", "오는" …).

Modifiers "지난"/"오는" before a day or month steer the resolution but stay outside the span
("지난 8일" → span "8일"), like the corpus annotations; year words (올해, 지난해 …) are part of
the span because they are the date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, timedelta

from models.domain import Span, Value
from models.rules.date_extra import with_glosses, with_lists
from models.rules.date_found import (
    _DAYS_AGO_RE,
    _DURATION_AFTER_RE,
    _Found,
    _glued_ok,
    _iso,
    _resolve_day,
    _shift_month,
    _two_digit_year,
    _valid,
)
from models.rules.date_words import (
    DAY_WORDS as _DAY_WORDS,
)
from models.rules.date_words import (
    HOLIDAYS as _HOLIDAYS,
)
from models.rules.date_words import (
    MONTH_WORDS as _MONTH_WORDS,
)
from models.rules.date_words import (
    SEOL as _SEOL,
)
from models.rules.date_words import (
    WEEK_WORDS as _WEEK_WORDS,
)
from models.rules.date_words import (
    WEEKDAYS,
    first_two_chars,
    with_era_prefix,
)
from models.rules.date_words import (
    YEAR_WORDS as _YEAR_WORDS,
)
from models.rules.durations import find_durations
from models.rules.quantity import unit_at


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A date starts a word; "지난2일" / "오는15일" (typed without the space) are the exception.
_NOT_AFTER_HANGUL = r"(?:(?<![가-힣])|(?<=지난)|(?<=오는))"
# A part of a year or a month written as a word of its own ("내년 초", "지난해 말", "5월 중순",
# "9월 중") ends there: not "2026년 초등학교", "3월 중국".
_PART_END = (r"(?=$|[^가-힣]|(?:에|의|부터|까지|께|경|쯤|엔|인|이|은|을|로|와|과|도|만|이면|이다"
             r"|이었|이후|이전|까지|부터)(?:[은는도의에]|까지|부터)?(?![가-힣]))")
# The main Korean pattern: [year] [month[초/중순/말]] [day], at least one part, then checked.
_KO_DATE_RE = re.compile(
    rf"(?=[\d'올금지작전내명재이다]){_NOT_AFTER_HANGUL}(?<!\d)(?<!\d[.,])"
    rf"(?:(?P<y>\d{{4}}|'\d{{2}}|\d{{2}}(?=년 ?\d{{1,2}}월|년 ?[말초]|년도))년(?P<ypart>도|말|초| [말초]{_PART_END})?"
    rf"|(?P<ry>{_alt(_YEAR_WORDS)})(?P<rypart>말|초| [말초]{_PART_END})?"
    # a month word before a day: "지난달 30일", "내달 4일" (one date, TTA)
    rf"|(?P<rm>{_alt(_MONTH_WORDS)})(?= ?\d{{1,2}}일))?"
    r"(?: ?(?<!\d)(?<!\d[.,])(?P<m>\d{1,2})월(?P<mpart>초순|초|중순|하순|상순|말|중"
    rf"{_PART_END}| (?:초순|초|중순|하순|상순|말|중){_PART_END})?)?"
    r"(?: ?(?<!\d)(?<!\d[.,])(?P<d>\d{1,2})일)?"
    # all optional: fail where none matched (else thousands of empty matches for _ko_dates)
    r"(?(y)|(?(ry)|(?(rm)|(?(m)|(?(d)|(?!))))))"
)
# Without a digit only a year word can match: find_dates looks for 올, 년 or 난해 first.
assert all("올" in w or "년" in w or "난해" in w for w in _YEAR_WORDS)
_PERIOD_RE = re.compile(
    rf"(?=[\d상하{''.join(sorted({w[0] for w in _YEAR_WORDS}))}]){_NOT_AFTER_HANGUL}"
    rf"(?:(?:(?P<y>\d{{4}})년|(?P<ry>{_alt(_YEAR_WORDS)})) ?)?"
    r"(?:(?P<q>[1-4])분기|(?P<h>상반기|하반기))"
)
_NUMERIC_RE = re.compile(
    r"(?=[12])(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[.\-/]) ?(?P<m>\d{1,2})(?P=sep) ?(?P<d>\d{1,2})\.?(?![\d])"
)
# "5.27일" (month.day with 일). The date in an event's name ("4·19 혁명", "3·1운동", "5·18
# 민주화운동") is not a DATE: TTA tags the event (EV), and so do the corpora we measure on.
_DOT_DAY_RE = re.compile(r"(?=\d{1,2}\.\d)(?<![\d.])(?P<m>\d{1,2})\.(?P<d>\d{1,2})일")
# A period in month.day form in brackets after an event's name: "축제(8.13~9.2)". Only whole in
# its brackets ("(1.5~2.3%)" is a range of figures) and with a two-digit day.
_DOT_RANGE_RE = re.compile(
    r"\((?P<m>\d{1,2})\.(?P<d>\d{1,2}) ?[~∼～〜\-–] ?(?P<m2>\d{1,2})\.(?P<d2>\d{1,2})\)"
)
_SEOL_RE = re.compile(_SEOL)
_WORD_RE = re.compile(
    rf"{first_two_chars(_DAY_WORDS, _MONTH_WORDS, _WEEK_WORDS, _HOLIDAYS, WEEKDAYS)}"
    rf"{_NOT_AFTER_HANGUL}(?P<w>{_alt(_DAY_WORDS)}|{_alt(_MONTH_WORDS)}|{_alt(_WEEK_WORDS)}"
    rf"|{_alt(_HOLIDAYS)}|[월화수목금토일]요일)"
    # a part of the month ("지난달 말", "이달 초순"); a weekday called a day ("일요일날")
    rf"(?P<part> ?(?:초순|초|중순|하순|상순|말|중){_PART_END}|(?<=요일)날)?"
)
_DURATION_BEFORE_RE = re.compile(r"\d+박 ?$")  # "2박 3일"
_BEFORE_MOD_RE = re.compile(r"(지난|오는|올) $")
# "8일부터 10일까지", "1600년에서 1603년까지": one period (TTA), the particles outside.
_FROM_RE = re.compile(r"(?:부터|에서) ")
_AND_RE = re.compile(r"(?:과|와|부터) ")  # "59년과 62년 사이", "4월초부터 10월말 사이"
_RANGE_SEP_RE = re.compile(r"(?:\([월화수목금토일]\))? ?[~∼～〜\-–] ?")


def _ko_dates(text: str, doc: date | None) -> list[_Found]:
    out: list[_Found] = []
    for mt in _KO_DATE_RE.finditer(text):
        ys, ry, ms, ds = mt.group("y"), mt.group("ry"), mt.group("m"), mt.group("d")
        if not (ys or ry or ms or ds):
            continue
        start, end = mt.start(), mt.end()
        rm = mt.group("rm")
        if rm:
            if ms or not ds:
                continue  # the month word alone is found by _words
            found = _month_word_day(text, mt, rm, int(ds), doc)
            if found is not None:
                out.append(found)
            continue
        if ry == "올" and not ms and not mt.group("rypart"):
            continue  # "올" alone is not a date (올 시즌 …); "올 3월" is
        if ry and not (ms or ds) and not _glued_ok(text, end):
            continue
        m = int(ms) if ms else None
        d = int(ds) if ds else None
        if ry and ms is None and ds is not None:
            continue  # "올해 8일" does not happen; keep the pieces apart
        if ms is None and ds is not None and (ys or ry):
            # "2025년 8일": an odd combination; take the year alone.
            end = mt.start("d")
            while end > start and text[end - 1] == " ":
                end -= 1
            d = None
        if not _glued_ok(text, end) or _DURATION_AFTER_RE.match(text, end):
            continue
        if ds and not ms and (
            _DURATION_BEFORE_RE.search(text, max(0, start - 5), start) or _DAYS_AGO_RE.match(text, end)
        ):
            continue
        if not _valid(2000, m, d):  # a leap year: 2월 29일 is possible
            continue
        markers: list[str] = []
        before = _BEFORE_MOD_RE.search(text, max(0, start - 4), start)
        mod = before.group(1) if before and not (ys or ry) else None
        if mod == "올" and ms:  # "올 3월" written with a space
            start = before.start() if before else start
            ry = "올"
            mod = None
        y: int | None = None
        if ys:
            y = int(ys) if len(ys) == 4 else _two_digit_year(ys)
        elif ry:
            markers.append(ry)
            y = doc.year + _YEAR_WORDS[ry] if doc else None
        if mod:
            markers.append(mod)
        iso: str | None
        if y is not None or (m is None and d is None):
            iso = _iso(y, m, d) if _valid(y, m, d) else None
        elif doc is None:
            iso = None
        elif m is not None:
            y = doc.year
            if mod == "지난" and (m > doc.month or (m == doc.month and d is not None and d >= doc.day)):
                y -= 1
            elif mod == "오는" and m < doc.month:
                y += 1
            iso = _iso(y, m, d) if _valid(y, m, d) else None
        else:
            assert d is not None
            ym = _resolve_day(doc, d, mod)
            iso = _iso(ym[0], ym[1], d) if ym else None
            if ym:
                y, m = ym
        score = 1.0 if (ys or ms) else 0.9
        if ys and not (ms or ds) and text.startswith("대", end):
            # "1990년대": a decade. ISO 8601 has no plain partial form for it: no date.
            end += 1
            iso = None
            markers.append("년대")
        for part in ("mpart", "ypart", "rypart"):
            if mt.group(part) and mt.group(part) != "도":
                markers.append(mt.group(part).strip())
        out.append(_Found(start, end, iso, tuple(markers), score, y, m,
                          d if ds and not (ms or ys or ry) else None))
    return out


def _month_word_day(text: str, mt: re.Match[str], word: str, d: int,
                    doc: date | None) -> _Found | None:
    """"지난달 30일": the day of the month the word points to."""
    end = mt.end()
    if not _glued_ok(text, end) or _DURATION_AFTER_RE.match(text, end) or not _valid(2000, 1, d):
        return None
    iso = None
    y = m = None
    if doc is not None:
        y, m = _shift_month(doc.year, doc.month, _MONTH_WORDS[word])
        iso = _iso(y, m, d) if _valid(y, m, d) else None
    return _Found(mt.start(), end, iso, (word,), 0.9, y, m)


def _periods(text: str, doc: date | None) -> list[_Found]:
    out: list[_Found] = []
    for mt in _PERIOD_RE.finditer(text):
        if not _glued_ok(text, mt.end()):
            continue
        ys, ry = mt.group("y"), mt.group("ry")
        markers: tuple[str, ...] = ()
        y: int | None
        if ys:
            y = int(ys)
        elif ry:
            markers = (ry,)
            y = doc.year + _YEAR_WORDS[ry] if doc else None
        else:
            y = doc.year if doc else None
        part = f"Q{mt.group('q')}" if mt.group("q") else ("H1" if mt.group("h") == "상반기" else "H2")
        iso = f"{y:04d}-{part}" if y is not None else None
        start = mt.start()
        if text[start] == " ":
            start += 1
        out.append(_Found(start, mt.end(), iso, markers, 0.9, y))
    return out


# A bare year naming an edition or a work: "2020 도쿄올림픽", "2014인천아시안게임", "(2013)".
_BARE_YEAR_RE = re.compile(
    r"(?=[12])(?<![\d.,A-Za-z\-~∼])(?P<y>(?:19|20)\d{2})(?![\d.,%:\-~∼])"
    r"(?=\)| ?[가-힣A-Z])"
)


# What makes a four-digit number an amount or a count instead ("2000안타", "2015달러", "2050선").
_NOT_A_YEAR_AFTER_RE = re.compile(
    r" ?(년|월|일|원|억|만|조|여|선|호|번|위|대|안타|달러|엔|유로|위안|파운드|포인트|타|점|명|개|건)"
)


def _bare_years(text: str) -> list[_Found]:
    out: list[_Found] = []
    for mt in _BARE_YEAR_RE.finditer(text):
        end = mt.end()
        paren = mt.start() > 0 and text[mt.start() - 1] == "(" and text.startswith(")", end)
        if not paren:
            if _NOT_A_YEAR_AFTER_RE.match(text, end):
                continue
            if unit_at(text, end) is not None:
                continue
        out.append(_Found(mt.start(), end, mt.group("y"), (), 0.5, int(mt.group("y"))))
    return out


def _numeric(text: str) -> list[_Found]:
    out: list[_Found] = []
    for mt in _NUMERIC_RE.finditer(text):
        y, m, d = int(mt.group("y")), int(mt.group("m")), int(mt.group("d"))
        if not _valid(y, m, d):
            continue
        end = mt.end()
        out.append(_Found(mt.start(), end, _iso(y, m, d), (), 1.0, y, m))
    return out


def _month_day(text: str, doc: date | None) -> list[_Found]:
    out: list[_Found] = []
    for mt in _DOT_DAY_RE.finditer(text) if "일" in text else ():
        m, d = int(mt.group("m")), int(mt.group("d"))
        if not _valid(2000, m, d):  # 2000 is a leap year: 2.29일 is possible
            continue
        if not _glued_ok(text, mt.end()) or _DURATION_AFTER_RE.match(text, mt.end()):
            continue
        y = doc.year if doc else None
        iso = _iso(y, m, d) if y is not None and _valid(y, m, d) else None
        out.append(_Found(mt.start(), mt.end(), iso, (), 0.9, y, m))
    if "(" in text:
        for mt in _DOT_RANGE_RE.finditer(text):
            m, d, m2, d2 = (int(mt.group(g)) for g in ("m", "d", "m2", "d2"))
            days = (mt.group("d"), mt.group("d2"))
            if not (_valid(2000, m, d) and _valid(2000, m2, d2) and (m, d) < (m2, d2)):
                continue
            if any(x[0] == "0" for x in days) or all(len(x) == 1 for x in days):
                continue  # "(1.5~2.3)", "(1.05~1.10)": figures, more likely than dates
            y = doc.year if doc else None
            iso = (f"{_iso(y, m, d)}/{_iso(y, m2, d2)}"
                   if y is not None and _valid(y, m, d) and _valid(y, m2, d2) else None)
            out.append(_Found(mt.start() + 1, mt.end() - 1, iso, (), 0.8, y, m))
    return out


def _words(text: str, doc: date | None) -> list[_Found]:
    out: list[_Found] = []
    for mt in _WORD_RE.finditer(text):
        w = mt.group("w")
        part = (mt.group("part") or "").strip()
        end = mt.end()
        if part and (w not in _MONTH_WORDS if part != "날" else not w.endswith("요일")):
            end, part = mt.end("w"), ""  # "오늘 중", "추석 말": the part is another word
        if (w not in _HOLIDAYS and not _glued_ok(text, end)) or (
                w == "전주" and not text.startswith((" 대비", "보다", "에 비해"), end)):
            continue  # 전주 "the week before" only as a comparison: else the city (全州)
        iso: str | None = None
        if w in _DAY_WORDS:
            if doc:
                iso = (doc + timedelta(days=_DAY_WORDS[w])).isoformat()
        elif w in _MONTH_WORDS:
            if doc:
                y, m = _shift_month(doc.year, doc.month, _MONTH_WORDS[w])
                out.append(_Found(mt.start(), end, _iso(y, m), (w, part) if part else (w,),
                                  0.8, y, m))
                continue
        elif w in _WEEK_WORDS:
            if doc:
                iy, iw, _ = (doc + timedelta(weeks=_WEEK_WORDS[w])).isocalendar()
                iso = f"{iy:04d}-W{iw:02d}"
        elif w in _HOLIDAYS:
            md = _HOLIDAYS[w]
            if doc and md:
                iso = _iso(doc.year, md[0], md[1])
        out.append(_Found(mt.start(), end, iso, (w, part) if part and part != "날" else (w,),
                          0.8))
    if "설 " in text or "설을 " in text:  # 설 명절, 설을 앞두고 (date_words.SEOL)
        out += [_Found(mt.start(), mt.end(), None, ("설",), 0.8) for mt in _SEOL_RE.finditer(text)
                if _NOT_AFTER_HANGUL_RE.match(text, mt.start())]
    return out


def _merge_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """"2015년 5월~2016년 3월", "5월 8~10일" and "8일부터 10일까지" become one span with an ISO
    interval."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and (_RANGE_SEP_RE.fullmatch(text, a.end, b.start) or (
                _FROM_RE.fullmatch(text, a.end, b.start) and text.startswith("까지", b.end)) or (
                _AND_RE.fullmatch(text, a.end, b.start) and text.startswith(" 사이", b.end))):
            iso = None
            b_iso = b.iso
            if b.day is not None and a.y is not None and a.m is not None and a.iso \
                    and len(a.iso) == 10:
                # "12월 3일(수)~5일": the second day is in the first one's month, or in the
                # next when it is earlier ("28일~2일")
                y, m = (a.y, a.m) if b.day >= int(a.iso[8:]) else _shift_month(a.y, a.m, 1)
                b_iso = _iso(y, m, b.day) if _valid(y, m, b.day) else None
            if a.iso and b_iso:
                iso = f"{a.iso}/{b_iso}"
            out.append(_Found(a.start, b.end, iso, a.markers + b.markers, min(a.score, b.score), a.y, a.m))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_DAY_ONLY_RANGE_RE = re.compile(r"(?=\d)(?<![\d.,])(?P<d1>\d{1,2})(?:일|\([월화수목금토일]\))? ?[~∼～〜\-–] ?(?P<d2>\d{1,2})일")


def _day_ranges(text: str, found: list[_Found], doc: date | None) -> list[_Found]:
    """"5월 8~10일" and "4~8일": the first day has no 일 of its own, so the Korean pattern sees
    only "5월" and "10일". Join them, with the month before if there is one."""
    # The found date ending right before a position (with a month): "5월" of "5월 8~10일".
    month_ending_at = {f.end: f for f in found if f.m or f.markers[:1] in _MONTH_MARKERS}
    added: list[_Found] = []
    for mt in _DAY_ONLY_RANGE_RE.finditer(text):
        if not _glued_ok(text, mt.end()) or _DURATION_AFTER_RE.match(text, mt.end()):
            continue
        if _DAYS_AGO_RE.match(text, mt.end()):
            continue
        d1, d2 = int(mt.group("d1")), int(mt.group("d2"))
        if not (1 <= d1 < d2 <= 31):
            continue
        a = month_ending_at.get(mt.start()) or month_ending_at.get(mt.start() - 1)
        start = mt.start()
        iso: str | None = None
        markers: tuple[str, ...] = ()
        score = 0.9
        if a is not None:
            start, markers, score = a.start, a.markers, a.score
            if a.iso and len(a.iso) == 7 and _valid(a.y, a.m, d1) and _valid(a.y, a.m, d2):
                iso = f"{a.iso}-{d1:02d}/{a.iso}-{d2:02d}"
        elif _NOT_AFTER_HANGUL_RE.match(text, start) is None:
            continue
        elif doc is not None:
            ym = _resolve_day(doc, d1, None)
            if ym and _valid(ym[0], ym[1], d2):
                iso = f"{_iso(ym[0], ym[1], d1)}/{_iso(ym[0], ym[1], d2)}"
        added.append(_Found(start, mt.end(), iso, markers, score))
    if not added:
        return found
    # Drop the pieces that a joined range covers (each starts inside one of the ranges).
    starts = [f.start for f in added]
    ends = [f.end for f in added]
    kept = []
    for f in found:
        k = bisect_right(starts, f.start) - 1
        if k < 0 or f.start >= ends[k]:
            kept.append(f)
    return kept + added


# The first end of a range written without its unit: the "1~" of "1~6월", the "2015~" of
# "2015~2016년" (one span, TTA; day ranges are _day_ranges').
_BARE_FIRST_END_RE = re.compile(r"(?<![\d.,])(?P<a>\d{1,4}) ?[~∼～〜\-–] ?$")
_MONTH_OR_YEAR_RE = re.compile(r"(?P<n>\d{1,4})(?P<u>[월년])")


def _unit_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """"1~6월" and "2015~2016년": a month or a year range whose first end has no unit."""
    for i, f in enumerate(found):
        mt = _MONTH_OR_YEAR_RE.match(text, f.start)
        if mt is None or mt.end() != f.end:
            continue  # only a bare month or year ("6월", "2016년"), not "6월 3일"
        before = _BARE_FIRST_END_RE.search(text, max(0, f.start - 8), f.start)
        if before is None or (i and found[i - 1].end > before.start()):
            continue
        a, b = int(before.group("a")), int(mt.group("n"))
        iso = None
        if mt.group("u") == "월":
            if not 1 <= a < b <= 12:
                continue
            if f.y is not None:
                iso = f"{_iso(f.y, a)}/{_iso(f.y, b)}"
        else:
            if len(mt.group("n")) != 4 or len(before.group("a")) not in (2, 4):
                continue
            if a < 100:  # "97~2000년"
                a += b // 100 * 100 - (100 if a >= b % 100 else 0)
            if not a < b:
                continue
            iso = f"{a:04d}/{b:04d}"
        found[i] = _Found(before.start(), f.end, iso, f.markers, f.score, f.y, f.m)
    return found


_MONTH_MARKERS = {(w,) for w in _MONTH_WORDS}
_NOT_AFTER_HANGUL_RE = re.compile(_NOT_AFTER_HANGUL)
_DIGIT_RE = re.compile(r"\d")


def find_dates(text: str, doc_date: date | None = None) -> list[Span]:
    """All DATE spans of ``text``, in order, not overlapping."""
    # Each scan below runs only when the text holds what its pattern cannot do without (a
    # digit, "19"/"20" of a year, the "." of "5.27일"): most sentences lack some.
    digits = _DIGIT_RE.search(text) is not None
    years = digits and ("19" in text or "20" in text)
    cands = _ko_dates(text, doc_date) if digits or "올" in text or "년" in text \
        or "난해" in text else []  # (a year word: see _KO_DATE_RE)
    if "분기" in text or "반기" in text:  # 분기, 상반기, 하반기
        cands += _periods(text, doc_date)
    if years:
        cands += _numeric(text)
    if digits and "." in text:
        cands += _month_day(text, doc_date)
    if years:
        cands += _bare_years(text)
    cands += _words(text, doc_date)
    # Leftmost-longest, then the rest that do not overlap.
    cands.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[_Found] = []
    last_end = -1
    for f in cands:
        if f.start >= last_end and f.end > f.start:
            chosen.append(f)
            last_end = f.end
    # Both kinds of ranges need a dash or a tilde between their ends.
    if digits and ("~" in text or "∼" in text or "-" in text or "～" in text or "〜" in text
                   or "–" in text):
        chosen = _day_ranges(text, chosen, doc_date)
        chosen = _unit_ranges(text, chosen)
    if len(chosen) > 1:  # (one date or none: no range to merge)
        chosen.sort(key=lambda f: f.start)
        chosen = _merge_ranges(text, chosen)
    spans = [
        Span(
            f.start,
            f.end,
            "DATE",
            text[f.start : f.end],
            source="rule:date",
            score=f.score,
            value=Value(date=f.iso, markers=f.markers),
        )
        for f in chosen
    ]
    # Durations, anniversaries, eras, relative days (TTA/KLUE count them as dates): where no
    # calendar date was found.
    # A duration that holds calendar dates whole ("금년 봄" holds "금년") replaces them.
    extra = []
    for d in find_durations(text):
        inside = [s for s in spans if d.overlaps(s)]
        if inside and all(d.start <= s.start and s.end <= d.end and s.end - s.start < d.end - d.start
                          for s in inside):
            spans = [s for s in spans if s not in inside]
            inside = []
        if not inside:
            extra.append(d)
    spans = sorted(spans + extra, key=lambda s: s.start) if extra else spans
    if spans and ("기원" in text or "서기" in text or "BC" in text or "AD" in text
                  or "B.C." in text or "A.D." in text):
        spans = [with_era_prefix(text, s) for s in spans]
    if "(" in text:
        spans = with_glosses(text, spans)
    return with_lists(text, spans) if digits and (len(spans) > 1 or "," in text or "·" in text) \
        else spans
