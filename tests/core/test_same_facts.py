"""Another outlet's story of one announcement holds no new money; another body's does."""

from __future__ import annotations

from datetime import date

from models.export.same_facts import SameFacts

DAY = date(2026, 3, 2)


def test_a_second_story_of_the_same_project_and_sum_is_the_same_fact() -> None:
    facts = SameFacts()
    assert facts.check(["해솔 수소 트램"], "KRW", 42e10, 1, DAY, 1, "해솔시") is None
    assert facts.check(["해솔 수소 트램 건설"], "KRW", 42e10, 2, DAY, 5, "해솔시") is None  # another name
    assert facts.check(["해솔 수소 트램"], "KRW", 42e10, 3, DAY, 9, "해솔시") == (1, 1)
    assert facts.check(["해솔 수소 트램"], "KRW", 42e10, 4, date(2027, 6, 1), 12, "해솔시") is None


def test_a_body_known_in_one_story_must_be_named_in_the_other() -> None:
    first = "반디화학은 미국에 양극재 공장을 짓는 데 12억 달러를 투자한다."
    facts = SameFacts()
    assert facts.check(["양극재 공장"], "USD", 12e8, 1, DAY, 1, "반디화학", first, (0, len(first))) is None
    # another company's plant of the same name and sum, its body unknown to the engine
    other = "한결배터리는 미국 중부에 양극재 공장을 짓는 데 12억 달러를 들인다."
    assert facts.check(["양극재 공장"], "USD", 12e8, 2, DAY, 4, None, other, (0, len(other))) is None
    # the same announcement told by another outlet that names the company
    again = "미국 양극재 공장에 12억 달러. 반디 화학이 14일 이같이 밝혔다."
    assert facts.check(["양극재 공장"], "USD", 12e8, 3, DAY, 7, None, again, (0, 17)) == (1, 1)


def test_a_body_known_only_in_the_later_story_is_looked_for_in_the_first_ones_lead() -> None:
    facts = SameFacts()
    lead = "다온군이 다온 생태공원 조성에 80억원을 들인다."
    assert facts.check(["다온 생태공원"], "KRW", 8e9, 1, DAY, 1, None, lead, (0, len(lead))) is None
    assert facts.check(["다온 생태공원"], "KRW", 8e9, 2, DAY, 3, "해솔시") is None
    assert facts.check(["다온 생태공원"], "KRW", 8e9, 3, DAY, 6, "다온군") == (1, 1)


def test_a_fund_named_as_the_project_or_a_body_named_by_its_kind_alone_matches_nothing() -> None:
    facts = SameFacts()
    first = "나래군은 재난관리기금 40억원을 쓰기로 했다."
    assert facts.check(["재난관리기금"], "KRW", 4e9, 1, DAY, 1, "군", first, (0, len(first))) is None
    assert facts.check(["재난관리기금"], "KRW", 4e9, 2, DAY, 4, None, "마루군은 재난관리기금 40억원을") is None
    assert facts.check(["마루 생태숲"], "KRW", 4e9, 3, DAY, 7, "군", "마루군은 마루 생태숲에") is None
    assert facts.check(["마루 생태숲"], "KRW", 4e9, 4, DAY, 9, None, "다온군은 마루 생태숲에") == (3, 7)


def test_two_stories_whose_leads_open_with_different_subjects_are_two_bodies() -> None:
    # neither body known to the engine: the leads' subjects (two companies) tell them apart
    facts = SameFacts()
    first = "가람배터리, 美에 셀 공장\n가람배터리는 미국에 배터리 셀 공장을 짓는 데 20억 달러를 들인다."
    assert facts.check(["배터리 셀 공장"], "USD", 2e9, 1, DAY, 1, None, first, (0, len(first))) is None
    other = "[공시] 누리에너지 셀 공장 신설\n누리에너지는 미국에 셀 공장을 세운다. 투자 금액은 20억 달러다."
    assert facts.check(["배터리 셀 공장"], "USD", 2e9, 2, DAY, 3, None, other, (0, len(other))) is None
    again = "가람배터리가 미국 배터리 셀 공장에 20억 달러를 투자한다고 14일 밝혔다."
    assert facts.check(["배터리 셀 공장"], "USD", 2e9, 3, DAY, 5, None, again, (0, len(again))) == (1, 1)


def test_a_roundups_item_is_told_apart_by_the_subject_its_own_line_opens_with() -> None:
    # neither body known to the engine: a roundup opens with a bracketed header, and its item
    # with a bullet; the item's subject (다온군) is not the other story's (해솔시)
    facts = SameFacts()
    first = "해솔시는 시내 초등학교 12곳의 낡은 급식실 환기설비를 바꾼다. 사업비는 4억5천만원이다."
    assert facts.check(["급식실 환기설비"], "KRW", 45e7, 1, DAY, 1, None, first, (0, len(first))) is None
    roundup = ("[오늘의 시군 소식]\n▲가온읍 장터가 새 단장을 마쳤다.\n"
               "■ 다온군은 관내 초등학교 11곳의 급식실 환기설비를 교체한다. 사업비는 4억5천만원이다.")
    at = roundup.index("사업비")
    assert facts.check(["급식실 환기설비"], "KRW", 45e7, 2, DAY, 3, None, roundup,
                       (at, len(roundup))) is None
    # another outlet's story of the first, its amount on a line of its own that opens with no
    # subject: still the same fact
    again = "해솔시, 급식실 환기설비 교체\n해솔시가 학교 급식실 환기설비를 바꾼다.\n사업비는 4억5천만원."
    at = again.index("사업비")
    assert facts.check(["급식실 환기설비"], "KRW", 45e7, 3, DAY, 5, None, again, (at, len(again))) == (1, 1)
