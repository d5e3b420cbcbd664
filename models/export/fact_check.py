"""A fact-check's claims (팩트체크, 공약 검증): a figure in the quoted words of the claim an
article checks, where the article's verdict (판정: 사실 아님) or its own finding (확인 결과 이는
사실이 아니다) calls it untrue, is no money spent; nor is that figure told again later (오 후보가
말한 50억원, the claimant's side's "시 부담은 300억원 수준"), nor the gap between the claim and
what the article finds (말한 3000억원과의 차이인 1750억원). For
:func:`models.export.change_cue.change_cue` ("claim")."""

from __future__ import annotations

import re

from models.text_cache import per_text

# the verdict line ("판정: 대체로 사실 아님", "[판정] 거짓") or the article's finding ("본지 확인
# 결과 이는 사실이 아니다", "확인해 보니 사실과 달랐다")
_VERDICT_UNTRUE = re.compile(
    r"(?:^|\n)[ \t]*[\[【<(]?\s*(?:판정|검증\s?결과|결론)\s*[\]】>)]?\s*[:：]?\s*(?:대체로\s*|전혀\s*|완전히\s*)?"
    r"(?:사실\s?아님|사실이\s?아니|사실과\s?다름|사실과\s?다르|거짓|허위|근거\s?없음|과장)|"
    r"확인\s?(?:한|해\s?본)?\s?결과[^.\n]{0,20}?(?:사실이\s?아니|사실이\s?아닙|사실과\s?다르|사실과\s?달랐|사실무근)")
# where the article's own check opens: "본지가 … 확인한 결과", "그러나 …", the verdict line
_CHECK_OPENS = re.compile(r"확인\s?(?:한|해\s?본)?\s?결과|확인해\s?보니|(?:^|[.\n]\s*)(?:그러나|하지만)\s|"
                          r"(?:^|\n)[ \t]*[\[【<(]?\s*판정\s*[\]】>)]?\s*[:：]?")
# a quoted claim and who made it: "…50억원을 썼다"고 주장했다, "…놓을 수 있다"고 밝혔다,
# "…확정했다"고 적었다
_QUOTED_CLAIM = re.compile(r"[\"“]([^\"”\n]{1,200})[\"”]\s*(?:이)?(?:라)?고\s*"
                           r"(?:주장|밝|적|썼|말|공약|약속|내세|강조|언급|홍보|자랑)")
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:[조억만천]\s*[\d,.]*\s*)*(?:원|달러|유로|엔|위안)")
# "말한 3000억원과의 차이인 1750억원은": the gap between the claim and what was found
_GAP_BEFORE = re.compile(r"(?<![가-힣])(?:차이|차액|격차)(?:인|는|은|가|로)?\s*(?:약\s*)?$")


def _key(figure: str) -> str:
    return re.sub(r"[\s,]", "", figure)


@per_text
def _claims(text: str) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
    """The quoted claims an untrue-judging fact-check checks (spans of their words, before the
    article's check opens) and the figures they give."""
    if _VERDICT_UNTRUE.search(text) is None:
        return (), frozenset()
    opens = _CHECK_OPENS.search(text)
    limit = opens.start() if opens is not None else len(text)
    spans: list[tuple[int, int]] = []
    figures: set[str] = set()
    for m in _QUOTED_CLAIM.finditer(text, 0, limit):
        said = [f.group() for f in _FIGURE.finditer(m.group(1))]
        if said:
            spans.append(m.span(1))
            figures.update(_key(f) for f in said)
    return tuple(spans), frozenset(figures)


def checked_claim(text: str, start: int, end: int) -> bool:
    """The amount is a figure of a claim the article checks and finds untrue, in its quoted
    words or told again after them, or the gap between that claim and what was found."""
    spans, figures = _claims(text)
    if not spans:
        return False
    if any(a <= start < b for a, b in spans):
        return True
    if start >= spans[0][1] and _key(text[start:end]) in figures:
        return True
    return _GAP_BEFORE.search(text, max(0, start - 8), start) is not None
