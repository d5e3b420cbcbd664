"""Parts of a whole, and a whole told again, for :func:`models.export.restated.restated`:

* the fields, largest items or spending so far of a whole a later sentence points into
  (분야별로는 …, 지금까지 …), or a list's heading (주요 삭감 내역), and what a text says a whole
  holds (… 등이 담겼다) — :func:`pointed_parts`;
* an item nested under another item of a list — :func:`sub_items`;
* a sum matched (같은 금액을 … 모두 60억원) or joined to shares (… 대응 투자해 모두) —
  :func:`matched_parts`, :func:`beside_shares`;
* where a sum comes from or what it is made of, told in a later sentence (재원은 …) —
  :func:`sources_of`; one source's total over its listed amounts — :func:`source_sums`;
* an amount told again: in the bracket after itself, as a share named before its total, as a
  total told again with its shares — :func:`bracket_again`, :func:`share_told_before`,
  :func:`total_again`.

A body's whole budget and its items, a share a sum holds and bonds issued for a budget are in
:mod:`models.export.budget_parts`."""

from __future__ import annotations

import re

from models.export.dedupe import SHARE, TOTAL
from models.export.sentences import (
    adds_up,
    back_within,
    may_share_project,
    sentence,
    sentences_back,
)
from models.nlp.list_marks import ITEM_LINE
from models.nlp.relation_words import FUNDING_BEFORE
from models.nlp.table_money import has_table, on_table_row, table_amounts

# "이 밖에", "그 밖에", "이 외에도": items beside the amount before, not its parts
BESIDES = re.compile(r"(?<![가-힣])(?:이|그)\s?(?:밖에|외에)|이외에")
# "이와 별도로", "추가로", "한편": a sentence of money beside a whole, not in it (MORE_MONEY's
# words but 또, which a list of a budget's items uses too, and with 이와 함께, 한편)
BESIDE = re.compile(r"(?<![가-힣])(?:별도로|별도|추가로|따로|이와 함께|한편)(?![가-힣])")
# "나머지 200억원은", "추가로 50억원은", "설계비 7억원을 추가로 반영했다": more money
MORE_MONEY = "(?:추가|추가로|별도|별도로|또|따로)"


# "특별교부세 30억원을 지원한다. 도는 같은 금액을 도비로 대응 투자해 모두 60억원으로": a sum
# matched by as much again, written without its amount; "국비 48억원을 확보했다. 군은 여기에 군비
# 12억원을 더해 모두 60억원을": a sum others add to
_SAME_AGAIN = re.compile(r"(?<![가-힣])(?:같은|동일한|똑같은)\s?(?:금액|액수|규모|만큼)")
_ADDED_TO = re.compile(r"(?<![가-힣])(?:여기에|여기다|이에|이 돈에)\s[^.\n]{0,30}?(?:더해|보태|합쳐|얹어)")


# "국비 35억원을 받아 … 총사업비는 군비 15억원을 더한 50억원이다": a sum of the amount right
# before it and those named shortly before that
_PLUS_BEFORE = re.compile(r"원\s*(?:을|를)\s*(더한|합친|합한|보탠)\s*(?:총\s*)?(?:약\s*)?$")


def _added_up(amounts: list[tuple[int, int, float | None, str, str, float | None]], i: int,
              reach: int, word: str) -> dict[int, tuple[int, str]]:
    """The amounts that the amount ``i``, told as "B원을 더한 C원", adds up: B and the ones
    before it (within ``reach``) whose sum with B is C."""
    total, currency = amounts[i][2] or 0.0, amounts[i][3]
    acc, parts = 0.0, list[int]()
    for k in range(i - 1, -1, -1):
        s, _e, v, c, _, written = amounts[k]
        if parts and s < reach or c != currency:
            break
        acc += v if v is not None else written or 0.0
        parts.append(k)
        if adds_up(total, acc):
            return {k: (i, word) for k in parts if amounts[k][2] is not None}
        if acc > total:
            break
    return {}


_ADDED_REACH = 6  # sentences back to the amount 여기에 points to


def _added_to(amounts: list[tuple[int, int, float | None, str, str, float | None]], i: int,
              lo: int, reach: int) -> int | None:
    """The counted amount before the sentence (starting at ``lo``) of the total ``i`` that,
    with what that sentence adds before the total, makes it ("기금 112억원을 받아 … 군은 여기에
    군비 18억원을 더해 모두 130억원"), back to ``reach``."""
    total, currency = amounts[i][2] or 0.0, amounts[i][3]
    added = sum(a[5] or 0.0 for a in amounts[:i] if a[0] >= lo and a[3] == currency)
    for j in range(i - 1, -1, -1):
        s, _e, v, c, _, _w = amounts[j]
        if s < reach:
            break
        if s < lo and v is not None and c == currency and adds_up(total, v + added):
            return j
    return None


def matched_parts(text: str, amounts: list[tuple[int, int, float | None, str, str, float | None]]
                  ) -> dict[int, tuple[int, str]]:
    """An amount that a total of 모두/총 after it holds with what others put beside it: doubled,
    where the text between says another party puts in the same again, or with the amounts the
    text between says are added to it (여기에 … 더해): index → (index of the total, the words
    that say so). ``amounts``: (start, end, counted value or None, currency, role, value as
    written)."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, total, currency, role, _) in enumerate(amounts):
        if total is None:
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], 1)
        if (plus := _PLUS_BEFORE.search(text, max(0, start - 12), start)) is not None and i:
            out.update(_added_up(amounts, i, reach, plus.group(1)))
            continue
        if role != TOTAL:
            continue
        lo = sentence(text, start, end)[0]
        if (more := _ADDED_TO.search(text, lo, start)) is not None and \
                (j := _added_to(amounts, i, lo, sentences_back(text, lo, _ADDED_REACH))) is not None:
            out[j] = (i, more.group().split()[0])  # "군은 여기에 군비 18억원을 더해 모두 130억원"
            continue
        added = 0.0
        for j in back_within(amounts, i, reach):
            s, e, v, c, _, written = amounts[j]
            if v is None:
                added += (written or 0.0) if c == currency else 0.0
                continue  # "시비 150억원" between, a share of the total already
            if c != currency:
                break
            if adds_up(total, 2 * v) and (same := _SAME_AGAIN.search(text, e, start)):
                out[j] = (i, same.group())
            elif added and adds_up(total, v + added) and (more := _ADDED_TO.search(text, e, start)):
                out[j] = (i, more.group().split()[0])
            break
    return out


# "재원은 결산 잉여금 400억 원과 지방교부세 증액분 220억 원으로 마련합니다": where a sum named
# before comes from, told in a sentence of its own
_SOURCES = re.compile(r"(?<![가-힣])(재원은|재원으로는|재원은요|돈은|재원\s?[:：])\s")
_SOURCES_REACH = 2  # sentences back to the sum
# "재원은 …" may fund a change told further back ("830억원 늘어난 규모다" … "재원은 잉여금 520억원과
# 보조금 310억원으로"): what it names must add up exactly all the same
_OPENER_REACH = 5
_LIST_REACH = 8  # more lines back, for a field line under a list
# what may come before 재원은 in its sentence: nothing, or a clause closed by a comma
_OPENS = re.compile(r"\s*(?:[□■○●◆◇▲▶\-*ㆍ·•]\s*)?(?:(?:증액|감액|추가|사업|총)\s?)?|[^\n]*,\s*|[^\n,.]{0,20}따르면\s*")
# "12억원을 들여 분소를 짓는다. 건물 신축에 7억원, 농기계 구입에 5억원이 들어갔다": the next
# sentence's amounts, all of them, add up to the sum exactly (words of more money aside)
_PARTS_WORD = "내역"
_MADE_OF = re.compile(r"(?:구성|마련|충당|분담|조달)(?:되|됐|된|하|했|한|해)|이뤄(?:지|져|졌|진)|이루어(?:지|져|졌|진)|"
                      r"나눠|나누어")
_COLON = re.compile(r"[:：]")
_AMONG = re.compile(r"\s*[가-힣]{1,8}\s?(?:가운데|중에서?)\s")  # "복구비 가운데 국비는 …"


def sources_of(text: str, amounts: list[tuple[int, int, float | None, str, float | None]],
               listed: set[int] | None = None) -> dict[int, tuple[int, str]]:
    """The amounts of a sentence that add up to an amount counted before them: index → (index
    of that amount, the word). They are that money again, told by source or item: the amounts
    after words naming where money comes from (재원은 …, at the sentence's start or after a
    comma), shares among them, reach back two sentences; any other sentence whose counted
    amounts, two or more and all of one currency, add up exactly to one of the sentence right
    before it, and which says no more money is added (추가로, 별도로). ``amounts``: (start, end,
    counted value or None, currency, value as written)."""
    out: dict[int, tuple[int, str]] = {}
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for j, a in enumerate(amounts):
        if a[4] is not None and not on_table_row(text, a[0]):  # a table's rows are table_sums'
            by_sentence.setdefault(sentence(text, a[0], a[1]), []).append(j)
    for (lo, hi), found in by_sentence.items():
        opener = _SOURCES.search(text, lo, hi)
        if opener is not None and not _OPENS.fullmatch(text, lo, opener.start()):
            opener = None
        if opener is not None:
            parts = [j for j in found if amounts[j][0] >= opener.end()]
            sizes = [amounts[j][4] or 0.0 for j in parts]  # shares too, as written
        else:
            parts = [j for j in found if amounts[j][2] is not None]
            sizes = [amounts[j][2] or 0.0 for j in parts]
            if _MORE.search(text, lo, hi) or BESIDES.search(text, lo, hi):
                continue  # "이 밖에 … 90억원, … 30억원": items beside the one before
        if len(parts) < 2 or len({amounts[j][3] for j in parts}) > 1 or \
                listed and not listed.isdisjoint(parts):
            continue  # (already the parts of a list: "재원은 A, B, C" that add up to the total)
        word = opener.group(1) if opener else _PARTS_WORD
        # "지원금은 국비 100억1천만원과 도비 42억9천만원으로 구성되며": it says what a sum is made
        # of, so it may reach as far as 재원은
        made_of = opener is not None or _MADE_OF.search(text, lo, hi) is not None \
            or _AMONG.match(text, lo) is not None
        # "○ 재원: 국비 …" under a list: back to the line of the total above it
        reach = sentences_back(text, lo, (_OPENER_REACH if opener is not None else
                                          _SOURCES_REACH if made_of else 1) + (
            _LIST_REACH if opener is not None and _COLON.search(opener.group()) and
            ITEM_LINE.match(text, lo) else 0))
        total = sum(sizes)
        # "사업비는 15억원으로, 철거비 9억원과 리모델링비 6억원으로 이뤄져 있다": the sum first
        if opener is None and made_of and len(parts) > 2 and adds_up(sizes[0], sum(sizes[1:])):
            out.update({j: (parts[0], word) for j in parts[1:]})
            continue
        for i in back_within(amounts, parts[0], reach):
            # after 재원은 the sum may be one a list already split ("○ 총 예산: 36억원 / - …")
            v = amounts[i][2] if amounts[i][2] is not None or opener is None else amounts[i][4]
            if v is not None and amounts[i][3] == amounts[parts[0]][3] and adds_up(v, total):
                out.update({j: (i, word) for j in parts})
                break
    return out


# "분야별로는 복지가 9100억원으로 가장 크다", "가장 큰 사업은 …(2억8000만원)", "가장 많이 쓴 곳은 …", "지원액이 가장 큰 곳은 …",
# "지금까지 95억원이 모였다": some of the parts of a whole named before, which do not add up to it (those that do
# are breakdowns'), or what of it is spent or raised so far
_PART_POINTER = re.compile(r"(?<![가-힣])([가-힣]{1,3}별로는|[가-힣]{1,3}별\s(?:투자|사업|집행|지원)?\s?(?:액|금액|예산|사업비|투자비)(?:은|는)|세부적으로는|(?:단일|개별|신규|주요) 사업으로는|대표\s?(?:공약|사업|과제)(?:인|은|는|으로는)|주요\s?(?:사업|항목|내역)(?:은|는|(?:을|를)\s?(?:살펴\s?)?보면)|"
                           r"가장 (?:많고|크고|많았고|컸고|많으며|크며)|"
                           r"(?:[가-힣]{0,3}(?:액|금액|예산)이\s)?가장 (?:큰|많은|작은|적은) (?:사업|분야|항목|몫|곳|지역)(?:은|는|이|가)|가장 (?:많이|적게) (?:쓴|들인|받은|투입한|편성한) (?:곳|사업|분야|지역)(?:은|는|이|가)|"
                           # "이 밖에 노후 점포 간판 개선에 90억원": more items of the whole
                           r"(?:이|그)\s?(?:밖에|외에)(?:도)?|이외에도?|"
                           # "이 예산으로 A(42억원), B(18억원)의 공사를": what the whole pays for
                           r"(?:이|그)\s(?:예산|돈|사업비|재원)(?:으로|을\s?들여)(?![가-힣])|"
                           # "사업비에 이미 들어 있는 토지 매입비 780억원": inside the whole already
                           r"이미\s?(?:들어\s?있는|포함된|포함돼\s?있는|반영된)|"
                           # "부지 매입비는 총사업비에 포함된 182억원": inside the whole it names
                           r"(?:총사업비|사업비|총액|총예산)에\s?(?:포함된|포함돼\s?있는|포함되어\s?있는|들어\s?있는)|"
                           r"(?:지금까지|현재까지|이제까지|그동안|여태|(?:지난해|작년|전년도)까지)(?=[^.\n]{0,24}$)|"
                           # "전체의 63%인 3조4000억원은": a share of the whole, by its per cent
                           r"(?:전체|총액|총예산|예산|사업비|총사업비)(?:의|\s?가운데|\s?중)\s?\d+(?:\.\d+)?\s?%"
                           r"(?:인|에 해당하는|를 차지하는)(?=\s*$)|"
                           # "12월 말까지 집행한 금액은 21억6000만원으로": what of it is spent
                           r"집행(?:한|된)?\s?(?:금액|액)(?:은|는|이|가)|집행액(?:은|는|이|가))")
# "구매 보조금이 1조8000억원으로 가장 많고": the largest of the parts, its pointer after it
_MOST_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:,\s*(?=전체|총액|총예산|총사업비))?(가장\s*(?:많|크)|"
                         # "인건비가 2조5430억원으로 61.6%를 차지했다": a share by its per cent
                         r"(?:전체의\s*)?\d+(?:\.\d+)?\s?%(?:를|을)?\s*차지|"
                         # "지역자율계정이 2조4000억원으로, 전체의 약 21%다": a share by its per
                         # cent of the whole, told after it
                         r"(?:전체|총액|총예산|총사업비)의\s*(?:약\s*)?\d+(?:\.\d+)?\s?%"
                         r"(?:다|이다|에\s?해당|에\s?이른|에\s?달한|\s?수준))")
# "추경에는 … 12억원과 … 4억원 등이 담겼다", "신규 사업 40건에 1400억원이 반영됐다", "… 건설에
# 850억원 … 210억원을 새로 반영했다": what a whole named before holds
_INCLUDED_AFTER = re.compile(r"[^.\n]{0,70}?(반영(?:됐|되었|돼|되|했|하였)|담(?:겼|겨|았|긴)|"
                             r"포함(?:됐|되었|돼|되|했|하였|시켰))")
# "농기계 임대사업소 확충(18억원)과 … 지원(23억원) 등 12개 사업을 추진한다": items of the whole
# named before, by the count of its items
_ITEMS_AFTER = re.compile(r"[^.\n]{0,70}?(?<![가-힣])(등\s*(?:\d{1,3}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*"
                          r"(?:개|가지)\s*(?:사업|과제|분야|항목))")
# "설계비 7억원을 추가로 반영했다": more money, not what the whole before holds
_MORE = re.compile(r"(?<![가-힣])(?:" + MORE_MONEY + r"|더|새로)(?![가-힣])")
_POINTER_REACH = 4  # sentences back
# "분야별로는 A가 …, D 순이다. E 분야는 9조원으로 …": one more field of the whole, told in the
# sentence right after the one that splits it by fields
_FIELD_TOPIC = re.compile(r"\s*([가-힣·]{1,12}\s?분야(?:는|도))\s")
_BY_FIELD = re.compile(r"(?<![가-힣])분야별로는")
# "주요 삭감 내역" over "■ … 27억원에서 21억5천만원으로 …": a heading over a list of a whole's items
_LIST_HEAD = re.compile(r"\s*(?:[□○■●◆▶]\s*|\d{1,2}[.)]\s*)?((?:주요|세부)?\s*(?:증액|감액|삭감|증가|추가|세부|주요)\s*"
                        r"(?:된|한)?\s*(?:사업|내역|항목))\s*[:：]?\s*$")
_POINTS_TO_LIST = re.compile(r"([가-힣]{1,3}별로는|내역은|다음과 같다\.?)\s*$")
# the mark that opens a line of a list, with its indent: "■ ", " - ", "1) ", "①"
_HEAD_LINES = 12  # how many items a heading may stand over


def _lists_start(text: str, lo: int) -> int:
    """Where the lists and headings right above the line starting at ``lo`` begin (주요 증액
    내역 after the items of 주요 삭감 내역)."""
    while lo > 0:
        prev = text.rfind("\n", 0, lo - 1) + 1
        if not (ITEM_LINE.match(text, prev) or _LIST_HEAD.fullmatch(text, prev, lo - 1)):
            break
        lo = prev
    return lo


def _list_heading(text: str, pos: int) -> re.Match[str] | None:
    """The heading over the list whose item holds ``pos`` (주요 삭감 내역, 2. 세부 내역), if any."""
    lo = text.rfind("\n", 0, pos) + 1
    for _ in range(_HEAD_LINES):
        if not ITEM_LINE.match(text, lo) or lo == 0:
            break
        hi = lo - 1
        lo = text.rfind("\n", 0, hi) + 1
        if (head := _LIST_HEAD.fullmatch(text, lo, hi)) is not None:
            return head
        if (head := _POINTS_TO_LIST.search(text, lo, hi)) is not None:
            return head  # "… 늘어난 규모다. 사업별로는" over "▲ … 24억원"
        if not ITEM_LINE.match(text, lo):
            return None
    return None


_MARK_ONLY = re.compile(r"\s*(?:[QA]|문|답)\s*[.:]?\s*")


def _sentences_back(text: str, lo: int, n: int) -> int:
    """As :func:`sentences_back`, but a sentence that is only a mark of a question or its
    answer ("Q.", "A.", "문.") is no sentence of its own."""
    while n > 0 and lo > 0:
        prev = sentences_back(text, lo, 1)
        if not _MARK_ONLY.fullmatch(text, prev, lo):
            n -= 1
        lo = prev
    return lo


def pointed_parts(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...]]],
                  listed: set[int], totals: dict[int, float] | None = None
                  ) -> dict[int, tuple[int, str]]:
    """Amounts of a sentence that points into a whole named in the three sentences before it
    (분야별로는 …), or says that such a whole holds them (… 등이 담겼다, … 반영됐다): index →
    (index of the whole, the words that say so). The whole is the nearest amount that
    counts before that sentence, larger than the parts together, and, where the sentence only
    says the whole holds them, not another project's (the total cost of a railway holds no
    other project named after it); ``listed``: amounts
    that are already parts of a total (:func:`breakdowns`); ``totals``: those totals, by their
    value. Under a heading (2. 세부 내역) the items may break a total down a second time
    ("총 96억원(공단 출연금 72억원, 지자체 매칭 24억원)" and then "- 냉난방기 교체: 60억원 / - LED
    조명 교체: 36억원"): they are inside it as well."""
    out: dict[int, tuple[int, str]] = {}
    held: dict[tuple[int, str], float] = {}
    for j, (start, end, value, currency, names) in enumerate(amounts):
        if value is None or j in listed:
            continue
        lo, hi = sentence(text, start, end)
        cue = (_PART_POINTER.search(text, lo, start) or _MOST_AFTER.match(text, end)
               or _ITEMS_AFTER.match(text, end, hi))
        if cue is None and (topic := _FIELD_TOPIC.match(text, lo, start)) is not None and \
                _BY_FIELD.search(text, sentences_back(text, lo, 1), lo) is not None:
            cue = topic
        # "500억원 규모의 펀드가 지금까지 … 186억원을 투자한": a pointer after its whole; a pointer
        # into a plan names its items, each a project of its own ("단일 사업으로는 … 3800억원")
        first = cue.start() if cue is not None and cue.start() < start else lo
        headed = False
        if cue is None and (cue := _list_heading(text, start)) is not None:
            first, lo, headed = cue.start(), _lists_start(text, cue.start()), True
        pointer = cue is not None
        if cue is None and ((cue := _INCLUDED_AFTER.match(text, end, hi)) is None or
                            _MORE.search(text, max(lo, start - 8), cue.end()) or
                            BESIDE.search(text, lo, start)):
            continue  # "이와 별도로 … 52억원을 내년 예산에 반영했다": beside the whole
        reach = _sentences_back(text, lo, _POINTER_REACH)
        again = headed or pointer and cue.start() < start  # a whole split before, split again
        for i in back_within(amounts, j, reach):
            s, _e, v, c, owners = amounts[i]
            if totals and i in totals and again:
                v = totals[i]  # "재원은 A, B, C" split it; "분야별로는 …" splits it again
            elif i in listed and again:
                continue
            elif i in listed:
                break
            if not pointer and (told := _INCLUDED_AFTER.match(text, _e, sentence(text, s, _e)[1])) \
                    is not None and _MORE.search(text, _e, told.end()):
                # "1차 추경에서는 … 86억원을 새로 반영했다. 2차 추경에는 … 42억원이 담겼다": an
                # amount told as newly put into a budget is an item beside the next, not its whole
                break
            if _e > first or v is None or i in out or not (
                    pointer or may_share_project(names, owners)) or (
                    BESIDES.fullmatch(cue.group(1).rstrip("도")) and
                    not any(key[0] == i for key in held)):
                continue  # "이 밖에 …": more items of a whole already split, not of the last item
            # "회계별로는 …. 분야별로는 …": each 별로는 splits the whole anew
            split = (i, cue.group(1) if cue.group(1).endswith("별로는") else "")
            if c == currency and held.get(split, 0.0) + value <= v * (1 + 1e-9):
                out[j] = (i, cue.group(1))
                held[split] = held.get(split, 0.0) + value
            break
    return out


# The rank of a list's marks, outer first: "□ …" over "○ …" over " - …" over " ㆍ …"
_MARK_RANK = {**dict.fromkeys("□■", 0), **dict.fromkeys("○●◆◇▲▶▷►", 1), **dict.fromkeys("-*", 2),
              **dict.fromkeys("ㆍ·•◦", 3)}
_MARKED = re.compile(r"([ \t]*)(?:([□■○●◆◇▲▶▷►\-*ㆍ·•◦])|(\d{1,2}\.|[가-하]\.|\d{1,2}\)|[가-하]\)))\s")
# an official document's numbering, outer first: "1." over "가." over "1)" over "가)"
_NUMBER_RANK = (re.compile(r"\d+\."), re.compile(r"[가-하]\."), re.compile(r"\d+\)"))


def _level(text: str, lo: int) -> tuple[int, int] | None:
    """(indent, rank) of the list item on the line starting at ``lo``; None for another line."""
    m = _MARKED.match(text, lo)
    if m is None:
        return None
    if m.group(2):
        return len(m.group(1).expandtabs(4)), _MARK_RANK[m.group(2)]
    rank = next((r for r, p in enumerate(_NUMBER_RANK) if p.fullmatch(m.group(3))), 3)
    return len(m.group(1).expandtabs(4)), rank


_WRAP_LINES = 2  # lines an item's text may be wrapped onto
_WRAPPED = re.compile(r"[ \t]+[가-힣]")  # an indented line carrying on words, not opening an item


def _item_start(text: str, lo: int) -> int:
    """The start of the list item whose text the line at ``lo`` carries on (an indented line
    with no mark, an item wrapped where a PDF or HWP copy broke it: "□ … 530억원(4.4%)" then
    " 증가"), else ``lo``."""
    at = lo
    for _ in range(_WRAP_LINES):
        if at == 0 or _level(text, at) is not None or ITEM_LINE.match(text, at) or \
                not _WRAPPED.match(text, at):
            break  # ("  나. …", " ① …" open items of their own)
        at = text.rfind("\n", 0, at - 1) + 1
        if _level(text, at) is not None:
            return at
    return lo


def sub_items(text: str, amounts: list[tuple[int, int, float | None, str]],
              told: dict[int, float] | None = None) -> dict[int, tuple[int, str]]:
    """Amounts on a list's item nested under an item that names a larger amount ("○ 지역청년 정착
    패키지(신규): 650억원" over " - 창업 거점 조성: 150억원"): index → (index of the parent's
    amount, the words). The parent holds them; where they add up to it exactly they are
    :func:`breakdowns`' already. ``told``: amounts that count elsewhere (a table's cell told again
    in a list above it) → their value: they hold their sub-items too."""
    out: dict[int, tuple[int, str]] = {}
    held: dict[int, float] = {}
    line_of = {j: _item_start(text, text.rfind("\n", 0, a[0]) + 1) for j, a in enumerate(amounts)}
    # a table's rows nest too ("○ 재난안전 관리 | … " over "  - 재해위험지구 정비 | …"): a
    # cell's parent is the cell of its column in the row above
    heads = {a.span.start: a.head for a in table_amounts(text)} if has_table(text) else {}
    for j, (_start, _end, value, currency) in enumerate(amounts):
        own = _level(text, line_of[j])
        if value is None or own is None:
            continue
        lo = line_of[j]
        while lo > 0:
            lo = _item_start(text, text.rfind("\n", 0, lo - 1) + 1)
            up = _level(text, lo)
            if up is None:
                break  # the list ends above
            if up[0] < own[0] or (up[0] == own[0] and up[1] < own[1]):
                parent = next((i for i in range(j) if line_of[i] == lo and
                               heads.get(amounts[i][0]) == heads.get(amounts[j][0])), None)
                if parent is not None and (v := amounts[parent][2] if amounts[parent][2] is not None
                                           else (told or {}).get(parent)) is not None and \
                        amounts[parent][3] == currency and \
                        held.get(parent, 0.0) + value <= v * (1 + 1e-9):
                    out[j] = (parent, "하위 항목")
                    held[parent] = held.get(parent, 0.0) + value
                break
    return out


def bracket_again(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                  ) -> dict[int, int]:
    """An amount in the bracket opened right after the same amount ("4,820억원(’26년 4,310억원 →
    ’27년 4,820억원, 510억원 증액)"): index → index of the amount it says again."""
    out: dict[int, int] = {}
    for i, (_start, end, _v, currency, written) in enumerate(amounts):
        if written is None or not text.startswith(("(", "（"), end):
            continue
        close = min((k for k in (text.find(")", end), text.find("）", end)) if k > 0),
                    default=-1)
        for j in range(i + 1, len(amounts)):
            s, _e, v, c, w = amounts[j]
            if close < 0 or s > close:
                break
            if v is not None and c == currency and w == written:
                out[j] = i
    return out


def beside_shares(text: str, amounts: list[tuple[int, int, float | None, str, str, float | None]]
                  ) -> dict[int, tuple[int, str]]:
    """Amounts that, with the shares named before them, make the total of 모두/총 after them in
    one sentence ("국비 500억원을 지원받고, 가람도와 한결시가 각각 150억원과 100억원을 대응 투자해
    모두 750억원"): index → (index of the total, its word). ``amounts``: (start, end, counted
    value or None, currency, role, value as written)."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, total, currency, role, _) in enumerate(amounts):
        if total is None or role != TOTAL:
            continue
        lo = sentence(text, start, end)[0]
        before = [j for j in range(i) if amounts[j][0] >= lo]
        if any(amounts[j][3] != currency or amounts[j][5] is None
               or (amounts[j][2] is None and amounts[j][4] != SHARE) for j in before):
            continue
        counted = [j for j in before if amounts[j][2] is not None]
        if counted and len(counted) < len(before) and \
                adds_up(total, sum(amounts[j][5] or 0.0 for j in before)):
            out.update({j: (i, "몫과 함께 모두") for j in counted})
    return out


def _source(text: str, start: int) -> str | None:
    """The funding source named right before the amount at ``start`` (국비, 시비 …), if any."""
    m = FUNDING_BEFORE.search(text, max(0, start - 12), start)
    return m.group(1) if m else None


_SECURED_AFTER = re.compile(r"\s*(?:을|를|이|가)\s*(?:확보|따내|받아내|받기)")


def share_told_before(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                      ) -> dict[int, int]:
    """A share named first on its own and again among the shares of its total ("국비 120억원을
    확보했다. … 사업비는 국비 120억원과 군비 80억원으로 마련된다"): index → index of the share it
    says before. Same source word, value and currency; the later one no longer counts, and
    stands among other shares in a sentence of its own (not a paragraph repeated word for
    word). Also a share secured, said after its total's shares ("국비 20억원을 확보하기까지"):
    index → index of the share before."""
    out: dict[int, int] = {}
    for j, (start, end, value, currency, written) in enumerate(amounts):
        source = _source(text, start)
        if value is None or source is None:
            continue
        if _SECURED_AFTER.match(text, end):
            # "국비 20억원을 확보하기까지 2년이 걸렸다" after "총사업비는 … 국비 20억원, …": the
            # share said again
            earlier = [k for k in range(j) if amounts[k][2] is None and amounts[k][3] == currency
                       and amounts[k][4] == written and _source(text, amounts[k][0]) == source]
            if earlier:
                out[j] = earlier[-1]
                continue
        own = text[slice(*sentence(text, start, end))].strip()
        for k in range(j + 1, len(amounts)):
            s, e, v, c, w = amounts[k]
            if v is None and c == currency and w == written and _source(text, s) == source:
                lo, hi = sentence(text, s, e)
                if text[lo:hi].strip() != own and len(
                        [m for m in amounts if lo <= m[0] < hi]) >= 2:
                    out[j] = k
                break
    return out


_SOURCE_SUM_REACH = 8  # lines or sentences back to the amounts of a source summed


def source_sums(text: str, amounts: list[tuple[int, int, float | None, str]]
                ) -> dict[int, list[int]]:
    """An amount of one source that adds up the amounts of that source listed before it ("- …:
    국비 30억원, 지방비 30억원 / - …: 국비 8억원, … / 이로써 시는 국비 43억원을 확보했다"):
    index → indices of those amounts. Two at least, all counted, in its currency."""
    out: dict[int, list[int]] = {}
    for j, (start, end, value, currency) in enumerate(amounts):
        source = _source(text, start)
        if value is None or source is None:
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], _SOURCE_SUM_REACH)
        same = [i for i in back_within(amounts, j, reach) if amounts[i][2] is not None
                and amounts[i][3] == currency and _source(text, amounts[i][0]) == source]
        if len(same) >= 2 and adds_up(value, sum(amounts[i][2] or 0.0 for i in same)):
            out[j] = sorted(same)
    return out


def total_again(text: str, amounts: list[tuple[int, int, float | None, str, str, tuple[str, ...]]]
                ) -> dict[int, int]:
    """A total of 모두/총 that tells again, now with its shares, an amount named in the two
    sentences before ("복구비가 1036억원으로 확정됐다. … 국비 742억원과 지방비 294억원 등 모두
    1036억원을"): index → index of the first. Same value and currency, one project or none."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, role, names) in enumerate(amounts):
        if value is None or role != TOTAL:
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], 2)
        for j in back_within(amounts, i, reach):
            _s, _e, v, c, _r, owners = amounts[j]
            if v is not None and c == currency and adds_up(value, v) and \
                    may_share_project(names, owners):
                out[i] = j
                break
    return out
