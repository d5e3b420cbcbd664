"""Amounts a document tells once more: a headline's (the same figure again, or the sum of the
body's first amounts), a photo caption's, a correction notice's (its figures the body
gives; the ones it calls wrong are ``models.export.corrections``'), a sum of the amounts right
before it, an amount said again in the body (이 70억원은, a quote, a budget kept as proposed, a sum told again for the same
term), and a bond issue the budget
later names as a share (or several, which add up to it). Parts told after their whole are
``models.export.parts_after``'s. For ``models.export.report_data``; CONTEXT.md ("A headline is
not more money") says what each means for a researcher's totals."""

from __future__ import annotations

import re
from typing import Any

from models.domain import Value
from models.export.dedupe import NUMBER_UNITS, TOTAL, amount_role, norm_key, project_key
from models.export.parts import MORE_MONEY
from models.export.sentences import (
    adds_up,
    in_quote,
    may_share_project,
    sentence,
    sentences_back,
    share_project,
)
from models.importers.txt import preamble
from models.nlp.list_marks import FIELD_MARK
from models.nlp.relation_words import REST_OF

# Longer first lines are a first paragraph more often than a headline.
_HEADLINE_CHARS = 80


def headline_end(text: str, title: str | None) -> int | None:
    """Where the headline ends, when the text opens with its title as a line of its own (a text
    file's first line, or the line under a press release's label); None otherwise."""
    head = (title or "").strip()
    # the title opens the text, or stands under a press release's label line
    first = text.find(head) if head else -1
    if first < 0 or (first and not preamble(text[:first])) or \
            not text[first + len(head):first + len(head) + 1].isspace():
        return None
    end = first + len(head)
    if len(head) > _HEADLINE_CHARS or head.endswith(".") or \
            norm_key(head) in norm_key(text[end:]) and not _block_repeated(text, head, end):
        return None  # a first sentence taken for the title, or a line the text repeats itself
    # "- 총사업비 840억원 투입, 2027년 개관 목표": a subhead under the title, the headline's too
    # (a field line, "- 사업명: …", is no subhead)
    while (sub := _SUBHEAD.match(text, end)) is not None:
        end = sub.end()
    return end


_SUBHEAD = re.compile(r"\n[ \t]*[-–ㅡ―][ \t]*[^\n:：]{1," + str(_HEADLINE_CHARS) + r"}(?<![.다])(?=\n)")


def _block_repeated(text: str, head: str, end: int) -> bool:
    """The headline comes again as a line of its own with the same first body line after it: a
    whole release pasted twice (the copy's amounts are the repeated paragraph's)."""
    body = text[end:].lstrip("\n").split("\n", 1)[0]
    again = text.find("\n" + head + "\n", end)
    return bool(body.strip()) and again >= 0 and \
        text[again + len(head) + 2:].startswith(body)


def headline_twins(end: int | None, amounts: list[tuple[int, Value | None]]) -> dict[int, int]:
    """Amounts of a headline that the article's own body gives again ("5년간 2조5천억원 투입"
    over "…모두 2조5천억원을 마련한다"): index of the headline's amount → index of the first
    body amount of the same value and currency. ``amounts`` are (start, value) in text order;
    ``end``: :func:`headline_end` (None: no headline). One the body does not give again is left
    to count (or to :func:`headline_sums`)."""
    if end is None:
        return {}
    out: dict[int, int] = {}
    for i, (start, v) in enumerate(amounts):
        if start >= end:
            break
        if v is None or (v.value is None and v.low is None):
            continue
        key = (v.currency or "KRW", v.value, v.low, v.high)
        for j in range(i + 1, len(amounts)):
            w = amounts[j][1]
            if amounts[j][0] >= end and w is not None and (
                    w.currency or "KRW", w.value, w.low, w.high) == key:
                out[i] = j
                break
        else:
            if (twin := _rounded_twin(i, end, amounts)) is not None:
                out[i] = twin
    return out


# how far a headline's rounded amount may be from the body's exact one ("40억여원" over
# "40억2850만원")
_ROUNDED = 0.1


def _rounded_twin(i: int, end: int, amounts: list[tuple[int, Value | None]]) -> int | None:
    """The first body amount that a headline's rounded amount (40억여원, 약 300억원) stands for:
    within a tenth of it, and no less where it says "more than" (여, 대, 이상)."""
    v = amounts[i][1]
    if v is None or not v.approx or not v.value:
        return None
    over = any(m in ("여", "대", "이상", "넘게", "남짓") for m in v.markers)
    for j in range(i + 1, len(amounts)):
        start, w = amounts[j]
        if start < end or w is None or w.value is None or \
                (w.currency or "KRW") != (v.currency or "KRW"):
            continue
        if abs(w.value - v.value) <= _ROUNDED * v.value and (not over or w.value >= v.value):
            return j
    return None


def headline_sums(end: int | None, amounts: list[tuple[int, float | None, str]],
                  rounded: frozenset[int] = frozenset()) -> dict[int, list[int]]:
    """A headline's amount that the body's first counted amounts add up to ("재생에너지에 3260억
    투자" over 2300억원, 870억원 and 90억원): index → indices of the parts. ``amounts``: (start,
    counted value or None, currency) in text order; ``end``: :func:`headline_end`; ``rounded``:
    the headline's amounts told roughly (22억여원), whose parts may add up to a tenth more, as
    a rounded headline amount stands for one exact body amount (:func:`_rounded_twin`)."""
    out: dict[int, list[int]] = {}
    if end is None:
        return out
    for i, (start, value, currency) in enumerate(amounts):
        if start >= end:
            break
        if not value:
            continue
        acc, parts = 0.0, []
        for k, (s, v, c) in enumerate(amounts):
            if s < end or v is None or c != currency:
                continue
            acc += v
            parts.append(k)
            if acc >= value * (1 - 1e-9):
                if len(parts) >= 2 and abs(acc - value) <= (_ROUNDED if i in rounded else 1e-9) * value:
                    out[i] = parts
                break
    return out


# a photo's caption: "[사진] …", "사진=…", or a line closed by its credit ("… /새벽군 제공",
# "[사진=한솔시 제공]")
_CAPTION = re.compile(r"^\s*(?:\[사진[^\]\n]{0,30}\]|\(사진[^)\n]{0,30}\)|사진\s?=)|"
                      r"(?:/\s?[^/\n]{1,20}\s?제공|\[사진\s?=[^\]\n]{1,20}\]|사진\s?=\s?[^\n]{1,20}|"
                      r"[(（]\s?[^()（）\n]{1,20}\s?제공\s?[)）])\s*$")  # "… 전달하고 있다. (가람시 제공)"


def caption_twins(text: str, paras: list[tuple[int, int]],
                  amounts: list[tuple[int, Value | None]],
                  line: re.Pattern[str] = _CAPTION) -> dict[int, int]:
    """Amounts of a photo's caption (or of another kind of ``line``: a correction notice) that
    the body gives again: index → index of the body's amount of the same value and currency
    (the caption tells the story's figure once more)."""
    captions = [(a, b) for a, b in paras if line.search(text[a:b])]
    if not captions:
        return {}

    def in_caption(pos: int) -> bool:
        return any(a <= pos < b for a, b in captions)

    out: dict[int, int] = {}
    for i, (start, v) in enumerate(amounts):
        if v is None or v.value is None or not in_caption(start):
            continue
        key = (v.currency or "KRW", v.value)
        j = next((j for j, (s, w) in enumerate(amounts) if j != i and not in_caption(s)
                  and w is not None and (w.currency or "KRW", w.value) == key), None)
        if j is not None:
            out[i] = j
    return out


# "… 565억원에 이르는 재원", "모두 합쳐 565억원": a sum named as one
_SUM_AFTER = re.compile(r"\s*(?:에\s*(?:이르는|달하는|이른|달한)|규모의|에 이를|에 달할)")
# "  - 계: 3억원" under the items of a list: a sum named by its field
_SUM_FIELD = re.compile(r"[ \t]*(?:" + FIELD_MARK + r"\s*)?(?:계|합계|소계|총계)\s*[:：]\s*$")
# "시가 쓸 1,450억원": what the body itself spends, told as one figure after its parts
_SPENDER_BEFORE = re.compile(r"(?<![가-힣])(?:시|군|구|도|정부|국가)(?:가|이)\s(?:쓸|쓰는|쓴|들일|들이는|들인|부담할|부담하는|"
                             r"투입할|투입하는)\s*(?:약\s*)?$")
# "1공장에 들인 6억 달러를 더하면 … 누적 투자액은 10억5000만 달러": a sum its sentence adds up
_ADDED_UP_BEFORE = re.compile(r"(?:더하면|합하면|합치면|보태면)(?![가-힣])[^.\n]{0,30}$|"
                              r"(?<![가-힣])누적\s?[가-힣]{0,4}(?:은|는|이|가)\s*(?:약\s*)?$")
_RUN_REACH = 4  # sentences back to the first part
_NAMED_REACH = 8  # … where the amount is named a sum (a briefing's lines are sentences here)
_RUN_PARTS = 3  # parts that add up to an amount with no word of a sum, which chance hardly does


def running_sums(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...]]]
                 ) -> dict[int, list[int]]:
    """An amount that the counted amounts right before it add up to, within four sentences
    ("450억원을 들여 …, 35억원을 투입해 … 4년간 80억원이 든다 … 565억원에 이르는 재원"): index →
    indices of the parts. Three parts at least, or two where a word calls it a sum (에 이르는,
    총사업비, 모두, …을 더하면, 누적) and the parts are not all other projects' than its own (총사업비 1200억원 of
    one project after 900억원 and 300억원 of two others is no sum of them). ``amounts``: (start, end, counted
    value or None, currency, project names) in text order."""
    out: dict[int, list[int]] = {}
    for i, (start, end, value, currency, names) in enumerate(amounts):
        if not value:
            continue
        named = _SUM_AFTER.match(text, end) is not None or amount_role(text, start) == TOTAL or \
            _SPENDER_BEFORE.search(text, max(0, start - 12), start) is not None or \
            _SUM_FIELD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None or \
            _ADDED_UP_BEFORE.search(text, sentence(text, start, end)[0], start) is not None
        reach = sentences_back(text, sentence(text, start, end)[0],
                               _NAMED_REACH if named else _RUN_REACH)
        acc, parts = 0.0, []
        for k in range(i - 1, -1, -1):
            s, _e, v, c, _n = amounts[k]
            if s < reach or k in out:
                break
            if v is None:
                continue
            if c != currency:
                break
            acc += v
            parts.append(k)
            if acc >= value * (1 - 1e-9):
                # (one part: the amount said again, "총사업비: 120억원 … 총 120억원을 투입")
                if adds_up(value, acc) and (len(parts) >= _RUN_PARTS or named and (
                        all(may_share_project(amounts[k][4], names) for k in parts)
                        or any(share_project(amounts[k][4], names) for k in parts))):
                    out[i] = sorted(parts)
                break
    return out


# "70억원 가운데", "이 70억원", "2조원이라는 큰돈", "4200억원은 …": the amount just named, said again
# (in minutes: "모두 4억원입니다. / 4억원이면 … 감당할 수 있습니까? / 네, 4억원 전액 시비로": the
# figure an answer gave, taken up as a condition or as the whole of what pays it)
_AGAIN_AFTER = re.compile(r"\s*(?:(?:은|는|을|를|이|가)?\s*(?:가운데|중)(?![가-힣])|이라는|라는|"
                          r"(?:은|는)(?![가-힣])|(?:이면|이라면)\s|\s전액(?![가-힣]))")
# "나머지 200억원은", "추가로 50억원은": more money, not the same again
_NOT_AGAIN = re.compile(r"(?:" + REST_OF + "|" + MORE_MONEY + r")\s*(?:약\s*)?$")
# how many sentences back the amount said again may have been named ("사업비는 350억원이다. …
# 시설 소개 … 시는 350억원 가운데")
_AGAIN_REACH = 3
# "8억5000만원을 세워 놓고 절반 넘게 못 썼다": a budget named as set aside and then left unspent,
# the budget told before (what was not spent of it is 불용액's)
_SET_ASIDE_AFTER = re.compile(r"\s*(?:을|를)\s*(?:세워|편성해|확보해|잡아|받아)\s?(?:놓고|두고|놓고도|두고도)"
                              r"[^.\n]{0,20}?(?:못\s?(?:썼|쓴|쓰)|쓰지\s?(?:못|않)|남겼|남긴)")
# "올해 예산을 20억원으로 늘렸다", "사업비를 1190억원으로 조정하는": the figure a budget becomes,
# the same money as that figure told just before for the same project
# (the size of the change may stand between: "당초 25억원에서 32억원으로 7억원 늘었다")
_BECOMES_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:" + NUMBER_UNITS + r"원\s*(?:이|가)?\s*)?"
                            r"(?:늘|증액|확대|올리|올렸|상향|줄|감액|축소|낮추|낮췄|조정|확정)")
_PUT_BEFORE = re.compile(r"(?<![가-힣])(반영|편성|확정|확보)된\s*(?:약\s*)?$")
# "확정 사업비는 24억원이며 … 확정된 24억원으로": the figure first told under the same word
# (확정, 반영, 편성, 확보) a few words before it, told again as what was so decided
_PUT_WORD_REACH = 12
_COST_WORD = re.compile(r"(?<![가-힣])(?:총사업비|사업비)\s*$")
_AMONG_REACH = 6
_AGAIN_BEFORE = re.compile(r"(?<![가-힣])(?:이|해당|같은)\s*$")
# "총사업비는 말씀드린 28억원이 전부입니다": a figure the speaker points back to as already told
# (in minutes, an answer a few turns on), the same money anywhere before
_TOLD_BEFORE = re.compile(r"(?<![가-힣])(?:말씀드린|말씀드렸던|앞서\s?(?:말한|밝힌|말씀드린)|언급한|말했던)\s*(?:약\s*)?$")
# "정리하면 조성비는 86억원이군요": a figure its sentence opens by summing up what was said (a
# chair's or host's wrap-up in minutes), the same money anywhere before
_SUMMING_UP = re.compile(r"(?<![가-힣])(?:정리하면|정리하자면|요약하면|다시 말해|다시 말하면)(?![가-힣])")
# "이번 계획의 2,340억원은": the sum of a plan named before, pointed back to by name anywhere
_AGAIN_NAMED = re.compile(r"(?<![가-힣])(?:이|이번|해당)\s+[가-힣]{1,6}의\s*$")
_COST_AGAIN = re.compile(r"(?<![가-힣])(?:(?:총사업비|사업비|총\s예산|채무|부채|빚|기금|재원)(?:는|은|가|이)|"
                         r"(?:총사업비|사업비)\s?[:：]|"  # "정정 후: 총사업비 420억원 … 총사업비: 420억원"
                         r"(?:정부안|예산안)(?:은|는|이)?|(?:합계|총계)\s?[:：])\s*"
                         r"(?:약\s*)?$")


# "이 사업에는 군비 6억원이 들어간다": the cost of the project just told, pointed back to by 이
# 사업, its source perhaps named (a list at the top may have given the figure, lines before)
# ("도는 이번 사업에 도비 84억원을 들여": 이번 사업 as well)
_THIS_PROJECT = re.compile(r"(?<![가-힣])(?:이|이번)\s(?:사업|공사)(?:에는|에|은|는|의)\s*"
                           r"(?:(?:국비|도비|시비|군비|구비)\s*)?(?:약\s*)?$")


# "결정사항: 선정 사업 18건(9억7천만원)을 …": a meeting's decision, which tells its figures again
_DECISION_LINE = re.compile(r"\s*(?:[□○■●\-*ㆍ·•▶]\s*)?(?:결정\s?사항|의결\s?사항|결론|결정)\s*[:：]")
# "그러면 A 사업은 360억원으로, B 사업은 280억원으로 의결하겠습니다": a vote on figures the
# meeting has named, the same money again for the same project
_VOTED_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:,\s[^.\n]{0,60}?(?:으로|로)\s*)?(?:수정\s?)?(?:의결|가결)")
# "60억원을 감액한 360억원으로 조정하는", "280억원으로 하는 안입니다": a budget set to a figure
_SET_TO_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:조정|하는|하자|변경|수정|증액|감액|늘|줄|확정)")
# "불꽃축제는 상임위 조정안대로 9억5000만원": a vote on the figure a proposal set, named before it
_AS_PROPOSED_BEFORE = re.compile(r"(?<![가-힣])(?:조정안|수정안|심사안|원안)\s?대로\s*$")
_KEPT_AFTER = re.compile(r"\s*(?:을|를|은|는|이|가|으로|로)?\s*(?:원안\s*(?:유지|대로|가결|통과)|"
                         r"그대로\s*(?:유지|반영|통과|확정|편성))")


# words of a project's name that name no project alone
_GENERIC = {"예산", "사업", "사업비", "위원", "총사업비", "재원", "비용"}


def _named_in(owners: tuple[str, ...], clause: str) -> bool:
    """A word of one of ``owners`` (the project names of an amount before; a minute's speaker
    label may have crept in) stands in ``clause``: "빛축제" of "김서연 위원: 하람 빛축제 예산이"
    in "그러면 빛축제 예산은"."""
    words = {w.rstrip("이가은는을를의") for n in owners for w in re.findall(r"[가-힣]{2,}", n)}
    return any(len(w) >= 2 and w not in _GENERIC and w in clause for w in words)


def said_again(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...]]]
               ) -> dict[int, int]:
    """An amount that says again one named just before (same value and currency, in its own
    sentence or the three before) as the whole of what follows ("군은 70억원 가운데 50억원을
    국비로"), with 이 before it ("이 70억원은"), in quoted words ("150억원을 들여 …"고 말했다),
    or as a cost told again for the same project ("… 총사업비는 3200억원으로 돼 있다"): index →
    index of the first."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, names) in enumerate(amounts):
        if value is None or _NOT_AGAIN.search(text, max(0, start - 6), start):
            continue
        cue = _AGAIN_AFTER.match(text, end)
        # "결정사항: … 예산 12억원 원안 유지": a budget kept as first told, anywhere before
        kept = _KEPT_AFTER.match(text, end) is not None or \
            _DECISION_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None
        # "사업비 1300억원은 국비 …": the cost named as the topic of what follows, the same
        # figure as one before whatever project a sentence between lends it
        # ("산책로 사업비 12억5천만원에는 도비 5억원이 포함돼": what the cost holds, told of it)
        topic_cost = _COST_WORD.search(text, max(0, start - 8), start) is not None \
            and text.startswith(("은 ", "는 ", "에는 "), end)
        cost = kept or topic_cost or _COST_AGAIN.search(text, max(0, start - 10), start) is not None \
            or _AGAIN_NAMED.search(text, max(0, start - 12), start) is not None \
            or _THIS_PROJECT.search(text, max(0, start - 16), start) is not None
        becomes = _BECOMES_AFTER.match(text, end) is not None
        # "… 115억원으로 늘었습니다. … 이번 추경에 반영된 115억원으로": the figure a budget became,
        # told again as what the budget holds
        put = _PUT_BEFORE.search(text, max(0, start - 8), start)  # (its word: 반영, 편성, 확정, 확보)
        told = _TOLD_BEFORE.search(text, max(0, start - 12), start) is not None \
            or _SUMMING_UP.search(text, sentence(text, start, end)[0], start) is not None
        # "카메라 14억원에는 국비가 들어갑니까?": a question that names a figure told before asks
        # about that money (minutes, interviews), it tells no new money
        hi = sentence(text, start, end)[1]
        asked = text.startswith("?", hi) or hi == len(text) and text.rstrip().endswith("?")
        other = cue or cost or becomes or put or told or asked or _SET_ASIDE_AFTER.match(text, end) \
            or _AGAIN_BEFORE.search(text, max(0, start - 4), start) or in_quote(text, start)
        # (a vote only: what it tells again is a budget set to that figure before it)
        voted = not other and (_VOTED_AFTER.match(text, end) is not None
                               or _AS_PROPOSED_BEFORE.search(text, max(0, start - 8), start) is not None)
        if not (other or voted):
            continue
        own = sentence(text, start, end)[0]
        # quoted words may look back further: "320억원이 아깝지 않은 시설로 만들겠다"고 말했다,
        # a paragraph after the figure
        quoted = in_quote(text, start)
        topic = cue is not None and cue.group().strip() in ("은", "는")
        # "시는 2400억원 가운데 국비 960억원을": the whole of what follows may be named further up
        among = cue is not None and not topic and cue.group().strip()[-1] in "데중"
        lo = 0 if quoted or kept or cost or told or voted else sentences_back(
            text, own, _AMONG_REACH if among or asked else _AGAIN_REACH)
        for j in range(i - 1, -1, -1):
            s2, _e2, v2, c2, owners = amounts[j]
            if s2 < lo:
                break
            if topic and s2 >= own:
                continue  # "A가 200억원, B는 200억원": two sums in one sentence
            if put and not (cue or cost or becomes) and not _BECOMES_AFTER.match(text, _e2) \
                    and put.group(1) not in text[max(0, s2 - _PUT_WORD_REACH):s2]:
                continue  # (only a budget's new figure, or one told under the same word, is told again so)
            if voted and not (_SET_TO_AFTER.match(text, _e2) and (
                    may_share_project(names, owners) or _named_in(owners, text[own:start]))):
                continue
            if v2 is not None and c2 == currency and v2 == value and (
                    not (cost or becomes or put) or kept or topic_cost
                    or may_share_project(names, owners) or cost and _same_name(names, owners)
                    or becomes and s2 < own and _BECOMES_AFTER.match(text, _e2) is not None
                    and _named_in(owners, text[own:start])):
                out[i] = j
                break
    return out


# "… 배후단지 개발에 2029년까지 총 3450억원을 투입한다. … 배후단지에는 2029년까지 3450억원이
# 들어간다": a sum told again for the same term right before it (N년까지, N년간) and the same
# project, its name perhaps cut short of the work's word after it (개발, 조성). A budget by years
# names each year apart (올해, 내년), so one term told twice with one sum is one budget.
_TERM = re.compile(r"(?<![\d가-힣])(\d{4}년까지|\d{1,2}년\s?(?:간|동안))(?![가-힣])")
_TERM_REACH = 30
_MONEY = re.compile(NUMBER_UNITS + r"(?:원|달러|유로|엔|위안)")
_SHORT_NAME = 4  # letters of the shorter name, at least, for one to be the other cut short


def _term(text: str, start: int) -> str | None:
    """The term the amount at ``start`` is spent over, named just before it in its sentence with
    no other amount between ("2029년까지 총 3450억원")."""
    lo = max(sentence(text, start, start)[0], start - _TERM_REACH)
    found = list(_TERM.finditer(text, lo, start))
    if not found or _MONEY.search(text, found[-1].end(), start):
        return None
    return re.sub(r"\s", "", found[-1].group(1))


def _same_name(names: tuple[str, ...], owners: tuple[str, ...]) -> bool:
    """One project named in both, or one name the other cut short ("해솔항 배후단지" of
    "해솔항 배후단지 개발", "중소기업 지원센터" of "한별 중소기업 지원센터 건립")."""
    return any(a == b or min(len(a), len(b)) >= _SHORT_NAME and (b in a or a in b)
               for a in map(project_key, names) for b in map(project_key, owners))


def term_again(text: str, amounts: list[tuple[int, int, float | None, str, tuple[str, ...]]]
               ) -> dict[int, int]:
    """An amount of the same value and currency as one in a sentence before, for the same term
    and project (:func:`_term`, :func:`_same_name`): index → index of the first."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, names) in enumerate(amounts):
        if value is None or not names or _NOT_AGAIN.search(text, max(0, start - 6), start) or \
                (term := _term(text, start)) is None:
            continue
        own = sentence(text, start, end)[0]
        for j in range(i - 1, -1, -1):
            s2, _e2, v2, c2, owners = amounts[j]
            if s2 < own and v2 == value and c2 == currency and owners and \
                    _term(text, s2) == term and _same_name(names, owners):
                out[i] = j
                break
    return out


# "800억원 규모의 지방채를 발행", "800억원어치 지방채": a bond issue, told by its amount
_BOND_AFTER = re.compile(r"\s*(?:규모의|어치|어치의|상당의)?\s*(?:지방채|공사채|채권)")
# "시비 가운데 800억원을 지방채로 조달한다": a share raised by that bond
_BY_BOND_AFTER = re.compile(r"\s*(?:을|를|은|는|도)?\s*(?:전액(?:을)?\s*)?(?:지방채|공사채|채권)\s?(?:로|으로|발행으로)")
# "새로 발행하는 지방채는 750억원": an issue named as the topic right before its whole
_ISSUE_NAMED_BEFORE = re.compile(r"(?<![가-힣])(?:지방채|공사채)(?:는|은)\s*(?:모두|총|약)?\s*$")


def bond_told_later(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                    ) -> dict[int, int]:
    """A bond issue told by its amount before the budget it funds names it as a share ("800억원
    규모의 지방채를 발행한다 … 총사업비는 2400억원으로 … 시비 가운데 800억원을 지방채로 조달"):
    index of the issue → index of the share. ``amounts``: (start, end, counted value or None,
    currency, value as written) in text order."""
    out: dict[int, int] = {}
    for j, (_start, end, value, currency, _w) in enumerate(amounts):
        if value is None or not _BOND_AFTER.match(text, end):
            continue
        share = next((k for k in range(j + 1, len(amounts)) if amounts[k][2] is None
                      and amounts[k][3] == currency and amounts[k][4] == value
                      and _BY_BOND_AFTER.match(text, amounts[k][1])), None)
        if share is not None:
            out[j] = share
    return out


# "1. 발행 총액: 160억원", "지방채 발행 규모는 160억원": the whole of a bond issue
_ISSUE_TOTAL_BEFORE = re.compile(r"(?<![가-힣])(?:(?:지방채|공사채|채권)\s?)?발행\s?(?:총액|규모|예정액|액)"
                                 r"\s*(?:은|는|이|가)?\s*[:：]?\s*(?:약\s*)?$")
# "(국비 95억원, 군비 95억원, 지방채 120억원)": the share of a budget a bond raises
_BOND_SHARE_BEFORE = re.compile(r"(?<![가-힣])(?:지방채|공사채)(?:\s?발행)?(?:은|는|이|가)?\s*[:：]?\s*(?:약\s*)?$")


def bond_issues(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                ) -> tuple[tuple[dict[int, Any], str], ...]:
    """What restated takes of bond issues, with its key: :func:`bond_told_later` ("again"), and
    an issue's whole whose shares the budgets after it name ("1. 발행 총액: 160억원 … 총사업비
    310억원(… 지방채 120억원) … 총사업비 84억원(… 지방채 40억원)": "sum_of", index of the whole →
    indices of the shares, two at least, adding up to it exactly)."""
    summed: dict[int, Any] = {}
    for j, (start, end, value, currency, _w) in enumerate(amounts):
        if value is None or not (_BOND_AFTER.match(text, end) or _ISSUE_TOTAL_BEFORE.search(
                text, max(0, start - 14), start)):
            continue
        shares = [k for k in range(j + 1, len(amounts)) if amounts[k][3] == currency
                  and amounts[k][4] is not None
                  and _BOND_SHARE_BEFORE.search(text, max(0, amounts[k][0] - 10), amounts[k][0])]
        if len(shares) >= 2 and adds_up(value, sum(amounts[k][4] or 0.0 for k in shares)):
            summed[j] = shares
    for j, (start, _end, value, currency, _w) in enumerate(amounts):
        # "시비 가운데 600억원을 지방채로 … 150억원도 전액 지방채로 … 새로 발행하는 지방채는
        # 750억원": an issue's whole told after the sums it raises, which add up to it exactly
        if value is None or j in summed or not _ISSUE_NAMED_BEFORE.search(text, max(0, start - 12), start):
            continue
        raised = [k for k in range(j) if amounts[k][3] == currency and amounts[k][4] is not None
                  and _BY_BOND_AFTER.match(text, amounts[k][1])]
        if len(raised) >= 2 and adds_up(value, sum(amounts[k][4] or 0.0 for k in raised)):
            summed[j] = raised
    return (bond_told_later(text, amounts), "again"), (summed, "sum_of")


# "정부와 기업이 각각 9200억원씩 부담하는 셈이다": a figure worked out from those told before
_WORKS_OUT_END = re.compile(r"[^.\n]*?(?:셈이다|셈이 된다|셈이다\.|꼴이다)")


def worked_out_said(text: str, amounts: list[tuple[int, int, float | None, str]]
                    ) -> dict[int, int]:
    """Amounts of a sentence that closes on 셈이다 (a figure the reader could work out from what
    was told): index → index of the nearest counted amount before that sentence, in its
    currency. ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, int] = {}
    if "셈이" not in text and "꼴이" not in text:
        return out
    for j, (start, end, value, currency) in enumerate(amounts):
        lo, hi = sentence(text, start, end)
        if value is None or not _WORKS_OUT_END.match(text, end, hi + 1):
            continue
        before = next((i for i in range(j - 1, -1, -1) if amounts[i][0] < lo
                       and amounts[i][2] is not None and amounts[i][3] == currency), None)
        if before is not None:
            out[j] = before
    return out


# "□ 투자규모: 1조 2,000억원" at the top of a release: a field line that gives a figure the
# prose below tells again
_FIELD_LINE = re.compile(r"[ \t]*" + FIELD_MARK + r"\s*[가-힣 ]{1,12}[:：]\s*(?:약\s*)?$")


def field_told_again(text: str, amounts: list[tuple[int, int, float | None, str]]
                     ) -> dict[int, int]:
    """An amount of the prose that a field line above it (□ 투자규모: N원) already gave, with the
    same value and currency: the same money (each field's figure once). index → index of the
    field's amount. ``amounts``: (start, end, counted value or None, currency) in text order."""
    out: dict[int, int] = {}
    fields = [i for i, (start, _end, value, _c) in enumerate(amounts) if value is not None
              and _FIELD_LINE.match(text, text.rfind("\n", 0, start) + 1, start)]
    for i in fields:
        _s, _e, value, currency = amounts[i]
        for j in range(i + 1, len(amounts)):
            start, _end, v2, c2 = amounts[j]
            if v2 == value and c2 == currency and j not in out and not _FIELD_LINE.match(
                    text, text.rfind("\n", 0, start) + 1, start):
                out[j] = i
                break
    return out


# "(솔빛일보) 다솔군 산불 피해 복구에 모두 780억원이 들어간다": a paragraph that opens with an
# outlet's name in brackets, another outlet's report pasted below the first ("[가람매일]")
_OUTLET_OPENING = re.compile(r"[ \t]*[(\[（【][가-힣A-Za-z]{1,10}(?:일보|신문|뉴스|방송|통신|타임스|저널|TV|매일|데일리|투데이|"
                             r"헤럴드|포스트|프레스|미디어)[)\]）】]")


def outlet_again(text: str, amounts: list[tuple[int, int, float | None, str]]
                 ) -> dict[int, int]:
    """An amount of another outlet's report pasted below (its paragraph opens with (솔빛일보))
    that the text above already counted, same value and currency: the same money, as the same
    fact told by two outlets in two documents is. index → index of the first."""
    out: dict[int, int] = {}
    for j, (start, _end, value, currency) in enumerate(amounts):
        para = text.rfind("\n", 0, start) + 1
        if value is None or not _OUTLET_OPENING.match(text, para):
            continue
        first = next((i for i in range(j) if amounts[i][0] < para and amounts[i][2] == value
                      and amounts[i][3] == currency), None)
        if first is not None:
            out[j] = first
    return out


# "지방자치단체 부담분이 124억원을 넘어", "원화로 3천억원이 넘는 무상원조": a lower bound
# (the amount it rounds may stand above it by as much as a rounded headline's, _ROUNDED)
_BOUND_OVER = re.compile(r"\s*(?:을|를|이|가)?\s*(?:훌쩍\s*)?(?:넘는|넘어|넘게|넘었|넘긴|넘으며|넘고|웃도는|웃돌)")


def bound_again(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                ) -> dict[int, int]:
    """A lower bound (N원을 넘는) that an amount told before, or two told one after the other,
    meet within a tenth above it: that money told again, rounded down (124억8천만원 … 124억원을
    넘어; 3600억원 … 430억원 … 4천억원을 넘는다), not more of it: index → index of the (last)
    amount it rounds. ``amounts``: (start, end, counted value or None, currency, value as
    written) in text order."""
    out: dict[int, int] = {}
    for j, (_start, end, value, currency, _raw) in enumerate(amounts):
        if not value or not _BOUND_OVER.match(text, end):
            continue
        before = [(i, a[4]) for i, a in enumerate(amounts[:j]) if a[3] == currency and a[4]]

        def meets(v: float, bound: float = value) -> bool:
            return bound <= v <= bound * (1 + _ROUNDED)
        one = [i for i, v in before if meets(v)]
        two = [k for (i, v), (k, w) in zip(before, before[1:], strict=False) if k == i + 1 and meets(v + w)]
        if one or two:
            out[j] = (one or two)[-1]
    return out
