"""More cues of a rate for :func:`models.export.dedupe.rate_cue`, kept here for that
module's size: a price told for one size of what it buys, a rate told as it stands with
what it will become, and a yearly sum that is a rate (foreseen, or alone among one-off costs)."""

from __future__ import annotations

import re

from models.nlp.table_money import SEP

# "봉투 가격(3ℓ 기준)을 150원에서", "요금은 1회 기준 1,200원": a price told for one size or unit
# of what it buys is what one unit costs, not money spent; a year in the brackets (2024년 기준)
# names when, not a unit, and is no cue
PRICE_FOR_UNIT = re.compile(r"(?<![가-힣])(가격|값|요금|단가)(?:\s*[(（]\s*|(?:은|는|이|가)?\s+)[\d.,]+\s*"
                            r"(?![\d.,]|년|월|일)[^\s()（）\d]{1,4}\s?기준\s*[)）]?\s*"
                            r"(?:은|는|이|가|을|를)?\s*(?:약\s*)?$")

# "톤당 처리비가 지금 21만원인데 증설 뒤엔 17만원 선으로 내려갈": a rate told as it stands, then
# what it will become; the later amount is that rate changed, a rate still (like "하루
# 1만3000원에서 1만5000원으로")
_RATE_NOW = re.compile(r"(?<![\d,.])(\d[\d,.]*(?:\s*[조억만천]\s*[\d,.]*)*\s*원)\s*(?:인데|이지만|이던|이었는데|이었지만)"
                       r"\s+(?:[^\s\d.]+\s+){0,3}$")
_BECOMES = re.compile(r"\s*(?:선|수준|정도|안팎|가량)?\s*(?:으로|로)\s*(?:내려|낮아|떨어|줄|오르|올라|높아|뛰|바뀌|늘)")


def rate_now_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The amount a rate stands at now (group 1), told before the one at ``start``..``end`` that
    it will become (21만원인데 … 17만원 선으로 내려갈), if any: the caller asks whether that one
    is a rate."""
    if _BECOMES.match(text, end) is None:
        return None
    return _RATE_NOW.search(text, max(0, start - 40), start)


# the words of "each year" right before a sum ("연간 재정지원금은 약 320억원": its name between)
# ("연간 운영 보조금은 약 40억원": a name of two words)
_YEARLY_SUM = re.compile(r"(?<![가-힣])(연간|한 해|해마다|매년)\s*(?:(?:[가-힣]{1,6}\s)?[가-힣]{1,6}(?:은|는|이|가)\s+)?"
                         r"(?:약\s*)?$")
# "… 약 320억원에 이를 것으로 보인다": a sum only foreseen, once the thing runs
_FORESEEN = re.compile(r"\s*(?:가량|정도|안팎|수준)?\s*(?:에|까지)\s*(?:이를|달할|이르게\s*될|육박할)\s*"
                       r"(?:것으로|전망|듯)")
# a table's cell: its words before the amount, from the bar before it
_CELL_START = re.compile(r"(?:^|(?<=\| ))[^|\n]*$")


def _yearly_cell(text: str, start: int) -> str | None:
    """The yearly word opening the table cell of the amount at ``start`` ("| 연간 210억원"), when
    another row's cell of that column holds money with no yearly word (4,800억원): a column of
    one-off costs where this one alone is told by the year."""
    line = text.rfind("\n", 0, start) + 1
    if SEP not in text[line:start]:
        return None  # not a table's row, or its first cell (the row's name)
    cell = _CELL_START.search(text, line, start)
    if cell is None or (m := _YEARLY_SUM.fullmatch(text, cell.start(), start)) is None:
        return None
    col = text.count(SEP, line, start)
    for other in text.split("\n"):
        cells = other.split(SEP)
        if SEP in other and col < len(cells) and _AMOUNT.search(cells[col]) \
                and not _YEARLY_WORD.search(cells[col]) and not other.startswith(text[line:start]):
            return m.group(1)
    return None


_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:[조억만천]\s*[\d,.]*)*\s*원")
_YEARLY_WORD = re.compile(r"연간|한 해|해마다|매년|(?<![가-힣])연\s|/년|매해")


def yearly_rate(text: str, start: int, end: int) -> str | None:
    """A yearly sum that is a rate, not a spending: one only foreseen for when a thing runs
    ("연간 재정지원금은 약 320억원에 이를 것으로 보인다": a year's running cost, forecast), or a
    table's cell told by the year in a column of one-off costs ("연간 210억원" beside "4,800억원").
    (A yearly sum a plan budgets, "한 해 24억원이 든다", stays counted.)"""
    if _FORESEEN.match(text, end) and (m := _YEARLY_SUM.search(text, max(0, start - 24), start)):
        return m.group(1)
    return _yearly_cell(text, start)


# "- 1곳당 평균 사업비: 15억5000만 원", "※ 1인당 월 활동비: 공익활동형 29만원, 사회서비스형 76만원":
# a field line (a mark may open it) whose label, before its colon, names a rate; every amount
# after the colon on that line is the rate's, category names between or not
_FIELD_LABEL = re.compile(r"[ \t]*(?:[○●■□◆◇•·▶*\-※▲△]\s*)?(?P<label>[^:：\n|.?!]{1,24}?)\s*[:：]"
                          r"(?P<gap>[^:：\n]{0,60})$")
# "농가당 평균 지원액 | 640": a table row whose first cell is the label, the amount in the next cell
_ROW_LABEL = re.compile(r"[ \t]*(?P<label>[^|:：\n.?!]{1,24}?)[ \t]*\|[ \t]*(?P<gap>)$")
_LABEL_AVERAGE = re.compile(r"(?<![가-힣])(?:월|연)?평균(?![가-힣])")
_LABEL_MONTHLY = re.compile(r"(?<![가-힣\d])(?:월|매월|매달)(?=\s)")
_LABEL_PER = re.compile(r"(?:당|마다)(?![가-힣])")
# the words of what one use or one ride costs (a fare or a fee), here and in dedupe's price cues
FARE_WORDS = r"[가-힣]{0,2}요금|운임|입장료|이용료|관람료"
# "- 이용요금: 1시간권 1000원, 연간 정기권 3만원": a label naming a fee, every amount of its line a price
_LABEL_FARE = re.compile(r"(?:" + FARE_WORDS + r")$")
_LABEL_SUM = re.compile(r"(?<![가-힣])(?:총|모두|합계|전체|누적|총액|계)(?![가-힣])")


def field_label_rate(text: str, start: int, per_before: re.Pattern[str]) -> str | None:
    """The rate the label of the field line (or of the table row, its first cell, the amount
    in the next) the amount at ``start`` stands on names (1곳당, 평균, 월, 이용요금), if any:
    the amount is that rate. ``per_before``: the X당 cue (dedupe's), tried on the label up to
    each 당 of it."""
    line = text.rfind("\n", 0, start) + 1
    m = _FIELD_LABEL.fullmatch(text, line, start) or _ROW_LABEL.fullmatch(text, line, start)
    if m is None or SEP in m.group("gap") or re.search(r"[.?!]\s", m.group("gap")) \
            or _LABEL_SUM.search(m.group()):
        return None
    label = m.group("label")
    for per in _LABEL_PER.finditer(label):
        if (unit := per_before.search(label, 0, per.end())) is not None:
            return unit.group(1).strip() + "당"
    if (fare := _LABEL_FARE.search(label)) is not None:
        return fare.group()
    if _LABEL_AVERAGE.search(label):
        return "평균"
    return "월" if _LABEL_MONTHLY.search(label) else None


# "전셋집 보증금 중위값은 1억8000만원", "중간값 3억원": a median, like an average, a statistic of
# what each pays, not a sum (a word or two of what it is of may stand between: "중위값은 올해 N원")
MEDIAN_BEFORE = re.compile(r"(?<![가-힣])(?:중위값|중앙값|중간값|중위\s?(?:가격|금액|보증금|전셋값|매매가))"
                           r"(?:은|는|이|가)?\s*(?:[가-힣]{1,4}\s+)?(?:약\s*)?$")
