"""Amounts a cut holds: a budget cut without the budget after it, the items cut inside a
whole budget's cut, what remains of an amount after a cut, an amount cut entirely where a later
sentence names it again, and an item a later sentence cuts by its project's name. Passes of
:func:`models.export.restated.restated`; the other changes over time are in
models.export.changes."""

from __future__ import annotations

import re

from models.export.change_cue import CUT_VERBS, change_cue
from models.export.dedupe import TOTAL
from models.export.sentences import (
    adds_up,
    back_within,
    sentence,
    sentences_ahead,
    sentences_back,
    share_project,
)

# "예산안 2조860억원 가운데 38억원을 삭감했다", "200억원 중 80억원이 삭감됐다": the budget after
# the cut is the one that counts, though the text does not write it
_CUT_AFTER = re.compile(r"\s*(?:은|는|을|를|이|가)?\s*(?:가운데|중)(?![가-힣])\s*(?:[^\s.]+\s+){0,2}$")
_CUT_VERB = re.compile(r"\s*(?:을|를|이|가|만)?\s*(?:전액\s*|모두\s*)?" + CUT_VERBS)


def cut_without_after(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                      ) -> dict[int, float]:
    """Budgets followed by a cut of part of them and not by the budget after it: index → the
    cut. ``amounts``: (start, end, counted value or None, currency, value as written)."""
    out: dict[int, float] = {}
    for i in range(len(amounts) - 1):
        start, end, value, currency, _ = amounts[i]
        s2, e2, _v2, c2, cut = amounts[i + 1]
        if value is None or cut is None or c2 != currency or cut >= value:
            continue
        if not part_cut(text, end, s2, e2):
            continue
        out[i] = cut
    return out


def part_cut(text: str, end: int, s2: int, e2: int) -> bool:
    """The amount at text[s2:e2] is a part cut out of the one ending at ``end`` ("2조860억원
    가운데 38억원을 삭감했다")."""
    return _CUT_AFTER.match(text[end:s2]) is not None and _CUT_VERB.match(text, e2) is not None


_CUT_ITEM_REACH = 2  # sentences back to the budget's cut


def cut_in_budget(text: str, amounts: list[tuple[int, int, float | None, str, float | None]],
                  cuts: dict[int, float]) -> dict[int, tuple[int, str]]:
    """Items cut ("빛축제 예산은 25억원 가운데 15억원이 잘렸다") after a whole budget's cut, no
    smaller than theirs, told shortly before ("1조8240억원 가운데 … 186억원을 깎아 1조8054억원으로
    의결했다"): index → (index of the budget after that cut, the words). The item is inside it.
    ``cuts``: index → the amount cut from it (:func:`cut_without_after`)."""
    out: dict[int, tuple[int, str]] = {}
    for i, cut in cuts.items():
        start, end, _, currency, _ = amounts[i]
        reach = sentences_back(text, sentence(text, start, end)[0], _CUT_ITEM_REACH)
        for k in back_within(amounts, i, reach):
            s, e, _v, c, size = amounts[k]
            if c != currency or size is None or size < cut or change_cue(text, s, e) != "change":
                continue
            # the budget after that cut, before the item or, in a review's list, after it
            # ("○ 삭감: 37억원 / - … 12억원 중 6억원 삭감 / ○ 최종 의결: 1조 2,443억원")
            ahead = sentences_ahead(text, end, _CUT_ITEM_REACH)
            whole = next((w for w in [*range(k + 1, i), *range(i + 1, len(amounts))]
                          if (w < i or amounts[w][0] < ahead) and amounts[w][2] is not None
                          and amounts[w][3] == currency
                          and (amounts[w][2] or 0.0) > (amounts[i][4] or 0.0)), None)
            if whole is not None:
                out[i] = (whole, "삭감 내역")
            break
    return out


# "국비가 120억원 깎여 190억원만 반영됐다": what remains of an amount after a cut just told
# ("12억원을 삭감하고 33억원으로 조정", "3억원을 깎은 9억원": the cut as the object)
_AFTER_CUT = re.compile(r"\s*(?:이|가|을|를)?\s*" + CUT_VERBS + r"[가-힣]{0,3}\s+(?:[가-힣]+\s+)?$")
# "38억 원으로 넘어왔습니다 … 상임위 안보다 2억 원을 늘린 40억 원으로 수정": what an amount
# told before became after a raise between
_AFTER_RAISE = re.compile(r"\s*(?:을|를|이|가)?\s*(?:늘린|늘려|증액한|증액해|올린|올려)\s+"
                          r"(?:[가-힣]+\s+)?$")
_REMAINS_REACH = 1  # sentences back to the amount cut
_RAISED_REACH = 8  # … to the amount raised, or a counted one cut (a minute's speakers between)
_CUT_OBJECT = re.compile(r"\s*(?:을|를)\s*(?:줄였|줄여|줄이|깎|삭감|감액|절감)")


def cut_remains(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                ) -> tuple[dict[int, int], dict[int, int]]:
    """An amount that is what remains of one named before after a cut between them ("국비
    310억원을 신청했다. … 국비가 120억원 깎여 190억원만 반영됐다": 310 − 120 = 190). Returns
    (index of the amount cut → index of what remains, where the amount cut counted: it
    counts as what remains; index of what remains → index of the amount cut, where that did
    not count, a share of a total: what remains of it is a share too). ``amounts``: (start,
    end, counted value or None, currency, value as written)."""
    revised_to: dict[int, int] = {}
    rest_of: dict[int, int] = {}
    for j in range(2, len(amounts)):
        start, _end, value, currency, rest = amounts[j]
        c_start, c_end, _cv, c_cur, cut = amounts[j - 1]
        if value is None or rest is None or cut is None or c_cur != currency:
            continue
        raised = _AFTER_RAISE.fullmatch(text, c_end, start) is not None
        if not raised and _AFTER_CUT.fullmatch(text, c_end, start) is None:
            continue
        lo = sentence(text, c_start, c_end)[0]
        near = sentences_back(text, lo, _REMAINS_REACH)
        step = cut if raised else -cut
        for i in back_within(amounts, j - 1, sentences_back(text, lo, _RAISED_REACH)):
            s, _e, v, c, written = amounts[i]
            if (raised or s < near) and v is None:
                # (only a counted amount is raised to another, or cut a few lines on: "특화사업
                # 35억원 … 원안에서 10억원을 삭감한 25억원으로")
                continue
            if c == currency and written is not None and adds_up(written + step, rest):
                if v is not None:
                    revised_to[i] = j
                elif change_cue(text, s, _e) != "before":
                    # a share cut (국비가 120억원 깎여 190억원만): what remains is a share too;
                    # not a budget before its change ("당초 9억원에서 2억원 깎인 7억원으로")
                    rest_of[j] = i
                break
    # "총사업비가 1790억원으로 확정됐다. … 1850억원으로 불어났다. … 60억원을 줄였다": the budget
    # after the cut told first
    for k in range(1, len(amounts)):
        c_start, c_end, _cv, c_cur, cut = amounts[k]
        if cut is None or not _CUT_OBJECT.match(text, c_end):
            continue
        a = next(back_within(amounts, k, sentences_back(text, sentence(text, c_start, c_end)[0],
                                                        _REMAINS_REACH)), None)
        before = amounts[a][2] if a is not None else None
        if a is None or before is None or a in revised_to or amounts[a][3] != c_cur:
            continue
        reach = sentences_back(text, sentence(text, amounts[a][0], amounts[a][1])[0], 3)
        b = next((i for i in back_within(amounts, a, reach) if amounts[i][2] is not None
                  and amounts[i][3] == c_cur and adds_up(before - cut, amounts[i][2] or 0.0)),
                 None)
        if b is not None:
            revised_to[a] = b
    return revised_to, rest_of


_ITEM_CUT_REACH = 3  # sentences (or a release's lines) back to the item cut

# "케이블카 용역 5억원은 전액 삭감": an amount cut entirely
_ALL_CUT = re.compile(r"\s*(?:은|는|을|를|이|가)\s*[^.\n\d]{0,40}?전액\s*" + CUT_VERBS)
_CUT_ALL_REACH = 6  # sentences (or a minute's lines) back to where it was first told
# ("… 탐방센터 건립비 45억원 말입니다. … (a minute's exchange) … 탐방센터 건립비 45억원을 전액
# 삭감하고": further back, where it is named alike)
_CUT_ALL_NAMED_REACH = 12
# "… 예산 2억원 가운데 일부를 삭감했다고 보도했으나, 이 예산 2억원을 전액 삭감한": the cut
# pointing back (이/그/해당 예산) at the nearest amount of the same figure
_POINTS_BACK = re.compile(r"(?<![가-힣])(?:이|그|해당|같은)\s?(?:예산|사업비|금액|사업)\s*$")
_WORD = re.compile(r"[가-힣]{2,}")
_PLAIN = frozenset({"사업", "예산", "사업비", "총사업비", "국비", "시비", "도비", "군비", "구비", "위원",
                    "위원장", "그럼", "다음으로", "끝으로", "먼저", "소관"})


def _named_alike(text: str, a: int, b: int) -> bool:
    """The words right before two amounts (on their lines) share a name: "케이블카 타당성 조사
    용역 5억원" and "케이블카 용역 5억원"."""
    def words(at: int) -> set[str]:
        lo = max(text.rfind("\n", 0, at) + 1, at - 24)
        return {w for w in _WORD.findall(text[lo:at]) if w not in _PLAIN}
    return bool(words(a) & words(b))


def cut_entirely(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...],
                                                float | None]]) -> dict[int, int]:
    """An amount told first as asked for or proposed that a later sentence cuts entirely,
    naming it again ("케이블카 타당성 조사 용역 5억원은 … / … 케이블카 용역 5억원은 전액 삭감"):
    index of the first telling → index of the cut. ``amounts``: (start, end, counted value or
    None, currency, project names, value as written)."""
    out: dict[int, int] = {}
    for j, (start, end, _v, currency, names, written) in enumerate(amounts):
        if written is None or not _ALL_CUT.match(text, end):
            continue
        lo = sentence(text, start, end)[0]
        reach = sentences_back(text, lo, _CUT_ALL_REACH)
        pointed = bool(_POINTS_BACK.search(text, max(lo, start - 12), start))
        for i in back_within(amounts, j, sentences_back(text, lo, _CUT_ALL_NAMED_REACH)):
            s, _e, v, c, owners, w = amounts[i]
            if v is not None and c == currency and w == written and i not in out and (
                    s >= reach and (share_project(names, owners) or pointed)
                    or _named_alike(text, s, start)):
                out[i] = j
                pointed = False  # (이 예산: the nearest one only)
    return out


def cut_of_item(text: str, amounts: list[tuple[int, int, float | None, str,
                                               tuple[str, ...], float | None, str]]
                ) -> dict[int, float]:
    """An amount listed for a project that a later sentence cuts by name ("하천 산책로 정비
    13억원, … 총 100억원 … 하천 산책로 정비 사업은 … 5억원을 삭감하고"): index → the cut. The
    cut is linked to the same project; the item counts less it. ``amounts``: (start, end,
    counted value or None, currency, project names, value as written, role); a total (총 …)
    is no item."""
    out: dict[int, float] = {}
    for k, (c_start, c_end, _cv, currency, names, cut, _role) in enumerate(amounts):
        if cut is None or not names or not _CUT_OBJECT.match(text, c_end):
            continue
        reach = sentences_back(text, sentence(text, c_start, c_end)[0], _ITEM_CUT_REACH)
        for i in back_within(amounts, k, reach):
            _s, _e, v, c, owners, _w, role = amounts[i]
            if v is not None and c == currency and share_project(names, owners) and cut < v \
                    and i not in out and role != TOTAL:
                out[i] = cut
                break
    return out
