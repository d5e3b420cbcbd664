"""Amounts that other amounts of the same document already hold: a rate that a count and a sum
give away, an amount said again, a table's sum or row given again in the text, a total listed
with its parts. :func:`restated` runs the passes in order for ``models.export.report_data``;
CONTEXT.md ("How amounts are counted") says what each means for a researcher's totals."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from models.export import parts_after, told_again
from models.export.budget_parts import borrowed_for, budget_items, included_after
from models.export.change_cue import grown_from, size_told_first
from models.export.changes import (
    change_items,
    change_parts,
    decided,
    items_of_revised,
    revised,
    revised_by_change,
    stepped,
    tranches,
)
from models.export.cuts import (
    cut_entirely,
    cut_in_budget,
    cut_of_item,
    cut_remains,
    cut_without_after,
)
from models.export.dedupe import (
    EACH_BEFORE,
    NUMBER_UNITS,
    SENTENCE_END,
    SHARE,
    TOTAL,
    rate_cue,
)
from models.export.grown_to import grown_to
from models.export.named_again import named_again
from models.export.parts import (
    BESIDES,
    beside_shares,
    bracket_again,
    matched_parts,
    pointed_parts,
    share_told_before,
    source_sums,
    sources_of,
    sub_items,
    total_again,
)
from models.export.rates_by_count import rated_share, rates_by_count, yearly_in_total
from models.export.sentences import (
    adds_up,
    sentence,
    sentences_ahead,
    sentences_back,
)
from models.export.shared_cost import each_of_split, split_whole_again
from models.export.table_sums import (
    cell_parts,
    cell_shares,
    column_parts,
    indented_parts,
    items_of_total,
    row_parts,
    row_sums,
    split_again,
    table_sums,
    table_twins,
)
from models.export.worked_out import worked_out
from models.nlp.list_marks import ITEM_LINE, ITEM_MARK_IN
from models.nlp.relation_words import POINTS_BACK
from models.nlp.table_money import column_head, on_table_row, summed_lists

# (start, end, counted value or None, currency, project names, role, value as written or None)
AmountFacts = tuple[int, int, float | None, str, tuple[str, ...], str, float | None]


@dataclass
class Held:
    """What :func:`restated` found: amounts other amounts hold (index → reason and its
    argument), and amounts that count at another value (index → value, reason, argument)."""

    out: dict[int, tuple[str, Any]] = field(default_factory=dict)
    adjusted: dict[int, tuple[float, str, Any]] = field(default_factory=dict)


def restated(text: str, amounts: list[AmountFacts], head_end: int | None = None) -> Held:
    """Amounts that other amounts of the same document already hold, in the order they are
    looked for: ("rate", the count it is paid for), ("table_sum", how many), ("table_twin",
    index of the table's amount), ("again", index of the amount said first), ("change_part",
    indices of the budgets before and after the change it makes up), ("tranche", (index of the
    whole, the word that says so)), ("revised", index of the amount it became, or of what
    remains of it after a cut), ("cut_all", index of the amount that cuts it entirely),
    ("cut_rest", index of a share that a cut left this much of),
    ("sum_of", indices of the parts), ("part", (index of the whole, the word that points to
    it)); and amounts that count at another value: ("each", (who, how many)) paid by each of
    several payers, ("cut", the amount cut) less a cut the text gives without the budget after
    it, or a cut of the item's project told later. ``amounts``:
    :data:`AmountFacts` in text order; each pass sees the amounts the passes before it took out
    as not counted, and the parts of a total are added up at their adjusted values."""
    values = [a[2] for a in amounts]
    held = Held()

    # what the passes were given, kept until a pass takes an amount out (most take none; no
    # pass changes the list it is given)
    given: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}

    def take(found: dict[int, Any], key: str) -> None:
        for i, arg in found.items():
            held.out[i] = (key, arg)
            values[i] = None
        if found:
            given.clear()

    def now(*more: int) -> list[tuple[Any, ...]]:
        """Each amount's start, end, value as counted so far and currency, then its fields
        ``more`` (indices into :data:`AmountFacts`): what a pass is given."""
        if more not in given:
            given[more] = [(a[0], a[1], values[i], a[3], *(a[c] for c in more))
                           for i, a in enumerate(amounts)]
        return given[more]

    # first: a line that works a sum out says itself what is a rate
    rates, again = worked_out(text, now())
    take(rates, "rate")
    take(again, "again")
    take(rates_by_count(text, now()), "rate")
    take(yearly_in_total(text, now(5)), "rate")
    take(row_sums(text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]), "table_sum")
    take({i: (cell, column_head(text, amounts[i][0]) or "열") for i, cell in column_parts(
        text, [(a[0], values[i], a[3], a[6]) for i, a in enumerate(amounts)]).items()}, "part")
    take(table_sums(text, [(a[0], values[i], a[3], a[6]) for i, a in enumerate(amounts)]),
         "table_sum")
    take(items_of_total(text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]), "part")
    take(table_twins(text, [(a[0], values[i], a[3], a[4]) for i, a in enumerate(amounts)]),
         "table_twin")
    take({i: (cell, "하위 항목") for i, cell in indented_parts(
        text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]).items()}, "part")
    take({i: (cell, "가운데") for i, cell in row_parts(
        text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]).items()}, "part")
    take({i: (cell, "한 칸의 몫") for i, cell in cell_shares(
        text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]).items()}, "part")
    in_cell, of_table = cell_parts(text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)])
    take({i: (cell, "산출 내역") for i, cell in in_cell.items()}, "part")
    take(of_table, "table_part")
    take(split_again(text, [(a[0], values[i], a[3]) for i, a in enumerate(amounts)]), "table_part")
    take({i: (w, "포함") for i, w in parts_after.included(text, [
        (a[0], a[1], values[i], a[3], a[6]) for i, a in enumerate(amounts)]).items()}, "part")
    take(told_again.worked_out_said(text, now()), "again")
    take(told_again.said_again(text, now(4)), "again")
    take(named_again(text, now(4, 6)), "again")
    take(told_again.field_told_again(text, now()) | told_again.outlet_again(text, now()), "again")
    take(told_again.term_again(text, now(4)), "again")
    take(split_whole_again(text, now()), "again")
    take(told_again.bound_again(text, now(6)), "again")
    take(total_again(text, now(5, 4)), "again")
    take(bracket_again(text, now(6)), "again")
    take(share_told_before(text, now(6)), "again")
    take(change_parts(text, now(6)), "change_part")
    take(size_told_first(text, now(6)), "change_part")
    grown, grown_before = grown_to(text, now())
    take(grown, "part")  # 1,245억원 … 이로써 총예산은 1조 8,720억원으로 늘었다
    take(grown_before, "revised")  # 22억원만 반영 … 5억원이 편성되면서 27억원으로 늘었다
    take(tranches(text, now(4)), "tranche")
    take(revised(text, now(4, 6)), "revised")
    take(revised_by_change(text, now(6)), "revised")
    take(grown_from(text, now(6)), "revised")
    take(stepped(text, now(6)), "revised")
    take(cut_entirely(text, now(4, 6)), "cut_all")
    cut_to, cut_rest = cut_remains(text, now(6))
    take(cut_to, "revised")
    # (what an amount already became is no share left of it: "공원 정비 15억원 … 4억원을 깎은
    # 11억원으로 의결")
    take({j: i for j, i in cut_rest.items() if held.out.get(i) != ("revised", j)}, "cut_rest")
    take(change_items(text, now(6)), "part")
    # (a share: not counted before these passes, nor held by one of them)
    take(parts_after.share_split(text, [(a[0], a[1], values[i], a[3], a[6],
                                        a[2] is None and i not in held.out)
                                       for i, a in enumerate(amounts)]), "part")
    # (what each pays of a whole split just before: a part of it, not paid again by each)
    take(each_of_split(text, now(6)), "part")
    for i, (n, who) in paid_by_each(text, [(a[0], values[k] is not None)
                                          for k, a in enumerate(amounts)]).items():
        held.adjusted[i] = (values[i] * n, "each", (who, n))  # type: ignore[operator]
    cuts = cut_without_after(text, now(6))
    for i, cut in cut_of_item(text, now(4, 6, 5)).items():
        cuts.setdefault(i, cut)
    for i, cut in cuts.items():
        held.adjusted[i] = (values[i] - cut, "cut", cut)  # type: ignore[operator]
    take(cut_in_budget(text, now(6),
                       cuts), "part")
    for i, (value, _, _) in held.adjusted.items():
        values[i] = value
    given.clear()
    take(beside_shares(text, now(5, 6)), "part")
    # before the lists: a total that holds a sum matched may list its items too ("112억원을 …
    # 여기에 군비 28억원을 더해 모두 140억원 … 64억원, 38억원, …")
    take(matched_parts(text, now(5, 6)), "part")
    found = breakdowns(text, now(5))
    if cuts:  # "… 13억원, 총 100억원 … 5억원을 삭감": the list adds up before the cut
        in_lists = {k for parts in found.values() for k in parts} | set(found)
        for i, parts in breakdowns(text, [(a[0], a[1], a[2] if k in cuts else values[k], a[3],
                                           a[5]) for k, a in enumerate(amounts)]).items():
            if in_lists.isdisjoint([i, *parts]):
                found[i] = parts
    take(found, "sum_of")
    take(source_sums(text, now()), "sum_of")
    take(raised_parts(text, now()), "part")
    take(parts_after.cost_topic_parts(text, now()), "part")
    listed = {k for key, arg in held.out.values() if key == "sum_of" for k in arg}
    take(sources_of(text, now(6),
                    listed), "part")
    totals = {i: amounts[i][2] or 0.0 for i, (key, _) in held.out.items()
              if key == "sum_of" and amounts[i][2] is not None}
    take(pointed_parts(text, now(4), listed, totals), "part")
    take(parts_after.split_again(text, now(6), found), "part")
    take(sub_items(text, now(),
                   {i: a[6] for i, a in enumerate(amounts) if a[6] is not None
                    and held.out.get(i, ("",))[0] in ("table_twin", "again")}), "part")
    take(parts_after.rest_with_part(text, now(6)), "part")
    take(parts_after.sums_ahead(text, now(6),
                               {k: arg[0] for k, (key, arg) in held.out.items() if key == "part"},
                               head_end), "part")
    take(parts_after.rated_items(text, amounts, values), "part")
    take(rated_share(text, now(6)), "part")
    for found, key in told_again.bond_issues(text, now(6)):
        take(found, key)
    take(parts_after.run_after(text, now(),
                               head_end), "part")
    take(borrowed_for(text, now()), "part")
    take(included_after(text, now()), "part")
    take(parts_after.funding_part(text, now()), "part")
    take(parts_after.added_parts(text, now(6)), "part")
    take(parts_after.fraction_whole_again(text, now(6)), "again")
    take(parts_after.fraction_parts(text, now(6)), "part")
    take(parts_after.percent_parts(text, now()), "part")
    take(parts_after.ratio_field_parts(text, now()), "part")
    take(budget_items(text, now()), "part")
    # last: the items of a proposal stay its parts once the vote replaces it
    take(decided(text, now(6)), "revised")
    take(asked_then_revised(text, now(), held.out), "revised")
    # the items of a sum a later figure changed go with it
    take({k: (i, "바뀌기 전") for k, i in items_of_revised(text, now(6), {
        i for i, (key, _) in held.out.items() if key == "revised"}).items()}, "part")
    for i in held.out:
        held.adjusted.pop(i, None)
    return held


def asked_then_revised(text: str, amounts: list[tuple[Any, ...]],
                       held: dict[int, tuple[str, Any]]) -> dict[int, int]:
    """A figure a question asks about (본예산이 85억 원이었죠?) that the answer right after gives
    again as the budget it changed (85억 원으로 편성했다가 … 102억 원): changed too, to what the
    answer's telling became. Index → index of that amount. ``amounts``: (start, end, counted
    value or None, currency)."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency) in enumerate(amounts):
        lo, hi = sentence(text, start, end)
        if value is None or text[hi:hi + 1] not in ("?", "？"):
            continue
        ahead = sentences_ahead(text, hi + 2, 0)  # past "?" and its blank: the answer
        for j in range(i + 1, len(amounts)):
            if amounts[j][0] >= ahead:
                break
            if held.get(j, ("",))[0] == "revised" and amounts[j][3] == currency and \
                    text[amounts[j][0]:amounts[j][1]] == text[start:end]:
                out[i] = held[j][1]
                break
    return out


# A mark that opens an item of a list: ▲ and its kin anywhere, "-", "1)" or "①" at a line's start.
# the sentence after a total that says where it comes from or what it holds
_POINTING = re.compile(POINTS_BACK + r"|(?<![가-힣])(?:이를 위한|이 돈|이 예산|재원으로|내역은|"
                       r"[가-힣]{1,3}별로는)")
# parts that say who pays the whole: "도가 840억원, 시가 360억원을 부담한다"
_SHARING = re.compile(parts_after.PAY_WORDS + r"|마련|충당|출자|출연|"
                      r"쓰인다|쓰이고|쓰이며|배정됐|배정된다|배정되고|들어간다|들어가고|투입된다|사용된다|"
                      r"꾸려졌|꾸려진다|꾸렸|이뤄졌|이뤄진다|이루어졌|구성됐|구성된다")
# a total after its parts: "… 등 400억원", "… 등 3개 사업에 90억원"; "두 사업을 합치면 1500억원"
_CLOSING = re.compile(r"(?<![가-힣])등\s*(?:[가-힣\d]{1,3}\s*(?:개|건|곳|가지)\s*)?(?:사업|과제|분야|항목)?"
                      r"\s*(?:에|에는|으로|로)?\s*(?:모두|총|약)?\s*$")
_SUMMED = re.compile(r"(?:합치면|합하면|더하면|모두 합해|합산하면|(?<![가-힣])(?:합친|합한)|"
                     # "세 노선의 총사업비는 4조2000억원으로": the cost of the items just listed
                     r"(?<![가-힣])(?:두|세|네|다섯|여섯|[2-9]개)\s?[가-힣]{0,4}의\s?(?:총사업비|사업비|예산|총액)"
                     r"(?:은|는|이|가)?|"
                     # "4개 사업에 총 129억5천만원이 들어가며": the cost of the items just listed
                     r"(?<![가-힣\d])(?:두|세|네|다섯|여섯|[2-9])\s?개\s?(?:사업|과제)(?:에|을|를|의)\s*(?=총|모두))"
                     r"\s*(?:모두|총|약)?\s*$")
_BLANK_LINE = re.compile(r"\n\s*\n")
_OPENS_BRACKET = re.compile(r"\s*[(（]")
_IN_BRACKET = re.compile(r"\s*[(（][^()（）\n]{0,30}")
# How far after its total a list of parts may run (a paragraph of ▲ items).
_PARTS_REACH = 400


def breakdowns(text: str, amounts: list[tuple[int, int, float | None, str, str]]
               ) -> dict[int, list[int]]:
    """Amounts that a list of the text's other amounts adds up exactly: index of the total →
    indices of its parts. ``amounts``: (start, end, counted value or None, currency, role of
    :func:`amount_role`) in text order.

    * parts listed after their total, each item opened by a mark ("5년간 2조5천억원을 투입해
      ▲A(1조8천억원) ▲B(7천억원)"), or in its sentence after 총/모두 ("총 3000억원을 들여 A에
      1200억원, B에 1800억원");
    * parts before a total of 총/모두 in the same sentence ("A 800억원, B 400억원 등 모두
      1200억원").

    Two amounts at least, all counted, in one currency and not on a table's row (tables are
    :func:`table_sums`'s); years of a budget ("지난해 100억원, 올해 50억원, 내년 50억원") make
    no list: no mark, no 총. A part of a list may have its own list, on lines of another mark
    ("■ 생활안전: 84억원" and its "- …" lines)."""
    out: dict[int, list[int]] = {}
    taken: set[int] = set()
    summed_items = summed_lists(text)  # "- 국비: 1,500 / - 도비: 450 / - 군비: 1,050 / - 계: 3,000"
    for i, (_start, _end, value, _currency, role) in enumerate(amounts):
        if value is None or on_table_row(text, amounts[i][0]):
            continue
        if i in taken:
            # "■ 생활안전: 84억원" under a total, with its own items under it ("- …: 29억4천만원")
            parts = _parts_after(text, amounts, i, True)
            own = _line_mark(text, amounts[i][0])
            if own is not None and parts is not None and not taken.intersection(parts) and all(
                    _line_mark(text, amounts[j][0]) not in (None, own) for j in parts):
                out[i] = parts
                taken.update(parts)
            continue
        parts = _parts_after(text, amounts, i, role == TOTAL or _topic_shared(text, *amounts[i][:2])
                             or _divided(text, *amounts[i][:2]))
        near = text[max(0, amounts[i][0] - 22):amounts[i][0]]
        summed = _SUMMED.search(near) is not None
        if parts is None and (role == TOTAL or summed or _CLOSING.search(near)):
            # "▲A(1500억원) ▲B(200억원)을 공약했다. … 모두 1700억원": items in the sentence before
            lo = sentence(text, amounts[i][0], amounts[i][1])[0]
            items = role == TOTAL and ITEM_MARK_IN.search(text, sentences_back(text, lo, 1), lo)
            parts = _parts_before(text, amounts, i, summed or bool(items), lines=summed)
            if parts is None and role == TOTAL:
                # "… 1800억원, … 700억원을 투입하겠다. … 재원은 모두 2조원이다": three parts or
                # more in the sentence before add up to it, which chance hardly does
                parts = _parts_before(text, amounts, i, True, lines=True)
                parts = parts if parts is not None and len(parts) >= 3 else None
        if parts is not None and any(amounts[i][0] in items and all(amounts[j][0] in items for j in parts)
                                     for items in summed_items):
            continue  # items of a list whose own 계 line sums them all: parts, none a sum
        if parts is not None and not taken.intersection(parts):
            out[i] = parts
            taken.update(parts)
            taken.add(i)
    return out


_TOPIC = re.compile(r"\s*(?:은|는)\s")


def _topic_shared(text: str, start: int, end: int) -> bool:
    """"사업비 32억원은 주민 출자 12억원과 군 보조금 20억원으로 마련한다": the amount is the topic
    of a sentence that says how it is shared, so its parts follow in that sentence."""
    return _TOPIC.match(text, end) is not None and \
        _SHARING.search(text, end, sentence(text, start, end)[1]) is not None


_OBJECT = re.compile(r"\s*(?:을|를)\s")
_DIVIDE = re.compile(r"나눠|나누어|나눈다|배분|쪼개")


def _divided(text: str, start: int, end: int) -> bool:
    """"기금 150억 원을 A시 60억 원, B시 50억 원, C군 40억 원으로 나눠": the amount is what its
    sentence divides, so its parts follow in that sentence."""
    return _OBJECT.match(text, end) is not None and \
        _DIVIDE.search(text, end, sentence(text, start, end)[1]) is not None


def raised_parts(text: str, amounts: list[tuple[int, int, float | None, str]]
                 ) -> dict[int, tuple[int, str]]:
    """Amounts after a total that is the topic of a sentence saying how it is raised, where
    they add up to less than it ("구축비 9억8000만원은 … 사업비 5억원과 시비로 충당했다": the rest
    is named without an amount): index → (index of the total, the word that says so). Parts
    that add up to it exactly are :func:`breakdowns`'."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, total, currency) in enumerate(amounts):
        if total is None or i in out or not _topic_shared(text, start, end):
            continue
        # the parts stand before the sentence's last word of sharing ("28억원은 국비로 충당하고,
        # 군은 … 2천만원만 쓴다": what follows it is money of a clause of its own)
        said = list(_SHARING.finditer(text, end, sentence(text, start, end)[1]))
        assert said
        parts = [j for j in range(i + 1, len(amounts)) if amounts[j][0] < said[-1].start()
                 and amounts[j][2] is not None and amounts[j][3] == currency]
        if parts and sum(amounts[j][2] or 0.0 for j in parts) < total:
            out.update({j: (i, said[0].group()) for j in parts})
    return out




_CIRCLED = re.compile(r"[①-⑳]")


def _line_mark(text: str, pos: int) -> str | None:
    """The kind of mark (and indent) that opens the line holding ``pos``, None for a line of
    prose: numbered items are one kind whatever their number ("1.", "2."; "①", "②")."""
    m = ITEM_LINE.match(text, text.rfind("\n", 0, pos) + 1)
    if m is None:
        return None
    return _CIRCLED.sub("①", re.sub(r"\d+", "1", m.group().replace("\t", "    ")))


def _parts_after(text: str, amounts: list[tuple[int, int, float | None, str, str]], i: int,
                 total_word: bool) -> list[int] | None:
    start, end, total, currency, _ = amounts[i]
    assert total is not None
    acc, prev_end = 0.0, end
    parts: list[int] = []
    bare = False  # the parts stand in the next sentence, which does not point back
    level: str | None = None  # the mark that opens the lines of the parts (■), if any
    # "예산은 21억원으로, 시비 15억원과 도비 6억원으로 마련됐다": its sentence says who pays it;
    # "1조 2,443억원(일반회계 9,870억원, 특별회계 2,573억원)": its parts in brackets after it
    total_word = total_word or _SHARING.search(text, end, sentence(text, start, end)[1]) is not None \
        or _OPENS_BRACKET.match(text, end) is not None
    for j in range(i + 1, len(amounts)):
        s, e, v, c, _ = amounts[j]
        gap = text[prev_end:s]
        if v is None and (_IN_BRACKET.fullmatch(text, prev_end, s) or rate_cue(text, s, e)):
            # "4,215억원(기정 예산 대비 327억원 증가)": said of the total, not a part; "29억4천만원
            # (대당 700만원)": said of a part; "교실당 1800만원씩 들어가는 구축비 …": a rate
            continue
        mark = _line_mark(text, s)
        if parts and level is not None and mark is not None and mark != level:
            prev_end = e
            continue  # "■ 생활안전: 84억원 / - CCTV 확충: 29억4천만원": an item of a part
        if v is None or c != currency or s - end > _PARTS_REACH or _BLANK_LINE.search(gap) \
                or on_table_row(text, s):
            return None
        if ITEM_MARK_IN.search(gap):
            pass
        elif j == i + 1 and len(SENTENCE_END.findall(gap)) == 1:
            if BESIDES.search(gap):
                return None  # "이 사업 예산은 120억원이다. 이 밖에 … 90억원, … 30억원": other items
            # "… 84억원을 지급한다. 이를 위해 기금 40억원과 …", "모두 1120억원을 쓴다. 일자리
            # 분야가 480억원으로 가장 많고 주거 350억원, …": that sentence on
            bare = not (total_word or _POINTING.search(gap))
            total_word = True
        elif not total_word or SENTENCE_END.search(gap):
            return None
        if not parts:
            level = mark
        parts.append(j)
        acc += v
        if adds_up(total, acc):
            # two amounts of a sentence that neither points back nor follows 총/모두 may add up
            # to the one before by chance; three hardly
            shared = _SHARING.search(text, s, sentence(text, s, e)[1]) is not None
            return parts if len(parts) >= (3 if bare and not shared else 2) else None
        if acc > total:
            return None
        prev_end = e
    return None


def _parts_before(text: str, amounts: list[tuple[int, int, float | None, str, str]], i: int,
                  summed: bool, lines: bool = False) -> list[int] | None:
    """The parts before a total, in its sentence; or in the one before where the total's own
    sentence sums them up ("… 1100억원을 쓴다. 두 사업을 합치면 1500억원이다"), also on the line
    before where it says so in words (``lines``: "세 노선의 총사업비는")."""
    start, _end, total, currency, _ = amounts[i]
    assert total is not None
    acc, parts, next_start = 0.0, [], start
    ends = 1 if summed else 0  # sentence ends the parts may lie behind
    for j in range(i - 1, -1, -1):
        s, e, v, c, _ = amounts[j]
        gap = text[e:next_start]
        ends -= len(SENTENCE_END.findall(gap))
        if v is None and (rate_cue(text, s, e) or _IN_BRACKET.fullmatch(text, amounts[j - 1][1], s)):
            next_start = s
            continue  # "다함께돌봄센터 2곳 신설 9억원(1곳당 4억5천만원)": a rate among the parts
        if v is None or c != currency or ends < 0 or ("\n" in gap and not lines) \
                or on_table_row(text, s):
            return None
        parts.append(j)
        acc += v
        if adds_up(total, acc):
            return sorted(parts) if len(parts) >= 2 else None
        if acc > total:
            return None
        next_start = s
    return None


def row_list(rows: list[int]) -> str:
    """"12~14" for rows that follow each other, else "12, 15"."""
    if rows == list(range(rows[0], rows[0] + len(rows))):
        return f"{rows[0]}~{rows[-1]}"
    return ", ".join(map(str, rows))


def shares_in_totals(rows: list[tuple[bool, int, str, str, list[str], str, float | None]],
                     given_up: Collection[int] = ()) -> dict[int, int]:
    """국비/지방비 shares of a project whose 총사업비 is in this document, and of no project,
    shares of a total in the same sentence (일반회계 N원 등 총 M원): index → the total's row.
    ``rows``: (counted, row number, currency, sentence, project names, role, value); a share
    is no larger than its total ("국비 4320억원" of a programme is no share of a city's 160억원
    from it); ``given_up``:
    rows of totals that do not count as a plan given up or changed ("국비 250억원과 시비
    250억원 등 모두 500억원을 들일 계획이었으나"), which hold the shares before them only."""
    def groups(currency: str, said: str, names: list[str]) -> list[tuple[str, str]]:
        return [(n, currency) for n in names or [f"\0{said}"]]

    totals: dict[tuple[str, str], tuple[int, float | None]] = {}
    for counted, row, currency, said, names, role, value in rows:
        if role == TOTAL and (counted or row in given_up):
            for key in groups(currency, said, names):
                totals.setdefault(key, (row, value))
    out: dict[int, int] = {}
    for i, (counted, row, currency, said, names, role, value) in enumerate(rows):
        if totals and role == SHARE and counted:
            total = next((totals[k] for k in groups(currency, said, names) if k in totals), None)
            if total is None or (value is not None and total[1] is not None and value > total[1]):
                continue
            if total[0] not in given_up or row < total[0]:
                out[i] = total[0]
    return out


# the payers: "두 기관", "세 곳" …
_NUMBER_WORDS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "양": 2}
_PAYERS = re.compile(r"(?<![가-힣])(두|세|네|다섯|여섯|양|[2-6])\s*(?:개\s*)?(기관|곳|단체|기업|회사|시|군|구|도|"
                     r"시도|시군|시·군|지자체|자치단체|나라|국가|부처|대학|병원|은행|재단|사|측)"
                     r"(?:은|는|이|가|도|에서)?(?![가-힣])")
# "해올시와 해올군은": a sentence that opens with a list of subjects
_SUBJECTS = re.compile(r"\s*((?:[가-힣A-Za-z0-9]{2,12}\s?(?:와|과|,|·|및)\s?){1,5}[가-힣A-Za-z0-9]{2,12})"
                       r"(?:은|는|이|가)\s")
_LIST_SEP = re.compile(r"\s?(?:와|과|,|·|및)\s?")


_RESPECTIVE = re.compile(NUMBER_UNITS + r"원\s*(?:과|와|,)\s*\d")


def paid_by_each(text: str, amounts: list[tuple[int, bool]]) -> dict[int, tuple[int, str]]:
    """Counted amounts that each of several payers pays ("해올시와 해올군은 … 각각 150억원을",
    "두 기관은 … 각각 50억원을"): index → (how many, who). The payers: "두 기관" and its kin in
    the sentence or the one before, else a list of subjects opening the sentence."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, counted) in enumerate(amounts):
        if not counted or not EACH_BEFORE.search(text, max(0, start - 6), start) or \
                _RESPECTIVE.match(text, start):
            continue  # "각각 320억원과 95억원을": one amount for each, not the same for all
        lo, _ = sentence(text, start, start)
        prev_lo = sentence(text, max(0, lo - 2), max(0, lo - 2))[0]
        named = list(_PAYERS.finditer(text, lo, start)) or list(_PAYERS.finditer(text, prev_lo, lo))
        if named:
            word, kind = named[-1].group(1), named[-1].group(2)
            out[i] = (_NUMBER_WORDS.get(word) or int(word),
                      f"{word}{kind}" if word.isdigit() else f"{word} {kind}")
            continue
        subjects = _SUBJECTS.match(text, lo, start)
        if subjects:
            n = len(_LIST_SEP.split(subjects.group(1)))
            out[i] = (n, subjects.group(1))
    return out
