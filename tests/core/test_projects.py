"""PROJECT spans and AMOUNT_FOR links, on sentences written for these tests, with and without
Kiwi tokens."""

from __future__ import annotations

import pytest

from models.nlp.projects import find_projects
from models.rules.money import find_money


def run(text: str, kiwi=None) -> tuple[list[str], list[tuple[str, str]]]:
    money = find_money(text)
    result = find_projects(text, money, kiwi.tokenize(text) if kiwi else None)
    for s in result.spans:
        assert s.label == "PROJECT" and text[s.start : s.end] == s.text
    links = [(money[m].text, result.spans[p].text) for m, p in result.links]
    return [s.text for s in result.spans], links


@pytest.fixture(params=["plain", "kiwi"])
def mode(request, kiwi):
    return None if request.param == "plain" else kiwi


def test_bullet_list_with_amounts(mode):
    text = ("시는 ▲빛고을 데이터센터 구축(2조원) ▲남도 수소항만 조성(3000억원) "
            "▲해오름 실증단지(1단계 사업) 조성(700억원) 등을 건의했다.")
    projects, links = run(text, mode)
    assert projects == ["빛고을 데이터센터 구축", "남도 수소항만 조성", "해오름 실증단지(1단계 사업) 조성"]
    assert links == [
        ("2조원", "빛고을 데이터센터 구축"),
        ("3000억원", "남도 수소항만 조성"),
        ("700억원", "해오름 실증단지(1단계 사업) 조성"),
    ]


def test_a_list_item_name_stops_before_its_count_and_cost_word(mode):
    # a briefing's line gives the item, a count, then 사업비 and the amount; a line of the total
    # alone (○ 총사업비 …) names no item
    text = "□ 통학로 대책\n ○ 보도 신설 8개소, 사업비 24억원\n ○ 총사업비 36억원(국비 18억원, 군비 18억원)\n"
    projects, links = run(text, mode)
    assert projects == ["보도 신설"]
    assert links[0] == ("24억원", "보도 신설")


def test_a_total_after_a_list_is_the_lists_not_its_last_items(mode):
    # a note line after the items gives their total: it funds the plan the list is under, and
    # with no plan named above the list it funds no item
    text = ("하람군 2027년 생활 SOC 확충 계획\n○ 쉼터 정비 4개소, 사업비 12억원\n"
            "○ 경로당 보수 6개소, 사업비 3억원\n※ 관련 총사업비 15억원\n")
    _, links = run(text, mode)
    assert ("12억원", "쉼터 정비") in links and ("3억원", "경로당 보수") in links
    assert ("15억원", "경로당 보수") not in links
    if mode is not None:  # the plan's name needs Kiwi
        assert ("15억원", "하람군 2027년 생활 SOC 확충") in links
    _, links = run(text.split("\n", 1)[1], mode)
    assert [amount for amount, _ in links] == ["12억원", "3억원"]


def test_bullets_without_amounts(mode):
    text = "토론은 ▲해상풍력 전용항만 구축 ▲섬 관광 거점 조성 등의 순서로 진행됐다."
    projects, links = run(text, mode)
    assert projects == ["해상풍력 전용항만 구축", "섬 관광 거점 조성"]
    assert links == []


def test_parenthesised_amount_names_the_phrase_before_it(mode):
    projects, links = run("도는 K-바이오 랩허브 유치(4500억원)와 RE100 산업단지 지정을 요구했다.", mode)
    assert links == [("4500억원", "K-바이오 랩허브 유치")]
    assert "K-바이오 랩허브 유치" in projects


def test_amount_before_its_project(kiwi):
    projects, links = run("군은 총 1200억원을 들여 영산강 생태공원 조성 사업을 추진한다.", kiwi)
    assert projects == ["영산강 생태공원 조성 사업"]
    assert links == [("1200억원", "영산강 생태공원 조성 사업")]


def test_named_projects_need_more_than_one_word(kiwi):
    projects, _ = run("도는 RE100 산업단지 지정을 요구했고, 회사는 사업을 추진한다.", kiwi)
    assert projects == ["RE100 산업단지 지정"]


def test_verbs_are_not_projects(kiwi):
    projects, _ = run("정부는 올해 산업단지를 조성했고 새 항만도 구축한다.", kiwi)
    assert projects == []


def test_quoted_project(mode):
    projects, _ = run("이날 ‘남해안 해양관광벨트 조성’이라는 주제로 발표가 있었다.", mode)
    assert projects == ["남해안 해양관광벨트 조성"]


def test_amounts_do_not_link_across_sentences(kiwi):
    projects, links = run("빛고을 에너지밸리 조성이 늦어지고 있다. 시는 500억원을 추가로 요청했다.", kiwi)
    assert projects == ["빛고을 에너지밸리 조성"]
    assert links == []


def test_each_amount_links_to_the_nearest_project_before_it(kiwi):
    text = "군은 남도 스마트팜 단지 조성에 300억원, 청년 창업 거점 구축에 150억원을 쓴다."
    _, links = run(text, kiwi)
    assert links == [("300억원", "남도 스마트팜 단지 조성"), ("150억원", "청년 창업 거점 구축")]


def test_several_amounts_in_one_parenthesis(kiwi):
    _, links = run("시는 빛고을 수소트램 건설(총 1조원, 국비 5000억원)을 요청했다.", kiwi)
    assert links == [("1조원", "빛고을 수소트램 건설"), ("5000억원", "빛고을 수소트램 건설")]
