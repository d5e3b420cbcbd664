"""Organisations by the TTA/KLUE convention: bodies named by their kind of institution, regimes,
lists of peers (sentences written for these tests; most names are made up)."""

from __future__ import annotations

from models.nlp.entities import find_entities


def labels_of(kiwi, text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text, kiwi)}


def test_museums_halls_medical_centres_resorts_and_steelworks_are_organisations(kiwi):
    got = labels_of(kiwi, "한빛미술관과 빛고을의료원은 빛글리조트와 협약을 맺었다.")
    assert got.get("한빛미술관") == "ORG" and got.get("빛고을의료원") == "ORG"
    assert got.get("빛글리조트") == "ORG"
    assert labels_of(kiwi, "한빛제철이 철강을 공급했다.").get("한빛제철") == "ORG"
    # a kind of hall after a common noun is no one's name
    assert labels_of(kiwi, "주민들이 마을회관에 모였다.") == {}


def test_libraries_prisons_welfare_centres_and_clinics_are_organisations(kiwi):
    got = labels_of(kiwi, "해솔도서관과 빛들복지관은 한빛요양원, 빛들보건소와 손을 잡았다.")
    assert got == {"해솔도서관": "ORG", "빛들복지관": "ORG", "한빛요양원": "ORG",
                   "빛들보건소": "ORG"}
    assert labels_of(kiwi, "그는 빛들교도소를 거쳐 해솔구치소로 옮겨졌다.") == {
        "빛들교도소": "ORG", "해솔구치소": "ORG"}
    # a kind after a common noun is no one's name
    assert labels_of(kiwi, "공공도서관과 여자교도소가 늘었다.") == {}


def test_a_commercial_school_named_after_its_town_but_not_a_notice_or_an_appeal(kiwi):
    assert labels_of(kiwi, "그는 광주상고를 졸업했다.").get("광주상고") == "ORG"
    assert "ORG" not in labels_of(kiwi, "회사는 채용공고를 냈고 피고는 상고했다.").values()


def test_a_regime_acts_with_a_particle(kiwi):
    assert labels_of(kiwi, "일제의 수탈은 오래 이어졌다.").get("일제") == "ORG"
    assert labels_of(kiwi, "5공화국의 비리를 다시 따졌다.").get("5공화국") == "ORG"
    assert labels_of(kiwi, "6공화국 정부는 달랐다.").get("6공화국 정부") == "ORG"
    # a sweep, goods made in Japan and "all at once" are not the regime
    assert labels_of(kiwi, "경찰은 일제 단속을 벌였고 그는 일제 카메라를 샀다.").get("일제") is None
    assert labels_of(kiwi, "모두 일제히 일어섰다.") == {}


def test_peers_of_a_list_stay_apart_but_a_hospital_of_a_university_is_one(kiwi):
    got = labels_of(kiwi, "빛고을병원 한빛병원 새솔병원 등에서 이 검사를 한다.")
    for word in ("빛고을병원", "한빛병원", "새솔병원"):
        assert got.get(word) == "ORG", word
    assert labels_of(kiwi, "빛고을대 한빛병원에서 만났다.").get("빛고을대 한빛병원") == "ORG"


def test_a_place_before_a_hall_stays_a_place_but_a_district_names_its_police_station(kiwi):
    got = labels_of(kiwi, "행사는 서울 중구 한빛회관에서 열렸다.")
    assert got.get("한빛회관") == "ORG" and got.get("서울 중구") == "LOCATION"
    assert labels_of(kiwi, "서울 강서경찰서는 그를 입건했다.").get("서울 강서경찰서") == "ORG"


def test_a_place_starting_a_compound_is_a_place_of_its_own(kiwi):
    assert labels_of(kiwi, "한국교회의 앞날을 걱정했다.").get("한국") == "LOCATION"
    assert labels_of(kiwi, "북한측의 답을 기다린다.").get("북한") == "LOCATION"
    # a people or a language made of it is a new word, not the place; an origin keeps the
    # place (2016klp, TTA, tags 미국산 5 times of 5)
    assert labels_of(kiwi, "한국인은 한국어를 쓰고 한국산 쌀을 먹는다.") == {"한국": "LOCATION"}
    # an event named with it keeps the place: the 5-label TTA has no event (2016klp tags 서울 in
    # 서울올림픽 9 times of 9)
    assert labels_of(kiwi, "베이징올림픽이 열렸다.").get("베이징") == "LOCATION"


def test_a_place_before_a_line_of_business_starts_a_company_name(kiwi):
    # the whole word is the company, and no place is marked inside it
    for text, company in (("부산우유는 값을 올렸다.", "부산우유"),
                          ("인천제과는 새 과자를 내놓았다.", "인천제과")):
        got = labels_of(kiwi, text)
        assert got.get(company) == "ORG" and company[:2] not in got, text
    assert labels_of(kiwi, "영국투자금융은 새 펀드를 내놓았다.").get("영국투자금융") == "ORG"
    # a topic after a place is not a company: the place stays a place
    assert labels_of(kiwi, "한국교회의 앞날을 걱정했다.").get("한국") == "LOCATION"


def test_confederations_of_unions_and_students_are_organisations(kiwi):
    got = labels_of(kiwi, "한빛노총은 집회를 열었고 새총련도 참여했다.")
    assert got.get("한빛노총") == "ORG" and got.get("새총련") == "ORG"


def test_a_union_written_after_its_company_is_one_organisation(kiwi):
    assert labels_of(kiwi, "빛글자동차 노조는 파업을 예고했다.").get("빛글자동차 노조") == "ORG"
    # a union on its own is a body too, and a list keeps its peers apart
    got = labels_of(kiwi, "민주노총과 노조는 집회를 열었다.")
    assert got.get("민주노총") == "ORG" and got.get("노조") == "ORG"


def test_a_boy_or_girl_named_by_surname_and_mo_is_the_surname(kiwi):
    got = labels_of(kiwi, "어머니 최모씨와 아들 김모군이 구조됐다.")
    assert got.get("최") == got.get("김") == "PERSON" and "김모군" not in got
    got = labels_of(kiwi, "피해 학생 이모양은 병원으로 옮겨졌다.")
    assert got.get("이") == "PERSON" and "이모양" not in got


def test_the_forensic_service_by_its_short_name(kiwi):
    assert labels_of(kiwi, "국과수는 부검 결과를 경찰에 통보했다.").get("국과수") == "ORG"


def test_a_headquarters_for_a_disaster_is_a_body_and_so_is_its_short_form(kiwi):
    got = labels_of(kiwi, "중앙방역대책본부에 따르면 확진자가 늘었고, 총리는 중대본 회의를 열었다.")
    assert got.get("중앙방역대책본부") == "ORG" and got.get("중대본") == "ORG"
    assert labels_of(kiwi, "해솔군 재난안전대책본부는 주민 대피를 마쳤다.").get(
        "재난안전대책본부") == "ORG"


def test_a_role_before_an_anonymised_person_and_a_platform_are_not_people(kiwi):
    got = labels_of(kiwi, "유튜버 A씨는 인스타그램과 페이스북에 영상을 올렸고, 유튜브와 틱톡에도 퍼졌다.")
    assert got.get("A") == "PERSON"
    assert all(label != "PERSON" for word, label in got.items() if word != "A")


def test_a_stock_exchange_is_a_body_and_a_stock_index_is_no_one(kiwi):
    got = labels_of(kiwi, "한빛전자는 뉴욕증권거래소에 상장했고, 코스피는 1% 올랐다.")
    assert got.get("뉴욕증권거래소") == "ORG" and "뉴욕" not in got
    assert "코스피" not in got
    assert labels_of(kiwi, "가상화폐거래소 해킹으로 피해가 났다.") == {}  # a kind of exchange


def test_a_committee_by_its_short_name_belongs_to_its_house(kiwi):
    from models.engine import analyze

    spans = analyze("미 하원 정보위는 보고서를 냈다.", kiwi=kiwi).spans
    assert [(s.text, s.label) for s in spans] == [("미 하원 정보위", "ORG")]
    assert labels_of(kiwi, "국회 정보위는 회의를 열었다.") == {"국회 정보위": "ORG"}


def test_a_kind_of_organisation_before_a_name_makes_it_one(kiwi):
    # made-up names
    assert labels_of(kiwi, "부동산정보업체 빛글써브에 따르면 청약이 늘었다.") == {"빛글써브": "ORG"}
    assert labels_of(kiwi, "걸그룹 빛나래가 데뷔했다.") == {"빛나래": "ORG"}
    assert labels_of(kiwi, "제작사 ‘해솔필름’과 계약했다.") == {"해솔필름": "ORG"}
    # a common noun after the kind, or a person with a title, is not made a body
    assert labels_of(kiwi, "업체 관계자는 말을 아꼈다.") == {}
    assert labels_of(kiwi, "이 회사 한별 대표는 웃었다.").get("한별") != "ORG"
    # "3일간" ends like 일간 (a daily) but is three days
    assert "ORG" not in labels_of(kiwi, "잠수함은 3일간 스노클링 없이 잠항할 수 있다.").values()


def test_a_party_shaped_like_a_korean_name_is_no_person_before_a_title(kiwi):
    # a party whose name starts with a surname (민): its officer's title follows it
    assert labels_of(kiwi, "한별 씨는 민정당 사무총장과 만났다.").get("민정당") == "ORG"


def test_a_university_shaped_like_a_name_before_its_department_is_no_person(kiwi):
    # made-up university: 호 is a surname, so the word has a name's shape
    got = labels_of(kiwi, "그들은 호빛대 실용음악과에서 만났다.")
    assert "PERSON" not in got.values()
    # a person whose name ends in 대, with a title, stays a person
    assert labels_of(kiwi, "노한대 사장은 웃었다.").get("노한대") == "PERSON"


def test_a_proper_noun_founded_or_bought_is_an_organisation(kiwi):
    # made-up companies
    assert labels_of(kiwi, "그는 2009년 빛솔라시티를 창업했다.").get("빛솔라시티") == "ORG"
    assert labels_of(kiwi, "회사는 해솔레즈를 인수하려 한다.").get("해솔레즈") == "ORG"
    # a common noun founded is no name
    assert labels_of(kiwi, "그들은 지주회사를 설립했다.") == {}


def test_every_province_by_its_short_name_with_do_acts_as_a_body(kiwi):
    # 충북도/충남도 were missing from the aliases that 전남도, 경북도 … have: a LOCATION by suffix
    for name in ("충북도", "충남도", "전남도", "경북도"):
        assert labels_of(kiwi, f"{name}는 27일 사업계획서를 냈다.").get(name) == "ORG", name


def test_a_centre_whose_units_are_numbered_is_a_facility_not_a_body(kiwi):
    # Kiwi reads 컴퓨팅센터 as one proper noun before "2호기"; a body's units are not numbered
    assert labels_of(kiwi, "정부는 컴퓨팅센터 2호기를 짓는다.") == {"정부": "ORG"}
