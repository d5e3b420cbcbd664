"""What the columns of a report's table are, read from their heads, for
``models.nlp.table_money``: heads that name money, the sum rows and columns (합계, 소계, 계), and
each money column's part in a table that compares budgets (증감, 전년, 당초 …), settles them
(지출액, 이월액, 불용액), or holds no budget (매출, 피해액, 환수, 단가).

Apart from table_money.py to keep it short: that module reads the tables and gives each amount
its column's role from here (``PER_UNIT_HEAD`` is importable from there too, as
models.export reads it).
"""

from __future__ import annotations

import itertools
import re

from models.domain import FUNDING_SOURCES

# Heads that name money whatever else they say ("1단계 사업비", "지역균형 예산")
# ("다음연도 이월액": a sum of money, though it names a year)
_MONEY_HEAD = re.compile("|".join(("사업비", "예산", "금액", "총액", "투자", *FUNDING_SOURCES))
                         + "|[가-힣]비$|[가-힣]액$")
# Rows that add up the rows above them
_SUM_ROW = re.compile(r"(?:합\s*계|소\s*계|총\s*계|계|total|sum)", re.I)

# Heads of the columns of a table that compares budgets: what changed, what it is compared with,
# and what the plan is now
_CHANGE_HEAD = re.compile(r"증감|차이|증액|감액|변동|대비")
_BEFORE_HEAD = re.compile(r"전년|작년|지난해|기정|당초|종전|(?:정정|변경|수정)\s?전")
_ASKED_HEAD = re.compile(r"요구|신청|제출")
_SPENT_HEAD = re.compile(r"지출액|집행액|지출|집행|결산액")
_UNSPENT_HEAD = re.compile(r"이월|불용|잔액|반납")
_AVAILABLE_HEAD = re.compile(r"예산현액|예산액|현액|교부액|교부\s?결정액|^예산\s*(?:[(\[][^)\]]*[)\]])?$")
# "분기 | 매출 | 영업이익": what a company earned; "피해액": what a disaster cost
_RESULTS_HEAD = re.compile(r"^(?:매출액?|영업이익|영업손실|순이익|당기순이익|순손실|수출액|판매액)\s*(?:[(\[][^)\]]*[)\]])?$")
_DAMAGE_HEAD = re.compile(r"피해\s?(?:액|금액|규모|추정액)")
# "기관 | 집행액 | 부적정 집행액": an audit's finding, money to be claimed back, not spending
_FINDING_HEAD = re.compile(r"부적정|부당|과다|목적\s?외|환수|회수")
# "대당 국비", "과제당 지원액": a head that says each cell under it is paid per unit
PER_UNIT_HEAD = re.compile(r"^((?:대|가구|세대|1인|인|곳|개소|건|명|호|과제|기관|팀|개|업체|기업|농가|점포|학교|단체)당)(?![가-힣])")
# "단가", "지원 한도", "대당 국비": a column of rates or caps (the price of one item, a limit per case)
_RATE_HEAD = re.compile(r"단가|한도액?$|상한액?$|기준액$|" + PER_UNIT_HEAD.pattern)
_GIVEN_HEAD = re.compile(r"정부안|반영|확정|의결|조정|선정|배정|수정안")  # "제출안 | 수정안": a council revised
# "정부안 | 상임위 의결": a budget proposed, beside what a committee or council decided of it
_PROPOSED_HEAD = re.compile(r"정부안|원안|예산안")
_DECIDED_HEAD = re.compile(r"의결|수정(?!\s?전)|확정|심사|조정")
# ("2025년 | 2026년(계획)": next year's plan beside the year in force, told the same way)
_DRAFT_HEAD = re.compile(r"[(\[]\s*(?:안|계획)\s*[)\]]|(?<=\d)\s?안$|(?:정부|예산|요구|편성)안")
_NOW_HEAD = re.compile(r"금년|올해|본년|당해|변경|추경|확정")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


# "올해 예산을 34억원으로 편성했다. 지난해(29억원)보다 5억원 늘어난": a text that compares this
# year's budget with the year before's, beside a table of years ("내년 예산을 503억원으로 짰다.
# 올해보다 33억원 늘어난": next year's budget compared with this year's, the same)
_YEAR_BEFORE_COMPARED = re.compile(r"(?:지난해|작년|전년도?|(?<![가-힣])(?:올해|금년))\s*(?:[(（][^()（）\n]{0,20}[)）])?\s*"
                                   r"(?:보다|대비|에\s?비해|와\s?비교|과\s?비교)")


# what makes the comparison one of budgets: money or a word of a budget in its sentence ("방문객이
# 지난해보다 20% 늘었다" compares no budget, and leaves a plan by years one)
_SENTENCE_END = re.compile(r"\.(?!\d)|\n")  # (not the point of 3.5억원)
_BUDGET_TOLD = re.compile(r"\d\s*(?:[십백천만억조]\s*)*(?:원|달러|엔|유로|위안)|예산|사업비|재원|편성|증액|감액")


def compares_years(text: str) -> bool:
    """The text compares a budget with the year before's (지난해보다, 전년 대비): its table's
    columns of years are this year's budget beside the ones before, not a plan by years."""
    for m in _YEAR_BEFORE_COMPARED.finditer(text):
        start = max((b.end() for b in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = e.start() if (e := _SENTENCE_END.search(text, m.end())) else len(text)
        if _BUDGET_TOLD.search(text, start, end):
            return True
    return False


def _column_roles(heads: list[str], units: list[tuple[int, str] | None],
                  compared: bool = False) -> list[str | None]:
    """Each column's part in a table that compares budgets: "change" under 증감 (차이, 대비 …),
    "before" under the budget compared with (전년, 기정, 당초; the earlier years where the
    years run backwards or a 증감 column says the table compares: "2026년 | 2025년 | 증감", or
    ``compared``, the text compares the budget with the year before's: 지난해보다; the left of
    two amounts beside a 증감 column: "제출안 | 의결 | 증감"), None for the rest. Years that run
    forwards with none of these are a plan by years, each counted."""
    roles: list[str | None] = [None] * len(heads)
    # (the first column too where its head names money: "예산액 | 전년도 예산액 | 비교증감")
    first = 0 if heads and _MONEY_HEAD.search(heads[0]) else 1
    money = [c for c in range(first, min(len(heads), len(units))) if units[c] is not None]
    for c in money:
        if _CHANGE_HEAD.search(heads[c]):
            roles[c] = "change"
        elif _RESULTS_HEAD.search(heads[c]):
            roles[c] = "results"  # "분기 | 매출 | 영업이익": what a company earned
        elif _DAMAGE_HEAD.search(heads[c]):
            roles[c] = "damage"  # "시설 | 피해액 | 복구비": what the disaster cost, not a budget
        elif _FINDING_HEAD.search(heads[c]):
            roles[c] = "clawback"
        elif _RATE_HEAD.search(heads[c]):
            roles[c] = "rate"  # "항목 | 기준 | 단가": what one unit costs, not a budget
        elif _SUM_ROW.fullmatch(heads[c].replace(" ", "")):
            roles[c] = "sum"  # "구분 | 2027 | 2028 | 2029 | 계": the row's total
    rest = [c for c in money if roles[c] is None]
    # a settlement: "예산현액 | 지출액 | 이월액 | 불용액" — what was spent counts
    if any(_SPENT_HEAD.search(heads[c]) for c in rest):
        for c in rest:
            if _UNSPENT_HEAD.search(heads[c]):
                roles[c] = "unspent"
            elif _AVAILABLE_HEAD.search(heads[c]):
                roles[c] = "before"
        rest = [c for c in rest if roles[c] is None]
    if "sum" in roles:
        return roles  # a plan by years with its total: each year is a part of it
    # "2026 요구 | 2026 정부안(B)": what was asked, beside what was given the same year
    # ("정부안 | 상임위 의결": what was proposed, beside what was decided of it)
    asked = [c for c in rest if _ASKED_HEAD.search(heads[c]) and any(
        _GIVEN_HEAD.search(heads[d]) for d in rest if d > c) or _PROPOSED_HEAD.search(heads[c]) and any(
        _DECIDED_HEAD.search(heads[d]) and not _PROPOSED_HEAD.search(heads[d]) for d in rest if d > c)]
    for c in asked:
        roles[c] = "before"
    rest = [c for c in rest if c not in asked]
    before = [c for c in rest if _BEFORE_HEAD.search(heads[c])]
    if before and len(before) < len(rest):
        for c in before:
            roles[c] = "before"
        return roles
    years = [(c, int(m.group(1))) for c in rest if (m := _YEAR.search(heads[c]))]
    if len(rest) == 2 and "change" in roles and not years:
        roles[rest[0]] = "before"  # "제출안 | 의결 | 증감": a change is from the left column
        return roles
    backwards = all(a[1] > b[1] for a, b in itertools.pairwise(years))
    # "2026 | 2027(안)": a draft (안) for the latest year beside years in force is next year's
    # budget shown with the one it would follow, not a plan by years
    draft = [c for c, _ in years if _DRAFT_HEAD.search(heads[c])]
    if len(years) >= 2 and (backwards or "change" in roles or compared
                            or draft == [max(years, key=lambda t: t[1])[0]]):
        latest = max(y for _, y in years)
        for c, y in years:
            if y < latest:
                roles[c] = "before"
    return roles
