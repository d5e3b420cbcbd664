"""Spans the relation pass needs that the entity rules leave out, found from the frame around a
person's name (models.nlp.relations reads a proposer's body and region from them):

* the place inside a title glued to it: "김태윤 대구시장은" → 대구 (LOCATION), "마도윤 경기지사" →
  경기, "노재희 전남교육감" → 전남 (and "국회의원" → 국회, ORG), when a known place is the whole of what comes before the
  title (the entity rules find 광주시장 → 광주 but miss weak names such as 대구, 청주, 경기);
* the place a project is named after ("서산 민항 유치" → 서산) when Kiwi did not read its first
  word as a proper noun, for a 시·군·구 or 시·도 name that is not also an everyday word;
* a name with no span right before a body and a title ("양하은 전남도 해양수산국장은", "천승주
  양구군수는"): a surname and one or two given-name syllables, which Kiwi sometimes splits
  (양하 + 은) and the entity rules then miss.

Each is added only where no span covers it, so an entity rule that finds it first wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.domain import Span
from models.nlp.gazetteer import builtin_gazetteer, given_name_syllables, surnames

# Titles that name their body by the place glued before them (the body is the place's 시·도 or
# 시·군·구 government): 대구시장, 경기지사, 경기도지사, 영암군수, 해운대구청장, 전남교육감.
_PLACE_TITLES = ("시장", "도지사", "지사", "군수", "구청장", "교육감", "부시장", "부지사",
                 "부군수", "부구청장", "시의원", "도의원", "군의원", "구의원")
_PLACE_TITLE = re.compile(r"([가-힣]{2,6}?)(?:" + "|".join(sorted(_PLACE_TITLES, key=len,
                                                                  reverse=True))
                          + r")(?:은|는|이|가|과|와|의|도|을|를|에게)?(?=[\s,.]|$)")
_WORD = re.compile(r"[^\s,.!?;:()\[\]“”\"‘’'「」『』]+")
# A title word after a body: 국장은, 해양수산국장, 정책보좌관, 연구위원 … (any word ending so).
_TITLE_END = re.compile(r"(?:장|관|위원|의원|보좌관|비서관|부시장|부지사|지사|시장|군수|구청장|교육감|"
                        r"대변인|대표|위원장|교수|이사장|사장)(?:은|는|이|가|과|와|의|도|을|를)?$")
# Names of 시·군 that are also everyday words at the head of a phrase (경기 부양, 예산 절감,
# 영양 관리): never read as the project's place without Kiwi's say.
_COMMON_WORDS = frozenset({"경기", "예산", "구리", "수영", "장수", "수정", "음성", "진도", "동안",
                           "청원", "영양", "영광", "보은", "남도", "동남", "서북", "상록", "단원",
                           "수지", "성산", "고성", "중원", "동해", "서원", "흥덕", "기장"})
_NAME = re.compile(r"(?<![가-힣A-Za-z0-9])[가-힣]{3,4}(?= )")


def relation_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """New LOCATION and PERSON spans (see the module's doc); none overlaps ``spans``."""
    for s in spans:  # (a plain loop: any() over a generator costs twice as much)
        if s.label == "MONEY":
            break
    else:
        return []
    out: list[Span] = []

    def free(a: int, b: int, inside_projects: bool = False) -> bool:
        return not any(s.start < b and a < s.end for s in spans
                       if not (inside_projects and s.label == "PROJECT")) and \
            not any(s.start < b and a < s.end for s in out)

    persons = [s for s in spans if s.label == "PERSON"]
    bodies = {s.start: s for s in spans if s.label in ("ORG", "LOCATION")}
    for m in _NAME.finditer(text):
        if _looks_like_name(m.group()) and _body_and_title_after(text, m.end(), bodies) and \
                free(m.start(), m.end()):
            out.append(Span(m.start(), m.end(), "PERSON", m.group(), "relation:name", 0.5))
    for p in [*persons, *(s for s in out if s.label == "PERSON")]:
        if text[p.end:p.end + 1] != " ":
            continue
        if text.startswith("국회의원", p.end + 1) and free(p.end + 1, p.end + 3):
            out.append(Span(p.end + 1, p.end + 3, "ORG", "국회", "relation:title-body", 0.6))
            continue
        at = p.end + 1
        if text.startswith(("전 ", "현 "), at):  # "전 대구시장": a former post
            at += 2
        t = _PLACE_TITLE.match(text, at)
        if t is None:
            continue
        place = t.group(1)
        if _is_place(place) and free(t.start(1), t.end(1)):
            out.append(Span(t.start(1), t.end(1), "LOCATION", place, "relation:title-place", 0.6))
    for p in spans:
        if p.label != "PROJECT":
            continue
        space = text.find(" ", p.start, p.end)
        word = text[p.start:space]
        if space > p.start + 1 and word not in _COMMON_WORDS and _is_place(word) and \
                free(p.start, space, inside_projects=True):
            out.append(Span(p.start, space, "LOCATION", word, "relation:project-place", 0.5))
    return out


def _is_place(word: str) -> bool:
    e = builtin_gazetteer().lookup(word)
    # a weak place name (대구, 경기) is safe here: glued to a title it is the place's office
    return e is not None and e.label == "LOCATION"


def _looks_like_name(word: str) -> bool:
    sur = surnames()
    given = given_name_syllables()
    if word[:2] in sur and len(word) == 4:
        return all(ch in given for ch in word[2:])
    return len(word) == 3 and word[0] in sur and all(ch in given for ch in word[1:])


def _body_and_title_after(text: str, pos: int, bodies: dict[int, Span]) -> bool:
    """"… 전남도 해양수산국장은", "… 양구군수는", "… 충남연구원 연구위원은": a body (a span, or a
    known place glued to a place title) and then a title."""
    w = _WORD.match(text, pos + 1)
    if w is None:
        return False
    t = _PLACE_TITLE.match(text, pos + 1)
    if t is not None and t.end() == w.end() and _is_place(t.group(1)):
        return True
    body = bodies.get(w.start())
    if w.group() in ("도", "시", "군", "구"):  # "예소윤 도 기획관": the 도 named before
        pass
    elif body is None or body.end != w.end():
        return False
    nxt = _WORD.match(text, w.end() + 1) if text[w.end():w.end() + 1] == " " else None
    return nxt is not None and _TITLE_END.search(nxt.group()) is not None
