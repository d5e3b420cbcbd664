"""The found date that each DATE scan of ``models.rules.dates`` gives, and the checks they share
on it: the date ends its word ("5일장", "3월호" are other words), no duration or count follows it
("8일간", "3일 전"), it is a date of the calendar; and the calendar arithmetic of resolving one
(ISO strings, months shifted, the month of a day written without one, two-digit years).

Apart from dates.py to keep it short; the scans and the joining of ranges stay there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# After a day or a year: a duration or a count, not a date ("8일간", "3일 만에", "2025년간").
# A one-syllable marker after a space must end its word: "8일 치러진", "지난해 여야", "5일 간담회"
# are dates followed by another word.
_DURATION_AFTER_RE = re.compile(
    r"(?:간|째|씩|치|여|분의)"
    r"| ?(?:동안|만에|만의|만인|연속|이내|이상|이하|가량|남짓|정도|이나|을 초과|앞선|먼저)"
    r"| (?:간|째|씩|치|여)(?![가-힣])"
)
# After a day alone: "3일 전" (three days ago), but "8일 전국에서" is a date, "2020년 전" too.
_DAYS_AGO_RE = re.compile(r" ?(전|뒤|후)(?![가-힣])")
_HANGUL_AFTER_OK = re.compile(r"[가-힣]")
# Words a date part may be glued to; anything else glued means another word ("5일장", "3월호").
_PARTICLES = (
    "이", "가", "을", "를", "은", "는", "의", "에", "로", "으로", "과", "와", "도", "만", "부터",
    "까지", "께", "경", "쯤", "에서", "엔", "이나", "인", "이었", "이며", "이고", "이다", "였", "자",
    "로부터", "보다", "밖에", "대비", "현재", "기준", "오전", "오후", "새벽", "밤", "저녁", "낮",
    "말", "초", "중", "부", "분", "생", "형", "이전", "이후", "대", "도", "산", "호", "연휴", "내",
)


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    iso: str | None
    markers: tuple[str, ...]
    score: float = 1.0
    # For ranges: the parts that were written, so that "5월 8~10일" can share year and month.
    y: int | None = None
    m: int | None = None
    day: int | None = None  # a day written without its month ("5일" of "3일(수)~5일")


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None and not 1 <= d <= 31:
        return False
    if y is not None and m is not None and d is not None:
        try:
            date(y, m, d)
        except ValueError:
            return False
    return True


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _glued_ok(text: str, end: int) -> bool:
    """The date ends a word: what follows is not Hangul, or is a particle-like ending."""
    nxt = text[end : end + 3]
    if not nxt or not _HANGUL_AFTER_OK.match(nxt[0]):
        return True
    return nxt.startswith(_PARTICLES)


def _two_digit_year(s: str) -> int:
    n = int(s.lstrip("'"))
    return 1900 + n if n >= 50 else 2000 + n


def _resolve_day(doc: date, day: int, mod: str | None) -> tuple[int, int] | None:
    """The month of a day written without one: the doc's month, or the previous month when the
    day is after the doc's day ("8일" in an article of the 5th is last month's 8th), unless "오는"
    (coming) says the future."""
    y, m = doc.year, doc.month
    if mod == "오는":
        if day < doc.day:
            y, m = _shift_month(y, m, 1)
    elif day > doc.day:
        y, m = _shift_month(y, m, -1)
    if not _valid(y, m, day):
        return None
    return y, m
