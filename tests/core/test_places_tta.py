"""Places by the TTA/KLUE convention: foreign places written with their hanja, named stops on a
road and ports (sentences written for these tests; the small places are made up)."""

from __future__ import annotations

from models.domain import Span
from models.engine import analyze
from models.nlp.glossed_places import glossed_places, short_countries


def places(kiwi, text: str) -> list[str]:
    return [s.text for s in analyze(text, kiwi=kiwi).spans if s.label == "LOCATION"]


def test_a_glossed_province_and_city_are_one_place_with_the_country(kiwi):
    text = "중국 후난(湖南)성 창사(長沙)시에서 열린 박람회에 빛글시 대표단이 참가했다."
    got = places(kiwi, text)
    assert "중국 후난(湖南)성 창사(長沙)시" in got
    assert "湖南" not in got and "長沙" not in got


def test_a_glossed_prefecture_stands_alone_and_a_bare_gloss_is_left_as_is(kiwi):
    got = places(kiwi, "지진은 미야기(宮城)현 앞바다에서 일어났고, 교토(京都)에서도 흔들렸다.")
    assert "미야기(宮城)현" in got
    assert "교토" in got and "교토(京都)" not in got  # no division: name and gloss as they are


def test_a_glossed_name_of_a_person_is_not_made_a_place(kiwi):
    spans = analyze("장쩌민(江澤民) 전 주석은 회고록을 냈다.", kiwi=kiwi).spans
    assert not any(s.label == "LOCATION" for s in spans)


def test_glossed_places_keeps_other_spans_and_needs_brackets():
    from models.domain import Span

    text = "후베이(湖北)성 우한(武漢)시 정부는"
    spans = [Span(0, 3, "LOCATION", "후베이"), Span(4, 6, "LOCATION", "湖北"),
             Span(20, 22, "ORG", "정부")]
    got = glossed_places(text, spans)
    assert [(s.text, s.label) for s in got] == [
        ("후베이(湖北)성 우한(武漢)시", "LOCATION"), ("정부", "ORG")]
    plain = [Span(0, 2, "LOCATION", "서울")]
    assert glossed_places("서울에서", plain) == plain


def test_named_stops_on_a_road_and_ports_are_places(kiwi):
    got = places(kiwi, "사고는 해솔휴게소와 빛들나들목 사이에서 났고, 부산항과 목포항의 배는 묶였다.")
    for name in ("해솔휴게소", "부산항", "목포항"):
        assert name in got
    # the word alone is not a name
    assert places(kiwi, "휴게소에서 잠시 쉬었다가 항구로 갔다.") == []


def test_a_foreign_unit_written_apart_belongs_to_the_place(kiwi):
    assert "미국 캘리포니아 주" in places(kiwi, "산불은 미국 캘리포니아 주에서 번졌다.")
    assert "일본 지바 현" in places(kiwi, "그는 일본 지바 현 출신이다.")
    assert places(kiwi, "다음 주 월요일에 만난다.") == []


def test_a_new_town_is_a_place_and_the_word_alone_is_not(kiwi):
    got = places(kiwi, "해솔신도시와 빛들국제도시에 입주가 시작됐다.")
    assert "해솔신도시" in got and "빛들국제도시" in got
    assert places(kiwi, "정부는 신도시 입주를 앞당긴다.") == []


def test_a_port_or_station_named_by_a_proper_noun_is_a_place_also_in_a_chain(kiwi):
    assert "주문진항" in places(kiwi, "어선은 새벽에 주문진항에서 출항했다.")
    assert "엑스포역" in places(kiwi, "열차가 엑스포역에 닿자 관광객이 내렸다.")
    assert "목포역" in places(kiwi, "목포역 앞 광장에서 행사가 열렸다.")  # 목포 + 역 as Kiwi cuts it
    assert "강원 강릉시 주문진항" in places(kiwi, "배는 강원 강릉시 주문진항 인근에서 멈췄다.")
    # ordinary words ending in the same syllables are not places
    assert places(kiwi, "무역 업체들은 지역 경제와 출항 일정을 걱정했다.") == []


def test_a_province_and_city_that_also_name_a_club_are_a_place_outside_sports(kiwi):
    assert "충남 아산" in places(kiwi, "충남 아산에서 주민 집회가 열렸다.")
    spans = analyze("충남아산FC가 안방에서 2-1로 이겼다.", kiwi=kiwi).spans
    assert ("충남아산FC", "ORG") in {(s.text, s.label) for s in spans}


def test_a_block_of_flats_before_a_topic_particle_is_not_a_person(kiwi):
    spans = analyze("홍제동 다솜아파트는 지은 지 30년이 넘었다.", kiwi=kiwi).spans
    assert not any(s.label == "PERSON" for s in spans)


def test_a_country_cut_to_one_syllable_before_a_title_is_a_place(kiwi):
    spans = analyze("해솔 미 국무장관과 러 대통령이 통화했다.", kiwi=kiwi).spans
    got = {(s.text, s.label) for s in spans}
    assert ("미", "LOCATION") in got and ("러", "LOCATION") in got
    # 중 is "during" as often as China: left alone
    spans = analyze("회의 중 총리는 자리를 떴다.", kiwi=kiwi).spans
    assert not any(s.label == "LOCATION" for s in spans)


def test_a_country_cut_to_one_syllable_before_its_body_is_one_organisation(kiwi):
    spans = analyze("미 하원은 표결을 미뤘고 미 정부는 말을 아꼈다.", kiwi=kiwi).spans
    got = {(s.text, s.label) for s in spans}
    assert {("미 하원", "ORG"), ("미 정부", "ORG")} <= got
    assert not any(s.label == "LOCATION" for s in spans)
    # a country already marked stays, and the organisation is not stretched over it
    text = "美 하원은 표결을 미뤘다."
    given = [Span(0, 1, "LOCATION", "美"), Span(2, 4, "ORG", "하원")]
    assert [(s.text, s.label) for s in short_countries(text, given)] == [("美", "LOCATION"),
                                                                       ("하원", "ORG")]


def test_the_country_after_dae_or_bang_is_a_place(kiwi):
    """대북 제재, 대미 수출, 방중: the one-syllable country is a LOCATION (TTA)."""
    got = places(kiwi, "정부는 대북 제재를 늘렸고 대미 수출은 줄었으며, 총리의 방중 일정도 나왔다.")
    assert got.count("북") == 1 and "미" in got and "중" in got
    assert places(kiwi, "해솔시 대북한 정책을 두고 토론이 열렸다.") == ["북한"]


def test_words_that_only_look_like_it_are_left_alone(kiwi):
    for text in ("그 공연이 축제의 대미를 장식했다.", "대중 교통을 이용하는 시민이 늘었다.",
                 "빛글시에 대한 투자가 늘었다.", "겨울을 앞두고 방한복을 나눠 줬다.",
                 "시는 방한 대책을 내놨다."):
        assert places(kiwi, text) == [], text


def test_a_township_kiwi_cuts_into_syllables_is_a_place_alone_and_after_its_county(kiwi):
    # Kiwi reads 봉동읍 as 봉/NNG 동/NNG 읍/NNG: no proper noun to start from.
    assert "완주군 봉동읍" in places(kiwi, "완주군 봉동읍에 새 공장이 들어선다.")
    assert "봉동읍" in places(kiwi, "봉동읍 주민들이 모였다.")
    # A kind of division is not one.
    assert places(kiwi, "서울시 행정동 명칭을 바꾼다.") == ["서울시"]


def test_regions_side_by_side_are_peers_not_a_chain(kiwi):
    got = places(kiwi, "행사는 부산 대구 광주 전주 네 곳에서 열린다.")
    assert got == ["부산", "대구", "광주", "전주"]
    # two cities or counties side by side are peers too
    assert places(kiwi, "천안 아산 지역에 비가 왔다.") == ["천안", "아산"]
    assert places(kiwi, "서울 인천 지역의 학교들이 문을 닫았다.") == ["서울", "인천"]
    # a chain, largest first, is still one place; so is a state's province
    assert places(kiwi, "빛글 행사는 광주 북구에서 열린다.") == ["광주 북구"]
    assert places(kiwi, "북한 황해도 지역의 풍경을 담았다.") == ["북한 황해도"]


def test_a_province_whose_name_is_a_common_word_is_a_place_beside_a_peer(kiwi):
    assert places(kiwi, "사고는 경기와 강원 지역에서 가장 많았다.") == ["경기", "강원"]
    assert "대전" in places(kiwi, "대전과 충남이 함께 빛글 사업을 추진한다.")
    # the game and the economy stay words
    assert places(kiwi, "경기 결과와 관계없이 우리는 경기와 경제를 함께 살폈다.") == []


def test_a_one_syllable_country_before_its_people_glued_in_hanja_or_before_its_side(kiwi):
    assert places(kiwi, "미 국민들의 반발이 컸다.") == ["미"]
    assert places(kiwi, "日기업 세 곳이 빛글시에 공장을 짓는다.") == ["日"]
    assert places(kiwi, "북측이 새 제안을 내놓았다.") == ["북"]
    # glued to a body or a place, the country joins it
    spans = analyze("美국무부는 보고서를 냈고 美메릴랜드에서 행사가 열렸다.", kiwi=kiwi).spans
    got = [(s.text, s.label) for s in spans]
    assert ("美국무부", "ORG") in got and ("美메릴랜드", "LOCATION") in got
    # a day of the month in hanja is not Japan
    assert places(kiwi, "회의는 3日오후에 열린다.") == []


def test_a_village_or_neighbourhood_after_its_township_or_district_is_no_person(kiwi):
    # made-up villages in real districts, named like Korean names (surname + two syllables)
    assert places(kiwi, "행사는 화순군 이양면 정다리 일원에서 열린다.") == ["화순군 이양면 정다리"]
    assert places(kiwi, "공장은 천안시 서북구 이솔동 일대에 있다.") == ["천안시 서북구 이솔동"]


def test_a_particle_written_apart_after_a_township_ends_the_place(kiwi):
    # the word after the township has no stem: it used to raise IndexError
    assert places(kiwi, "불은 화순군 이양면 에서 시작됐다.") == ["화순군 이양면"]
    assert places(kiwi, "화순군 이양면 의 마을회관") == ["화순군 이양면"]


def test_a_known_state_with_its_unit_glued_and_a_golf_course_are_places(kiwi):
    assert places(kiwi, "대회는 미시간주에서 열렸다.") == ["미시간주"]
    assert places(kiwi, "그는 해솔골프장(파72)에서 우승했다.") == ["해솔골프장"]
    assert places(kiwi, "골프장에서 쉬었다.") == []


def test_a_named_stadium_is_a_place_and_a_kind_of_venue_is_not(kiwi):
    got = places(kiwi, "결승은 해솔종합운동장에서, 준결승은 빛들스타디움과 잠실종합운동장에서 열린다.")
    for name in ("해솔종합운동장", "빛들스타디움", "잠실종합운동장"):
        assert name in got, got
    # kinds of venue, not names (Kiwi reads 종합운동장 as one proper noun)
    assert places(kiwi, "군은 새 종합운동장을 짓고 학교 운동장을 넓힌다.") == []


def test_a_city_kiwi_does_not_know_with_its_unit_split_off_is_a_place_not_a_person(kiwi):
    # Kiwi reads 한빛/NNP 시/NNG: a city; a full name and a boy's 군 stay out of it
    assert places(kiwi, "한빛시는 올해 공원을 조성한다.") == ["한빛시"]
    assert places(kiwi, "공장은 베트남 호찌민시에 있다.") == ["베트남 호찌민시"]
    spans = analyze("정민군은 동화 같은 이야기를 썼다.", kiwi=kiwi).spans
    assert [s.label for s in spans if s.text.startswith("정민")] != ["LOCATION"]
    assert "PERSON" not in [s.label for s in analyze("한빛시는 공원을 짓는다.", kiwi=kiwi).spans]
