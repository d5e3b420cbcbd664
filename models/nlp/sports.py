"""A city that stands for its club in a sports sentence (a pass of models.nlp.entities).

Sports news names a club by its city: "보스턴은 … 꺾었다", "울산이 성남을 2-1로 이겼다". There the
city is the club, an organisation. Elsewhere it is a place, so the city is retagged only when

- it is the home city of a professional club (the first word of a club's full name in the
  sports gazetteer: "보스턴 셀틱스" → 보스턴, "울산 HD" → 울산),
- its sentence has a score ("2-1", "3대0") and a word of a game, or two words of a game of which
  one is said only of games (꺾었다, 연승, 홈런, a record such as "2무5패" …; 승리, a rank such as
  "2위" and 시즌 are also said of elections and markets),
- it is an actor of the game: the subject, the object, a partner or an owner (은/는/이/가/을/를/
  와/과/의/에게/도), not a locative ("보스턴에서 열린").
"""

from __future__ import annotations

import re

from models.nlp.chunks import Cand, Chunk
from models.nlp.gazetteer import Gazetteer

# (A comma may follow a score, "71-73, 보스턴은", but not part a number: "1-2,000".)
SCORE_RE = re.compile(r"(?<![\d.,])\d{1,3}\s?(?:-|:|대)\s?\d{1,3}(?![\d.%]|,\d)")
# Words of a game (stems, matched as substrings of the sentence). The strong ones are said only
# of games; the common ones also of elections, markets and rankings (승리, 1위, 선두, 시즌, 감독
# inside 금융감독원), so they count only beside a strong one or a score.
STRONG_GAME_WORDS = (
    "꺾었", "꺾고", "꺾은", "제압", "격파", "완파", "완승", "역전승", "무승부", "비겼", "연승", "연패",
    "홈경기", "홈 경기", "홈구장", "결승골", "동점골", "홈런", "안타", "타점", "이닝", "리바운드",
    "어시스트", "쿼터", "세트스코어", "승점", "시범경기", "개막전", "FA컵", "플레이오프",
    "포스트시즌", "챔피언결정전", "정규리그", "맞붙", "골을", "골로", "투수", "타자", "타율", "타석",
    "타구", "출루", "삼진", "마운드", "불펜", "빅리그", "로스터", "스프링캠프", "쿼터백", "터치다운",
    "자유계약선수", "트레이드", "최하위", "지휘봉", "등판", "방어율", "평균자책", "자책점", "세이브",
    "패전", "타수", "무안타", "도루", "병살", "볼넷", "완봉", "옐로카드", "레드카드", "골득실",
    "3점슛", "덩크",
    # leagues: a city named beside one is a club
    "NBA", "MLB", "EPL", "K리그", "KBO", "KBL", "V리그", "프리미어리그", "분데스리가", "라리가",
    "챔피언스리그", "월드시리즈", "메이저리그", "프로야구", "프로축구", "프로농구", "프로배구",
)
COMMON_GAME_WORDS = (
    "이겼", "이기고", "이긴", "눌렀", "누르고", "승리", "패배", "패했", "패한", "졌다", "비기", "원정",
    "선발", "득점", "실점", "시즌", "준결승", "결승전", "전반", "후반", "경기에서", "경기서", "경기를", "전적",
    "감독", "리그", "구단", "선수", "우승", "연전", "경기장", "무패", "라운드", "선두",
)
# A place in a table ("1위", "2위 수원은", "1∼3위인"), also said of elections and markets.
# (Not "제1위원회": a committee.)
RANK_RE = re.compile(r"\d위(?:[인를가는와의에로은이였권까]|(?![가-힣]))")
ACTOR_PARTICLES = frozenset({"은", "는", "이", "가", "을", "를", "와", "과", "의", "에게", "도", "만"})
# Words for a club's people and parts that follow its name.
CLUB_PEOPLE = frozenset(
    "감독 코치 선수 선수들 투수 타자 타선 포수 내야수 외야수 유격수 1루수 2루수 3루수 수비수 공격수 "  # noqa: SIM905
    "미드필더 골키퍼 센터 가드 포워드 쿼터백 에이스 마무리 불펜 구단 벤치".split()
)
# A club's record of wins, draws and losses: "(2무5패)", "3승1패", "10승 2무 3패".
RECORD_RE = re.compile(r"(?<![\d.])\d{1,3}(?:승 ?\d{1,3}(?:무 ?\d{1,3})?|무 ?\d{1,3})패")
SENTENCE_END_RE = re.compile(r"(?<=[.!?。])\s+|\n+")
CLUB_SOURCE = "builtin:sports"


def club_cities(gaz: Gazetteer) -> frozenset[str]:
    """Home cities of the clubs in ``gaz``: the first word of a club's name when it is a place."""
    memo = gaz.memo("sports.club_cities", limit=2)  # emptied when the gazetteer changes
    cached: frozenset[str] | None = memo.get("cities")
    if cached is not None:
        return cached
    out: set[str] = set()
    for entry in gaz:
        if entry.source != CLUB_SOURCE or entry.label != "ORG":
            continue
        for name in (entry.term, entry.canonical):
            first = name.split(" ", 1)[0]
            if first != name and gaz.label_of(first) == "LOCATION":
                out.add(first)
    cities = frozenset(out)
    memo["cities"] = cities
    return cities


def game_level(sentence: str) -> int:
    """2: surely a game report (two words of a game of which one is a strong one, or a word of a
    game and a score); 1: one strong word or two common words of a game, which is enough where
    the city already stands like a club ("울산 홍길동 감독은 … 시즌 첫 승리", "홍길동(29·보스턴)은
    … 타석에"); 0: no game."""
    strong = sum(1 for word in STRONG_GAME_WORDS if word in sentence)
    if "패" in sentence and RECORD_RE.search(sentence) is not None:
        strong += 1
    common = sum(1 for word in COMMON_GAME_WORDS if word in sentence)
    if "위" in sentence and RANK_RE.search(sentence) is not None:
        common += 1
    if strong >= 2 or (strong and common):
        return 2
    if (strong or common) and SCORE_RE.search(sentence) is not None:
        return 2
    return 1 if common >= 2 or strong else 0


def retag_club_cities(text: str, chunks: list[Chunk], cands: dict[int, Cand],
                      gaz: Gazetteer) -> None:
    """Retag, in place, a club's home city acting in a sports sentence as ORG."""
    cities: frozenset[str] | None = None
    bounds: list[tuple[int, int, int]] | None = None
    moves: list[int] = []
    for i, cand in cands.items():
        if cand.label != "LOCATION" or cand.reason != "gazetteer":
            continue
        c = chunks[i]
        if c.core_end != c.stem_end or cand.start != c.start or cand.end != c.core_end:
            continue
        actor = _actor(c)
        if not (actor or _club_position(text, chunks, cands, i)):
            continue
        before = cands.get(i - 1)
        if before is not None and before.label == "LOCATION" and before.end < cand.start:
            continue  # 캘리포니아주 샌디에이고의 …: a place in a state
        if cities is None:
            cities = club_cities(gaz)
        if text[cand.start : cand.end] not in cities:
            continue
        if bounds is None:
            bounds = _sentences(text)
        needed = 2 if actor else 1
        if any(s <= cand.start < e and level >= needed for s, e, level in bounds):
            cand.label, cand.reason, cand.score = "ORG", "kiwi:city-team", 0.5
            nxt = chunks[i + 1] if i + 1 < len(chunks) and not c.after else None
            if (nxt is not None and (i + 1) not in cands
                    and text[nxt.start : nxt.core_end] == "구단"):
                moves.append(i)  # "보스턴 구단": the club itself
    for i in moves:
        cand = cands.pop(i)
        cands[i + 1] = Cand(cand.start, chunks[i + 1].core_end, "ORG", cand.reason, cand.score)


def _actor(c: Chunk) -> bool:
    return bool(c.after) and c.after[0].form in ACTOR_PARTICLES


def _club_position(text: str, chunks: list[Chunk], cands: dict[int, Cand], i: int) -> bool:
    """A bare city where a club stands: before one of its people ("울산 홍길동 감독", "보스턴
    1루수"), or as a player's club in parentheses ("홍길동(29·보스턴)")."""
    c = chunks[i]
    if c.after or i + 1 >= len(chunks):
        return False
    nxt = chunks[i + 1]
    if nxt.punct:
        if nxt.morphs[0].form != ")" or i == 0 or not chunks[i - 1].punct:
            return False
        return chunks[i - 1].morphs[0].form in ("(", "·", "ㆍ", ",")
    person = cands.get(i + 1)
    if person is not None and person.label == "PERSON":
        return True
    return text[nxt.start : nxt.core_end] in CLUB_PEOPLE or nxt.title in CLUB_PEOPLE


def _sentences(text: str) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    start = 0
    for m in SENTENCE_END_RE.finditer(text):
        out.append((start, m.start(), game_level(text[start : m.start()])))
        start = m.end()
    out.append((start, len(text), game_level(text[start:])))
    return out
