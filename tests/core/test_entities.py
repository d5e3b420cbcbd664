"""PERSON / ORG / LOCATION suggestions, the gazetteer and span snapping, on sentences written
for these tests (names of people and bodies are made up unless they are public institutions)."""

from __future__ import annotations

import pytest

from models.domain import Span
from models.nlp.entities import find_entities
from models.nlp.gazetteer import (
    Gazetteer,
    builtin_gazetteer,
    load_builtin,
    parse_tsv,
    surnames,
    titles,
    word_boundaries,
)
from models.nlp.snapping import snap_plain, snap_span


def ents(kiwi, text: str, gazetteer: Gazetteer | None = None) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text, kiwi, gazetteer)]


def labels_of(kiwi, text: str) -> dict[str, str]:
    return dict(ents(kiwi, text))


# -- particles and offsets ----------------------------------------------------------------------


def test_particles_are_not_part_of_names(kiwi):
    text = "김민수 장관은 서울에서 열린 회의에 참석했다."
    found = find_entities(text, kiwi)
    assert ("김민수", "PERSON") in [(s.text, s.label) for s in found]
    seoul = next(s for s in found if s.label == "LOCATION")
    assert (seoul.text, text[seoul.start : seoul.end]) == ("서울", "서울")
    assert all(isinstance(s, Span) and text[s.start : s.end] == s.text for s in found)


def test_a_shortened_locative_or_a_bound_noun_is_not_part_of_a_place(kiwi):
    # 서 is 에서 shortened, though Kiwi reads it as a noun ("west"); 등 and 쪽 are bound nouns
    assert ents(kiwi, "행사는 부산서 열렸고 중국서도 반응이 컸다.") == [("부산", "LOCATION"),
                                                             ("중국", "LOCATION")]
    assert ents(kiwi, "영국등 여러 나라가 비준했고 무게는 미국쪽으로 기울었다.") == [
        ("영국", "LOCATION"), ("미국", "LOCATION")]
    assert ("강서", "LOCATION") in ents(kiwi, "강서 지역에 비가 왔다.")  # a place of its own
    # a word for an area glued to a place: the place alone, even a name that is also a word
    assert ents(kiwi, "서울지역 학교와 경기일대 공장이 문을 닫았다.") == [("서울", "LOCATION"),
                                                              ("경기", "LOCATION")]
    assert ents(kiwi, "공은 페널티지역 안에 떨어졌다.") == []


def test_spans_are_sorted_and_never_overlap(kiwi):
    text = "강원도 춘천시 효자동에서 한국토지주택공사와 빛글연구원이 협약을 맺었다."
    found = find_entities(text, kiwi)
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    got = labels_of(kiwi, text)
    # a chain of places, largest first, is one place (TTA/KLUE)
    assert got["강원도 춘천시 효자동"] == "LOCATION"
    assert got["한국토지주택공사"] == "ORG"
    assert got["빛글연구원"] == "ORG"


def test_tokens_can_be_passed_in(kiwi):
    text = "정다은 교수는 여수와 순천을 방문했다."
    tokens = kiwi.tokenize(text)
    assert find_entities(text, tokens=tokens) == find_entities(text, kiwi)
    with pytest.raises(ValueError):
        find_entities(text)


# -- titles ---------------------------------------------------------------------------------------


def test_title_after_name_marks_a_person(kiwi):
    got = labels_of(kiwi, "이서연 선임연구위원은 보고서를 냈고 황 보좌관은 질문에 답했다.")
    assert got["이서연"] == "PERSON"
    assert got["황"] == "PERSON"  # a short reference: surname + title


def test_title_is_cut_from_an_organisation(kiwi):
    # "…병원장" is the head of the hospital: the person and the hospital are two spans
    got = ents(kiwi, "박지훈 빛고을대병원장은 새 병동 건립 계획을 설명했다.")
    assert ("박지훈", "PERSON") in got
    assert ("빛고을대병원", "ORG") in got
    assert not any(t.endswith("병원장") for t, _ in got)


def test_the_head_of_a_district_office_names_the_office_not_a_cut_place(kiwi):
    # 북구청장 is 북구청 + 장, as 서초구청장 is 서초구청 + 장: never the place 북 (North Korea)
    got = ents(kiwi, "북구청장은 동구청장과 함께 남구청을 찾았다.")
    assert ("북구청", "ORG") in got and ("동구청", "ORG") in got and ("남구청", "ORG") in got
    assert not any(label == "LOCATION" for _, label in got)


def test_place_between_name_and_title_is_not_part_of_the_person(kiwi):
    got = ents(kiwi, "최영수 부산시 정책보좌관은 항만 예산을 요청했다.")
    assert ("최영수", "PERSON") in got
    assert any(t == "부산시" and label in ("LOCATION", "ORG") for t, label in got)
    assert not any(label == "PERSON" and "부산" in t for t, label in got)


def test_a_governor_of_a_special_self_governing_province_keeps_the_provinces_whole_name(kiwi):
    got = ents(kiwi, "함태오 강원특별자치도지사는 예산을 요청했다.")
    assert ("강원특별자치도", "LOCATION") in got, got  # 강원특별자치도 + 지사, not 강원특별자치 + 도지사


def test_an_institute_before_a_title_word_is_the_body_not_a_place_and_a_title(kiwi):
    got = ents(kiwi, "세미나에서 최유나 경남연구원 연구위원은 발표했다.")
    assert ("경남연구원", "ORG") in got and ("경남", "LOCATION") not in got, got
    # alone, 연구원 after a place no list names as an institute is a researcher: 전남 + 연구원
    assert ("전남", "LOCATION") in ents(kiwi, "최유나 전남연구원은 발표했다.")
    # but the regional think tanks are listed: 경남연구원 is the institute even so
    assert ("경남연구원", "ORG") in ents(kiwi, "최유나 경남연구원은 발표했다.")


def test_organisation_between_name_and_title(kiwi):
    got = ents(kiwi, "오태민 남도물류공사 경영본부장은 물류센터 확충을 주장했다.")
    assert ("오태민", "PERSON") in got
    assert ("남도물류공사", "ORG") in got


def test_role_before_name_and_anonymous_people(kiwi):
    got = labels_of(kiwi, "그는 배우 윤하늘과 함께 출연했다. A씨는 경찰에 신고했다.")
    assert got["윤하늘"] == "PERSON"
    assert got["A"] == "PERSON"


def test_an_acronym_before_a_post_is_not_an_anonymous_person(kiwi):
    got = labels_of(kiwi, "임채윤 전남도 AI정책보좌관은 발표했다. B 교수와 K씨(45)도 참석했다.")
    assert "AI" not in got
    assert got["B"] == "PERSON" and got["K"] == "PERSON"


def test_foreign_full_name_before_a_title(kiwi):
    got = ents(kiwi, "조시 하트먼 대변인은 성명을 냈다.")
    assert ("조시 하트먼", "PERSON") in got


# -- organisations ----------------------------------------------------------------------------------


def test_a_common_foreign_given_name_starts_a_full_name(kiwi):
    # The surnames alone are not foreign-looking enough; the given name says it is a person.
    assert ("카림 가르시아", "PERSON") in ents(kiwi, "빛고을 구단은 카림 가르시아와 계약했다.")
    assert ("에디 피어슨", "PERSON") in ents(kiwi, "또 다른 외국인 선수 에디 피어슨은 떠났다.")
    assert ("존 갈랜드", "PERSON") in ents(kiwi, "선발로는 존 갈랜드가 나선다.")
    got = ents(kiwi, "짐 릴랜드 디트로이트 감독은 웃었다.")
    assert ("짐 릴랜드", "PERSON") in got and ("디트로이트 감독", "PERSON") not in got
    # Also where the surname alone was already a person by its title.
    assert ("브라이언 하퍼", "PERSON") in ents(kiwi, "브라이언 하퍼 감독은 말을 아꼈다.")
    # A common Japanese surname starts a full name too, and names a person alone.
    assert ("이토 히로부미", "PERSON") in ents(kiwi, "이토 히로부미가 조약을 밀어붙였다.")
    got = ents(kiwi, "가토 고이치 니혼게이자이 서울 특파원은 썼다.")
    assert ("가토 고이치", "PERSON") in got
    assert ("오자와", "PERSON") in ents(kiwi, "오자와의 측근들이 모였다.")
    # The second word cut in pieces by Kiwi, and a second given name.
    assert ("가토 겐지", "PERSON") in ents(kiwi, "가토 겐지 니혼게이자이 특파원은 썼다.")
    assert ("사라 제인 스미스", "PERSON") in ents(kiwi, "호주에서는 사라 제인 스미스 등이 나선다.")
    # An ordinary word after the given name is no surname.
    assert not any(label == "PERSON" for _, label in ents(kiwi, "짐 가방을 들고 역으로 갔다."))


def test_an_unknown_word_before_a_company_officers_title_is_the_company(kiwi):
    got = ents(kiwi, "오한솔 다누리텍 대표는 새 공장을 짓겠다고 말했다.")
    assert ("다누리텍", "ORG") in got and ("오한솔", "PERSON") in got
    assert ("다온미래", "ORG") in ents(kiwi, "다온미래 사장이 직접 나섰다.")
    # A name-shaped word before a title people hold is still the person.
    assert ("로이스터", "PERSON") in ents(kiwi, "로이스터 회장이 직접 나섰다.")


def test_a_body_written_apart_from_its_head_word_is_one_org(kiwi):
    assert ("스탠퍼드 대학", "ORG") in ents(kiwi, "그는 스탠퍼드 대학 교수다.")
    assert ("서대문 형무소", "ORG") in ents(kiwi, "그는 서대문 형무소에 갇혔다.")
    assert ("빛고을 연구소", "ORG") in ents(kiwi, "빛고을 연구소는 보고서를 냈다.")
    # After a country it is any body of that country.
    assert ("미국", "LOCATION") in ents(kiwi, "그는 미국 대학에서 공부했다.")


def test_a_company_is_no_person_as_the_topic(kiwi):
    # 롯데 is a weak company name (also a word), but Kiwi reads 롯데마트 as one proper noun
    assert ("롯데마트", "ORG") in ents(kiwi, "롯데마트는 배추를 싸게 판다.")
    assert ("도시바", "ORG") in ents(kiwi, "도시바는 반도체 사업을 판다.")


def test_a_name_ending_like_a_body_with_an_age_is_a_person(kiwi):
    # 사 and 고 end bodies' names too (빛글사, 빛고을고); an age after the word says person
    assert ("안드레스 멘도사", "PERSON") in ents(kiwi, "공격수 안드레스 멘도사(27)의 입단을 추진했다.")
    assert ("빛고을고", "ORG") in ents(kiwi, "빛고을고(3승 1패)는 8강에 올랐다.")


def test_organisation_suffixes(kiwi):
    got = labels_of(kiwi, "한빛미래전략위원회는 목포에서 토론회를 열었고 빛글소프트 대표가 발표했다.")
    assert got["한빛미래전략위원회"] == "ORG"
    assert got["목포"] == "LOCATION"
    assert got["빛글소프트"] == "ORG"
    # 사무소 after common nouns is a kind of office (선거사무소, 현장사무소), not a body's name
    assert ents(kiwi, "최은하 후보는 순천 선거사무소에서 회견을 열었다.") == [
        ("최은하", "PERSON"), ("순천", "LOCATION")]


def test_parties_and_ministries_from_the_gazetteer(kiwi):
    got = labels_of(kiwi, "국민의힘과 더불어민주당은 기획재정부의 예산안을 놓고 맞섰다.")
    assert got["국민의힘"] == "ORG"
    assert got["더불어민주당"] == "ORG"
    assert got["기획재정부"] == "ORG"


def test_chains_of_places_and_bodies_with_their_country(kiwi):
    assert ("중국 베이징", "LOCATION") in ents(kiwi, "그는 중국 베이징에서 태어났다.")
    assert ("서울 서초구 서초동", "LOCATION") in ents(kiwi, "사무실은 서울 서초구 서초동에 있다.")
    assert ("미국 국무부", "ORG") in ents(kiwi, "미국 국무부는 성명을 냈다.")
    assert ents(kiwi, "김모(45) 씨가 붙잡혔다.") == [("김", "PERSON")]  # 김모: the person is 김
    assert ("일본군", "ORG") in ents(kiwi, "일본군은 물러났다.")  # a country's army, not a county


def test_a_withheld_name_is_its_surname_even_where_it_reads_as_a_word(kiwi):
    """정모 (a meet-up), 고모 (an aunt), 공모 (a plot): before a title or 씨 they are 정, 고, 공
    with the given name withheld; 남궁모 is 남궁. Without a title they stay words."""
    assert ents(kiwi, "정모 교수는 답하지 않았다.") == [("정", "PERSON")]
    assert ents(kiwi, "고모 씨가 처음 신고했다.") == [("고", "PERSON")]
    assert ("공", "PERSON") in ents(kiwi, "알선을 맡은 공모 씨(43)를 불구속했다.")
    assert ents(kiwi, "남궁모 씨가 증언했다.") == [("남궁", "PERSON")]
    assert ents(kiwi, "이모와 고모가 함께 왔다.") == []
    assert ents(kiwi, "사건의 전모가 드러났다.") == []


def test_a_country_is_a_place_whether_it_acts_or_not(kiwi):
    # TTA/KLUE: a country is LC whatever it does (KMOU's "state acting = ORG" is not followed)
    found = find_entities("중국은 새 관세를 발표했고, 기업들은 중국에서 철수하고 있다.", kiwi)
    assert [(s.text, s.label) for s in found] == [("중국", "LOCATION"), ("중국", "LOCATION")]


def test_an_age_or_life_years_in_parentheses_make_a_person_but_an_amount_does_not(kiwi):
    got = ents(kiwi, "철학자 칼 하르텐(1902~1994)과 조은결(45)이 왔고, 해솔마트(1700억 원)와 "
                     "빛들당(13.5%)이 뒤를 이었다.")
    assert ("칼 하르텐", "PERSON") in got and ("조은결", "PERSON") in got, got
    assert ents(kiwi, "한누리(60대)는 숨졌다.") == [("한누리", "PERSON")]  # an age band
    assert not {"해솔마트", "빛들당"} & {t for t, label in got if label == "PERSON"}, got
    # a chef is a title after the name, not a person
    assert ents(kiwi, "강도윤 셰프(39)가 말했다.") == [("강도윤", "PERSON")]
    # a player's points (a team's record is not: 해솔건설(10승 5패))
    got = ents(kiwi, "해솔건설은 엘리사 토마스(20점)의 활약으로 이겼다.")
    assert ("엘리사 토마스", "PERSON") in got, got
    got = ents(kiwi, "해솔생명 옐레나(25점)와 한누리(18점)가 공격을 이끌었다.")
    assert ("옐레나", "PERSON") in got, got  # one word, not foreign-looking: the points say it
    # days in parentheses are no age; an age after a title is the titled person's
    got = ents(kiwi, "장관은 빛고을에서 열린 세계 물포럼(12∼17일)에 참석했다.")
    assert not [t for t, label in got if label == "PERSON"], got
    got = ents(kiwi, "오케스트라는 해솔의 집 자활센터장(41)과 공연했다.")
    assert ("자활", "PERSON") not in got, got


def test_a_local_government_acts_as_the_subject_also_first_of_two(kiwi):
    got = ents(kiwi, "부산시와 경남도는 공동 협약을 맺었고, 시민들은 부산시와 경남도에 살고 있다.")
    assert got == [("부산시", "ORG"), ("경남도", "ORG"), ("부산시", "LOCATION"),
                   ("경남도", "LOCATION")]
    # also with a body of another kind as the second
    assert ents(kiwi, "전남도와 새만금개발청은 공동 협약을 맺었다.") == [
        ("전남도", "ORG"), ("새만금개발청", "ORG")]


def test_ordinary_words_are_not_names(kiwi):
    # 예산 is also a county (예산군) and 경기 a province: only where Kiwi sees a proper noun
    got = ents(kiwi, "정부는 내년 예산을 늘려 경기를 살리겠다고 밝혔다.")
    assert got == [("정부", "ORG")]  # the body acting is an ORG (TTA/KLUE); 예산, 경기 are not
    # A word Kiwi reads whole is no surname glued to a title: 연기자 is an actor, 여기자 a
    # woman reporter; 김대통령 is still 김 and a title
    assert ents(kiwi, "그는 연기자 소속사의 연습생이었다.") == []
    assert ("김", "PERSON") in ents(kiwi, "김대통령은 어제 말했다.")
    # 한 after a genitive is "one of"; 여 before a title is "woman"
    assert ents(kiwi, "일본의 한 의원은 그를 보았다고 말했다.") == [("일본", "LOCATION")]
    assert ents(kiwi, "경력이 많은 여교수가 적다.") == []
    assert ("한", "PERSON") in ents(kiwi, "한 전 총리는 말했다.")
    # 상대로 ("against") is no road (-로)
    assert ents(kiwi, "강팀 상대로 전력을 점검했다.") == []
    # An apparatus is not a body, though 기구 also ends the names of bodies (세계보건기구)
    assert ents(kiwi, "놀이기구를 타려고 줄을 섰다.") == []
    # 오만 is a country and arrogance; 사오만 원 is "forty or fifty thousand won"
    assert ents(kiwi, "그것은 오만이자 도전이다.") == []
    assert not any(t == "오만" for t, _ in ents(kiwi, "월급은 사오만 원이라고 했다."))
    assert ("오만", "LOCATION") in ents(kiwi, "오만과 예멘이 국경을 맞대고 있다.")
    # a venue before a particle is no person
    assert ents(kiwi, "해솔군 일대에 들어설 국제테마파크는 사업비가 2조원에 이른다.") == []


def test_project_terms_added_to_a_copy(kiwi):
    text = "누리봄은 새 서비스를 내놨다."
    assert ("누리봄", "ORG") not in ents(kiwi, text)
    gaz = builtin_gazetteer().copy()
    gaz.add("누리봄", "ORG")
    assert ("누리봄", "ORG") in ents(kiwi, text, gaz)
    with pytest.raises(TypeError):
        builtin_gazetteer().add("누리봄", "ORG")


# -- gazetteer ------------------------------------------------------------------------------------


def test_builtin_lists_are_complete_enough():
    g = builtin_gazetteer()
    regions = [e for e in g if e.source == "builtin:kr_regions" and e.term == e.canonical]
    assert len(regions) >= 17 + 226
    for term in ("서울", "전남", "광주", "화순", "화순군", "기획재정부", "국민의힘", "민주당", "미국"):
        assert term in g, term
    assert g.lookup("민주당").canonical == "더불어민주당"
    assert g.lookup("예산").weak  # the county's short name is an ordinary word too
    assert "김" in surnames() and "보좌관" in titles()


def test_find_is_longest_match_at_boundaries():
    g = Gazetteer()
    g.add("광주", "LOCATION")
    g.add("광주도시공사", "ORG")
    g.add("예산", "LOCATION", weak=True)
    text = "광주도시공사와 광주시, 예산군"
    found = [(text[m.start : m.end], m.entry.label) for m in g.find(text)]
    assert found == [("광주도시공사", "ORG"), ("광주", "LOCATION")]
    found = g.find(text, weak_ok=lambda s, e: True)
    assert [text[m.start : m.end] for m in found][-1] == "예산"
    starts, ends = word_boundaries("가나 다라")
    assert starts == {0, 3} and ends == {1, 2, 4, 5}


def test_project_terms_override_builtin_labels():
    g = load_builtin()
    g.add("광주", "ORG")
    assert g.label_of("광주") == "ORG"
    g.discard("광주")
    assert "광주" not in g


def test_parse_tsv_skips_bad_lines():
    lines = ["# comment", "ORG\t빛글공사\t빛글|~빛", "NOPE\t무시", "", "LOCATION"]
    entries = list(parse_tsv(lines, "test"))
    assert [(e.term, e.label, e.weak, e.canonical) for e in entries] == [
        ("빛글공사", "ORG", False, "빛글공사"),
        ("빛글", "ORG", False, "빛글공사"),
        ("빛", "ORG", True, "빛글공사"),
    ]
    # a name with an ampersand is also found with the full-width one of news copy, a list's
    # name and a project's term alike
    g = builtin_gazetteer().copy()
    g.add("빛&글", "ORG")
    text = "KT＆G와 빛＆글이 손잡았다."
    assert [(text[m.start:m.end], m.entry.label) for m in g.find(text)] == [
        ("KT＆G", "ORG"), ("빛＆글", "ORG")]


def test_kiwi_words_are_compound_hangul_names():
    words = dict(builtin_gazetteer().kiwi_words())
    assert words["한국토지주택공사"] == "ORG"
    assert "KDI" not in words and "경기" not in words


# -- snapping -------------------------------------------------------------------------------------


def test_snap_span_with_tokens(kiwi):
    text = "우리는 서울에서 만났다."
    tokens = kiwi.tokenize(text)
    start = text.index("서울")
    assert snap_span(text, start, start + 4, tokens) == (start, start + 2)  # 서울에서 → 서울
    assert snap_span(text, start + 1, start + 3, tokens) == (start, start + 2)  # 울에 → 서울
    assert snap_span(text, start - 1, start + 2, tokens) == (start, start + 2)  # " 서울"


def test_snap_span_drops_quotes(kiwi):
    text = "그는 ‘빛고을대교’에서 말했다."
    tokens = kiwi.tokenize(text)
    s = text.index("‘")
    e = text.index("에서") + 2
    assert text[slice(*snap_span(text, s, e, tokens))] == "빛고을대교"


def test_snap_span_keeps_balanced_brackets(kiwi):
    text = "그는 AI(인공지능) 산업을 말했다."
    tokens = kiwi.tokenize(text)
    s = text.index("AI")
    e = text.index(")") + 1
    assert snap_span(text, s, e, tokens) == (s, e)
    assert snap_span(text, s - 1, e + 3, tokens) == (s, e + 3)  # "AI(인공지능) 산업" (을 dropped)


@pytest.mark.parametrize(
    ("selected", "snapped"),
    [
        ("‘빛고을대교’에서", "빛고을대교"),
        ("서울에서", "서울"),
        ("김은", "김은"),  # too short to strip a particle
        ("AI(인공지능)을", "AI(인공지능)"),
        ("(주)빛글은", "(주)빛글"),
        (" “광주” ", "광주"),
    ],
)
def test_snap_plain_without_kiwi(selected, snapped):
    s, e = snap_plain(selected, 0, len(selected))
    assert selected[s:e] == snapped


def test_names_with_spaces_or_symbols(kiwi):
    got = ents(kiwi, "미 국방부는 KT&G와 도널드 트럼프 대통령을 비판했다.")
    assert got == [("미 국방부", "ORG"), ("KT&G", "ORG"), ("도널드 트럼프", "PERSON")]
    gaz = builtin_gazetteer().copy()
    gaz.add("서울 빛글경찰서", "ORG")  # an accepted project term with a space
    got = ents(kiwi, "서울 빛글경찰서는 수사에 나섰다.", gaz)
    assert got == [("서울 빛글경찰서", "ORG")]


@pytest.mark.kmou
def test_kmou_sample_quality(kiwi, kmou_dir):
    """A floor on the public KMOU corpus (read in place; nothing is learnt from it)."""
    from models.domain import ENTITY_LABELS
    from models.evaluate import evaluate
    from models.importers.kmou import iter_kmou_corpus

    docs = []
    for doc in iter_kmou_corpus(kmou_dir):
        docs.append(doc)
        if len(docs) == 600:
            break
    pairs = [
        ([s for s in d.spans if s.label in ENTITY_LABELS], find_entities(d.text, kiwi))
        for d in docs
    ]
    report = evaluate(pairs, list(ENTITY_LABELS))
    assert report.micro_exact.f1 >= 0.6, report.to_table()
    person = report.label("PERSON")
    assert person is not None and person.exact.f1 >= 0.7, report.to_table()


def test_country_before_time_zone_is_a_place(kiwi):
    found = labels_of(kiwi, "결승전은 한국시간으로 내일 새벽 세 시에 열린다.")
    assert found.get("한국") == "LOCATION"


def test_country_of_origin_is_a_place(kiwi):
    found = labels_of(kiwi, "브라질 출신의 공격수가 이적했다.")
    assert found.get("브라질") == "LOCATION"


def test_bodies_named_by_a_common_noun_are_orgs_as_whole_words(kiwi):
    # TTA/KLUE tag 검찰, 경찰, 정부 … OG where they act; inside a compound they are not names
    found = labels_of(kiwi, "검찰은 어제 관련자 세 명을 불러 조사했다.")
    assert found.get("검찰") == "ORG"
    assert "경찰" not in labels_of(kiwi, "경찰관 두 명이 다쳤다.")


def test_regions_and_companies_from_public_lists(kiwi):
    found = labels_of(kiwi, "수도권과 호남의 주택 가격이 올랐고 아모레퍼시픽은 신제품을 냈다.")
    assert found.get("수도권") == "LOCATION"
    assert found.get("호남") == "LOCATION"
    assert found.get("아모레퍼시픽") == "ORG"


# -- candidates, glued titles, hanja surnames ---------------------------------------------------


def test_lone_surname_before_candidate_and_new_titles(kiwi):
    got = ents(kiwi, "토론회에서 안 후보는 공약을 설명했고 조 후보자는 답변을 미뤘다.")
    assert ("안", "PERSON") in got and ("조", "PERSON") in got
    assert ("황", "PERSON") in ents(kiwi, "황 권한대행은 오늘 담화를 발표했다.")
    assert ("이", "PERSON") in ents(kiwi, "이 총재는 회의 직후 기자들을 만났다.")


def test_surname_glued_to_a_title(kiwi):
    assert ("김", "PERSON") in ents(kiwi, "비서실장은 매일 김대통령에게 보고했다.")
    assert ("송", "PERSON") in ents(kiwi, "송군은 올해 대회에서 우승했다.")
    # police and army ranks glued in stories, where Kiwi cuts them off
    assert ("윤", "PERSON") in ents(kiwi, "윤경사가 보고서를 올렸다.")
    assert ents(kiwi, "회사는 민형사상 책임을 묻겠다고 했다.") == []
    # "former president" and a general are not people named 전 or 장
    assert ents(kiwi, "장군은 부대를 시찰했다.") == []
    assert not any(t == "전" for t, _ in ents(kiwi, "노 전대통령측은 입장을 냈다."))


def test_former_late_and_current_are_surnames_only_before_ssi(kiwi):
    # 전, 고, 현 before a title mean former, late, current; before 씨 they are surnames
    assert ("전", "PERSON") in ents(kiwi, "경찰은 전 씨를 불러 조사했다.")
    assert ("고", "PERSON") in ents(kiwi, "고씨는 혐의를 부인했다.")
    assert ("현", "PERSON") in ents(kiwi, "현 씨와 남편은 가게를 함께 운영했다.")
    assert not any(t in ("전", "고") for t, _ in ents(kiwi, "전 장관은 고 노무현 대통령을 기렸다."))


def test_a_known_persons_name_inside_a_longer_name_is_another_person(kiwi):
    # 김구 is in the list of historical people; 김구라 is someone else, not "김구 + 라"
    assert ("김구라", "PERSON") in ents(kiwi, "방송인 김구라는 녹화에서 농담을 던졌다.")
    # but a person's name before a body's ending is the body's: the Jesuits
    assert ("예수회", "ORG") in ents(kiwi, "예수회 신부들이 세운 대학이다.")


def test_a_name_kiwi_shatters_into_syllables_is_still_a_name(kiwi):
    # Kiwi reads 도은영 as three common nouns 도/은/영: a word it knew it would not cut so
    assert ("도은영", "PERSON") in ents(kiwi, "가수 도은영은 새 앨범을 냈다.")
    # but not the places, committees and numbers it shatters the same way
    assert not any(lab == "PERSON" for _, lab in ents(kiwi, "주민들은 원학동 마을회관에 모였다."))
    assert not any(lab == "PERSON" for _, lab in ents(kiwi, "사십칠 명이 참석했다."))


def test_a_foreign_player_as_the_subject_is_a_person_but_a_foreign_university_is_not(kiwi):
    assert ("앤더슨", "PERSON") in ents(kiwi, "앤더슨이 3점슛을 넣었다.")
    assert not any(t == "애스톤대" and lab == "PERSON"
                   for t, lab in ents(kiwi, "또 애스톤대의 네일 앤더슨 박사는 말했다."))
    assert ("글로컬캠퍼스", "ORG") in ents(kiwi, "건국대 글로컬캠퍼스 입학처장은 말했다.")


def test_a_country_before_made_in_inside_side_or_edition_is_the_place(kiwi):
    assert ("미국", "LOCATION") in ents(kiwi, "마트는 미국산 쇠고기를 다시 팔았다.")
    assert ("중국", "LOCATION") in ents(kiwi, "중국내 판매가 크게 늘었다.")
    assert ents(kiwi, "한국인 관광객이 늘었다.") == []  # a people, not the place


def test_facebook_where_words_were_posted_is_not_the_company(kiwi):
    assert ents(kiwi, "그는 페이스북에 사과문을 올렸다.") == []
    assert ("페이스북", "ORG") in ents(kiwi, "페이스북은 새 정책을 발표했다.")


def test_a_university_named_by_its_city_is_a_body(kiwi):
    # Kiwi cuts 오사카대 into the city and 대: the university, not the city
    assert ("오사카대", "ORG") in ents(kiwi, "오사카대 연구팀이 결과를 발표했다.")
    assert ("캔자스대", "ORG") in ents(kiwi, "캔자스대는 결승에서 이겼다.")
    assert ("주한미군", "ORG") in ents(kiwi, "주한미군은 훈련을 마쳤다.")


def test_xi_hu_and_north_koreas_ri_stand_alone_before_their_titles(kiwi):
    assert ("시", "PERSON") in ents(kiwi, "시 주석은 정상회담에서 협력을 강조했다.")
    assert ("리", "PERSON") in ents(kiwi, "리 외무상은 총회에서 연설했다.")
    assert ents(kiwi, "시 관계자는 예산이 부족하다고 밝혔다.") == []


def test_hanja_surname_with_title(kiwi):
    assert ("朴", "PERSON") in ents(kiwi, "朴 대통령은 연설에서 개혁을 강조했다.")


# -- countries abbreviated to one syllable ------------------------------------------------------


def test_joined_country_syllables_are_each_a_place(kiwi):
    # TTA/KLUE tag each country of "한·미" (LC), not the pair
    assert ents(kiwi, "한·미 정상은 동맹 강화에 합의했다.") == [("한", "LOCATION"), ("미", "LOCATION")]
    assert [t for t, lab in ents(kiwi, "한·중·일 3국 정상회의가 열린다.")
            if lab == "LOCATION"] == ["한", "중", "일"]
    assert ("북", "LOCATION") in ents(kiwi, "북·중 국경에서 교역이 늘었다.")
    # not countries: school levels, days of the week
    assert ents(kiwi, "중·고교 교사들이 모였다.") == []
    assert ents(kiwi, "일·월·화 사흘 동안 쉰다.") == []


def test_two_states_written_as_one_word(kiwi):
    # each state is a place of its own (TTA/KLUE), as in "한·미"
    assert ents(kiwi, "남북 관계가 다시 얼어붙었다.") == [("남", "LOCATION"), ("북", "LOCATION")]
    assert ents(kiwi, "한일 양국은 협의를 이어가기로 했다.")[:2] == [("한", "LOCATION"),
                                                                ("일", "LOCATION")]
    assert ("옐친", "PERSON") in ents(kiwi, "옐친 대통령은 회견을 열었다.")  # a title only people hold
    assert ents(kiwi, "북미 지역 판매가 늘었다.") == [("북미", "LOCATION")]  # North America
    # before a word of dealings between states, 북미 is North Korea and the United States
    assert ents(kiwi, "북미 정상회담이 열렸다.") == [("북", "LOCATION"), ("미", "LOCATION")]
    assert ents(kiwi, "미중 무역 갈등이 길어졌다.")[:2] == [("미", "LOCATION"), ("중", "LOCATION")]
    assert ents(kiwi, "한미간 협의가 이어졌다.") == [("한", "LOCATION"), ("미", "LOCATION")]


# -- built-in lists: clubs, groups, stage names, leaders ----------------------------------------


def test_sports_clubs_with_city_and_sponsor_forms(kiwi):
    got = labels_of(kiwi, "원주 DB는 서울 SK를 꺾었고 LA 다저스는 샌디에이고 파드리스에 졌다.")
    assert got.get("원주 DB") == "ORG" and got.get("서울 SK") == "ORG"
    assert got.get("LA 다저스") == "ORG" and got.get("샌디에이고 파드리스") == "ORG"
    # a bare city stays a place
    assert labels_of(kiwi, "그는 보스턴에서 태어났다.").get("보스턴") == "LOCATION"


def test_music_groups_and_stage_names(kiwi):
    got = labels_of(kiwi, "방탄소년단과 블랙핑크가 무대에 올랐고 아이유는 신곡을 냈다.")
    assert got.get("방탄소년단") == "ORG" and got.get("블랙핑크") == "ORG"
    assert got.get("아이유") == "PERSON"
    # a stage name that is an ordinary word is weak: the sun is not a singer (it is a place,
    # a celestial body, by TTA)
    assert labels_of(kiwi, "오늘은 태양이 뜨겁게 빛났다.").get("태양") != "PERSON"


def test_leaders_and_public_figures(kiwi):
    got = labels_of(kiwi, "올랑드 대통령과 메르켈 총리는 두테르테 대통령의 발언을 비판했다.")
    assert got.get("올랑드") == "PERSON" and got.get("메르켈") == "PERSON"
    assert got.get("두테르테") == "PERSON"
    assert "펜스" not in labels_of(kiwi, "마당에 펜스를 새로 세웠다.")


def test_new_lists_parse_and_have_no_conflicting_labels():
    from importlib import resources

    folder = resources.files("resources").joinpath("gazetteers")
    for name in ("sports.tsv", "entertainment.tsv", "people.tsv"):
        entries = list(parse_tsv(folder.joinpath(name).read_text(encoding="utf-8").splitlines(),
                                 name))
        assert len(entries) >= 150
    g = builtin_gazetteer()
    assert g.label_of("레이커스") == "ORG" and g.label_of("소녀시대") == "ORG"
    assert g.label_of("메이저리그") is None  # a league as a competition is not a body


def test_a_group_named_like_an_ordinary_word_needs_a_proper_noun(kiwi):
    # "~아이콘" in the list: the canonical name itself is weak, like an alias
    for sentence, word in (("이 제품은 혁신의 아이콘으로 자리 잡았다.", "아이콘"),
                           ("경기의 하이라이트 장면이 방송됐다.", "하이라이트"),
                           ("국제 전람회가 열렸다.", "전람회")):
        assert word not in labels_of(kiwi, sentence)
    entry = parse_tsv(["ORG\t~아이콘\tiKON"], "t")
    first = next(entry)
    assert (first.term, first.weak) == ("아이콘", True)


# -- neighbours that make one organisation, clubs named by their city --------------------------


def test_sub_unit_after_its_body_is_one_org(kiwi):
    assert ("국회 정무위원회", "ORG") in ents(kiwi, "이번 법안은 국회 정무위원회를 통과했다.")
    assert ("연세대 세브란스병원", "ORG") in ents(kiwi, "연세대 세브란스병원 의료진이 수술을 맡았다.")
    assert ("미국 노동부", "ORG") in ents(kiwi, "미국 노동부는 지난달 고용 지표를 내놨다.")
    assert ("KB금융그룹 국민은행", "ORG") in ents(kiwi, "KB금융그룹 국민은행이 새 적금을 출시했다.")


def test_department_after_its_body_is_one_org(kiwi):
    assert ("고려대 경제학과", "ORG") in ents(kiwi, "김영호 고려대 경제학과 교수는 이렇게 말했다.")
    assert ("서울중앙지검 형사3부", "ORG") in ents(kiwi, "서울중앙지검 형사3부는 어제 수사에 착수했다.")
    assert ("한국 축구대표팀", "ORG") in ents(kiwi, "한국 축구대표팀이 평가전에서 이겼다.")
    # a college of a university, also where its suffix alone made it an ORG
    got = ents(kiwi, "문수진 빛고을대 약학대학 교수와 한빛대학교 사범대학 학생들이 왔다.")
    assert ("빛고을대 약학대학", "ORG") in got and ("한빛대학교 사범대학", "ORG") in got, got


def test_peers_side_by_side_stay_apart(kiwi):
    got = ents(kiwi, "한화 신세계 두산 등이 입찰에 참여했다.")
    assert ("한화", "ORG") in got and ("신세계", "ORG") in got and ("두산", "ORG") in got
    got = ents(kiwi, "스페인 이탈리아 프랑스가 유치를 놓고 경쟁한다.")
    assert [t for t, _ in got] == ["스페인", "이탈리아", "프랑스"]
    # a kind of group is not a business group; a title glued to the second is a person's post
    assert all(" " not in t for t, _ in ents(kiwi, "아이돌그룹 빛나리 멤버가 출연했다."))
    assert ("중국 외교부", "ORG") not in ents(kiwi, "중국 외교부장은 회견을 열었다.")


def test_city_standing_for_its_club_in_a_game(kiwi):
    got = labels_of(kiwi, "보스턴은 어젯밤 홈경기에서 뉴욕을 98-91로 꺾고 3연승을 달렸다.")
    assert got["보스턴"] == "ORG" and got["뉴욕"] == "ORG"
    got = labels_of(kiwi, "울산이 성남을 2-1로 이겼다.")
    assert got["울산"] == "ORG" and got["성남"] == "ORG"
    assert labels_of(kiwi, "울산 김민철 감독은 시즌 첫 승리 뒤 웃었다.")["울산"] == "ORG"
    # a league named beside the city says game too
    assert labels_of(kiwi, "리버풀은 EPL 구단들 가운데 가장 먼저 그를 원했다.")["리버풀"] == "ORG"
    got = labels_of(kiwi, "[NBA 뉴스] 샌안토니오는 피닉스와의 경기서 첫 패를 당했다.")
    assert got["샌안토니오"] == "ORG"


def test_a_word_said_only_of_games_makes_a_club_of_a_city_in_its_place(kiwi):
    # one word of a game that is said of nothing else is enough where a club stands
    assert labels_of(kiwi, "박한솔(27·피츠버그)은 9회 대타로 나와 타석에 섰다.")["피츠버그"] == "ORG"
    assert labels_of(kiwi, "피츠버그 박한솔이 출루한 뒤 타구가 우중간으로 갔다.")["피츠버그"] == "ORG"
    assert labels_of(kiwi, "피츠버그는 관광객이 많은 도시다.")["피츠버그"] == "LOCATION"


def test_a_record_or_a_rank_in_the_table_says_game(kiwi):
    assert labels_of(kiwi, "성남은 2무5패로 이번에도 최하위에 머물렀다.")["성남"] == "ORG"
    assert labels_of(kiwi, "2위 수원은 홈에서 최하위 대전과 만난다.")["수원"] == "ORG"
    assert labels_of(kiwi, "71-73, 보스턴은 2점차로 추격한 채 3쿼터를 끝냈다.")["보스턴"] == "ORG"
    assert labels_of(kiwi, "텍사스는 올 시즌 31차례 등판해 방어율 2.95를 기록했다.")["텍사스"] == "ORG"
    # a committee's number is no rank
    assert labels_of(kiwi, "부산은 제1위원회 회의에서 예산을 요청했다.")["부산"] == "LOCATION"


def test_city_without_a_game_stays_a_place(kiwi):
    assert labels_of(kiwi, "보스턴은 미국 동부의 오래된 도시로 관광객이 많다.")["보스턴"] == "LOCATION"
    assert labels_of(kiwi, "울산은 조선업의 중심 도시다.")["울산"] == "LOCATION"
    # a game word alone is not enough, and a place where a game is held stays a place
    assert labels_of(kiwi, "울산은 이번 시즌 관광객이 늘었다.")["울산"] == "LOCATION"
    assert labels_of(kiwi, "보스턴에서 열린 경기에서 2-1로 이겼다.")["보스턴"] == "LOCATION"
    # words also said of markets, rankings and elections do not make a game (금융감독원 holds 감독)
    for sentence, city in (("금융감독원은 서울이 가계대출 증가율 1위를 기록했다고 밝혔다.", "서울"),
                           ("부산은 관광객 수에서 전국 선두를 달렸고 시즌 특수를 누렸다.", "부산"),
                           ("광주는 예산 확보 경쟁에서 승리했다고 감독 기관이 평가했다.", "광주")):
        assert labels_of(kiwi, sentence)[city] == "LOCATION"


def test_country_before_a_word_for_its_land_is_a_place(kiwi):
    assert labels_of(kiwi, "중국 본토 관광객이 늘었다.")["중국"] == "LOCATION"
    assert labels_of(kiwi, "일본 영화 세 편이 개봉했다.")["일본"] == "LOCATION"
    # but a body with its country is one organisation (TTA/KLUE), named by a common noun too
    assert labels_of(kiwi, "미국 정부는 성명을 냈다.") == {"미국 정부": "ORG"}
    assert labels_of(kiwi, "미국 연방 하원이 법안을 통과시켰다.") == {"미국 연방 하원": "ORG"}
    assert labels_of(kiwi, "서울중앙지검 조사부는 그를 기소했다.") == {"서울중앙지검 조사부": "ORG"}
    # a country's land or clock is still the place
    assert labels_of(kiwi, "미국 출신 선수가 뛰었다.")["미국"] == "LOCATION"


def test_party_and_its_committee_stay_two_names(kiwi):
    got = ents(kiwi, "빛글당 미래전략위원회는 어제 첫 회의를 열었다.")
    assert ("빛글당 미래전략위원회", "ORG") not in got
    assert ("미래전략위원회", "ORG") in got


def test_budget_and_railway_words_are_not_people(kiwi):
    # surname-looking syllables at the start of common compounds (지 + 방비, 동 + 부선)
    got = labels_of(kiwi, "사업비는 국비와 지방비를 6대 4로 나눈다. 새 노선은 경부선과 동부선을 잇고, "
                          "동부권과 서부권이 역 위치를 두고 다툰다.")
    for word in ("지방비", "국비", "경부선", "동부선", "동부권", "서부권"):
        assert got.get(word) != "PERSON", word


def test_a_name_before_a_company_word_is_a_company(kiwi):
    got = labels_of(kiwi, "시는 해솔브리지 로지스틱스와 투자협약을 맺었다.")
    assert got.get("해솔브리지 로지스틱스") == "ORG"


def test_a_name_s_hanja_or_acronym_in_brackets_is_the_same_name(kiwi):
    got = labels_of(kiwi, "농구 선수 야오밍(姚明)과 권두환(權斗煥) 교수, 빛고을과학연구원(BGSI)이 "
                          "참석했다. 김민수(45)씨와 한빛전자(대표 오세린)도 왔다.")
    assert got["姚明"] == "PERSON" and got["權斗煥"] == "PERSON"
    assert got["BGSI"] == "ORG"
    assert "45" not in got and "대표 오세린" not in got


def test_a_lone_surname_and_title_after_another_name(kiwi):
    # "빛고을병원 박 원장": the word before being a name does not stop the short reference
    got = ents(kiwi, "빛고을병원 박 원장은 이날 회의를 열었다.")
    assert ("박", "PERSON") in got


def test_an_unknown_word_before_a_coach_is_a_person_but_not_before_a_company_head(kiwi):
    got = labels_of(kiwi, "웽가오 감독은 8일 기자회견을 열었다. 한솔다온수산 대표는 말을 아꼈다.")
    assert got.get("웽가오") == "PERSON"
    assert got.get("한솔다온수산") != "PERSON"


def test_common_nouns_kiwi_tags_as_proper_are_no_one(kiwi):
    text = "한정판 피규어가 팔렸고, 경주마 이름으로 기부했으며, 국내파와 해외파가 일전을 벌였다."
    assert [t for t, label in ents(kiwi, text) if label == "PERSON"] == []


def test_a_name_that_ends_like_a_place_is_the_person_after_a_role(kiwi):
    # made-up names: 동 ends districts too
    assert ents(kiwi, "방송인 표재동이 사회를 맡았다.") == [("표재동", "PERSON")]
    assert ents(kiwi, "개그맨 탁민동은 크게 웃었다.") == [("탁민동", "PERSON")]
    # without the role it stays the district it looks like
    assert ents(kiwi, "행사는 표재동에서 열렸다.") == [("표재동", "LOCATION")]


def test_a_name_that_ends_like_a_place_is_a_person_beside_persons_in_a_list(kiwi):
    # made-up names; the list mark, 와/과 and 및 all join a list (chunks.list_peers)
    for text in ("방송에는 표재동, 김한결이 출연했다.", "방송에는 표재동과 김한결이 출연했다.",
                 "방송에는 표재동 및 김한결이 출연했다."):
        assert ("표재동", "PERSON") in ents(kiwi, text)
