"""Money asked for that the text says was refused, and a quoted figure that a rebuttal says was
never considered, for :func:`models.export.change_cue.change_cue`: neither is money a budget
spends."""

from __future__ import annotations

import re

from models.export.refuted import UNTRUE
from models.export.sentences import in_quote

# The words of a refusal, active and passive, plain and polite ("받아들이지 않았습니다",
# "받아들여지지 않았다", "수용하지 않기로", "거절했다", "불수용", "반려됐다")
# ("다시 넣지 않았다", "담지 않았다", "대책에 담기지 않았다", "포함되지 않았다": not put in)
_REFUSED = (r"(?:받아들이|받아들여지|수용하|수용되|반영하|반영되|채택하|채택되|들어주|들어\s?주|승인하|승인되|"
            r"넣|담|담기|포함되|편성하|편성되)지\s?(?:않|못)|"
            # "받아들일 수 없다", "수용할 수가 없습니다": a refusal told as what cannot be done
            r"(?:받아들일|수용할|반영할|채택할|들어줄|승인할)\s?수(?:가|는)?\s?없|"
            r"(?<![가-힣])(?:거절|거부|불수용|불승인|반려|퇴짜)(?:했|하였|됐|되었|돼|됨|당했|당하|을\s?당|하기로|키로|$|[.,\s])")
# "세온시는 진입도로 건설비 800억원을 국비로 지원해 달라고 요청했지만, 정부는 … 받아들이지
# 않았다": the amount asked for, the request's verb after it, then the refusal in the same sentence
_ASKED_AFTER = re.compile(r"\s*(?:을|를|이|가)?\s[^.\n]{0,40}?(?:요청|요구|건의|신청|촉구)(?:했|하였|해\s?왔|해\s?온)"
                          r"(?:지만|으나|는데)[^.\n]{0,60}?(?:" + _REFUSED + ")")
# "주민대책위원회가 요구한 500억원 규모의 '… 특별기금' 조성은 재원 부족을 이유로 받아들여지지
# 않았다", "야당이 요구한 … 1조원 별도 편성은 반영되지 않았다", "군이 요청한 … 12억원은 도
# 투자심사에서 반려됐다": money someone asked for, told as what was asked, and its refusal after it
# ("지난해 의회에서 전액 삭감됐던 … 45억원은 올해 예산안에 다시 넣지 않았다": money cut entirely
# before, told so before it, and not put back)
_ASKED_BEFORE = re.compile(r"(?<![가-힣])(?:(?:요구|요청|건의|주장|제안|신청|촉구)(?:한|했던|하던|해\s?온)|"
                           r"전액\s?(?:삭감|감액)(?:된|됐던|되었던|당한|당했던))\s[^.\n\d]{0,30}$")
_REFUSED_AFTER = re.compile(r"[^.\n\d]{0,60}?(?:" + _REFUSED + ")")

# "'1조원 지원'은 검토된 바 없습니다", "'500억원 투입'은 약속한 적이 없다": a quoted figure its own
# sentence says was never considered, promised or decided (a rebuttal's answer to a report)
_NEVER = r"(?:검토|논의|결정|약속|확정|언급|합의)(?:한|된|된\s?바가?)\s?(?:적|바)(?:가|이|는|도)?\s?없"
_NEVER_AFTER = re.compile(r"[^'’\"”\n]{0,30}['’\"”][^.\n]{0,30}?(?<![가-힣])" + _NEVER)
# "보도에서 언급된 주민 보상금 300억원 역시 검토된 바 없습니다": a figure named as a report's
# before it (보도에서 언급된, 언론이 보도한, 보도된), which its own sentence says was never
# considered or calls untrue, quoted or not
_REPORTED_BEFORE = re.compile(r"(?<![가-힣])(?:(?:보도|기사|언론)(?:에서|에|이|가)?\s?(?:언급|거론|제기|보도)(?:된|한|됐던|했던)|"
                              r"(?:보도|기사|언론)(?:에서|에)\s?나온|보도(?:된|한|됐던))\s[^.\n\d]{0,30}$")
_NEVER_OR_UNTRUE_AFTER = re.compile(r"[^.\n\d]{0,30}?(?<![가-힣])(?:" + _NEVER + "|" + UNTRUE + ")")

# "당초 45억 달러 투자를 검토했으나 … 규모를 줄였다": a plan considered, then cut down in the same
# sentence; the figure considered is the budget before, the cut-down one counts
_CONSIDERED_CUT_AFTER = re.compile(r"\s*(?:규모의|규모로|의)?\s*(?:[가-힣]+\s+){0,2}?[가-힣]{0,8}(?:을|를)\s*(?:[가-힣]{1,6}\s+)?"
                                   r"검토(?:했|하였|하다가|했다가|해\s?왔)(?:으나|지만|는데|다가)?[^.\n]{0,60}?"
                                   r"(?<![가-힣])[가-힣]{0,6}(?:을|를)?\s*(?:줄였|줄이|축소|낮췄|낮추|감액|삭감|깎)")


def not_taken(text: str, start: int, end: int) -> str | None:
    """"before": money asked for that the text says was refused (none of it to be spent), money
    cut entirely before that the text does not put back, or a plan considered and then cut down;
    "claim": a quoted figure its sentence says was never considered; None: neither."""
    if _ASKED_AFTER.match(text, end) or (
            _REFUSED_AFTER.match(text, end) and _ASKED_BEFORE.search(text, max(0, start - 40), start)):
        return "before"
    if _CONSIDERED_CUT_AFTER.match(text, end):
        return "before"  # "당초 45억 달러 투자를 검토했으나 … 규모를 줄였다"
    if _NEVER_AFTER.match(text, end) and in_quote(text, start, single=True) or \
            _NEVER_OR_UNTRUE_AFTER.match(text, end) and _REPORTED_BEFORE.search(text, max(0, start - 50), start):
        return "claim"
    return None
