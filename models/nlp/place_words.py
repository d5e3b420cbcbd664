"""Two place words the entity rules read from a word's shape (models.nlp.word_facts).

- A natural feature named with a final syllable is a LOCATION (TTA/KLUE LC): 순천만, 시화호 (a
  bay, a lake), 섬진강, 설악산. Surname + given name has the same shape (이대호, 김영만), so the
  final counts after a known place (충주호, 광양만); else 강·산·섬 when the first syllable is not
  a frequent surname, and 만·호 (common ends of given names) only when the sentence also says
  it is a place (시화호 일대, 천수만에서). A title or 씨 after the word keeps the person (that
  rule comes first).
- Regions written as one word are one place: 대구경북, 광주전남 (not 경북 alone).
- A country or a region starting a compound of common nouns is a place of its own (TTA/KLUE tag
  it inside the word): 빛고을축제 → 빛고을, 한국교회, 북한정책, 일본측; not before a suffix that
  makes a new word of it (한국인, 한국어, 한국산, 한국형: a people, a language, an origin, a
  kind) nor inside a name the gazetteer or a suffix already reads whole (부산대, 서울시교육청)
  nor before a line of business that makes it a company's name (서울우유, 한빛투자금융).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from models.nlp.chunks import Cand, Chunk, Morph, is_hangul, list_peers
from models.nlp.entity_words import (
    GENERIC_DIVISIONS,
    LOC_PARTICLES,
    LOC_SUFFIXES,
    ORG_SUFFIXES,
    WEAK_ORG,
    strong_suffix,
)
from models.nlp.gazetteer import Entry, Gazetteer

# Finals of natural features: rare ends of given names, and common ones.
_FEATURE_FINALS = frozenset("강산섬")
_NAME_FINALS = frozenset("만호")
# The surnames of most Koreans (surnames.txt is ordered by frequency; its first forty).
_FREQUENT_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송홍유전고문양손배백허남심노하곽성차주우구민류")


def natural_feature(gaz: Gazetteer, core: str) -> str | None:
    """Whether a three-syllable or longer proper noun ``core`` names a natural feature: "sure"
    (섬진강, 충주호 after the region 충주), "maybe" (시화호: a place where the sentence says so,
    see :func:`place_after`) or None (이대호, 김영만: frequent surnames; 빛글삼강: a company's
    name starts it)."""
    final = core[-1]
    if len(core) < 3 or (final not in _FEATURE_FINALS and final not in _NAME_FINALS):
        return None
    if any(gaz.label_of(core[:n]) == "ORG" for n in range(2, len(core))):
        return None
    if gaz.label_of(core[:-1]) == "LOCATION":
        return "sure"
    if final in _FEATURE_FINALS:  # 섬진강; but 한탄강 could be 한 + a given name
        return "sure" if core[0] not in _FREQUENT_SURNAMES else "maybe"
    return "maybe" if core[0] not in _FREQUENT_SURNAMES else None


# Words after a place that say it is one: "시화호 일대", "순천만 갯벌".
_PLACE_NOUNS = frozenset([
    "일대", "일원", "주변", "인근", "근처", "유역", "연안", "앞바다", "해역", "해안", "갯벌", "습지",
    "방조제", "상류", "하류", "수질", "수역", "호수", "생태", "철새", "둘레길", "정상", "자락", "기슭",
    "물길",
])


def place_after(text: str, chunks: Sequence[Chunk], i: int) -> bool:
    """The word of ``chunks[i]`` is said to be a place: a locative particle after it
    (순천만에서) or a word for the area around a place next (시화호 일대)."""
    c = chunks[i]
    if c.after:
        return c.after[0].form in LOC_PARTICLES
    if c.title or i + 1 >= len(chunks):
        return False
    nb = chunks[i + 1]
    return not nb.punct and text[nb.start : nb.stem_end] in _PLACE_NOUNS


def glued_regions(gaz: Gazetteer, core: str, stem: Sequence[Morph], start: int) -> bool:
    """``core`` is two or more Korean regions written together, each a proper noun of its own."""
    if len(stem) < 2 or stem[0].start != start or stem[-1].end != start + len(core):
        return False
    for a, b in zip(stem, stem[1:], strict=False):
        if a.end != b.start:
            return False
    for m in stem:
        e = gaz.lookup(core[m.start - start : m.end - start])
        if m.tag != "NNP" or e is None or e.label != "LOCATION" or not e.source.endswith("kr_regions"):
            return False
    return True


# Sources of the places that may start a compound: states, Korean regions, world places.
_LEADING_SOURCES = frozenset(["builtin:countries", "builtin:kr_regions", "builtin:world_places"])
# One-syllable words after a place that still leave it a place: its side, its manner.
_LEADING_TAILS = frozenset(["측", "적"])
# Nouns after a place that make the compound a name of its own: leagues and teams, a body or a
# post (한국여자프로골프, 서울시장, 한국정부 are tagged whole by the corpora). An event keeps
# its place (서울올림픽 → 서울: the 5-label TTA of 2016klp and KLUE has no event label).
_WHOLE_NAME_HEADS = frozenset(
    "시리즈 오픈 리그 대회 전쟁 혁명 선수권 "  # noqa: SIM905
    "여자 남자 선수 축구 프로 야구 농구 배구 골프 대표 국가대표 국제 시장 도지사 지사 대사 "
    "청장 교육감 정부 의회 대사관 영사관 총영사관 시립 도립 국립 주립대 지방 제국 왕조".split()
)
# Last nouns that name a line of business: a place before them starts a company's name
# (서울우유, 한빛투자금융, 대한제과), not a place of its own. Sectors that are also topics
# (관광, 개발, 경제, 교통, 금융, 식품) are not listed: 부산관광 is as often tourism in Busan.
_COMPANY_ENDS = frozenset(
    "투자금융 종합금융 우유 유업 제과 약품 철강 제강 정유 상선 저축은행 캐피털 여객 운수 "  # noqa: SIM905
    "제지 방직 모직".split()
)
# Endings that make the compound an event, a term or a team of its own (빛고을민주화운동, 중동
# 호흡기증후군, 우루과이라운드, 브라질올림픽축구대표팀): the place inside is not tagged.
_WHOLE_NAME_ENDS = tuple(
    "운동 사태 사건 항쟁 라운드 학파 증후군 호흡기 바위 호랑이 대표팀 선수단".split()  # noqa: SIM905
)


def place_compound(gaz: Gazetteer, core: str, stem: Sequence[Morph],
                   start: int) -> tuple[bool, int, Entry] | None:
    """``(company, end, entry)`` when a known place of two or more syllables starts ``core`` as
    a morpheme of its own and common nouns follow it (see the module's notes): ``company`` when
    a line of business follows (the word is a company's name), else the place is one of its own.
    None when neither, or when the compound is a name read whole (an event, a body, a post)."""
    if len(stem) < 2 or stem[0].start != start or stem[0].tag != "NNP":
        return None
    first = stem[0].end - start
    entry = gaz.lookup(core[:first])
    if (first < 2 or entry is None or entry.weak or entry.label != "LOCATION"
            or entry.source not in _LEADING_SOURCES):
        return None
    nxt = stem[1]
    if nxt.start != stem[0].end or not (
            (nxt.tag == "NNG" and nxt.end - nxt.start >= 2) or nxt.form in _LEADING_TAILS):
        return None
    if nxt.form in _WHOLE_NAME_HEADS or any(m.tag not in ("NNG", "XSN", "NNB") for m in stem[1:]):
        return None
    last = stem[-1].form
    if last in _COMPANY_ENDS or core[first:] in _COMPANY_ENDS:
        return True, first, entry
    if (core.endswith(_WHOLE_NAME_ENDS) or last in ORG_SUFFIXES or last in LOC_SUFFIXES
            or strong_suffix(core, ORG_SUFFIXES, WEAK_ORG)):
        return None  # 빛고을한의사회, 한국영재센터, 한빛출판사: a body's name, read whole or not
    return False, first, entry


# The unit of a foreign state, province or city written apart from its name: "캘리포니아 주",
# "지바 현", "후난 성", "훈춘 시" are one place (the guideline: the unit belongs to the name).
ADMIN_UNITS = frozenset({"주", "현", "성", "시"})


def subdivision(text: str, a: Cand, nb: Chunk) -> bool:
    """A town, township or neighbourhood right after its city or county ``a``, where Kiwi cut
    the name into common nouns: "완주군 봉동읍" (봉/NNG 동/NNG 읍/NNG); a village after its
    township, whatever Kiwi made of it ("엄정면 목계리", not a person); or the unit of ``a``
    written apart from it ("캘리포니아 주")."""
    word = text[nb.start : nb.stem_end]
    if not word:  # a particle written apart: "엄정면 에서"
        return False
    if word in ADMIN_UNITS:
        return not nb.title and text[a.end - 1] not in "시도군구주현성"
    if text[a.end - 1] in "읍면" and word[-1] == "리":
        return 3 <= len(word) <= 4 and not nb.title and is_hangul(word)  # 엄정면 목계리: a village
    return (text[a.end - 1] in "시군구" and 2 <= len(word) <= 5 and word[-1] in "읍면동리"
            and not nb.title and word not in GENERIC_DIVISIONS and is_hangul(word)
            and all(m.tag in ("NNG", "NNP") for m in nb.stem))


# Canonical endings of the 17 시·도 in kr_regions.tsv (its 시·군·구 end in 시, 군 or 구).
_PROVINCE_ENDS = ("특별시", "광역시", "특별자치시", "도")


def province(gaz: Gazetteer, word: str) -> bool:
    """``word`` names one of Korea's 17 시·도 (서울, 경기, 강원도), weak entries included."""
    e = gaz.lookup(word)
    return (e is not None and e.source == "builtin:kr_regions"
            and e.canonical.endswith(_PROVINCE_ENDS))


def peer_places(gaz: Gazetteer, first: str, second: str) -> bool:
    """Two Korean regions side by side are peers of a list, not a chain (부산 대구, 서울 인천,
    광주 전주, 천안 아산): the second is a 시·도, a city (…시) after a metropolitan city, whose
    divisions are only 구 and 군, or a 시·군 after another."""
    a, b = gaz.lookup(first), gaz.lookup(second)
    if a is not None and a.source == "builtin:countries":
        return False  # 북한 황해도: the province of that state
    if province(gaz, second):
        # 경기 광주, 경기도 광주시: a city of the province named like a metropolitan city
        return not (a is not None and a.canonical == "경기도" and second in ("광주", "광주시"))
    if a is None or b is None or not a.source == b.source == "builtin:kr_regions":
        return False
    metro = a.canonical.endswith(("특별시", "광역시", "특별자치시"))
    city_or_county = b.canonical.endswith(("시", "군")) and not province(gaz, second)
    # 광주 전주; 천안 아산, 여수 순천 (two cities or counties: a 시·군 has no 시·군 inside it)
    return city_or_county and (metro and b.canonical.endswith("시") or (
        not metro and a.canonical.endswith(("시", "군"))))


def _weak_provinces(gaz: Gazetteer) -> re.Pattern[str]:
    """A search for the 시·도 names of ``gaz`` that are weak entries (경기, 대구, 대전, 세종 …)."""
    memo = gaz.memo("place_words.weak_provinces", limit=2)
    found: re.Pattern[str] | None = memo.get("weak")
    if found is None:
        words = sorted(e.term for e in gaz if e.weak and province(gaz, e.term))
        found = memo["weak"] = re.compile("|".join(map(re.escape, words)) or "(?!)")
    return found


def peer_provinces(text: str, chunks: Sequence[Chunk], cands: dict[int, Cand],
                   gaz: Gazetteer, separators: Container[str]) -> None:
    """A 시·도 whose name is also a common word (경기 "game, economy", 대전 "great war", 세종)
    is the place beside a peer in a list: "경기와 강원", "부산과 대구", "서울 및 세종",
    "대전·충남" (in place, in ``cands``)."""
    if _weak_provinces(gaz).search(text) is None:
        return  # (most texts: the strong names are found already)
    for i, c in enumerate(chunks):
        if c.stem_end - c.start != 2 or c.punct or c.title or i in cands \
                or c.core_end != c.stem_end:
            continue  # (most words: not two syllables)
        word = text[c.start : c.stem_end]
        if not province(gaz, word):
            continue
        for j in list_peers(text, chunks, i, separators):
            other = cands.get(j)
            if (other is not None and other.label == "LOCATION" and other.start == chunks[j].start
                    and province(gaz, text[other.start : other.end])):
                cands[i] = Cand(c.start, c.stem_end, "LOCATION", "gazetteer", 0.7)
                break
