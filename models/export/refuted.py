"""Claims the text sets right: the words that call a figure untrue, a quoted claim or a rumour
the next sentences refute, a rebuttal sheet's report line (보도 내용:) that its answer line
(해명:) answers, and a figure named again only to be denied. For
:func:`models.export.change_cue.change_cue` ("claim")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from models.export.sentences import sentence, sentences_ahead
from models.text_cache import per_text
from models.textnorm import repeated_paragraphs

# The words that call a figure untrue, in every form the cues below meet: plain and polite
# (아니다, 아닙니다), present and past (다르다, 달랐다), as a verb and before a noun (사실과 다른).
# One list, so that a form taught to one cue is known to all.
UNTRUE = (r"사실무근|사실이\s?(?:아니|아닙|아님)|사실과\s?(?:다르|다릅|달랐|달라|다른)|근거\s?(?:없|가\s없)|"
           r"터무니\s?없")
# "일부 언론이 보도한 '민간업체에 200억원 손실 보전' 약속설에 대해 \"사실무근\"이라고 반박했다": a
# figure in quoted words that its own sentence calls untrue
QUOTE_REFUTED = re.compile(r"[^'’\"”\n]{0,30}['’\"”][^.\n]{0,40}?(?:" + UNTRUE + ")")
CLAIM_BUT = re.compile(r"[^.\n\d]{0,12}?(?:['\"”’]\s*)?(?:(?:이)?라고\s*(?:주장|말|밝)했|[라다]고\s*주장(?:하|했))(?:지만|으나|는데)")
# "… 3조원을 훌쩍 넘을 것"이라고 주장했다. 이에 … "근거 없는 숫자"라고 반박했다": a claim the next
# sentences refute ("반박", "그러나 … 나왔다")
_CLAIM_SAID = re.compile(r"[^.\n\d]{0,20}?['\"”’]\s*(?:이)?(?:라)?고\s*(?:주장|비판|지적|말)했다")
# "300억원이 더 들 거라는 얘기도 나옵니다. / 사실이 아닙니다.": a rumour told, then refuted
# ("50억원이 넘게 들어간다는 보도가 있던데요. / 사실과 다릅니다.": a report the answer refutes)
# ("20억원에 이른다고 보도했습니다. 사실입니까? / 사실이 아닙니다.": told as the report's words)
# ("5억원이나 썼다는 이야기가 주민들 사이에 돌고 있습니다": where it goes round between)
# ("… 넘게 든다는 얘기까지 돌던데요": 까지, the rumour told as going that far)
# ("2천억원을 쓴다는 일부 보도에 대해 …", "… 투입한다는 보도는 사실과 다르다": a report named as
# what the words after answer)
_RUMOUR_SAID = re.compile(r"[^.\n\d]{0,20}?(?:(?:다|라)는\s*(?:일부\s*(?:언론의?\s*)?)?(?:얘기|이야기|말|소문|주장|보도|기사)"
                          r"(?:(?:도|가|이|까지)?\s*"
                          r"(?:[가-힣]{1,6}\s+[가-힣]{1,4}에\s+)?(?:나오|나옵|나온|나왔|돌|돕|돈|있)|은|는|에\s?대해|를\s?두고|"
                          # "…올린다는 소문이 사실인가요?": a question asks about it, the answer after
                          r"(?:이|가)\s*사실(?:인가|입니까|이냐|일까|인지))|"
                          r"(?:다|라)고\s*(?:보도|주장)(?:했|하였|합|됐|되었))")
# "'9억 유로설'은 … 부인했다", "2억 달러설이 돌았지만 … 일축했다": a rumoured figure (N원설)
_RUMOUR_FIGURE = re.compile(r"\s?설['’\"”]?\s*(?:에\s?대해|(?:을|를)\s?두고|은|는|이|을|를|도)")
_REFUTED = re.compile(r"반박|부인(?:했|하|한|해|합)|일축|사실\s?아(?:냐|님)|(?:검토|논의|결정)(?:한|된|된\s?바가?)\s?(?:적이?|바가?)\s?없|" + UNTRUE
                      + r"|부풀|(?:^|[.\n]\s*)(?:그러나|하지만)\s")


# a rebuttal sheet (해명자료): "○ 보도 내용: … 1200억원을 투입해 …" answered by a later
# "○ 해명: …" line; what the report says is the claim the sheet answers, not money spent
_REPORT_LINE = re.compile(r"[ \t]*(?:[○●□■◇◆▶\-·]\s*)?(?:보도\s?(?:내용|요지|개요)|기사\s?(?:내용|요지))\s*[:：]")
_ANSWER_LINE = re.compile(r"^[ \t]*(?:[○●□■◇◆▶\-·]\s*)?(?:해명|설명|반박|사실\s?관계)(?:\s?내용)?\s*[:：]", re.MULTILINE)


# ""3조원은 근거 없는 숫자"라고 반박했다", "300억원을 넘긴다는 것은 근거 없는 주장": a figure
# the speaker calls baseless
BASELESS_AFTER = re.compile(r"[^.\n\"”\d]{0,16}?(?:은|는|이란|이라는)\s*(?:[가-힣]{1,4}\s)?(?:" + UNTRUE
                            + r"|부풀려진|과장된)")


# "1200억원은 구가 산출한 사업비가 아닙니다": a figure its own sentence says is no budget of
# the speaker's
# ("체납 진료비(14억원)는 … 정부 예산으로 보전하지 않습니다": money it says no budget pays)
DENIED_AFTER = re.compile(r"\s*(?:은|는|이|가)\s[^.\n]{0,30}?(?:사업비|예산|금액|비용|액수|수치)(?:가|이)\s?(?:아니|아닙|아님)"
                           r"|\s*[)）]?\s*(?:은|는)\s[^.\n]{0,50}?예산으로\s?(?:보전|지원|충당|메우|부담)(?:하지|해\s?주지|지)\s?(?:않|못)")


def report_answered(text: str, start: int) -> bool:
    """The amount stands on a line labelled as a report's words (보도 내용:) that a later line
    labelled as the answer (해명:) answers."""
    line = text.rfind("\n", 0, start) + 1
    return _REPORT_LINE.match(text, line) is not None and \
        _ANSWER_LINE.search(text, text.find("\n", start) + 1 or len(text)) is not None


@per_text
def _repeats(text: str) -> tuple[tuple[int, int, int], ...]:
    return tuple((r.start, r.end, r.first_start) for r in repeated_paragraphs(text))


def _repeats_earlier(text: str, pos: int, end: int) -> bool:
    """``pos`` stands in a paragraph repeated from one told before ``end``: the words there
    answer what came before it, not the amount ending at ``end`` ("…라는 보도에 대해 '사실이
    아니다'라고 반박했다. / … '6,300억원이며 달라진 것이 없다'고 말했다. / (the first paragraph
    again)": the rebuttal's own figure is no claim)."""
    return any(a <= pos < b and first < end for a, b, first in _repeats(text))


def claim_refuted(text: str, end: int) -> bool:
    """The amount ending at ``end`` is in a quoted claim or a rumour that the two sentences after
    it refute."""
    m = _CLAIM_SAID.match(text, end) or _RUMOUR_SAID.match(text, end) or _RUMOUR_FIGURE.match(text, end)
    if m is not None and (ref := _REFUTED.search(text, m.end(), sentences_ahead(text, m.end(), 2))) is not None \
            and not _repeats_earlier(text, ref.start(), end):
        return True
    line, nxt = text.rfind("\n", 0, end) + 1, text.find("\n", end) + 1
    return nxt > 0 and _TURN.match(text, line) is not None and _TURN_UNTRUE.match(text, nxt) is not None


# a debate's or minutes' turn ("▲김 후보 = …", "○ 위원: …") and the next one that opens by calling
# it untrue ("▲정 후보 = 사실과 다릅니다."): what the first speaker said is a claim refuted
_TURN = re.compile(r"[ \t]*[▲○◇■●][^\n=:：]{1,20}[=:：]")
_TURN_UNTRUE = re.compile(_TURN.pattern + r"\s*(?:" + UNTRUE + ")")


# "\"1000억원이라는 수치는 사실이 아니다\"": a figure the text names again to deny it
# ("74억원은 오타다. 64억원이 맞다": a figure the text names again as a slip of the pen)
FIGURE_DENIED = re.compile(r"\s*(?:이)?(?:라는|란)\s?(?:수치|금액|숫자|액수|주장)(?:는|은)\s?[^.\n]{0,10}?"
                            r"(?:" + UNTRUE + r"|틀렸|틀립|잘못)|"
                            r"\s*['’\"”]?\s*(?:은|는)\s*(?:단순\s?)?(?:오타|오기|오류|착오)(?:다|이다|였다|입니다|였습니다|이며|이고|로)")


# "… 45억원을 들인 수중방파제가 … / 수중방파제 공사비는 45억원이 아니라 38억원입니다": the same
# figure named again later and set right to another (X이 아니라 Y), the words before it naming
# the work the first telling's sentence names
_SET_RIGHT_AFTER = re.compile(r"\s*['’\"”]?\s*(?:이|가)\s*아니라\s*['‘\"“]?\s*(?:약\s*)?\d")
_WORD = re.compile(r"[가-힣]{2,}")
_PARTICLE = re.compile(r"(?:에는|에서|으로|에|을|를|은|는|이|가|의|로|과|와|도)$")
_PLAIN = frozenset({"사업비", "총사업비", "공사비", "예산", "비용", "금액", "사업", "액수", "먼저", "그런데", "실제"})


def _names_work_of(text: str, at: int, lo: int, hi: int) -> bool:
    """A word right before ``at`` (its clause's last 24 characters), particles cut off, is in
    text[lo:hi]."""
    back = max(0, at - 24, text.rfind(".", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    words = {_PARTICLE.sub("", w) for w in _WORD.findall(text[back:at])}
    return any(len(w) >= 2 and w not in _PLAIN and w in text[lo:hi] for w in words)


# what may follow a figure told again: 원 (after a unit of ten thousand and up), but no more
# digits and no foreign currency ("900억" is 900억원 again; "900억 달러" is not)
_FIGURE_END = re.compile(r"(?![\d,.])(?!\s?\d)(?!\s?(?:달러|유로|엔|위안|파운드))")
_WON_END = re.compile(r"(?:\s?원)?(?![\d,.])(?!\s?\d)(?!\s?(?:달러|유로|엔|위안|파운드))")


# a run of ASCII digits (with their commas and points) no digit, comma or point stands before
_DIGIT_RUN = re.compile(r"(?<![0-9,.])[0-9][0-9,.]*")


@per_text
def _digit_runs(text: str) -> dict[str, list[int]]:
    """Each run of digits of ``text`` → where it starts, in text order (built once per text)."""
    runs: dict[str, list[int]] = {}
    for m in _DIGIT_RUN.finditer(text):
        runs.setdefault(m.group(), []).append(m.start())
    return runs


def same_figures(text: str, start: int, end: int, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each telling in text[lo:hi] of the figure of the amount at
    text[start:end], a won amount with or without 원 after it (900억원, 900억), other digits or a
    foreign currency never joined on. Asked of every amount: a scan of the whole text each time
    is quadratic on a long document, so a figure that opens with digits is looked up among the
    text's runs of digits, found once per text (its run must be the figure's own: "9000억" is
    no telling of "900억")."""
    figure = text[start:end]
    base = figure[:-1].rstrip() if figure.endswith("원") else figure
    ending = _WON_END if base[-1:] in "조억만천" else _FIGURE_END
    for at in _places(text, base, lo, hi):
        m = ending.match(text, at + len(base))
        if m is not None and m.end() <= hi:
            yield at, m.end()


def _places(text: str, base: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``base`` stands whole in text[lo:hi], no digit, comma or point before it."""
    lead = _DIGIT_RUN.match(base)
    if lead is None:  # "삼백억": no digits to look up
        at = text.find(base, lo, hi)
        while at >= 0:
            if at == 0 or text[at - 1] not in "0123456789,.":
                yield at
            at = text.find(base, at + 1, hi)
        return
    runs = _digit_runs(text).get(lead.group(), [])
    for k in range(bisect_left(runs, lo), len(runs)):
        if runs[k] + len(base) > hi:
            return
        if text.startswith(base, runs[k]):
            yield runs[k]


def denied_later(text: str, start: int, end: int) -> bool:
    """The same figure as the amount's (1000억원) is named again after it only to be denied,
    or set right to another figure for the work the amount's sentence names (…이 아니라 38억원),
    or told again as a claim or rumour the sentences after refute (5천억원설은 사실이 아니다),
    or called untrue or baseless (N원을 확보했다는 것은 사실이 아니며):
    the first telling is the claim denied too."""
    for at, to in same_figures(text, start, end, end, len(text)):
        if FIGURE_DENIED.match(text, to) or BASELESS_AFTER.match(text, to) or claim_refuted(text, to):
            return True
        if _SET_RIGHT_AFTER.match(text, to) and _names_work_of(text, at, *sentence(text, start, end)):
            return True
    return False
