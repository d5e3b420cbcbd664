"""Two small reference rules of models.nlp.relations.

A project named again by its kind alone: "여주 물류 단지를 만든다. 시는 (이) 단지 조성에 150억원
…" — the amount funds the 여주 물류 단지 named before, not a new project called "단지 조성".

A project phrase of at most two words whose first word is a bare kind of thing (단지, 센터,
공항 …, or 사업) refers back to the nearest earlier project (within two sentences) whose name ends
in that kind; models.nlp.relations links the amount to it with a score above the finder's.

"A와 B는 각각 X에 N원, Y에 M원을 요청했다": the amounts after 각각 go to A and B in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from models.domain import Span

_KINDS = ("단지", "산단", "센터", "시설", "공항", "철도", "도로", "클러스터", "타운", "밸리", "특구",
          "항만", "부두", "공원", "캠퍼스", "사업", "노선", "기지", "벨트", "플랫폼", "병원", "대교",
          "터미널", "도서관", "박물관", "미술관", "체육관", "경기장", "연구소", "연구원")


def referred_project(spans: Sequence[Span], p: int, sent: Callable[[int], int]) -> int | None:
    """The earlier PROJECT that the short PROJECT ``p`` names again by its kind, if any."""
    words = spans[p].text.split()
    if len(words) > 2 or words[0] not in _KINDS:
        return None
    kind = words[0]
    here = sent(spans[p].start)
    best: int | None = None
    for q, s in enumerate(spans):
        if s.label != "PROJECT" or q == p or s.end > spans[p].start:
            continue
        if here - sent(s.start) > 2 or len(s.text.split()) < 2:
            continue
        if s.text.split()[-1].endswith(kind) or (
                kind == "사업" and len(words) == 1):
            best = q
    return best


def each_amount(text: str, spans: Sequence[Span], pairs: dict[int, tuple[int, list[int]]],
                sent: Callable[[int], int]) -> dict[int, int]:
    """MONEY index → its own proposer, for "A와 B는 각각 … N원 … M원" (as many amounts as
    proposers, after 각각 in the same sentence)."""
    out: dict[int, int] = {}
    for sid, (after, who) in pairs.items():
        at = text.find("각각", after)
        if at < 0 or sent(at) != sid:
            continue
        money = [i for i, s in enumerate(spans) if s.label == "MONEY" and s.start > after
                 and sent(s.start) == sid]
        if len(money) == len(who):
            out.update(zip(money, who, strict=True))
    return out
