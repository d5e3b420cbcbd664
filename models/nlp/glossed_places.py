"""Two ways news writes a place that word-by-word rules misread.

Foreign places with their hanja in brackets become one LOCATION with the gloss inside. Korean
news writes Chinese and Japanese places as sound, hanja, then the kind of division:
"헤이룽장(黑龍江)성", "미야기(宮城)현", "창사(長沙)시". The name is not whole without its
division, and the gloss belongs to it; TTA/KLUE tag the whole, and a chain of them is one
place ("중국 후난(湖南)성 창사(長沙)시", guideline: 이어 쓴 지명은 하나). Word by word the
engine saw a place, a second place in the brackets, and a stray 성.

News also cuts a country to one syllable before a title: "미 국무장관", "러 대통령", "北
국방상". The syllable is the country (TTA/KLUE: a LOCATION) and the title after it stays a title.
So it is after 對 or 訪 in a Sino-Korean word: TTA tags the country inside "대북 제재", "대미
수출", "방중 일정" (2016klp tags 북 of every 대북 in its dev part). There the rule stays where
the syllables say nothing else: 대미 is also a finale (대미를 장식) and 대중 the public, so those
two only before a word of dealings between states; 대한 is "about" (…에 대한) and is left alone;
방한 is also cold protection (방한복), so 방 + country only before a particle, 하다 or a word of
visits.
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
# Nouns of a country's people, land, society and markets: "미 국민들", "미 본토", "北 미사일".
_COUNTRY_NOUNS = frozenset(
    "국민 사회 본토 전역 대륙 언론 주류 정가 정계 재계 경제 증시 국채 기업 프로야구 프로농구 "  # noqa: SIM905
    "미사일 핵실험 주민 당국자 여론 유권자".split()
)
# A one-syllable country in hanja glued to a Korean word (headlines: 日기업, 美유권자, 北미사일),
# or a one-syllable country before 측 (북측, 미측: its side, as 북한측).
_GLUED_COUNTRY = re.compile(
    r"(?<![가-힣\u4e00-\u9fff0-9])(?:(?P<hanja>[美日中北英露韓獨佛])(?=[가-힣])"
    r"|(?P<side>[미북美日中北])(?=측(?![가-힣]{2})))"
)
# What _GLUED_COUNTRY starts with: one search skips most texts (its look-behind at every
# character costs five times as much).
_GLUED_FIRST = re.compile("[美日中北英露韓獨佛미북]")
_GLOSS = re.compile(r"\([\u4e00-\u9fff]")
_DEALINGS = (
    "수출|수입|무역|관계|정책|협상|투자|흑자|적자|통상|외교|압박|협력|견제|제재|공세|강경|유화"
    "|의존|창구|채널|특사|메시지|공조|로비|경고|비난|규탄|지원|전략|조치|도발|교류|접촉|협의"
)
_VISIT_AFTER = "[을은이의에과도]|하|했|단| ?(?:길|중|일정|기간|때|계획|결과|성과|특사|초청|설)"
_PREFIXED = re.compile(
    r"(?<![가-힣\u4e00-\u9fff])(?:"
    r"[대對](?P<north>[북남北]한?)(?=[가-힣 ])"
    rf"|[대對](?P<state>[미일중러美日中])(?= ?(?:{_DEALINGS}))"
    rf"|[방訪](?P<visit>[북미일중러한北美日中韓])(?:{_VISIT_AFTER})"
    r")"
)


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
    """``spans`` with the one-syllable countries added as LOCATIONs where no span covers them:
    before a title or a noun of its people or land (미 국무장관, 미 국민들, 北 미사일), in hanja glued
    to a word (日기업), before 측 (북측), and after 對 or 訪 (대북 제재, 대미 수출, 방중 일정); before an
    organisation, the country joins it (미 하원: the state's body, one ORG, TTA/KLUE)."""
    found: list[tuple[int, int, str, float]] = []
    titles = lexicon().titles
    joined: dict[int, Span] = {}  # a name's start → the name with its country before it

    def join(country: int, at: int, labels: tuple[str, ...]) -> bool:
        """Join the country at ``country`` to the name of ``labels`` starting at ``at``, where
        no span already covers the country; whether there is such a name."""
        name = next((s for s in spans if s.start == at and s.label in labels), None)
        if name is not None and not any(s.start <= country < s.end for s in spans):
            joined[at] = replace(name, start=country, text=text[country : name.end])
        return name is not None

    for m in _SHORT_COUNTRY.finditer(text):
        start = m.start(1)
        if start and ("가" <= text[start - 1] <= "힣" or "\u4e00" <= text[start - 1] <= "\u9fff"):
            continue  # the end of a word (의미 있는, 北美)
        word = m.group("next")
        if any(word[:n] in titles or word[:n] in _COUNTRY_NOUNS for n in range(len(word), 1, -1)):
            found.append((start, start + 1, "rule:short-country", 0.7))
            continue
        join(start, m.start("next"), ("ORG",))  # 러 외무부
    for m in _GLUED_COUNTRY.finditer(text) if _GLUED_FIRST.search(text) else ():
        start = m.start()
        if not (m.group("hanja") and join(start, start + 1, ("ORG", "LOCATION"))):  # 美국무부
            found.append((start, start + 1, "rule:short-country", 0.6))
    if joined:
        spans = [joined.get(s.start, s) if s.label in ("ORG", "LOCATION") else s for s in spans]
    if "대" in text or "방" in text or "對" in text or "訪" in text:
        for m in _PREFIXED.finditer(text):
            group = next(g for g in ("north", "state", "visit") if m.group(g))
            found.append((m.start(group), m.end(group), "rule:prefixed-country", 0.6))
    out = spans if isinstance(spans, list) else list(spans)
    if not found:
        return out
    out = list(out)
    for start, end, source, score in found:
        if not any(s.start < end and start < s.end for s in out):
            out.append(Span(start, end, "LOCATION", text[start:end], source=source, score=score))
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
