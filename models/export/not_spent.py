"""Amounts that are no money spent, for the report (models.export.report_data): a bound of who
or what qualifies (연 매출 3억원 이하 소상공인), the orders an offer drew (1조원의 매수 주문), a
company's sales or profit (영업이익 4820억원), the damage a disaster did (피해액 612억원), an
estimated economic effect (생산유발 효과 5600억원) and what a government collects in taxes (지방세
수입 2조1400억원). Each is listed with its note and left out of the totals."""

from __future__ import annotations

import re

from models.export.dedupe import NUMBER_UNITS
from models.nlp.table_money import has_table, row_role, table_role

# "연 매출 3억원 이하 소상공인", "소득이 월 200만원 미만인 가구", "총사업비 500억원 이상 사업":
# who or what qualifies, not money spent. 이하/미만 before a word says so alone; 이상/초과 only
# after a word of a measure ("1조원 이상 투자" is money spent, told roughly).
_BOUND_AFTER = re.compile(r"\s*(이하|미만|이상|초과)(?:인|의|여야|이어야|이면|라야|로)?(?:\s+(?!(?:을|를|이|가|으로|로|의)"
                          r"(?![가-힣]))[가-힣]|(?<=인|의)\s+\d|\s*[,)·ㆍ]|[ \t]*$)", re.MULTILINE)
_MEASURE_BEFORE = re.compile(r"(?:매출|매출액|소득|자산|재산|연봉|수입|가격|공시가격|집값|보증금|부채|투자\s?금액|투자액|"
                             r"사업비|총사업비|예산|규모)(?:이|가|은|는)?\s*(?:연|월|연간|월평균)?\s*$")
# "연 수입이 1,000만원에 못 미치는 작가", "연봉이 8000만원을 넘는 직원": a bound on what people
# earn told with a verb (에 못 미치는, 에 미달하는, 을 넘는, 을 밑도는) rather than 미만/이상
_EARNINGS_BEFORE = re.compile(r"(?<![가-힣])(?:연\s?|월\s?|연간\s?|월평균\s?|가구\s?|개인\s?)?(?:소득|수입|연봉|월급|임금)"
                              r"(?:이|가|은|는)?\s*(?:연|월|연간|월평균)?\s*$")
_BOUND_VERB_AFTER = re.compile(r"\s*(?:에\s*(?:못\s*미치|미달하|미달인|미달되)|(?:을|를|이|가)\s*(?:넘는|넘지|넘으면|"
                               r"밑도는|밑돌면|웃도는|웃돌면|초과하는|초과하면))")


# "1조1500억원의 매수 주문을 받았다", "8조원의 청약이 몰렸다": what buyers offered, not money raised
# ("1조원가량의 물량을 수주할": the work a company expects to win)
_ORDERS_AFTER = re.compile(r"\s*(?:가량|정도)?(?:의|이|가|을|를)?\s*(?:(?:매수\s?)?(?:주문|청약|증거금)"
                           r"(?:이|을|가|를|은|만)?(?![가-힣])|(?:물량|일감)(?:을|를)?\s*수주|"
                           # "1조원 규모의 부품 공급 계약을 따냈다": a contract a company won
                           r"(?:규모의)?\s*(?:[가-힣]{1,8}\s+){0,2}?[가-힣]{0,4}\s?계약(?:을|를)\s*(?:따내|따냈|따낸|수주)|"
                           # "공급 계약을 1,870억원에 따냈다": won, told with its price
                           r"\s*에\s*(?:따내|따냈|따낸|수주)|"
                           # "1,870억원 규모의 양극재 공급계약을 체결": what a company is to supply
                           # (an export or licensing deal is left to count: batch 2's u04)
                           r"(?:규모의)?\s*(?:[가-힣]{1,8}\s+){0,2}?[가-힣]{0,4}(?:공급|납품)\s?계약(?:을|를|이)?\s*(?:체결|맺)|"
                           r"(?:규모의)?\s*(?:[가-힣]{1,8}\s+){0,2}?[가-힣]{0,4}\s?(?:공사|사업|물량)(?:을|를)\s*수주)")


# "자주포 48문을 공급하는 12억 달러(약 1조 6,000억 원) 규모의 수출 계약을 맺었다": an export deal
# whose clause before the amount says the company supplies goods is export sales, like 수출액
# (a gloss in brackets may stand between; a plain 계약 of a supplier is left to count, batch
# 126's cy10, and so is a licensing deal with no goods supplied, batch 2's u04)
_SUPPLIES_BEFORE = re.compile(r"(?:을|를)\s*(?:공급|납품)하는\s*$")
_EXPORT_DEAL_AFTER = re.compile(r"\s*(?:[(（][^)）\n]{0,30}[)）])?\s*(?:가량|정도)?\s*(?:규모의|어치의|의)\s*"
                                r"(?:[가-힣]{1,8}\s+){0,2}?[가-힣]{0,4}\s?수출\s?계약(?:을|를|이)?\s*(?:체결|맺)")


# "수출 상담회에서 미국 바이어와 1200만 달러 규모의 김 수출 계약을 맺었다": a deal struck at a
# fair or a trade meeting, sales of the producers the body brought there, not money it spends
_FAIR_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{0,6}(?:상담회|박람회|전시회|엑스포|판촉전)(?:에서|를\s?통해)\s[^.\n\d]{0,40}$")
_DEAL_AFTER = re.compile(r"\s*(?:가량|정도)?\s*(?:규모의|어치의|의)?\s*(?:[가-힣]{1,8}\s+){0,2}?[가-힣]{0,4}\s?(?:계약|협약)"
                         r"(?:을|를|이)?\s*(?:체결|맺)")


def _named_right_before(words: str) -> re.Pattern[str]:
    """One of ``words`` (alternatives) right before an amount, with its particle: "매출은 "
    ("매출은 합계 1조원", "매출은 모두 합쳐 2억원", "매출 합계가 1조원": several's, summed)."""
    # ("의료손실(적자)이 3240억원": a gloss in brackets may follow the word)
    return re.compile(r"(?<![가-힣])(?:" + words + r")(?:\s?[(（][가-힣 ]{1,8}[)）])?(?:\s?(?:합계|총액|총합|합산액))?(?:은|는|이|가|도|을|를)?\s*[:：]?\s*"
                      r"(?:(?:모두|다|전부)\s*)?(?:(?:총|합계|합쳐|더해)\s*)?"
                      r"(?:이미\s*|벌써\s*|현재\s*|한때\s*)?(?:\d{4}년(?:까지|에는|에)?\s*|(?:지난해|작년|올해|내년)(?:까지)?\s+)?"
                      r"(?:(?:지난|최근)\s?\d{1,2}년(?:간|동안|새)?\s+)?"
                      # "체납액은 지난해 말 기준 312억원": the date it was counted at ("피해액은
                      # 지난해까지 870억원": the date it was summed up to, the same)
                      r"(?:(?:(?:내년|올해|연|지난해)\s?말(?:에는|엔|까지|\s?기준|\s?현재)?|"
                      # ("임대료 체납액은 지난달 말 기준 11억원", "6월 현재", "3월 말까지"): any date
                      # told as the basis it was counted at or summed up to, the same
                      r"(?:\d{4}년\s?)?(?:\d{1,2}월|지난달|이달|전월|지난\s?분기|상반기|하반기|연초|작년|전년)"
                      r"\s?(?:말|초|\d{1,2}일)?\s?(?:기준(?:으로)?|현재|까지))"
                      r",?\s*)?"
                      # "대관 수입은 고작 2억원": a word of how little
                      r"(?:(?:고작|겨우|불과)\s*)?"
                      r"(?:(?:연간|연|매년|해마다|한\s?해|월평균|월)\s*)?(?:(?:최대|최고|최소)\s*)?(?:약\s*)?"
                      r"['‘\"“]?$")  # 매출이 연간 5000억원; 피해액 '320억원'은 (a correction's quote)


# "매출 6조1200억원, 영업이익 4820억원": what a company earned, not money spent
# ("2030년 연매출 3000억 엔을 달성": a year's sales, 연매출 as one word, the same)
_RESULTS_BEFORE = _named_right_before("(?:연|연간)\\s?매출액?|매출|매출액|판매액|수출액|수출|생산액|평균 소득|가구 소득|농가 소득|(?:평균\\s?)?조수입|적자|영업이익|순이익|당기순이익|영업손실|순손실|영업적자|"
                                      "당기순손실|세전이익|(?:판매|분양|운영|임대|대관료?|이용료|입장료?|사용료|진료|관광|이자)\\s?(?:수익|수입)|"
                                      # "의료수익은 580억원으로": what a body earns by its own work
                                      # (a hospital's care, a firm's trade), as a company's 매출
                                      "(?:의료|영업)\\s?(?:수익|수입)|"
                                      # "입장 수입 210억원과 중계권료 수입 45억원": a club's takings
                                      # from tickets, broadcast rights or advertising
                                      "(?:중계권료?|방송권료?|광고료?)\\s?(?:수익|수입)|"
                                      # "의료손실(적자)이 3240억원": a body's loss from its own work, told
                                      # as what it came to (not "운영손실 30억원을 보전", money paid)
                                      "(?:의료|운영|경영)\\s?손실(?=\\s?[(（]|이|가|은|는)|"
                                      # "판매 목표액을 600억원으로": what a scheme aims to sell
                                      "(?:판매|발행|모금|유치|매출)\\s?목표(?:액)?|"
                                      # "기술이전으로 벌어들인 수입은", "입장료로 거둔 수입은": what a body earned
                                      "(?:벌어들인|거둔|거둬들인|거두어들인)\\s?(?:수입|수익|돈)")


# "재산 피해액은 612억원으로", "재산피해는": what a disaster cost, not what is spent to repair it
# ("교통사고로 인한 사회적 비용이 연간 20조원을": what harm costs a society, an estimate too)
_DAMAGE_BEFORE = _named_right_before("피해액|피해 금액|피해 규모|손실액|피해|(?:사회|경제|사회경제)적\\s?(?:비용|손실|손해)|"
                                     "(?:재산|시설|주택|농작물|농경지)\\s?피해(?:액)?")
# "지방세 수입이 2조1400억원으로", "국세 수입은": what a government collects, not what it spends
# ("총수입은 668조원으로 전망됐다": a budget's income side, beside its 총지출)
_REVENUE_BEFORE = _named_right_before(r"총수입|총세입|[가-힣]{0,3}세\s?(?:수입|징수액)|[가-힣]{0,3}세수|세입(?:\s?결산액)?|세수입|징수액|취득세|"
                                      "재산세|지방소득세|자동차세|주민세|법인세|소득세|(?<!\\()(?<!, )(?<!,)부가가치세|"
                                      # "법인세가 …, 부가가치세가 68조원 걷혔다": the tax as a subject
                                      # is revenue after a comma too (not a price's VAT)
                                      "부가가치세(?=가|는)|"
                                      # "체납액은 87억원으로": taxes owed, yet to be collected
                                      "(?:[가-힣]{0,3}세\\s?)?체납액|"
                                      # "과태료 미수납액도 48억원": fees owed, yet to be collected
                                      "[가-힣]{0,4}\\s?(?:미수납액|미징수액)|"
                                      "종합부동산세|양도소득세|관세")
# "이들이 내지 않은 세금은 모두 41억원": taxes owed, told by what they are (as 체납액)
# "체납된 환경개선부담금은 23억원에 이른다": a charge owed and unpaid, to be collected
# ("환수하기로 한 47억원 가운데 아직 걷히지 않은 금액은 19억원": money owed back, yet to be collected)
_UNPAID_TAX_BEFORE = _named_right_before("(?:내지|납부하지|납부되지|걷히지|징수되지|환수되지|회수되지)\\s?않은\\s?"
                                         "(?:세금|지방세|국세|세액|금액|돈|액수)|"
                                         "체납된\\s?[가-힣]{0,8}(?:세|부담금|과태료|요금|사용료|이용료)")
# "연 40억원의 지방세 수입을 가져올": what a government is to collect, told after it
# "… 세수는 얼마로 보고 있습니까? / ○ 세정과장: 약 2100억원으로 예상합니다": the answer's amount
# is what the question asks about, revenue (a speaker's tag of minutes may open the answer)
_ASKED_REVENUE = re.compile(r"(?:세수|세입|세\s?수입)[^.?\n]{0,20}얼마[^.?\n]{0,20}\?\s*"
                            r"(?:\n\s*(?:○\s*)?[^:\n]{1,30}[:：]\s*)?(?:약\s*)?$")
# "약 3억 2천만 원이 아직 걷히지 않았습니다": money owed and not yet collected, told after it (as
# 체납액, revenue to come, not money spent)
_UNCOLLECTED_AFTER = re.compile(r"\s*(?:가량|정도|남짓)?\s*(?:이|가|은|는)\s*(?:아직\s*|여태\s*|여전히\s*)?"
                                r"(?:걷히지|징수되지|납부되지|수납되지)\s*(?:않|못)"
                                # "도로점용료 6,400만원 미부과 → 시정": a charge the body failed to
                                # levy, revenue it should have had, not money spent
                                r"|\s*(?:을|를|이|가)?\s*(?:미부과|미징수|부과\s?누락|징수\s?누락)")
# "지방소비세 세수가 처음으로 1조원을 넘어설 것으로 내다봤다": revenue forecast, a few words
# between its name and the amount
_REVENUE_NAMED = re.compile(r"(?<![가-힣])(?:[가-힣]{0,3}세\s?수입|세수|세입|세수입)(?:이|가|은|는|도)\s[^.\n\d]{0,20}$")
_REVENUE_AFTER = re.compile(r"\s*(?:가량|정도|안팎)?\s*의\s*(?:[가-힣]{0,3}세\s?(?:수입|수익)|세수|세입)(?:을|를|이|가|은|는)?(?![가-힣])")


# "구장 사용료로 해마다 15억원을 시에 내기로": a fee paid to the body, its income
_FEE_PAID = re.compile(r"(?<![가-힣])(?:사용료|임대료|이용료|대부료)(?:로|로는)\s*(?:해마다|매년|연간|연)\s*$")
# "관광객이 지역에서 쓴 돈은 1800억원가량": what visitors spend, an effect of a project
_VISITORS_SPENT = re.compile(r"(?:관광객|방문객|이용객|소비자|관람객)[^.\n]{0,30}(?:쓴\s돈|소비액|소비한\s돈|지출액|소비\s?지출(?:액)?)"
                             r"(?:은|는|이|가)?\s*(?:약\s*)?$")
# "생산유발 효과는 5600억원에 이를 것으로", "지역 경제에 1200억원의 효과를": an estimate of what a
# project brings, not its cost
_EFFECT_BEFORE = _named_right_before("생산유발 ?효과|경제 ?효과|경제적 효과|파급 효과|파급효과|유발 효과|"
                                     "부가가치 유발 효과|경제적 파급효과|[가-힣]{0,4}\\s?절감(?:액|\\s?효과)|"
                                     # "매출 증대 효과는 약 1,200억원": what it is to bring
                                     "[가-힣]{0,4}\\s?(?:증대|창출|대체|개선)\\s?효과|"
                                     # "건강 편익은 연 3조원": an estimated benefit, as an effect
                                     "[가-힣]{0,4}\\s?편익(?!시설)")
# "연간 3조원 규모의 건강 편익이 생길 것": an estimated benefit told after the amount (not a
# 편익시설, an amenity built)
_BENEFIT_AFTER = re.compile(r"\s*(?:가량|정도|안팎|내외)?\s*(?:규모의|의|에\s*(?:이르는|달하는))\s*(?:[가-힣]{1,6}\s+){0,2}?"
                            r"[가-힣]{0,4}\s?편익(?!\s?시설)(?:이|가|을|를|은|는|도)?(?![가-힣])")


# "1200억원의 지역경제 파급효과가": a word or two may name whose economy
_EFFECT_AFTER = re.compile(r"\s*(?:가량|정도|안팎|내외)?\s*(?:의\s*)?(?:세제\s*|세액공제\s*)?혜택|"
                           # "한 해 약 300만 유로의 용수 비용을 아낄": money saved
                           r"\s*(?:가량|정도)?\s*의\s*(?:[가-힣]{1,6}\s*){0,2}?(?:비용|돈|예산|경비|요금|원가|[가-힣]{1,4}비)(?:을|를)\s*"
                           r"(?:아끼|아낄|아낀|절감|줄일)|"
                           # "행사 예산 40억원을 아껴 돌봄 예산에 보탰다": money saved
                           r"\s*(?:을|를)\s*(?:아껴|아꼈|아낀|절감해|절감한|절감했)|"
                           # "50억원 안팎의 어업소득 증대 효과": what it is to bring, as before it
                           # ("연 900억원 규모의 경제효과가 생길": 규모의 between, the same)
                           r"\s*(?:가량|정도|안팎|내외)?\s*(?:규모의|의|에)?\s*(?:(?:지역\s*)?(?:경제적\s*|경제\s*|생산\s*|부가가치\s*)?(?:파급\s*|유발\s*)?효과|"
                           r"(?:[가-힣]{1,5}\s*){1,2}?(?:경제적\s*|경제\s*)?(?:파급|유발|대체|증대|창출|개선)\s*효과)")
# "모두 52억원의 피해가 났다", "80억원에 이르는 재산 피해": what a disaster cost, told after it
# (not "피해 복구에", which is spending)
# "소상공인의 매출 감소액이 1,900억원에 이른 것으로": what a slump cost sellers in sales or
# income, a loss like a disaster's damage (not "소득 감소분 30억원을 보전", money paid to make it up)
_LOST_SALES_BEFORE = _named_right_before("(?:매출|매출액|판매액|소득|수입|수익)\\s?(?:감소액?|감소분|감소\\s?규모|손실액?|손실분)")
_MADE_UP_AFTER = re.compile(r"\s*(?:가량|정도|남짓)?\s*(?:을|를|의|은|는)?\s*(?:[가-힣]{1,6}\s){0,2}?(?:보전|보상|보조|메우|메워|채우|채워)")
_DAMAGE_AFTER = re.compile(r"\s*(?:가량|정도|남짓)?(?:의|에\s*(?:이르는|달하는|이른|달한))\s*(?:재산\s*|시설\s*)?(?:피해|손실|손해)"
                           r"(?!\s*(?:복구|지원|보상|회복|예방))(?:가|를|이|는|액|로)?(?![가-힣])")


# "피해액은 비닐하우스와 축사를 합쳐 43억원": the damage, what it is made of named between
_DAMAGE_SUMMED = re.compile(r"(?<![가-힣])(?:피해액|피해\s?금액|피해\s?규모)(?:은|는|이|가)\s[^.\n\d]{0,30}?"
                            r"(?:합쳐|합해|합하면|통틀어)\s*(?:모두|총)?\s*(?:약\s*)?$")


# "누수로 버려진 수돗물은 약 12억원어치에 이른다": what was lost, not spent
_LOST_BEFORE = re.compile(r"(?<![가-힣])(?:버려진|낭비된|새어\s?나간|허비된|손실된)\s[^.\n\d]{0,20}$")
# "해마다 약 19억원어치 수돗물이 버려지는": the same, told after it
_LOST_AFTER = re.compile(r"\s*(?:어치(?:의)?|의)\s*(?:[가-힣]+\s+){0,2}?(?:버려지|버려진|버려졌|낭비되|낭비된|낭비됐|"
                         r"새어\s?나|허비되|허비된)")


# "지난해 38억원의 적자를 냈다": a body's result, not money spent (not "손실 보전", which pays)
# ("연간 40억 달러 이상의 매출을 올릴 것": a bound, 이상, before them, the same)
_RESULTS_AFTER = re.compile(r"\s*(?:가량|정도|안팎|내외|남짓|이상)?\s*(?:의|(?:이|가)?\s*넘는|규모의)?\s*(?:영업\s?|당기\s?)?(?:적자|흑자|순손실|순이익|영업이익|영업손실|매출)"
                            r"(?:를|을|가|이|는|로|과|와)?(?![가-힣])|"
                            # "한 해 2,300억원가량의 전력 판매 매출을 기대": sales with what is sold
                            # named between
                            # ("연간 600억원 규모의 임대 매출이 날 것": 규모의 before them, the same)
                            r"\s*(?:가량|정도|안팎|내외|남짓)?\s*(?:규모)?의\s*(?:[가-힣]{1,6}\s){1,2}(?:매출|매출액)(?:를|을|가|이|은|는)?(?![가-힣])"
                            r"(?!\s*(?:증대|증가|창출)?\s*효과)|"
                            # "연간 40억원의 통행료 수입이 날 것": what a body takes in (a fee named
                            # before 수입 or 수익), not what it spends
                            # (a tax's, 지방세 수입, is revenue, told below)
                            r"\s*(?:가량|정도|안팎|내외|남짓)?\s*의\s*(?:[가-힣]{1,4}\s?)?(?<!세)(?<!세 )(?:수입|수익)(?:이|가|을|를|은|는)?(?![가-힣])"
                            r"(?!\s*(?:증대|증가|창출|대체)?\s*효과)|"  # (관광수입 증대 효과: an effect)
                            # "200만 달러어치의 수출 상담": business a fair is to bring
                            r"\s*어치(?:의)?\s*(?:수출|판매|구매|계약|거래)")


# "축제장에서 팔린 농특산물은 6억3000만원어치": what sellers took in, not money spent
_SOLD_BEFORE = re.compile(r"(?<![가-힣])(?:팔린|판매된|팔려나간)\s+(?:[가-힣]{1,8}\s)?[가-힣]{1,8}(?:은|는|이|가)\s*(?:모두|총|약)?\s*$")
_WORTH_AFTER = re.compile(r"\s*어치")


# "지난해 불용액이 212억원에 달했고", "이월·불용액이 2000억원": money a budget did not spend
# ("다음 해로 넘긴 명시이월액도 95억원", "사고이월액은": a carry-over of any kind, by its law's name)
_UNSPENT_BEFORE = _named_right_before("불용액|(?:명시|사고|계속비)?\\s?이월액|불용|이월·불용액|이월 불용액|집행 잔액|예산 잔액|"
                                      "미정산 잔액|미집행 잔액|정산 잔액|미정산액|미집행액|반납\\s?(?:합계|총액|액)")
# "결산상 잉여금은 104억원이다", "순세계잉여금은 92억원": what a settlement left over (not "순세계잉여금
# 44억원을 쓰기로", which spends it)
_SURPLUS_BEFORE = re.compile(r"(?<![가-힣])(?:결산상\s?|순세계\s?|세계\s?)잉여금(?:은|는)\s*(?:약\s*)?$")
# "작년에 쓰지 못한 3억원은": money left unspent, told before it
# ("다음 해로 넘긴 돈은 9억원": carried over to the next year, told before it)
_UNSPENT_NAMED = re.compile(r"(?<![가-힣])(?:(?:쓰지|집행하지|소진하지)\s*못한|(?:쓰이지|집행되지|소진되지)\s*(?:못한|않은)|"
                            r"(?:다음\s?해|다음\s?연도|내년|차년도)(?:으)?로\s*(?:넘긴|넘어간|이월한|이월된))"
                            r"\s+(?:[가-힣]{1,6}\s+)?(?:약\s*)?$")
# "8억원이 집행되지 못해 반납됐다": money left unspent, told after it
_UNSPENT_AFTER = re.compile(r"\s*(?:이|가|은|는)?\s*(?:[^.\n\d]{0,25}?(?:쓰지|집행하지)\s*못|"
                            r"집행되지\s*(?:못|않)|쓰이지\s*(?:못|않)|미집행|"
                            r"(?:을|를)?\s*(?:다음\s?연도로|내년으로|차년도로|다음\s해로)\s*이월|"
                            # "3억8000만원을 2026년으로 넘겼다": carried over, told after it
                            r"(?:을|를|은|는)\s*(?:\d{4}년|다음\s?연도|내년|차년도|다음\s?해)\s?(?:으로|로)\s*(?:넘겼|넘긴|넘겨|넘어갔|이월)|"
                            # "부대시설 30억원은 내년 이후로 미루는": put off to a later year
                            r"(?:을|를|은|는)\s*(?:\d{4}년|다음\s?연도|내년|차년도|다음\s?해)\s?(?:이후)?\s?(?:으로|로)\s*(?:미루|미뤄|미룬|미뤘|연기)|"
                            r"불용\s*처리|(?:그대로\s*)?반납(?:됐|되었|돼|된|했)|"
                            # "7억원은 쓰지 않고 연말에 불용 처리한다": left unspent, the lapse told
                            # a few words on
                            r"[^.\n\d]{0,25}?불용\s*처리|"
                            # "174억원은 도 금고에 정기예금으로 예치": money put on deposit, not spent
                            r"(?:은|는|을|를)\s*[^.\n\d]{0,25}?(?:예치|적립)(?:해|하고|한다|함|했|하며|\(|\s|$)|"
                            # "예치 이자 412,360원은 집행 잔액 …과 함께 군에 반납함"
                            r"[^.\n\d]{0,6}\s[^.\n]{0,30}?반납(?:함|했|하였|한다)|"
                            # "1억원의 불용액이 났는데도", "5억원의 집행 잔액": the name of money
                            # unspent right after it, as before it (불용액은 N원)
                            r"(?:가량|정도|남짓)?\s*의\s*(?:불용액|(?:명시|사고|계속비)?\s?이월액|이월·불용액|집행\s?잔액|"
                            r"예산\s?잔액|미집행\s?(?:잔액|액))(?:이|가|은|는|도|을|를)?(?![가-힣]))")


# "1,150만원을 목적 외 사용 → 환수 조치", "환수·반납 대상액 합계 2,150만원": money an audit
# claims back, not money spent
_CLAWBACK_AFTER = re.compile(r"[^.\n\d]{0,30}?(?:→|->|⇒)\s*(?:[가-힣]+\s*)?(?:환수|반납\s*요구|회수|추징)|"
                             r"\s*(?:을|를)?\s*(?:전액(?:을|를)?\s*)?(?:환수|회수)(?:\s|$|[,.]|하|한|했|조치|키로|토록|할)|"
                             # "확인된 9억원은 사업자에게서 환수했다": taken back from whom, told between
                             r"\s*(?:은|는)\s*[^.\n\d]{0,20}?(?:에게서|에게|로부터)\s*(?:전액\s*)?(?:환수|회수)(?:하|한|했|됐|조치)|"
                             # "인건비 4800만원을 지급한 것으로 드러나 전액 회수 조치됐다"
                             r"\s*(?:을|를)\s*[^.\n\d]{0,25}?(?:전액\s*)?(?:환수|회수)\s*(?:조치|됐|되었|했|키로)|"
                             # "1억1200만원을 목적 외로 사용했다가 적발됐다": money misused
                             r"\s*(?:을|를)\s*목적\s?외(?:로)?\s*(?:사용|집행|전용|썼|쓴|쓰)|"
                             # "보조금 1억8700만원이 … 개인 창고 신축에 쓰인 사실을 적발했다"
                             r"\s*(?:이|가|을|를)\s*[^.\n\d]{0,40}?(?:쓰인|사용된|사용한|지급된|지급한|집행된|집행한)\s*"
                             r"(?:사실|것)(?:을|이)?\s*(?:적발|드러)|"
                             # "4억3천만원은 감사 기간 중 이미 환수됐다"
                             r"\s*(?:은|는|이|가)\s*[^.\n\d]{0,14}?(?:환수|회수)(?:됐|되었|돼|된)|"
                             # "보조금 3억2000만원을 과다 수령": money taken wrongly, told after it
                             r"\s*(?:을|를|이|가)?\s*(?:과다|부당|중복|이중)(?:하게)?\s?(?:수령|지급|집행|청구|받)|"
                             # "부정수급 18억원을 적발해": money an inspection found wrongly taken
                             r"\s*(?:가량|정도|상당)?\s*(?:을|를|이|가)\s*(?:모두\s*|추가로\s*)?적발")
# "가. 보조금 부당 지급: 자격 미달 11명에게 지원금 1억 9,800만원": money paid wrongly, an audit's finding
_MISPAID_BEFORE = re.compile(r"(?<![가-힣])(?:부당|부적정|과다|중복|이중)(?:하게)?\s?(?:지급|집행|수령|정산)(?:액|된 금액|된)?[^.\n]{0,30}$")
# "○ 보조사업자 선정 부적정: … 농가 7곳에 보조금 6억8000만원 지급", "○ 정산 소홀: …": an
# audit's finding, a line named by the fault
_FINDING_LINE = re.compile(r"[ \t]*(?:[○□■●\-ㆍ·•▶]|\d{1,2}[.)]|[가-하][.)])?\s*[^:：\n]{0,30}?"
                           r"(?:부적정|부당|소홀|위반|미준수|허위|목적\s?외|부실|미흡)[^:：\n]{0,10}[:：]")
# ("공단이 환수하기로 결정한 금액은 47억원", "환수 대상 금액은": words between the taking back and
# the amount's name)
_CLAWBACK_BEFORE = re.compile(r"(?<![가-힣])(?:(?:환수|회수|반납|처분\s?요구|추징)(?:[가-힣·]{0,8}|[^.\n\d]{0,14}?\s(?=대상액|금액|액수))"
                              r"\s*(?:대상액|금액|액수|액)\s*(?:합계|총액|은|는|이|가)?"
                              r"\s*[:：]?|(?<![가-힣])(?:환수|회수))\s*$")  # "… 경고 2건, 환수 4,200만원"
# "엔진을 독일 업체에서 들여오기로 하고 7800만 유로 규모의 납품 계약을 맺었다": the body buys,
# the contract is its spending (not a supplier's order)
_BOUGHT_BEFORE = re.compile(r"(?:에서|로부터)\s*(?:들여오|들여와|사들이|사들여|구매하|구입하|수입하)[가-힣]{0,4}\s[^.\n]{0,40}$")
# "수주 잔고가 40조원에 이르는": work a company has won, not money spent
_ORDERS_BEFORE = _named_right_before("수주\\s?잔고|수주\\s?잔액|수주액|수주\\s?물량")
# "기금 잔액 320억원": what a fund holds, not what it spends
# ("운용자산은 1조2,000억원", "기업가치는 약 4억 달러로": what an investor manages, what a company
# is valued at; a stock, not money spent)
_HELD_BEFORE = _named_right_before("기금\\s?잔액|기금\\s?적립금|적립금\\s?잔액|기금\\s?조성액|운용\\s?자산(?:\\s?규모)?|운용\\s?규모|"
                                   "기업\\s?가치|몸값|"
                                   # "시가총액이 한때 3천억원", "재산 21억원을 신고했다": what a company is
                                   # worth or what a person owns
                                   "시가총액|시총|(?:신고\\s?)?재산(?:\\s?총액)?|"
                                   # "출품작의 보험가액은 300만 유로": what works on loan are insured
                                   # for, a value held, not money spent
                                   "보험\\s?가액|보험\\s?평가액")
# "4. 자기자본: 2조 1,480억원", "자산총계는 3조원": a company's equity or assets, a disclosure's field
# in prose (not "자기자본 300억원과 차입금 200억원으로", money raised)
# ("펀드 순자산총액: 1,340억원": what a fund holds, its net assets)
_EQUITY_BEFORE = re.compile(r"(?<![가-힣])(?:자기자본|자본총계|자산총계|순자산(?:\s?총액)?)\s*(?:[:：]|(?:은|는|이|가)(?![가-힣]))\s*(?:약\s*)?$")
# "민간투자 6조원이 유발될 것으로": what a plan is to draw in, an effect
_DRAWN_AFTER = re.compile(r"\s*(?:가량|정도)?\s*(?:이|가)\s*(?:추가로\s*)?유발(?:될|된|되|한다|할|하)")
# "부채는 203조원에 이른다": what a body owes, not what it spends
_DEBT_BEFORE = _named_right_before("부채|빚|채무|부채 규모|누적 부채|누적 적자|국가\\s?채무|국가\\s?부채|"
                                   "[가-힣]{0,4}대출\\s?잔액(?=은|는|이|가)|채무\\s?잔액|부채\\s?잔액|차입금(?:\\s?잔액)?|"
                                   "가계\\s?부채|가계\\s?빚|부채\\s?총계|부채\\s?총액|[가-힣]{0,4}채\\s?잔액")
# "미국 태양광 모듈 시장이 2030년 500억달러 규모로 커질": a market's size, its 규모 after it
# ("국내 급식 식자재 시장은 연 4조원 규모로 추산된다": estimated, a year's)
_MARKET_NAMED = re.compile(r"(?<![가-힣])[가-힣]{0,8}\s?시장(?:은|는|이|가)\s*(?:\d{4}년(?:까지|에는|엔|에|이면|쯤)?\s*)?"
                           r"(?:(?:연간|연|약)\s*){0,2}$")
# "국내 귀농 관련 시장을 4조원 규모로 추산한다": a market's size, estimated
_MARKET_OBJECT = re.compile(r"(?<![가-힣])시장(?:을|를)\s*(?:약\s*)?$")
_ESTIMATED_AFTER = re.compile(r"\s*(?:가량|정도)?\s*(?:규모로|으로|로)\s*(?:추산|추정|전망|예상|내다|본다|봤|보고)")
_GROWS_AFTER = re.compile(r"\s*(?:규모로|규모까지|로)\s*(?:커|성장|확대|늘어|불어)")
# "시장은 해마다 12%가량 성장해 2030년에는 1조원을 넘어설 전망이다": the size a market is to reach
_MARKET_GROWING = re.compile(r"(?<![가-힣])[가-힣]{0,8}\s?시장(?:은|는|이|가)\s[^.\n]{0,30}?(?:성장|커|커져|늘어|확대)[가-힣]{0,3}\s"
                             r"(?:\d{4}년(?:까지|에는|엔|에|이면|쯤)?\s*)?$")
_REACHES_AFTER = re.compile(r"\s*(?:을|를)\s*(?:넘어설|넘어서|넘을|돌파할|돌파하)|\s*(?:에|까지)\s*(?:이를|달할|이르)")
# "시장 규모가 2030년 3000억 달러에 이를", "시장 규모는 연 120조원": a market's size
_MARKET_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{0,4}시장\s?규모(?:은|는|이|가|도|을|를)?\s*(?:(?:\d{4}년(?:까지|에는|엔|에)?|"
                            r"연간|연|한\s?해|해마다|매년|약|올해|내년|지난해|[가-힣]{1,4}\s?기준)\s*){0,3}$")  # 거래액 기준
# "주가는 3.4% 내린 2만1500원에 거래를 마쳤다": a share's price
_PRICE_AFTER = re.compile(r"\s*(?:에|으로|로)\s*(?:장을\s*|거래를\s*)?(?:마감|마쳤|마친|마치|출발|시작했|거래되)")
# "6. 기준가격: 1,023.45원": the price of one unit of a fund, not money spent
_UNIT_PRICE_BEFORE = _named_right_before("기준\\s?가(?:격)?")
# "과징금 86억원을 부과", "벌금 3000만원을 선고": what a body is fined; "지체상금 3억원을 물리지":
# what a contractor late with its work owes, a penalty, not money spent
_FINES = "(?:과징금|벌금|과태료|추징금|이행강제금|제재부가금|가산금|변상금|지체상금|지체배상금)"
# ("과태료 부과액은 14억원": what fines were levied)
_FINE_BEFORE = _named_right_before(_FINES + "(?:\\s?각|\\s?(?:부과|징수|수납)액)?")
# "최대 200만원의 과태료를 물린다", "과태료로 12억원을 거둬들였다": a fine told after its amount,
# or what fines brought in; "최대 500만원의 벌금까지 문다": the fine named with 까지 (만, 마저) after
_FINE_AFTER = re.compile(r"\s*(?:가량|정도)?\s*의\s*" + _FINES + r"(?:을|를|이|가|은|는|도|까지|만|마저)?(?![가-힣])")
# "현대그룹에는 8692만 원, 현대백화점그룹에는 3910만 원의 과태료를 각각": the amounts of a list
# before one fine word are fines too; so are "승용차 5만원, 승합차 6만원의 과태료가 부과된다",
# the fine's verb right after it
_FINE_LISTED_AFTER = re.compile(r"\s*(?:,|와|과)\s*(?:[^.\n\d]{0,30}?\s)?" + NUMBER_UNITS
                                + r"원\s*(?:가량|정도)?\s*의\s*" + _FINES + r"(?:을|를|이|가|은|는|도)?\s*"
                                r"(?:각각|부과|물리|물린|물려|매기|매긴|매겨)")
# "과태료는 승용차 기준 4만원": a fine told by the kind of payer it is set for
_FINE_CLASS_BEFORE = re.compile(r"(?<![가-힣])" + _FINES + r"(?:은|는|이|가|도)\s*[가-힣]{1,6}\s?기준\s*$")
_FINE_INCOME_BEFORE = re.compile(r"(?<![가-힣])" + _FINES + r"\s?(?:으로|로)(?:만)?\s*(?:약\s*)?$")
_COLLECTED_AFTER = re.compile(r"\s*(?:가량|정도|남짓|안팎|넘게)?\s*(?:을|를|이|가)?\s*(?:더\s*|추가로\s*)?(?:거둬|거두|거뒀|거둔|걷|걷혔|걷힌|징수|부과)")


# "12억원의 손해배상을 청구했다", "손해배상 청구액은 5억원": damages a party claims, not money
# spent (not "배상금 3억원을 지급", which pays)
_DEMAND_AFTER = re.compile(r"\s*(?:가량|정도|안팎)?\s*(?:의|을|를)?\s*(?:손해\s?)?배상(?:금)?(?:을|를)?\s*"
                           r"(?:청구|요구|소송)")
# "재판부는 국가가 주민들에게 모두 41억 원을 배상하라고 했다": damages a court orders paid (the
# order told in the imperative), a case's figure like a fine, not money a project spends
_AWARD_AFTER = re.compile(r"\s*(?:가량|정도|씩)?\s*(?:을|를)\s*(?:[가-힣]+\s+){0,2}?(?:손해\s?)?(?:배상|보상)하(?:라|도록)\s?"
                          r"(?:고|는|판결|명령|선고)")
# "패소해 물어준 손해배상금은 15억원", "배상액은 2억원": damages a body pays (named right before
# the amount: 손해배상, 손해배상금, 배상금, 배상액), a case's figure like an award, not money spent
_DAMAGES_PAID_BEFORE = _named_right_before("(?:손해\\s?)?배상(?:금|액)|손해\\s?배상")
# "설계업체에 손해배상 2억원을 청구하라고": the damages named before the amount, the claim after it
_DAMAGES_NAMED = re.compile(r"(?<![가-힣])(?:손해\s?)?배상(?:금)?\s*(?:약\s*)?$")
_CLAIMED_AFTER = re.compile(r"\s*(?:가량|정도)?\s*(?:을|를)\s*(?:[가-힣]+\s+){0,2}?청구")
_DEMAND_BEFORE = _named_right_before("(?:손해\\s?)?배상\\s?(?:청구액|요구액|청구\\s?금액)")


# "보조금 2억원을 타낸 혐의", "공금 5억원을 횡령했다", "편취액은 3억원", "뇌물 2000만원을": money
# of an alleged crime (fraud, theft, a bribe), a case's figure (like a fine), not money a
# project spends
_TAKEN_AFTER = re.compile(r"\s*(?:가량|정도|남짓)?\s*(?:을|를)\s*(?:[가-힣]+\s+){0,2}?"
                          r"(?:(?:편취|횡령|착복|가로채|가로챈|가로챘|빼돌)|[가-힣]{1,6}\s혐의)")
_TAKEN_BEFORE = _named_right_before("뇌물|편취액|횡령액|(?:편취|횡령|착복)\\s?금액|(?:편취|횡령|착복)한\\s?[가-힣]{1,5}|"
                                    "(?:가로챈|빼돌린)\\s?[가-힣]{1,5}")


# "지방세 40억원이 더 걷힐 것": a tax named right before what is to be collected of it
_TAX_BEFORE = re.compile(r"(?<![가-힣])(?:지방세|국세|세금)\s*(?:수입\s*)?(?:연\s*|해마다\s*|매년\s*)?(?:약\s*)?$")
# "숨겨 둔 가상자산 12억원어치를 찾아내", "부동산 5억원 상당을 압류해": property seized from
# those who owe, to be collected, not money spent
_SEIZED_AFTER = re.compile(r"\s*(?:어치|상당)?\s*(?:의\s*[가-힣]{1,6})?(?:을|를)\s*(?:찾아내|찾아냈|찾아낸|압류|압수|몰수)")
# "체납액 가운데 23억원을 거둬들였다": taxes owed, collected, revenue (the arrears' own amount
# may stand between: "체납액 312억원 가운데 87억원을 거둬들였다")
_ARREARS_BEFORE = re.compile(r"(?<![가-힣])(?:[가-힣]{0,3}세\s?)?체납(?:액|세금|세)?"
                             r"(?:\s?(?:" + NUMBER_UNITS + r"원\s?)?(?:가운데|중|에서))?\s*(?:약\s*)?$")


# "보험 지출이 2030년 31조4000억원에 이를 것으로 전망했다. 이는 예정처의 추계일 뿐 정부
# 중기재정계획에는 반영되지 않았다": an analyst's forecast of a scheme's spending that the text
# says is in no plan, not a budget (a body's own estimate of what its work will cost, 복구비를
# 120억원으로 추산했다, is left to count: no such words follow it)
_FORECAST_AFTER = re.compile(r"\s*(?:가량|정도|안팎)?\s*(?:에|까지|으로|로|을|를)\s*(?:(?:이를|달할|넘어설|넘을|"
                             r"늘어날|불어날|육박할)\s*)?(?:것으로|것이라고)?\s*(?:전망|예상|추계|추산|추정|내다|예측)")
_IN_NO_PLAN = re.compile(r"(?:추계|전망|추산|추정|예측)(?:치)?일\s?뿐|계획(?:에는|에도|에)\s*(?:반영|포함)(?:되지|돼\s?있지|"
                         r"되어\s?있지)\s?않|계획(?:에는|에도|에)\s*(?:없|들어\s?있지\s?않)")


def forecast_cue(text: str, start: int, end: int) -> bool:
    """The amount is a forecast (…에 이를 것으로 전망했다) that its sentence or the next says is
    an estimate only, in no plan (추계일 뿐, 계획에는 반영되지 않았다): no money a budget spends."""
    if not _FORECAST_AFTER.match(text, end):
        return False
    stop = text.find(".", end)
    stop = text.find(".", stop + 1) if stop >= 0 else -1
    return _IN_NO_PLAN.search(text, end, stop if stop >= 0 else len(text)) is not None


# "'320억원'은 '": the quoted wrong figure of a correction, right before its right one
_PAIR_RIGHT = re.compile(r"['‘\"“]([^'’\"”\n]{1,30})['’\"”]\s*(?:은|는|을|를|이|가)\s*['‘\"“]$")


def earned_cue(text: str, start: int, end: int) -> str | None:
    """Money that is no spending: "orders", the orders or bids an offer drew (회사채 수요예측,
    공모주 청약); "results", a company's sales or profit (매출, 영업이익); "revenue", what a
    government collects in taxes (세수, 지방세 수입); "damage", what a disaster cost; "effect", an
    estimate of what a project brings (생산유발 효과); "unspent", what a budget left unspent
    (불용액, 이월액); "income", a fund's income (its 수입 rows, a settlement's 세입 items);
    "balance", a company's equity or assets (자기자본) or a fund's balance (기금 잔액); "market", a market's size; "price", a
    share's price; "fine", a fine (과징금); "clawback", what an audit claims back (환수); "debt",
    what a body owes (부채); "demand", damages a party claims (손해배상 청구); "award", damages
    a court orders paid (…을 배상하라고 판결했다) or a body pays (손해배상금은 …); "fraud", money
    of an alleged crime (편취, 횡령, 뇌물, …한 혐의); "forecast", a forecast said to be in no
    plan (… 전망했다. 추계일 뿐 …); None: none of
    them. A table's column or row may say so
    (models.nlp.table_money: 피해액, 매출 columns; 수입, 자기자본 rows)."""
    if (pair := _PAIR_RIGHT.search(text, max(0, start - 40), start)) is not None and \
            (wrong := earned_cue(text, pair.start(1), pair.end(1))) is not None:
        # "피해액 '320억원'은 '230억원'으로 바로잡습니다": the right figure is what the wrong one
        # was (where that was nothing of these, its own words decide)
        return wrong
    if _ORDERS_AFTER.match(text, end) and not _BOUGHT_BEFORE.search(text, max(0, start - 60), start) \
            or _ORDERS_BEFORE.search(text, max(0, start - 16), start):
        return "orders"
    if _HELD_BEFORE.search(text, max(0, start - 16), start) \
            or _EQUITY_BEFORE.search(text, max(0, start - 12), start):
        return "balance"
    row = row_role(text, start)
    if row in ("income", "balance"):
        # a fund's income (이월금, 전입금), which its spending side spends; a company's equity
        return row
    if has_table(text) and (column := table_role(text, start)) in ("damage", "results", "clawback"):
        return column
    if _RESULTS_BEFORE.search(text, max(0, start - 24), start) or _RESULTS_AFTER.match(text, end) \
            or _FAIR_BEFORE.search(text, max(0, start - 60), start) and _DEAL_AFTER.match(text, end) \
            or _SUPPLIES_BEFORE.search(text, max(0, start - 12), start) and _EXPORT_DEAL_AFTER.match(text, end) \
            or _FEE_PAID.search(text, max(0, start - 16), start) \
            or _SOLD_BEFORE.search(text, max(0, start - 24), start) and _WORTH_AFTER.match(text, end):
        return "results"
    if _DAMAGE_BEFORE.search(text, max(0, start - 12), start) or _DAMAGE_AFTER.match(text, end) \
            or _DAMAGE_SUMMED.search(text, max(0, start - 45), start) \
            or _LOST_BEFORE.search(text, max(0, start - 30), start) or _LOST_AFTER.match(text, end) \
            or _LOST_SALES_BEFORE.search(text, max(0, start - 20), start) and not _MADE_UP_AFTER.match(text, end):
        return "damage"
    if _EFFECT_BEFORE.search(text, max(0, start - 16), start) or _EFFECT_AFTER.match(text, end) \
            or _VISITORS_SPENT.search(text, max(0, start - 45), start) \
            or _DRAWN_AFTER.match(text, end) or _BENEFIT_AFTER.match(text, end):
        return "effect"
    if _REVENUE_BEFORE.search(text, max(0, start - 24), start) or _REVENUE_AFTER.match(text, end) \
            or _UNPAID_TAX_BEFORE.search(text, max(0, start - 24), start) \
            or _SEIZED_AFTER.match(text, end) or _UNCOLLECTED_AFTER.match(text, end) \
            or _ASKED_REVENUE.search(text, max(0, start - 90), start) \
            or _REVENUE_NAMED.search(text, max(0, start - 40), start) and _FORECAST_AFTER.match(text, end) \
            or (_ARREARS_BEFORE.search(text, max(0, start - 40), start)
                or _TAX_BEFORE.search(text, max(0, start - 12), start)) and _COLLECTED_AFTER.match(text, end):
        return "revenue"
    if _UNSPENT_BEFORE.search(text, max(0, start - 12), start) or _UNSPENT_AFTER.match(text, end) \
            or _SURPLUS_BEFORE.search(text, max(0, start - 14), start) \
            or _UNSPENT_NAMED.search(text, max(0, start - 24), start) \
            or row == "unspent":
        return "unspent"
    if _CLAWBACK_AFTER.match(text, end) or _CLAWBACK_BEFORE.search(text, max(0, start - 20), start) \
            or _MISPAID_BEFORE.search(text, max(0, start - 40), start) \
            or _FINDING_LINE.match(text, text.rfind("\n", 0, start) + 1) \
            and text[max(0, start - 1):start] not in ("(", "（"):  # (한도(2,000만원): a bound)
        return "clawback"
    if _DEBT_BEFORE.search(text, max(0, start - 24), start):
        return "debt"
    if _DEMAND_AFTER.match(text, end) or _DEMAND_BEFORE.search(text, max(0, start - 16), start) \
            or _DAMAGES_NAMED.search(text, max(0, start - 10), start) and _CLAIMED_AFTER.match(text, end):
        return "demand"
    if _AWARD_AFTER.match(text, end) or _DAMAGES_PAID_BEFORE.search(text, max(0, start - 16), start):
        return "award"
    if _TAKEN_AFTER.match(text, end) or _TAKEN_BEFORE.search(text, max(0, start - 16), start):
        return "fraud"
    if _MARKET_BEFORE.search(text, max(0, start - 20), start) or (
            (_GROWS_AFTER.match(text, end) or _ESTIMATED_AFTER.match(text, end))
            and _MARKET_NAMED.search(text, max(0, start - 30), start)) \
            or (_REACHES_AFTER.match(text, end) and _MARKET_GROWING.search(text, max(0, start - 60), start)) \
            or (_ESTIMATED_AFTER.match(text, end) and _MARKET_OBJECT.search(text, max(0, start - 8),
                                                                            start)):
        return "market"
    if forecast_cue(text, start, end):
        return "forecast"
    if _PRICE_AFTER.match(text, end) and "주가" in text[max(0, start - 30):start] \
            or _UNIT_PRICE_BEFORE.search(text, max(0, start - 12), start):
        return "price"
    if _FINE_BEFORE.search(text, max(0, start - 14), start) or _FINE_AFTER.match(text, end) \
            or _FINE_LISTED_AFTER.match(text, end) \
            or _FINE_CLASS_BEFORE.search(text, max(0, start - 24), start) \
            or _FINE_INCOME_BEFORE.search(text, max(0, start - 12), start) \
            and _COLLECTED_AFTER.match(text, end):
        return "fine"
    return None


_RANGE_BOUND = re.compile(r"\s*(?:이상|초과)\s*" + NUMBER_UNITS + r"원?\s*(?:미만|이하)")
# "소득 기준은 기존 연 4000만원에서 높아졌다": the bound itself, named before it
_BOUND_BEFORE = re.compile(r"(?<![가-힣])(?:소득|매출|자산|재산)\s?기준(?:은|는|이|가|을|를)?\s*(?:기존|종전)?\s*"
                           r"(?:연|월)?\s*$")


# "1000만원 이상 체납자", "5억원 초과 보유 가구": 이상/초과 before the ones it sorts (a holder word
# ending in 자, or a household, firm or shop) is a bound of who qualifies, as 이하/미만 are
_HOLDER_AFTER = re.compile(r"(?:인|의)?\s+(?:[가-힣]{1,4}\s)?(?:[가-힣]{0,4}(?:체납|납세|소득|보유|채무|신고|고액)자|가구|세대|"
                           r"업체|법인|사업장|소상공인|농가)(?![가-힣])|"
                           # "5만원 이상 산 손님에게": a purchase that earns a reward, who qualifies
                           r"\s+(?:산|사는|구매한|구매하는|구입한|구입하는|결제한|결제하는)\s+(?:[가-힣]{1,6}\s)?"
                           r"(?:손님|고객|소비자|방문객|관광객|시민|사람|이용객|구매자)")
# "시 예산이 1조2000억원을 넘은 것은 처음이다": a mark passed, not an amount of its own
_MARK_PASSED = re.compile(r"\s*(?:을|를)\s*(?:넘은|넘어선|돌파한|넘긴)\s*(?:것은|건)\s*(?:[가-힣]+\s)?처음")


def threshold_cue(text: str, start: int, end: int) -> bool:
    """The amount is a bound of who or what qualifies (3억원 이하 소상공인), or a mark a budget
    passes for the first time (1조2000억원을 넘은 것은 처음), not money spent."""
    if _BOUND_BEFORE.search(text, max(0, start - 20), start) or _MARK_PASSED.match(text, end):
        return True
    if _RANGE_BOUND.match(text, end):
        return True  # "5500만원 이상 8500만원 미만이면": a band of who qualifies
    m = _BOUND_AFTER.match(text, end)
    if m is None:  # "연 수입이 1,000만원에 못 미치는": a bound on earnings, told with a verb
        return bool(_BOUND_VERB_AFTER.match(text, end) and _EARNINGS_BEFORE.search(text, max(0, start - 12), start))
    return m.group(1) in ("이하", "미만") or bool(
        _MEASURE_BEFORE.search(text, max(0, start - 12), start)
        or _HOLDER_AFTER.match(text, m.end(1)))
