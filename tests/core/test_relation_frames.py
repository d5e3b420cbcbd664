"""Relation rules for the frames news copy wraps names in (models.nlp.relation_spans and the
parts of models.nlp.relations they feed): a body named only inside a title, a name the entity
rules missed before a body and a title, a body's short name. Sentences written for these tests."""

from __future__ import annotations

from relation_rows import rows

from models.domain import SAME_AS
from models.engine import analyze


def test_the_body_inside_a_title_is_the_proposers_body_and_region(kiwi):
    text = ("선우진 대구시장은 이날 시청에서 도시 숲 확충 사업에 300억원을 쓰겠다고 밝혔다. "
            "한편 도채연 경기지사는 도민 돌봄 센터 건립에 450억원을 배정했다.")
    got = rows(analyze(text, kiwi=kiwi))
    assert (got["300억원"]["proposer"], got["300억원"]["body"], got["300억원"]["post"],
            got["300억원"]["region"]) == ("선우진", "대구", "시장", "대구")
    assert (got["450억원"]["proposer"], got["450억원"]["body"], got["450억원"]["region"]) == (
        "도채연", "경기", "경기")


def test_a_superintendent_stands_for_the_place_before_the_title(kiwi):
    text = "표서윤 경남교육감은 학교 급식 센터 신축 사업에 120억원을 편성했다."
    got = rows(analyze(text, kiwi=kiwi))["120억원"]
    assert (got["proposer"], got["body"], got["post"]) == ("표서윤", "경남", "교육감")


def test_a_missed_name_before_a_body_and_a_title_is_a_person(kiwi):
    text = "양하솔 충북도 바이오산업국장은 \"제천 한방 바이오 밸리 조성에 900억원이 든다\"고 말했다."
    a = analyze(text, kiwi=kiwi)
    assert any(s.text == "양하솔" and s.label == "PERSON" for s in a.spans)
    got = rows(a)["900억원"]
    assert (got["proposer"], got["body"]) == ("양하솔", "충북도")


def test_a_bodys_short_name_is_the_same_body_as_its_full_name(kiwi):
    text = ("국토교통부에 따르면 동해선 복선 전철화 사업은 예타를 통과했다. "
            "국토부는 이 사업에 내년 예산 700억원을 편성했다.")
    a = analyze(text, kiwi=kiwi)
    assert [(a.spans[r.head].text, a.spans[r.tail].text) for r in a.relations
            if r.label == SAME_AS] == [("국토부", "국토교통부")]
    assert rows(a)["700억원"]["proposer"] == "국토교통부"


def test_a_genitive_inside_a_word_does_not_cut_a_project_name(kiwi):
    # Kiwi reads 의 in 세종의사당 and 의생명 as a particle; nothing glued after a particle is a noun
    text = ("구보람 세종시장은 국회 세종의사당 신축(4조원)과 도심 의생명 연구 센터 건립(500억원)을 "
            "건의했다.")
    got = rows(analyze(text, kiwi=kiwi))
    assert got["4조원"]["project"] == "국회 세종의사당 신축"
    assert got["500억원"]["project"] == "도심 의생명 연구 센터 건립"


def test_a_share_cue_ends_the_project_phrase_before_it(kiwi):
    text = ("정부는 올해 지역 철도 사업에 5조원을 쓴다. 이 가운데 충북 내륙 순환 철도에는 "
            "7000억원이 돌아간다.")
    got = rows(analyze(text, kiwi=kiwi))
    assert got["7000억원"]["project"] == "충북 내륙 순환 철도"


def test_two_words_between_the_project_and_its_amount(kiwi):
    text = "환경부는 영산강 하굿둑 구조 개선에 내년 예산 160억원을 반영했다."
    assert rows(analyze(text, kiwi=kiwi))["160억원"]["project"] == "영산강 하굿둑 구조 개선"


def test_a_list_item_with_its_amount_after_it_and_no_brackets(kiwi):
    text = "강릉시의회는 ▲경포 호수 산책로 정비 40억원 ▲강릉 시립 미술관 설계 15억원을 의결했다."
    got = rows(analyze(text, kiwi=kiwi))
    assert got["40억원"]["project"] == "경포 호수 산책로 정비"
    assert got["15억원"]["project"] == "강릉 시립 미술관 설계"
    assert got["15억원"]["proposer"] == "강릉시의회"


def test_a_chain_of_places_gives_one_region(kiwi):
    from models.nlp.places import chain_place

    assert chain_place("대구 경북") == (("place", "대구"),)  # peers: the first
    assert chain_place("천안 아산") == (("place", "천안"),)
    assert chain_place("전남 고흥") == (("place", "고흥"),)  # a 도 and a place in it: the inner
    assert chain_place("대전 충청권") == (("place", "대전"),)  # a wider area is never the place
    assert chain_place("고흥") == ()
    text = "추서준 국민의힘 의원은 광주 전남 공동 물류 센터 건립에 650억원을 요구했다."
    assert rows(analyze(text, kiwi=kiwi))["650억원"]["place"] == "광주"


def test_the_province_before_a_county_subject_is_not_the_region(kiwi):
    text = "정부는 올해 2조원을 나눠 준다. 이 가운데 경북 봉화군은 산림 치유 단지 조성에 80억원을 쓴다."
    assert rows(analyze(text, kiwi=kiwi))["80억원"]["region"] == "봉화군"


def test_a_city_councillor_stands_for_the_city(kiwi):
    text = "변하람 청주시의원은 \"도심 하천 복원 사업에 180억원이 필요하다\"고 말했다."
    got = rows(analyze(text, kiwi=kiwi))["180억원"]
    assert (got["proposer"], got["body"], got["region"]) == ("변하람", "청주", "청주")


def test_the_amount_spent_first_funds_the_object_of_the_making_verb(kiwi):
    text = "영천시는 450억원을 들여 금호읍 일대에 청년 농업 창업 타운을 조성한다고 밝혔다."
    got = rows(analyze(text, kiwi=kiwi))["450억원"]
    assert (got["project"], got["proposer"]) == ("청년 농업 창업 타운", "영천시")


def test_a_project_named_again_by_its_kind_is_the_one_named_before(kiwi):
    text = "당진시는 당진 수산 가공 단지를 만든다. 시는 단지 조성에 시비 90억원과 민자 300억원을 쓴다."
    got = rows(analyze(text, kiwi=kiwi))
    assert got["90억원"]["project"] == got["300억원"]["project"] == "당진 수산 가공 단지"


def test_a_county_named_first_in_a_project_is_its_place(kiwi):
    # 홍성 is a weak name in the gazetteer (also an ordinary word elsewhere); at a project's head
    # it is the project's place
    text = "충남도는 홍성 스마트 축산 단지 조성에 200억원을 투입한다."
    a = analyze(text, kiwi=kiwi)
    assert rows(a)["200억원"]["region"] == "홍성"
    text = "정부는 경기 부양 사업에 3조원을 쓴다."
    assert rows(analyze(text, kiwi=kiwi))["3조원"]["region"] != "경기"


def test_the_cost_of_a_thing_named_with_its_genitive(kiwi):
    text = "전남도는 여수 수소 배관망의 총사업비는 2400억원이라고 밝혔다."
    got = rows(analyze(text, kiwi=kiwi))["2400억원"]
    assert (got["project"], got["proposer"]) == ("여수 수소 배관망", "전남도")
    # a thing built as the topic, its cost after it; a body as the topic is no project
    got = rows(analyze("해솔군 일대에 들어설 국제테마파크는 사업비가 4조원에 이른다.", kiwi=kiwi))
    assert got["4조원"]["project"] == "국제테마파크"
    assert rows(analyze("해솔시는 사업비가 500억원 늘었다.", kiwi=kiwi))["500억원"]["project"] is None


def test_a_yearly_amount_after_its_project(kiwi):
    text = "국토부는 농어촌 공공 버스 확대에 연간 600억원을 쓴다."
    assert rows(analyze(text, kiwi=kiwi))["600억원"]["project"] == "농어촌 공공 버스 확대"


def test_each_of_two_proposers_gets_its_own_amount(kiwi):
    text = ("이날 김제시와 부안군은 각각 김제 종자 산업 단지 조성에 210억원, 부안 해상 관광 "
            "단지 확충에 95억원을 요청했다.")
    got = rows(analyze(text, kiwi=kiwi))
    assert got["210억원"]["proposer"] == "김제시"
    assert got["95억원"]["proposer"] == "부안군"


def test_an_amount_without_a_project_still_has_its_proposer(kiwi):
    text = "나주시는 올해 추경으로 모두 320억원을 편성했다고 밝혔다."
    got = rows(analyze(text, kiwi=kiwi))["320억원"]
    assert (got["project"], got["proposer"]) == (None, "나주시")


def test_a_quoted_name_is_one_word_of_its_project(kiwi):
    text = "충북도는 'K-바이오 스퀘어' 조성에 2029년까지 3600억원을 투입한다."
    assert rows(analyze(text, kiwi=kiwi))["3600억원"]["project"] == "'K-바이오 스퀘어' 조성"


def test_a_genitive_before_a_one_syllable_noun_is_inside_the_name(kiwi):
    text = "광양시는 광양 청년 희망의 집 신축에 45억원을 들인다."
    assert rows(analyze(text, kiwi=kiwi))["45억원"]["project"] == "광양 청년 희망의 집 신축"


def test_works_on_what_exists_are_projects_and_a_study_fee_names_its_study(kiwi):
    text = ("\"여수 엑스포 해양 공원 재생은 미룰 수 없다.\" 하예준 여수시장은 사업비 210억원을 "
            "확보하겠다고 말했다. 그는 도심 관광 활성화 연구 용역비 3억원도 편성했다.")
    got = rows(analyze(text, kiwi=kiwi))
    assert (got["210억원"]["project"], got["210억원"]["proposer"]) == (
        "여수 엑스포 해양 공원 재생", "하예준")
    assert got["3억원"]["project"] == "도심 관광 활성화 연구"


def test_the_datelines_place_is_not_the_projects(kiwi):
    text = "(청주=뉴스1) 남도윤 기자 = 충북도는 바이오 인재 양성 센터 건립에 250억원을 투입한다."
    got = rows(analyze(text, kiwi=kiwi))["250억원"]
    assert got["region"] != "청주"
    assert got["proposer"] == "충북도"


def test_a_bodys_spokesman_speaks_for_the_body(kiwi):
    text = "청주시 관계자는 \"청주 시립 미술관 증축에 120억원이 든다\"고 설명했다."
    got = rows(analyze(text, kiwi=kiwi))["120억원"]
    assert (got["project"], got["proposer"]) == ("청주 시립 미술관 증축", "청주시")
    text = "경남도 측은 \"남해안 섬 연결 교량 건설에 9000억원을 요구했다\"고 밝혔다."
    assert rows(analyze(text, kiwi=kiwi))["9000억원"]["proposer"] == "경남도"


def test_the_day_is_not_part_of_a_project(kiwi):
    text = "도서연 전남도의원은 이날 보성 녹차 치유 센터 건립(60억원)을 촉구했다."
    assert rows(analyze(text, kiwi=kiwi))["60억원"]["project"] == "보성 녹차 치유 센터 건립"


def test_a_place_kiwi_splits_stays_in_the_project(kiwi):
    # Kiwi reads 세종 after a quote as 세/MM + 종/NNG
    text = "세종시 관계자는 \"세종 시민 체육관 운영에 연간 30억원이 든다\"고 말했다."
    assert rows(analyze(text, kiwi=kiwi))["30억원"]["project"] == "세종 시민 체육관 운영"


def test_the_body_written_before_the_name(kiwi):
    text = "정의당 엄채윤 대표는 \"지방 공공 의료원 확충에 2조원을 쓰겠다\"고 밝혔다."
    got = rows(analyze(text, kiwi=kiwi))["2조원"]
    assert (got["proposer"], got["body"], got["post"]) == ("엄채윤", "정의당", "대표")


def test_a_branch_of_a_body_speaks_for_it(kiwi):
    text = "한국은행 광주전남본부는 지역 소상공인 금융 지원에 1500억원을 배정했다."
    # the branch, named with its body, is one ORG (guideline: a body with its parent)
    assert rows(analyze(text, kiwi=kiwi))["1500억원"]["proposer"] == "한국은행 광주전남본부"


def test_a_date_before_a_project_is_not_part_of_it(kiwi):
    text = "구민재 속초시장은 지난 8일 속초 해양 레일바이크 건설 계획을 발표했다. 총사업비는 190억원이다."
    got = rows(analyze(text, kiwi=kiwi))["190억원"]
    assert (got["project"], got["proposer"]) == ("속초 해양 레일바이크 건설", "구민재")


def test_a_topic_defined_as_a_project_is_one(kiwi):
    text = ("영주 베어링 국가산단은 경북도가 유치를 추진하는 사업이다. 경북도는 이 산단 조성에 "
            "민자 1조원을 끌어들이겠다고 밝혔다.")
    got = rows(analyze(text, kiwi=kiwi))["1조원"]
    assert (got["project"], got["proposer"], got["region"]) == (
        "영주 베어링 국가산단", "경북도", "영주")


def test_a_member_of_the_national_assembly_belongs_to_it(kiwi):
    text = "엄태린 국회의원은 서해 해상 교량 건설에 국비 400억원을 요구했다."
    got = rows(analyze(text, kiwi=kiwi))["400억원"]
    assert (got["proposer"], got["body"]) == ("엄태린", "국회")


def test_an_amount_after_x_and_among_them(kiwi):
    text = ("정부는 스마트 항만 사업에 6000억원을 쓴다. 광양항 자동화 부두에는 이 가운데 "
            "2500억원이 들어간다.")
    assert rows(analyze(text, kiwi=kiwi))["2500억원"]["project"] == "광양항 자동화 부두"


def test_rules_for_ordinary_prose_stay_near_an_amount(kiwi):
    # "X를 추진한다" and the heads that are also ordinary words (이전, 도입) make no project in
    # a text without an amount
    text = "양측은 다음 달 3자 면담을 추진한다. 1980년대 이전 처음 제도 도입 논의가 있었다."
    assert [s.text for s in analyze(text, kiwi=kiwi).spans if s.label == "PROJECT"] == []


def test_a_list_item_kiwi_reads_a_particle_in_is_still_whole(kiwi):
    text = "▲서해 남부선 조기 개통(9000억원) ▲목포 신항 확장(700억원). 전남도가 건의한 과제다."
    got = rows(analyze(text, kiwi=kiwi))
    assert got["9000억원"]["project"] == "서해 남부선 조기 개통"


def test_the_bare_province_between_a_name_and_a_title(kiwi):
    text = ("충북도가 공약 과제를 내놨다. 설명은 예소윤 도 기획관이 맡았다. 그는 \"청주 공항 "
            "활주로 연장에 1500억원이 필요하다\"고 말했다.")
    got = rows(analyze(text, kiwi=kiwi))["1500억원"]
    assert (got["proposer"], got["body"]) == ("예소윤", "충북도")


def test_two_bodies_named_as_a_source_then_as_both(kiwi):
    text = "부산시와 울산시에 따르면 두 시도는 동남권 광역 철도 건설에 모두 3조원을 투입한다."
    assert rows(analyze(text, kiwi=kiwi))["3조원"]["proposer"] == "부산시"


def test_a_former_post_and_the_same_party(kiwi):
    text = ("변소라 전 대구시장은 재임 중 대구 물 산업 클러스터 조성에 900억원을 투입했다. "
            "윤하담 국민의힘 의원은 포항 영일만 대교 건설에 2조원을 요구했고, 같은 당 설지우 "
            "의원은 경주 역사 도시 재생에 300억원을 요청했다.")
    got = rows(analyze(text, kiwi=kiwi))
    assert (got["900억원"]["proposer"], got["900억원"]["body"]) == ("변소라", "대구")
    assert (got["300억원"]["proposer"], got["300억원"]["body"]) == ("설지우", "국민의힘")


def test_a_headlines_comma_is_its_subject(kiwi):
    text = "여수시, 여수 섬 박람회장 조성에 300억 투입\n여수시는 박람회 준비를 서두른다."
    got = rows(analyze(text, kiwi=kiwi))["300억"]
    assert (got["project"], got["proposer"]) == ("여수 섬 박람회장 조성", "여수시")


def test_a_sum_of_several_amounts_funds_no_one_project(kiwi):
    text = "시흥시는 시흥 배곧 대교 건설에 500억원, 시흥 갯골 생태 공원 조성에 90억원 등 모두 590억원을 쓴다."
    got = rows(analyze(text, kiwi=kiwi))
    assert got["590억원"]["project"] is None and got["590억원"]["proposer"] == "시흥시"
    assert got["90억원"]["project"] == "시흥 갯골 생태 공원 조성"


def test_whose_request_it_is(kiwi):
    text = "서해안 고속 철도 연장에 1조원을 투입해 달라는 태안군의 건의가 받아들여졌다."
    assert rows(analyze(text, kiwi=kiwi))["1조원"]["proposer"] == "태안군"


def test_regions_written_as_one_word_stay_one_region(kiwi):
    text = "정부는 대구경북 신공항 건설에 국비 1조원을 투입한다."
    got = rows(analyze(text, kiwi=kiwi))["1조원"]
    assert (got["region"], got["place"]) == ("대구경북", "대구경북")


def test_the_body_whose_budget_holds_the_project_budgets_it(kiwi):
    text = ("올해 정부 예산안에 해솔 신항 건설 예산 580억원이 편성됐다. "
            "해솔도는 \"차질 없이 진행될 것\"이라며 환영했다.")
    assert rows(analyze(text, kiwi=kiwi))["580억원"]["proposer"] == "정부"


def test_a_list_mark_after_a_sentence_end_is_one_break():
    from models.nlp.sentence_ids import SentenceIds

    ids = SentenceIds("첫 문장이다. ▲둘째 항목 ▲셋째 항목")
    assert [ids[0], ids[8], ids[15]] == [0, 1, 2]
