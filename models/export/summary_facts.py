"""The facts at the top of the report's summary sheet: what was exported, how many amounts were
counted and left out, and the rules they were counted by (Korean or English)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


def summary_facts(counts: Mapping[str, int], lang: str, *, exported_at: datetime,
                  source: str | None, who: str, filters: str, first: date | None,
                  last: date | None) -> list[tuple[str, Any]]:
    """(label, value) rows; ``counts`` as ``ReportBuilder`` keeps them."""
    ko = lang != "en"
    c = counts
    return [
        ("빛글 금액 보고서" if ko else "Bitgeul amounts report", None),
        ("내보낸 시각" if ko else "Exported at", exported_at),
        ("프로젝트" if ko else "Project", source or None),
        ("주석자" if ko else "Annotator", who),
        ("필터" if ko else "Filters", filters),
        ("문서 수" if ko else "Documents", c["documents"]),
        ("주석이 있는 문서" if ko else "Documents with annotations", c["annotated"]),
        ("첫 기사 날짜" if ko else "First article", first),
        ("마지막 기사 날짜" if ko else "Last article", last),
        ("금액 수" if ko else "Amounts", c["amounts"]),
        ("집계에 포함된 금액" if ko else "Amounts counted", c["counted"]),
        ("중복으로 제외된 금액" if ko else "Duplicates left out", c["duplicates"]),
        ("그 밖에 제외된 금액 (몫·일부·내역·환산 표기·단가·대상 기준·주문·실적·세수·피해·경제 효과·"
         "불용·이월액·시장 규모·주가·과징금·환수·부채·증감액·제목·합계·다시 적은 금액)" if ko else
         "Shares, parts, glosses, rates, bounds, orders, results, revenue, damage, economic "
         "effects, unspent money, market sizes, share prices, fines, clawbacks, debts, changes, "
         "headlines, sums and repeats left out",
         c["not_counted"] - c["duplicates"]),
        ("값을 고쳐 더한 금액 (각각 낸 금액·삭감 반영)" if ko else
         "Amounts added at another value (paid by each, less a cut)", c["adjusted"]),
        ("집계 원칙" if ko else "How amounts are counted",
         "같은 기사 안의 반복 문단과 여러 언론사가 실은 같은 기사의 금액은 한 번만 셉니다. "
         "다른 기사가 같은 사업의 같은 금액을 제 말로 다시 전한 것(180일 이내)도 한 번만 셉니다. "
         "범위는 하한~상한으로, 근사치는 '약'을 붙여 더하고, 불명확한 금액(수천억원 등)은 "
         "세기만 하고 더하지 않습니다. 통화는 섞지 않습니다. 1인당·씩 같은 단가도 더하지 "
         "않습니다. 증액·삭감 폭(80억원 삭감)과 바뀌기 전 금액(당초 120억원에서), 반박된 주장의 금액, "
         "거론만 된 여러 안의 금액(여러 안이 거론될 뿐)도 더하지 "
         "않고, 본문에 같은 금액이 다시 나오는 제목의 금액과 표의 금액을 다시 더한 금액도 "
         "더하지 않습니다. 본문이 표의 같은 사업 금액이나 바로 앞의 금액을 다시 적은 것(이 가운데 …)도 "
         "더하지 않습니다. 내역(▲ 항목 등)이 함께 적힌 총액은 내역을 더하고 총액은 더하지 "
         "않습니다. 여러 기관이 '각각' 내는 금액은 기관 수만큼 더하고, 삭감 폭만 적힌 예산은 "
         "삭감분을 뺀 금액으로 셉니다. 지원 대상의 기준 금액(매출 3억원 이하)과, 앞에 나온 "
         "총액의 일부(분야별 금액, 남은 금액, 지금까지 쓴 금액)와 뒤 문장에서 바뀐 예산의 바뀌기 "
         "전 금액, 회사채·공모주에 몰린 주문·청약 금액, 기업의 매출·이익 실적, 세수, 피해 규모, "
         "경제 효과 추정액, 쓰지 못한 불용·이월액, 시장 규모, 주가, 과징금·벌금, 범죄 혐의 금액(편취·횡령·뇌물), 감사의 환수액, "
         "부채, 기업·개인의 자산(시가총액·재산), 기금의 수입 항목, 계약 보증금·후보 기탁금, 환율, 요금·입장료·임금·연간 운영비 같은 단가도 "
         "더하지 않습니다. 산출근거(80명 × 720천원 × 12월 = …)의 단가도 더하지 않습니다. 금액대(800억원대)는 "
         "더하지 않습니다. "
         "국비·지방비 등 몫은 같은 사업의 총사업비가 같은 기사에 있으면 더하지 않습니다."
         if ko else
         "An amount in a repeated paragraph, or in the same story printed by several "
         "outlets, is counted once, and so is the same amount of the same project told by "
         "another article in its own words (within 180 days). Ranges add up as low~high bounds, approximate amounts "
         "are added and marked, vague ones (수천억원) are counted but not added; currencies "
         "never mix; rates (1인당, 씩), increases and cuts (80억원 삭감), amounts "
         "before a change (당초 120억원에서), claims the text sets right and options only "
         "talked of (여러 안이 거론될 뿐) are not added, "
         "nor is a headline's amount that the body gives again, nor a sum of a table's amounts or a row's amount given "
         "again, nor an amount said again (70억원 가운데 …), nor a total whose parts "
         "are listed with it (the parts are added); what each of several bodies pays (각각) "
         "is added once for each, and a budget given with a cut but not the budget after it "
         "counts less the cut. Nor are added a bound of who qualifies (매출 3억원 이하), a "
         "part of a total named before (its fields, the rest of it, what is spent so far), or "
         "a budget that a later sentence changes, the orders a bond or share offer drew, "
         "a company's sales or profit, tax revenue, damage, an estimated economic effect, "
         "money a budget left unspent, a market's size, a share price, a fine, money of an "
         "alleged crime (fraud, theft, a bribe), what an "
         "audit claims back, a debt, what a company or person owns (시가총액, declared wealth), "
         "a fund's income rows, a contract's or a candidate's deposit, an exchange "
         "rate, or a price, fee, wage or yearly running cost (nor the unit cost of a worked-out "
         "line, 80명 × 720천원 × 12월 = …); nor a band "
         "(800억원대). "
         "Shares (국비, 지방비) "
         "are not added when the project's total cost is given in the same article."),
        ("제안자·소속·지역" if ko else "Proposer, body and region",
         "연결 관계(제안자·소속·지역)에서 가져옵니다. 연구자가 확인하지 않은 관계와, 관계가 "
         "없어 같은 문장·문단에서 가장 가까운 인물(없으면 기관)과 지역으로 추정한 값에는 "
         "'(추정)'을 붙입니다. 총액의 몫(국비 등)은 총액에 들어 있어 다시 더하지 않습니다."
         if ko else
         "From the relations (PROPOSED_BY, MEMBER_OF, LOCATED_IN); '(inferred)' marks those "
         "the researcher has not confirmed, and guesses (the nearest PERSON, else ORG, and "
         "LOCATION) where there is no relation. A share of a total (국비 …) is in its total "
         "and is not added again."),
    ]
