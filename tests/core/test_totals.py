"""What the report adds up: each money fact of a passage once (tests/bench/bench_totals.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from models.domain import PART_OF
from models.engine import analyze

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


# Known misses: a payment to each of a group whose size is given but whose total is not (입학
# 축하금 30만원 … 입학생은 410명), which a researcher multiplies out and the report does not; and
# what a body pays a year within a five-year total (한 해 3000억원) beside another part of it;
# a candidate's figure that the article shows to be an old estimate (5000억원 … 추정치다); a
# city's share of a national programme beside its own project's total, which overlap (c02); and
# the loans banks supply beside the interest subsidy the budget pays (c09); the local currency citizens buy
# beside the discount the budget pays for it (cc10); a per-unit average in brackets compared
# with another (서부권(67.5억원, 2관)보다, rr07); a 공모 table whose cells carry their unit, its 국비
# column summed under it (vv09); a share of an investment's funds three sentences after it (투자 재원 가운데,
# ab04); one group's grant listed in an audit under the total of all grants (ac09); an item cut
# inside a supplementary budget whose final sum is told after (ad09); and an estimate of the aid
# another body says is needed (필요한 국제 지원 규모를 20억달러로 추산, ad11); and a transition
# team's plan whose items follow its largest one, with a civic group's double-counted sum (ah02);
# a fact-check whose quoted claim and its shortfall the article shows to be no budget (aj05); and
# a pledge plan split by years, its land cost inside it told after (al10). From batches 65–74:
# an editorial comparing other cities' budgets and closing on its figure again (an08); a single
# source equal to a table's 증감 sum (ao01); a
# 사업명세서 whose field lines carry bare 천원 numbers (ao11); last year's whole budget told as
# background to pledges (ap02); a fee for one item sold (6000원 넘게 나간다, av12); a subtotal of
# four of five table rows told in a sentence (aw02); a budget, what was paid of it and what was
# left told in prose (aw03); council minutes that correct a figure and say it again four times
# (aw05); from batches 75–76, a TV debate's pledge whose cost a cited study gives again without a
# word that says so (ax02). From batches 77–80: five projects under the sum the text gives, three
# of which happen to add up to the first (180 + 45 + 95 = 320억원) and are taken for its parts
# (az02); a grant application with the sum asked in words and figures beside a table of
# the cost and a second table itemising its total (ba03); audit findings whose gold adds money
# found misused, which the conventions leave out (ba04, for the owner to settle); a tender
# notice with an estimate, its VAT and a base price but no contract (ba09); a part of a total
# told again as a contract's size (3100억원 규모의 계약, bd04); a payment to each family with no
# word of a rate (가정에 출산장려금 500만원, bd12). From batches 81–82: a cost a cited report says a
# different choice would have had (…을 택했다면 2조원 안쪽으로 줄일 수 있었다, be04); a budget
# request whose field lines and 산출근거 carry bare 천원 numbers (bf11). From batches 83–86: a
# fund's plan whose lines give "item number" with no bar nor colon, its income and spending in
# sections and a deposit among the spending (bh08). (b03, a yearly lease over twenty years
# beside the project's cost, is right since 운영비로 해마다 reads as a yearly cost.) From
# batches 89–90: a grant notice whose 교부결정액 and 자부담 make up its 총사업비, the grant paid
# in two instalments (bn03); a correction notice that swaps a share's source ('국비 20억원'은
# '도비 20억원'), the rest of the corrected total named after it (bn07).
KNOWN_MISSES = {"y02", "z05", "d10", "c02", "c09", "cc10", "rr07", "vv09", "ab04", "ac09",
                "ad09", "ad11", "ah02", "aj05", "al10", "an08", "ao01", "ao11", "ap02",
                "av12", "aw02", "aw03", "aw05", "ax02", "az02", "ba03", "ba04", "ba09",
                "bd04", "bd12", "be04", "bf11", "bh08", "bn03", "bn07"}


def _sums(text: str, kiwi) -> tuple[dict[str, float], list[str]]:  # type: ignore[no-untyped-def]
    """The report's sums of one passage by currency, and its 금액 rows (value, + or note)."""
    from bench_totals import TotalPassage, report_sums

    return report_sums([TotalPassage("x", "test", text, {})], kiwi)["x"]


def test_each_self_written_passage_adds_up_to_its_gold(kiwi) -> None:
    from bench_totals import ALL_GOLD, load, report_sums

    passages = [p for path in ALL_GOLD for p in load(path)]
    assert len(passages) == 1108  # ninety batches: a missing file would shrink it silently
    sums = report_sums(passages, kiwi)
    wrong = {p.id: (p.totals, sums[p.id][0]) for p in passages
             if {k: int(v) for k, v in sums[p.id][0].items() if v} != p.totals}
    assert set(wrong) == KNOWN_MISSES


def test_a_share_points_back_to_the_amount_named_before_it(kiwi) -> None:
    text = ("해솔시는 해솔 도시철도 건설 사업비를 8200억원에서 9100억원으로 늘렸다.\n"
            "시는 이 가운데 국비 5460억원을 요청했다.")
    a = analyze(text, kiwi=kiwi)
    parts = [(a.spans[r.head].text, a.spans[r.tail].text, dict(r.attrs).get("funding"))
             for r in a.relations if r.label == PART_OF]
    assert parts == [("5460억원", "9100억원", "국비")]
    # a later share of the same whole is not a share of the share before it
    a = analyze("총사업비는 1조1000억원이다.\n도는 이 가운데 국비 7700억원을 요청하고, 지방비 "
                "3300억원을 나눠 낸다.", kiwi=kiwi)
    wholes = {a.spans[r.head].text: a.spans[r.tail].text for r in a.relations
              if r.label == PART_OF}
    assert wholes == {"7700억원": "1조1000억원", "3300억원": "1조1000억원"}


def test_rates_found_by_their_count_and_amounts_said_again(tmp_path, kiwi) -> None:
    def sums(text: str) -> tuple[dict[str, float], list[str]]:
        return _sums(text, kiwi)

    got, rows = sums("해솔군은 청년 농가에 정착금 2000만원을 주고, 올해 25농가를 지원해 5억원을 쓴다.")
    assert got == {"KRW": 5 * 10**8} and "× 25농가" in rows[0]
    got, rows = sums("해솔군은 해솔 어촌 뉴딜 사업에 80억원을 들인다. 군은 80억원 가운데 56억원을 "
                     "국비로 받는다.")
    assert got == {"KRW": 80 * 10**8} and "1번 금액을 다시 적음" in rows[1]
    # the same sum for another project is not said again
    got, _ = sums("해솔군은 해솔 어촌 뉴딜 사업에 80억원을 들인다. 해솔 수산시장 신축에도 80억원을 쓴다.")
    assert got == {"KRW": 160 * 10**8}


def test_two_outlets_telling_one_budget_in_their_own_words_count_it_once(tmp_path, kiwi) -> None:
    from datetime import date

    from openpyxl import load_workbook

    from models.domain import ImportedDoc
    from models.export.report_data import ExportFilters
    from models.export.run import export
    from models.store.commands import Accept
    from models.store.project import ProjectStore

    stories = [("해솔일보", date(2026, 3, 2), "해솔시는 해솔 수소 트램 건설에 4200억원을 투입한다고 "
                "2일 밝혔다."),
               ("바다신문", date(2026, 3, 3), "해솔시가 4200억원을 들여 해솔 수소 트램 건설에 "
                "나선다. 시는 2030년 개통을 목표로 잡았다."),
               ("해솔일보", date(2027, 6, 1), "해솔시는 내년 해솔 수소 트램 건설에 4200억원을 "
                "다시 편성했다.")]
    store = ProjectStore.open(tmp_path / "p.sqlite3", "kim")
    ids = store.add_documents([ImportedDoc(text, title=outlet, date=day, outlet=outlet)
                               for outlet, day, text in stories]).document_ids
    for doc in ids:
        store.save_analysis(doc, "test", analyze(store.document(doc).text, kiwi=kiwi))
        store.execute([Accept(g.id) for g in store.document(doc).suggestions])
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    store.close()
    rows = list(load_workbook(out)["금액"].iter_rows(values_only=True))
    rows = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [r["집계 포함"] for r in rows] == [True, False, True]  # a year later: another budget
    assert "같은 사업·금액" in rows[1]["비고"] and rows[1]["사업"] == "해솔 수소 트램 건설"


def test_an_amount_each_of_several_payers_pays_is_added_once_for_each(kiwi) -> None:
    from bench_totals import TotalPassage, report_sums

    got, rows = report_sums([TotalPassage("x", "test", "해솔시와 해솔은행은 협약을 맺었다. 두 기관은 "
                                          "해솔 창업 펀드에 각각 50억원을 낸다.", {})], kiwi)["x"]
    assert got == {"KRW": 100 * 10**8} and "두 기관 각각: 2곳" in rows[0]
    got, _ = report_sums([TotalPassage("y", "test", "해솔시와 해솔군, 해솔공사는 해솔 광역 상수도 "
                                       "사업에 각각 150억원을 댄다.", {})], kiwi)["y"]
    assert got == {"KRW": 450 * 10**8}
    # 씩 with no total after it: what each pays, added for each; with a total, a rate
    got, _ = report_sums([TotalPassage("z", "test", "해솔시와 해솔은행은 협약을 맺었다. 두 기관이 "
                                       "각각 50억원씩 해솔 펀드에 출자한다.", {})], kiwi)["z"]
    assert got == {"KRW": 100 * 10**8}
    got, _ = report_sums([TotalPassage("w", "test", "정부와 해솔도는 진입도로에 각각 300억원씩 모두 "
                                       "600억원을 투입한다.", {})], kiwi)["w"]
    assert got == {"KRW": 600 * 10**8}


# Counting rules, each on a passage written for it: the passage, what the report adds up (억원),
# and a row whose note says why an amount is left out (its index in the passage and words of
# the note, after the row number it names), if any.
COUNTING_CASES = [
    # the rest, named after its whole ("남은") or told after a part ("나머지는")
    # (남은 3억원은 내년으로 넘긴다 would be money carried over: 불용·이월액, not added either)
    ("해솔군은 올해 축제 예산 9억원 가운데 6억원을 썼다. 남은 3억원은 하반기 행사에 쓴다.", 9,
     (2, "금액의 몫")),
    ("해솔시는 해솔 벤처 펀드를 500억원 규모로 조성한다. 시가 150억원을 출자하고, 나머지는 민간에서 "
     "모은다.", 500, (1, "금액의 몫")),
    # a budget a later sentence changes: the amount it became counts; two budgets of one
    # sentence are no change of one into the other
    ("해솔시의회 한지수 의원은 해솔 생태 놀이터 조성에 60억원이 든다고 밝혔다. 시는 예산을 40억원 "
     "규모로 줄이는 방안을 내놓았다.", 40, (0, "금액으로 바뀐 금액")),
    ("해솔시는 해솔 도서관에 60억원, 해솔 체육관은 40억원으로 늘린다.", 100, None),
    # a rate per unit with the word of what is paid between, a first year of a longer budget
    ("해솔시는 노후 상가 간판 정비에 올해 6억원을 쓴다. 점포당 지원금은 최대 200만원이다.", 6,
     (1, "단가(점포당)")),
    ("해솔시는 청년 수당에 30억원을 배정했다. 월 지급액은 50만원이다.", 30, (1, "단가(월)")),
    ("해솔전자는 해솔 공장 신설에 5년간 1조원을 쓴다. 첫해에만 3000억원을 투입한다.", 10000,
     (1, "금액의 일부(첫해에만)")),
    # the fields of a whole budget are parts of it
    ("해솔군은 내년 예산안을 7200억원으로 편성했다. 분야별로는 농림 분야가 1500억원으로 가장 많고, "
     "복지 1300억원이 뒤를 잇는다.", 7200, (2, "금액의 일부(분야별로는)")),
    # what of a whole named before is spent so far
    ("해솔시는 해솔 수목원 조성에 120억원을 들인다. 지금까지 45억원이 쓰였다.", 120,
     (1, "금액의 일부(지금까지)")),
    # what a whole named before holds; not more money added to it, nor another project's cost
    ("해솔시의회는 추경안 96억원을 의결했다. 추경에는 해솔 공원 정비 10억원과 해솔 도서관 보수 "
     "6억원 등이 담겼다.", 96, (1, "금액의 일부(담겼)")),
    ("해솔시는 지난해 해솔 체육관 보수비 40억원을 확보했다. 올해 예산에는 조명 교체비 5억원을 "
     "추가로 반영했다.", 45, None),
    ("해솔 도시철도는 총사업비 2조원이 드는 사업이다. 내년 예산에는 해솔 수변공원 조성 300억원이 "
     "새로 반영됐다.", 20300, None),
    # what one vehicle gets; a total whose sentence says how it is raised; a sum said again in
    # quoted words
    ("해솔시는 버스 한 대에 최대 2000만원을 주며, 올해 예산은 6억원이다.", 6, (0, "단가(한 대)")),
    ("해솔군은 마을 목욕탕을 새로 짓는다. 사업비 18억원은 기업 후원금 8억원과 시민 모금 10억원으로 "
     "충당한다.", 18, (0, "금액의 합계")),
    ('해솔시는 해솔 스케이트장 신축에 90억원을 쓴다. 박하늘 시장은 "90억원이 아깝지 않은 시설을 '
     '짓겠다"고 말했다.', 90, (1, "금액을 다시 적음")),
    # a yearly fee beside its total over the years; parts of a total, named after it as how it
    # is raised, that leave the rest without an amount
    ("해솔군은 해솔 관광 안내소 운영을 민간에 맡기고 해마다 2억원을 준다. 4년 계약으로 모두 8억원이다.",
     8, (0, "단가(× 4년)")),
    ("해솔시는 해솔 전기차 충전소를 세웠다. 설치비 12억원은 환경부 공모 사업비 7억원과 시비로 "
     "충당했다.", 12, (1, "금액의 일부(충당)")),
    # a budget by years is no yearly fee, though its parts add up by chance
    ("해솔시는 3년간 해솔 골목 정비에 90억원을 쓴다. 연도별로는 2026년 30억원, 2027년 30억원, "
     "2028년 30억원이다.", 90, None),
    # what one may get at most; parts listed as items in the sentence before their total
    ("해솔군은 농작물 재해보험료 지원에 9억원을 쓴다. 피해 농가는 최대 2000만원까지 보상받는다.", 9,
     (1, "단가(최대)")),
    ("이하늘 후보는 ▲해솔 수영장 건립(300억원) ▲해솔 둘레길 조성(40억원)을 약속했다. 두 공약에 "
     "드는 돈은 모두 340억원이다.", 340, (2, "금액의 합계")),
    # who qualifies is no money spent (money invested, told roughly, is); nor is this year's
    # budget that next year's is compared to
    ("해솔시는 가구 소득이 월 300만원 이하인 청년에게 월세를 지원하는 데 24억원을 쓴다.", 24,
     (0, "대상 기준 금액")),
    ("해솔시는 1000억원 이상 투자한 기업에 부지를 싸게 판다.", 1000, None),
    ("해솔군의 내년 예산은 6200억원이다. 올해 5800억원보다 400억원 많다.", 6200, (1, "변경 전 금액")),
    ("해솔시의 내년 문화 예산은 330억원이다. 올해 300억원에서 10% 늘었다.", 330, (1, "변경 전 금액")),
    # a figure the text corrects; a daily rate, changed; a price per counted unit
    ("해솔 경전철 사업비는 알려진 900억원이 아니라 1200억원이다.", 1200, (0, "변경 전 금액")),
    ("해솔시는 경로식당 한 끼 단가를 하루 4000원에서 5000원으로 올리고, 이를 위해 12억원을 쓴다.", 12,
     (1, "단가(하루)")),
    ("해솔시는 시내버스 30대를 바꾸는 데 150억원을 쓴다. 1대당 가격은 5억원이다.", 150,
     (1, "단가(1대당)")),
    # an increase with its per cent in brackets; a budget as first set, then changed, and its
    # increase named before it; the wrong figures a correction notice quotes
    ("해솔시의 내년 청년 예산은 480억원으로, 올해보다 60억원(14.3%) 늘어난 규모다.", 480,
     (1, "증감액")),
    ("해솔군은 당초 150억원으로 잡았던 해솔 체육관 사업비를 190억원으로 늘렸다. 늘어난 40억원은 "
     "군비로 채운다.", 190, (0, "변경 전 금액")),
    ("해솔시는 당초 80억원으로 잡았던 해솔 수영장 사업비를 95억원으로 늘렸다. 늘어난 15억원은 "
     "시비로 채운다.", 95, (2, "증감액")),
    ("[바로잡습니다] 어제 기사의 '해솔군 지원액 50억원'은 '해솔군 지원액 5억원'이기에 바로잡습니다.", 5,
     (0, "변경 전 금액")),
    # a year's budget told in the past beside next year's that grows from it; a budget voted
    # in the end, after the one submitted; the items of an increase given before them
    ("해솔시는 내년 교통 예산을 올해보다 5% 늘어난 2100억원으로 짰다. 올해 예산은 2000억원이었다.", 2100,
     (1, "변경 전 금액")),
    ("해솔군의회는 군이 낸 예산안 5200억원 가운데 20억원을 깎고 8억원을 늘렸다. 최종 예산은 "
     "5188억원으로 확정됐다.", 5188, (0, "금액으로 바뀐 금액")),
    ("■ 해솔시 추가경정예산안\n○ 총규모: 900억원(기정 예산 대비 60억원 증가)\n  - 일반회계: 700억원\n"
     "  - 특별회계: 200억원\n○ 주요 증액 사업: 해솔 도서관 보수 25억원, 해솔천 정비 15억원", 900,
     (4, "금액의 일부(증액 사업)")),
    # a sum a sentence divides; a sum matched by as much again; a base of two words; the
    # price of one use; a corrected figure; a cost changed twice
    ("해솔도는 재난기금 90억원을 해솔시 50억원, 해솔군 40억원으로 나눠 배분한다.", 90,
     (0, "금액의 합계")),
    ("해솔시는 국비 12억원을 받았다. 시는 같은 금액을 시비로 보태 모두 24억원을 쓴다.", 24,
     (0, "금액의 일부(같은 금액)")),
    ("해솔시는 채권 800억원을 발행한다. 지난해 발행 규모 600억원보다 200억원 늘었다.", 800,
     (1, "변경 전 금액")),
    ("해솔군은 해솔 수영장을 20억원에 짓고 이용료를 1회 3천원으로 받는다.", 20, (1, "단가(1회)")),
    ("해솔전자는 해솔 공장 투자액을 3000억원에서 2000억원으로 정정한다고 공시했다.", 2000,
     (0, "변경 전 금액")),
    ("해솔시 체육관 사업비는 300억원이던 것이 350억원으로 늘었고, 올해 400억원으로 다시 조정됐다.", 400,
     (1, "금액으로 바뀐 금액")),
    # last year's spending a critic compares; a cut, then the budget voted; a plan given up
    ("해솔시의 홍보 예산 30억원이 논란이다. 지난해 같은 홍보에 10억원이 들었는데 세 배가 됐다. "
     "의회는 이 예산을 12억원 깎아 18억원으로 의결했다.", 18, (1, "변경 전 금액")),
    ("해솔군은 국비 100억원과 군비 100억원 등 모두 200억원을 들일 계획이었으나, 국비를 받지 못해 "
     "군비 60억원만으로 짓기로 했다.", 60, (2, "변경 전 금액")),
    # a cut and a restored part, then the budget decided; a bound that must hold; what a fund
    # named earlier in its sentence has spent so far
    ("해솔시는 해솔 박물관 예산 30억원을 요구했다. 의회는 5억원을 삭감했고 2억원이 복원됐다. 이에 따라 "
     "예산은 27억원으로 확정됐다.", 27, (0, "금액으로 바뀐 금액")),
    ("해솔군은 청년 150명에게 장학금 3억원을 준다. 가구 소득이 6천만원 이하여야 한다.", 3,
     (1, "대상 기준 금액")),
    ("해솔도가 만든 300억원 규모의 해솔 펀드가 지금까지 기업 12곳에 90억원을 투자했다.", 300,
     (1, "금액의 일부(지금까지)")),
    # the price of one; the cost of the items of the line before, told by their count; a
    # budget lowered from the one above it, not from a smaller share between; the orders an
    # offer drew; a cost told again for the same project; parts by any 별로는
    ("해솔군은 초등학생 아침 급식에 18억원을 쓴다. 한 끼 단가는 3000원이다.", 18, (1, "단가(값)")),
    ("해솔시는 1호선 연장에 5000억원, 2호선 건설에 7000억원이 든다고 밝혔다.\n두 노선의 총사업비는 "
     "1조2000억원이다.", 12000, (2, "금액의 합계")),
    ("해솔 병원 건립에는 800억원이 든다. 이 가운데 국비는 200억원이다. 시는 총사업비를 600억원으로 "
     "낮추기로 했다.", 600, (0, "금액으로 바뀐 금액")),
    ("해솔전자는 1000억원 규모 회사채 수요예측에서 6000억원의 매수 주문을 받아 발행액을 1500억원으로 "
     "늘렸다.", 1500, (1, "주문·청약 금액")),
    ('해솔시장 후보는 "해솔 터널 사업비는 2400억원"이라고 말했다. 시의 계획서에도 총사업비는 '
     '2400억원으로 돼 있다.', 2400, (1, "금액을 다시 적음")),
    ("해솔은행은 채권 3000억원을 발행한다. 만기별로는 3년물 2000억원, 5년물 1000억원이다.", 3000,
     (0, "금액의 합계")),
    # what remains of a share after a cut is a share still; of a budget that counts, it counts
    ("해솔 재활원 건립에는 700억원이 든다. 시는 이 가운데 국비 350억원을 신청했다. 국비가 100억원 "
     "깎여 250억원만 반영됐다.", 700, (3, "금액이 깎이고 남은 금액")),
    ("해솔시는 해솔 축제 예산 9억원을 요청했다. 그러나 예산이 2억원 깎여 7억원만 남았다.", 7,
     (0, "금액으로 바뀐 금액")),
    # a company's results; a cap after its amount; a budget cut to one told first; a request
    # not granted; a past year's budget; a debt told again; what of a budget is spent
    ("해솔전자는 지난해 매출 2조원, 영업이익 1500억원을 올렸다. 올해 해솔 공장에 800억원을 투자한다.", 800,
     (0, "매출·이익 실적")),
    ("해솔시는 소상공인 이자 지원에 30억원을 쓴다. 대출 잔액 3000만원 한도에서 이자를 보전한다.", 30,
     (1, "단가(한도)")),
    ("해솔교 총사업비가 900억원으로 확정됐다. 설계 과정에서 사업비는 950억원으로 불어났다. 시는 "
     "접속도로를 줄여 50억원을 줄였다.", 900, (1, "금액으로 바뀐 금액")),
    ("해솔부는 문화시설 예산 1200억원을 요구했으나 정부안에는 1000억원이 반영됐다. 지난해 예산은 "
     "900억원이었다.", 1000, (2, "변경 전 금액")),
    ("해솔군은 남은 군채 40억원을 모두 갚는다. 지난해 말 군 채무는 40억원이었다. 군은 이자 3억원을 "
     "아낄 수 있다.", 40, (1, "금액을 다시 적음")),
    ("해솔시는 지난해 청년 창업 지원에 20억원을 편성했으나 집행한 금액은 9억원에 그쳤다.", 20,
     (1, "금액의 일부")),
    # three parts or more in the sentence before a total of 모두; a plan dropped; money not to
    # be; a base a change is measured from; tax revenue; where a sum comes from; an item cut
    ("해솔 후보는 A에 500억원, B에 300억원, C에 200억원을 쓰겠다고 했다. 재원은 모두 1000억원이다.",
     1000, (3, "금액의 합계")),
    ("해솔리조트는 2000억원을 들여 호텔을 짓기로 했으나 사업을 포기했다. 군이 지원하기로 했던 30억원도 "
     "없던 일이 됐다.", 0, None),
    ("해솔대 연구소는 정부 연구비 60억원을 받는다. 1단계 때 받은 80억원보다 20억원 줄었다.", 60,
     (1, "변경 전 금액")),
    ("해솔도의 상반기 지방세 수입이 9000억원으로 늘었다. 도는 이 가운데 300억원을 추경에 편성했다.", 300,
     (0, "세수(세입) 실적")),
    # the budget before a change, with the size of the change after the new budget
    ("국회 상임위는 누리~해담 간 국도 확장 예산을 정부안 860억원에서 940억원으로 80억원 "
     "증액했다.", 940, (0, "변경 전 금액")),
    # shares after a total of their sentence, which says who pays it (꾸려졌다)
    ("올해 보리축제 예산은 지난해보다 2억원 늘어난 17억원으로, 시비 11억원과 도비 4억원, 기업 "
     "후원금 2억원으로 꾸려졌다.", 17, (1, "금액의 합계")),
    # a change told with its per cent in brackets, then the budget it made
    ("누리부는 2027년도 예산안을 올해 본예산(3조4100억원)보다 1300억원(3.8%) 늘어난 3조5400억원으로 "
     "편성했다.", 35400, (0, "변경 전 금액")),
    # the budget as first set, its name between (당초 사업비는 …이었으나)
    ("누리군은 문화센터 건립에 93억원을 쓴다. 당초 사업비는 81억원이었으나 설계가 바뀌며 12억원 "
     "늘었다.", 93, (1, "변경 전 금액")),
    # last year's budget, whose and what for between
    ("누리군은 올해 어업인 지원에 모두 67억원을 쓴다. 지난해 군의 어업인 지원 예산은 "
     "58억원이었다.", 67, (1, "변경 전 금액")),
    # a deficit, damage glued to its kind, and a cap for a kind of house
    ("누리의료원은 병동 리모델링에 19억원을 들인다. 의료원은 지난해 27억원의 적자를 냈다.", 19,
     (1, "매출·이익 실적")),
    ("누리군의 태풍 복구비는 214억원으로 확정됐다. 군이 입은 재산피해는 163억원으로 집계됐다. "
     "완전히 부서진 주택에는 최대 3400만원이 지원된다.", 214, (2, "단가(최대)")),
    # last year's budget in brackets, a word with a number before it
    ("누리도는 1580억원 규모의 제2회 추경안을 편성했다. 지난해 제2회 추경(1310억원)보다 270억원 "
     "많다.", 1580, (1, "변경 전 금액")),
    # shares told by per cent, their amounts in brackets (engine)
    ("누리시 경전철 총사업비는 6240억원으로 국비 60%(3744억원)와 시비 40%(2496억원)로 충당한다.",
     6240, (1, "몫(국비)")),
    # items of a whole named before, by the count of its items; a new item of a budget
    ("누리군은 올해 농촌 활력 사업에 모두 96억원을 쓴다. 군은 마을 공동급식 확대(14억원)와 귀농 "
     "정착 지원(9억원) 등 11개 사업을 추진한다.", 96, (1, "일부(등 11개 사업)")),
    ("누리청은 내년 예산을 8조3200억원으로 편성했다. 신규 사업으로는 해안 관측망 구축에 310억원을 "
     "배정했다.", 83200, (1, "일부(신규 사업으로는)")),
    # a table that compares: last year's column and the change are not added
    ("새빛군 2027년 문화 예산\n(단위: 백만원)\n구분 | 2027년 | 2026년 | 증감\n새빛 작은도서관 | 1,310 | "
     "1,180 | 130\n새빛 군민회관 보수 | 690 | 720 | △30\n합계 | 2,000 | 1,900 | 100", 20,
     (1, "변경 전 금액")),
    # this year's budget in a release's fields, under its total
    ("새빛시 보도자료\n- 사업명: 새빛 호수공원 산책로 조성\n- 총사업비: 74억원(국비 37억원, 시비 "
     "37억원)\n- 올해 투입 예산: 18억원", 74, (3, "일부(올해 투입 예산:)")),
    # a rate per city and county (시·군당)
    ("새빛도는 공모로 뽑힌 6개 시·군에 모두 240억원을 지원한다. 시·군당 40억원 안팎이다.", 240,
     (1, "단가(시·군당)")),
    # a list of parts, each with its own items on lines of another mark
    ("새빛도는 올해 안전 분야에 총 150억원을 투입한다.\n■ 하천 정비: 90억원\n - 소하천 3곳: 60억원\n"
     " - 배수문 보강: 30억원\n■ 교통안전: 60억원\n - 보행로 확충: 25억원(㎞당 5억원)\n - 신호 체계 "
     "개선: 35억원", 150, (4, "금액의 합계")),
    # a council's review: the budget passed, the changes in brackets, and the items under the
    # headings of its cuts and increases
    ("새빛시의회는 2027년도 본예산 8,460억원을 의결했다. 시가 제출한 원안 8,490억원보다 30억원(삭감 "
     "34억원, 증액 4억원) 줄어든 규모다.\n주요 삭감 내역\n■ 새빛 야간경관 조명: 9억원 전액 삭감\n"
     "■ 새빛 가을축제: 19억원에서 14억원으로 5억원 삭감\n주요 증액 내역\n■ 경로당 냉난방 개선: "
     "4억원 증액(총 11억원)", 8460, (7, "일부(주요 삭감 내역)")),
    # several budgets changed by one verb (A에서 B로, C에서 D로 증액됐다)
    ("새빛~누리 국도 확장 사업은 정부안 70억원에서 95억원으로, 새빛읍 하수관로 정비 사업은 "
     "26억원에서 33억원으로 증액됐다.", 128, (0, "변경 전 금액")),
    # a rate per a unit in Latin letters (TEU당)
    ("해수부는 누리항 부두 건설에 국비 2900억원을 투입한다. 항만 사용료는 TEU당 3만원 선에서 정해진다.", 2900,
     (1, "단가(TEU당)")),
    # a first stage"s budget with no particle
    ("새솔군은 국비와 군비 등 총 318억원을 들여 새솔천을 복원한다. 준설을 하는 1단계 사업비 102억원은 올해 집행된다.", 318,
     (1, "일부(1단계 사업비)")),
    # a bound of investment for who qualifies
    ("새솔도는 새솔 산단 조성에 도비 540억원을 투입한다. 투자 금액 30억원 이상인 입주 기업에는 보조금을 준다.", 540,
     (1, "대상 기준")),
    # an item cut after the whole budget"s cut: inside the budget passed
    ("새솔시의회는 시가 제출한 예산안 9870억원 가운데 행사성 사업 등 31건, 92억원을 깎아 9778억원으로 의결했다. 시장 관사 보수비 2억원은 "
     "전액 삭감됐고, 새솔 등불축제 예산은 17억원 가운데 9억원이 잘렸다.", 9778,
     (4, "일부(삭감 내역)")),
    # the main items of a sum named before (주요 사업은)
    ("새솔 의원은 내년 정부 예산에 지역구 사업 국비 173억원을 반영했다고 밝혔다. 주요 사업은 새솔역 광장 정비 21억원, 새솔천 하수관로 정비 "
     "64억원, 시립체육관 건립 38억원 등이다.", 173,
     (1, "일부(주요 사업은)")),
    # a lead repeated at the end without its byline
    ("[새솔=김누리 기자] 새솔시는 옛 새솔역 부지를 시민공원으로 바꾸는 데 236억여원을 투입한다고 17일 밝혔다.\n시는 공원 안 주차장 정비에 약 "
     "41억원을 따로 들인다.\n새솔시는 옛 새솔역 부지를 시민공원으로 바꾸는 데 236억여원을 투입한다고 17일 밝혔다.", 277,
     (2, "반복 문단")),
    # the first part, its word after it (먼저)
    ("새솔시는 경전철 연장 사업에 총사업비 3460억원을 투입한다. 시는 올해 설계비 64억원을 먼저 확보했다.", 3460,
     (1, "일부(올해 설계비)")),
    # last year"s budget with many words between
    ("새솔부는 연구개발 사업에 5년간 총 870억원을 투입한다. 지난해 비슷한 성격의 사업에 편성된 예산은 95억원이었다.", 870,
     (1, "변경 전 금액")),
    # a rate and the rate it changes to, words between the unit and the amount
    ("새솔도는 관광 예산을 240억원으로 편성했다. 도는 관광객 1인당 평균 지출액을 지금의 90만원에서 110만원으로 끌어올릴 계획이다.", 240,
     (2, "단가(1인당)")),
    # a sum matched (여기에 … 더해 모두) whose total lists its items
    ("새솔군은 지방소멸대응기금 96억원을 배정받았다. 군은 여기에 군비 24억원을 더해 모두 120억원 규모로 사업 3건을 추진한다. 사업별로는 청년 "
     "주택 건립에 58억원, 귀농 쉼터 조성에 37억원, 산후조리원 리모델링에 25억원이 들어간다.", 120,
     (0, "일부")),
    # the rest and the amount before it make a whole named after them (engine)
    ("새솔도시공사는 공사채 1200억원을 발행해 공공주택 건설에 투입한다. 발행 금리는 연 3.2%다. 공사는 나머지 650억원을 분양 대금으로 충당해 "
     "총사업비 1850억원을 마련할 계획이다.", 1850,
     (0, "몫")),
    # two releases whose cost lines read the same: each is its own project's
    ("다래시 보도자료\n- 사업명: 다래 숲길 조성\n- 총사업비: 52억원(국비 26억원, 시비 26억원)", 52,
     (0, "+")),
    ("다래군 보도자료\n- 사업명: 다래 복합문화센터 건립\n- 총사업비: 52억원(국비 26억원, 시비 26억원)", 52,
     (0, "+")),
    # a plan by years with a 계 column: the years count, the row's total is their sum
    ("다래공사 중기 투자계획\n(단위: 억원)\n구분 | 2027 | 2028 | 2029 | 계\n다래 행복주택 | 110 | 140 | 60 | 310\n다래 "
     "진입도로 | 40 | 70 | 30 | 140\n합계 | 150 | 210 | 90 | 450", 450,
     (3, "표 금액 3건의 합계")),
    # the base of a change told in per cent (…에 비해 36.3% 증가한)
    ("분석 결과 2022~2026년 도내 시·군이 도서관 조성에 투입한 사업비는 총 1,240억원이다. 이는 직전 5년(2017~2021년) 910억원에 "
     "비해 36.3% 증가한 규모이다.", 1240,
     (1, "변경 전 금액")),
    # a review in fields: the budget proposed before the one decided, the cut named by its field, an item cut, the accounts in brackets
    ("다래시의회 2027년도 예산안 심사 결과\n○ 집행부 제출안: 6,320억원\n○ 삭감: 24억원(7건)\n- 시정 홍보물 제작비 3억원 전액 삭감\n- "
     "다래 불꽃축제 운영비 9억원 중 4억원 삭감\n○ 최종 의결: 6,296억원(일반회계 5,110억원, 특별회계 1,186억원)", 6296,
     (3, "일부(삭감 내역)")),
    # this year's national share under a release's total, three lines back
    ("다래도 보도자료\n- 사업명: 다래 수소 클러스터 조성\n- 총사업비: 1,380억원(국비 690억원, 도비 690억원)\n- 위치: 다래도 서해군 "
     "일원\n- 주요내용: 수소 생산기지 구축\n도는 올해 국비 31억원을 확보해 설계에 착수한다.", 1380,
     (3, "일부")),
    # the budget first requested, who asked for it between (당초 …가 신청한 사업비는 …이었으나)
    ("다슬 광역철도가 예비타당성조사를 통과했다. 총사업비는 8640억원이다. 당초 다슬도가 신청한 사업비는 9100억원이었으나 노선을 조정하면서 460억원 "
     "줄었다.", 8640,
     (1, "변경 전 금액")),
    # where a sum comes from, after a comma in its sentence (…편성했으며, 재원은 …)
    ("다슬시는 시민에게 1인당 15만원의 상생지원금을 준다. 시는 총 372억원을 편성했으며, 재원은 재난관리기금 150억원과 순세계잉여금 222억원으로 "
     "마련했다.", 372,
     (2, "일부(재원은)")),
    # the lead repeated alone at the end, inside a longer first paragraph; a sum's make-up (구성된다) two sentences on
    ("다슬도는 호우 피해 농가 2100곳에 재난지원금 97억원을 지급한다고 12일 밝혔다. 농작물 피해액은 모두 318억원으로 집계됐다. 지원금은 국비 "
     "68억원과 도비 29억원으로 구성된다.\n다슬도는 호우 피해 농가 2100곳에 재난지원금 97억원을 지급한다고 12일 밝혔다.", 97,
     (4, "반복 문단")),
    # last year's lending (지난해 융자액은 …이었다)
    ("다슬도 지역개발기금이 올해 시·군 기반시설 사업에 870억원을 융자한다. 지난해 융자액은 760억원이었다.", 870,
     (1, "변경 전 금액")),
    # damage told approximately (130억원가량의 재산 피해)
    ("다슬군은 다슬천 정비에 2030년까지 총 412억원을 들인다. 다슬천 일대에서는 세 차례 침수로 모두 130억원가량의 재산 피해가 났다.", 412,
     (1, "피해 규모")),
    # a count of things is no project (7개 학교): the tranche finds its whole
    ("다슬교육청은 노후 학교 20곳을 개축하는 사업에 5년간 2600억원을 투입한다. 올해는 1단계로 7개 학교에 540억원을 배정했다.", 2600,
     (1, "일부(올해는)")),
    # sources listed after 재원은 share one whole, the one that holds them all (engine)
    ("다슬시장은 임기 4년간 공약 이행에 총 8300억원이 든다고 밝혔다. 분야별로는 교통 3500억원, 복지 2800억원, 경제 2000억원이다. "
     "재원은 시비 4400억원, 국·도비 3200억원, 민간투자 700억원으로 마련한다.", 8300,
     (4, "금액의 일부(재원은)")),
    # a table's row whose last cell is empty ("강사료 | 488,000 |")
    ("바다구 2027년 주민자치 지원 예산\n"
     "(단위: 천원)\n"
     "사업명 | 예산액 | 비고\n"
     "주민자치회 운영 | 312,000 | 18개 동\n"
     "자치센터 강사료 | 488,000 |\n"
     "합계 | 800,000 |", 8,
     (1, "+")),
    # a sentence under a table naming one column's sum (2027년 150억원)
    ("바다군 하수처리장 증설 연차별 투자계획\n"
     "(단위: 억원)\n"
     "구분 | 계 | 2026년 | 2027년\n"
     "국비 | 180 | 60 | 120\n"
     "군비 | 45 | 15 | 30\n"
     "합계 | 225 | 75 | 150\n"
     "군은 2027년 150억원을 들여 처리용량을 늘린다.", 225,
     (6, "표 금액 2건의 합계")),
    # items under a heading that break a total down a second time (2. 세부 내역)
    ("바다에너지공단 고효율 설비 지원계획\n"
     "1. 사업 개요\n"
     " ○ 지원 규모: 총 74억원(공단 출연금 50억원, 지자체 매칭 24억원)\n"
     " ○ 지원 한도: 개소당 최대 600만원\n"
     "2. 세부 내역\n"
     " - 냉난방기 교체: 44억원\n"
     " - LED 조명 교체: 30억원", 74,
     (4, "일부(세부 내역)")),
    # a rate with two words between unit and amount (가구당 연 최대)
    ("바다시 보도자료\n"
     "▲ 신혼부부 전세대출 이자 지원: 가구당 연 최대 120만원, 27억원", 27,
     (0, "단가(가구당)")),
    # a change told with years and an arrow; the bracket restating its owner; an item nested under another item
    ("바다부 2027년 예산안 설명자료\n"
     "○ 청년도약장려금: 3,640억원(’26년 3,200억원 → ’27년 3,640억원, 440억원 증액)\n"
     "○ 지역청년 정착 패키지(신규): 520억원\n"
     " - 주거 지원: 월 20만원씩 최대 12개월\n"
     " - 창업 거점 조성: 120억원", 4160,
     (6, "일부(하위 항목)")),
    # fields of a whole its sources already split (재원은 …, then 분야별로는 …)
    ("나린시는 8460억원 규모의 추경안을 편성했다. 재원은 순세계잉여금 3460억원, 지방교부세 2000억원, 국고보조금 3000억원으로 마련했다. "
     "분야별로는 민생경제 분야에 2900억원, 재난안전 분야에 1700억원을 반영했다.", 8460,
     (4, "일부(분야별로는)")),
    # a share named first on its own and again among the shares of its total
    ("나린군이 공모에 선정돼 국비 90억원을 확보했다. 군은 총사업비 150억원을 들여 생활문화센터를 짓는다. 사업비는 국비 90억원과 군비 60억원으로 "
     "마련된다.", 150,
     (0, "다시 적음")),
    # what is spent so far, four sentences after its whole
    ("나린병원의 센터 건립 총사업비가 1240억원으로 확정됐다. 사업비는 국비 500억원, 도비 370억원, 병원 부담 370억원으로 나눠 마련한다. "
     "센터는 300병상 규모로 들어선다. 2029년 개원이 목표다. 병원은 지금까지 설계비 등으로 31억원을 집행했다.", 1240,
     (4, "일부(지금까지)")),
    # what running it costs a year is a rate (연간 운영비)
    ("나린시는 환승센터 건립에 4120억원을 들인다. 준공 뒤 연간 운영비는 약 70억원으로 추산된다.", 4120,
     (1, "단가(연간)")),
    # money a budget left unspent (불용액)
    ("나린부의 내년 청년 정착 예산안은 1480억원이다. 보고서는 지난해 이 사업의 불용액이 160억원에 달했다고 밝혔다.", 1480,
     (1, "불용·이월액")),
    # a figure given before and set right (…으로 안내했으나 … 실제; …으로 잘못 계산됐다)
    ("나린군은 하수관로 정비사업의 총사업비를 260억원으로 안내했으나 실제 사업비는 620억원이라고 밝혔다. 국비도 처음 발표 때는 182억원으로 잘못 "
     "계산됐다.", 620,
     (0, "변경 전 금액")),
    # amounts that with the share before them make the total of 모두 (대응 투자해 모두)
    ("나린대는 5년간 국비 400억원을 지원받고, 나린도와 나린시가 각각 120억원과 80억원을 대응 투자해 모두 600억원을 쓴다.", 600,
     (1, "몫과 함께 모두")),
    # a sentence said again word for word inside its paragraph
    ("나린시는 역세권 혁신지구 사업계획이 승인됐다고 밝혔다. 총사업비 2980억원 가운데 민간 투자는 2100억원이다. 나머지는 국비와 시비로 충당한다. "
     "총사업비 2980억원 가운데 민간 투자는 2100억원이다.", 2980,
     (2, "반복 문단")),
    # numbered items (①, ②, ③) after a total in a title
    ("나린군 청년 지원 패키지(총 19억원)\n"
     "① 청년 주거비 지원: 8억원(1인당 월 최대 20만원)\n"
     "② 창업 초기자금 지원: 7억원\n"
     "③ 청년 공유공간 운영: 4억원", 19,
     (0, "금액의 합계")),
    # one source's total over that source's amounts listed before it (이로써 … 국비 30억원)
    ("나린시, 상반기 공모사업 2건 선정\n"
     "- 나린 해양레저 거점 조성: 국비 24억원, 지방비 24억원\n"
     "- 나린 숲길 정비: 국비 6억원, 지방비 6억원\n"
     "이로써 시는 올해 상반기 국비 30억원을 확보했다.", 60,
     (4, "금액의 합계")),
    # a photo caption telling the body's figure; shares pointed to by 가운데 two sentences on
    ("[사진] 무너진 다래군 하천 제방에서 중장비가 복구 작업을 하고 있다. 정부는 다래군 복구비로 642억원을 확정했다. /다래군 제공\n"
     "집중호우로 피해를 본 다래군의 복구비가 642억원으로 확정됐다. 이번 호우로 인한 피해액은 233억원으로 집계됐다. 복구비 가운데 국비는 451억원, "
     "지방비는 191억원이다.", 642,
     (0, "제목의 금액")),
    # a correction notice: the wrong figure and the right one the body gives already
    ("다래~소라 광역철도에는 2032년까지 총사업비 1조6200억원이 들어간다.\n"
     "※ 바로잡습니다: 이 기사의 최초 출고본에서 총사업비를 '1조2600억원'으로 적었으나 '1조6200억원'이 맞기에 바로잡습니다.", 16200,
     (2, "다시 적음")),
    # work a company expects to win (물량을 수주할) and sales told after their amount
    ("다래에너지공사가 해상풍력 단지에 2조1000억원을 투자한다. 공사는 국내 업체들이 6000억원가량의 물량을 수주할 것으로 내다봤다. 완공되면 연간 "
     "1300억원의 매출이 예상된다.", 21000,
     (1, "주문·청약")),
    # an average salary (연봉은 평균)
    ("다래시의료원 응급실 의사 연봉은 평균 3억5000만원 수준이다. 시는 응급센터 확충에 120억원을 들인다.", 120,
     (0, "단가(")),
    # a sum divided in two stages (나눠), two sentences on
    ("다래 첨단산단에 업체가 420억원을 투자해 공장을 짓는다. 시와 업체는 25일 양해각서를 맺었다. "
     "투자는 두 단계로 나눠 1단계 250억원, 2단계 170억원이 들어간다.", 420,
     (1, "일부(내역)")),
    # an increase named as such (증액분 12억원은)
    ("다래시 2027년 제1회 추경 주요 세출 (단위: 천원)\n"
     "구분 | 기정 | 추경 | 증감\n"
     "계 | 5,000,000 | 6,200,000 | 1,200,000\n"
     "다래천 정비 | 3,000,000 | 3,700,000 | 700,000\n"
     "달빛공원 조성 | 2,000,000 | 2,500,000 | 500,000\n"
     "○ 추경 증액분 12억원은 전액 순세계잉여금으로 충당함", 62,
     (6, "증감액")),
    # a council's figures by arrow (제출 48억원 → 의결 41억원)
    ("다래시의회 예산결산특별위원회 심사 결과\n"
     " ○ 치매안심센터 신축: 제출 48억원 → 의결 41억원(7억원 삭감)\n"
     " ○ 경로당 냉난방기 교체: 제출 6억원 → 의결 6억원(원안 가결)", 47,
     (3, "변경 전 금액")),
    # a release labelled with its body's name, and a list its line above points into (사업별로는)
    ("다래시 보도자료(2027. 2. 3., 안전정책과)\n"
     "다래시, 올해 생활안전 3대 사업에 45억원 투입\n"
     "다래시는 생활안전 3대 사업에 올해 45억원을 투입한다고 3일 밝혔다. 지난해(38억원)보다 7억원 늘어난 규모다. 사업별로는\n"
     "▲통학로 보행데크 설치 20억원\n"
     "▲방범 CCTV 교체 15억원\n"
     "▲하천변 안전난간 정비 10억원 등이다.", 45,
     (4, "일부(사업별로는)")),
    # a group's 소계 row, and the group's sum told under the table
    ("보건복지부 2027년 지역의료 예산(안)\n"
     "(단위: 억원)\n"
     "구분 | 2027(안)\n"
     "Ⅰ. 권역 응급의료 소계 | 610\n"
     " - 응급실 인건비 | 450\n"
     " - 응급 헬기 배치 | 160\n"
     "Ⅱ. 소아진료 소계 | 190\n"
     " - 야간진료소 확대 | 120\n"
     " - 야간진료 가산 | 70\n"
     "합계 | 800\n"
     "이 중 권역 응급의료 분야 610억원은 전년 대비 18% 늘어난 규모다.", 800,
     (4, "표 금액 2건의 합계")),
    # a yearly running cost told the other way round (운영비는 연간 약 …); a figure 잘못 적은, set right
    ("새솔시는 도시철도 2호선에 총사업비 8640억원을 들인다. 개통 뒤 운영비는 연간 약 310억원으로 추산된다.\n"
     "※ 이 기사는 총사업비를 8460억원으로 잘못 적은 부분을 8640억원으로 바로잡았습니다.", 8640,
     (1, "단가(연간)")),
    # the cost of the items just listed (3개 사업에 총 …), a rate in brackets among them
    ("새솔시는 하반기 생활SOC 사업 3건을 착공한다. 사업별로는 ▲복합커뮤니티센터 건립 64억원 ▲공원 야간경관 조성 11억원 ▲다함께돌봄센터 2곳 "
     "신설 8억원(1곳당 4억원) 등이다. 시 관계자는 \"3개 사업에 총 83억원이 들어간다\"고 말했다.", 83,
     (4, "금액의 합계")),
    # parts after a total of 모두 in its sentence, a rate (…씩) among them
    ("새솔교육청은 AI 교실 300곳을 만든다. 사업비는 모두 60억원으로, 교실당 1800만원씩 들어가는 구축비 54억원과 교원 연수비 6억원으로 "
     "이뤄진다.", 60,
     (1, "단가(씩)")),
    # a year's sales (판매액)
    ("새솔군은 어촌 활력 사업에 86억원을 들인다. 새솔군의 연간 수산물 판매액은 약 290억원이다.", 86,
     (1, "매출·이익 실적")),
    # a salary offered (연봉을 최대 …)
    ("새솔의료원은 센터 건립에 52억원을 투입한다. 의료원은 전문의 확보를 위해 연봉을 최대 3억원까지 제시할 계획이다.", 52,
     (1, "단가(연봉)")),
    # an average in brackets (평균(49억원))
    ("새솔도의 도서관 확충에는 총 214억원이 투입된다. 신규 건립은 1개관당 평균 53억원 수준으로 인접 광역도 평균(49억원)보다 다소 높다.", 214,
     (2, "단가(평균)")),
    # the most each gets after a rate of its own (점포당 … 80%, 최대 300만원)
    ("새솔구 간판 개선 지원사업 참여자 모집\n"
     "- 지원예산: 3억원\n"
     "- 지원내용: 점포당 간판 교체비의 80%, 최대 300만원", 3,
     (1, "단가(최대)")),
    # a total told again with its shares (… 등 모두 874억원)
    ("새솔군의 복구비가 874억원으로 확정됐다. 군은 피해액을 308억원으로 집계하고, 국비 611억원과 지방비 263억원 등 모두 874억원을 복구에 "
     "투입하기로 했다.", 874,
     (4, "다시 적음")),
    # quoted words say a figure of a paragraph before
    ("새솔시가 총사업비 280억원을 들여 체육센터를 짓는다. 센터에는 수영장과 체육관이 들어선다. 시는 올해 설계비를 반영했다. 시장은 \"동부권 주민들이 "
     "원정 운동을 다녔다\"며 \"280억원이 아깝지 않은 시설로 만들겠다\"고 말했다.", 280,
     (1, "다시 적음")),
    # this year's spending in a release's fields (올해 투입액:)
    ("보도자료 | 다온시 도시재생과\n"
     "- 사업명: 다온 복합문화공간 조성\n"
     "- 총사업비: 148억원(국비 74억원, 시비 74억원)\n"
     "- 올해 투입액: 설계비 등 11억원", 148,
     (3, "일부(올해 투입액:)")),
    # sources in a field line (○ 재원:) under a list that splits the same total
    ("□ 2027년 청년 일자리 예산\n"
     "○ 총 예산: 36억원\n"
     "- 청년 창업공간 운영: 14억원\n"
     "- 청년 인턴십 지원: 22억원\n"
     "○ 재원: 국비 18억원, 도비 6억원, 군비 12억원", 36,
     (3, "일부(재원:)")),
    # a request cut entirely (요구액 3억원 → 전액 삭감)
    ("다온시의회 예결위 심사 결과\n"
     "- 다온 국제음악제: 요구액 8억원 → 의결액 6억원\n"
     "- 시청사 주차타워 설계: 요구액 3억원 → 전액 삭감", 6,
     (2, "변경 전 금액")),
    # two items of a list are no rate and count by chance (24억원, 3곳 조성 8억원)
    ("다온시는 하반기 생활SOC 사업을 추진한다.\n"
     "▲다온 체육관 건립 72억원\n"
     "▲공영주차장 확충 24억원\n"
     "▲어린이 물놀이터 3곳 조성 8억원(1곳당 2억원 안팎)", 104,
     (2, "+")),
    # spent by last year (지난해까지 … 집행했다)
    ("다온군은 총사업비 164억원을 들여 체육센터를 짓는다. 군은 지난해까지 설계비 등으로 5억원을 집행했다.", 164,
     (1, "일부(지난해까지)")),
    # what some get on top (가구에는 10만원을 더 얹어)
    ("다온시는 저소득 가구에 난방비를 준다. 가구당 20만원을 기본으로 하고 어르신이 있는 가구에는 10만원을 더 얹어 준다. 시는 이를 위해 46억원을 "
     "편성했다.", 46,
     (1, "단가(추가)")),
    # a correction notice's wrong figure in quotes, under a body giving the right one
    ("다온군의 복구비가 926억원으로 확정됐다. 국비 648억원과 지방비 278억원이 들어간다.\n"
     "※ 바로잡습니다 = 지난 14일자 '다온군 복구비 962억원' 기사의 복구비는 926억원이 맞기에 바로잡습니다.", 926,
     (3, "변경 전 금액")),
    # income a facility loses (대관료 수입)
    ("다온시는 시민회관 리모델링에 19억원을 들인다. 공사 기간에는 연간 대관료 수입 9000만원가량이 줄어든다.", 19,
     (1, "매출·이익 실적")),
    # a bound of who qualifies named before it (소득 기준은 기존 연 4000만원에서)
    ("국토부는 청년 전세대출 금리를 내린다. 대상은 연 소득 5000만원 이하 청년이며, 소득 기준은 기존 연 4000만원에서 높아졌다.", 0,
     (1, "대상 기준")),
    # a year's sum beside its total over the term (연간 1200억원, 임기 중 모두 4800억원)
    ("다온도지사 후보는 아이수당을 약속했다. 아이수당에는 연간 1200억원, 임기 중 모두 4800억원이 들 것으로 추산됐다.", 4800,
     (0, "단가(× 4)")),
    # a share of the whole by its per cent (전체의 61%인)
    ("다온교육청은 내년 본예산을 4조2100억원으로 편성했다. 전체의 61%인 2조5681억원은 교직원 인건비다.", 42100,
     (1, "일부(전체의 61%인)")),
    # the same with a full-width colon (재원：)
    ("□ 2027년 청년 주거 예산\n"
     "○ 총 예산: 42억원\n"
     "- 청년 월세 지원: 30억원\n"
     "- 신혼부부 이자 지원: 12억원\n"
     "○ 재원： 국비 21억원, 도비 9억원, 군비 12억원", 42,
     (3, "일부(재원：)")),
    # damage, a cap and an effect told after their amount
    ("새솔군은 지난달 폭우로 무너진 하천 제방 3곳을 고치는 데 21억원을 쓴다. 군은 이번 비로 모두 "
     "38억원의 피해가 난 것으로 집계했다.", 21, (1, "피해 규모")),
    ("새솔시는 신혼부부가 최대 2억원까지 전세자금 대출을 받으면 이자 일부를 대신 내준다. 올해 "
     "사업비는 16억원이다.", 16, (0, "단가(최대)")),
    ("새솔도는 해안 자전거길 조성 사업비를 270억원으로 정했다. 도는 완공 뒤 880억원의 지역경제 "
     "파급효과를 기대한다.", 270, (1, "경제 효과")),
    # the next sentence's amounts, all of them, add up to an amount of the sentence before
    ("다온병원은 도비와 시비 등 22억원을 들여 내시경 장비와 초음파 장비를 새로 들인다. 장비 "
     "가격은 내시경 13억원, 초음파 9억원이다.", 22, (1, "금액의 일부(내역)")),
    # unless they are more money (추가로)
    ("다온군은 14억원을 들여 남면에 공동 선별장을 짓는다. 군은 추가로 진입로에 9억원, 주차장에 "
     "5억원을 쓴다.", 28, None),
    ("해솔시의 추경안은 90억원이다. 도로 보수에 50억원 등이 담겼다. 재원은 잉여금 60억원과 교부세 "
     "30억원이다.", 90, (2, "금액의 일부(재원은)")),
    ("해솔구의 신규 사업은 해솔 도서관 건립 40억원, 해솔천 산책로 정비 10억원, 총 50억원이다.\n"
     "해솔천 산책로 정비 사업은 설계가 끝나지 않아 의회가 4억원을 삭감했다.", 46,
     (1, "삭감액(4억원)을 뺀 금액")),
    # a budget passed, less a cut from the one submitted; a fare, and the fare it becomes
    ("해솔시의회는 내년 예산 7950억원을 의결했다. 시가 낸 원안 8000억원에서 50억원이 깎였다.", 7950,
     (1, "변경 전 금액")),
    ("해솔시는 버스 기본요금을 1400원에서 1600원으로 올린다. 운송수입은 30억원 늘어난다.", 0, None),
    # a sum others add to (여기에 … 더해 모두); a tax collected, and one tax of it
    ("해솔군은 국비 24억원을 확보했다. 군은 여기에 군비 6억원을 더해 모두 30억원을 쓴다.", 30,
     (0, "금액의 일부(여기에)")),
    ("해솔시의 지방세 징수액이 3000억원이다. 세목별로는 취득세가 1200억원으로 가장 많았다.", 0, None),
    # the budget after a cut, named with it (… 가운데 N원을 삭감한 M원): no share of the one cut;
    # what a past year spent beside this year's; the damage a disaster did
    ("해솔시의회는 시가 낸 6420억원 가운데 20억원을 삭감한 6400억원을 의결했다.", 6400,
     (0, "변경 전 금액")),
    ("해솔군은 올해 해솔 축제에 5억원을 쓴다. 지난해 축제에는 4억원이 들었다.", 5, (1, "변경 전 금액")),
    ("정부는 태풍 복구비로 300억원을 확정했다. 재산 피해액은 250억원이다.", 300, (1, "피해 규모")),
    # the largest item of a plan, a project of its own; an estimated economic effect; a rental
    # deposit; last year's budget in brackets, compared by how many times
    ("해솔도는 5년간 30개 사업에 모두 6000억원을 쓴다. 단일 사업으로는 해솔 산업단지 조성이 "
     "1500억원으로 가장 크다.", 6000, (1, "금액의 일부(단일 사업으로는)")),
    ("해솔항 부두 확장에 900억원이 든다. 생산유발 효과는 2000억원으로 추산됐다.", 900,
     (1, "경제 효과 추정")),
    ("해솔시는 임대주택 300가구를 짓는 데 800억원을 쓴다. 임대료는 보증금 3000만원에 월 25만원이다.",
     800, (1, "단가(보증금)")),
    ("해솔구의 올해 돌봄교실 운영비는 5억원으로, 지난해(2억원)의 두 배가 넘는다.", 5,
     (1, "변경 전 금액")),
    # the largest part told after its amount (…으로 가장 많고); the price of one of what is
    # bought; shares in brackets right after an amount, whatever word comes before it
    ("해솔부는 내년 예산을 9000억원으로 짰다. 보조금이 5000억원으로 가장 많고, 연구개발에 1000억원이 "
     "배정됐다.", 9000, (1, "금액의 일부(가장 많)")),
    ("해솔의료원은 100억원을 들여 암센터를 짓는다. 치료기 1대 가격은 약 20억원이다.", 100,
     (1, "단가(값)")),
    ("해솔시는 할인 보전 예산으로 40억원(국비 10억원, 시비 30억원)을 편성했다.", 40,
     (1, "금액의 몫(국비)")),
    # a list of prices; a salary; an effect told after its amount; a share named before its
    # whole (… 국비 N원을 포함한 사업비 M원); a fund's parts in the next sentence (…이 냈다)
    ("해솔과학관은 90억원을 들여 지었다. 입장료는 어른 3000원, 어린이 1000원이다.", 90,
     (2, "단가(입장료)")),
    ("해솔도는 공공의사 사업에 30억원을 쓴다. 한 관계자는 \"연봉 3억원을 줘도 오지 않는다\"고 했다.", 30,
     (1, "단가(연봉)")),
    ("해솔항 터미널에 500억원이 든다. 시는 지역 경제에 900억원의 효과를 낼 것으로 본다.", 500,
     (1, "경제 효과 추정")),
    ("해솔시는 국비 60억원을 포함한 사업비 130억원으로 빗물펌프장을 짓는다.", 130,
     (0, "금액의 몫(국비)")),
    ("해솔도는 청년 펀드를 150억원 규모로 만들었다. 도가 50억원을, 민간 출자자가 100억원을 냈다.", 150,
     (0, "금액의 합계")),
    # a budget as first set, told with 이었으나; a day's wage; fees per hour and per year; a
    # first stage's budget of a plan
    ("해솔도 도로 확장 사업비는 당초 300억원이었으나 보상비가 늘면서 360억원으로 변경됐다.", 360,
     (0, "변경 전 금액")),
    ("해솔군은 산불 감시에 40억원을 쓴다. 감시원 일당은 7만원이다.", 40, (1, "단가(일당)")),
    ("해솔시는 공공자전거에 20억원을 들인다. 이용 요금은 1시간에 1000원, 1년 정기권은 3만원이다.", 20,
     (2, "단가(요금)")),
    ("해솔시는 공원 10곳에 500억원을 쓴다. 이 가운데 올해 1단계 사업비로 80억원을 편성했다.", 500,
     (1, "금액의 일부(1단계 사업비로)")),
    # sales told with 모두; money put in 이와 별도로, no share of the cost before it; a schedule's
    # grant named as an object, and the grant it becomes; a bound before 로
    ("해솔지구 기반시설에 900억원이 든다. 입주기업들의 매출은 모두 5000억원이다.", 900,
     (1, "매출·이익 실적")),
    ("해솔병원이 분원을 짓는다. 총사업비는 2000억원으로, 정부가 600억원을 대고 나머지 1400억원은 병원이 "
     "마련한다. 이와 별도로 해솔시가 시비 100억원을 들여 부지를 사들인다.", 2100, None),
    ("해솔시는 저출생 예산으로 150억원을 쓴다. 첫째 아이 출산지원금을 100만원에서 200만원으로 올리고, "
     "지원 대상을 연소득 7000만원 이하로 넓혔다.", 150, (2, "단가(첫째)")),
    # a budget by years: its years' amounts are parts of it
    ("해솔도는 3년간 해솔 숲길 조성에 모두 100억원을 쓴다. 연도별로는 2026년 20억원, 2027년과 "
     "2028년 각각 40억원이다.", 100, (1, "금액의 일부(연도별로는)")),
    # a headline's amount the body's parts add up to; the items of an increase told as 늘어난
    # 예산은; an economic effect told as 경제효과; the left of two columns beside 증감; this
    # year's part right after a total on an item line
    ("누리시, 바이오 산업에 640억 투입\n누리시는 바이오 실증센터 건립에 420억원, 연구 장비 구축에 "
     "150억원을 쓴다고 밝혔다. 창업 지원에도 70억원을 배정했다.", 640, (0, "금액의 합계")),
    ("해밀군은 1회 추경 예산을 3200억원으로 편성했다. 본예산 2950억원보다 250억원 늘었다. 늘어난 "
     "예산은 도로 보수 40억원, 방역 18억원 등에 쓴다.", 3200, (3, "금액의 일부(늘어난 예산)")),
    ("해밀군은 가을 꽃축제에 12억원을 들인다. 지난해 축제는 230억원의 경제효과를 냈다.", 12,
     (1, "경제 효과")),
    ("해밀시의회 예산 심사 결과\n(단위: 백만원)\n사업명 | 제출안 | 의결 | 증감\n"
     "해밀 둘레길 정비 | 900 | 700 | △200\n해밀 도서관 증축 | 1,500 | 1,500 | -", 22,
     (0, "변경 전 금액")),
    ("○ 해밀군 주요 사업\n ① 해밀 문화센터 건립: 총사업비 140억원(2026~2028), 올해 35억원 투입\n"
     " ② 해밀천 정비: 약 25억원", 165, (1, "금액의 일부(올해)")),
    # a band (800억원대) is not summed; each 별로는 splits a whole anew; a plan's 대표 공약; sales
    # told with 안팎 or 연간; a band of who qualifies (2억원 이상 4억원 미만); money returned
    # unspent; a loan's cap before its rate; the next of a list of rates; the figure a
    # correction notice calls wrong; a count column and a group's 소계(…) row in a table; a
    # sentence under a table naming a row; 지역경제 효과
    ("해밀시, 관광 예산 800억원대로 늘려\n해밀시는 내년 관광 예산을 820억원으로 편성했다.", 820, None),
    ("해밀군은 내년 예산을 5000억원으로 편성했다. 회계별로는 일반회계 4200억원, 특별회계 800억원이다. "
     "분야별로는 복지에 1500억원, 농업에 900억원을 쓴다.", 5000, (3, "금액의 일부(분야별로는)")),
    ("해밀군은 공약사업 20건에 4년간 모두 900억원을 들인다. 대표 공약인 해밀 청년마을 조성에는 150억원이 "
     "든다.", 900, (1, "금액의 일부(대표 공약인)")),
    ("해밀전자는 해밀 공장 증설에 3000억원을 투자한다. 공장이 완공되면 연간 1조원 안팎의 매출을 올릴 "
     "것으로 보인다.", 3000, (1, "매출·이익")),
    ("해밀식품은 신규 라인에 500억원을 들인다. 회사는 매출이 연간 800억원가량 늘 것으로 본다.", 500,
     (1, "매출·이익")),
    ("해밀시는 노후 주택 수리비로 30억원을 쓴다. 주택 가격이 2억원 미만이면 전액, 2억원 이상 4억원 "
     "미만이면 절반을 지원한다.", 30, (2, "대상 기준 금액")),
    ("해밀구는 어린이 도서관 운영에 12억원을 배정했다. 지난해에는 이 예산 가운데 1억원이 집행되지 못해 "
     "반납됐다.", 12, (1, "불용")),
    ("해밀군은 귀농인에게 주택 구입 자금을 최대 2억원까지 연 2% 금리로 빌려준다. 이를 위해 융자 예산 "
     "40억원을 마련했다.", 40, (0, "단가(최대)")),
    ("해밀군은 폭설 피해 복구에 60억원을 쓴다. 비닐하우스가 무너진 농가에는 농가당 500만원, 일부 파손 "
     "농가에는 200만원을 준다.", 60, (2, "단가(농가당)")),
    ("해밀시는 시립미술관 건립에 450억원을 들인다.\n※ 바로잡습니다: 어제 자 기사에서 시립미술관 사업비를 "
     "'540억원'으로 잘못 적었기에 바로잡습니다.", 450, (1, "변경 전 금액")),
    ("해밀도 주요 예산\n(단위: 백만원)\n구분 | 사업수 | 예산\n청년 일자리 | 3 | 4,000\n"
     "소계(청년) | 3 | 4,000\n어르신 돌봄 | 2 | 2,500\n합계 | 5 | 6,500", 65, None),
    ("<표 2> 해밀시 돌봄 예산\n(단위: 백만원)\n사업 | 예산\n아이 돌봄 바우처 | 1,800\n"
     "노인 맞춤 돌봄 | 1,200\n<표 2>에서 보듯 아이 돌봄 바우처 예산은 18억원으로 가장 크다.", 30,
     (2, "표의")),
    ("해밀시는 꽃박람회에 9억원을 쓴다. 시는 약 40억원의 지역경제 효과를 기대한다.", 9, (1, "경제 효과")),
    # 재원은 funding a change told further back; this year's budget told in the past beside next
    # year's; a market's size, a share's price, a fine; a fare one way; what each person gets a
    # year; a past year's aid; a budget kept as proposed (원안 유지); a council's 제출 예산 field;
    # 미반영분; field lines of results; money an audit claims back; a share of 투자 재원
    ("다온시는 1회 추경을 9000억원으로 편성했다. 본예산보다 600억원 늘었다. 늘어난 예산은 청년 주거 "
     "지원에 쓴다. 시는 소상공인 지원도 늘린다. 재원은 잉여금 400억원과 국비 200억원으로 마련했다.",
     9000, (2, "금액의 일부(재원은)")),
    ("다온시 내년 청년 예산에는 300억원이 반영됐으며, 올해 관련 예산은 250억원이었다.", 300,
     (1, "변경 전 금액")),
    ("다온바이오는 신약 공장에 900억원을 투자한다. 세계 시장 규모는 2030년 500억 달러에 이를 전망이다. "
     "발표 뒤 주가는 3% 오른 5만2000원에 마감했다.", 900, (2, "주가")),
    ("공정위는 다온건설에 과징금 40억원을 부과했다. 다온건설은 신사옥에 700억원을 들인다.", 700,
     (0, "과징금")),
    ("다온시는 광역버스 신설에 30억원을 쓴다. 예상 운임은 다온~한솔 구간 편도 2500원 안팎이다.", 30,
     (1, "단가(편도)")),
    ("다온군은 어르신 목욕 바우처에 15억원을 배정했다. 70세 이상 군민에게는 연 12만원의 바우처를 준다.",
     15, (1, "단가(연)")),
    ("다온시는 자매도시 지진 피해 복구에 5억원을 지원한다고 밝혔다. 시는 지난해 이 도시에 3억원을 "
     "지원했다.", 5, (1, "변경 전 금액")),
    ("다온군 예산 자문회의 회의록\n안건 1. 다온 로컬푸드 직매장 운영\n - 농정과장: 올해 직매장 운영에 "
     "9억원 편성\n결정사항: 다온 로컬푸드 직매장 운영 예산 9억원 원안 유지", 9, (1, "다시 적음")),
    ("□ 다온시 본예산 심사 결과\n○ 시 제출 예산: 8,200억원\n○ 의회 확정 예산: 8,170억원(30억원 삭감)",
     8170, (0, "변경 전 금액")),
    ("다온도는 정부안에 반영된 320억원을 지키고, 미반영분 45억원의 증액을 건의할 계획이다.", 320,
     (1, "증감액")),
    ("다온군 보도자료 - 다온 국화축제 결과\n- 경제 파급효과: 약 80억원 추산\n- 농특산물 판매액: 6억원",
     0, (1, "매출·이익")),
    ("□ 다온시 보조금 감사 결과\n - A단체: 목적 외 사용 930만원 → 환수 조치\n"
     "※ 환수·반납 대상액 합계 930만원", 0, (1, "환수")),
    ("다온공사는 올해 설비에 5000억원을 투자한다. 투자 재원 가운데 2000억원은 공사채로 조달한다.", 5000,
     (1, "금액의 몫")),
    # a sum after its parts, named so (에 이르는, 총사업비); "B원을 더한 C원"; 제2회 is no count
    # and a 제출안 in brackets is the budget before; debt; a market told to grow to a size; a tax
    # benefit; money 회수 after it; a body's whole budget and the items named after it
    ("다온 후보는 시립미술관에 300억원, 공연장 리모델링에 40억원, 청년 문화패스에 60억원을 쓰겠다고 "
     "밝혔다. 상대 후보는 \"400억원에 이르는 재원 대책이 없다\"고 비판했다.", 400, (3, "금액의 합계")),
    ("다온군은 국비 24억원을 받아 어촌 정착 단지를 조성한다. 총사업비는 군비 6억원을 더한 30억원이다.", 30,
     (0, "금액의 일부(더한)")),
    ("다온시의회는 제2회 추경안을 2480억원으로 의결했다. 시 제출안(2520억원)보다 40억원 줄어든 "
     "규모다.", 2480, (1, "변경 전 금액")),
    ("다온공사는 올해 설비에 3조원을 투자한다. 공사의 부채는 80조원에 이른다.", 30000, (1, "부채")),
    ("다온솔라는 모듈 공장에 1500억원을 투자한다. 세계 모듈 시장이 2030년 400억달러 규모로 커질 "
     "전망이다.", 1500, (1, "시장 규모")),
    ("다온전지는 새 공장에 2000억원을 투자한다. 회사는 세액공제로 연간 150억원 안팎의 혜택을 기대한다.",
     2000, (1, "경제 효과")),
    ("다온도 감사 결과\n- 보조금 2억원 중 1,500만원을 증빙 없이 집행\n- 조치: 1,500만원 회수", 2,
     (2, "환수")),
    ("□ 다온시 통학로 대책\n ○ 보도 신설 8개소, 사업비 24억원\n ○ 단속카메라 30대 설치, 사업비 6억원\n"
     " ※ 올해 관련 총사업비 30억원은 지난해보다 5억원 늘어난 규모", 30, (2, "금액의 합계")),
    ("다온부는 내년도 예산안을 52조원으로 편성했다고 밝혔다. 이 가운데 아동수당 예산은 3조원이다. 돌봄 "
     "예산은 1조2000억원이 잡혔다. 신규 사업 가운데서는 고립 청년 지원에 200억원이 배정됐다.", 520000,
     (2, "금액의 일부(내년도 예산안)")),
    # a whole right after its share and 등 (engine); a stipend each one is paid; next year's
    # budget draft under a total, and money put in 새로 beside it; a request before what is
    # taken, and a meeting's decision telling it again; a fare right before its amount; a share
    # the whole holds (포함됐다, 포함해)
    ("다온시는 포구 경관 개선에 국비 20억원 등 35억원을 들인다.", 35, (0, "금액의 몫(국비)")),
    ("다온시는 어르신 일자리에 90억원을 쓴다. 참여자는 월 30시간 일하고 27만원의 활동비를 받는다.", 90,
     (1, "단가(활동비)")),
    ("다온항 2단계 총사업비는 8000억원이다. 내년 정부 예산안에는 설계비 등 90억원이 반영됐다. 한편 "
     "국토부는 다온공항 용역비 7억원을 내년 예산안에 새로 담았다.", 8007,
     (1, "금액의 일부(내년 정부 예산안에는)")),
    ("다온구 주민참여예산위원회 회의록\n- 위원장: 제안 사업 요구액은 합계 25억원입니다.\n- 간사: 심사 "
     "결과 6억원을 반영하기로 했습니다.\n결정사항: 선정 사업 9건(6억원)을 예산안에 반영 요청", 6,
     (2, "다시 적음")),
    ("다온군수 후보 공약\n1. 공공산후조리원 건립: 사업비 40억원\n2. 마을버스 요금 1,200원 단일화", 40,
     (1, "단가(요금)")),
    ("다온공단 신청사 건립비는 900억원으로 부지 매입비 120억원이 포함됐다.", 900, (1, "금액의 일부(포함)")),
    ("다온 해상공원 총사업비는 민간 투자 300억원을 포함해 500억원이다.", 500, (0, "금액의 일부(포함)")),
    # review fields with counts of items and the items of a change in brackets; a yearly running
    # cost in brackets; 와 비교; prices by who pays; money paid wrongly; 시장당; a 요구 column
    # beside the 정부안 of its year and a 산출근거 under the table; debt told with 이미; bonds
    # that fund a budget; 불어났다; 사업비 가운데 60%인; 시작으로; 연간 운영비를; losses; export
    # targets; income; money not spent; 입장료로; an allowance to be raised
    ("□ 다온군의회 예산 심사 결과\n○ 군 제출 예산안 총액: 3,200억원\n○ 위원회 삭감: 5건 12억원\n○ 위원회 증액: 2건 4억원(농로"
     " 포장 3억원, 경로당 보수 1억원)\n○ 최종 의결액: 3,192억원",
     3192, (3, '증감액')),
    ("다온시 트램 시범노선 투자계획\n(단위: 억원)\n구분 | 2026 | 2027 | 계\n국비 | 30 | 20 | 50\n시비 | 15 | 1"
     "0 | 25\n※ 개통 후 운영비(연간 6억원)는 시비로 별도 확보",
     75, (6, '단가(연간)')),
    ("다온도 돌봄 예산은 500억원이다. 전년도(430억원)와 비교하면 16% 늘었다.",
     500, (1, '변경 전 금액')),
    ("다온 축제 추진위원회 회의록\n안건 1. 축제 예산 4억원으로 확정\n안건 2. 입장료 책정\n- 성인 6,000원, 청소년 4,000원으로 의"
     "결",
     4, (2, '단가(청소년)')),
    ("감사 결과 처분 요구서\n1. 감사 대상: 다온도 귀농 지원사업(사업비 합계 30억원)\n2. 지적 사항: 보조금 부당 지급: 자격 미달 5명에"
     "게 지원금 9,000만원 지급\n3. 처분 요구: 부당 지급액 9,000만원 전액 환수",
     30, (1, '환수')),
    ("다온시장 후보 공약\n3. 전통시장 현대화 - 2개 시장, 시장당 10억원 총 20억원",
     20, (0, '단가(시장당)')),
    ("다온 물류센터 지원 검토보고서\n(단위: 백만원)\n사업명 | 2025 예산 | 2026 요구 | 2026 정부안 | 증감\n다온 물류센터 지원"
     " | 8,000 | 15,000 | 12,000 | 4,000\n[산출근거]\n○ 시설비: 2,500백만원 × 4개소 = 10,000백만원\n○"
     " 감리비: 500백만원 × 4개소 = 2,000백만원",
     120, (5, '산출 내역')),
    ("다온도는 내년 예산을 5조원으로 편성했다. 도의 채무가 이미 1조원을 넘었다.",
     50000, (1, '부채')),
    ("다온도는 내년 본예산을 4조원으로 편성했다. 분야별로는 복지가 1조5000억원이다. 세입이 줄어 도는 지방채 1000억원을 발행해 부족한 재원을"
     " 메운다.",
     40000, (2, '금액의 일부(지방채)')),
    ("다온선 총사업비는 2조원이다. 예비타당성조사 당시 1조6000억원에서 4000억원 불어났다.",
     20000, (1, '변경 전 금액')),
    ("다온 2호선 사업비는 1000억원이다. 사업비 가운데 60%인 600억원은 국비로 충당한다.",
     1000, (1, '몫')),
    ("다온항 정비에는 모두 900억원이 든다. 시는 내년 100억원을 시작으로 해마다 예산을 나눠 반영한다.",
     900, (1, '금액의 일부(시작으로)')),
    ("다온 트램 건설에 2000억원을 들인다. 시는 개통 뒤 연간 운영비를 50억원으로 잡았다.",
     2000, (1, '단가(연간)')),
    ("다온교통공사는 새 차량에 300억원을 들인다. 공사는 해마다 100억원 넘는 적자를 내고 있다.",
     300, (1, '매출·이익')),
    ("다온도는 수산물 가공단지에 600억원을 들인다. 도는 수출액을 2030년까지 연 20억달러로 늘린다는 목표다.",
     600, (1, '매출·이익')),
    ("다온군은 농민수당에 50억원을 쓴다. 농가 평균 소득이 3800만원에 그친다.",
     50, (1, '매출·이익')),
    ("다온시는 빈집 정비에 30억원을 쓴다. 올해 예산 가운데 20억원은 보상이 늦어지면서 쓰지 못하고 내년으로 넘어갔다.",
     30, (1, '불용')),
    ("다온 천문대에 체험관을 짓는 데 40억원이 든다. 천문대는 입장료로 3000원을 받는다.",
     40, (1, '단가(입장료)')),
    ("다온군은 농민수당 예산 80억원을 확보했다. 농민회는 수당을 100만원까지 올려야 한다고 말했다.",
     80, (1, '단가(수당)')),
    # a running cost as a field; a total of a briefing's lines named 총; 증액 재원 as a field; money
    # taken wrongly; a year's budget with last year's in brackets and its 산출근거 after it; a
    # budget bill named after its amount, its items, a net cut and the national debt; an
    # estimate at the planning stage; a plan's items told after it, 이 밖에 among them
    ("다온군 보도자료\n- 사업명: 다온 목공체험관 건립\n- 사업비: 20억원(국비 10억원, 군비 10억원)\n- 연간 운영비: 1억원(예상)",
     20, (3, '단가(연간)')),
    ("□ 다온군 양육 지원 계획\n ○ 첫만남 축하금: 1인당 200만원, 예산 6억원\n  - 대상: 출생아 약 300명\n ○ 산후조리비: 1인당"
     " 최대 100만원, 예산 3억원\n ○ 공공 키즈카페 조성: 사업비 9억원\n  ㆍ 국비 4억5천만원, 군비 4억5천만원\n ※ 총 18억원 규"
     "모로 전년(15억원) 대비 3억원 증가",
     18, (7, '금액의 합계')),
    ("다온재단 이사회 의결서\n- 공연장 보수 사업비: 당초 40억원 → 변경 46억원(6억원 증액)\n- 증액 재원: 출연금 4억원, 적립금 2억원",
     46, (3, '금액의 일부(재원')),
    ("□ 감사 대상: 다온군 버스 재정지원(지원액 30억원)\n ○ 운송업체가 보조금 2억원을 과다 수령\n□ 조치: 과다 지급액 2억원 환수",
     30, (1, '환수')),
    ("□ 사업명: 다온 배움터 지원\n□ 2026년 예산: 2,600백만원(2025년 2,000백만원)\n□ 산출근거\n ○ 운영: 100개소 × 2"
     "0백만원 = 2,000백만원\n ○ 강사 교육: 500명 × 0.4백만원 = 200백만원\n ○ 교재 개발: 400백만원",
     26, (3, '금액의 일부(내역)')),
    ("국회는 600조원 규모의 내년도 예산안을 가결했다. 정부가 제출한 603조원에서 3조원이 순감됐다. 청년 월세 예산은 2조원으로 확정됐다. 국가"
     "채무는 내년 말 1100조원에 이를 전망이다.",
     6000000, (3, '금액의 일부(예산안)')),
    ("다온 고속화도로 사업비는 총 5000억원이다. 계획 단계의 사업비는 4200억원이었지만 터널 구간이 늘면서 커졌다.",
     5000, (1, '변경 전 금액')),
    ("다온시는 올해 300억원 규모의 소상공인 대책을 시행한다.\n가장 큰 몫은 이자 보전으로 100억원이 배정됐다.\n카드수수료도 돌려준다. 이 사"
     "업 예산은 80억원이다. 이 밖에 간판 개선에 70억원, 컨설팅에 50억원이 들어간다.",
     300, (2, '금액의 일부(내역)')),
    # last year's 추경 규모; a half-year's budget told as a year's; a share of 복구비 (engine); a
    # loan's cap before five words; a finding's figure an audit later claims back; losses told
    # with 해마다; shares told as 금액으로는 (engine) and money beside them; 각각 A과 B; past
    # spending (쓴 바) and local tax revenue; a claim set right and what a cost holds already;
    # a quoted figure said again far from the first
    ("다온군은 제1회 추경 200억원을 편성했다. 추경에는 저수지 보수 30억원, 버스 노선 확대 10억원 등이 담겼다. 지난해 제1회 추경 규모는 "
     "180억원이었다.",
     200, (3, '변경 전 금액')),
    ("다온시는 어르신 교통수당 하반기분 예산 60억원을 편성했다. 시의회는 \"연간으로 따지면 120억원이 넘는 돈이 드는 사업\"이라고 지적했다.",
     60, (1, '단가(연간)')),
    ("다온군은 하천 복구에 300억원을 들인다. 복구비 가운데 국비는 200억원이다.",
     300, (1, '몫(국비)')),
    ("청년 농업인은 최대 2억원까지 연 1.5% 금리로 시설 자금을 빌릴 수 있다. 다온부는 이 사업에 150억원을 배정했다.",
     150, (0, '단가(최대)')),
    ("감사 결과 처분요구서\n내용: 센터는 사업 예산 5억원을 집행하면서 자격이 없는 농가에 보조금 3,000만원을 지급하였다.\n조치 사항: 부당 "
     "지급된 보조금 3,000만원 환수",
     5, (1, '환수')),
    ("다온도는 의료원 설계비 8억원을 반영했다. 도의원은 \"의료원 적자가 해마다 90억원을 넘을 것\"이라고 주장했다.",
     8, (1, '매출·이익')),
    ("다온선 연장 총사업비는 5000억원이다. 사업비는 국비 60%, 시비 40%로 나눈다. 금액으로는 국비 3000억원, 시비 2000억원이다. 시"
     "는 이와 별도로 환승주차장 조성비 40억원을 내년 예산에 반영했다.",
     5040, (2, '몫(시비)')),
    ("다온도와 솔빛군은 항만 정비와 송전선로 연결에 각각 200억원과 80억원을 지원한다.",
     280, None),
    ("다온에너지는 해상풍력에 1조원을 투자한다. 도는 지난해 주민 수용성 사업에 10억원을 쓴 바 있다. 지방세수는 연 30억원으로 추산된다.",
     10000, (2, '세수')),
    ("다온시는 생활SOC 10곳에 900억원을 쓴다. 야당 의원들은 \"실제 비용은 1500억원\"이라고 주장했지만, 이는 사업비에 이미 들어 있는 "
     "토지 매입비 600억원을 한 번 더 더한 수치로 확인됐다.",
     900, (2, '금액의 일부(이미 들어 있는)')),
    ("다온식품은 가람항 공장에 300억원을 투자한다. 공장은 2027년 가동이 목표다. 현지 인력 150명을 채용한다. 가공단지에는 창고도 들어선다."
     " 사장은 \"300억원은 첫 단계 투자\"라고 말했다.",
     300, (1, '다시 적음')),
    # a settlement (예산현액 | 지출액 | 이월액 | 불용액) and a carry-over told under it; a grant
    # decision's fields adding up to 총사업비:; 요청액 합계 and a 결정: line; aid given years ago;
    # a claim set right and a bound (넘지 않는다); a harvest's value; a fare told by what it buys
    ("2025회계연도 다온도 세출결산 보고\n(단위: 천원)\n세부사업 | 예산현액 | 지출액 | 이월액 | 불용액\n도시숲 조성 | 500,000 "
     "| 450,000 | 40,000 | 10,000\n하천 정비 | 800,000 | 700,000 | 100,000 | 0\n※ 하천 정비 사업"
     "은 공사 지연으로 100,000천원을 다음 연도로 이월함",
     11.5, (7, '불용')),
    ("보조금 교부 결정 통지\n1. 사업명: 다온 청년공간 리모델링\n2. 교부결정액: ₩80,000,000\n3. 자부담: 20,000,000원\n"
     "4. 총사업비: 100,000,000원",
     1, (2, '금액의 합계')),
    ("다온구 주민참여예산위원회 회의록\n - 위원장: 제안 사업 요청액 합계 약 30억원 가운데 한도 10억원 안에서 선정하겠습니다.\n - 김○○ "
     "위원: 안전펜스 설치(1억5천만원)는 우선 반영이 필요합니다.\n - 결정: 안전펜스 설치 1억5천만원, 공유부엌 조성 9천만원 우선 선정",
     2.4, (3, '다시 적음')),
    ("정부는 지진 피해를 입은 다온 공화국에 20억원을 지원하기로 했다고 밝혔다. 정부는 2년 전 이 나라 홍수 때도 10억원을 지원한 바 있다.",
     20, (1, '변경 전 금액')),
    ("다온시는 청년 월세 지원에 4년간 80억원을 쓴다. 일부 시의원은 사업비가 120억원을 넘을 것이라고 주장했지만, 시는 80억원을 넘지 않는다고"
     " 설명했다.",
     80, (2, '단가(한도)')),
    ("다온군은 스마트팜 육성에 30억원을 투입한다. 지난해 다온군 스마트팜의 농산물 생산액은 150억원이었다.",
     30, (1, '매출·이익')),
    ("다온도는 어르신이 택시를 1000원에 탈 수 있는 사업에 25억원을 배정했다.",
     25, (0, '단가(요금)')),
    # a market's size as an object; a budget cut to a sum with the cut's size before the verb
    ("다온군은 캠핑장 조성에 40억원을 들인다. 업계는 국내 캠핑 시장 규모를 5조원가량으로 추산한다.",
     40, (1, '시장 규모')),
    ("다온시의회는 시가 낸 홍보관 리모델링 예산 14억원을 9억원으로 5억원 깎아 의결했다.",
     9, (0, '바뀐 금액')),
    # a scheme named by the price of one ride; a loss a year
    ("다온군은 마을버스 500원 요금제 시행에 15억원을 쓴다.", 15, (0, '단가(요금)')),
    ("다온도 시내버스 업체의 운송 적자는 한 해 300억원 규모로 불어났다. 도는 공영버스 도입에 90억원을 쓴다.",
     90, (0, '매출·이익')),
    # a claim the next sentences refute, and the figure called baseless
    ('다온군수 후보는 체육관 건립에 200억원을 들이겠다고 밝혔다. 상대 후보 측은 "체육관은 실제로는 350억원이 넘게 '
     '든다"고 주장했다. 캠프는 "근거 없는 계산"이라고 반박했다.', 200, (1, '반박된 주장')),
    ('다온시장 후보는 경전철 건설에 4000억원이 든다고 밝혔다. 상대 후보는 "경전철은 8000억원을 훌쩍 넘을 것"이라고 '
     '주장했다. 캠프는 "8000억원은 근거 없는 숫자"라고 반박했다.', 4000, (2, '반박된 주장')),
    # the rest's share told later by its source; a split by source, then anew by use
    ("다온군은 문화센터 건립을 공약했다. 사업비는 180억원으로, 국비 60억원과 도비 40억원을 받고 나머지는 군비로 "
     "충당한다는 계획이다. 군수는 군비 부담은 80억원이라고 말했다.", 180, (3, '몫(군비)')),
    ("다온시 수해 복구비는 960억원으로 확정됐다. 복구비 가운데 국비는 700억원, 지방비는 260억원이다. 공공시설 "
     "복구에 800억원, 사유시설 지원에 160억원이 쓰인다.", 960, (3, '내역')),
    # a budget as first set (잡혔으나); a whole named far back before 가운데; a 정부안 told again
    ("다온시는 연구단지 조성에 1500억원을 들인다. 사업비는 당초 1200억원으로 잡혔으나 설비가 추가되면서 300억원 늘었다.",
     1500, (1, '변경 전 금액')),
    ("다온시가 5년간 900억원을 들여 물류단지를 조성한다. 시는 기본계획을 발표했다. 부지는 항만 배후에 있다. 설계는 "
     "내년에 시작한다. 착공은 2028년이다. 시는 900억원 가운데 국비 300억원을 확보할 계획이다.", 900, (1, '다시 적음')),
    ('환경부는 내년 예산안을 15조3000억원으로 편성했다. 올해보다 늘었다. 기후 분야가 가장 크다. 장관은 "녹색 전환에 '
     '집중했다"고 말했다. 담당자는 설명회를 열었다. 정부안 15조3000억원은 국회 심의를 거쳐 확정된다.',
     153000, (1, '다시 적음')),
    # a price in brackets after its word; a share said again when secured
    ("다온군은 공공산후조리원 건립에 40억원을 들인다. 이용료는 2주 150만원으로, 인근 민간 조리원 평균 "
     "이용료(320만원)의 절반이다.", 40, (2, '단가(이용료)')),
    ('다온군은 보건센터를 짓는다. 총사업비는 36억원으로 국비 12억원, 군비 24억원이 들어간다. 센터는 내년 문을 연다. '
     '군수는 "국비 12억원을 확보하기까지 1년이 걸렸다"며 "주민 부담을 덜었다"고 말했다.', 36, (3, '다시 적음')),
    # a report's short ending (22억원임); a year's budget before 대비 and a change
    ("○ 총사업비는 22억원임.\n○ 전년도 유사 사업 예산 14억원 대비 8억원 증액된 규모임.", 22, (1, '변경 전 금액')),
    # a sanction surcharge is a fine; an official document's numbered sub-items
    ("다온시는 협동조합에 보조금 3억원을 지원했다. 시는 제재부가금 900만원을 부과했다.", 3, (1, '과징금·벌금')),
    ("보조금 교부 결정 통지서\n3. 교부 결정액: 금 94,000,000원\n  가. 도비: 28,200,000원\n  나. 시비: 65,800,000원\n"
     "4. 자부담: 6,000,000원(총사업비 100,000,000원)", 1, (1, '하위 항목')),
    # a sum worked out on its line: the amount multiplied is a rate, the product told again
    ("○ 사업명: 마을 돌봄교사 지원\n○ 예산액: 388,800천원\n○ 산출근거\n - 돌봄교사 인건비: 30명 × 1,080천원 × "
     "12월 = 388,800천원", 3.888, (1, '단가(× 30명 × 12월)')),
    # the first phase's cost under a plan's headings; savings are no spending
    ("□ 하람군 노후 하수관로 정비\n ○ 사업 개요\n  - 총사업비: 240억원(국비 120억원, 군비 120억원)\n ○ 추진 일정\n"
     "  - 2026년 설계, 2027년 공사\n ○ 향후 계획\n  - 1단계 구간 공사비 70억원은 2027년 본예산에 우선 반영\n"
     " ※ 누수 감소에 따른 연간 운영비 절감액 약 5억원 예상", 240, (3, '1단계')),
    # a budget beside what was spent of it; amounts of what was spent, pointed back to
    (" ○ 2025년 청소년 캠프 지원사업(예산 6억원, 집행 5억4000만원) 가운데 증빙 없이 지급된 보조금 2,100만원 확인\n"
     " ○ 위 집행액 중 총 9,000만원을 한 업체와 수의계약으로 나누어 체결", 5.4, (0, '변경 전 금액')),
    # a table cell's share with a bare 포함; a row's money said again by its name under the table
    ("번호 | 공약명 | 총사업비 | 재원\n1 | 군립 수영장 건립 | 90억원 | 국비 30억원 포함\n2 | 청년 창업 공간 | 15억원 | 군비",
     105, (1, '포함')),
    ("<표 2> 하람도 탄소중립 예산 현황\n(단위: 억원)\n구분 | 2025 | 2026 | 증감\n수송 부문 | 640 | 720 | 80\n"
     "건물 부문 | 310 | 350 | 40\n계 | 950 | 1,070 | 120\n<표 2>에서 보듯 하람도의 2026년 탄소중립 예산은 총 "
     "1,070억원으로, 수송 부문 720억원과 건물 부문 350억원으로 구성된다.", 1070, (7, '표의')),
    # a headline's budget before (150억→210억) and the budget on the way (이 됐고 … 다시 더해졌다)
    ("하람군 체육관 사업비 또 늘어…150억→210억\n하람군 체육관 건립 사업비가 두 차례 불어나 210억원이 됐다.\n"
     "하람군은 2021년 사업비를 150억원으로 잡았다.\n2023년 설계 변경으로 180억원이 됐고, 올해 30억원이 다시 "
     "더해졌다.", 210, (4, '바뀐 금액')),
    # a claim said and called untrue; the first year's share; the part the rest completes
    ('하람시 의원은 "새 노선은 사업비가 3000억원은 더 든다"고 말했다. 시는 "3000억원이 더 든다는 말은 사실이 '
     '아니다"라고 반박했다. 시는 노선 설계에 40억원을 쓴다.', 40, (1, '반박된 주장')),
    ("하람부는 2027년부터 5년간 2000억원을 들여 수소 기술을 개발한다. 첫해인 2027년 정부 예산안에는 300억원이 "
     "반영됐다.", 2000, (1, '첫해인')),
    ("하람시는 물류센터 건설에 300억원을 지원한다. 센터 총사업비는 500억원으로, 나머지 200억원은 민간 사업자가 댄다.",
     500, (0, '나머지와 함께')),
    # a sales target; a column of shares told as a sum; a table's nested rows
    ("하람군은 지역화폐 판매 목표액을 400억원으로 잡고 할인 지원금 40억원을 본예산에 반영했다.", 40, (0, '매출·이익')),
    ("국비 총 21억원이 지원된다.\n(단위: 억원)\n지자체 | 국비 | 지방비 | 계\n가온시 | 12 | 12 | 24\n"
     "나래군 | 9 | 6 | 15", 39, (0, '표 금액')),
    ("(단위: 천원)\n구분 | 기정액 | 추경액 | 증감\n○ 안전 관리 | 500,000 | 700,000 | 200,000\n"
     "  - 위험지구 정비 | 300,000 | 450,000 | 150,000\n  - 경보 시설 | 200,000 | 250,000 | 50,000",
     7, (4, '하위 항목')),
    # a contract: its estimate before, a yearly cap, its deposit
    ("1. 추정가격: 500,000,000원(부가가치세 별도)\n2. 계약금액: 528,000,000원(부가가치세 포함)\n"
     "3. 위탁금은 연 176,000,000원 범위에서 지급\n4. 계약보증금: 계약금액의 100분의 10(52,800,000원)",
     5.28, (3, '계약보증금')),
    # a fund's income rows; money paid wrongly and already claimed back
    ("(단위: 백만원)\n구분 | 2027년 계획\n【수입】 계 | 3,000\n 이월금 | 1,000\n 전입금 | 2,000\n"
     "【지출】 계 | 3,000\n 융자 | 2,200\n 운영비 | 800", 30, (0, '수입 항목')),
    ("하람도는 보조금 50억원을 지급했다. 감사 결과 6억원이 부당하게 지급됐고, 이 가운데 2억원은 감사 기간 중 이미 "
     "환수됐다.", 50, (2, '환수')),
    # the budget voted in place of the one proposed; a worked-out line with a per cent
    ("○ 시장이 제출한 2027년도 본예산안 8,000억원을 심사하여 20억원을 삭감하고 5억원을 증액함\n"
     "○ 2027년도 예산은 7,985억원으로 수정 의결함", 7985, (0, '바뀐 금액')),
    ("하람군 돌봄 사업계획서\n- 인건비: 2,000,000원 × 10명 × 12개월 = 240,000,000원\n"
     "- 4대보험: 240,000,000원 × 10% = 24,000,000원", 2.64, (2, '× 10%')),
    # a total split by years, then again by part; an exchange rate
    ("■ 총사업비: 60억원\n■ 연도별: 2026년 20억원 / 2027년 40억원\n■ 구성요소별 내역\n - 건축: 45억원\n"
     " - 기자재: 15억원", 60, (3, '내역')),
    ("총사업비: 100억원(환율 USD 1 = 1,400원 적용)", 100, (2, '환율')),
    # last year's market, a farm's income per area; a column of what is secured
    ("○ 포도 시장 규모는 지난해 5,000억원이다.\n○ 농가 평균 조수입은 10a당 900만원이다.\n○ 군은 포도 선별장 "
     "건립에 12억원을 쓴다.", 12, (0, '시장 규모')),
    ("(단위: 억원)\n공약 | 총사업비 | 확보액\n생태공원 조성 | 200 | 80\n산후조리원 건립 | 60 | 60", 260,
     (1, '확보액')),
    # the payers' parts of a share; past money told as background; a field's budget and items
    ("하람전지는 공장에 5000억원을 투자한다. 투자금 가운데 200억원은 도와 시가 보조금으로 보탠다. 도가 120억원, "
     "시가 80억원을 낸다.", 5000, (2, '일부(낸다)')),
    ("하람에너지는 국내 실증단지에 900억원을 투자한다. 회사는 지난해 베트남 공장에도 3억 달러를 투자한 바 있다.",
     900, (1, '변경 전 금액')),
    ("하람군이 올해 농어업 분야에 400억원을 편성했다. 군은 스마트팜 단지 조성에 90억원을 배정했다. 양식장 기자재 "
     "지원에 25억원이 들어간다.", 400, (2, '농어업 분야')),
    # a price's part pointed to (대금 가운데); two phases in the sentence after a total; another's
    # project told to compare
    ("하람전력은 해외 발전소 지분을 3000억원에 사들인다. 인수 대금 가운데 1000억원은 현지 차입으로 마련한다.",
     3000, (1, '몫')),
    ("하람선 경전철이 착공했다. 전체 노선은 12km이며 총사업비는 6,000억원이다.\n사업은 두 단계로 나뉜다. "
     "1단계(시청~역, 6km)에 3,500억원, 2단계(역~터미널, 6km)에 2,500억원이 들어간다.", 6000, (2, '내역')),
    ("하람군 문화센터가 문을 열었다. 사업비는 180억원이다. 인근 가온군이 2022년 250억원을 들여 지은 문화센터보다는 "
     "작은 규모다.", 180, (1, '변경 전 금액')),
    # a year's budget before a change told with 늘렸다; a loan balance is a debt
    ('하람부는 청년 주거 지원에 2조원을 투입한다. 올해 같은 사업 예산은 1조6000억원이었다. 부처는 신청이 몰려 규모를 400'
     '0억원 늘렸다고 설명했다. 20~30대의 전세대출 잔액은 40조원에 달했다.',
     20000, (3, '부채')),
    # the plan as it first stood (당초 계획은 …였다); the cost as the topic said again; visitors' spending
    ('하람군은 사업비를 당초 3000억원에서 900억원으로 줄였다. 당초 계획은 민간사업자가 호텔에 2000억원을 투자하고 군이 기'
     '반시설에 1000억원을 대는 구조였다. 사업비 900억원은 국비 400억원과 군비 500억원으로 마련한다. 관광객이 지역에서 '
     '쓴 돈은 1500억원가량으로 추산된다.',
     900, (2, '변경 전 금액')),
    # a ratio (5대 3대 2) is no count; the payers' parts of a share
    ('하람·가온·누리 세 도시가 경전철 연장 건설비를 나눠 내기로 했다. 총사업비 1조원 가운데 국비 6000억원을 뺀 지방비 40'
     '00억원을 세 도시가 5대 3대 2 비율로 부담한다. 이에 따라 하람시는 2000억원, 가온시는 1200억원, 누리시는 800'
     '억원을 낸다.',
     10000, (3, '일부(낸다)')),
    # a bond issue that the budget later names as a share; a debt balance; a fee paid to the city
    ('하람시가 새 야구장을 짓기 위해 500억원 규모의 지방채를 발행한다. 총사업비는 1500억원으로 국비 200억원, 시비 130'
     '0억원으로 충당하며, 시비 가운데 500억원을 지방채로 조달한다. 시의 채무 잔액은 2000억원으로 늘어난다. 구단은 구장 사'
     '용료로 해마다 10억원을 시에 낸다.',
     1500, (0, '다시 적음')),
    # a budget cut and restored (원래대로 N원이 됐다)
    ("하람시의회는 '빛 축제' 예산 6억원 가운데 4억원을 깎았으나, 이번 추경에서 4억원을 다시 반영했다. 축제 예산은 원래대로 "
     '6억원이 됐다.',
     6, (0, '바뀐 금액')),
    # a table's unit in the title between two tables belongs to the one under it
    ('하람시 2025회계연도 성과보고서\n성과지표 | 목표 | 실적\n이용자(만 명) | 120 | 115\n재정 집행 현황 (단위: 천'
     '원)\n관리과제 | 예산현액 | 집행액 | 집행률\n지도자 배치 | 800,000 | 780,000 | 97.5%\n시설 개보수 |'
     ' 1,200,000 | 1,000,000 | 83.3%',
     17.8, (0, '변경 전 금액')),
    # a grant's settlement: 교부액 is the budget before, 반납 money is unspent
    ('하람지역아동센터 운영 보조금 정산 보고서\n(단위: 원)\n구분 | 교부액 | 집행액 | 잔액(반납)\n인건비 | 50,000,00'
     '0 | 49,000,000 | 1,000,000\n운영비 | 10,000,000 | 9,500,000 | 500,000\n※ 예치'
     ' 이자 120,000원은 집행 잔액 1,500,000원과 함께 군에 반납함(반납 합계 1,620,000원).',
     0.585, (6, '불용')),
    # a column of jobs holds no money
    ('하람군 투자유치 협약 현황\n(단위: 억원, 명)\n기업명 | 투자금액 | 신규 고용\n(주)하람테크 | 800 | 120\n가온바이'
     '오(주) | 300 | 50',
     1100, None),
    # a settlement's 세입 rows, 결산액 and its surplus rows
    ('하람도 세입세출 결산 요약\n(단위: 백만원)\n구분 | 예산현액 | 결산액\n세입 | 5,000,000 | 5,200,000\n세출'
     ' | 5,000,000 | 4,700,000\n세계잉여금 | | 500,000\n - 다음 연도 이월액 | | 300,000',
     47000, (4, '불용')),
    # a mark passed for the first time; a share of an investment pointed to (투자액 가운데)
    ("하람시가 내년도 예산안을 9000억원으로 편성했다. 시 예산이 8000억원을 넘은 것은 처음이다.", 9000,
     (1, '대상 기준')),
    ("하람전지는 공장에 3000억원을 투자한다. 투자액 가운데 150억원은 도와 시가 보조금으로 지원한다.", 3000,
     (1, '몫')),
    # bonds to fund a budget told several sentences before; a request not granted; aid of the past
    ("하람시 예산안은 8000억원이다. 올해보다 늘었다. 분야별로는 복지가 3000억원으로 가장 많다. 시는 내년 "
     "지방세 수입을 2500억원으로 내다봤다. 모자라는 재원은 지방채 300억원을 발행해 메운다.", 8000,
     (3, '일부(지방채)')),
    ('하람도 복구비가 1000억원으로 확정됐다. 도 관계자는 "당초 정부에 1200억원을 건의했지만 일부 사업이 '
     '빠졌다"고 말했다.', 1000, (1, '변경 전 금액')),
    ("정부가 라온 공화국 식수 사업에 20억원을 지원한다. 라온은 지난해 한국의 유상원조를 받은 나라 가운데 세 번째로 "
     "많은 5000억원을 받았다.", 20, (1, '변경 전 금액')),
    # a cap in brackets after 한도; a claw-back told bare after its word
    ("□ 감사 대상: 2025년 보조사업 (집행액 9억원)\n ○ 계약 부적정: 수의계약 한도(2,000만원) 초과 분할 계약\n"
     "□ 조치: 주의 3건, 환수 1,500만원", 9, (1, '한도')),
    # the rest of a fund once the parts told between are taken; 여기에 … 더해 pointing far back
    ('하람군이 올해 받은 지방소멸대응기금 90억원을 세 분야에 나눠 쓴다. 군은 40억원을 청년 임대주택 건립에 배정했다. 생활인구'
     ' 유치 분야에는 30억원이 들어간다. 한 달 살기 참가자에게는 1인당 하루 3만원의 체류비를 준다. 나머지 20억원은 청년 창'
     '업단지 조성에 쓴다. 군은 여기에 군비 10억원을 더해 모두 100억원 규모로 사업을 추진한다.',
     100, (1, '몫')),
    # a hospital's revenue; a caption closed by its credit in brackets
    ('하람시 공공의료원이 착공했다. 총사업비는 900억원이다. 국비 400억원, 시비 450억원에 기업이 기부한 50억원이 더해졌다'
     '. 시는 의료원이 문을 열면 연간 진료 수입이 200억원에 이를 것으로 본다.\n▲착공식에서 회장이 시장에게 50억원 기부 증서'
     '를 전달하고 있다. (하람시 제공)',
     900, (4, '매출·이익')),
    # a figure the sentence says works out from those told (셈이다)
    ('하람 클러스터 기반시설은 총 1조원 규모다. 전력 분야에 6000억원이 든다. 정부가 2000억원, 기업이 4000억원을 낸다'
     '. 용수 분야 사업비는 4000억원이다. 정부가 3000억원, 기업이 1000억원을 부담한다. 정부와 기업이 각각 5000억원'
     '씩 부담하는 셈이다.',
     10000, (7, '다시 적음')),
    # a rate per metre; a land price
    ('국립공원공단은 탐방로 정비에 20억원을 들인다. 데크 교체 비용은 1m당 40만원 안팎이다. 현 사무소 터의 땅값은 공시지가 '
     '기준 80억원 안팎이다.',
     20, (2, '땅값')),
    # the sum first asked, before 에서 and a cut told after a clause
    ('하람도 순환철도 예비타당성조사 결과\n ○ 총사업비: 9000억원 (국비 6300억원, 지방비 2700억원)\n  ※ 당초 요구 '
     '총사업비 9500억원에서 노선 일부를 제외해 500억원 감액',
     9000, (3, '변경 전 금액')),
    # items under a list item that a table tells again
    ('하람군 농촌 활력 대책\n□ 군은 올해 농촌 활력 대책에 모두 100억원을 투입한다.\n ○ 청년 농업인 정착 지원: 60억원\n '
     ' - 영농정착지원금: 35억원\n  - 스마트팜 임대: 25억원\n ○ 유통 혁신: 40억원\n붙임 분야별 예산 (단위: 억원)\n분'
     '야 | 예산\n청년 농업인 정착 | 60\n유통 혁신 | 40\n합계 | 100',
     100, (2, '하위 항목')),
    # a table's indented rows under their group's row
    ('(재)하람문화재단 예산서\n(단위: 백만원)\n수입 | 3,000\n 시 출연금 | 2,500\n 자체수입 | 500\n지출 | 3,0'
     '00\n 인건비 | 1,000\n 사업비 | 1,800\n 운영비 | 200',
     30, (4, '하위 항목')),
    # a market's size estimated as an object
    ('하람군은 귀농 상담 창구를 하나로 모은다. 연구원은 국내 귀농 관련 시장을 3조원 규모로 추산한다. 군은 상담센터 운영에 2억'
     '원을 쓴다.',
     2, (0, '시장 규모')),
    # a settlement table: the 예산 column beside 집행액 is the budget, 집행률 holds no money
    ('한솔시 2026년 주요사업 집행 현황 (단위: 억원, %)\n사업명 | 예산 | 집행액 | 집행률\n한솔 공공도서관 건립 | 200 | 150 | 75.0\n'
     '한솔천 산책로 정비 | 50 | 40 | 80.0',
     190, (0, '변경 전')),
    # a table's 단가 column: rates
    ('다온군 여비 지급 기준 (단위: 원)\n항목 | 기준 | 단가\n국내 일비 | 1일 | 20,000\n숙박비 | 1박 상한 | 80,000',
     0, (0, '단가(표)')),
    # the next of a list of rates after 시
    ('다온군은 태풍 피해 주택에 재난지원금 12억원을 준다. 주택이 모두 부서진 가구에 1가구당 최대 2,000만원, 절반이 부서졌을 시 1,000만원을 지급한다.',
     12, (2, '단가')),
    # a fund's sections on lines of their own, rows with no head row, one unit for both
    ('가온시 청소년육성기금 운용계획\n(단위: 백만원)\n[수입]\n 전년도 이월금 | 1,200\n 일반회계 전입금 | 800\n[지출]\n 청소년 수련관 운영 '
     '| 1,500\n 기금 관리비 | 500',
     20, (0, '수입 항목')),
    # columns that add up to another column, row by row
    ('솔내군 공약사업 추진 현황 (단위: 백만원)\n공약사업 | 총사업비 | 기투입 | 잔여\n솔내 복합체육관 | 30,000 | 12,000 | 18,000\n솔'
     '내 공공산후조리원 | 8,000 | 2,000 | 6,000',
     380, (1, '일부(기투입)')),
    # a 피해액 column, and shares that add up to the 복구비 column
    ('하람군 호우 피해 복구계획 (단위: 백만원)\n시설 | 피해액 | 복구비 | 국비 | 지방비\n하천 | 4,000 | 9,000 | 6,300 | 2,700'
     '\n도로 | 1,000 | 3,000 | 2,100 | 900',
     120, (0, '피해 규모')),
    # a first row that adds up the rows under it, whatever its name
    ('미르도 2027년 분야별 예산 (단위: 조원)\n분야 | 2027\n총지출 | 30.0\n복지 | 12.0\n교육 | 8.0\n안전 | 6.0\n기타 | 4.'
     '0',
     300000, None),
    # one row of numbers under heads of money; a cell with its share in brackets
    ('누리 청년 축제 보조금 신청 (단위: 천원)\n총사업비 | 보조금 | 자부담\n500,000 | 400,000 (80%) | 100,000 (20%)\n',
     5, (1, '일부(보조금)')),
    # a group's name on a row of its own (an empty cell after it)
    ('누리군 2027년도 체육 분야 세출예산 (단위: 백만원)\n구분 | 예산액\n1. 생활체육 |\n  - 군민 체육대회 | 300\n  - 어르신 걷기 교실 |'
     ' 200\n  소계 | 500\n2. 시설 |\n  - 누리 체육공원 정비 | 700\n  소계 | 700\n합계 | 1,200',
     12, None),
    # shares under a table that add up to all of it
    ('바다시 2026~2028 해안 정비 투자계획\n(단위: 억원)\n사업명 | 2026 | 2027 | 2028 | 계\n해안 산책로 조성 | 20 | 30 | '
     '10 | 60\n해수욕장 편의시설 | 10 | 10 | 20 | 40\n계 | 30 | 40 | 30 | 100\n재원: 국비 40억원, 시비 60억원',
     100, None),
    # a correction's 당초: field
    ('[정정] 솔숲군 보도자료\n지난 보도자료의 사업비를 바로잡습니다.\n- 당초: 총사업비 5억원\n- 정정: 총사업비 4억원',
     4, (0, '변경 전')),
    # the first year's budget of a total; an import-substitution effect
    ('해솔연구원은 위성 부품 개발 사업을 시작해 3년간 모두 600억원을 쓴다. 첫해 예산은 150억원이다. 연구원은 부품 국산화로 8000억원의 수입 대체 효과가'
     ' 날 것으로 본다.',
     600, (1, '첫해')),
    # a neighbour's money for a project like it, told to compare
    ('가온군은 공공 목욕탕 건립에 40억원을 쓴다. 이웃한 다람시는 비슷한 사업에 60억원을 들였다.',
     40, (1, '비교로 든')),
    # a sum asked for in minutes, then the voted budget
    ('○ 복지과장: 경로당 냉방기 교체에 12억원을 요청드립니다.\n○ 위원장: 2억원을 줄이는 수정안에 이의 없으십니까?\n○ 위원장: 가결되었음을 선포합니다. '
     '이 사업 예산은 10억원으로 수정 의결되었습니다.',
     10, None),
    # the budget after a cut from the figure first set
    ('하늘군 봄꽃축제 예산은 당초 6억원에서 1억원 깎인 5억원으로 확정됐다.',
     5, (2, '+')),
    # a bound of who qualifies, a number after it
    ('미르시는 연소득 6000만원 이하의 20~34세 청년에게 월세를 지원하며, 올해 예산은 30억원이다.',
     30, (0, '대상 기준')),
    # what a body earned
    ('한빛재단은 장학사업에 20억원을 쓴다. 재단이 지난해 임대사업으로 벌어들인 수입은 9억원이었다.',
     20, (1, '실적')),
    # what one of them gets
    ('누리청은 연구 과제 하나에 한 해 최대 3억원을 준다. 올해 과제 지원 예산은 45억원이다.',
     45, (0, '단가(과제 하나)')),
    # what one of them costs to build
    ('다솜도는 섬 항로에 새 여객선 4척을 띄우는 데 600억원을 쓴다. 반대 측은 여객선 한 척을 짓는 데만 200억원이 든다고 했다.',
     600, (1, '단가(한 척)')),
    # a price agreed, then the one charged
    ('감사 결과 조합은 사료를 1포대당 15,000원에 계약하고도 19,000원으로 정산했다. 군은 사료 지원 예산 3억원을 다시 편성했다.',
     3, (1, '단가')),
    # business a fair is to bring (…어치의 수출 계약)
    ('누리도는 미국 시애틀에서 농식품 박람회를 여는 데 20억원을 쓴다. 도는 박람회에서 40억원어치의 수출 계약이 맺어질 것으로 기대한다.',
     20, (1, '실적')),
    # a part the whole before it includes (… 포함)
    ('해든재단 사업 개요\n총사업비: 50억원\n연도별: 2026년 20억원, 2027년 30억원\n※ 사업관리비 4억원 포함',
     50, (3, '일부(포함)')),
    # a budget's new figure told again where the change is told; last year's budget before 이었으나
    ('해든군은 올해 마을버스 지원에 모두 8억원을 쓴다. 지난해 이 사업 예산은 6억원이었으나 군은 올해 예산을 8억원으로 늘렸다.',
     8, (2, '다시 적음')),
    # a budget changed twice: 기본계획 당시 …이었으나, then …으로 늘었고 … 다시 증액
    ('다솜시 해안도로 사업비는 기본계획 당시 300억원이었으나 설계 변경으로 360억원으로 늘었고, 올해 다시 40억원이 증액됐다. '
     '시는 사업비 400억원을 확정했다.',
     400, (1, '바뀐 금액')),
    # a table of two columns: the cost's row over the rows of who pays it
    ('가온시 청년센터 조성 사업\n(단위: 백만원)\n구분 | 금액\n총사업비 | 1,200\n국비 | 600\n시비 | 600',
     12, None),
    # what each household of a kind gets, the households counted before
    ('바람군은 지난달 우박 피해를 본 120농가에 지원금 6억원을 준다. 시설이 모두 부서진 농가에는 800만원, 일부가 부서진 농가에는 300만원을 준다.',
     6, (1, '단가(농가별)')),
    # a release pasted twice: its headline, and the copy's
    ('[보도자료] 누리시, 구도심 공공 독서실 10곳 새로 연다…15억 투입\n누리시는 올해 공공 독서실 10곳을 열고 사업비 15억원을 쓴다고 밝혔다.\n[보도자'
     '료] 누리시, 구도심 공공 독서실 10곳 새로 연다…15억 투입\n누리시는 올해 공공 독서실 10곳을 열고 사업비 15억원을 쓴다고 밝혔다.',
     15, (0, '제목의 금액')),
    # what a project is to bring (증대 효과는 약)
    ('해든연구원은 탄소 포집 실증에 30억원을 쓴다. 참여기업 매출 증대 효과는 약 200억원으로 추정된다.',
     30, (1, '효과')),
    # the proposal in minutes with its count (원안은 10대분 20억 원)
    ('○위원장: 집행부 원안은 10대분 20억 원입니다.\n○위원장: 전기버스 보조금은 8대분 16억 원으로 수정 의결하고자 합니다.',
     16, (0, '바뀐 금액')),
    # an audit: 추징, 과태료 각, 처분요구 금액
    ('감사 결과 요지\n- 지적사항 1: 보조금 1억원을 받아 감 → 전액 환수 요구\n- 지적사항 2: 사용료 500만원을 덜 걷음 → 추징 요구\n- 지적사항 '
     '3: 보조사업자 2곳에 과태료 각 200만원 부과\n- 처분요구 금액 합계: 1억 500만원',
     0, (3, '환수')),
    # a contract's amount with its VAT in brackets, and an advance of it
    ('[계약 체결 공고]\n1. 계약금액: 1,100,000,000원 (공급가액 1,000,000,000원, 부가가치세 100,000,000원)\n2. 선금: 계약'
     '금액의 30%인 330,000,000원을 착공 후 지급',
     11, (3, '단가(선금)')),
    # a settlement's 세입 items
    ('누리골 봄축제 결산\n1. 세입\n  - 군 보조금: 2억원\n  - 도 보조금: 1억원\n2. 세출\n  - 공연비 1억 5,000만원 / 홍보비 1억 5,'
     '000만원\n  - 계: 3억원',
     3, (0, '수입 항목')),
    # money saved, told after it (…의 용수 비용을 아낄)
    ('해든식품은 공장에 빗물 재이용 설비를 짓는 데 40억원을 들인다. 회사는 한 해 약 3억원의 용수 비용을 아낄 것으로 본다.',
     40, (1, '효과')),
    # a cap on one use (한 번에 최대); money spent wrongly (부적정 집행)
    ('누리도교육청은 노트북 보급에 50억원을 쓴다. 고장 수리비는 한 번에 최대 5만원만 학부모가 낸다. 감사에서는 부적정 집행 2억원이 적발됐다.',
     50, (1, '단가(한 번)')),
    # a results table, an investment first set then raised, a loan balance, another's plant to compare
    ('가람식품, 소스 공장에 300억원 투자\n가람식품이 소스 공장을 짓는 데 300억원을 투자한다. 회사는 지난해 200억원 투자안을 의결했으나 설비를 늘리면서 '
     '투자액을 100억원 늘렸다.\n지난해 분기별 실적 (단위: 억원)\n분기 | 매출 | 영업이익\n1분기 | 400 | 40\n2분기 | 450 | 45\n3분'
     '기 | 500 | 50\n회사의 차입금 잔액은 900억원이다. 경쟁사가 지난해 비슷한 공장에 500억원을 들인 것과 비교하면 적은 규모다.',
     300, (2, '바뀐 금액')),
    # a budget presented, adjusted, then grown (제시했고 … 조정했다 … 더해져 최종)
    ('누리도는 청년주택 사업비를 5600억원으로 확정했다. 도는 지난해 4900억원을 제시했고, 도의회 심의를 거쳐 5200억원으로 조정했다. 이번에 부지 매입비 '
     '400억원이 더해져 최종 규모가 정해졌다.',
     5600, (1, '바뀐 금액')),
    # a budget first set (…이던), adjusted once, grown again
    ('다온시가 경전철 연장 사업비를 2400억원으로 확정했다. 예비타당성조사 당시 2000억원이던 사업비는 기본설계 과정에서 2200억원으로 한 차례 조정됐고, 이'
     '번에 자재비 상승분 200억원이 반영되면서 다시 늘었다.',
     2400, (2, '바뀐 금액')),
    # a disclosure: rows that state their own unit, 정정 전 | 정정 후, the company's equity beside
    ('[정정신고] 신규시설투자 — 해든물산업\n항목 | 정정 전 | 정정 후\n투자금액(원) | 9,000,000,000 | 9,500,000,000\n'
     '자기자본(원) | 80,000,000,000 | 80,000,000,000\n자기자본대비(%) | 11.25 | 11.88',
     95, (0, '변경 전')),
    # a figure told first, then cut entirely by name (a minute's chair)
    ('해든시의회 예결위 회의록\n- 최가온 위원: 해든 전망대 설계 용역 4억원은 근거가 부족합니다.\n- 위원장: 해든 전망대 용역 4억원은 전액 삭감, 마을 쉼터 조성 6억원은 원안대로 의결하겠습니다.',
     6, (0, '전액 삭감된 금액')),
    # a request cut in its sentence with the figure after the cut
    ('해든시의회 예결위는 해든 도서관 증축에 집행부가 30억원을 요구하였으나 공사비 가운데 8억원을 삭감하고 22억원으로 조정하였다.',
     22, (0, '금액으로 바뀐 금액')),
    # an item cut later to the figure its cut leaves (…을 깎은 11억원)
    ('- 김 위원: 해든 공원 정비 15억원은 과합니다.\n- 위원장: 해든 공원 정비는 4억원을 깎은 11억원으로 의결합니다.',
     11, (0, '금액으로 바뀐 금액')),
    # money carried over, told after it (…은 2027년으로 넘겼다)
    ('해든군은 체육관 신축에 20억원을 썼다. 공사가 늦어진 5억원은 2027년으로 넘겼다.',
     20, (1, '불용·이월액')),
    # a contract a company won (… 규모의 … 계약을 따냈다)
    ('해든중공업은 해든항 공장 증설에 900억원을 투입한다. 회사는 최근 유럽 선사로부터 2조원 규모의 선박 건조 계약을 따냈다.',
     900, (1, '주문·청약')),
    # a yearly running cost told with 로 (운영비로 해마다)
    ('해든군은 해든 생활문화센터를 60억원에 짓는다. 개관 뒤 운영비로 해마다 3억원이 든다.',
     60, (1, '단가')),
    # the figure first planned, active (당초 … 계획했으나)
    ('해든시는 당초 사업비를 90억원으로 계획했으나 부지가 넓어져 규모를 키웠다. 해든 물놀이장 사업비는 110억원이다.',
     110, (0, '변경 전')),
    # a figure first set then changed (…으로 잡았지만 … 으로 줄였다)
    ('해든군은 처음에 체험관 사업비를 200억원으로 잡았지만 심사 뒤 150억원으로 줄였다.',
     150, (0, '변경 전')),
    # money saved, named by a cost ending in 비 (전기 사용비를 아낄)
    ('해든시는 가로등 교체에 12억원을 들인다. 시는 연간 2억원가량의 전기 사용비를 아낄 것으로 본다.',
     12, (1, '경제 효과')),
    # tax revenue told after its amount (…의 지방세 수입)
    ('해든시는 물류단지 유치에 시비 80억원을 들인다. 단지는 연 15억원의 지방세 수입을 가져올 전망이다.',
     80, (1, '세수')),
    # a bond's balance (지방채 잔액)
    ('해든군의 지방채 잔액은 240억원이다. 군은 도로 포장에 30억원을 쓴다.',
     30, (0, '부채')),
    # an audit's finding, a line named by its fault (… 부적정:)
    ("해든도 감사 결과\n□ 감사 대상: 해든군 '농기계 임대 사업'(사업비 20억원)\n○ 대여료 감면 부적정: 자격 없는 농가 12곳에 감면액 3000만원 적용",
     20, (1, '환수')),
    # a headline's rounded amount (30억여원 over 32억원)
    ('해든군, 스마트 경로당에 30억여원\n해든군은 스마트 경로당 구축 예산을 32억원으로 확정했다.',
     32, (0, '제목의 금액')),
    # the headline under a correction notice
    ("[바로잡습니다] 앞선 기사에서 투자액을 '500억원'으로 적었으나 '600억원'이 맞아 바로잡습니다.\n해든바이오, 해든시에 600억원 투자\n해든바이오가 해든시 연구단지에 600억원을 투자한다고 밝혔다.",
     600, (2, '제목의 금액')),
    # a scheme named by its fare in a table row's name (500원 희망택시)
    ('해든군 교통 예산 (단위: 백만원)\n사업 | 2026년 예산\n500원 희망택시 운영 | 900\n버스 정류장 정비 | 1,100',
     20, (0, '단가(요금)')),
    # shares listed a line each under the total's field
    ('사업명: 해든 국악당\n총사업비: 300억원\n  - 국비: 90억원\n  - 도비: 60억원\n  - 시비: 150억원\n사업기간: 2026~2028년',
     300, (3, '몫(시비)')),
    # a total's field told again after a correction (정정 후 … / 총사업비: …)
    ('해든시 보도자료 정정\n ○ 정정 전: 총사업비 250억원\n ○ 정정 후: 총사업비 280억원\n사업 개요\n 사업명: 해든 체육관\n 총사업비: 280억원',
     280, (2, '다시 적음')),
    # a column of carry-overs that names a year (다음연도 이월액); a zero cell is no amount
    ('해든시 결산 (단위: 백만원)\n사업명 | 지출액 | 다음연도 이월액\n해든 체육관 | 1,500 | 300\n해든 도서관 | 800 | 0',
     23, (1, '불용·이월액')),
    # a budget raised to a figure three lines on (상임위 안보다 3억 원을 늘린 33억 원)
    ('- 국장: 해든 야시장 사업은 상임위에서 30억 원으로 넘어왔습니다.\n- 위원: 조건을 달면 동의합니다.\n- 위원장: 해든 야시장 사업은 상임위 안보다 3억 원을 늘린 33억 원으로 수정합니다.',
     33, (0, '금액으로 바뀐 금액')),
    # money claimed back, told after other words (… 지급한 것으로 드러나 전액 회수 조치)
    ('해든군은 경로당 보조금 9000만원을 자격 없는 곳에 지급한 것으로 드러나 전액 회수 조치했다. 군은 경로당 개보수에 5억원을 쓴다.',
     5, (0, '환수')),
    # money used for other ends (… 목적 외로 사용했다가 적발)
    ('해든시 감사에서 한 센터가 보조금 2000만원을 목적 외로 사용했다가 적발됐다. 시는 센터 운영에 3억원을 지원한다.',
     3, (0, '환수')),
    # money an audit found spent elsewhere (… 쓰인 사실을 적발)
    ('감사위원회는 보조금 5000만원이 행사 대신 개인 차량 구입에 쓰인 사실을 적발했다. 해든군은 행사에 2억원을 쓴다.',
     2, (0, '환수')),
    # a supply contract a company signs (… 규모의 소재 공급계약을 체결)
    ('해든소재는 해든산단 공장 증설에 800억원을 투자한다. 회사는 같은 날 1200억원 규모의 소재 공급계약을 체결했다.',
     800, (1, '주문')),
    # tax revenue with its year between (지방세 수입이 지난해 …)
    ('해든시의 지방세 수입이 지난해 900억원으로 줄었다. 시는 도서관 건립에 50억원을 쓴다.',
     50, (0, '세수')),
    # money saved and moved (행사 예산 6억원을 아껴 … 보탰다)
    ('해든군은 행사 예산 6억원을 아껴 경로당 난방비 지원에 보탰다. 군의 난방비 지원 예산은 20억원이다.',
     20, (0, '경제 효과')),
    # a disclosure's equity row opened by a dash
    ('(주)해든정밀 신규시설투자\n- 투자금액(원) | 30,000,000,000\n- 자기자본(원) | 250,000,000,000',
     300, (1, '자산·자본')),
    # a row's own unit in its second cell, after a label (2. 투자내역 | 투자금액(원) | …)
    ('1. 투자구분 | 신규시설투자\n2. 투자내역 | 투자금액(원) | 40,000,000,000\n | 자기자본(원) | 300,000,000,000',
     400, (1, '자산·자본')),
    # a national budget of 총지출 and the ministries a later sentence budgets
    ('정부는 내년 예산안을 총지출 600조원 규모로 편성했다. 부처별로는 복지부가 120조원으로 가장 많다. 국토부에는 50조원, 교육부에는 90조원이 배정됐다.',
     6000000, (3, '일부')),
    # two tables splitting the same whole (by years, then by fields); a row of numbers only
    ('해든도 청년 계획 재정투자\n□ 총 투자: 5년간 500억원\n○ 연도별 (단위: 억원)\n2026 | 2027 | 계\n200 | 300 | 500\n○ 분야별 (단위: 억원)\n일자리 | 주거 | 계\n350 | 150 | 500',
     500, (4, '합계의 내역')),
    # a monthly rent told with 로 (월 임대료로 5만원만)
    ('해든시는 청년 창업공간 조성에 9억원을 들인다. 입주 청년에게는 월 임대료로 5만원만 받는다.',
     9, (1, '단가(월)')),
    # money saved named by 원가 (생산원가를 아낄)
    ('해든시는 정수장 설비 교체에 40억원을 쓴다. 시는 해마다 약 3억원의 생산원가를 아낄 것으로 본다.',
     40, (1, '경제 효과')),
    # a budget cut in a minute's last line, told first three speakers up (원안에서 4억원을 삭감한 16억원)
    ('○ 위원장: 다음은 해든 꽃축제 사업 20억원입니다. 의견 주십시오.\n○ 위원: 무대 설치비가 과합니다. 일부는 줄여야 합니다.\n○ 과장: 의결하시는 대로 따르겠습니다.\n○ 위원장: 해든 꽃축제 사업은 원안에서 4억원을 삭감한 16억원으로 의결합니다.',
     16, (0, '금액으로 바뀐 금액')),
    # a subsidy taken wrongly (부당하게 받았는데도)
    ('해든군 감사에서 한 법인이 보조금 7000만원을 부당하게 받았는데도 군은 확인하지 않았다. 군은 농기계 지원에 4억원을 쓴다.',
     4, (0, '환수')),
    # a correction of several quoted pairs; the right figure is what the wrong one was (피해액)
    ("바로잡습니다\n'해든시 피해 50억원' 기사에서 피해액 '50억원'은 '40억원'으로, 복구비 '90억원'은 '80억원'으로 바로잡습니다.",
     80, (2, '피해')),
    # two bodies' budgets side by side: one's is no part of the other's; their difference is a change
    ('해든시는 출산지원금으로 올해 30억원을 세웠다. 가온시는 한 명당 300만원을 주며, 올해 예산은 20억원이다. 두 도시의 예산 차이는 10억원이다.',
     50, (3, '증감액')),
    # a pledge plan whose rates are summed (한 해 50억원씩 4년간 200억원): the sum is no rate
    ('해든군 공약 비용은 모두 1000억원이다. 가장 큰 사업은 도로 건설로 600억원이 들며, 급식 확대에는 한 해 50억원씩 4년간 200억원, 주차장 10곳에는 한 곳당 20억원씩 200억원을 잡았다.',
     1000, (0, '합계')),
    # a budget statement's row of numbers under 예산액 | 전년도 예산액 | 비교증감
    ('해든군 세출예산 사업명세서 (단위: 천원)\n예산액 | 전년도 예산액 | 비교증감\n500,000 | 400,000 | 100,000',
     5, (1, '변경 전')),
    # what was lost (누수로 버려진 수돗물은 약 2억원어치)
    ('해든시는 관로 교체에 30억원을 쓴다. 지난해 누수로 버려진 수돗물은 약 2억원어치다.',
     30, (1, '피해')),
    # a company's order backlog (수주 잔고)
    ('해든중공업은 공장 증설에 500억원을 투자한다. 회사의 수주 잔고는 3조원이다.',
     500, (1, '주문')),
    # a fund's balance, its deposit and the interest expected
    ('해든도 기금 운용계획\n□ 기금 잔액 100억원\n□ 올해 사업비: 총 30억원\n□ 기금 잔액 가운데 60억원은 도 금고에 예치(예상 이자수입 2억원)',
     30, (2, '불용')),
    # private investment a plan is to draw in (민간투자 2조원이 유발될)
    ('해든시는 산단 조성에 800억원을 들인다. 시는 이 사업으로 민간투자 2조원이 유발될 것으로 본다.',
     800, (1, '경제 효과')),
    # a cap per city (도시당 최대 지원액)
    ('정부는 중소도시 재생에 국비 1조원을 투입한다. 도시당 최대 지원액은 300억원이다.',
     10000, (1, '단가(도시당)')),
]


def test_a_cut_is_told_in_its_own_currency(kiwi) -> None:
    got, rows = _sums("해솔시는 국제기구 분담금으로 300만 달러를 낸다. 시의회는 해솔 축제 예산 20억원 "
                      "가운데 5억원을 삭감했다.", kiwi)
    assert got == {"USD": 3 * 10**6, "KRW": 15 * 10**8}
    assert "삭감액(5억원)을 뺀 금액" in rows[1], rows  # not "5억 달러", the first row's currency


def test_a_converted_column_and_a_rows_part_under_a_foreign_table(kiwi) -> None:
    # a table in euros with a column converting it to won, and a note naming a row's part
    got, rows = _sums(
        "하람시 자매도시 협력 사업 현황\n사업명 | 기간 | 사업비(EUR) | 원화 환산(1유로=1,500원)\n"
        "수소 버스 공동 실증 | 2026~2028 | 1,000,000 | 약 15억원\n청년 교류 | 2026 | 200,000 | 약 3억원\n"
        "합계 | | 1,200,000 | 약 18억원\n※ 수소 버스 공동 실증 사업비 가운데 40만 유로는 EU 프로그램에서 "
        "지원받음.", kiwi)
    assert got == {"EUR": 1_200_000}
    assert "환율" in rows[0] and "원화 표기" in rows[3] and "일부(가운데)" in rows[-1], rows
    # a field line converting to won, and the years of one part three lines on
    got, rows = _sums('하람국제협력재단 사업 개요서\n총사업비: USD 2,900,000\n - 재단 무상원조: USD 2,500,000\n - 수원국 현물 분담: USD '
        '400,000\n원화 환산: 약 40억원 (환율 1,350원 적용)\n연도별 무상원조 계획: 2026년 USD 1,200,000 / 2027년 US'
        'D 800,000 / 2028년 USD 500,000', kiwi)
    assert got == {"USD": 2_900_000}
    assert "원화 표기" in rows[3] and all("일부(내역)" in r for r in rows[5:]), rows


def test_each_counting_rule_on_a_passage_written_for_it(kiwi) -> None:
    from bench_totals import TotalPassage, report_sums

    sums = report_sums([TotalPassage(f"c{n}", "test", text, {})
                        for n, (text, _, _) in enumerate(COUNTING_CASES)], kiwi)
    for n, (text, eok, note) in enumerate(COUNTING_CASES):
        got, rows = sums[f"c{n}"]
        assert got == ({"KRW": eok * 10**8} if eok else {}), text
        assert note is None or note[1] in rows[note[0]], (text, rows)


def test_the_researchers_word_on_an_amount_beats_the_reports_rules(tmp_path, kiwi) -> None:
    import dataclasses
    from datetime import date

    from openpyxl import load_workbook

    from models.domain import ImportedDoc
    from models.export.report_data import ExportFilters
    from models.export.run import export
    from models.store.commands import Accept, Update
    from models.store.project import ProjectStore

    text = "해솔군은 군민 1인당 20만원씩 지원한다. 해솔 어촌 뉴딜 사업에는 80억원을 들인다."
    store = ProjectStore.open(tmp_path / "p.sqlite3", "kim")
    doc = store.add_documents([ImportedDoc(text, title="t", date=date(2026, 1, 5))]
                              ).document_ids[0]
    store.save_analysis(doc, "test", analyze(text, kiwi=kiwi))
    store.execute([Accept(g.id) for g in store.document(doc).suggestions])
    money = {a.text: a for a in store.document(doc).annotations if a.label == "MONEY"}
    # the rate is added after all, the budget left out; both stored as the researcher's word
    store.execute([Update(money["20만원"].id, value=dataclasses.replace(money["20만원"].value,
                                                                       counted=True)),
                   Update(money["80억원"].id, value=dataclasses.replace(money["80억원"].value,
                                                                       counted=False))])
    out = tmp_path / "r.xlsx"
    export(store, "xlsx", out, filters=ExportFilters())
    rows = list(load_workbook(out)["금액"].iter_rows(values_only=True))
    rows = {r["표기"]: r for r in (dict(zip(rows[0], r, strict=True)) for r in rows[1:])}
    assert rows["20만원"]["집계 포함"] is True and rows["20만원"]["집계 금액"] == 200_000
    assert rows["20만원"]["비고"].startswith("연구자가 합계에 포함 (단가")
    assert rows["80억원"]["집계 포함"] is False and rows["80억원"]["비고"] == "연구자가 합계에서 제외"
    # the word goes out with the annotations as JSON lines and comes back in with them
    from models.importing import import_paths

    lines = tmp_path / "out.jsonl"
    export(store, "jsonl", lines, filters=ExportFilters())
    other = ProjectStore.open(tmp_path / "q.sqlite3", "kim")
    import_paths(other, [lines])
    back = {a.text: a.value.counted for a in other.document(other.document_ids()[0]).annotations
            if a.label == "MONEY"}
    other.close()
    assert back == {"20만원": True, "80억원": False}
    # undo gives the rules back their say
    store.undo()
    assert all(a.value.counted is None for a in store.document(doc).annotations
               if a.label == "MONEY")
    store.close()


def test_the_workbench_hears_what_the_report_makes_of_each_amount(tmp_path, kiwi) -> None:
    from test_export_relations import _store_with

    from models.export.amount_notes import amount_notes

    text = ("해솔시는 5년간 2조5천억원을 투입해 ▲해솔 데이터센터 구축(1조8천억원) ▲해솔항 배후단지 "
            "조성(7천억원)을 추진한다. 군민 1인당 20만원씩 준다.")
    store = _store_with(tmp_path, kiwi, text)
    notes = amount_notes(store, store.document_ids()[0])
    store.close()
    by_text = {text[a:b]: n for (a, b), n in notes.items()}
    assert by_text["2조5천억원"].counted is False and "2~3번 금액의 합계" in by_text["2조5천억원"].note
    assert by_text["1조8천억원"].counted is True and by_text["1조8천억원"].note is None
    assert by_text["20만원"].note.startswith("단가(씩)")
