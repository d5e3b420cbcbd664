"""PART_OF: shares of a whole amount, for ``models.nlp.relations``.

Two orders: the whole first, then its shares ("총사업비 1조원 가운데 국비 7700억원", the share's
funding source before it or a cue such as 가운데, in its sentence or the next; "이 가운데 국비 N원" with no whole so named takes
the nearest larger amount before it); and the shares
first, closed by 등 or 포함해 before the whole ("도비 450억원 등 모두 1200억원", "국비 300억원과
시비 200억원 등 총 700억원"). A share with no project of its own funds its whole's project, and
a whole with none funds its shares'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from models.domain import AMOUNT_FOR, FUNDING_SOURCES, PART_OF, Relation, Span
from models.nlp.list_marks import ITEM_LINE
from models.nlp.relation_words import (
    APART_AFTER,
    FUNDING_BEFORE,
    PART_CUE,
    POINTS_BACK,
    REST_BEFORE,
    WHOLE_AFTER,
    WHOLE_BEFORE,
)
from models.nlp.table_money import has_table, table_amounts


class _Relations(Protocol):
    """What this reads of ``models.nlp.relations``' pass (and the list it adds to)."""

    text: str
    table_text: str  # the text as the table readers see it (models.nlp.aligned_tables)
    spans: Sequence[Span]
    links: Sequence[Relation]
    out: list[Relation]

    def sent(self, pos: int) -> int: ...

    def sent_bounds(self, sid: int) -> tuple[int, int]: ...

# between the last share and its whole: "450억원 등 총 ", "450억원을 포함해 모두 "
_LAST_GAP = re.compile(r"(?:(?:을|를)?\s*(?:포함해|포함한|비롯해|비롯한)\s*(?:등\s*)?|\s*등\s*)"
                       r"(?:총|모두|합쳐|모두 합쳐)?\s*(?:(?:총\s?)?사업비|예산|재원)?\s*(?:약\s*)?['‘\"“]?")
# "국비 30억원 등 50억원을 들인다": a whole right after its shares and 등, with no 총 or 모두
# (or right after 포함한: "국비 28억원을 포함한 '56억원'이 맞기에")
_AFTER_SHARES = re.compile(r"원\s*(?:을|를)?\s*(?:포함해|포함한|비롯해|비롯한)?\s*등\s*$|"
                           r"원\s*(?:을|를)\s*포함한\s*['‘\"“]?\s*$")
_ONLY_AFTER = re.compile(r"\s*만\s*(?:으로|가지고|갖고)")
_APART_BEFORE = re.compile(r"(?<![가-힣])(?:이와|그와|이와는)?\s?(?:별도로|따로)(?![가-힣])")
_CHANGED_BEFORE = re.compile(r"(?:삭감|감액|증액|깎|줄|늘|조정|축소|확대)[가-힣]{0,2}(?:한|은|인|린|된|여진)\s*$")
# "위 집행액 중 총 1억2000만원": a part, in all that much, not a whole
_AMONG_TOTAL = re.compile(r"(?:가운데|중)\s*(?:총|모두)\s*(?:약\s*)?$")
# "이 72억원은 군비 36억원과 도비 21억원, …으로": an amount pointed back to, the topic of the
# sentence that lists its shares
_THIS_BEFORE = re.compile(r"(?<![가-힣])이\s+(?:약\s*)?$")
_TOPIC_AFTER = re.compile(r"\s*(?:은|는)\s")
# "국비는 당초대로 120억원이다": a share the change of its budget left as it was, a share of
# the budget as changed (the nearest larger amount, up to two sentences back)
_SHARE_KEPT = re.compile("(?<![가-힣])(" + "|".join(FUNDING_SOURCES) + r")(?:은|는|도)\s*"
                         r"(?:당초대로|종전대로|기존대로|그대로|변동\s?없이)\s*(?:약\s*)?$")
# "구비 부담액을 '3억원'이라고 한 것은 '3억7800만원'의 잘못입니다": a correction's right figure,
# the share its wrong one was told as (the source named before the wrong figure)
_PAIR_FUNDING = re.compile("(?<![가-힣])(" + "|".join(FUNDING_SOURCES) + r")(?:\s?부담(?:액|분|금)|\s?분담(?:액|금))?"
                           r"(?:을|를|은|는|이|가)?\s*['‘\"“][^'’\"”\n]{1,30}['’\"”]\s*(?:(?:이)?라고\s?"
                           r"(?:한|쓴|적은|표기한|기재한|보도한)\s?(?:것은|부분은)|은|는)\s*['‘\"“]\s*$")
# "예산은 6억2000만원으로 군비 4억원과 도비 …": a whole its shares follow in its sentence, each
# named by who pays it, with no word such as 총 or 사업비 before the whole
_SHARES_THEN = re.compile(r"\s*(?:으로|로|이며|이고|인데)\s*,?\s*(?:" + "|".join(FUNDING_SOURCES)
                          + r")(?:\s?부담(?:액|분)?)?\s*(?:약\s*)?\d")
# between two shares: "300억원과 ", "300억원, "
_SHARE_GAP = re.compile(r"(?:과|와|,|·)?\s*")


def part_of(f: _Relations, projects_of: dict[int, int]) -> None:
    """Add the PART_OF relations of ``f``'s amounts to ``f.out`` (and the AMOUNT_FOR links that
    shares and wholes lend each other); ``projects_of``: money span → project span, updated."""
    text, spans = f.text, f.spans
    wholes: list[int] = []
    listed: dict[int, int] = {}  # a share's line (its start) → its whole
    for i, s in enumerate(spans):
        if s.label != "MONEY":
            continue
        lo, _ = f.sent_bounds(f.sent(s.start))
        if _ONLY_AFTER.match(text, s.end) or _CHANGED_BEFORE.search(text, max(0, s.start - 8),
                                                                     s.start) \
                or _APART_BEFORE.search(text, max(lo, s.start - 24), s.start) \
                or APART_AFTER.match(text, s.end):
            # "시비 120억원만으로 추진": the whole it now has; "32억원을 삭감한 1조8388억원": the
            # budget after a change; "이와 별도로 세곡시가 시비 300억원을": money beside it (its own
            # clause: a share later in the sentence is still one); none a share of the one before
            continue
        before = text[max(lo, s.start - 12):s.start]
        kept = _SHARE_KEPT.search(text, max(lo, s.start - 16), s.start)
        funding = FUNDING_BEFORE.search(before) or kept or \
            _PAIR_FUNDING.search(text, max(lo, s.start - 70), s.start)
        if funding is None and (WHOLE_BEFORE.search(before) and not _AMONG_TOTAL.search(before)
                                or _AFTER_SHARES.search(before)
                                or _THIS_BEFORE.search(before) and _TOPIC_AFTER.match(text, s.end)
                                or WHOLE_AFTER.match(text, s.end, s.end + 8)
                                or _SHARES_THEN.match(text, s.end)):
            wholes.append(i)
            f.out += shares_before(text, spans, i, lo, projects_of, _carried(f, i))
            continue
        rest = REST_BEFORE.search(text, max(lo, s.start - 14), s.start) or \
            _REST_AFTER.match(text, s.end)
        # (an answer to "그중 집행은 얼마나 됐습니까?" is a part too, its cue in the question)
        if funding is None and (rest is None and PART_CUE.search(text, lo, s.start) is None
                                and _asked_pointer(f, f.sent(s.start)) is None
                                or _RESULT_AFTER.match(text, s.end)):
            continue
        sid = f.sent(s.start)
        # (a share is no larger than its whole: "- … 총 3억원 / - … 국비 9억원" are two items)
        cands = [w for w in wholes if _apart(f, spans[w].start, sid) <= 1 and not _smaller(spans[w], s)]
        bracket = _bracket_whole(f, i, lo) if funding is not None else None
        line = text.rfind("\n", 0, s.start) + 1
        above = listed.get(text.rfind("\n", 0, max(0, line - 1)) + 1) if line else None
        if bracket is not None:
            whole = bracket  # "예산으로 150억원(국비 60억원, 시비 90억원)"
        elif funding is not None and above is not None and ITEM_LINE.match(text, line):
            # "총사업비: 420억원 / - 국비: 126억원 / - 도비: 168억원 / - 시비: …": a list of
            # shares, one a line, however long
            whole = above
        elif cands:
            whole = cands[-1]
        elif rest is not None and (summed := _rest_then_whole(f, i)) is not None:
            # "공사채 1500억원을 … 나머지 880억원을 … 충당해 총사업비 2380억원을": the rest and the
            # amount before it make the whole named after them
            whole = summed[1]
            f.out.append(Relation(summed[0], whole, PART_OF, 0.7))
        elif rest is not None and (told := _rest_of_told(f, i, sid)) is not None:
            # "기금 112억원을 … 48억원을 … 35억원이 … 나머지 29억원은": the amounts between are
            # its other parts
            whole = told[0]
            taken = {r.head for r in f.out if r.label == PART_OF}
            f.out += [Relation(k, whole, PART_OF, 0.7) for k in told[1] if k not in taken]
        elif (back := _pointed_whole(f, i, lo, rest is not None)) is not None:
            whole = back
        elif (named := _named_share_whole(f, i, lo)) is not None:
            whole = named  # "… 군비 109억원으로 … 군은 군비 가운데 80억원을 지방채로"
        elif funding is not None and (done := _completes(f, i, sid)) is not None:
            whole = done  # "… 국비는 100억원으로 바로잡습니다. 시비는 156억원입니다" (of 256억원)
        elif kept is not None and s.value is not None and s.value.value is not None and \
                (changed := _larger_before(f, i, sid, s.value.value)) is not None:
            whole = changed  # "사업비를 358억원으로 늘렸다 … 국비는 당초대로 120억원이다"
        else:
            continue
        attrs = (("funding", funding.group(1)),) if funding else ()
        f.out.append(Relation(i, whole, PART_OF, 0.85 if funding else 0.7, attrs))
        if funding is not None:
            listed[line] = whole
        if whole in projects_of and projects_of.get(i) != projects_of[whole] and _carried(f, i):
            # a share with no project of its own funds its whole's project
            f.out = [r for r in f.out if not (r.label == AMOUNT_FOR and r.head == i)]
            projects_of[i] = projects_of[whole]
            f.out.append(Relation(i, projects_of[whole], AMOUNT_FOR, 0.6))
    _siblings(f)
    table_shares(f)


# "군비 가운데 80억원을": a part of a share told before by its source
_SOURCE_AMONG = re.compile("(?<![가-힣])(" + "|".join(FUNDING_SOURCES) + r")\s?(?:가운데|중)\s*(?:약\s*)?$")


def _named_share_whole(f: _Relations, i: int, lo: int) -> int | None:
    """The whole of the share that "군비 가운데 N원" names by its source, when that share was
    told sentences before (its whole too far back for the nearby wholes): N원 is a part of the
    share, so of its whole as well."""
    cue = _SOURCE_AMONG.search(f.text, max(lo, f.spans[i].start - 10), f.spans[i].start)
    if cue is None:
        return None
    told = [r for r in f.out if r.label == PART_OF and r.head < i and r.attr("funding") == cue.group(1)]
    return told[-1].tail if told else None


def _bracket_whole(f: _Relations, i: int, lo: int) -> int | None:
    """The amount a bracket holding amount ``i`` opens right after ("150억원(국비 60억원, …"):
    the shares of an amount are often listed so, whatever word comes before it."""
    text, spans = f.text, f.spans
    opened = max(text.rfind("(", lo, spans[i].start), text.rfind("（", lo, spans[i].start))
    if opened < 0 or ")" in text[opened:spans[i].start] or "）" in text[opened:spans[i].start]:
        return None
    for k in range(i - 1, -1, -1):
        w = spans[k]
        if w.end <= opened:
            if w.label == "MONEY" and not text[w.end:opened].strip():
                return k
            if w.label == "MONEY":
                return None
    return None


def _siblings(f: _Relations) -> None:
    """An amount listed beside a whole's shares that makes them add up to it is a share too
    ("모두 86억원으로, 환경부 보조금 48억원과 시비 38억원이": 48억원 has no source word of ours)."""
    spans = f.spans
    shares: dict[int, list[int]] = {}
    for r in f.out:
        if r.label == PART_OF:
            shares.setdefault(r.tail, []).append(r.head)
    parts = {h for hs in shares.values() for h in hs}
    for whole, heads in shares.items():
        total = spans[whole].value
        if total is None or total.value is None:
            continue
        sents = {f.sent(spans[h].start) for h in heads}
        rest = [k for k, s in enumerate(spans)
                if s.label == "MONEY" and k != whole and k not in parts and k > whole
                and f.sent(s.start) in sents and not _RESULT_AFTER.match(f.text, s.end)
                and not _CHANGED_BEFORE.search(f.text, max(0, s.start - 8), s.start)]
        values = [spans[k].value for k in [*heads, *rest]]
        if rest and all(v is not None and v.value is not None and
                        (v.currency or "KRW") == (total.currency or "KRW") for v in values) and \
                _adds_up(total.value, sum(v.value for v in values if v and v.value)):
            f.out += [Relation(k, whole, PART_OF, 0.7) for k in rest]
            parts.update(rest)


# A table's columns: the whole cost of the row's item, and the shares of who pays it
_WHOLE_HEAD = re.compile(r"총\s?사업비|사업비|총액|총계|합계|^계|총\s?예산")
# (a column of what is secured of the whole so far is a share of it too: 확보액)
_FUNDING_HEAD = re.compile("(" + "|".join((*FUNDING_SOURCES, "국고", "민간", "자부담", "확보액")) + ")")


def table_shares(f: _Relations) -> None:
    """PART_OF from each share of a table row (its column headed 국비, 시비 …) to the row's whole
    cost (the column headed 총사업비, 사업비 …), in tables read by models.nlp.table_money."""
    text = f.table_text  # a table lined up with spaces too (the same offsets)
    if not has_table(text):
        return
    cells = {(a.span.start, a.span.end): a for a in table_amounts(text)}
    rows: dict[int, list[tuple[int, str]]] = {}
    for i, s in enumerate(f.spans):
        a = cells.get((s.start, s.end)) if s.label == "MONEY" else None
        if a is not None:
            rows.setdefault(a.row, []).append((i, a.head))
    for row in rows.values():
        whole = next((i for i, head in row if _WHOLE_HEAD.search(head)), None)
        if whole is None:
            continue
        for i, head in row:
            funding = _FUNDING_HEAD.search(head) if i != whole else None
            if funding is not None:
                f.out.append(Relation(i, whole, PART_OF, 0.85, (("funding", funding.group(1)),)))


# "이 가운데", "이 중", "그중": points back to the amount just named
# "사업비는 국비 925억원, 시비 925억원으로": the cost just named, by who pays it
_THIS_PART = re.compile(POINTS_BACK + r"|(?<![가-힣])(?:총\s?)?사업비(?:는|은)\s|"
                        r"원[)）]\s?(?:가운데|중)(?![가-힣])|"  # "(예산 6억원, 집행 5억4000만원) 가운데"
                        r"(?<![가-힣])(?:금액|액수)으로는\s|"  # "금액으로는 국비 4122억원, 시비 2748억원이다"
                        r"(?:사업비|투자비|건립비|건설비|공사비|조성비|운영비|설계비|구입비|복구비|보상비|매입비|"
                        r"시설비|예산|자금|투자금|투자액|비용|총액|재원|집행액|지출액|보조금|지원금|대금)\s?(?:가운데|중)(?![가-힣])")
# "45억원을 깎아 75억원으로 의결": the budget after a change, no share of the one before
_RESULT_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:의결|확정|조정|편성|수정|통과|줄|늘|낮|높|삭감|감액|증액|하였|했)")


# "남은 5억원은", "나머지 200억원은": the rest of an amount named before
# "시가 100억원을 내고, 나머지는 민간 투자로": a part, the rest told after it in its sentence
_REST_AFTER = re.compile(r"[^.\n]{0,20}?(?<![가-힣])나머지(?:는|를|의|도)?(?![가-힣])")
_CLOSED_LATER = re.compile(r"원\s*(?:을|를)?\s*(?:포함해|비롯해)?\s*등\s*(?:총|모두|합쳐)")
# how many sentences back "이를 위해 국비 24억원" may point ("48억원을 들여 … 한도는 1억원이다.
# 군은 이를 위해 국비 24억원을")
_POINT_REACH = 2


def _rest_then_whole(f: _Relations, i: int) -> tuple[int, int] | None:
    """(the amount before, the whole after) where the rest ``i`` and the amount just before it
    add up to a whole named after the rest in its sentence (총사업비 N원); the amount before
    stands in that sentence or the two before."""
    spans, sid = f.spans, f.sent(f.spans[i].start)
    hi = f.sent_bounds(sid)[1]
    later = next((k for k in range(i + 1, len(spans)) if spans[k].start < hi
                  and spans[k].label == "MONEY"), None)
    if later is None or not WHOLE_BEFORE.search(
            f.text[max(0, spans[later].start - 12):spans[later].start]):
        return None
    before = next((k for k in range(i - 1, -1, -1) if spans[k].label == "MONEY"), None)
    if before is None or _apart(f, spans[before].start, sid) > 2:
        return None
    a, b, w = spans[before].value, spans[i].value, spans[later].value
    if a is None or b is None or w is None or None in (a.value, b.value, w.value):
        return None
    if (a.currency or "KRW") != (w.currency or "KRW") or (b.currency or "KRW") != (w.currency or "KRW"):
        return None
    return (before, later) if _adds_up(w.value, a.value + b.value) else None  # type: ignore[arg-type, operator]


def _pointed_whole(f: _Relations, i: int, lo: int, rest: bool = False) -> int | None:
    """The whole that "이 가운데 국비 N원" points back to where no amount was named a whole (총,
    사업비 …): the nearest larger amount before it that is no share itself, in its sentence or
    the two before, in the same currency. ``rest``: the amount is told as (beside) the rest of
    one named before, which points back as well."""
    cue = _THIS_PART.search(f.text, lo, f.spans[i].start)
    sid = f.sent(f.spans[i].start)
    if cue is None:
        cue = _asked_pointer(f, sid)  # "그중 국비는 얼마입니까?" / "국비 50억원입니다."
    if not rest and cue is None:
        return None
    v = f.spans[i].value
    if v is None or v.value is None:
        return None
    hi = f.sent_bounds(sid)[1]
    if _CLOSED_LATER.search(f.text, f.spans[i].end, hi):
        return None  # "국비 1조원, 도비 6천억원 등 모두 2조원": the whole comes after (shares_before)
    # "재원은 시비 6210억원, 국·도비 4350억원, 민간투자 900억원으로": the amounts the sentence lists
    # after its pointer share one whole, which holds them all
    # (from the pointer on: "복구비 가운데 국비는 762억원, 지방비는 321억원" — the second too)
    listed = [s.value.value for s in f.spans if s.label == "MONEY" and cue is not None
              and cue.end() <= s.start < hi and s.value is not None and s.value.value is not None
              and (s.value.currency or "KRW") == (v.currency or "KRW")]
    if sum(listed) > v.value and (whole := _larger_before(f, i, sid, sum(listed))) is not None:
        return whole
    if cue is not None and _INCREASE_NAMED.search(f.text, max(0, cue.start() - 8), cue.start()) \
            and (grew := _increase_before(f, i, sid, v.value)) is not None:
        return grew  # "늘어난 사업비 가운데 도비 N원": a share of the increase told before
    whole = _larger_before(f, i, sid, v.value)
    if whole is not None and cue is not None and _NAMED_CUE.fullmatch(cue.group()) and \
            cue.end() <= f.spans[whole].start and \
            _LISTED_GAP.fullmatch(f.text, f.spans[whole].end, f.spans[i].start):
        return None  # "재원 가운데 A원을 도 몫으로, B원을 시군 몫으로": siblings of a whole with no amount
    return whole


# "재원 가운데": a cue naming its whole by a noun, with no amount ("이 가운데", "원 가운데" point back)
_NAMED_CUE = re.compile(r"(?!이\s|그\s?)[가-힣]{2,}\s?(?:가운데|중)")
# between two amounts listed side by side after it: "A원을 X 몫으로, " (no cue of a part of the first)
_LISTED_GAP = re.compile(r"(?![^.\n\d]*(?:가운데|(?<![가-힣])중(?![가-힣])))[^.\n\d]*[,，][^.\n\d]*")


# "늘어난 사업비 가운데": the pointer names an increase told before
_INCREASE_NAMED = re.compile(r"(?<![가-힣])(?:늘어난|불어난|증액된|증가한|늘린|증액한)\s*$")
_GREW_AFTER = re.compile(r"\s*(?:이|가|을|를)?\s*(?:더\s*)?(?:늘|증액|증가|불어|순증)")


def _increase_before(f: _Relations, i: int, sid: int, need: float) -> int | None:
    """The nearest increase before ``spans[i]`` (… 18억원 늘었습니다) of at least ``need``, up to
    six sentences back (minutes: a question, then its answer), in its currency."""
    v = f.spans[i].value
    currency = (v.currency if v is not None else None) or "KRW"
    for k in range(i - 1, -1, -1):
        w = f.spans[k]
        if w.label != "MONEY" or w.value is None or w.value.value is None:
            continue
        if _apart(f, w.start, sid) > _REST_REACH:
            return None
        if w.value.value >= need and (w.value.currency or "KRW") == currency and \
                _GREW_AFTER.match(f.text, w.end):
            return k
    return None


# ("420억 원 가운데 국비는 얼마입니까?": the question names its whole)
_POINTER = re.compile(POINTS_BACK + r"|원\s?(?:가운데|중)(?![가-힣])")


def _asked_pointer(f: _Relations, sid: int) -> re.Match[str] | None:
    """The pointer of a question that sentence ``sid`` answers, the sentence right before it
    (minutes: "그중 국비는 얼마입니까?" then "국비 50억원입니다."): the answer's share points back
    as the question does."""
    for t in range(sid - 1, -1, -1):
        lo, hi = f.sent_bounds(t)
        said = f.text[lo:hi].rstrip()
        if not said:
            continue
        return _POINTER.search(f.text, lo, hi) if said.endswith(("?", "？")) else None
    return None


_REST_REACH = 6  # sentences back to the whole whose rest an amount is


def _rest_of_told(f: _Relations, i: int, sid: int) -> tuple[int, list[int]] | None:
    """The whole that "나머지 N원" is the rest of, once the amounts told between them are taken
    from it, and those amounts: a larger amount before it, up to six sentences back, that they and N add up to
    exactly (amounts under a thousandth of the rest, rates told on the way, left aside)."""
    v = f.spans[i].value
    if v is None or v.value is None:
        return None
    currency = v.currency or "KRW"
    between, told = 0.0, list[int]()
    for k in range(i - 1, -1, -1):
        w = f.spans[k]
        if w.label != "MONEY" or w.value is None or w.value.value is None or \
                (w.value.currency or "KRW") != currency:
            continue
        if _apart(f, w.start, sid) > _REST_REACH:
            return None
        whole = w.value.value
        if whole > v.value and _adds_up(whole, between + v.value) and between > 0:
            return k, told
        if whole >= v.value * 1e-3:
            between += whole
            told.append(k)
    return None


def _larger_before(f: _Relations, i: int, sid: int, need: float) -> int | None:
    """The nearest amount before ``spans[i]`` larger than ``need`` that is no share itself, in
    its sentence or the two before, in its currency."""
    v = f.spans[i].value
    assert v is not None
    parts = {r.head for r in f.out if r.label == PART_OF}
    for k in range(i - 1, -1, -1):
        w = f.spans[k]
        if w.label != "MONEY" or k in parts or FUNDING_BEFORE.search(
                f.text, max(0, w.start - 12), w.start):  # a share is not the whole of another
            continue
        if _apart(f, w.start, sid) > _POINT_REACH:
            return None
        wv = w.value
        if wv is not None and wv.value is not None and wv.value >= need * (1 - 1e-9) and \
                wv.value > (v.value or 0.0) and (wv.currency or "KRW") == (v.currency or "KRW"):
            return k
    return None


# "국비 '80억원'은 '100억원'으로": a wrong figure a correction sets right
_SET_RIGHT_AFTER = re.compile(r"\s*['’\"”]\s*(?:은|는|을|를|이|가)\s*['‘\"“]\s*\d")


def _completes(f: _Relations, i: int, sid: int) -> int | None:
    """The whole, in the sentence of share ``spans[i]`` or the one before, whose shares found so
    far (not the wrong figures a correction sets right) and this one add up to it exactly."""
    v = f.spans[i].value
    if v is None or v.value is None:
        return None
    held: dict[int, float] = {}
    for r in f.out:
        w = f.spans[r.head].value
        if r.label == PART_OF and w is not None and w.value is not None and \
                not _SET_RIGHT_AFTER.match(f.text, f.spans[r.head].end):
            held[r.tail] = held.get(r.tail, 0.0) + w.value
    for k, part in held.items():
        wv = f.spans[k].value
        if k < i and wv is not None and wv.value is not None and _apart(f, f.spans[k].start, sid) <= 1 \
                and (wv.currency or "KRW") == (v.currency or "KRW") \
                and _adds_up(wv.value, part + v.value):
            return k
    return None


def _smaller(whole: Span, share: Span) -> bool:
    """The whole's value is below the share's, in one currency: it cannot hold the share."""
    w, v = whole.value, share.value
    return w is not None and v is not None and w.value is not None and v.value is not None and \
        (w.currency or "KRW") == (v.currency or "KRW") and w.value < v.value


def _adds_up(whole: float, acc: float) -> bool:
    """Parts come to their whole, within rounding (a few won in a trillion)."""
    return abs(acc - whole) < 1e-6 * whole


def _apart(f: _Relations, pos: int, sid: int) -> int:
    """How many sentences sentence ``sid`` comes after the one at ``pos`` (a line break after a
    full stop makes a sentence of its own, which is not counted)."""
    return sum(1 for t in range(f.sent(pos) + 1, sid + 1)
               if not f.text[slice(*f.sent_bounds(t))].isspace())


def _carried(f: _Relations, money: int) -> bool:
    """No project rule linked the amount (its AMOUNT_FOR, if any, came from a later pass)."""
    return all(not (r.label == AMOUNT_FOR and r.head == money) for r in f.links)


def shares_before(text: str, spans: Sequence[Span], whole: int, lo: int,
                  projects_of: dict[int, int], carried: bool) -> list[Relation]:
    """PART_OF from each share of ``spans[whole]`` named before it in its sentence (which starts
    at ``lo``), nearest first; and, when the whole has no project of its own (``carried``: none
    was linked by the project rules), AMOUNT_FOR to its shares' project (``projects_of``, money
    span → project span, updated)."""
    out: list[Relation] = []
    end_pos, gap = spans[whole].start, _LAST_GAP
    for k in range(whole - 1, -1, -1):
        s = spans[k]
        if s.label != "MONEY":
            continue
        if s.start < lo:
            break
        funding = FUNDING_BEFORE.search(text, max(lo, s.start - 12), s.start)
        if funding is None or gap.fullmatch(text, s.end, end_pos) is None:
            break
        out.append(Relation(k, whole, PART_OF, 0.85, (("funding", funding.group(1)),)))
        if k in projects_of and whole not in projects_of and carried:
            projects_of[whole] = projects_of[k]  # the whole funds its shares' project
            out.append(Relation(whole, projects_of[k], AMOUNT_FOR, 0.6))
        end_pos, gap = funding.start(), _SHARE_GAP
    return out
