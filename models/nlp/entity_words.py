"""Word sets the entity rules share (models.nlp.entities and its helpers): suffixes of names,
particles, titles that need care, and other small closed classes of Korean news style."""

from __future__ import annotations

from collections.abc import Sequence

from models.nlp.chunks import Morph
from models.nlp.gazetteer import word_classes

# Word classes (resources/gazetteers/word_classes.tsv): suffixes of names of bodies and places
# (the weak ones need a proper-noun head, see _Finder._suffix_label), ordinary words that look
# like names, lone surnames, syllables of foreign names.
WORDS = word_classes()
ORG_SUFFIXES = WORDS["ORG_SUFFIX"]
WEAK_ORG = WORDS["ORG_SUFFIX_WEAK"]
LOC_SUFFIXES = WORDS["PLACE_SUFFIX"]
WEAK_LOC = WORDS["PLACE_SUFFIX_WEAK"]
KIND_SUFFIXES = WORDS["KIND_SUFFIX"]
NOT_ENTITY = WORDS["NOT_NAME"]
NAME_LIKE_HEADS = WORDS["NAME_LIKE_HEAD"]
COMMON_SURNAMES = WORDS["LONE_SURNAME"]
FOREIGN_GIVEN = WORDS["FOREIGN_GIVEN"]  # 카림, 에디: a given name that starts a full name
JAPANESE_SURNAMES = WORDS["JAPANESE_SURNAME"]  # 기시다, 오자와: a surname that starts one
MAX_SUFFIX = max(len(s) for s in ORG_SUFFIXES | LOC_SUFFIXES)
ADMIN_SUFFIXES = frozenset("시 도 군 구 읍 면 동 리 청 처 부 국 당".split())  # noqa: SIM905
# Short names of kinds of high school (상업·공업·농업고등학교): a body after a town's name
# (광주상고), a word after others (상고: an appeal, 공고: a notice).
SCHOOL_ENDS = frozenset(["상고", "공고", "농고"])
# Weak suffixes that still mark a place or a body on a word shaped like a name (이서면, 창동역,
# 성남고); other final syllables (주, 구, 원, 국 …) are at least as often the end of a name.
PLACE_FINALS = frozenset("역 읍 면 동 청 처 당 초 고".split())  # noqa: SIM905

# Titles that also end ordinary words or names of bodies (전통시장, 해외지사, 산업연구원): cut
# only after a known place or organisation (광주시장 → 광주, 삼성경제연구소 연구원).
GUARDED_TITLES = frozenset(
    ["시장", "지사", "대사", "감사", "이사", "선수", "주장", "대장", "후보", "연구원", "위원", "의원", "사장", "원장", "국장", "부장", "단장", "대행", "고문", "경사", "강사", "관장", "장교", "선장", "기장", "수녀", "하사", "중사", "원사", "대위", "중위", "소위", "경위", "경장", "순경", "상병", "일병", "이병", "매니저", "특검", "수상"]
)

# Titles that may stick to a lone surname ("김대통령", "박총장"): a surname glued to any title
# is too often a word (동구청장, 한의원, 전대통령 = "former president").
GLUED_TITLES = frozenset(
    ["대통령", "총리", "장관", "차관", "회장", "부회장", "사장", "총장", "총재", "감독", "대표", "의장", "기자", "교수", "박사", "비서관", "후보", "검사", "판사", "변호사", "대변인", "위원장", "원내대표", "국장", "실장", "부장", "형사", "경사", "선생", "일병", "상병", "병장"]
)
# Surnames that never take a glued title: 전/고/현 mean former/late/current before one, 여 a
# woman (여교수, 여변호사).
NOT_GLUED_SURNAMES = frozenset(["전", "고", "현", "前", "故", "現", "여"])
# Surnames that may take a glued 군 ("송군은"): not those that make a word with it (장군,
# 공군, 반군, 여군, 국군, 주군, 진군, 원군, 성군, 백군, 홍군, 양군 …).
BOY_SURNAMES = frozenset(
    ["김", "이", "박", "최", "정", "강", "조", "윤", "임", "한", "오", "서", "신", "권", "황", "안", "송", "유", "문", "손", "배", "허", "심", "노", "하", "곽", "차", "민", "류", "변", "염", "추", "채", "탁", "편", "엄", "함", "표", "제", "모", "지", "봉", "맹", "길", "라", "나", "은", "용", "예", "경", "위", "어", "설", "마", "남궁", "황보", "제갈", "선우"]
)

# Bodies that news names by their task alone (추진위원회, 자문위원회, 인사위원회): with a head of
# one or two syllables the word is a kind of committee, not a name, unless it follows the body
# it belongs to (국회 윤리위원회, NSC 상임위원회: models.nlp.merges.DEPARTMENT_RE). The
# National Assembly's committees (정무위원회) are in the gazetteer.
GENERIC_BODY_ENDS = ("위원회", "협의회", "추진단", "대책위", "준비위")

# One-syllable abbreviations of countries (美, 한·미, 북·중): the state acting, ORG.
COUNTRY_ABBREVIATIONS = frozenset(["한", "미", "중", "일", "북", "남", "러", "영", "불", "독", "韓", "美", "中", "日", "北", "南", "露", "英", "佛", "獨"])
ABBREVIATION_JOINERS = frozenset("·ㆍ-")

# Particles after a country that make it an actor (ORG) rather than a place.
LOC_PARTICLES = frozenset(
    "에서 에 으로 로 에서는 에서도 까지 부터 서 에는 에도 으로는 로는 에서의 에서만 에선".split()  # noqa: SIM905
)
PERSON_PARTICLES = frozenset({"는", "에게", "께서", "한테", "에게서"})
# Ends of the names of homes, buildings and venues, never of a person ("원일아파트는",
# "국제테마파크는").
HOUSING = ("아파트", "빌라", "맨션", "오피스텔", "주택", "하우스", "팰리스", "캐슬", "파크", "타워",
           "센터", "플라자", "밸리", "리조트", "호텔", "스퀘어", "월드", "시티")
# States written together as one word: each is a LOCATION of its own (TTA: 2016klp tags 한미
# and 한일 so).
STATE_PAIRS = {"남북": ("남", "북"), "남북한": ("남", "북한"), "한미": ("한", "미"),
               "한미일": ("한", "미", "일"), "한중": ("한", "중"), "한중일": ("한", "중", "일"),
               "한일": ("한", "일"), "미중": ("미", "중"), "북중": ("북", "중"), "미일": ("미", "일"),
               "중일": ("중", "일"), "북일": ("북", "일"), "한러": ("한", "러"),
               "북러": ("북", "러"), "중러": ("중", "러")}
# Words of what passes between two states: before one, 북미 is North Korea and the United
# States ("북미 정상회담", "북미 간"), elsewhere North America ("북미 시장", "북미 수출"). Not
# glossed_places' words after 대미 ("대미 수출"), where trade is a dealing towards the state.
BETWEEN_STATES = ("정상", "회담", "협상", "대화", "관계", "간", "양국", "합의", "갈등", "공동성명", "실무",
            "고위급", "비핵화", "수교", "접촉", "담판", "대결", "적대")


def state_pair(core: str, after: str) -> tuple[str, ...] | None:
    """The states of a pair written as one word ("한미" → 한, 미), or None; ``after``: the text
    that follows the word."""
    pair = core.removesuffix("간")  # 한미간: the states, not 간
    if pair == "북미":
        return ("북", "미") if pair != core or after.lstrip(" ").startswith(BETWEEN_STATES) else None
    return STATE_PAIRS.get(pair)
# Kin and self after a name: "세호 아버지", "민이 할머니", "그녀 자신". The name is a person
# (TTA/KLUE), the kin word is not part of it.
KIN_WORDS = frozenset(
    "아버지 어머니 아빠 엄마 부친 모친 형 누나 오빠 언니 동생 아들 딸 부인 아내 남편 고모 이모 "  # noqa: SIM905
    "삼촌 외삼촌 할머니 할아버지 손자 손녀 며느리 사위 부부 일가 자신".split()
)
# Titles only people hold: a proper noun right before one is a person.
PERSON_ONLY_TITLES = frozenset(
    "대통령 총리 수상 장관 의원 대사 여사 감독 선수 교수 박사 작가 총재 서기장 국왕 황제 목사 "  # noqa: SIM905
    "신부 스님 부통령 국무장관 외무장관 씨 옹 선생 서방 별감 선달 생원 대감 도령 첨지 "
    "대왕 왕비 왕후 왕자 세자 선교사 전도사".split()
) | KIN_WORDS
ACTOR_PARTICLES = frozenset({"은", "는", "이", "가", "과", "와", "도", "의", "을", "를", "만"})
SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가"})
QUOTES = frozenset("‘“'\"「『《〈")  # what opens a quoted title or name
# Straight and curly quotes, each opening one with its closing one; the rules of names, projects
# and their places all read these.
QUOTE_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”"}
OPENING_QUOTES = frozenset(QUOTE_PAIRS)
QUOTE_MARKS = OPENING_QUOTES | frozenset(QUOTE_PAIRS.values())
SPOKESPEOPLE = frozenset({"관계자", "관계자는", "측", "측은", "당국자", "관계자들"})
# Kinds of division, not names of one, after a city or county ("서울시 행정동").
GENERIC_DIVISIONS = frozenset({"행정동", "법정동", "읍면동", "산하동", "자치동", "해당동", "인근동"})
# Heads of the names of bodies written apart from the name ("하버드 대학", "국제올림픽 위원회",
# "서대문 형무소"): a proper noun or a town before one of these words is the body's name.
BODY_HEADS = frozenset(
    "대학 대학교 대학원 위원회 연구소 협회 재단 학회 연맹 형무소 교도소 중앙회 "  # noqa: SIM905
    "연합회 협의회 노동조합 고등학교 중학교 초등학교 음악원 아카데미 은행 "
    "병원 건설 전자 일보".split())
# Titles of a company's officers: an unknown word before one that is not shaped like a name
# is the company ("빛글랩스 대표", "한빛물산 사장"), the officer's name comes after or before.
COMPANY_TITLES = frozenset({"대표", "대표이사", "사장", "부사장", "회장", "부회장", "전무", "상무",
                            "최고경영자", "CEO"})
STATE_WORDS = frozenset({"정부", "당국", "대표팀", "국가대표팀", "대사관", "외교부", "국방부"})
# Bodies named by a common noun: TTA/KLUE tag them ORG where they act ("정부는 … 발표했다",
# "검찰이 기소했다", "법원의 판단"). Only as a whole word, not inside a compound
# ("정부청사", "경찰관").
BODY_WORDS = frozenset(
    "정부 행정부 임시정부 자치정부 검찰 경찰 법원 야당 여당 노조 군부 의회 금융당국 방역당국 "  # noqa: SIM905
    "보건당국 교육당국 정보당국 군당국 사법부 입법부 내각 하원 상원 연방의회 "
    # the armed forces ("군은 정치에 초연해야", "미군의 철수")
    "군 국군 미군 해군 공군 육군 해병대 자위대 인민군 연합군 공안당국".split()
)
# The last characters of those words and of "정부측": a word ending otherwise is none of them.
BODY_LAST = frozenset({w[-1] for w in BODY_WORDS} | {"측"})
# Words after a country that make it the place, not the state: where someone comes from or
# performs, a part or the whole of its land, its clock, its films ("미국 출신", "중국 본토",
# "한국 시간", "일본 영화").
PLACE_AFTER = frozenset(
    "출신 영화 무대 본토 수도 전역 시간 방문 여행 남부 북부 동부 서부 남동부 남서부 북동부 북서부 중부 "  # noqa: SIM905
    "국경 영토 각지 곳곳 땅".split()
)
FORMER = frozenset({"전", "前", "현", "現", "고", "故", "당시", "신임", "초대"})
LIST_SEPARATORS = frozenset({",", "·", "ㆍ", "、", "/"})
PERSON_AFTER = frozenset({"씨", "氏", "옹", "여사", "선생", "님", "군", "양"}) | KIN_WORDS
# Titles of a person's own work, not of the head of a body ("X 대표" may be X's head): after a
# word Kiwi does not know, they make it a person ("웽거 감독").
OWN_ROLE_TITLES = frozenset({"감독", "코치", "선수", "작가", "배우", "가수", "기자", "교수", "박사",
                             "변호사", "대변인", "특파원", "위원", "씨"})
PROPER = frozenset({"NNP", "SL", "SH"})
RULE_LABELS = frozenset({"MONEY", "DATE", "QUANTITY"})
# Last syllables of a place or a university, which an unknown name as topic does not end in
# (…시, …동, …대): the topic rules leave such a word alone.
NOT_TOPIC_FINALS = frozenset("시군구도동읍면대")


# Surnames only before some words: 전, 고 and 현 before a title mean former, late, current (전
# 장관), so they are a person only before 씨 ("전 씨", "고씨는"), which never takes those; 시 (a
# city) and 후 (after) are Xi and Hu before 주석 ("시 주석"); 리 is North Korea's 이 (리 외무상).
SSI = frozenset(["씨", "氏"])
ONLY_BEFORE: dict[str, frozenset[str]] = {
    "전": SSI, "고": SSI, "현": SSI,
    "시": frozenset(["주석", "국가주석"]), "후": frozenset(["주석", "국가주석"]),
}
SURNAMES_ONLY_BEFORE = frozenset(ONLY_BEFORE) | {"리"}


def surname_here(core: str, title: str, next_word: str) -> bool:
    """Whether a lone surname with this glued title or next word is one (see ONLY_BEFORE)."""
    words = ONLY_BEFORE.get(core)
    return words is None or title in words or (not title and next_word in words)


# A service that is also a company: before a locative particle it is where words were
# posted (페이스북에 올렸다), as 유튜브 and 인스타그램 always are (NOT_NAME); acting, the company.
MEDIA = frozenset(["페이스북"])
MEDIUM_PARTICLES = frozenset(["에", "에서", "에다", "에선", "에도", "에는", "에서도", "에서는", "에다가"])


def medium(word: str, after: Sequence[Morph]) -> bool:
    """Whether a service that is also a company stands as the medium (see MEDIA)."""
    return word in MEDIA and bool(after) and after[0].form in MEDIUM_PARTICLES


def glued_surname(rest: str, title: str) -> bool:
    """"김대통령", "박총장": a lone surname glued to a title (older or headline style)."""
    return title in GLUED_TITLES and rest in COMMON_SURNAMES and rest not in NOT_GLUED_SURNAMES


def strong_suffix(word: str, suffixes: frozenset[str], weak: frozenset[str]) -> str | None:
    for n in range(min(MAX_SUFFIX, len(word) - 1), 0, -1):
        if word[-n:] in suffixes and word[-n:] not in weak:
            return word[-n:]
    return None
