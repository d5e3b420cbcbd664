"""A wire story sent in dispatches ([1보], [2보], [속보], [종합]): each later dispatch retells
the earlier ones and adds to them, so an amount it gives again (the same value and currency)
is the earlier dispatch's money told again, not money of its own. So is a later item of a
roundup of how outlets told one story ("- 하람일보: …", "- 다온방송: …") and a paragraph opened
by the same wire dateline as an earlier one ("(다온=한결통신)": the story sent twice), and a
later press release of one document ("[보도자료]" opening each) giving an amount again for a
work the earlier release named (a 군's own release on the grant its member announced). For
``models.export.report_data``; CONTEXT.md ("A story in dispatches") says what it means."""

from __future__ import annotations

import re

from models.domain import Value

# a dispatch mark opening a line: "[1보]", "[2보]", "[속보]", "[종합]", "[종합2보]"
# (an outlet's name in brackets, "[누리일보]", is no mark: it holds more than the 보)
_MARK = re.compile(r"^[ \t]*\[(?:\d{1,2}보|속보|종합\s?\d{0,2}보?)\]", re.MULTILINE)
# a roundup of how outlets told one story, an item a line ("- 하람일보: …", "- 다온방송: …"):
# each outlet's item retells the same news, like a later dispatch
_OUTLET_ITEM = re.compile(r"^[ \t]*[-·•▲○]\s*[가-힣A-Za-z0-9]{1,10}(?:일보|신문|방송|뉴스|통신|투데이|매일|"
                          r"경제|타임스|데일리|미디어|TV|티비)\s*[:：]", re.MULTILINE)
# a wire's dateline opening a paragraph ("(다온=한결통신)"): the same dateline opening two
# paragraphs is the same wire story sent twice (a first version and its rewrite)
_DATELINE = re.compile(r"^[ \t]*[(\[]\s*[가-힣]{1,8}\s*=\s*[가-힣A-Za-z0-9]{1,12}\s*[)\]]", re.MULTILINE)

# a press release opening a line ("[보도자료]"): two in one document are two bodies' releases,
# often of one announcement (a member's grant, then the 군's release on the same works); unlike a
# dispatch, another release may tell other works, so an amount is told again only where the
# words before it name a work the earlier amount's words named too (배수로 정비 7억 원 · 배수로
# 정비에 7억 원)
_RELEASE = re.compile(r"^[ \t]*\[\s*보도\s?자료\s*\]", re.MULTILINE)
_WORD = re.compile(r"[가-힣]{2,}")
_PARTICLE = re.compile(r"(?:에는|에서|으로|에|을|를|은|는|이|가|의|로|과|와)$")


def _work_words(text: str, start: int) -> set[str]:
    """The words right before an amount (its clause's last 24 characters), particles cut off."""
    lo = max(0, start - 24, text.rfind(".", 0, start) + 1, text.rfind("▲", 0, start) + 1)
    words = {_PARTICLE.sub("", w) for w in _WORD.findall(text[lo:start])}
    return {w for w in words if len(w) >= 2}


def _marks(text: str) -> list[int]:
    """Where each dispatch (or retelling) of one story starts: marked dispatches, an outlet
    roundup's items, or paragraphs opened by one and the same wire dateline."""
    for found in (_MARK.finditer(text), _OUTLET_ITEM.finditer(text)):
        marks = [m.start() for m in found]
        if len(marks) >= 2:
            return marks
    lines = [(m.start(), re.sub(r"\s", "", m.group())) for m in _DATELINE.finditer(text)]
    same = [at for at, mark in lines if lines[0][1] == mark]
    return same if len(same) >= 2 else []


def dispatch_twins(text: str, amounts: list[tuple[int, Value | None]]) -> dict[int, int]:
    """Amounts of a later dispatch that an earlier dispatch of the same story gave already:
    index → index of the first such amount. ``amounts``: (start, value) in text order. A text
    with fewer than two marked dispatches (or outlet items, or paragraphs of one dateline) has
    none; text before the first mark is no dispatch."""
    marks = _marks(text)
    releases = False
    if len(marks) < 2:
        marks = [m.start() for m in _RELEASE.finditer(text)]
        releases = True
        if len(marks) < 2:
            return {}

    def dispatch(start: int) -> int:  # which dispatch an amount stands in (-1: none)
        return sum(1 for at in marks if at <= start) - 1

    seen: dict[tuple[object, ...], tuple[int, int]] = {}  # key → (index, its dispatch)
    out: dict[int, int] = {}
    for i, (start, v) in enumerate(amounts):
        n = dispatch(start)
        if n < 0 or v is None or (v.value is None and v.low is None):
            continue
        key = (v.currency or "KRW", v.value, v.low, v.high)
        first = seen.get(key)
        if first is None:
            seen[key] = (i, n)
        elif first[1] < n and (not releases or _work_words(text, amounts[first[0]][0])
                               & _work_words(text, start)):
            out[i] = first[0]  # told in an earlier dispatch; the same dispatch's twice is left
            # to the rules of one text
    return out
