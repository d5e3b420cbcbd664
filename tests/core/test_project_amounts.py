"""More ways to name the project an amount funds (models.nlp.project_amounts), and the region of
a chain of places (models.nlp.places), on sentences written for these tests."""

from __future__ import annotations

import pytest

from models.nlp.places import chain_place
from models.nlp.projects import find_projects
from models.rules.money import find_money


def run(text: str, kiwi) -> tuple[list[str], list[tuple[str, str]]]:
    money = find_money(text)
    result = find_projects(text, money, kiwi.tokenize(text))
    links = [(money[m].text, result.spans[p].text) for m, p in result.links]
    return [s.text for s in result.spans], links


def test_an_amount_of_a_size_before_its_project(kiwi):
    _, links = run("도는 3000억원 규모의 '해솔 수소 항만 구축' 사업을 시작한다.", kiwi)
    assert links == [("3000억원", "'해솔 수소 항만 구축' 사업")]
    _, links = run("시는 800억원 규모의 원도심 교통 개선 대책을 내놨다.", kiwi)
    assert links == [("800억원", "원도심 교통 개선 대책")]
    _, links = run("사업비 420억원의 빛고을 청년 창업 센터가 문을 연다.", kiwi)
    assert links == [("420억원", "빛고을 청년 창업 센터")]
    # a programme's one-word name after "N원의": a fund, a grant
    _, links = run("해솔군은 120억원의 생활안정지원금을 지급한다.", kiwi)
    assert links == [("120억원", "생활안정지원금")]
    # the cost of the project named right before 사업비: the plan after it is not the project
    _, links = run("시는 해솔항 재개발 2단계 사업비 4조원의 조달 계획을 내놓지 않았다.", kiwi)
    assert links == [("4조원", "해솔항 재개발 2단계 사업")]
    # an amount of something that is no project stays without one
    projects, links = run("그는 120억원의 시세 차익을 거뒀고 2조원 규모의 금융 지원이 이어졌다.", kiwi)
    assert projects == [] and links == []


def test_a_quoted_working_name_is_the_project(kiwi):
    projects, _ = run("시는 '해솔∼빛고을 연결도로'(가칭) 사업의 설계를 맡겼다.", kiwi)
    assert "해솔∼빛고을 연결도로" in projects


def test_a_fund_before_its_amount_takes_the_shares_that_follow(kiwi):
    text = "부처는 지역활력기금 4000억원 가운데 전남에 600억원, 경북에 500억원을 배정했다."
    projects, links = run(text, kiwi)
    assert projects == ["지역활력기금"]  # 전남에: where the money goes, not a project
    assert links == [("4000억원", "지역활력기금"), ("600억원", "지역활력기금"),
                     ("500억원", "지역활력기금")]
    projects, _ = run("시는 해솔 신도시에 300억원을 쓴다.", kiwi)
    assert projects == []
    # a fund named in two words; a bare 기금 names none
    _, links = run("부처는 해솔대학 지원금 800억원 가운데 200억원을 먼저 보낸다.", kiwi)
    assert links == [("800억원", "해솔대학 지원금"), ("200억원", "해솔대학 지원금")]
    assert run("시는 기금 50억원을 모았다.", kiwi)[1] == []
    # a body's grant is where the money comes from, not a programme
    assert run("해솔대는 교육부 지원금 130억원을 받았다.", kiwi)[1] == []
    assert run("군은 산림청 보조금 20억원과 정부 지원금 5억원을 받는다.", kiwi)[1] == []
    _, links = run("그는 해솔 창업 지원과 해솔 공동 로봇 펀드 500억원 조성을 내놨다.", kiwi)
    assert links == [("500억원", "해솔 공동 로봇 펀드")]
    # a fund named in one word ending in 자금; not a slush fund or money needed
    _, links = run("시는 해솔 주민 생활안정자금 300억원을 따로 마련한다.", kiwi)
    assert links == [("300억원", "생활안정자금")]
    assert run("그는 비자금 300억원을 숨겼다.", kiwi)[1] == []
    assert run("사업에 필요한 자금 300억원을 빌렸다.", kiwi)[1] == []


def test_a_fund_the_amount_goes_to_named_before_euro(kiwi):
    # "X 지원금으로 (연간) N원": the payment the amount makes up is its project
    _, links = run("그는 귀어 청년 정착 장려금으로 연간 40억원을 마련하겠다고 했다.", kiwi)
    assert links == [("40억원", "귀어 청년 정착 장려금")]
    # a gift to a fund, a bare one-word fund: no project
    assert run("그는 해솔 장학기금으로 1억원을 기탁했다.", kiwi)[1] == []
    assert run("그는 지원금으로 40억원을 받았다.", kiwi)[1] == []
    _, links = run("그는 해솔 바이오 인재 장학금으로 매년 20억원을 마련한다.", kiwi)
    assert links == [("20억원", "해솔 바이오 인재 장학금")]


def test_a_time_is_no_project(kiwi):
    projects, _ = run("그는 임기 안에 국비 1조원 이상을 더 확보하겠다고 했다.", kiwi)
    assert projects == []


def test_a_cost_sentence_takes_the_project_of_the_sentence_before(kiwi):
    text = "빛고을선은 도심과 공항을 잇는 경전철 사업이다. 총사업비 6000억원은 국비로 마련한다."
    projects, links = run(text, kiwi)
    assert links == [("6000억원", "빛고을선")]
    # without a word that makes it a cost it is someone else's (test_projects checks that)


@pytest.mark.parametrize("first, second", [
    ("해솔 수소 특화단지", "새빛 바이오 산업단지"),
    ("해솔 도시철도 2호선 건설", "해솔∼새빛 광역철도 건설"),  # a line between two places: one phrase
])
def test_each_of_two_projects_takes_its_amount_in_turn(kiwi, first: str, second: str):
    and_ = "과" if (ord(first[-1]) - 0xAC00) % 28 else "와"  # after a final consonant: 과
    _, links = run(f"도는 {first}{and_} {second}에 각각 300억원과 200억원을 쓴다.", kiwi)
    assert links == [("300억원", first), ("200억원", second)]


def test_a_project_word_inside_a_quoted_name_is_no_project(kiwi):
    projects, _ = run("도는 '해솔 에너지 전환 추진 전략 보고회'를 열었다. 총사업비는 900억원이다.", kiwi)
    assert projects == []
    # but a quoted saying may hold one
    projects, _ = run("그는 \"해솔항 수소 인프라 구축에는 900억원을 쓴다\"고 말했다.", kiwi)
    assert projects == ["해솔항 수소 인프라 구축"]


def test_a_phrase_of_generic_words_is_no_project(kiwi):
    projects, _ = run("위원회는 평가한 결과 사업 추진이 타당하다며 300억원을 배정했다.", kiwi)
    assert projects == []
    projects, _ = run("시는 이 도로를 국비 사업으로 신청하고 부지 조성에 50억원을 쓴다.", kiwi)
    assert projects == []


def test_the_people_money_is_given_to_are_no_project(kiwi):
    projects, links = run("정부는 청년 가구와 신혼 부부에 각각 300만원과 500만원을 준다.", kiwi)
    assert projects == [] and links == []
    projects, _ = run("군은 귀농 가정에 10만원 상당의 선물을 보낸다.", kiwi)
    assert projects == []


def test_the_region_of_a_chain_is_the_inner_place_below_a_city():
    assert chain_place("청주 오창") == (("place", "오창"),)  # a town the gazetteer puts in 청주
    assert chain_place("해솔시 빛들면") == (("place", "해솔시"),)  # 해솔시 is no known 시
    assert chain_place("강남구 도산대로") == (("place", "강남구"),)  # a road, not a place in it
    assert chain_place("대구 경북") == (("place", "대구"),)  # peers: the first
    assert chain_place("전남 고흥") == (("place", "고흥"),)


def test_a_part_of_a_projects_cost_named_after_it(kiwi):
    _, links = run("빛고을 국제회의장 건립비 가운데 올해 확보한 설계비는 147억원이다.", kiwi)
    assert links == [("147억원", "빛고을 국제회의장")]
    _, links = run("해솔 바이오 클러스터 사업비 중 국비로 받은 설계비는 30억원이다.", kiwi)
    assert links == [("30억원", "해솔 바이오 클러스터 사업")]
    # a decimal point ends no sentence; a full stop does
    _, links = run("빛고을 국제회의장 건립비 가운데 1.5배로 늘려 확보한 설계비는 147억원이다.", kiwi)
    assert links == [("147억원", "빛고을 국제회의장")]
    _, links = run("빛고을 국제회의장 건립비 가운데 일부가 깎였다. 올해 확보한 설계비는 147억원이다.",
                   kiwi)
    assert links == []
    # the amount's own cost word still names its project when no whole cost comes first
    _, links = run("시는 빛고을 국제회의장 건립비 147억원을 확보했다.", kiwi)
    assert links == [("147억원", "빛고을 국제회의장")]


def test_a_quoted_project_is_named_after_the_place_it_starts_with(kiwi):
    from models.engine import analyze

    a = analyze("부처는 3000억원 규모의 '남해안 섬 관광 벨트 조성' 사업을 추진한다.", kiwi=kiwi)
    assert ("남해안", "LOCATION") in [(s.text, s.label) for s in a.spans]


def test_what_the_new_rules_must_leave_alone(kiwi):
    # a date range before a project is not part of its name
    assert run("정부는 2024∼2028년 광역철도 사업에 1조원을 투입한다.", kiwi)[0] == ["광역철도 사업"]
    # a quoted saying keeps its project; a share of a cost is no project
    assert run("시장은 \"광역철도 사업 예산을 늘리겠다\"고 말했다.", kiwi)[0] == ["광역철도 사업"]
    assert run("시는 사업비 300억원의 상당 부분을 시비로 댄다.", kiwi)[0] == []
    # a cost word inside another word, and a cost across a blank line, borrow no project
    text = "해솔 도시철도 2호선 사업이 예타를 통과했다.\n\n한 기업이 사업 자금 500억원을 빌렸다."
    assert run(text, kiwi)[1] == []
    # places, people or three items before 각각 are not read in turn
    assert run("도는 전남 지역과 경북 지역에 각각 10억원과 20억원을 준다.", kiwi)[0] == []
    # a body with a working name, a kind of work, a gift, a finance product: no projects
    for text in ("'한빛 시민연대'(가칭)가 출범했다. 회원들은 기금 1000만원을 모았다.",
                 "고속도로는 국가가 짓는 사업이다. 올해 5000억원이 들어간다.",
                 "그는 대학발전기금 1억원을 기부했다.", "회사는 사모펀드 1000억원을 운용한다."):
        assert run(text, kiwi)[0] == [], text


def test_a_phrase_goes_on_past_a_word_kiwi_reads_as_a_verb(kiwi):
    _, links = run("사업비 870억원의 해솔강 하류 염해 방지 시설을 짓는다.", kiwi)
    assert links == [("870억원", "해솔강 하류 염해 방지 시설")]


def test_a_place_the_money_goes_to_is_no_project(kiwi):
    projects, links = run("빛글그룹은 미국 조지아주에 30억 달러를 투자해 배터리 공장을 세운다.", kiwi)
    assert "미국 조지아주" not in projects and links == [("30억 달러", "배터리 공장")]
    projects, _ = run("도는 해솔 서부권에 1000억원을 들여 공공 의료원을 짓는다.", kiwi)
    assert "해솔 서부권" not in projects


def test_money_spent_on_works_that_replace_install_or_reinforce(kiwi):
    _, links = run("군은 30억원을 들여 노후 상수관로를 교체한다.", kiwi)
    assert links == [("30억원", "노후 상수관로")]
    _, links = run("시는 3억원을 들여 버스 정류장 쉼터를 설치한다.", kiwi)
    assert links == [("3억원", "버스 정류장 쉼터")]


def test_a_count_of_those_the_money_goes_to_is_no_project(kiwi):
    # "X 89곳에 N원": the places (or firms, households) receiving it, not what it funds
    for text in ("정부는 농어촌 소멸위험지역 62곳에 모두 9000억원을 배정했다.",
                 "시는 지역 중소기업 300개사에 180억원을 나눠 준다."):
        assert run(text, kiwi) == ([], []), text
    # a project whose name has a number in it stays one
    assert run("시는 해솔 2단계 산단 조성에 300억원을 쓴다.", kiwi)[1] == [
        ("300억원", "해솔 2단계 산단 조성")]


def test_a_sentence_adverb_kiwi_reads_as_a_noun_starts_no_name(kiwi):
    projects, _ = run("반면 해솔천 생태하천 복원 사업은 150억원으로 늘었다.", kiwi)
    assert projects == ["해솔천 생태하천 복원 사업"]


def test_a_cost_after_a_headlines_ellipsis_has_no_owner_across_it(kiwi):
    projects, _ = run("해솔군, 해솔 트램 2단계 건설 추진…사업비 최대 3천억원", kiwi)
    assert projects == ["해솔 트램 2단계 건설 추진"]


def test_a_name_never_runs_over_a_line_and_a_count_names_nothing(kiwi):
    # a table read from a report (cells joined by " | ", one row a line)
    text = ("사업명 | 총사업비 | 기간\n해솔 물류단지 조성 | 2,400 | 2026~2030\n"
            "빛들천 수변공원 정비 | 380 | 2027~2028\n\n시는 위 2개 사업에 모두 2,780억원을 쓴다.")
    projects, links = run(text, kiwi)
    assert projects == ["해솔 물류단지 조성", "빛들천 수변공원 정비"]
    assert links == []


def test_a_programmes_quoted_name_earlier_in_the_sentence(kiwi):
    text = "가장 큰 몫은 '해솔 소멸 대응 특별지원'으로, 해솔군 등 9곳에 모두 900억원이 간다."
    assert run(text, kiwi)[1] == [("900억원", "해솔 소멸 대응 특별지원")]
    # a quoted saying is no programme
    said = "그는 \"예산을 늘려 청년을 지원하겠다\"고 말했고, 시는 300억원을 배정했다."
    assert run(said, kiwi)[1] == []


def test_a_time_since_is_no_project(kiwi):
    assert run("후원회는 51시간 만에 250억원을 모았다.", kiwi) == ([], [])


def test_times_and_a_headlines_run_together_pieces_name_nothing(kiwi):
    assert run("전셋값은 작년 동월(705만원)보다 올랐다.", kiwi) == ([], [])
    assert run("그 가수의 출연료는 활동 초기에 200만원이었다.", kiwi) == ([], [])
    assert run("■ 해솔푸드…업계 최초 2조원 매출", kiwi)[0] == []
    # a kind of project is none: "주요 투자사업", "역점사업"
    assert run("시는 2027년 주요 투자사업 목록을 냈다.", kiwi)[0] == []


def test_a_price_given_for_a_place_in_parentheses_is_no_project(kiwi):
    assert run("삼겹살 1㎏ 값은 인근 일본(1만4679원)보다 비싸다.", kiwi)[0] == []
    # a project whose last word is also a county's name (예산) stays one
    assert run("올해 해솔 연구기관 예산(4조6000억원)이 늘었다.", kiwi)[1] == [
        ("4조6000억원", "해솔 연구기관 예산")]


def test_a_release_names_its_project_in_a_field_and_its_costs_under_it(kiwi):
    text = ("해든군 보도자료\n○ 사업명: 해든 마을 공동 태양광 설치\n○ 위치: 해든읍 일원\n"
            "○ 총사업비: 36억원(국비 18억원, 군비 18억원)\n\n"
            "사업명 : 해든 청년 주거 지원\n- 예산 : 5억원\n")
    projects, links = run(text, kiwi)
    assert projects == ["해든 마을 공동 태양광 설치", "해든 청년 주거 지원"]
    assert links == [("36억원", "해든 마을 공동 태양광 설치"),
                     ("18억원", "해든 마을 공동 태양광 설치"),
                     ("18억원", "해든 마을 공동 태양광 설치"), ("5억원", "해든 청년 주거 지원")]
    # its shares in brackets are parts of the labelled cost: the report counts 36억원 once
    from models.engine import analyze

    a = analyze(text)
    parts = [(a.spans[r.head].text, a.spans[r.tail].text)
             for r in a.relations if r.label == "PART_OF"]
    assert parts == [("18억원", "36억원"), ("18억원", "36억원")]


def test_a_release_says_who_runs_its_project_and_where_in_fields(kiwi):
    from models.engine import analyze

    text = ("해든군 보도자료\n○ 사업명: 해든 마을 공동 태양광 설치\n○ 위치: 화순읍 일원\n"
            "○ 주관: 국토교통부\n○ 총사업비: 36억원(국비 18억원, 군비 18억원)\n")
    a = analyze(text, kiwi=kiwi)
    rel = {(r.label, a.spans[r.head].text): a.spans[r.tail].text for r in a.relations
           if a.spans[r.head].label == "PROJECT"}
    assert rel[("PROPOSED_BY", "해든 마을 공동 태양광 설치")] == "국토교통부"
    assert rel[("LOCATED_IN", "해든 마을 공동 태양광 설치")] == "화순읍"
