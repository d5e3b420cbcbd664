"""Parts of a body's whole budget and of a sum told beside them, for
:func:`models.export.restated.restated` (moved out of :mod:`models.export.parts`):

* the items a text names after a body's whole budget — :func:`budget_items`;
* a share its sentence says the amount next to it holds (… 포함됐다) — :func:`included_after`;
* bonds issued to fund a budget told shortly before — :func:`borrowed_for`;
* the part of a request not granted that was granted — :func:`granted_part`."""

from __future__ import annotations

import re

from models.export.parts import BESIDE
from models.export.sentences import back_within, sentence, sentences_back
from models.nlp.relation_words import APART_AFTER

# "내년도 예산안을 128조4000억원으로 편성했다", "올해 최종예산 9조8600억원 가운데": a body's whole
# budget, whose items the text goes on to name
_WHOLE_BUDGET = re.compile(r"(?<![가-힣])(예산안|본예산|최종\s?예산|총예산|추경안|추경|추가경정\s?예산안?|"
                           r"[가-힣]{0,4}도\s?예산안?|"
                           # "나라 살림 규모를 728조원으로 확정했다": a body's whole budget told as its 살림
                           r"(?:나라|[가-힣]{1,4}도|[가-힣]{1,4}[시군구])?\s?살림\s?규모|"
                           # "농어업 분야에 612억원을 편성했다": a field's whole budget
                           r"[가-힣·]{1,8}\s?분야(?=에))(?:을|를|은|는|이|가|에)?\s*(?:총지출\s*|총\s*)?(?:약\s*)?$")
_WHOLE_AFTER = re.compile(r"\s*(?:(?:으로|로)\s*(?:편성|확정|의결|제출|책정|늘|줄)|(?:을|를)\s*편성|규모|가운데|중\s)")
# "672조3000억원 규모의 내년도 예산안을 가결했다": the budget named after its amount
_WHOLE_NAMED_AFTER = re.compile(r"\s*규모의\s*(?:[가-힣]{0,4}도\s?)?(예산안|본예산|추경안|추가경정\s?예산안?)")
_ITEM_VERB = re.compile(r"예산|배정|반영|편성|잡혔|책정|가운데|중에서|들어간|들어가|투입")


def budget_items(text: str, amounts: list[tuple[int, int, float | None, str]]
                 ) -> dict[int, tuple[int, str]]:
    """Amounts a text names after a body's whole budget (예산안을 128조4000억원으로 편성) as its
    items (기초연금 예산은 …, 의료급여 예산은 …이 잡혔다, … 312억원이 배정됐다): index → (index of
    the whole, its word). Each item's sentence says it is budgeted (예산, 배정, 반영 …) and not
    beside the budget (이와 별도로, 추가로; … 원을 따로 배정했다); together they are no more than the whole.
    ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for i, (start, end, whole, currency) in enumerate(amounts):
        cue = _WHOLE_BUDGET.search(text, max(0, start - 16), start)
        if cue is None or not _WHOLE_AFTER.match(text, end):
            cue = _WHOLE_NAMED_AFTER.match(text, end)
        if whole is None or cue is None or i in out:
            continue
        held = 0.0
        for j in range(i + 1, len(amounts)):
            s, e, v, c = amounts[j]
            if v is None or c != currency:
                continue
            lo, hi = sentence(text, s, e)
            if BESIDE.search(text, lo, s) or APART_AFTER.match(text, e) or not _ITEM_VERB.search(text, lo, hi) or \
                    held + v > whole * (1 + 1e-9):
                break
            held += v
            out[j] = (i, cue.group(1))
    return out


# "건립비는 1650억원으로 부지 매입비 210억원이 포함됐다": a share the whole just told holds;
# "민간 투자 620억원을 포함해 890억원": a share told right before its whole
# (also a cell's or a bracket's bare "포함": "120억원 | 국비 40억원 포함", "(국비 40억원 포함)")
_INCLUDED_RIGHT = re.compile(r"\s*(?:(?:이|가|도)\s*포함(?:됐|되었|돼|된|되어|되며|되고)|포함\s*(?=[|)）\n]|$))")
_WHOLE_THEN = re.compile(r"\s*(?:으로|로|이며|이고|인데|에는)?\s*,?\s*[^\d.\n]{0,20}")
_INCLUDING = re.compile(r"\s*(?:을|를)\s*(?:포함해|포함한|포함하여)\s*(?:총\s*|모두\s*)?(?:약\s*)?")


def included_after(text: str, amounts: list[tuple[int, int, float | None, str]]
                   ) -> dict[int, tuple[int, str]]:
    """An amount its sentence says the amount next to it holds ("… 1650억원으로 부지 매입비
    210억원이 포함됐다", "민간 투자 620억원을 포함해 890억원이다"): index → (index of the whole,
    the word). ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, tuple[int, str]] = {}
    for j in range(1, len(amounts)):
        start, end, value, currency = amounts[j]
        s, e, before, c = amounts[j - 1]
        if value is None or before is None or c != currency:
            continue
        if before > value and _INCLUDED_RIGHT.match(text, end) and \
                _WHOLE_THEN.fullmatch(text, e, start):
            out[j] = (j - 1, "포함")
        elif before < value and _INCLUDING.fullmatch(text, e, start):
            out[j - 1] = (j, "포함")
    return out


# "지방채 2800억원을 발행해 부족한 재원을 메우기로": money borrowed to fund a budget told before
_BORROWED_BEFORE = re.compile(r"(?<![가-힣])(지방채|공사채|국채|국고채|채권)\s*(?:약\s*)?$")
_ISSUED_AFTER = re.compile(r"\s*(?:어치)?\s*(?:을|를|이|가)?\s*(?:추가\s*)?(?:발행|차입)")
_BORROWED_REACH = 6  # sentences back to the budget it funds


def borrowed_for(text: str, amounts: list[tuple[int, int, float | None, str]]
                 ) -> dict[int, tuple[int, str]]:
    """Bonds issued to fund a budget counted shortly before ("본예산을 9조8400억원으로 편성 … 지방채
    2800억원을 발행해 부족한 재원을 메우기로"): index → (index of the budget, the bond's word). A
    bond with no larger budget before it is the money itself ("사업비를 마련하기 위해 지방채
    1,500억원을 발행한다"). ``amounts``: (start, end, counted value or None, currency)."""
    out: dict[int, tuple[int, str]] = {}
    for j, (start, end, value, currency) in enumerate(amounts):
        bond = _BORROWED_BEFORE.search(text, max(0, start - 8), start)
        if value is None or bond is None or not _ISSUED_AFTER.match(text, end):
            continue
        reach = sentences_back(text, sentence(text, start, end)[0], _BORROWED_REACH)
        for i in back_within(amounts, j, reach):
            v, c = amounts[i][2], amounts[i][3]
            if v is not None and c == currency and v > value:
                out[j] = (i, bond.group(1))
                break
    return out


# "특별교부세 50억원을 요청했지만, 행정안전부는 이 가운데 20억원만 교부하기로 했다": 만 ("only")
# after a part of a request not granted (the budget before) tells what was granted of it
_ONLY_AFTER = re.compile(r"만(?:을|이|으로|\s)")


def granted_part(text: str, end: int, whole_before: bool) -> bool:
    """The amount ending at ``end``, a part of a whole that is the budget before a change
    (``whole_before``: a request not granted), told with 만 is what was granted: the budget it
    became, which counts, not a share of money that is not to be spent."""
    return whole_before and _ONLY_AFTER.match(text, end) is not None
