"""Names by the TTA/KLUE convention where no title or list says what they are (sentences written
for these tests; the names are made up)."""

from __future__ import annotations

import pytest

from models.nlp.bare_names import name_like
from models.nlp.entities import find_entities


def labels_of(kiwi, text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text, kiwi)}


def test_a_given_name_before_a_particle_is_a_person(kiwi):
    got = labels_of(kiwi, "그날 저녁 태오가 문을 열었다.")
    assert got.get("태오") == "PERSON"
    got = labels_of(kiwi, "다온의 편지를 받은 하람은 곧장 길을 나섰다.")
    assert got.get("다온") == "PERSON" and got.get("하람") == "PERSON"


def test_a_foreign_name_before_a_particle_is_a_person_but_not_a_loanword_object(kiwi):
    assert labels_of(kiwi, "마을 사람들은 레오나르도와 함께 떠났다.").get("레오나르도") == "PERSON"
    # a loanword Kiwi reads as a proper noun, as an object, is no one
    assert "PERSON" not in labels_of(kiwi, "정부는 바이오 클러스터를 만든다.").values()


def test_a_name_before_a_kin_word_or_an_old_title_is_a_person(kiwi):
    assert labels_of(kiwi, "이튿날 해솔 아버지는 장에 나갔다.").get("해솔") == "PERSON"
    got = labels_of(kiwi, "김 서방은 허 별감 댁으로 향했다.")
    assert got.get("김") == "PERSON" and got.get("허") == "PERSON"


@pytest.mark.parametrize(
    ("word", "ok"),
    [("태오", True), ("다온", True), ("레오나르도", True), ("경주", False), ("남산", False), ("동부선", False),
     ("한국", False), ("국", False)],
)
def test_name_shapes(word: str, ok: bool) -> None:
    assert name_like(word) is ok


def test_the_armed_forces_and_religions_are_organisations(kiwi):
    got = labels_of(kiwi, "군은 정치에서 물러나야 하고, 미군의 훈련은 이달 끝난다.")
    assert got.get("군") == "ORG" and got.get("미군") == "ORG"
    # but 시·군 are the counties, which pay their share
    assert "군" not in labels_of(kiwi, "도와 시·군이 지방비를 나눠 내고 시ㆍ군 공무원이 왔다.")
    got = labels_of(kiwi, "천주교와 불교 지도자들이 함께 성명을 냈다.")
    assert got.get("천주교") == "ORG" and got.get("불교") == "ORG"


def test_former_ministries_and_international_acronyms(kiwi):
    got = labels_of(kiwi, "당시 문교부와 체신부는 EC 대표단을 맞았다.")
    assert got.get("문교부") == "ORG" and got.get("체신부") == "ORG" and got.get("EC") == "ORG"


def test_celestial_bodies_halves_of_the_world_and_old_names_are_places(kiwi):
    got = labels_of(kiwi, "지구는 태양 둘레를 돌고, 동양과 서양은 그 하늘을 달리 읽었다.")
    for word in ("지구", "태양", "동양", "서양"):
        assert got.get(word) == "LOCATION", word
    # at the end of a compound they are common nouns: a district, aerospace, a wall
    got = labels_of(kiwi, "시는 첨단3지구와 택지개발지구에 항공우주 기업과 범동양 연구소를 모았다.")
    assert not {"지구", "우주", "동양"} & set(got), got
    got = labels_of(kiwi, "그는 경상도를 떠나 이태리와 구소련을 거쳐 돌아왔다.")
    assert labels_of(kiwi, "오송의 바이오 산업은 커졌다.").get("오송") == "LOCATION"
    for word in ("경상도", "이태리", "구소련"):
        assert got.get(word) == "LOCATION", word


def test_figures_of_history_named_by_one_word(kiwi):
    got = labels_of(kiwi, "갈릴레오는 코페르니쿠스 체계를 옹호했고 칸트도 그 책을 읽었다.")
    for word in ("갈릴레오", "코페르니쿠스", "칸트"):
        assert got.get(word) == "PERSON", word
    # a name that is also an ordinary word counts only where Kiwi reads a proper noun
    assert labels_of(kiwi, "그 회사는 결국 도산 위기를 맞았다.").get("도산") is None


def test_a_given_name_with_the_familiar_suffix_or_the_copula(kiwi):
    assert labels_of(kiwi, "하람이는 웃었다.").get("하람이") == "PERSON"
    assert labels_of(kiwi, "그 아이는 태오였다.").get("태오") == "PERSON"
    assert labels_of(kiwi, "미야자와 수상은 말했다.").get("미야자와") == "PERSON"


def test_a_party_with_its_regional_branch_is_one_organisation(kiwi):
    got = labels_of(kiwi, "국민의힘 경남도당은 9일 성명을 내고 예산 삭감을 비판했다.")
    assert got == {"국민의힘 경남도당": "ORG"}
    got = labels_of(kiwi, "정의당 서울시당과 민주당 미래위원회가 만났다.")
    assert got.get("정의당 서울시당") == "ORG"
    # a party's committee is still written as a body of its own (two names)
    assert got.get("민주당") == "ORG" and got.get("미래위원회") == "ORG"


def test_a_kind_of_committee_is_a_name_only_after_the_body_it_belongs_to(kiwi):
    # 추진위원회, 자문위원회: what a committee does, not its name; a researcher's rank is a title
    got = labels_of(kiwi, "시는 추진위원회와 자문위원회를 두고 한도윤 선임연구원을 위원장으로 뽑았다.")
    assert got == {"한도윤": "PERSON"}
    # after its body it is part of the body's name (TTA: an organisation with its parent)
    assert labels_of(kiwi, "국회 윤리위원회는 징계를 미뤘다.") == {"국회 윤리위원회": "ORG"}
    # the Assembly's steering committee is in the gazetteer, but only with its body or as 운영위
    assert labels_of(kiwi, "축제 운영위원회는 일정을 확정했다.") == {}
    assert labels_of(kiwi, "국회 운영위원회가 열렸다.") == {"국회 운영위원회": "ORG"}
    # a party's committee stays a body of its own, as its named committees do
    got = labels_of(kiwi, "민주당 여성위원회가 성명을 냈다.")
    assert got == {"민주당": "ORG", "여성위원회": "ORG"}


def test_an_office_after_its_ministry_city_or_hospital_is_part_of_it(kiwi):
    assert labels_of(kiwi, "기획재정부 예산실 관계자는 말을 아꼈다.") == {"기획재정부 예산실": "ORG"}
    assert labels_of(kiwi, "광주시 투자유치과는 설명회를 연다.") == {"광주시 투자유치과": "ORG"}
    # "X 관계자": the officials of a body, never a person
    assert labels_of(kiwi, "예산실 관계자는 답했다.") == {"예산실": "ORG"}
    # rooms end like offices: the body stays alone
    assert labels_of(kiwi, "교육부 기자실에서 발표했다.") == {"교육부": "ORG"}


def test_natural_features_are_places_not_people(kiwi):
    got = labels_of(kiwi, "순천만 갯벌과 시화호 일대에 생태공원을 만든다.")
    assert got == {"순천만": "LOCATION", "시화호": "LOCATION"}
    got = labels_of(kiwi, "천수만 연안과 소양호에서 배를 타고 섬진강과 설악산을 둘러봤다.")
    assert [got.get(w) for w in ("천수만", "소양호", "섬진강", "설악산")] == ["LOCATION"] * 4
    # a known place before the final is enough: 충주 → 충주호
    assert labels_of(kiwi, "충주호는 오염이 심했다.").get("충주호") == "LOCATION"
    # given names end in 호 and 만 too: a frequent surname, 씨 after it, or no word of a
    # place keeps the person
    got = labels_of(kiwi, "김영호는 말했고 시정호 씨가 답했다. 탁봉호는 웃었다.")
    assert [got.get(w) for w in ("김영호", "시정호", "탁봉호")] == ["PERSON"] * 3


def test_regions_written_as_one_word_are_one_place(kiwi):
    assert labels_of(kiwi, "대구경북 신공항 건설이 시작됐다.").get("대구경북") == "LOCATION"
    assert labels_of(kiwi, "광주전남 지역 경제가 어렵다.").get("광주전남") == "LOCATION"


def test_the_ruling_party_and_the_opposition_are_two_organisations(kiwi):
    spans = [(s.text, s.label) for s in find_entities("여야 지도자들이 만났고 여·야 대표가 합의했다.", kiwi)]
    assert spans == [("여", "ORG"), ("야", "ORG")] * 2
    # a verb ending, not the parties
    assert find_entities("판을 크게 벌여야 한다.", kiwi) == []
    assert not [s for s in find_entities("창문을 여야 한다.", kiwi) if s.text in ("여", "야")]


def test_parties_in_hanja_and_bodies_by_their_last_word(kiwi):
    got = labels_of(kiwi, "그러나 光明黨은 반대했고 藝協이 나섰다.")
    assert got.get("光明黨") == "ORG" and got.get("藝協") == "ORG"
    got = labels_of(kiwi, "빛고을과학아카데미와 해솔시립교향악단이 공연했다.")
    assert got.get("빛고을과학아카데미") == "ORG" and got.get("해솔시립교향악단") == "ORG"


def test_a_body_named_with_its_side_is_the_body(kiwi):
    got = [(s.text, s.label) for s in find_entities("야당측은 반대했고 검찰측 증인이 나왔다.", kiwi)]
    assert got == [("야당", "ORG"), ("검찰", "ORG")]
    assert find_entities("측근이 말했다.", kiwi) == []


def test_a_name_ending_like_a_district_among_people_in_a_list_is_a_person(kiwi):
    got = labels_of(kiwi, "이날 방송에는 강호동, 이수근, 은지원이 함께 출연했다.")
    assert got.get("강호동") == got.get("이수근") == got.get("은지원") == "PERSON"
    got = labels_of(kiwi, "이수근과 강호동이 진행을 맡았다.")  # joined by 과
    assert got.get("강호동") == got.get("이수근") == "PERSON"
    # districts in a list stay districts
    got = labels_of(kiwi, "역삼동, 삼성동, 대치동 아파트값이 올랐다.")
    assert got.get("역삼동") == got.get("삼성동") == got.get("대치동") == "LOCATION"


def test_names_inside_the_title_of_a_work_are_not_suggested(kiwi):
    from models.engine import analyze
    from models.nlp.work_titles import titles

    def names(text: str) -> list[str]:
        return [s.text for s in analyze(text, kiwi=kiwi).spans
                if s.label in ("PERSON", "ORG", "LOCATION")]

    assert names("그는 드라마 '서울의 아침'에서 주연을 맡았다.") == []
    assert names("그는 ‘부산 가는 길’ OST를 불렀다.") == []
    # the broadcaster outside the title stays; so do names in quoted speech
    assert names("KBS 드라마 ‘서울의 아침’이 끝났다.") == ["KBS"]
    assert "서울" in names("그는 \"서울에서 다시 만나자\"고 말했다.")
    # a compound kind before the title says so too
    assert names("MBC 일일드라마 ‘부산의 봄’이 끝났다.") == ["MBC"]
    # only a pair of matching quotes makes a title
    assert titles("영화 '서울의 아침”이") == []


def test_a_japanese_full_name_glossed_in_hanja_is_one_person_with_its_hanja(kiwi):
    from models.engine import analyze

    def persons(text: str) -> list[str]:
        return [s.text for s in analyze(text, kiwi=kiwi).spans if s.label == "PERSON"]

    # made-up names
    assert persons("야마다 하루코(山田春子·61) 교수는 웃었다.") == ["야마다 하루코", "山田春子"]
    # a Korean word glossed after another word, and a place with its unit, are not names
    assert persons("그는 정통 남도반가(南道班家)의 상을 차렸다.") == []
    assert persons("규슈 와카야마(和歌山) 현에 갔다.") == []


def test_two_words_of_japanese_readings_are_one_foreign_name(kiwi):
    from models.engine import analyze

    def persons(text: str) -> list[str]:
        return [s.text for s in analyze(text, kiwi=kiwi).spans if s.label == "PERSON"]

    # made-up names whose first syllable is also a Korean surname (나, 고)
    assert persons("작가 나쓰키 소노코의 소설이 나왔다.") == ["나쓰키 소노코"]
    assert persons("대표팀의 고쿠라 히로토 감독이 웃었다.") == ["고쿠라 히로토"]
    # two Korean names side by side stay two
    assert persons("이수아 고유미 두 사람이 왔다.") == ["이수아", "고유미"]


def test_a_headlines_subject_and_comma_make_no_list(kiwi):
    # "국토부, X 추진": the comma after a headline's subject is no list, so X takes no label
    # from it; a list goes on past the word (another comma, 등, 및)
    assert labels_of(kiwi, "국토부, 해솔광역급행철도 3개 노선 추진") == {"국토부": "ORG"}
    assert labels_of(kiwi, "삼성, 해솔전자, 빛들화학이 참여했다.")["빛들화학"] == "ORG"


def test_a_branch_of_the_national_assembly_is_one_organisation(kiwi):
    # Kiwi reads 세종의사당 as 세종 + 의 + 사당: the body with its parent is one ORG (TTA)
    assert labels_of(kiwi, "국회 세종의사당은 2031년 문을 연다.") == {"국회 세종의사당": "ORG"}
