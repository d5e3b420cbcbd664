"""A correction notice's figures (바로잡습니다, 정정합니다): the ones it calls wrong, the body's
figures it sets right, and a headline's figure it sets right. For ``models.export.report_data``
beside ``models.export.told_again``, which finds the notice's figures the body gives again."""

from __future__ import annotations

import re
from itertools import combinations

from models.domain import Value
from models.export.change_cue import change_cue

# a correction notice: "※ 바로잡습니다: … '2조1400억원'으로 적었으나 '2조4100억원'이 맞기에 …"
CORRECTION = re.compile(r"바로잡습니다|바로잡았습니다|정정합니다|정정했습니다")


def _notices(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that are correction notices."""
    return [(a, b) for a, b in paras if CORRECTION.search(text[a:b])]


def correction_wrong(text: str, paras: list[tuple[int, int]],
                     amounts: list[tuple[int, Value | None]], twins: dict[int, int],
                     ends: list[int]) -> set[int]:
    """Amounts of a correction notice that the body does not give, where it gives the notice's
    other figure ("'산들군 복구비 1083억원' 기사의 복구비는 1038억원이 맞기에 바로잡습니다" under a
    body telling 1038억원), and any it calls wrong ("'621억원'으로 잘못 표기했기에"): the figures
    set right. ``twins``: the notice's amounts the body gives (:func:`caption_twins` with
    :data:`CORRECTION`); ``ends``: where each amount ends."""
    notices = _notices(text, paras)
    inside = {i for i, (start, _) in enumerate(amounts) if any(a <= start < b for a, b in notices)}
    if len(inside) == len(amounts):
        return set()  # a notice on its own: its figures are its own
    # "'621억원'으로 잘못 표기했기에": the figure the notice calls wrong, whatever else it gives
    wrong = {i for i in inside if _CALLED_WRONG.match(text, ends[i])}
    if not twins:
        return wrong  # a notice that gives no figure the body gives: only what it calls wrong
    # "사업비 '650억원'은 '560억원'의 잘못이기에": the body gives the figure the notice calls
    # wrong; that body figure is set right, the notice's other figures are the right ones
    # ("5000억원이라는 수치는 사실과 달라 바로잡습니다": a figure it calls untrue, wrong too)
    body_wrong = {j for i, j in twins.items() if i in wrong or change_cue(
        text, amounts[i][0], ends[i]) in ("before", "claim")}
    if body_wrong:
        return wrong | body_wrong
    return wrong | {i for i in inside if i not in twins and amounts[i][1] is not None}


# ("'27억원'은 '17억원'의 잘못이며", "'41억원'이 아니라 '31억원'": the first of a quoted pair)
_CALLED_WRONG = re.compile(r"""[^\s'"’”]{0,2}['"’”]?\s*(?:(?:으로|로|이라고|라고)\s*)?잘못|"""
                           r"""['’"”]\s*(?:은|는)\s*['‘"“][^'’"”\n]{1,30}['’"”]\s*의\s*잘못|['’"”]\s*(?:이|가)\s*아니라\s*['‘"“]""")


def headline_set_right(text: str, amounts: list[tuple[int, Value | None]], ends: list[int],
                       corrected: dict[int, int], headline: dict[int, int]) -> dict[int, int]:
    """The right figure of a notice's pair ("총사업비도 '41억원'이 아니라 '31억원'") whose wrong
    figure is the headline's (``corrected``: the notice's figures the body gives; ``headline``:
    the headline's amounts): the headline's figure set right, not added where the body's parts
    are. Index → index of the headline's amount."""
    out: dict[int, int] = {}
    for i, j in corrected.items():
        if j not in headline or i + 1 >= len(amounts) or (m := _CALLED_WRONG.match(text, ends[i])) is None:
            continue
        if m.group().lstrip("'\"’” \t").startswith(("은", "는", "이", "가")) and \
                ends[i] <= amounts[i + 1][0] <= m.end() + 1:
            out[i + 1] = j
    return out


def notice_sums(text: str, paras: list[tuple[int, int]],
                amounts: list[tuple[int, float | None, float | None, str]],
                set_right: set[int]) -> dict[int, list[int]]:
    """A notice's right figure that its other right figures and the amounts of the body's
    paragraph it sets right add up to ("총사업비는 650억원으로 교비 200억원과 융자 450억원으로" set
    right to "각각 '560억원', '360억원'": 200억원 + 360억원 = 560억원): the right total, holding
    those parts the way the wrong one held the body's. Index → indices of the parts.
    ``amounts``: (start, counted value or None, value as written, currency) in text order."""
    notices = _notices(text, paras)
    if not notices or not set_right:
        return {}

    def para_of(start: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in paras if a <= start < b), None)

    inside = [i for i, (s, v, _, _) in enumerate(amounts) if v and any(a <= s < b for a, b in notices)]
    wrong = {para_of(amounts[j][0]) for j in set_right} - {None, *notices}
    body = [i for i, (s, _, v, _) in enumerate(amounts) if v and i not in set_right and para_of(s) in wrong]
    out: dict[int, list[int]] = {}
    for t in inside:
        total, currency = amounts[t][1] or 0.0, amounts[t][3]
        pool = [k for k in (*inside, *body) if k != t and amounts[k][3] == currency
                and (amounts[k][1] or amounts[k][2] or 0.0) < total][:10]
        for subset in (c for n in range(2, len(pool) + 1) for c in combinations(pool, n)):
            if any(k in inside for k in subset) and any(k in body for k in subset) and \
                    abs(sum(amounts[k][1] or amounts[k][2] or 0.0 for k in subset) - total) < 0.5:
                out[t] = sorted(subset)
                break
    return out
