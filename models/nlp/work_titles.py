"""Names inside the title of a work are not suggested (a pass of models.engine).

"드라마 '태양의 후예'", "JTBC '김제동의 톡투유'", "신곡 '서울의 밤'": the quoted words are the
title of a programme, a film, a song or a book. TTA/KLUE have no label for works, and the place
or person a title mentions is not one the text speaks of. A quotation is a title when a word for a
kind of work or a broadcaster stands right before it, or a word that only follows works
(OST, 출연) right after it; other quotations are speech and keep their names ("중국서 인사").
"""

from __future__ import annotations

import re

from models.domain import Span

# Kinds of work and broadcasters written right before a title, as a word of their own.
_KINDS = frozenset(
    "드라마 영화 예능 프로그램 시트콤 다큐 다큐멘터리 애니메이션 웹툰 웹드라마 앨범 정규앨범 미니앨범 "  # noqa: SIM905
    "싱글 노래 신곡 타이틀곡 곡 뮤지컬 연극 오페라 소설 시집 책 저서 신간 작품 시리즈 게임 "
    "KBS KBS2 1TV 2TV KBS1TV KBS2TV MBC SBS EBS JTBC tvN MBN TV조선 채널A OCN Mnet 넷플릭스".split()
)
# Ends of compound kinds: 월화드라마, 예능프로그램, 정규앨범, 파워FM, 공포영화.
_KIND_ENDS = ("드라마", "프로그램", "영화", "앨범", "예능", "뮤지컬", "FM", "라디오")
# Words that follow a title only: its soundtrack, an appearance in it.
_AFTER = ("OST", "에 출연", "에서 열연", "에 캐스팅", "의 주인공", "의 주연", "의 감독", "의 연출",
          "의 작가")
_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”", "<": ">", "《": "》", "〈": "〉", "「": "」",
          "『": "』"}
_OPEN_RE = re.compile("[" + "".join(_PAIRS) + "]")
_MAX_TITLE = 30


def titles(text: str) -> list[tuple[int, int]]:
    """Character ranges of the quoted titles of works in ``text`` (quotes excluded)."""
    out: list[tuple[int, int]] = []
    # Each opening quote is looked at once, in Python: most texts have none or a few, and one
    # regular expression with every kind before it costs more than this on every text.
    for m in _OPEN_RE.finditer(text):
        start = m.end()
        if out and start <= out[-1][1]:
            continue  # (the closing quote of the title just found)
        close = text.find(_PAIRS[m.group()], start, start + _MAX_TITLE + 1)
        if close <= start:
            continue
        inner = text[start:close]
        if "\n" in inner or _OPEN_RE.search(inner) or "’" in inner:
            continue  # (a quotation holding another is speech, not a title)
        head = text[max(0, m.start() - 12) : m.start()].rstrip(" ").rsplit(" ", 1)[-1].lstrip("([·,")
        after = close + 2 if text[close + 1 : close + 2] == " " else close + 1
        if head in _KINDS or head.endswith(_KIND_ENDS) or text.startswith(_AFTER, after):
            out.append((start, close))
    return out


def outside_titles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the names inside the title of a work, unless the name is the whole
    title ("영화 '명량'" names the film, and a user's list may know it)."""
    ranges = titles(text)
    if not ranges:
        return spans
    return [s for s in spans
            if not any(a <= s.start and s.end <= b and (s.start, s.end) != (a, b)
                       for a, b in ranges)]
