"""An amount a text then says a budget grew to with it ("1,245억원 규모의 추경안을 의결했다.
이로써 올해 총예산은 1조 8,720억원으로 늘었다", or in its own sentence: "5억원이 다시 편성되면서
사업비는 27억원으로 늘었다"): the increase is inside the budget after it, and so are the items a
heading over the lines right below names as the increase's (주요 증액 사업); and the budget before
it, told a little earlier, that the increase adds up to the budget after with, is that budget as
it was. For ``models.export.restated``."""

from __future__ import annotations

import re

from models.export.sentences import adds_up, back_within, sentence, sentences_back

# "이로써", "이에 따라", "이를 더해": the next sentence opening on what the amount did
_THEREBY = re.compile(r"\s*(?:이로써|이로\s?인해|이에\s?따라|이를\s?(?:더해|합쳐|합하면|포함해))(?![가-힣])")
# "… 1조 8,720억원으로 늘었다", "… 130억원으로 늘어나게 됐다": the budget it grew to
_GREW_TO = re.compile(r"\s*(?:가량|정도)?\s*(?:으로|로)\s*(?:[가-힣]+\s+)?(?:늘었|늘어났|늘어나|늘게|늘어|불어났|불었|"
                      r"증가했|증가하게|확대됐|확대되)")
# "주요 증액 사업 (단위: 백만원)": a heading over the items of the increase
_ITEMS_HEAD = re.compile(r"[ \t]*(?:[□○■●◆▶<\[]\s*)?(?:주요\s*)?(?:증액|증가|추가|늘어난|늘린)\s*(?:된|한)?\s*"
                         r"(?:주요\s*)?(?:사업|내역|항목|예산)[^\n\d]{0,4}(?:[(（]\s*단위\s*[:：][^)）\n]{1,10}[)）])?[ \t:：]*$")
_HEAD_LINES = 2  # lines from the budget's sentence to the heading
# "5억원이 다시 편성되면서 사업비는 ": the increase's clause, then the budget in the same sentence
_WITH = re.compile(r"\s*(?:이|가|을|를)?\s*(?:(?:다시|추가로|새로|더)\s*)?(?:[가-힣]+\s+)?[가-힣]{0,4}"
                   r"(?:되면서|하면서|되며|하며)\s+[^.\n\d]{0,20}")
_BEFORE_REACH = 2  # sentences back from the increase to the budget before it


def grown_to(text: str, amounts: list[tuple[int, int, float | None, str]]
             ) -> tuple[dict[int, tuple[int, str]], dict[int, int]]:
    """A counted amount, the one of its sentence, whose next sentence opens on what it did (이로써, 이에 따라) and says a
    budget grew to a larger counted amount (…으로 늘었다), or one whose clause (…되면서) runs on to
    that budget in its own sentence: index → (index of that budget, the words); and the counted
    amounts on the lines under a heading of the increase's items right after (주요 증액 사업),
    where they add up to no more than it: index → (index of the increase, the heading). Second:
    a counted amount a sentence or two before the increase that it adds up to the budget with
    (22억원 … 5억원 … 27억원으로 늘었다): index → index of the budget it became. ``amounts``:
    (start, end, counted value or None, currency)."""
    out: dict[int, tuple[int, str]] = {}
    before: dict[int, int] = {}
    for i, (start, end, value, currency) in enumerate(amounts):
        if value is None or i in out or i in before:
            continue
        lo, hi = sentence(text, start, end)
        # (amounts in text order: the others of its sentence are its neighbours)
        prev_in = i > 0 and amounts[i - 1][0] >= lo
        next_in = i + 1 < len(amounts) and amounts[i + 1][0] < hi
        only_next = next_in and not prev_in and not (i + 2 < len(amounts) and amounts[i + 2][0] < hi)
        if only_next and _WITH.fullmatch(text, end, amounts[i + 1][0]) and \
                _grows(text, amounts, i + 1, value, currency):
            k = _before(text, amounts, i, i + 1, lo)
            if k is not None:  # (its own sentence: only where the budget before it adds up)
                out[i], before[k] = (i + 1, "늘어난 예산"), i + 1
            continue
        if prev_in or next_in:
            continue  # (the one amount of its sentence: "180억원에서 110억원으로 깎고, 줄인 70억원을")
        if hi >= len(text) or (opener := _THEREBY.match(text, hi + 1)) is None:
            continue
        nxt = sentence(text, opener.end(), opener.end())[1]
        j = next((k for k in range(i + 1, len(amounts)) if opener.end() <= amounts[k][0] < nxt
                  and _grows(text, amounts, k, value, currency)), None)
        if j is None:
            continue
        out[i] = (j, opener.group(0).strip() + " 늘어난 예산")
        out.update(_items(text, amounts, i, nxt))
        if (k := _before(text, amounts, i, j, lo)) is not None:
            before[k] = j
    return out, before


def _grows(text: str, amounts: list[tuple[int, int, float | None, str]], k: int, value: float,
           currency: str) -> bool:
    """Amount ``k`` is a counted budget larger than ``value`` that it grew to (…으로 늘었다)."""
    v = amounts[k][2]
    return v is not None and amounts[k][3] == currency and v > value and \
        _GREW_TO.match(text, amounts[k][1]) is not None


def _before(text: str, amounts: list[tuple[int, int, float | None, str]], i: int, j: int,
            lo: int) -> int | None:
    """The counted amount nearest before increase ``i`` (its sentence starting at ``lo``), within
    a couple of sentences, that it adds up to budget ``j`` with: the budget before."""
    total, value = amounts[j][2] or 0.0, amounts[i][2] or 0.0
    reach = sentences_back(text, lo, _BEFORE_REACH)
    return next((k for k in back_within(amounts, i, reach) if amounts[k][2] is not None
                 and amounts[k][3] == amounts[i][3] and adds_up(total, (amounts[k][2] or 0.0) + value)), None)


def _items(text: str, amounts: list[tuple[int, int, float | None, str]], i: int, pos: int
           ) -> dict[int, tuple[int, str]]:
    """The counted amounts on the lines under a heading of an increase's items that stands
    within a couple of lines after ``pos``, each line one item; none where they add up to
    more than the increase (amount ``i``)."""
    lo = text.find("\n", pos)
    head = None
    for _ in range(_HEAD_LINES):
        if lo < 0:
            return {}
        end = text.find("\n", lo + 1)
        end = len(text) if end < 0 else end
        if (head := _ITEMS_HEAD.fullmatch(text, lo + 1, end)) is not None:
            break
        lo = end if end < len(text) else -1
    if head is None:
        return {}
    items: list[int] = []
    line = head.end()
    while line < len(text):
        stop = text.find("\n", line + 1)
        stop = len(text) if stop < 0 else stop
        on = [k for k, a in enumerate(amounts) if line < a[0] < stop]
        if len(on) != 1 or amounts[on[0]][2] is None or amounts[on[0]][3] != amounts[i][3]:
            break
        items.extend(on)
        line = stop
    size = amounts[i][2] or 0.0
    if not items or sum(amounts[k][2] or 0.0 for k in items) > size * (1 + 1e-9):
        return {}
    words = " ".join(head.group(0).split("(")[0].split("（")[0].split())
    return {k: (i, words) for k in items}
