"""Parts told after their whole, for the report (models.export.restated): the counted amounts
right after an amount that add up to it (split once, or again after a split by who pays or by
years), the part that the rest a later sentence names completes (나머지 …), a total already
split that the amounts after its parts split again, and the payers' parts of a share told in
the next sentence (도가 180억원, 시가 120억원을 낸다). CONTEXT.md ("How amounts are counted")
says what each means for a researcher's totals."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from models.export.dedupe import SENTENCE_END, rate_cue
from models.export.parts import BESIDES, MORE_MONEY
from models.export.sentences import adds_up, back_within, sentence, sentences_ahead, sentences_back
from models.nlp.relation_words import REST_BEFORE
from models.nlp.table_money import has_table, on_table_row

_AHEAD_REACH = 8  # sentences ahead to the last part (a 산출근거's lines)
_AHEAD_PARTS = 3
# money beside the whole (parts' words for it, and 별개로)
_MORE_BESIDE = re.compile(r"(?<![가-힣])(?:" + MORE_MONEY + r"|이와 함께|별개로)(?![가-힣])|" + BESIDES.pattern)


def _two_in_one(text: str, amounts: list[tuple[int, int, float | None, str, float | None]],
                parts: list[int], whole_end: int) -> bool:
    """"1단계(…)에 4,920억원, 2단계(…)에 3,540억원이 들어간다": two parts in one sentence after the
    whole's, that adds no money beside it."""
    if len(parts) != 2:
        return False
    lo, hi = sentence(text, amounts[parts[0]][0], amounts[parts[0]][1])
    return lo >= sentence(text, whole_end, whole_end)[1] and lo <= amounts[parts[1]][0] < hi \
        and not _MORE_BESIDE.search(text, lo, hi)


def sums_ahead(text: str, amounts: list[tuple[int, int, float | None, str, float | None]],
               part_of: dict[int, int], head_end: int | None = None
               ) -> dict[int, tuple[int, str]]:
    """The counted amounts right after an amount, with those already found its parts, three or
    more within eight sentences (two, after uncounted shares that already add up to it: a split
    by who pays, then one by use), that add up to it exactly ("385억원 규모의 대책 … 가장 큰 몫은
    145억원 … 120억원 … 90억원, … 30억원"; a 산출근거 under "2026년 예산: 4,860백만원"): index of
    each part not yet found → (index of the whole, "내역"). ``amounts``: (start, end, counted
    value or None, currency, value as written) in text order; ``part_of``: parts found before
    (index → index of their whole); ``head_end``: :func:`headline_end` (a headline's amount is
    :func:`headline_sums`')."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, value, currency, written) in enumerate(amounts):
        borrowed = not value and i in part_of
        if borrowed:
            # "기금 112억원을 … 사업별로는 52억원, 35억원, 25억원 … 군비 28억원을 더해 모두
            # 140억원": a part of a counted total, split in its turn: its items are parts too
            # (three at least: two may be the items of the total's own sum, 140억원과 70억원 …)
            value = written
        if not value or i in out or on_table_row(text, start) or start < (head_end or 0):
            continue  # a table's cells add up in table_sums
        hi = sentences_ahead(text, start, _AHEAD_REACH)
        acc, parts, known, shares = 0.0, list[int](), 0, 0.0
        for k in range(i + 1, len(amounts)):
            s, _e, v, c, written = amounts[k]
            if s >= hi or on_table_row(text, s):
                break
            if v is None and part_of.get(k) == i and written is not None:
                v, known = written, known + 1  # "가장 큰 몫은 145억원": a part found already
            elif v is None:
                if not parts and written is not None and c == currency:
                    shares += written
                continue
            else:
                parts.append(k)
            if c != currency:
                break
            acc += v
            if acc >= value * (1 - 1e-9):
                # "복구비 가운데 국비는 …, 지방비는 …이다. 공공시설 복구에 …, 사유시설 지원에
                # …이 쓰인다": split by who pays (uncounted shares), then anew by what it buys
                split = not borrowed and (parts and adds_up(value, shares)
                                          or _two_in_one(text, amounts, parts, end))
                if adds_up(value, acc) and parts and len(parts) + known >= (
                        2 if split else _AHEAD_PARTS):
                    out.update({k: (i, "내역") for k in parts})
                    # "연도별 … / 구성요소별 내역 …": the whole split again
                    acc, parts, known, shares = 0.0, [], 0, value
                    continue
                break
    return out




# "창업 공간 조성에 45억원을": an amount with the use it buys (not 여기에, 이에: the one before)
_OWN_USE = re.compile(r"(?<![가-힣])(?!여기에|이에|거기에)[가-힣]{2,}에\s*$")


def rated_items(text: str, amounts: Sequence[tuple[Any, ...]], values: Sequence[float | None]
                ) -> dict[int, tuple[int, str]]:
    """The items of the sentence right after a counted amount that say what it buys, one of
    them told only by its rate ("3년간 150억원을 투입합니다. 청년 1인당 월 30만원씩 주거비를
    지원하고, 창업 공간 조성에 45억원을 씁니다"): index of each counted item → (index of the
    whole, "내역"). Each item names its use (…에) in a clause after the rate's. The rate's sum is
    not told, so the items cannot add up to the whole: they come to less, in its currency; the
    whole is the last counted amount of its sentence; the next sentence holds nothing but the
    items and the rates, and adds no money beside the whole (추가로, 별도로, 이 밖에); both
    sentences are prose on one line. ``amounts``: (start, end, …, currency, …) in text order;
    ``values``: each one's counted value or None."""
    out: dict[int, tuple[int, str]] = {}
    starts = [a[0] for a in amounts]  # in text order: the amounts of a stretch are looked up
    for i, value in enumerate(values):
        start, end, currency = amounts[i][0], amounts[i][1], amounts[i][3]
        if not value or on_table_row(text, start):
            continue
        own_hi = sentence(text, start, end)[1]
        after = SENTENCE_END.match(text, own_hi)
        if after is None or any(values[k] is not None
                                for k in range(i + 1, bisect_left(starts, own_hi))):
            continue
        lo, hi = after.end(), sentence(text, after.end(), after.end())[1]
        if "\n" in text[start:hi]:
            continue  # prose: a list's lines are items of their own ("▲ …: 3억2천만원(동당 …)")
        inside = list(range(max(i + 1, bisect_left(starts, lo)), bisect_left(starts, hi)))
        items = [k for k in inside if values[k] is not None]
        rates = [k for k in inside if values[k] is None and rate_cue(text, *amounts[k][:2])]
        # each item names its own use, in a clause after a rate's ("…씩 지원하고, 창업 공간
        # 조성에 45억원을"), not the budget that pays the rate ("…을 지급하고, 올해 예산은 38억원")
        if items and rates and len(items) + len(rates) == len(inside) and all(
                "," in text[amounts[rates[0]][1]:amounts[k][0]]
                and _OWN_USE.search(text, max(0, amounts[k][0] - 12), amounts[k][0])
                for k in items) and \
                all(amounts[k][3] == currency for k in items) and \
                sum(values[k] or 0.0 for k in items) < value and not _MORE_BESIDE.search(text, lo, hi):
            out.update({k: (i, "내역") for k in items})
    return out


def rest_with_part(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                   ) -> dict[int, tuple[int, str]]:
    """The part that, with the rest a later sentence names, makes a whole ("차관 1억2000만
    달러를 지원한다. 총사업비는 2억 달러로, 나머지 8000만 달러는 ADB가 댄다"): index of the
    part → (index of the whole, "나머지와 함께"). The whole is counted and stands before the
    rest in its sentence; the part is counted and stands in the sentence before. ``amounts``:
    (start, end, counted value or None, currency, value as written) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for r, (start, end, value, currency, rest) in enumerate(amounts):
        if value is not None or rest is None or not REST_BEFORE.search(text, max(0, start - 14),
                                                                        start):
            continue
        lo = sentence(text, start, end)[0]
        whole = next((w for w in range(r - 1, -1, -1) if amounts[w][0] >= lo
                      and amounts[w][2] is not None and amounts[w][3] == currency), None)
        if whole is None:
            continue
        total = amounts[whole][2] or 0.0
        reach = sentences_back(text, lo, 1)
        part = next((p for p in back_within(amounts, whole, reach) if amounts[p][2] is not None
                     and amounts[p][3] == currency
                     and adds_up(total, (amounts[p][2] or 0.0) + rest)), None)
        if part is not None:
            out[part] = (whole, "나머지와 함께")
    return out


def split_again(text: str, amounts: list[tuple[int, int, float | None, str, float | None]],
                sums: dict[int, list[int]]) -> dict[int, tuple[int, str]]:
    """A total already split into parts that the counted amounts after those parts split again
    ("총사업비: USD 8,500,000 / 연도별: … / 구성요소별 내역: - 센터 건축 … - 기자재 …"): index of
    each later part → (index of the total, "내역"). Two parts or more, right after the first
    ones, within eight sentences of the total, adding up to it exactly. ``sums``: total →
    its parts (restated's breakdowns); ``amounts``: (start, end, counted value or None,
    currency, value as written)."""
    out: dict[int, tuple[int, str]] = {}
    for t, parts in sums.items():
        start, end, _v, currency, total = amounts[t]
        if total is None or not parts or max(parts) < t:
            continue
        hi = sentences_ahead(text, start, _AHEAD_REACH)
        acc, more = 0.0, list[int]()
        for k in range(max(parts) + 1, len(amounts)):
            s, _e, v, c, _w = amounts[k]
            if s >= hi or c != currency:
                break
            if v is None:
                continue
            more.append(k)
            acc += v
            if acc >= total * (1 - 1e-9):
                if adds_up(total, acc) and len(more) >= 2:
                    out.update({k: (t, "내역") for k in more})
                break
    return out


# "도가 180억원, 시가 120억원을 낸다": who pays what
# who pays a part: "도가 180억원, 시가 120억원을 낸다" (restated's sharing words start with these)
PAY_WORDS = r"부담|분담|나눠|나누어|(?<![가-힣])(?:낸다|내고|냈다|냈고|냈으며|댄다|대고|보탠다|보태고)(?![가-힣])"
_PAYS = re.compile(PAY_WORDS)


def share_split(text: str, amounts: list[tuple[int, int, float | None, str, float | None, bool]]
                ) -> dict[int, tuple[int, str]]:
    """The payers' parts of a share, told in the next sentence ("투자금 가운데 300억원은 도와
    시가 보탠다. 도가 180억원, 시가 120억원을 낸다"): index of each part → (index of the share,
    the word that says so). Two or more counted amounts, all of that sentence's, adding up to
    the share exactly. ``amounts``: (start, end, counted value or None, currency, value as
    written, whether it is a share of another amount) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for w, (start, end, value, currency, share, is_share) in enumerate(amounts):
        if value is not None or share is None or not is_share:
            continue
        after = SENTENCE_END.match(text, sentence(text, start, end)[1])
        if after is None or after.end() >= len(text):
            continue
        lo = after.end()
        hi = sentence(text, lo, lo)[1]
        inside = []
        for k in range(w + 1, len(amounts)):
            if amounts[k][0] >= hi:
                break
            if amounts[k][0] >= lo:
                inside.append(k)
        pays = _PAYS.search(text, lo, hi)
        if len(inside) >= 2 and pays is not None and all(
                amounts[k][2] is not None and amounts[k][3] == currency for k in inside) and \
                adds_up(share, sum(amounts[k][2] or 0.0 for k in inside)):
            out.update({k: (w, pays.group()) for k in inside})
    return out


_RUN_WINDOW = 40  # counted amounts after the whole that a run may stand among


def run_after(text: str, amounts: list[tuple[int, int, float | None, str]], head_end: int | None
              ) -> dict[int, tuple[int, str]]:
    """Three or more counted amounts next to each other, after an amount and within eight
    sentences of it though not right after it, that add up to it exactly ("무상원조: USD
    3,800,000 / 수원국 분담: USD 700,000 / 연도별 무상원조 계획: 2026년 USD 1,200,000 / …"): index
    of each part → (index of the whole, "내역"). ``amounts``: (start, end, counted value or
    None, currency) in text order; ``head_end``: where a headline ends (its amounts are
    headline_sums')."""
    out: dict[int, tuple[int, str]] = {}
    table = has_table(text)
    # the counted amounts off a table, found once
    counted = [k for k, a in enumerate(amounts)
               if a[2] is not None and not (table and on_table_row(text, a[0]))]
    for n, i in enumerate(counted):
        start, _end, value, currency = amounts[i]
        if i in out or start < (head_end or 0):
            continue
        # (eight sentences hold a few dozen amounts at most: the window keeps this linear)
        after = [k for k in counted[n + 1:n + 1 + _RUN_WINDOW]
                 if amounts[k][3] == currency and k not in out]
        run = _run(amounts, after, value or 0.0)
        # the sentences are looked at only once a run adds up (arithmetic first: cheaper)
        if run and amounts[run[-1]][0] < sentences_ahead(text, start, _AHEAD_REACH):
            out.update({k: (i, "내역") for k in run})
    return out


def _run(amounts: list[tuple[int, int, float | None, str]], after: list[int], value: float
         ) -> list[int]:
    """Three or more of ``after``, next to each other and not starting at the first, that add up
    to ``value`` exactly (the first such run); empty for none."""
    for a in range(1, len(after)):
        acc = 0.0
        for b in range(a, len(after)):
            acc += amounts[after[b]][2] or 0.0
            if acc >= value * (1 - 1e-9):
                if adds_up(value, acc) and b - a >= 2:
                    return after[a:b + 1]
                break
    return []


# "※ 사업관리비(PMC) EUR 630,000 포함": a part the whole before it includes
_INCLUDED = re.compile(r"\s*(?:이|가|은|는|도)?\s*포함(?:돼|되어|된|됨|한|했|\s|\.|$)")


def included(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
             ) -> dict[int, int]:
    """Amounts the text says a larger one before them includes ("… 포함"), within four
    sentences: index → index of the largest amount before it in its currency. ``amounts``:
    (start, end, counted value or None, currency, value as written)."""
    out: dict[int, int] = {}
    for j, (start, end, value, currency, _w) in enumerate(amounts):
        if value is None or not _INCLUDED.match(text, end):
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], 4)
        wholes = [i for i in back_within(amounts, j, reach)
                  if amounts[i][3] == currency and (amounts[i][4] or 0.0) > value]
        if wholes:
            out[j] = max(wholes, key=lambda i: amounts[i][4] or 0.0)
    return out


# "보조금 2억3,000만 달러를 지급 … 모두 11억 달러를 들일 계획이며, 이번 보조금은 이 사업비
# 가운데 일부를 충당한다": an amount named by its word, which a later clause says pays part of a
# larger cost told between
_FUNDS_PART = re.compile(r"(?<![가-힣])(?:이번|이|해당)\s*([가-힣]{2,6})(?:은|는|이|가)\s*[^.\n\d]{0,24}?"
                         r"(?:가운데|중)\s*일부(?:를|에|로)?\s*(?:충당|보태|보탠|보탭|메우|메운|메웁)")


def funding_part(text: str, amounts: list[tuple[int, int, float | None, str]]
                 ) -> dict[int, tuple[int, str]]:
    """An amount named by a word (보조금, 지원금) that a later clause, pointing back to it by
    that word, says pays part of a cost (이번 보조금은 이 사업비 가운데 일부를 충당한다): index →
    (index of the nearest larger amount of its currency between them, the word). ``amounts``:
    (start, end, counted value or None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for m in _FUNDS_PART.finditer(text):
        word = m.group(1)
        reach = sentences_back(text, sentence(text, m.start(), m.start())[0], 2)
        before = [k for k, a in enumerate(amounts) if reach <= a[0] and a[1] <= m.start()]
        named = [k for k in before if amounts[k][2] is not None and
                 re.search(re.escape(word) + r"\s*(?:약\s*)?$", text[max(0, amounts[k][0] - 12):amounts[k][0]])]
        if not named:
            continue
        j = named[-1]
        value, currency = amounts[j][2], amounts[j][3]
        wholes = [i for i in before if i > j and amounts[i][3] == currency
                  and (amounts[i][2] or 0.0) > (value or 0.0)]
        if wholes:
            out[j] = (wholes[-1], word)
    return out


# "계약금액 438억원 … 공사비는 국비 219억원과 시비로 충당된다": a cost named as the topic with no
# amount of its own, in a sentence that says how it is raised: the amounts there are shares of
# the cost told before it (the rest named without an amount), not more money
# ("추경 재원은 잉여금과 교부세, 지방채 2000억원으로 마련했다": the money that raises it, named so)
_COST_TOPIC = re.compile(r"\s*(?:[가-힣]{1,8}\s){0,2}?(?:공사비|사업비|총사업비|건립비|조성비|설치비|비용|재원)(?:은|는)\s")
_RAISED = re.compile(r"(?:마련|충당|조달|분담)(?:되|됐|된|하|했|한|해|합)")
_COST_REACH = 4  # sentences back to the cost (a disclosure's field lines are sentences here)


def cost_topic_parts(text: str, amounts: list[tuple[int, int, float | None, str]]
                     ) -> dict[int, tuple[int, str]]:
    """The counted amounts of a sentence opened by a cost word as its topic (공사비는 …) that says
    how the cost is raised (충당된다), where they add up to less than the nearest counted amount
    of their currency in the four sentences before: index → (index of that amount, the word).
    ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for j, (start, end, value, _currency) in enumerate(amounts):
        if value is not None and not on_table_row(text, start):
            by_sentence.setdefault(sentence(text, start, end), []).append(j)
    for (lo, hi), parts in by_sentence.items():
        topic = _COST_TOPIC.match(text, lo)
        if topic is None or topic.end() > amounts[parts[0]][0] or _RAISED.search(text, lo, hi) is None \
                or _MORE_BESIDE.search(text, lo, hi) or len({amounts[j][3] for j in parts}) > 1:
            continue
        total = sum(amounts[j][2] or 0.0 for j in parts)
        reach = sentences_back(text, lo, _COST_REACH)
        whole = next((i for i in back_within(amounts, parts[0], reach)
                      if amounts[i][2] is not None and amounts[i][3] == amounts[parts[0]][3]), None)
        if whole is not None and (amounts[whole][2] or 0.0) > total:
            out.update({j: (whole, text[topic.start():topic.end()].strip()) for j in parts})
    return out


# "결손 보전금 90억원의 절반인 45억원은", "사업비 40억원의 30%에 해당하는 12억원":
# a fraction of the amount right before it, told as that amount's part, not more money
_FRACTION_OF = re.compile(r"\s*(?:가운데|중)?\s*의?\s*(?:절반|반|\d+(?:\.\d+)?\s?%|(?:\d+|[한두세네다섯여섯일곱여덟아홉열]{1,2})\s?분의\s?"
                          r"(?:\d+|[일이삼사오육칠팔구한두세네]{1,2}))\s*(?:가량|정도|쯤)?\s*(?:인|에\s?해당하는|을\s?차지하는|를\s?차지하는)\s*"
                          r"(?:약\s*)?$")


def fraction_parts(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                   ) -> dict[int, tuple[int, str]]:
    """A counted amount told as a fraction of the amount right before it (90억원의 절반인 45억원):
    index → (index of that amount, "절반" or the like). ``amounts``: (start, end, counted value or
    None, currency, value as written) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for j in range(1, len(amounts)):
        start, _end, value, currency, _raw = amounts[j]
        whole = amounts[j - 1]
        m = _FRACTION_OF.fullmatch(text, whole[1], start)
        if value is None or m is None or whole[3] != currency or (whole[4] or 0.0) < value:
            continue
        out[j] = (j - 1, m.group(0).strip().removeprefix("의").strip())  # "절반인"
    return out


def fraction_whole_again(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                         ) -> dict[int, int]:
    """The whole a fraction is taken of (보전금 12억원의 절반인 6억원), where the three sentences
    before give an amount of its value: that amount told again to take the fraction of it, not
    more money: index → index of the first. ``amounts`` as :func:`fraction_parts`'."""
    out: dict[int, int] = {}
    for j in range(1, len(amounts)):
        start, end, value, currency, _raw = amounts[j]
        nxt = amounts[j + 1] if j + 1 < len(amounts) else None
        if value is None or nxt is None or not _FRACTION_OF.fullmatch(text, end, nxt[0]):
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], 3)
        first = next((i for i in range(j) if amounts[i][0] >= reach and amounts[i][3] == currency
                      and amounts[i][4] == amounts[j][4]), None)
        if first is not None:
            out[j] = first
    return out


# "당초예산 6210억원에 두 차례 추경으로 632억원이 더해졌다": one amount added to another, told
# beside the sum they make
_ADDED_TO = re.compile(r"\s*(?:에|에다|에다가)\s[^.\n\d]{0,30}?$")
_ADDED_AFTER = re.compile(r"\s*(?:이|가|을|를)?\s*(?:더해|보태|추가돼|추가되어)(?:졌|져|진|지|졌고|졌으며)?")


def added_parts(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                ) -> dict[int, tuple[int, str]]:
    """Two amounts told as one added to the other (A원에 … B원이 더해졌다) whose sum another
    amount of their sentence or the one before gives (세출 예산현액은 6842억원으로, 당초예산
    6210억원에 … 632억원이 더해졌다): index of each → (index of the sum, "더해짐"). ``amounts``:
    (start, end, counted value or None, currency, value as written) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for k in range(1, len(amounts)):
        a, b = amounts[k - 1], amounts[k]
        if a[3] != b[3] or not a[4] or not b[4] or not _ADDED_TO.fullmatch(text, a[1], b[0]) \
                or not _ADDED_AFTER.match(text, b[1]):
            continue
        lo, hi = sentence(text, b[0], b[1])
        reach = sentences_back(text, lo, 1)
        total = next((i for i, c in enumerate(amounts) if i not in (k - 1, k) and reach <= c[0] < hi
                      and c[2] and c[3] == a[3] and adds_up(c[2], a[4] + b[4])), None)
        if total is not None:
            out.update({k - 1: (total, "더해짐"), k: (total, "더해짐")})
    return out


# "9천만 유로를 투입하며, 한국 측 분담분은 3천만 유로(33%)다": an amount with its per cent in
# brackets that is its share of an amount told before it in the sentence is a part of that
# amount, not money added to it
_PERCENT_AFTER = re.compile(r"\s*[(（]\s*(\d{1,2}(?:\.\d+)?)\s?%\s*[)）]")
_PERCENT_SLACK = 1.0  # points: a per cent is written rounded (3천만 of 9천만: 33%)


def percent_parts(text: str, amounts: list[tuple[int, int, float | None, str]]
                  ) -> dict[int, tuple[int, str]]:
    """Counted amounts whose bracketed per cent (3천만 유로(33%)) is their share of a counted
    amount of the same currency earlier in their sentence: index → (index of that whole, the
    per cent). ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for j, (start, end, value, currency) in enumerate(amounts):
        m = _PERCENT_AFTER.match(text, end)
        if value is None or m is None:
            continue
        lo = sentence(text, start, end)[0]
        whole = next((i for i in range(j - 1, -1, -1) if amounts[i][0] >= lo
                      and amounts[i][3] == currency and (v := amounts[i][2]) and v > value
                      and abs(value / v * 100 - float(m.group(1))) <= _PERCENT_SLACK), None)
        if whole is not None:
            out[j] = (whole, m.group(1) + "%")
    return out


# "2. 출자금액: 120억원 / 3. 펀드 결성 예정 총액: 400억원 / 4. 출자 비율: 30.0%": a disclosure's
# field of a ratio (비율, 비중, 지분율) whose per cent one counted amount near it is of another
# makes the smaller a share of the larger (one investor's stake inside the fund), not money
# added to it
_RATIO_FIELD = re.compile(r"^[ \t]*(?:\d{1,2}[.)]\s*)?[^:：\n]{0,20}?(?:비율|비중|지분율)\s*[:：]\s*"
                          r"(\d{1,3}(?:\.\d+)?)\s?%\s*$", re.M)
_RATIO_REACH = 4  # lines either side of the ratio field: the disclosure's other fields


def ratio_field_parts(text: str, amounts: list[tuple[int, int, float | None, str]]
                      ) -> dict[int, tuple[int, str]]:
    """Counted amounts that are the per cent a ratio field states (출자 비율: 30.0%) of another
    counted amount of the same currency within a few lines of it: index → (index of that whole,
    the per cent). ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for m in _RATIO_FIELD.finditer(text):
        lo = m.start()
        for _ in range(_RATIO_REACH):
            lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        hi = m.end()
        for _ in range(_RATIO_REACH):
            nxt = text.find("\n", hi + 1)
            hi = len(text) if nxt < 0 else nxt
        near = [i for i, a in enumerate(amounts) if lo <= a[0] < hi and a[2]]
        for j in near:
            whole = next((i for i in near if amounts[i][3] == amounts[j][3]
                          and (v := amounts[i][2]) and (p := amounts[j][2]) and v > p
                          and abs(p / v * 100 - float(m.group(1))) <= _PERCENT_SLACK), None)
            if whole is not None and j not in out:
                out[j] = (whole, m.group(1) + "%")
    return out
