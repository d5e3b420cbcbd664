"""More ways news names the project an amount funds, for models.nlp.projects:

* "N원 규모의 X 사업", "사업비 N원의 X": the amount comes first and is X's;
* "'춘천∼홍천 광역도로'(가칭) 사업": a quoted working name is the project, without its marks;
* "지방소멸대응기금 N원", "글로컬대학 지원금 N원", "로봇 펀드 N원": a named fund right before its
  amount is the programme the amount (and the shares of it that follow) belong to;
* "X 사업이 예타를 통과했다. 총사업비 N원은 …": an amount whose sentence names no project but
  says it is a project's cost (총사업비, 사업비, 이 사업) is the project's last named before it
  (up to three sentences back);
* "A와 B에 각각 N원과 M원": the amounts in the order of the projects.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from models.domain import Span
from models.nlp.entity_words import QUOTE_MARKS, QUOTE_PAIRS
from models.nlp.gazetteer import builtin_gazetteer
from models.nlp.list_marks import ITEM_LINE
from models.nlp.project_objects import FACILITIES, ProjectFinder, index_at
from models.nlp.project_words import COUNT_WORD
from models.nlp.sentence_ids import SentenceIds
from models.nlp.snapping import PLAIN_PARTICLES

_OF_AMOUNT = re.compile(r"\s*(?P<size>규모)?의\s")
_COST_BEFORE = re.compile(r"(?:총사업비|사업비)\s*$")
# "N원 규모의 X", "사업비 N원의 X": X must say it is a project, a plan or a facility ("N원 규모의
# 금융 지원", "사업비 N원의 상당 부분", "N원의 시세 차익" are not)
_PLAN_WORDS = ("대책", "계획", "펀드")
_PROVISIONAL = re.compile(r"(['‘\"“])([^'’\"”\n]{2,40})(['’\"”])\s?\((?:가칭|假稱)\)")
_THEN_WORKS = re.compile(r"\s?(?:사업|건립|조성|설립|건설|구축|유치)")
_FUND = re.compile(r"(?:기금|특별회계|지원금|교부금|펀드|자금)$")
_NOT_PROGRAMMES = ("발전기금", "장학기금", "사모펀드", "펀드매니저", "투자금", "비자금", "여유자금",
                    "자기자금", "사업자금")
_SOURCES = frozenset({"국비", "시비", "도비", "군비", "구비", "지방비", "민자"})
# "교육부 지원금 N원", "산림청 보조금 N원", "정부 지원금 N원": money from a body, not a programme
_BODY = re.compile(r"(?:^정부|^[시도군구]|[가-힣]{2,}(?:부|처|청))$")
_GIVEN = re.compile(r"[^.\n]*?(?:기부|기탁|전달|운용|모금|모았)")
# the amount's own sentence says whose cost it is: 총사업비 N원, 이 사업에는 N원
_COST_CUE = re.compile(r"(?:총사업비|사업비|(?<![가-힣])(?:이|해당)\s사업)")
_COST_AFTER = re.compile(r"(?:이던|였던|이었던|인)\s(?:총사업비|사업비)")
# "전남 지역에 N원", "경기 고양 창릉 신도시에 N원": where the money goes, not what it builds
_PLACE_NOUNS = ("지역", "일대", "일원", "신도시", "권역", "도심", "관내", "곳곳", "시군", "시·군")


def amount_then_project(f: ProjectFinder, money: Sequence[Span],
                        heads: tuple[str, ...]) -> dict[int, tuple[int, int]]:
    """"N원 규모의 X 사업을", "사업비 N원의 X 센터가" (X ending in a project word of ``heads``, a
    plan or a facility): money index → X (two words or more, up to its particle)."""
    out: dict[int, tuple[int, int]] = {}
    text, pieces = f.text, f.pieces
    for mi, m in enumerate(money):
        of = _OF_AMOUNT.match(text, m.end)
        first = f.by_start.get(of.end()) if of is not None else None
        if of is None or first is None:
            continue
        # "N원 규모의 X", "사업비 N원의 X" (not "북항 재개발 2단계 사업비 N원의 조달 계획": the cost
        # of the project before); else only a programme's one-word name (민생회복지원금)
        sized = of.group("size") is not None or (
            _COST_BEFORE.search(text, max(0, m.start - 8), m.start) is not None and not re.search(
                "(?:" + "|".join(heads) + r"|단계)\s?(?:총)?사업비\s*$", text[max(0, m.start - 16):m.start]))
        for i in range(first, min(len(pieces), first + 12)):
            p = pieces[i]
            if not p.word:
                if p.text in QUOTE_MARKS:
                    continue  # "'스마트 항만 구축' 사업을": a quoted name inside the phrase
                break
            noun_end, particle = f._strip_particle(i)
            if particle and not particle.startswith(PLAIN_PARTICLES) and i + 1 < len(pieces) \
                    and pieces[i + 1].word:
                continue  # no particle but an ending Kiwi read inside a noun (염해 → 염 + 해)
            if particle:
                phrase = text[pieces[first].start : noun_end]
                named = phrase.endswith((*heads, *_PLAN_WORDS, *FACILITIES))
                fund = first == i and len(phrase) >= 4 and _FUND.search(phrase) is not None \
                    and not phrase.endswith(_NOT_PROGRAMMES)
                if sized and named and f.word_count(first, i) >= 2 or fund:
                    key = f._add(first, noun_end, 0.6)
                    if key:
                        out[mi] = key
                break
    return out


def provisional_names(f: ProjectFinder) -> None:
    """"'춘천∼홍천 광역도로'(가칭)": the quoted working name of a project (score 0.7)."""
    text = f.text
    if "가칭" not in text and "假稱" not in text:
        return
    for m in _PROVISIONAL.finditer(text):
        if QUOTE_PAIRS.get(m.group(1)) != m.group(3):
            continue
        first = f.by_start.get(m.start(2))
        name = m.group(2).strip()
        # a project ('…'(가칭) 사업), or a facility near an amount; not a body or a party
        # ('한빛 시민연대'(가칭)가 출범했다)
        named = _THEN_WORKS.match(text, m.end()) is not None or (
            name.endswith(FACILITIES) and f.is_near_money(m.start()))
        if first is not None and " " in name and named:
            f._add(first, m.end(2), 0.7)


# Words that end the name of a fund or a payment (the 으로 frame of frame_anchored)
_PAYMENTS = "지원금|장려금|보조금|장학금|수당|바우처|기금|펀드"
# "'지방소멸 대응 특별지원'으로 … N원": a programme's quoted name, ending as programmes do
_QUOTED_PROGRAMME = re.compile(
    r"(['‘\"“])((?:[\w·\-]+ ){1,5}[\w·\-]*?(?:" + _PAYMENTS + "|지원|계획|프로그램|패키지|공제|"
    r"상품권|정책|대책))(['’\"”])\s?(?:으로|로|에|에는|은|는|을|를|의)?(?=[\s,])")


def quoted_programmes(f: ProjectFinder, money: Sequence[Span],
                      anchored: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Money index → a programme named in quotes earlier in the amount's sentence ("가장 큰
    몫은 '지방소멸 대응 특별지원'으로, … 1조2천억원이 배정된다"), for amounts no other rule
    anchored. Two to six words: a quoted saying is longer and ends as a sentence does."""
    text = f.text
    if not any(q in text for q in "'‘\"“"):
        return {}
    out: dict[int, tuple[int, int]] = {}
    for mi, m in enumerate(money):
        if mi in anchored:
            continue
        lo = f.sentence_of.start(m.start)
        found = [q for q in _QUOTED_PROGRAMME.finditer(text, lo, m.start)
                 if QUOTE_PAIRS.get(q.group(1)) == q.group(3)]
        if not found:
            continue
        q = found[-1]
        first = f.by_start.get(q.start(2))
        if first is not None:
            key = f._add(first, q.end(2), 0.6)
            if key:
                out[mi] = key
    return out


def named_funds(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """"지방소멸대응기금 7500억원 가운데 …": money index → the fund right before it."""
    out: dict[int, tuple[int, int]] = {}
    text = f.text
    for mi, m in enumerate(money):
        k = bisect_left(f.ends, m.start - 1)
        if k >= len(f.ends) or f.ends[k] != m.start - 1 or text[m.start - 1] != " ":
            continue
        p = f.pieces[k]
        fund = _FUND.search(p.text) if p.word else None
        if fund is None:
            continue
        # a named fund: 지방소멸대응기금 (glued) or 글로컬대학 지원금, not a bare "기금 N원", a
        # gift (장학기금 N원을 기부했다), a finance product (사모펀드) or a source (국비 지원금,
        # 교육부 지원금)
        first = f._phrase_start(k)[0]
        if p.text.endswith(_NOT_PROGRAMMES) or f.pieces[first].text in _SOURCES or \
                (first < k and _BODY.search(f.pieces[first].text)) or \
                _GIVEN.search(text, m.end, m.end + 20):
            continue
        if fund.group() == "자금" and fund.start() < 2:
            continue  # "필요한 자금 N원": only a fund named in one word (생활안정자금) is one
        if fund.start() >= 2 or f.word_count(first, k) >= 2:
            key = f._add(first if fund.start() < 2 else k, p.end, 0.6)
            if key:
                out[mi] = key
    return out


def previous_sentence_project(spans: Sequence[Span], m: Span, ids: SentenceIds,
                              text: str) -> tuple[int, int] | None:
    """The last project of the nearest of the three sentences before ``m``'s that names one,
    when ``m``'s own sentence calls it a project's cost (총사업비 N원은, 이 사업에는 N원이,
    N원이던 총사업비): news names a project first and gives its cost further on."""
    sid, start = ids[m.start], ids.start(m.start)
    if sid == 0 or (_COST_CUE.search(text, start, m.start) is None
                    and _COST_AFTER.match(text, m.end) is None):
        return None
    for back in (1, 2, 3):
        before = [s for s in spans if ids[s.start] == sid - back]
        if before:
            best = max(before, key=lambda s: s.end)
            if "\n\n" in text[best.end : m.start]:
                return None  # another section of the text
            first = _list_start(text, best, m)
            if first is None:
                return best.start, best.end
            # the project of the line before the items when it names one, else none
            head_line = text.rfind("\n", 0, max(0, first - 1)) + 1
            head = [s for s in spans if head_line <= s.start and s.end < first]
            return (head[-1].start, head[-1].end) if head else None
    return None


_LIST_TOTAL = re.compile(r"총\s?사업비|총액|합계|모두|전체")


def _list_start(text: str, best: Span, m: Span) -> int | None:
    """"○ 보도 신설 8개소, 사업비 24억원 / ○ … / ※ 관련 총사업비 30억원": where the list starts
    when ``m`` is a total on a line of its own after it and ``best`` is in its last item; such
    a total is the list's, never that item's. None when ``m`` is not such a total."""
    m_line = text.rfind("\n", 0, m.start) + 1
    b_line = text.rfind("\n", 0, best.start) + 1
    if b_line == m_line or ITEM_LINE.match(text, m_line) or \
            not ITEM_LINE.match(text, b_line) or not _LIST_TOTAL.search(text, m_line, m.start):
        return None
    first = b_line
    while first > 0:
        prev = text.rfind("\n", 0, first - 1) + 1
        if not ITEM_LINE.match(text, prev):
            break
        first = prev
    return first


# "임기 안에 N원", "올해 하반기 중에 N원": a time, not a project
_TIME_NOUNS = ("안", "내", "동안", "사이", "때", "이후", "이전", "전", "후", "무렵", "중", "초", "말",
               "만")  # "51시간 만에 N원": after that long


def place_or_time(phrase: str) -> bool:
    """A frame's "X에" that is a place (전남 지역, 창릉 신도시, 미국 조지아주), a time (임기
    안) or a count of those the money goes to (인구감소지역 89곳, 중소기업 300개사), not a
    project."""
    words = phrase.split(" ")
    last = words[-1]
    return last in _PLACE_NOUNS or last in _TIME_NOUNS or _REGION.search(last) is not None \
        or COUNT_WORD.fullmatch(last) is not None or all(map(_place, words))


# 서부권, 동남권, 수도권, 광역권: a region (not 상품권, 입장권)
_REGION = re.compile(r"(?:[동서남북]부|[동서남북]|수도|광역|생활|경제)권$")


def ends_in_place(word: str) -> bool:
    """The last word of a phrase is a place known by name (미국, 서울): what is priced or counted
    there, not a project's name, which ends in what is built or done."""
    return builtin_gazetteer().label_of(word, allow_weak=False) == "LOCATION"


def _place(word: str) -> bool:
    """A known place, or one with its unit: 미국, 조지아주, 평택시."""
    gaz = builtin_gazetteer()
    return gaz.label_of(word) == "LOCATION" or (
        len(word) > 2 and word[-1] in "시도군구읍면동리주성현" and gaz.label_of(word[:-1]) == "LOCATION")


_EACH = re.compile(r"(?:에는|에)\s+각각\s")
_AND = re.compile(r"\s*(?:과|와|,)\s*")


def each_in_turn(f: ProjectFinder, money: Sequence[Span],
                 heads: tuple[str, ...]) -> dict[int, tuple[int, int]]:
    """"A와 B에 각각 N원과 M원을": N is A's and M is B's (money index → project), where A and B
    each end in a project word of ``heads``, a plan or a facility."""
    out: dict[int, tuple[int, int]] = {}
    text, pieces = f.text, f.pieces
    if "각각" not in text:
        return out
    starts = [m.start for m in money]
    for each in _EACH.finditer(text):
        word_end = each.start() + len(each.group().split()[0])  # B's word, with its 에
        lb = bisect_left(f.ends, word_end)
        if lb >= len(pieces) or f.ends[lb] != word_end:
            continue
        b_first = f._phrase_start(lb)[0]
        la = b_first - 1
        if la < 0 or not pieces[la].word or f._strip_particle(la)[1] not in ("와", "과"):
            continue
        a_first = f._phrase_start(la)[0]
        if f.word_count(a_first, la) < 2 or f.word_count(b_first, lb) < 2:
            continue
        if a_first > 0 and (pieces[a_first - 1].text == "," or (
                pieces[a_first - 1].word and f._strip_particle(a_first - 1)[1] in ("와", "과"))):
            continue  # three or more items: not read here
        a_end, b_end = f._strip_particle(la)[0], f._strip_particle(lb)[0]
        named = (*heads, *_PLAN_WORDS, *FACILITIES)
        if not (text.endswith(named, 0, a_end) and text.endswith(named, 0, b_end)):
            continue  # 전남 지역과 경북 지역에, 청년 가구와 신혼 부부에: no projects
        first = bisect_left(starts, each.end())
        if first + 1 >= len(money) or starts[first] != each.end():
            continue
        joint = _AND.fullmatch(text, money[first].end, money[first + 1].start)
        if joint is None or (first + 2 < len(money) and _AND.fullmatch(
                text, money[first + 1].end, money[first + 2].start)):
            continue
        a = f._add(a_first, a_end, 0.6)
        b = f._add(b_first, b_end, 0.6)
        if a and b:
            out[first], out[first + 1] = a, b
    return out


# Words between "X에" and its amount: who pays, when, from which pot ("X에 내년 예산 N원").
_FILLERS = ("국비", "도비", "시비", "구비", "군비", "지방비", "민자", "총", "약", "모두", "올해",
            "내년", "내년도", "예산", "본예산", "추경", "특별교부세", "기금", "사업비",
            "최소", "최대", "추가로", "우선", "각각", "연간", "매년", "해마다", "향후",
            r"\d+년간", r"\d+년까지", r"이\s가운데", r"그\s가운데", "그중", r"이\s중")
# the words between a project and its amount: "…조성에 (국비) N원", "…사업비(로) N원"
_FRAME = re.compile(
    r"(?:(?P<x>[\w·\-]+?)(?P<josa>에는|에)|"
    # "…정착 지원금으로 연간 N원": a fund or payment the amount goes to, named before 으로
    r"(?P<fund>[\w·\-]*?(?:" + _PAYMENTS + r"))(?P<fjosa>으로|로)|"
    r"(?P<cost>사업비|설계비|건설비|공사비|용역비|조성비|건립비|운영비|예산)(?:로|는|은|만)?)"
    r"\s+(?:(?:" + "|".join(_FILLERS) + r")\s+){0,2}$")
# "X 건립비 가운데", "X 사업비 중": a cost named after it in the sentence is a part of X's
_PART_OF = re.compile(r"(?P<cost>사업비|건설비|공사비|조성비|건립비)\s+(?:가운데|중)\s")


def frame_anchored(f: ProjectFinder, money: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """"X에 N원", "X에 국비 N원", "X 사업비 N원": the amount's own frame names X; so does "X
    건립비 가운데 올해 확보한 설계비는 N원" (a part of X's cost)."""
    out: dict[int, tuple[int, int]] = {}
    text, pieces = f.text, f.pieces
    for mi, m in enumerate(money):
        line = text.rfind("\n", 0, m.start) + 1
        fr = _FRAME.search(text, max(line, m.start - 40), m.start)
        if fr is None:
            continue
        if fr.group("cost"):
            sentence = f.sentence_of.start(fr.start())
            cost = max(_PART_OF.finditer(text, sentence, fr.start()), key=lambda p: p.start(),
                       default=fr)  # the last "X 건립비 가운데", else the amount's own cost
            last, end = _cost_owner(f, cost.start("cost"), cost.group("cost"))
        else:
            josa = "josa" if fr.group("josa") else "fjosa"
            if josa == "fjosa" and (fr.group("fund").endswith(_NOT_PROGRAMMES)
                                    or _GIVEN.search(text, m.end, m.end + 20)):
                continue  # "장학기금으로 1억원을 기탁": a gift, not a programme
            last = index_at(f.ends, fr.end(josa))
            end = fr.start(josa)
        if last is None or not pieces[last].word:
            continue
        if fr.group("cost") is None and f._strip_particle(last)[0] != end:
            continue  # "…하는 데에": not a noun before 에
        if fr.group("cost") is not None and f._strip_particle(last)[1]:
            continue  # "여수시장은 사업비 N원": the word before the cost is no project
        first, words, _ = f._phrase_start(last)
        if words < 2 or any(pieces[k].text in ("가운데", "중") for k in range(first, last + 1)) \
                or place_or_time(text[pieces[first].start : end]):
            continue
        key = f._add(first, end, 0.6)
        if key:
            out[mi] = key
    return out


def _cost_owner(f: ProjectFinder, start: int, cost: str) -> tuple[int | None, int]:
    """The piece before a cost word at ``start`` ("X 건립비", "X 사업비") and where its name
    ends ("사업" stays with it: "X 사업")."""
    if start > 0 and not (f.text[start - 1].isspace() or f.text[start - 1].isalnum()):
        return None, start  # "…민자 추진…사업비 9조원": a headline's mark between, no owner
    last = index_at(f.ends, start - 1)
    end = start + (2 if cost.startswith("사업") else 0)
    if last is None or end == start:
        end = f.pieces[last].end if last is not None else end
    return last, end
