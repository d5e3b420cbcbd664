"""Amounts that a change over time holds: the amounts that make up a change given as its
budgets before and after, this year's or the first part of a budget named before (a tranche),
and a budget a later sentence changes. Passes of :func:`models.export.restated.restated`. Cuts
are in models.export.cuts."""

from __future__ import annotations

import re

from models.export.change_cue import CHANGE_VERBS, change_cue
from models.export.cuts import part_cut
from models.export.dedupe import TOTAL, amount_role
from models.export.sentences import (
    adds_up,
    back_within,
    may_share_project,
    next_sentence_end,
    other_bodies,
    sentence,
    sentences_back,
)
from models.nlp.table_money import on_table_row


def change_parts(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                 ) -> dict[int, tuple[int, int]]:
    """Amounts that add up to a change given as its budgets before and after ("사업비를 당초
    620억원에서 780억원으로 늘렸다. 자재비 상승분 120억원과 관람석 확충비 40억원이 더해졌다"): index
    → (index of the budget before, index of the one after). In the sentence of the change or
    the next. ``amounts``: (start, end, counted value or None, currency, value as written)."""
    out: dict[int, tuple[int, int]] = {}
    for b, (start, end, _counted, currency, before) in enumerate(amounts):
        if before is None or b + 1 >= len(amounts) or change_cue(text, start, end) != "before":
            continue
        # the budget after: the next amount that counts ("120억원 가운데 45억원을 깎아 75억원으로")
        a = next((k for k in range(b + 1, min(b + 3, len(amounts))) if amounts[k][2] is not None),
                 None)
        after = amounts[a][4] if a is not None else None
        if a is None or after is None or amounts[a][3] != currency or after == before:
            continue
        hi = next_sentence_end(text, sentence(text, amounts[a][0], amounts[a][1])[1])
        acc, parts = 0.0, []
        for j in range(a + 1, len(amounts)):
            s, _e, v, c, _ = amounts[j]
            if s >= hi or v is None or c != currency:
                break
            parts.append(j)
            acc += v
            if adds_up(abs(after - before), acc):
                out.update({k: (b, a) for k in parts})
                break
    return out


# "올해는 1단계로 …", "우선 설계비 …": this year's or the first part of a budget named before;
_TRANCHE = re.compile(r"(?<![가-힣])(올해는|올해에는|올해에만|올해만|우선|먼저|1단계로|1차로|"
                      r"1단계\s?(?:사업비|예산)(?:로|으로)?|"
                      # "1단계 구간(12㎞) 공사비 96억원은": the first phase's cost
                      r"1(?:단계|차)\s(?:[^\s.]+\s){0,2}?(?:사업비|공사비|설계비|예산)(?:은|는|로|으로)?|"
                      # "- 올해 투입 예산: 42억원", "올해 예산 38억원은", "올해 국비 48억원을 확보해": this year's,
                      # under a total
                      r"올해\s?(?:투입\s?)?(?:예산|사업비|국비|도비|시비|설계비|투입액|투자액)(?:은|는|으로는|\s?[:：])?|"
                      r"첫\s?해(?:에는|엔|에만|에|인)|"  # "첫해인 2027년 정부 예산안에는 420억원이"
                      r"첫\s?해\s?(?:예산|사업비|투입액)(?:은|는|으로는|\s?[:：])?|"  # "첫해 예산은 280억원"
                      # "내년 정부 예산안에는 설계비 등 140억원이 반영됐으며": next year's, under a total
                      r"내년(?:도)?\s?(?:정부\s?)?예산안?(?:에는|에|으로는))(?![가-힣])")
# "총사업비 186억원(2025~2028), 올해 52억원 투입": this year's, right before it, under a total in
# its own sentence
_THIS_YEAR = re.compile(r"(?<![가-힣])(올해)\s?$")
_TRANCHE_REACH = 4  # sentences (or a release's lines: headings too) back
# "올해 설계비 85억원을 먼저 확보했으며": the first part, its word after it
_TRANCHE_AFTER = re.compile(r"\s*(?:을|를|이|가|은|는)?\s*(먼저|우선)\s(?!선정|순위|검토|지원)|\s*(?:을|를)\s*(시작으로)")
# "이와 별도로 … 15억원을 먼저 내려보냈다": money its sentence sets beside the budget, no part of it
_APART = re.compile(r"(?<![가-힣])(?:별도로|따로)(?![가-힣])")


def tranches(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...]]]
             ) -> dict[int, tuple[int, str]]:
    """This year's or the first tranche of a larger budget named shortly before for the same
    project ("2029년까지 230억원을 투입한다. 올해는 1단계로 … 65억원을 쓴다", "1500억원을 쓰기로
    하고, 우선 설계비 45억원을"): index → (index of the budget, the word that says so). An
    amount with no project of its own may be one."""
    out: dict[int, tuple[int, str]] = {}
    for j, (start, end, value, currency, names) in enumerate(amounts):
        if value is None:
            continue
        lo, hi = sentence(text, start, end)
        cue = _TRANCHE.search(text, lo, start) or _TRANCHE_AFTER.match(text, end)
        if cue is not None and _APART.search(text, lo, start) is not None:
            continue
        if cue is not None:
            reach, bare = sentences_back(text, lo, _TRANCHE_REACH), False
        elif (cue := _THIS_YEAR.search(text, max(lo, start - 4), start)) is not None:
            reach, bare = lo, True  # under a total named so: not last year's budget
        else:
            continue
        # (in minutes, a name may hold the speaker's label: "○ 과장 박서현: 1단계 공사비로")
        names = tuple(re.split(r"[:：]\s*", n)[-1] for n in names)
        if names and all(n.startswith(("1단계", "1차")) for n in names):
            names = ()  # "- 1단계 구간 공사비 70억원은": a phase of the project, not one of its own
        if cue.group(0).startswith(("1단계", "1차", "첫")):
            # "올해 1단계로 42억원을 투입해": a phase names no project of its own; one only carried
            # from a sentence before (수변 쉼터를 만든다) is the whole's project's
            names = tuple(n for n in names if n in text[lo:hi])
        for i in back_within(amounts, j, reach):
            s, _e, v, c, owners = amounts[i]
            if s < min(cue.start(), start) and v is not None and c == currency and v > value and \
                    may_share_project(names, owners) and \
                    not other_bodies(text, lo, sentence(text, s, _e)[0]) and \
                    (not bare or amount_role(text, s) == TOTAL):
                out[j] = (i, next(g for g in cue.groups() if g))
                break
    return out


# "80억원 규모로 줄이는 안", "150억원으로 늘렸다": the amount a budget named before becomes
# Only what someone does to a budget (줄이다, 늘리다, 조정, 변경 …), not change_cue.CHANGE_VERBS: "보험료가
# 1억4000만원으로 올랐다" after last year's 1억1000만원 is another year's money, not a revision.
_TO = r"\s*(?:규모|수준)?\s*(?:으로|로)\s*"  # "80억원 규모로 ", "150억원으로 "
# "18억원을 12억원으로 6억원 깎아": the size of the change may come before the verb
_AGAIN = r"(?:\d[\d,.]*\s*(?:[조억만천]\s*[\d,.]*)*\s*원(?:을|를)?\s*)?(?:다시\s*|또\s*|재차\s*)?"
_LOWERED = "(?:줄이|줄여|줄인|줄였|축소|낮추|낮춰|낮춘|낮췄|하향|감액|깎)"
_RAISED = "(?:늘리|늘려|늘린|늘렸|확대|높이|높여|높인|높였|상향|증액)"
_REVISED_AFTER = re.compile(_TO + _AGAIN + "(?:" + _LOWERED + "|" + _RAISED +
                            "|조정|바꾸|바꿔|바꾼|바꿨|변경|수정)")
_DOWN = re.compile(_TO + _AGAIN + _LOWERED)
_UP = re.compile(_TO + _AGAIN + _RAISED)
# "최종 예산은 1조8389억원으로 확정됐다": the budget a vote or a decision ends with
_FINAL_BEFORE = re.compile(r"(?<![가-힣])최종\s*(?:[가-힣]{0,4})?\s*(?:은|는|이|가)?\s*(?:약\s*)?$")
_FINAL_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:확정|의결|결정)")
# "사업비 120억원을 80억원으로 줄였다": the budget before, just before it in its sentence
_REVISED_GAP = re.compile(r"\s*(?:을|를)\s*")
# "1000억원 규모 회사채 … 발행액을 1500억원으로 늘렸다": the budget changed, named as the object
_OBJECT_BEFORE = re.compile(r"[가-힣](?:을|를)\s+$")
# "8억원을 편성했다가 1회 추경에서 5억원으로 줄였다": a budget set, then changed in its sentence
# ("집행부가 48억원을 요구하였으나 상임위원회에서 40억원으로 조정하였고": a sum asked, then changed)
# ("당초 본예산에 15억원을 잡았다가", "…을 세웠다가": the same, with a verb of setting a figure)
_SET_THEN = re.compile(r"\s*(?:을|를)\s*(?:(?:편성|책정|배정|계획|반영|요구|요청|신청)(?:했다가|하였다가|했으나|하였으나|했지만)"
                       r"|(?:잡았|세웠)(?:다가|으나|지만))\s")
# "510억원으로 불어났고, … 580억원으로 다시 조정됐다": a budget already changed, changed again
_CHANGED_TO = re.compile(_TO + CHANGE_VERBS)
_REVISED_REACH = 2  # sentences back


def _right_way(text: str, end: int, before: float, after: float) -> bool:
    """A budget lowered to ``after`` was higher before it, and one raised, lower."""
    if _DOWN.match(text, end):
        return before > after
    if _UP.match(text, end):
        return before < after
    return True


_SHRUNK = 4  # a budget is not revised to less than a quarter of itself
_RESTORED = re.compile(r"(?<![가-힣])(?:원래대로|원안대로|당초대로)\s*$")
# "3억5000만원 원안 유지", "5억원으로 동결": a budget kept as it was, no budget a later one changes
_KEPT_AFTER = re.compile(r"\s*(?:으로|로)?\s*(?:(?:원안|당초|전년|지난해)\s*(?:대로|수준)?\s*)?(?:유지|동결)(?![가-힣]*\s*(?:못|않))")
# "설계 변경으로 235억원이 됐고", "원래대로 8억원이 됐고": a budget as it became
_ADJUSTED_TO = re.compile(r"\s*(?:으로|로)\s*(?:조정|변경|늘|늘렸|줄|줄였|확대|축소|증액|감액)")
# "235억원이 됐고", "1020억원으로 늘었고": a budget on its way to the one a later change makes
_BECAME = re.compile(r"\s*(?:(?:이|가)\s*(?:됐|되었|돼|된)|(?:으로|로)\s*(?:한\s?차례\s*)?(?:늘었고|늘어났고|불어났고|증액됐고|올랐고|"
                     r"조정됐고|조정했고|조정됐다|조정했다|(?:조정|감액|삭감|증액)(?:하였고|되었고))|"
                     # "4500억원 투자안을 의결했으나", "9800억원을 제시했고": the figure first set
                     r"\s*(?:[가-힣]+\s){0,2}?[가-힣]*?(?:을|를)?\s*(?:의결|제시|발표|책정)(?:했으나|했지만|했고|했다가))")


def _cut_two_back(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...], float | None]],
                  j: int, lo: int) -> bool:
    """The amount before ``amounts[j]`` is a cut of the one before it ("예산 57억원 가운데 12억원을
    깎았다"), told up to two sentences before ``lo``, the start of ``amounts[j]``'s sentence: the
    budget ``amounts[j]`` ends with ("… 이에 따라 이 사업 예산은 45억원으로 확정됐다") is the one
    after that cut."""
    if j < 2 or amounts[j - 1][0] < sentences_back(text, lo, 2) or amounts[j - 1][0] >= lo:
        return False
    start, end, value, currency, *_ = amounts[j - 2]
    s2, e2 = amounts[j - 1][:2]
    after = amounts[j][2]
    return value is not None and after is not None and after < value and \
        amounts[j][3] == currency and part_cut(text, end, s2, e2)


def revised(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...], float | None]]
            ) -> dict[int, int]:
    """A budget that a later amount changes ("… 건립에 120억원을 들여야 한다고 제안했다. 시는 80억원
    규모로 줄이는 안을 검토"): the later one counts. Index → index of the amount it became. The
    budget before stands right before the change ("120억원을 80억원으로") or in the two
    sentences before, for the same project (or where either has none); a change that names
    its own budget before ("120억원에서 80억원으로") is change_cue's. ``amounts``: (start, end,
    counted value or None, currency, projects, value as written)."""
    out: dict[int, int] = {}
    for j, (start, end, value, currency, names, _w) in enumerate(amounts):
        lo, _ = sentence(text, start, end)
        # "축제 예산은 원래대로 8억원이 됐고": a budget cut and restored, the same as before
        restored = _RESTORED.search(text, max(lo, start - 10), start) is not None and \
            _BECAME.match(text, end) is not None
        if value is None or not (restored or _REVISED_AFTER.match(text, end) or (
                _FINAL_AFTER.match(text, end)
                and (_FINAL_BEFORE.search(text, max(0, start - 12), start)
                     # "10억원 깎아 25억원으로 의결했다", "… 3억원이 복원됐다. 이에 따라 예산은
                     # 37억원으로 확정됐다": a change, then the budget voted
                     or j and amounts[j - 1][0] >= sentences_back(text, lo, 1)
                     and change_cue(text, amounts[j - 1][0], amounts[j - 1][1]) == "change"
                     or _cut_two_back(text, amounts, j, lo)))):
            continue
        if j and amounts[j - 1][0] >= lo and \
                change_cue(text, amounts[j - 1][0], amounts[j - 1][1]) == "before":
            continue  # its own budget before, just before it
        # "… 예산은 2억원 줄어든 11억원으로 조정됐다": the size of its own change right before it;
        # the budget before is only one that change makes it from
        own = amounts[j - 1][5] if j and amounts[j - 1][0] >= lo and _CHANGE_SIZE_GAP.fullmatch(
            text, amounts[j - 1][1], start) else None
        reach = sentences_back(text, lo, _REVISED_REACH)
        for i in back_within(amounts, j, reach):
            s, e, v, c, owners, _ = amounts[i]
            if i in out:
                break
            if _KEPT_AFTER.match(text, e):
                break  # a budget kept, another item's: none before it is this one's
            if v is None or c != currency:
                continue
            if s >= lo and not (_REVISED_GAP.fullmatch(text, e, start)
                                or _CHANGED_TO.match(text, e)
                                or _SET_THEN.match(text, e)
                                or _OBJECT_BEFORE.search(text, max(lo, start - 4), start)):
                break  # "A에 120억원, B는 80억원으로 늘린다": two budgets
            if not _right_way(text, end, v, value) or value < v / _SHRUNK:
                # "총사업비를 500억원으로 낮추기로": not the 190억원 share before it; "청년 월세
                # 예산은 2조원으로 확정됐다" after a 600조원 budget: an item of it, not what it became
                continue
            if own is not None and not adds_up(abs(v - value), own):
                continue
            if (v != value or restored) and may_share_project(names, owners):
                out[i] = j
            break
    return out


# "2억원 줄어든 ", "3억원을 늘린 ": a change's size told right before the budget it made
_CHANGE_SIZE_GAP = re.compile(r"\s*(?:이|가|을|를)?\s*(?:줄어든|늘어난|줄인|늘린|깎인|삭감된|증액된|감액된)\s*")
_BY_CHANGE_REACH = 6  # sentences (a minute's speakers) back to the budget a change made


def revised_by_change(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                      ) -> dict[int, int]:
    """A budget revised or voted (…으로 수정 의결, …으로 확정) to the figure that a change told
    between them makes of an earlier one exactly ("예산안 5,832억원 … 17억3000만원을 삭감 …
    5,814억7000만원으로 수정 의결"), further back than :func:`revised` looks: index → index of
    the amount it became. ``amounts``: (start, end, counted value or None, currency, value as
    written)."""
    out: dict[int, int] = {}
    for j, (start, end, value, currency, _w) in enumerate(amounts):
        if value is None or not (_REVISED_AFTER.match(text, end) or _FINAL_AFTER.match(text, end)):
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], _BY_CHANGE_REACH)
        for k in back_within(amounts, j, reach):
            ks, ke, _v, kc, change = amounts[k]
            if change is None or kc != currency or change_cue(text, ks, ke) != "change":
                continue
            found = next((i for i in back_within(amounts, k, reach)
                          if (v := amounts[i][2]) is not None and amounts[i][3] == currency
                          and i not in out and not _KEPT_AFTER.match(text, amounts[i][1])
                          and (adds_up(value, v - change)
                                                or adds_up(value, v + change))), None)
            if found is not None:
                out[found] = j
                break
    return out


def items_of_revised(text: str, amounts: list[tuple[int, int, float | None, str, float | None]],
                     changed: set[int]) -> dict[int, int]:
    """The items of a sum that a later figure changes ("설계비 10억원, 공사비 140억원 등 모두 150억원을
    요구했습니다 … 30억원을 감액하여 120억원으로"): the counted amounts before it in its sentence,
    two at least, that add up to it exactly as written; index → index of the sum (one of
    ``changed``).
    ``amounts``: (start, end, counted value or None, currency, value as written)."""
    out: dict[int, int] = {}
    for i in changed:
        start, end, _v, currency, written = amounts[i]
        lo = sentence(text, start, end)[0]
        items = [k for k in range(i) if amounts[k][0] >= lo and amounts[k][3] == currency
                 and amounts[k][4] is not None]
        if written is not None and len(items) >= 2 and \
                all(amounts[k][2] is not None for k in items) and \
                adds_up(written, sum(amounts[k][4] or 0.0 for k in items)):
            out.update(dict.fromkeys(items, i))
    return out


# "○ 주요 증액 사업: … 45억원, … 38억원" after "327억원 증가": what an increase or a cut is made of
_CHANGE_ITEMS = re.compile(r"(?<![가-힣])(?:주요\s*)?((?:증액|감액|삭감|증가|추가)(?:된|한)?\s*(?:주요\s*)?"
                           r"(?:사업|내역|항목|분야)|"
                           # "늘어난 예산은 … 45억원 … 등에 쓰인다": what the increase goes to
                           r"(?:늘어난|늘린|불어난|증액된|줄어든|줄인|깎인|삭감된)\s*(?:예산|금액|재원|돈)|증액분|감액분)"
                           r"(?:은|는|으로는|에는)?\s*[:：]?")
_CHANGE_ITEMS_REACH = 3  # sentences (or a release's lines) back to the change


def change_items(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                 ) -> dict[int, tuple[int, str]]:
    """Amounts a text lists as the items of an increase or a cut it gave before ("기정 예산 대비
    327억원 증가 … 주요 증액 사업: A 45억원, B 38억원"): index → (index of the change, the words
    that say so). They are in the budget after the change, which counts; only where they add
    up to no more than the change. ``amounts``: (start, end, counted value or None, currency,
    value as written)."""
    out: dict[int, tuple[int, str]] = {}
    for j, (start, end, value, currency, _) in enumerate(amounts):
        if value is None or j in out:
            continue
        lo, hi = sentence(text, start, end)
        cue = _CHANGE_ITEMS.search(text, lo, start)
        if cue is None:
            continue
        items = [k for k in range(j, len(amounts)) if amounts[k][0] < hi
                 and amounts[k][2] is not None and amounts[k][3] == currency]
        reach = sentences_back(text, lo, _CHANGE_ITEMS_REACH)
        for i in back_within(amounts, j, reach):
            s, e, _v, c, size = amounts[i]
            if c == currency and size is not None and change_cue(text, s, e) == "change":
                if sum(amounts[k][2] or 0.0 for k in items) <= size * (1 + 1e-9):
                    out.update({k: (i, cue.group(1)) for k in items})
                break
    return out


def stepped(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
            ) -> dict[int, int]:
    """A budget on its way (…이 됐고, …으로 늘었고, …을 제시했고, …투자안을 의결했으나) that
    its own sentence adjusts to a later figure ("9800억원을 제시했고, … 1조500억원으로
    조정했다"), or that a change told right after it (in its sentence or the next) turns into
    another budget of the text ("설계 변경으로 235억원이 됐고, 올해 … 36억원이 다시 더해졌다"
    beside 271억원): index → index of the budget it became. ``amounts``: (start, end, counted
    value or None, currency, value as written) in text order."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, _w) in enumerate(amounts):
        # (a table's row gives its change in a column of its own)
        if value is None or on_table_row(text, start) or not _BECAME.match(text, end):
            continue
        own_end = sentence(text, start, end)[1]
        hi = next_sentence_end(text, own_end)
        # "4900억원을 제시했고, … 5200억원으로 조정했다": the figure it became, in its sentence
        to = next((j for j in range(i + 1, len(amounts)) if amounts[j][0] < own_end
                   and amounts[j][2] is not None and amounts[j][3] == currency
                   and _ADJUSTED_TO.match(text, amounts[j][1])), None)
        if to is not None:
            out[i] = to
            continue
        for j in range(i + 1, len(amounts)):
            s, e, v, c, written = amounts[j]
            if s >= hi:
                break
            if v is not None or written is None or c != currency or \
                    change_cue(text, s, e) != "change":
                continue
            became = next((k for k, a in enumerate(amounts) if k != i and a[2] is not None
                           and a[3] == currency and (adds_up(a[2], value + written)
                                                     or adds_up(a[2], value - written))), None)
            if became is not None:
                out[i] = became
            break
    return out


# "시장이 제출한 2027년도 본예산안 1조 2,480억원": a budget proposed, before its vote
_PROPOSED = re.compile(r"(?<![가-힣])(?:제출한|제출된|편성한)?\s*(?:[가-힣\d]{1,8}\s)?(?:본예산안|예산안|정부안|"
                       r"추경안|요구안|제출안|원안)(?:은|는|을|를)?\s*(?:총\s*)?(?:\d[\d,]*[가-힣]{0,2}분\s*)?$")
# "매입비 96억원을 요청드립니다": a sum asked for, in minutes, before the vote
_ASKED_AFTER = re.compile(r"\s*(?:을|를)\s*(?:요청|신청|요구)")
# "집행부가 요구한 45억원 가운데": the same, its word before it
_ASKED_BEFORE = re.compile(r"(?<![가-힣])(?:요구|요청|신청)(?:한|된)\s*$")
# "… 예산은 1조 2,446억4천만원으로 수정 의결함": the budget voted
# ("… 사업은 33억원으로, … 제작비는 전액 삭감으로 가결되었음을": one vote for a list of decisions)
_VOTED = re.compile(r"\s*(?:으로|로)\s*(?:,\s[^.\n\d]{0,40}?(?:으로|로)\s*)?(?:수정\s?)?(?:확정|의결|가결|통과)")


def decided(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
            ) -> dict[int, int]:
    """A budget proposed (본예산안, 정부안 … N원) and the budget voted in its place, anywhere
    later in the text and within a quarter of it ("… 1조 2,446억4천만원으로 수정 의결함"): index of
    the proposal → index of the vote. ``amounts``: (start, end, counted value or None,
    currency, value as written) in text order."""
    out: dict[int, int] = {}
    for j, (_start, end, counted, currency, voted) in enumerate(amounts):
        # (a vote that tells again a figure the meeting named, told_again.said_again's, still
        # takes the proposal's place)
        value = counted if counted is not None else voted
        if value is None or not _VOTED.match(text, end):
            continue
        for i in range(j - 1, -1, -1):
            s, e, v, c, written = amounts[i]
            if written is None or c != currency or i in out:
                continue
            if (_PROPOSED.search(text, max(0, s - 24), s) or _ASKED_AFTER.match(text, e)
                    or _ASKED_BEFORE.search(text, max(0, s - 8), s)) and \
                    written != value and (abs(written - value) <= written / _SHRUNK or any(
                        adds_up(abs(written - value), amounts[k][4] or 0.0) for k in range(i + 1, j))):
                # (further off where the change is told between: "45억원 가운데 … 12억원을 감액")
                out[i] = j
                break
    return out
