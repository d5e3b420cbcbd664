"""Counting each amount once, and adding amounts up the way CONTEXT.md says.

* A MONEY annotation is identified by the paragraph it stands in (normalised: letters and digits
  only, case-folded, so that spacing, bullets and quote styles do not matter), its own text and
  which occurrence of that text in the paragraph it is. The first row with a key counts; later
  rows with the same key — the paragraph repeated further down the same article, or the same
  wire story printed by another outlet — are shown as duplicates of it. Paragraphs shorter than
  ``MIN_REPEAT_CHARS`` never match across rows: "총 1조원" can appear in two unrelated stories.
* Shares (국비, 지방비, 민자 …) of a project whose total cost (총사업비) is given in the same
  document are parts of that total, not extra money.
* A KRW gloss in brackets after a foreign amount ("5억 달러(약 7000억원)") is the same money.
* Ranges add up as low–high bounds, vague amounts (수천억원) are counted but never summed,
  approximate ones are summed and make the total approximate, currencies never mix.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace

from models.domain import Value
from models.export.rate_more import (
    FARE_WORDS,
    MEDIAN_BEFORE,
    PRICE_FOR_UNIT,
    field_label_rate,
    rate_now_before,
    yearly_rate,
)
from models.nlp.list_marks import FIELD_MARK
from models.nlp.table_money import PER_UNIT_HEAD, SEP, column_heads, has_table, table_role
from models.rules.numerals import format_korean_amount
from models.textnorm import BYLINE, MIN_REPEAT_CHARS

EXACT, RANGE, VAGUE = "exact", "range", "vague"


_NOT_ALNUM = re.compile(r"[\W_]+")


def norm_key(text: str) -> str:
    """Letters and digits only, case-folded: the part of a paragraph that makes it the same."""
    return _NOT_ALNUM.sub("", text.casefold())


# "- 총사업비: 186억원(국비 93억원, …)": a field of a release, whose line two releases may share
_FIELD_LINE = re.compile(r"\s*(?:" + FIELD_MARK + r"\s*)?[^:：\n]{1,20}[:：]")


def amount_key(text: str, para: tuple[int, int], start: int, end: int,
               min_chars: int = MIN_REPEAT_CHARS,
               cache: dict[tuple[int, int], str] | None = None, doc: int = 0) -> bytes | None:
    """Identity of the amount ``text[start:end]`` in paragraph ``para``; None if not matchable.

    ``cache`` keeps normalised paragraphs between calls for the amounts of one document. A
    byline that opens the paragraph ("[돌내=한지훈 기자] ") is no part of it: a lead repeated at
    the end of the story comes without it. A release's field line or a table's row matches only
    within document ``doc``: two releases may read the same for different projects (a table
    reprinted elsewhere is a copy by project and amount, :class:`models.export.same_facts.SameFacts`).
    """
    if (byline := BYLINE.match(text, para[0], para[1])) is not None and byline.end() <= start:
        para = (byline.end(), para[1])
    pnorm = cache.get(para) if cache is not None else None
    if pnorm is None:
        pnorm = norm_key(text[para[0]:para[1]])
        if cache is not None:
            cache[para] = pnorm
    if len(pnorm) < min_chars:
        return None
    surface = norm_key(text[start:end]) or text[start:end]
    occurrence = norm_key(text[para[0]:start]).count(surface)
    h = hashlib.blake2b(digest_size=16)
    h.update(pnorm.encode("utf-8"))
    h.update(b"\x00" + surface.encode("utf-8") + b"\x00" + str(occurrence).encode("ascii"))
    if _FIELD_LINE.match(text, para[0], para[1]) or SEP in text[para[0]:para[1]]:
        h.update(b"\x00%d" % doc)  # (a table's row: two filings may share "2. 투자내역 | …")
    return h.digest()


def body_key(text: str) -> bytes:
    """Identity of a whole article body (a wire story under another outlet's name)."""
    return hashlib.blake2b(norm_key(text).encode("utf-8"), digest_size=16).digest()


class FirstSeen:
    """Remembers the first row that had each key."""

    def __init__(self) -> None:
        self._first: dict[bytes, tuple[int, int]] = {}

    def check(self, key: bytes | None, row: int, doc_id: int) -> tuple[int, int] | None:
        """(row, doc_id) of the earlier row with this key, or None (and remember this one)."""
        if key is None:
            return None
        first = self._first.get(key)
        if first is None:
            self._first[key] = (row, doc_id)
        return first


def project_key(name: str) -> str:
    """A project's name as one project: its letters and digits, a closing 사업 aside (해솔 둘레길
    조성 사업 = 해솔둘레길조성)."""
    key = norm_key(name)
    return key[:-2] if key.endswith("사업") and len(key) > 4 else key


# -- what kind of amount ----------------------------------------------------------------------

# 수/몇/십수 before a unit: 수천억원, 몇백억, 십수조 — or "조 단위".
_VAGUE_TEXT = re.compile(r"(?:십수|수|몇)\s*[십백천만억조]|단위")


# "복지에 첫 4000억원대", "1조원대 규모": a band of amounts, not a sum
_BAND_AFTER = re.compile(r"대(?:의|로|를|을|가|에|인|이|다|에서|까지|초반|중반|후반)?(?![가-힣])|대\s+(?:규모|수준)")


def amount_kind(value: Value | None, text: str, after: str = "") -> str:
    """EXACT, RANGE or VAGUE: ``text`` is the amount as written, ``after`` what follows it
    (an amount followed by 대, 4000억원대, is a band: VAGUE)."""
    if value is not None and value.value is not None and _BAND_AFTER.match(after):
        return VAGUE
    if value is None or (value.value is None and value.low is None and value.high is None):
        return VAGUE
    if value.value is None:
        return VAGUE if _VAGUE_TEXT.search(text) else RANGE
    return EXACT


_PARTICLE = r"(?:은|는|이|가|도|로|으로|만|에|중)?"
_SHARE_BEFORE = re.compile(
    r"(?:국비|국고|지방비|시비|도비|군비|구비|민자|민간\s*자본|민간\s*투자비?|자부담|기금"
    r"|일반회계|특별회계)\s*"
    + _PARTICLE + r"\s*(?:약|총|최대)?\s*$")
# ("○ 총 투자: 1조6350억원": a total invested, told by its label)
_TOTAL_BEFORE = re.compile(r"(?:총\s*사업비|총\s*예산|총\s*투자(?:비|액)?|총액|총|모두(?:\s*합쳐)?|합쳐)\s*[:：]?\s*" + _PARTICLE
                           + r"\s*(?:약|최대)?\s*$")
SHARE, TOTAL = "share", "total"
# a number as a text writes it with its units, before the currency word ("1조 2,480억", "3억2000만")
NUMBER_UNITS = r"\d[\d,.]*\s*(?:[조억만천]\s*[\d,.]*\s*)*"


def amount_role(text: str, start: int, window: int = 14) -> str:
    """"share" after 국비/지방비/민자 …, "total" after 총사업비/총/모두 (도비 N원 등 모두 M원), else
    ""."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - window):start]
    if _SHARE_BEFORE.search(before):
        return SHARE
    if _TOTAL_BEFORE.search(before):
        return TOTAL
    return ""


# Units one item of produce or goods is sold or given by ("포기당", "한 상자에", "한 벌당"): one list
# for the X당 and the 한 X cues, so that a unit taught to one is known to the other
_ITEM_UNITS = "포기|상자|박스|망|송이|봉지|포대|자루|근|벌|켤레"
# "1인당 20만원", "가구당 최대 50만원", "㎡당 300만원": a rate, not a sum. The unit is one of
# these words standing alone (민주당, 정당 and 식당 end in 당 too). One word may name what is
# paid between them ("1인당 재난지원금 50만원"), but not a word of a sum ("농가당 … 모두 N원":
# rate_cue refuses every cue whose match holds one).
_PER_BEFORE = re.compile(r"(?<![가-힣])(\d*\s?(?:인|명|가구|세대|가정|곳|개|개소|건|회|주|평|㎡|m²|㏊|ha|헥타르|㎢|㎞|km|"
                         r"㎏|kg|톤|t|리터|시간|학교|농가|어가|업체|기업|개사|점포|사업장|학생|마리|대|편성|량|채|호|병상|"
                         r"지역|도시|시군|시·군|시군구|시·군·구|읍면|읍·면|시도|시·도|지자체|마을|단체|팀|과제|사업|단지|동|시설|매장|학급|교실|병원|센터|기관|"
                         r"어린이집|경로당|아파트|시장|노선|공장|섬|어촌|항|역|끼니|끼|장|매|척|기|a|"
                         # "포기당 2000원", "상자당": what one unit of produce or goods fetches
                         + _ITEM_UNITS + "|"
                         # "킬로와트시(kWh)당 8원": what one unit of energy costs; "1㎥당 530원", "1m³당":
                         # a unit sign after a number (the CJK unit block, or Latin letters with ² or ³)
                         r"킬로와트시|킬로와트|메가와트시|메가와트|세제곱미터"
                         r")(?:\s?\([^()\n]{1,12}\))?|\d+\s?(?:[가-힣]{1,2}|[A-Za-z]{1,2}[²³]?|[\u3380-\u33ff])|[A-Za-z]{2,4})(?:당|마다)"
                         # "1인당 항공료·체재비 150만원", "1인당으로 나누면 82만원"; a word glossed
                         # in brackets is one word still ("1인당 국내총생산(GDP)은": a statistic)
                         r"(?:으로)?(?:\s+[가-힣]{2,8}(?:·[가-힣]{1,8})*(?:\([A-Za-z가-힣]{1,10}\)[가-힣]{0,2})?){0,3}"
                         # ("1곳당 구축비도 '28억여원'이 아니라": a correction's quote before the amount)
                         r"(?:\s*\(?\s*(?:최대|최고|평균|약|월|연|연간|하루|한\s?끼|한\s?달|1회)){0,2}\s*['‘\"“]?$")  # 1인당 연 최대, 한 끼
# "지원 한도는 1억2000만원", "보증 한도는 최대 5000만원": a cap, not money spent
_LIMIT_BEFORE = re.compile(r"(?<![가-힣])한도(?:는|가|를|로)?\s*[(（]?\s*(?:최대|최고|약)?\s*$")  # 한도(2,000만원)
# "입장료는 어른 4000원, 청소년 2000원": the next price of a list of prices
_PRICE_LIST = re.compile(r"(?<![가-힣])(요금|입장료|이용료|관람료|단가|가격)(?:은|는|이|가)\s+(?:[가-힣\d]+\s+){0,2}"
                         r"[\d,]+\s*원\s*(?:,|과|와|이고|이며)\s*(?:[가-힣\d]+\s+){0,3}$")
# "대출 잔액 5000만원 한도에서": a cap, after its amount
_LIMIT_AFTER = re.compile(r"\s*(?:의\s*)?(?:한도|범위)(?:에서|로|까지|를|는|가|내|안|에)?(?![가-힣])|"
                          r"\s*(?:을|를)\s*넘지\s*(?:않|못)")  # "96억원을 넘지 않는다": a bound
# "택시를 1000원에 탈 수 있는": what one ride costs
# "100원 요금제", "1000원 택시", "천원의 아침밥": a scheme named by the price of one ride or meal
_PRICE_AFTER = re.compile(r"\s*(?:에|으로|로)\s*(?:탈|이용할|이용하|볼|관람할|살|먹을|배울)\s*수|"
                          r"[ \t]?(?:의\s)?(?:요금제|택시|버스|밥상|아침밥|짜리|[가-힣]{1,4}(?:택시|요금제))(?![가-힣])|"  # 100원 행복택시
                          # "'1000원 균일 요금제'": a fare scheme with a word of its kind between
                          r"[ \t]?(?!규모|어치)[가-힣]{1,4}[ \t][가-힣]{0,4}요금제(?![가-힣])")
# "한 끼 단가는 4000원으로", "기본요금을 성인 기준 1500원에서": the price of one
_UNIT_PRICE_BEFORE = re.compile(r"(?<![가-힣])(?:(단가)(?:는|가|를|은|도)?\s*(?:[가-힣]+\s+){0,2}|(" + FARE_WORDS + r"|"
                                r"수수료|수강료|(?:도매|소매|판매|경락|경매|산지|출하|소비자|산지\s?거래)\s?가격|경락가|시세|땅값|집값|"
                                r"공시지가|감정가|매매가|"
                                # "관람권 가격은 1만5000원으로": what one ticket costs
                                r"(?:[가-힣]{0,4}(?:입장|관람|이용|승차|탑승|자유이용)권|티켓)\s?(?:가격|값))"
                                r"(?:는|가|를|을|은|이|도|로|으로)\s*['‘\"“]?"
                                r"(?:[가-힣A-Za-z\d~·-]+\s+){0,3}|"
                                # "농촌 버스 요금 1,000원 단일화": the fare right before it
                                r"(" + FARE_WORDS + r")\s*[(（]?\s*|"
                                # 초봉: a starting salary; 월세: a rent paid by the month, what one
                                # tenant pays each month (beside its 보증금, "보증금 1,500만원, 월세 18만원")
                                r"(보증금|임대보증금|전세금|월세|(?:평균\s?)?연봉|초봉|(?:평균\s?)?월급|일당|시급)"
                                r"(?:은|는|이|가|을|를)?\s*(?:(?:\S+\s+){1,2}기준\s*)?(?:평균\s*)?|"
                                # "1대 가격은 약 40억원": what one of them costs
                                r"(?:1|한)\s?[가-힣]\s(?:가격|값)(?:은|는|이|가)\s*)"
                                r"(?:최대|약)?\s*$")  # not "전기요금 지원에 2500억원"


# "— 요금은 어떻게 되나.", "입장료는 얼마인가?": an interview's question of what one use costs
_PRICE_ASKED = re.compile(r"[^\n]{0,20}?(?<![가-힣])(?:[가-힣]{0,2}요금|운임|입장료|이용료|관람료|가격)(?:은|는)\s"
                          r"[^\n]{0,16}?(?:\?|되나|인가|얼마나?|할까|인지)[.?]?\s*$")


# what may open the answer before its first sentence of substance: an answer's mark (A., 답:)
# and a bare yes or no ("A. 아니다. 성인 기준 1,500원으로 같다.")
_ANSWER_OPENS = re.compile(r"[ \t]*(?:(?:A|답)\s*[.:：)]\s*)?(?:(?:네|예|아니요|아니오|아니다|아닙니다|그렇다|그렇습니다|"
                           r"맞다|맞습니다)\s*[.,!]\s*)?")


def _asked_price(text: str, start: int) -> bool:
    """The amount stands in the first sentence of the line that answers a question of a price
    (its mark and a bare yes or no aside)."""
    line = text.rfind("\n", 0, start) + 1
    opens = _ANSWER_OPENS.match(text, line, start)
    if line == 0 or opens is None or re.search(r"[.?!]\s", text[opens.end():start]):
        return False
    return _PRICE_ASKED.match(text, text.rfind("\n", 0, line - 1) + 1, line - 1) is not None


# "한 사람이 한 달에 29만원을", "한 명의 월급은 300만원", "차량 한 대에 최대 150만원": what one
# person or thing gets
# ("20kg 한 상자에 1만8000원", "대파는 1kg에 2300원": what one box or a weight of produce fetches)
# "산란계 한 마리는 5천 원", "한 대가 약 40억원": what one unit costs, the amount right after it
# (not "한 해", a year: no counter; nor "한 곳은 20억원을 들여", "한 명이 1억원을 기부했다":
# a place or a person told so spends or gives money, a thing told so costs it)
_THING_UNITS = "대|개|마리|채|그루|톤|장|" + _ITEM_UNITS
_ONE_UNITS = "사람|명|가구|곳|" + _THING_UNITS
_ONE_BEFORE = re.compile(r"(?<![가-힣\d])(?:(?:(?:한|1)\s?(?:(" + _ONE_UNITS + ")"
                         r"(?:당|마다|의|에|에게)|(달)(?:에|마다)?)|(?<![\d,.])(\d{1,3}\s?(?:kg|㎏|g|톤|리터|ℓ|L|근))에)\s+"
                         r"(?:[가-힣]+\s+){0,3}|(?:한|1)\s?(" + _THING_UNITS + r")(?:은|는|이|가)\s*(?:약\s*|평균\s*)?)$")
# "이용료를 1회 5천원으로", "1인 2만원": the price of one use or one person
# "성인 5,000원, 청소년 3,000원": a price by who pays it
_CLASS_PRICE_BEFORE = re.compile(r"(?<![가-힣])(성인|어른|청소년|어린이|대인|소인|경로|초등학생|중고생|대학생)\s*(?:1인\s*)?$")
_ONCE_BEFORE = re.compile(r"(?<![가-힣\d])(1\s?(?:회|번|인|박|시간)|한\s?(?:번|회)(?=에|당)|편도|왕복)"
                          r"(?:에|당)?\s*(?:최대\s*)?$")
# "첫째 500만원, 둘째 1000만원, 셋째 이상 2000만원": a schedule of what each child brings
_ORDINAL_BEFORE = re.compile(r"(?<![가-힣])(첫째|둘째|셋째|넷째|다섯째|첫 ?아이|둘째 ?아이|셋째 ?아이)"
                             r"(?:\s*(?:아이|자녀|아|이상|부터))*\s*(?:에게|는|엔|에는)?\s*"
                             r"(?:[가-힣]{2,6}(?:을|를|은|는|이|가)\s+)?$")  # 첫째 아이 출산지원금을 …
_TOTAL_WORD = re.compile(r"(?<![가-힣])(?:총|모두|합계|전체|누적|총액)(?![가-힣])")
# "청년을 채용한 중소기업에 2년간 최대 1200만원": what one recipient may get
_CAP_FOR = re.compile(r"(?:기업|업체|가구|가정|농가|학생|청년|주민|소상공인|사업자|어르신|근로자|개인|법인|"
                      r"점포|상인|아동|노인|장애인|부부|창업자|가게|회사|단체|마을|환자|가족|주택|세대|이재민|"
                      r"피해자|유족)(?:들)?"
                      r"(?:에게|에|한테)(?:는|도)?\s+(?:[^\s.]+\s+){0,3}?(?:최대|최고)\s*$")


# "사고를 당하면 최대 1000만원까지 보상받는다", "최고 5억원까지 대출", "최대 1억원까지 보증금
# 대출을 받으면": what one may get at most
_UP_TO = re.compile(r"(?<![가-힣])(?:최대|최고)\s*$")
# "최대 3억원까지 연 1.5% 금리로 시설 자금을 빌릴": up to five words (a rate's 1.5% too) before the
# verb (빌리 for any ending of 빌리다: 빌리게, 빌리실)
_UP_TO_AFTER = re.compile(r"\s*까지(?:\s*(?:를|의))?\s*(?:(?:[^\s.]|\.(?=\d)){1,6}\s+){0,5}?(?:보상|지원|지급|대출|보장|받|빌려|빌릴|빌리|감면|환급|"
                          r"할인|보전|융자|드린|준다|주기)")


# "최고 5억원의 포상금을 준다": the most one reward is
_PRIZE_AFTER = re.compile(r"\s*(?:의|씩의)\s*(?:포상금|보상금|상금|격려금|사례금)(?:을|를|이|가|은|는)?(?![가-힣])")
_TOP_UP_AFTER = re.compile(r"\s*(?:을|를|씩)?\s*더\s")
# "대당 최대 140만원씩(배달 종사자는 30만원 추가)": what some get on top, in brackets after a rate
_TOP_UP_WORD = re.compile(r"\s*(?:을|를|씩)?\s*(?:더|추가)")
_AFTER_RATE_BRACKET = re.compile("(" + NUMBER_UNITS + r"원)\s*(?:씩)?\s*[(（][^()（）\d\n]{0,24}$")
_TO_SOME = re.compile(r"(?:에는|에게는|한테는)\s*$")
# "시군별로 최소 12억원에서 최대 31억원까지": what each of a group gets
_BY_EACH = re.compile(r"(?<![가-힣])([가-힣]{1,4}별)로?\s+(?:[^\s.▲■·•-]+\s+){0,4}?(?:최소|최대|평균)\s*$")
# "월 10만원의 임대료", "매달 30만원", "월 지급액은 최대 34만원", "하루 1만5000원": a monthly or
# daily sum ("월 최대 지급액은 34만원": the word of most before the name, the same)
_MONTHLY = re.compile(r"(?<![가-힣\d])(월|매달|매월|하루|매일|일일)\s*(?:(?:최대|최고|평균)\s*)?(?:[가-힣]{0,4}(?:액|금|료|수당|급여|임금|연금|보수)"
                      r"(?:은|는|이|가|도|로|으로)?\s*)?(?:최대|평균|약)?\s*$")  # 월 임대료로 10만원만


# "연간으로 따지면 250억원이 넘는": a half-year's budget told as a year's, a rate
_ANNUALIZED = re.compile(r"(?:연간|1년|한 해)\s?(?:으로|단위로)?\s?(?:따지면|환산하면|치면)\s*(?:약\s*)?$")
# "65세 이상 군민에게는 연 20만원의 바우처를": what each person gets a year
_YEARLY_TO_EACH = re.compile(r"(?:에게|에게는|한테)\s+(?:[^\s.]+\s+){0,2}?(연|매년|해마다)\s*$")


# "연간 운영비는 약 95억원": what running it costs a year, not what building it costs
# the words of "each year", for the amounts paid or spent yearly
YEARLY = "연간|매년|매해|해마다|한 해"
# ("연간 전력요금만 400억원 안팎이 들 것": the power or fuel a plant burns a year, a running cost too)
_RUNNING = r"(?:운영비|유지비|관리비|인건비|유지관리비|유지보수비|유지보수|유지관리|(?:전력|전기|냉난방|연료)\s?(?:요금|비용|료|비)|광열비)"
_YEARLY_COST = re.compile(r"(?<![가-힣])(?:(" + YEARLY + r")\s*(?:[가-힣]{0,4}\s?)?(?:" + _RUNNING + r"|"
                          r"운영\s?비용|유지\s?비용)(?:은|는|이|가|을|를|(?:으)?로(?:는)?|만)?\s*[:：(（]?|" + _RUNNING
                          + r"(?:(?:은|는|(?:으)?로는)\s+(?:[가-힣]+\s+){0,2}?|(?:은|는|이|가|로|으로)?\s*[(（]?\s*)"
                          r"(" + YEARLY + r"|연(?=\s)))\s*(?:약|최대)?\s*$")  # 운영비는 연간 약 420억원; 운영비 연 4억원
# ("운영비는 내년 본예산에 연 1억2천만원 수준으로": two words may stand between; "인건비는 연간
# 약 40억원": the staff it keeps a year cost, a running cost too)
# ("연간 운영비만 90억원", "연간 운영비(약 3억원)", "유지보수비는 연간 6000만원": 만 "alone", a
# bracket, the upkeep of a system; all what running it costs a year; "연간 관리비로는 1억원가량": 로는 too,
# and after the cost word: "관리비로는 연간 9천만원")
# "매년 7천만원의 유지관리비를": a yearly running cost, named after it
# ("연간 12억원 규모의 주민지원기금을 운영할": a fund or programme run each year at that size)
_YEARLY_COST_AFTER = re.compile(r"\s*(?:가량|정도|씩)?\s*의\s*(?:[가-힣]{1,4}\s?)?(?:" + _RUNNING + r"|"
                                r"운영\s?비용|유지\s?비용)(?:을|를|이|가|은|는|로|으로)?(?![가-힣])|"
                                r"\s*(?:가량|정도)?\s*규모의\s*(?:[가-힣]+\s){0,2}?[가-힣]*(?:기금|사업|프로그램|펀드|바우처)"
                                r"(?:을|를)\s+(?:[가-힣]+\s+)?운영(?:하|할|한|해|합|중)")
_YEARLY_RIGHT_BEFORE = re.compile(r"(?<![가-힣])(" + YEARLY + r"|연)\s*(?:약\s*)?$")
# "임대료는 연 50만원 수준으로": a rent told by the year, what one tenant pays
# ("해마다 임차료로 약 90만 유로를 내 왔다": the word of each year before the rent)
_YEARLY_RENT = re.compile(r"(?<![가-힣])(?:(?:임대료|임차료|사용료)(?:은|는)\s+(?:[가-힣]+\s+){0,2}?(연간|연|매년|해마다)|"
                          r"(연간|매년|해마다)\s*(?:임대료|임차료)(?:로|로는|으로)?)\s*(?:약|최대)?\s*$")
# "인접 광역도 평균(58억원)", "평균 3억원": an average, not a sum
# ("평균 판매가 420만원": a word of what is averaged may stand between; "월평균 소득은 512만원",
# "연평균 지출": an average by the month or year is one too, a statistic of what each spends)
_AVERAGE_BEFORE = re.compile(r"(?<![가-힣])(?:월|연)?평균(?:\s+[가-힣]{1,6}(?:은|는|이|가)?\s+|\s*)\(?\s*(?:약\s*)?$")
# "점포당 간판 교체비의 80%, 최대 300만원": the most one of them gets
_CAP_AFTER_PER = re.compile(r"(?<![가-힣])[가-힣]{1,4}당\s[^.\n]{0,30}?(?<![가-힣])최대\s*$")
# "각각 150억원", "각 50억원": what each of several payers pays (restated.paid_by_each)
EACH_BEFORE = re.compile(r"(?<![가-힣])각(?:각|자)?\s*(?:약\s*)?$")
# an amount later in the sentence
_MONEY_LATER = re.compile(r"[^.\n]*?\d[\d,.]*\s*(?:[조억만천]\s*)*(?:원|달러|유로|엔|위안)")
# The cues of a rate, in the order they are tried: the pattern, how far before the amount it is
# looked for, and the words the 비고 column gives for it. A cue with a word of a sum in its
# match ("농가당 … 총 N원") is none.
# "환율 USD 1 = 1,380원 적용": an exchange rate, both its sides
_FX_BEFORE = re.compile(r"(?<![가-힣])(?:적용\s?|기준\s?)?(환율)\s*[:：]?\s*(?:\(?\s*)?$|(?:[A-Z]{3}|달러|유로|엔|위안|파운드)\s*1\s*[=＝]\s*$|"
                        r"1\s*(?:달러|유로|엔|위안|파운드)\s*[=＝]\s*$")
# ("1달러당 1,366원": the rate told with 당)
_FX_AFTER = re.compile(r"\s*(?:[=＝]|당)\s*[\d,.]+\s*(?:원|달러|엔|유로|위안)")
_ONE_UNIT = re.compile(r"(?<![\d,.])1\s*(?:유로|달러|엔|위안|파운드)$|(?:USD|EUR|JPY|CNY)\s*1$")
# "계약보증금: 계약금액의 100분의 10(125,400,000원)": a deposit held against a contract
# ("후보의 기탁금은 1000만원": what each candidate lodges, paid back on a share of the vote; not
# a gift lodged with a foundation, "협회의 기탁금 1억원으로 시작한 재단", which is given)
_DEPOSIT_BEFORE = re.compile(r"(?<![가-힣])((?:계약|입찰|하자|이행)\s?보증금|(?:(?<=후보의 )|(?<=후보 )|(?<=후보자의 )|(?<=후보자 ))기탁금)"
                             r"\s*[:：]?[^\n:：]{0,20}?[(（]?\s*$")
# "(210가구에 18억6000만원을 지급한다.) 주택이 모두 탄 가구에는 1600만원": what each household
# of a kind gets, the households counted before
_KIND_OF_PAYEE = re.compile(r"(?<![가-힣\d])[가-힣]*?(가구|세대|농가|가정|업체|점포)(?:에는|에게는|엔)\s*(?:최대|최고|약)?\s*$")
# "과제 하나에 주는 연구비는 한 해 최대 5억원": what one of them gets
_ONE_OF = re.compile(r"(?<![가-힣])([가-힣]{1,6}?)(?:이|가|은|는|도)?\s?(?:하나|한\s?개|한\s?건)(?:에|당|마다)\s+(?:[^\s.]+\s+){0,5}?$")
# "한 가구가 받을 수 있는 금액은 최대 60만원": what one of them may get
_ONE_GETS = re.compile(r"(?<![가-힣\d])(?:한|1)\s?(사람|명|가구|세대|가정|곳|기업|업체|농가|점포)(?:이|가|은|는|에서)\s+"
                       r"(?:[가-힣]+\s+){0,3}?(?:지원\s?)?(?:받을|받는)\s+(?:수\s+있는\s+)?(?:금액|돈|지원금|액수)"
                       r"(?:은|는|이)?\s*(?:최대|최고|약)?\s*$")
# "여객선 한 척을 짓는 데만 180억원이": what one of them costs
# (not "수소충전소 1곳을 짓는 데 30억원을 들인다": the amount the object of a verb of spending,
# with no 만 "alone", is what the body spends on the one it builds, summed)
_ONE_COSTS = re.compile(r"(?<![가-힣\d])(?:한|1)\s?(척|채|동|대|기|개|곳)(?:을|를)\s+(?:[가-힣]+\s+){0,2}?"
                        r"(?:짓|만들|사|들이|세우|놓)[는을]\s?데(?:(만|에만)|에)?\s*(?:약\s*)?$")
_SPENT_ON_IT = re.compile(r"\s*(?:가량|정도|안팎|남짓)?\s*(?:을|를)\s+(?:[가-힣]+\s+){0,2}?"
                          r"(?:들이|들인|들여|들일|쓴|쓰|써|쓸|투입|투자|지출|집행)")
# "6. 선금: 계약금액의 30%인 610,500,000원": a share of the contract paid ahead, inside it
_OF_CONTRACT = re.compile(r"(?:(선금|선급금|중도금|잔금)\s*[:：]\s*)?(?:계약금액|계약액)의\s*\d+(?:\.\d+)?\s?%"
                          r"(?:인|에 해당하는)\s*$")
_RATE_CUES: tuple[tuple[re.Pattern[str], int, Callable[[re.Match[str]], str]], ...] = (
    (_LIMIT_BEFORE, 10, lambda m: "한도"),
    (_OF_CONTRACT, 40, lambda m: m.group(1) or "계약금액의 일부"),
    (_DEPOSIT_BEFORE, 34, lambda m: m.group(1)),
    (_FX_BEFORE, 12, lambda m: "환율"),
    (_PRICE_LIST, 50, lambda m: m.group(1)),
    (_PER_BEFORE, 22, lambda m: m.group(1).strip() + "당"),
    (_ORDINAL_BEFORE, 14, lambda m: m.group(1)),
    (_MONTHLY, 16, lambda m: m.group(1)),
    (_YEARLY_TO_EACH, 30, lambda m: m.group(1)),
    (_ANNUALIZED, 14, lambda m: "연간"),
    (_YEARLY_COST, 30, lambda m: m.group(1) or m.group(2)),
    (_YEARLY_RENT, 30, lambda m: m.group(1) or m.group(2)),
    (_AVERAGE_BEFORE, 20, lambda m: "평균"),
    (MEDIAN_BEFORE, 16, lambda m: "중위값"),
    (_CAP_AFTER_PER, 40, lambda m: "최대"),
    (_BY_EACH, 40, lambda m: m.group(1)),
    (_ONE_BEFORE, 24, lambda m: m.group(3) + "당" if m.group(3) else "한 " + (m.group(1) or m.group(2) or m.group(4))),
    (_ONCE_BEFORE, 12, lambda m: m.group(1)),
    (_CLASS_PRICE_BEFORE, 8, lambda m: m.group(1)),
    (_UNIT_PRICE_BEFORE, 20, lambda m: m.group(2) or m.group(3) or m.group(4) or "값"),  # 단가(관람료)
    (PRICE_FOR_UNIT, 30, lambda m: m.group(1)),  # 가격(3ℓ 기준): what one unit costs
    (_CAP_FOR, 40, lambda m: "최대"),
    (_ONE_OF, 40, lambda m: m.group(1) + " 하나"),
    (_ONE_GETS, 50, lambda m: "한 " + m.group(1)),
)


def _per_column(text: str, start: int) -> str | None:
    """The X당 word of the head of the table column the amount at ``start`` stands in, if any
    (tables whose cells carry words as well as money: "최대 580만원")."""
    line = text.rfind("\n", 0, start) + 1
    heads = column_heads(text, start)
    col = text.count(SEP, line, start)
    if col >= len(heads):
        return None
    m = PER_UNIT_HEAD.match(heads[col])
    return m.group(1) if m else None


def rate_cue(text: str, start: int, end: int) -> str | None:
    """"씩" after an amount, "X당" before it (1인당, 가구당, ㎡당), a cap (한도는 N원), a schedule
    by child (첫째 500만원, 둘째 1000만원), a monthly sum (월 10만원), what each of a group gets
    (시군별로 최대 N원), what one gets (한 명의 월급은 N원) or what one recipient gets at most
    (기업에 … 최대 N원, 최대 N원까지 보상받는다): the amount is a rate."""
    if table_role(text, start) == "rate":
        return "표"  # a table's 단가 or 한도 column: what one unit costs
    if has_table(text) and (per := _per_column(text, start)) is not None:
        return per  # "구분 | 대당 국비" over "승용 | 최대 580만원": what one unit gets
    if (kind := _KIND_OF_PAYEE.search(text, max(0, start - 24), start)) is not None and re.search(
            r"\d[\d,]*\s?" + kind.group(1), text[max(0, start - 300):kind.start()]):
        return kind.group(1) + "별"  # "210가구에 … 모두 탄 가구에는 1600만원": what each kind gets
    if text.startswith("씩", end) and not (
            EACH_BEFORE.search(text, max(0, start - 6), start)
            and _MONEY_LATER.match(text, end) is None):
        # "각각 300억원씩 모두 600억원": what each pays, the total after it; "두 기관이 각각
        # 50억원씩 출자한다" with no total: what each of them pays (restated.paid_by_each)
        return "씩"
    if (_UP_TO_AFTER.match(text, end) or _PRIZE_AFTER.match(text, end)) \
            and _UP_TO.search(text, max(0, start - 6), start):
        return "최대"
    if _TOP_UP_AFTER.match(text, end) and _TO_SOME.search(text, max(0, start - 6), start):
        return "추가"  # "어르신이 있는 가구에는 10만원을 더 얹어": what some of them get on top
    if _TOP_UP_WORD.match(text, end) and (
            rate := _AFTER_RATE_BRACKET.search(text, max(0, start - 50), start)) is not None and \
            rate_cue(text, rate.start(1), rate.end(1)) is not None:
        return "추가"  # "대당 140만원씩(배달 종사자는 30만원 추가)": on top of the rate before
    if _LIMIT_AFTER.match(text, end):
        return "한도"
    if _PRICE_AFTER.match(text, end):
        return "요금"
    if _asked_price(text, start):
        return "요금"  # "— 요금은 어떻게 되나." / "어디서 타든 1,000원입니다.": the price asked
    if _YEARLY_COST_AFTER.match(text, end) and (
            yearly := _YEARLY_RIGHT_BEFORE.search(text, max(0, start - 8), start)):
        return yearly.group(1)  # "매년 7천만원의 유지관리비를 지출": what running it costs a year
    if _FX_AFTER.match(text, end) and _ONE_UNIT.search(text, max(0, start - 6), end):
        return "환율"  # "1유로=1,500원": one unit of a currency, priced in another
    if _ALLOWANCE_RAISED.match(text, end) and (
            allowance := _ALLOWANCE_BEFORE.search(text, max(0, start - 18), start)):
        return allowance.group(1)  # "수당을 100만원까지 올려야": what each one gets
    if _ALLOWANCE_RAISED.match(text, end) and (given := _GIVEN_BEFORE.search(text, max(0, start - 40), start)):
        return given.group(1)  # "유족에게 주는 위로금도 20만원에서 30만원으로": what each one gets
    if _COST_ALONE_AFTER.match(text, end) and (cost := _COST_ALONE.search(text, max(0, start - 12), start)):
        return cost.group(1)  # "운영비만 해마다 30억원이 들어갑니다": what running it costs a year
    if _GRADED_AFTER.match(text, end) and _GRADED_BEFORE.search(text, max(0, start - 40), start):
        return "차등"  # "규모에 따라 8천만원에서 2억원까지 차등 배정": what each one gets
    if (paid := _PAID_AFTER.match(text, end)) is not None:
        return paid.group(1)  # "29만원의 활동비를 받는다": what each one is paid
    if (label := field_label_rate(text, start, _PER_BEFORE)) is not None:
        return label  # "- 1곳당 평균 사업비: 15억5000만 원": a field whose label names a rate
    if (per_year := yearly_rate(text, start, end)) is not None:
        return per_year  # "연간 … 320억원에 이를 것으로", "| 연간 210억원" among one-off costs
    for pattern, reach, words in _RATE_CUES:
        m = pattern.search(text, max(0, start - reach), start)
        if m and not _TOTAL_WORD.search(m.group()):
            return words(m)
    if (one := _ONE_COSTS.search(text, max(0, start - 30), start)) is not None and (
            one.group(2) or _SPENT_ON_IT.match(text, end) is None) and not _TOTAL_WORD.search(one.group()):
        return "한 " + one.group(1)  # "한 척을 짓는 데만 180억원이": what one of them costs
    if (bound := _RANGE_TO.match(text, end)) is not None and (
            bound.group(1) or _GRADED_BEFORE.search(text, max(0, start - 40), start)):
        return "범위"  # "구간에 따라 1400원에서 최대 4200원까지": the low bound of a range
    # "하루 1만3000원에서 1만5000원으로": a rate changed is a rate still
    before = _RATE_FROM.search(text, max(0, start - 30), start) or rate_now_before(text, start, end)
    return rate_cue(text, before.start(1), before.end(1)) if before else None


# "가구당 1600만원, 반파 가구에는 800만원": the next of a list of rates, for another kind of
# recipient
_NEXT_RATE_GAP = re.compile(r"\s*(?:씩)?\s*(?:,|과|와|이고|이며|으로|로)\s*(?:[가-힣·]+\s+){0,2}[가-힣·]+"
                            r"(?:에는|에게는|은|는|\s(?:시|때)(?:에는|엔)?|\s경우(?:에는|엔)?)\s*(?:최대|최고|약)?\s*$")


def next_of_rates(text: str, prev_end: int, start: int) -> bool:
    """The amount at ``start`` follows one that is a rate (ending at ``prev_end``) in the same
    sentence as the next of a list of rates ("가구당 1600만원, 반파 가구에는 800만원")."""
    return 0 <= start - prev_end <= 40 and \
        _NEXT_RATE_GAP.fullmatch(text, prev_end, start) is not None


# ("농민수당도 현행 연 60만원에서 연 100만원으로 올리겠다": 도, and the time it is paid by)
_ALLOWANCE_BEFORE = re.compile(r"(?<![가-힣])((?:[가-힣]{1,4})?(?:수당|장려금|기본소득))(?:을|를|은|는|이|가|도)\s*"
                               r"(?:(?:현행|현재|지금|기존)\s*)?(?:(?:연|월|연간|매월|매달)\s*)?$")
# "유족에게 주는 위로금도 20만원에서 30만원으로": a payment given to each one, by any name
_GIVEN_BEFORE = re.compile(r"(?:에게|에게는|한테)\s+(?:[가-힣]+\s+)?(?:주는|지급하는|지급되는|드리는|주던|지급하던)\s+"
                           r"([가-힣]{0,4}(?:금|수당|비))(?:을|를|은|는|이|가|도)\s*(?:(?:현행|현재|기존)\s*)?$")
_ALLOWANCE_RAISED = re.compile(r"\s*(?:에서\s[^.\n]{0,20}?)?(?:으로|로|까지)\s*(?:올|인상|상향|늘)")
# "운영비만 해마다 30억원이 들어갑니다": a yearly running cost told as what it alone takes
_COST_ALONE = re.compile(r"(?<![가-힣])(?:운영비|유지비|관리비)만\s*(" + YEARLY + r"|연)\s*(?:약\s*)?$")
_COST_ALONE_AFTER = re.compile(r"\s*(?:이|가)\s*(?:들어|들고|든다|듭니다|드는)")
# "학교 규모에 따라 8천만원에서 2억원까지 차등": the bounds of what each one gets, graded by a measure
_GRADED_BEFORE = re.compile(r"(?:에\s?따라|별로)\s+[^.\n]{0,24}?$")
_GRADED_AFTER = re.compile(r"\s*(?:에서|까지|씩)?\s[^.\n]{0,20}?차등")
# "구간에 따라 1400원에서 최대 4200원까지 받고 있다": the low bound of a range (graded by a measure,
# or up to a 최대/최고 high bound), not money of its own; not a change ("…원까지 늘린다")
_RANGE_TO = re.compile(r"\s*에서\s*(최대\s*|최고\s*)?" + NUMBER_UNITS + r"원\s*까지(?!\s*(?:늘|올|인상|상향|확대|"
                       r"증액|줄|낮|내리|인하|하향|축소|감액))")
_PAID_AFTER = re.compile(r"\s*(?:의|씩)\s*(활동비|수당|급여|임금|월급|일당|보수|사례비|장려금|장학금)(?:을|를)\s*"
                         r"(?:받|지급받)")


# "하루 1만3000원에서 ": an amount, then the one it changes to
# "1포대당 18,000원에 계약하고도 23,000원으로": a rate agreed, then the one charged
# "이용료는 '2주 기준 250만원'이 아니라 '2주 기준 180만원'": a rate set right
# ("'28억여원'이 아니라 '19억여원'": a figure with 여, some more, the same)
_RATE_FROM = re.compile(r"(?<![\d,.])(\d[\d,.]*(?:\s*[조억만천]\s*[\d,.]*)*\s*여?\s*원)\s*(?:에서|→|->|"
                        r"에\s(?:계약|책정|결정)(?:하고도|했지만|했는데|했으나|해\s?놓고)\s|"
                        r"['’\"”]?\s*(?:이|가)?\s*아니라\s*['‘\"“]?(?:[가-힣\d]+\s+){0,3})\s*"
                        r"(?:(?:올해|내년|지난해|작년|\d{4}년)(?:에는|엔|에)?\s*)?(?:(?:연|월)\s+)?$")  # "1만2000원에서 올해 1만4500원으로"


# ("(총사업비 9000만엔, 약 8억원)": after a comma, the gloss told with 약 or 환산)
_GLOSS_GAP = re.compile(r"^\s*(?:[(\[（]\s*(?:한화|원화)?\s*(?:로|으로)?\s*(?:약|환산)?|,\s*(?:한화|원화)?\s*(?:로|으로)?\s*(?:약|환산))\s*$")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "4억 달러를 지급한다. 원화로 약 5400억원이다": the translation in the next sentence
_GLOSS_WORDS = re.compile(r"(?:원화|한화|우리\s?돈)\s*(?:로|으로)?\s*(?:는|환산하면|환산해|따지면|치면)?\s*"
                          r"(?:약|대략)?\s*$")


def is_krw_gloss(text: str, prev_end: int, prev_currency: str | None, start: int,
                 currency: str | None) -> bool:
    """A KRW amount in brackets right after a foreign-currency amount is its translation, and
    so is one after 원화로 in the same sentence or the next."""
    if (currency or "KRW") != "KRW" or (prev_currency or "KRW") == "KRW" or prev_end > start:
        return False
    gap = text[prev_end:start]
    return bool(_GLOSS_GAP.match(gap)) or (
        "\n" not in gap and len(SENTENCE_END.findall(gap)) <= 1
        and _GLOSS_WORDS.search(text, max(prev_end, start - 16), start) is not None)


def with_value(value: Value | None, new: float) -> Value | None:
    """``value`` counted at another sum ("각각 50억원" by two bodies, a budget less its cut)."""
    if value is None or value.value is None:
        return value
    return replace(value, value=float(new), low=float(new), high=float(new))


def korean_amount(v: Value | None, kind: str, currency: str, language: str) -> str | None:
    """An amount in Korean units for the report ("약 1조 2,000억원", "200억원 ~ 300억원")."""
    if v is None:
        return None
    if kind == EXACT and v.value is not None:
        text = format_korean_amount(v.value, currency)
    elif v.low is not None and v.high is not None:
        low, high = format_korean_amount(v.low, currency), format_korean_amount(v.high, currency)
        text = low if low == high else f"{low} ~ {high}"
    else:
        return None
    if v.approx:
        text = ("약 " if language == "ko" else "≈ ") + text
    return text
