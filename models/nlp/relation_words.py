"""The words and patterns models.nlp.relations reads Korean news sentences with: titles and the
bodies they name, particles, anaphors (그는, 두 시도는), spokesmen, share and whole cues, quotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.domain import FUNDING_SOURCES, Span
from models.nlp.entity_words import QUOTE_MARKS
from models.nlp.gazetteer import builtin_gazetteer

TITLES = (
    "국회의원", "시의원", "도의원", "구의원", "군의원", "의원", "장관", "차관", "부시장", "시장",
    "도지사", "지사", "군수", "구청장", "교육감", "보좌관", "비서관", "국장", "실장", "기획관",
    "본부장", "처장", "청장", "병원장", "원장", "부위원장", "위원장", "연구위원", "위원", "교수",
    "대표", "회장", "사장", "이사장", "총장", "후보", "센터장", "소장", "단장", "과장", "팀장",
    "부장", "의장", "대변인", "수석", "관계자", "부군수", "부지사", "권한대행", "대행",
)
JOSA = ("께서는", "께서", "에게", "은", "는", "이", "가", "과", "와", "의", "도", "을", "를")
TITLE_RE = re.compile(
    "^(?P<pre>[가-힣A-Za-z0-9·]*?)(?P<title>" + "|".join(TITLES) + ")(?P<josa>"
    + "|".join(JOSA) + ")?$")
# The body a title names by itself: 대구시장 → 대구시, 충북지사 → 충북, 영암군수 → 영암군.
TITLE_BODY = {"시장": "시", "도지사": "도", "지사": "", "군수": "군", "구청장": "구",
              "국회의원": "", "교육감": "", "시의원": "", "도의원": "", "군의원": "", "구의원": ""}
SUBJECT = frozenset({"은", "는", "이", "가", "께서", "께서는"})
AND = frozenset({"과", "와"})
WORD = re.compile(r"[^\s,.!?;:()\[\]“”\"‘’'「」『』]+")
HANGUL_TAIL = re.compile(r"[가-힣]*")
SENT_END = re.compile(r"[.!?。][\"'”’」』)\]]*(?=\s|$)|\n+")
# "남은 5억원", "나머지 200억원": the rest of an amount named before (a share of it, never the
# same amount said again)
REST_OF = "(?:남은|나머지|잔여|잔액)"
# "남은 5억원은", "나머지 8000만 달러는": the rest's word right before its amount
# ("사업이 끝난 뒤 남은 집행잔액 12억원을": a word of what is left may stand between)
REST_BEFORE = re.compile(r"(?<![가-힣])" + REST_OF + r"\s*(?:(?:예산|사업비|금액|돈|재원|집행\s?잔액|잔액)\s+)?"
                         r"(?:약\s*)?$")
# "이 가운데", "이 중", "그중", "이를 위해", "재원은": words that point back to the amount just
# named (a share of it, the parts of it)
POINTS_BACK = (r"(?<![가-힣])(?:(?:이|그)\s*가운데|(?:이|그)\s+중(?![가-힣])|그중(?![가-힣])|이를 위해|"
               r"재원(?:은|별로는)\s)")
# "그는", "시는", "두 기관은": a subject that points back to an earlier one.
ANAPHOR = re.compile(r"(?<![가-힣])(그|그녀|이들|시|도|군|구|공사|공단|정부|두 기관|두 단체|"
                      r"두 시도|양 시도|두 지자체|두 도시|양 기관|양측|"
                      r"해당 기관|부처|(?:이|그|해당) (?:" + "|".join(TITLES) + r"))"
                      r"(은|는|이|가)(?=\s)")
FORMER = frozenset({"전", "前", "현", "現", "신임", "초대", "당시"})
BARE_BODIES = frozenset({"도", "시", "군", "구", "당", "부"})  # "도 경제부지사": the body itself
# Bodies an ANAPHOR may name without a span to point back to ("시는" where no city came before)
UNNAMED_BODIES = frozenset({"시", "도", "군", "구", "공사", "공단", "정부", "부처"})
SPOKESMAN = re.compile(r" (?:관계자|관계자들|측|당국자|대변인|고위 관계자|"
                        r"[가-힣]{0,8}(?:본부|지부|지점|사무소|지청|지원|지역본부))(은|는|이|가)(?=\s)")
# "정부 예산안에 … 편성됐다", "도의 추경안에": the body whose budget it is budgets it
BUDGET_OF = re.compile(r"(?:의)?\s?(?:예산안|추경안|본예산|예산)(?:에|으로|에서)")
# '"… 몫이 너무 크다"고 지적했다': a quote that criticises, doubts or opposes proposes nothing
CRITIC_AFTER = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]"
                          r"\s?(?:이?라)?고\s(?:[가-힣]+(?:게|히|이)\s)?"
                          r"(?:지적|비판|우려|반대|꼬집|비난|질타|반박|반발|의문)")
# "여수시의 건의가": a request that is the clause's subject names who asks
REQUEST_OF = re.compile(r"의 (?:건의|요청|제안|요구|공약)(?:이|가|은|는)\s")
VERBAL_TOPIC = re.compile(r"(?:하|되|있|없|않|라|다|이|한|된)는$")
# not glued to a name: "지방소멸대응기금 N원" is a named fund, the whole its shares come from;
# not after 따로/별도로: "따로 국비 N원" is money besides the total, not a share of it
# "국비 60%(5256억원)": its per cent first, the amount in brackets
FUNDING_BEFORE = re.compile("(?<![가-힣])(?<!따로 )(?<!별도 )(?<!별도로 )(" + "|".join(FUNDING_SOURCES) + r")(?:\s?부담(?:액|분)?)?(?:는|은|가|이|로|으로|\s?[:：])?\s*"
                            r"(?:\d+(?:\.\d+)?\s*(?:%|％|퍼센트)\s*[(（]\s*)?(?:약|총|모두)?\s*$")
# "운영비 12억원을 따로 지원하고 있다": money its clause sets apart, told right after it (not a
# part of the amount before it)
APART_AFTER = re.compile(r"\s*(?:을|를|은|는|이|가|도)?\s*(?:따로|별도로)(?![가-힣])")
PART_CUE = re.compile(r"(?:이|그|총사업비|사업비|예산)\s*(?:가운데|중)|가운데|중\s")
# "사업비: 24억 원(국비 12억 원, …)": a release's field label with its colon
WHOLE_BEFORE = re.compile(r"(?:총사업비|총 사업비|사업비|총|모두|합쳐)\s*(?:는|은|가|로|으로|:|：)?\s*"
                           r"(?:약)?\s*$")
# used with match(text, pos): no "^", which would only ever match at the text's start
WHOLE_AFTER = re.compile(r"[가-힣]{0,3}\s*(?:가운데|중)(?:\s|$)")
# "두 사업에 3750억원": an amount for several projects funds none of them alone.
SEVERAL = re.compile(r"(?:두|세|네|여러|모든|각)\s*(?:사업|과제|곳|사업장)")
PLACE_SUFFIX = ("시", "도", "군", "구", "특별자치도", "광역시")


def is_party(name: str) -> bool:
    e = builtin_gazetteer().lookup(name)
    return name.endswith("당") or (e is not None and e.source.endswith("kr_parties"))


def josa_tail(word: str, cut: int) -> bool:
    return 0 < cut < len(word) and word[cut:] in JOSA


def quotes(text: str) -> list[tuple[int, int]]:
    """Stretches inside “…” or "…" (straight quotes pair up in order)."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in QUOTE_MARK.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif open_at is not None:
            out.append((open_at, i + 1))
            open_at = None
    return out


QUOTE_MARK = re.compile('[“”"]')


_PAREN_JOSA = re.compile(r"\([^()\n]{1,40}\)(께서는|께서|은|는|이|가)(?=\s)")


def paren_after(text: str, spans: Sequence[Span], starts: dict[int, int],
                pos: int) -> tuple[int | None, int, str] | None:
    """"의원(더불어민주당·광주 북구갑)은": for parentheses right after a title at ``pos`` and a
    subject particle after them, (the party they start with, or None; where the particle starts;
    the particle). ``starts``: ORG/LOCATION span indices by start."""
    m = _PAREN_JOSA.match(text, pos)
    if m is None:
        return None
    j = starts.get(pos + 1)
    party = j if j is not None and spans[j].end < m.start(1) and is_party(spans[j].text) else None
    return party, m.start(1), m.group(1)
