"""Two ways news writes a place that word-by-word rules misread.

Foreign places with their hanja in brackets become one LOCATION with the gloss inside. Korean
news writes Chinese and Japanese places as sound, hanja, then the kind of division:
"헤이룽장(黑龍江)성", "미야기(宮城)현", "창사(長沙)시". The name is not whole without its
division, and the gloss belongs to it; TTA/KLUE tag the whole, and a chain of them is one
place ("중국 후난(湖南)성 창사(長沙)시", guideline: 이어 쓴 지명은 하나). Word by word the
engine saw a place, a second place in the brackets, and a stray 성.

News also cuts a country to one syllable before a title: "미 국무장관", "러 대통령", "北
국방상". The syllable is the country (TTA/KLUE: a LOCATION) and the title after it stays a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from models.domain import Span
from models.nlp.gazetteer import lexicon

# A Hangul word, its hanja in brackets, then (optionally) a one-syllable division. 성 (Chinese
# province) and 현 (Japanese prefecture) make a place by themselves; the others only after a
# word already known as a place.
_PARTICLE = "은|는|이|가|을|를|에|의|도|와|과|로|으로|에서|에선|에는|까지|부터|내|일대|정부"
_GLOSSED = re.compile(
    r"(?<![가-힣])(?P<word>[가-힣]{2,6})\((?P<hanja>[\u4e00-\u9fff]{1,6})\)(?P<div>[성현시구주군역항가]?)"
    rf"(?=$|[^가-힣]|(?:{_PARTICLE})(?![가-힣]))"
)
_SURE_DIVISIONS = "성현"
# One-syllable countries that are rarely anything else as a word of their own (not 중: "회의 중
# 총리는"; not 일, 영, 불: numbers, zero, fire), then a title.
_SHORT_COUNTRY = re.compile(r"([미러북美日中北英露]) (?P<next>[가-힣]{2,6})")
_GLOSS = re.compile(r"\([\u4e00-\u9fff]")


def glossed_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with glossed place names made whole and chained."""
    if "(" not in text or _GLOSS.search(text) is None:
        return list(spans)
    out = list(spans)
    for m in _GLOSSED.finditer(text):
        start, end = m.start(), m.end()
        # the word as a place, maybe the end of a chain already joined ("중국 헤이룽장")
        head = next((s for s in out if s.end == m.end("word") and s.start <= start), None)
        known = head is not None and head.label == "LOCATION"
        div = m.group("div")
        # a glossed place with its division ("…(湖南)성") right before, one space away: this
        # word is the next part of the chain
        chained = any(s.label == "LOCATION" and s.end + 1 == start and text[s.end] == " "
                      and s.text[-2:-1] == ")" for s in out)
        if not div and not chained:
            continue  # "교토(京都)" alone: the name and its gloss, left as they are
        if not known and not chained and div not in _SURE_DIVISIONS:
            continue
        if not known and any(s.start < end and start < s.end for s in out
                             if not _inside(s, m.start("hanja"), m.end("hanja"))):
            continue  # part of something else (a person's name, an organisation)
        if head is not None and known:
            start = head.start
        out = [s for s in out if s is not head and not _inside(s, start, end)]
        source = head.source if head is not None else "rule:glossed-place"
        out.append(Span(start, end, "LOCATION", text[start:end], source=source,
                        score=head.score if head is not None else 0.6))
    out.sort(key=lambda s: (s.start, s.end))
    return _chain(text, out)


def short_countries(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with a one-syllable country before a title added as a LOCATION."""
    out = spans if isinstance(spans, list) else list(spans)
    added = False
    titles = lexicon().titles
    for m in _SHORT_COUNTRY.finditer(text):
        start = m.start(1)
        if start and ("가" <= text[start - 1] <= "힣" or "\u4e00" <= text[start - 1] <= "\u9fff"):
            continue  # the end of a word (의미 있는, 北美)
        word = m.group("next")
        if not any(word[:n] in titles for n in range(len(word), 1, -1)):
            continue
        if any(s.start <= start < s.end for s in out):
            continue
        if not added:
            out, added = list(out), True
        out.append(Span(start, start + 1, "LOCATION", m.group(1), source="rule:short-country",
                        score=0.7))
    if added:
        out.sort(key=lambda s: (s.start, s.end))
    return out


def _inside(s: Span, start: int, end: int) -> bool:
    return start <= s.start and s.end <= end


def _chain(text: str, spans: list[Span]) -> list[Span]:
    """Join a glossed place with the place written right before it, one space apart."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == s.label == "LOCATION" and s.start == prev.end + 1
                and text[prev.end] == " " and (")" in text[s.start:s.end]
                                               or ")" in text[prev.start:prev.end])):
            out[-1] = replace(prev, end=s.end, text=text[prev.start:s.end])
            continue
        out.append(s)
    return out
