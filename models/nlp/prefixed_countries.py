"""A country written as one syllable after 對 or 訪 (대북 제재, 방미 일정) is a LOCATION.

TTA tags the country inside these Sino-Korean words (2016klp tags 북 of every 대북 in its dev
part), and the guideline makes a country before another word a place (한국교회). The rule stays
where the syllables say nothing else: 대미 is also a finale (대미를 장식) and 대중 the public, so
those two only before a word of dealings between states; 대한 is "about" (…에 대한) and is left
alone; 방한 is also cold protection (방한복), so 방 + country only before a particle, 하다 or a
word of visits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.domain import Span

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


def prefixed_countries(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with the country of 대북, 대미 수출, 방중 … added as a LOCATION where no span
    covers it already."""
    out = spans if isinstance(spans, list) else list(spans)
    if "대" not in text and "방" not in text and "對" not in text and "訪" not in text:
        return out
    added = False
    for m in _PREFIXED.finditer(text):
        group = next(g for g in ("north", "state", "visit") if m.group(g))
        start, end = m.start(group), m.end(group)
        if any(s.start < end and start < s.end for s in out):
            continue
        if not added:
            out, added = list(out), True
        out.append(Span(start, end, "LOCATION", text[start:end], source="rule:prefixed-country",
                        score=0.6))
    if added:
        out.sort(key=lambda s: (s.start, s.end))
    return out
