"""Two neighbouring names that make one organisation (a pass of models.nlp.entities).

News names a body together with what it belongs to, with a space between: "국회 정무위원회",
"빛고을대 한빛병원", "빛글금융그룹 빛글은행", "미국 노동부" (the state's ministry), "뉴욕 양키스" (a
club after its city). The whole is one organisation. Side by side names are also lists of peers
("스페인 이탈리아", "건국대 원광대", "한화 신세계"), so a merge needs one of:

1. the first is a country and the second a body that is not itself a state (미국 노동부, 영국 BBC),
   also one named by a common noun (미국 정부, 독일 검찰, 미국 연방 하원: TTA/KLUE and KMOU write
   them as one; 2016klp writes two, but it splits 일본 외무성 too),
2. the second ends with a word for a part of a larger body (위원회, 병원, 대학원, 지청 …),
3. the first is a business group (…그룹, …금융지주) and the second one of its companies,
4. the first is the city of a club whose name follows (뉴욕 양키스, 수원 + its volleyball club).

No merge of two names ending with the same word for a part ("빛고을병원 한빛병원": peers of a
list). No merge after a party ("빛글당 미래위원회" is annotated as two names) except with its regional
branch ("빛글당 경남도당", like 서울중앙지검 조사부: the party's own office), and none when either
name carries a particle or a title ("중국 외교부장": the minister, not the ministry;
"서강대 국제대학원장은": the dean), or when the second is a known state.
"""

from __future__ import annotations

import re

from models.nlp.chunks import Cand, Chunk
from models.nlp.entity_words import GENERIC_BODY_ENDS
from models.nlp.gazetteer import Entry, Gazetteer
from models.nlp.org_words import federal_bodies, join_governments, regimes
from models.nlp.sports import retag_club_cities

# Endings of the name of a part of a larger body: committees, hospitals and graduate schools of
# a university, branch offices of prosecutors and courts, research units, party branches.
SUB_UNIT_SUFFIXES = (
    "위원회", "병원", "대학원", "연구소", "연구센터", "센터", "지청", "지원", "사무소", "사무국",
    "본부", "도당", "시당", "지부", "지사", "지점", "분원", "분소", "조사처", "정책처", "기술원",
    "노동조합", "노조", "선수단", "탁구단", "랩",
)
# A party's regional branches: "빛글당 경남도당", "… 서울시당", "… 해운대갑 당협".
PARTY_BRANCHES = ("도당", "시당", "당협", "당원협의회")
# Endings of a business group's name: what follows it is one of its companies or units.
GROUP_SUFFIXES = ("그룹", "금융그룹", "금융지주", "지주")
COUNTRY_SOURCE = "builtin:countries"


def combine_neighbours(text: str, chunks: list[Chunk], cands: dict[int, Cand],
                       gaz: Gazetteer) -> None:
    """The passes of this module, of models.nlp.sports and models.nlp.org_words, in order, on
    ``cands`` in place."""
    regimes(text, chunks, cands)
    join_governments(text, chunks, cands)
    federal_bodies(text, chunks, cands)
    retag_club_cities(text, chunks, cands, gaz)
    merge_sub_units(text, chunks, cands, gaz)
    extend_departments(text, chunks, cands, gaz)


def merge_sub_units(text: str, chunks: list[Chunk], cands: dict[int, Cand], gaz: Gazetteer) -> None:
    """Merge, in place, each candidate with the organisation that follows it when one of the
    rules above holds (a chain "A B C" merges step by step)."""
    for j in sorted(cands):
        b = cands.get(j)
        a = cands.get(j - 1)
        if a is None or b is None or b.label != "ORG" or a.label not in ("ORG", "LOCATION"):
            continue
        ca, cb = chunks[j - 1], chunks[j]
        if ca.punct or cb.punct or ca.after or ca.title or cb.title:
            continue
        if b.start != cb.start or a.end != ca.stem_end or text[a.end : b.start] != " ":
            continue
        reason = _merge_reason(text, a, b, gaz)
        if reason:
            del cands[j - 1]
            cands[j] = Cand(a.start, b.end, "ORG", reason, 0.6)


def _merge_reason(text: str, a: Cand, b: Cand, gaz: Gazetteer) -> str | None:
    first, second = text[a.start : a.end], text[b.start : b.end]
    a_entry, b_entry = gaz.lookup(first), gaz.lookup(second)
    if b_entry is not None and b_entry.source == COUNTRY_SOURCE:
        return None  # 미국 영국: a list of states
    if b_entry is not None and a.label == "LOCATION" and b_entry.source == "builtin:sports":
        if b_entry.canonical.startswith(first + " "):
            return "kiwi:club-city"  # 뉴욕 양키스: the club's own full name
        return None
    if a_entry is not None and a_entry.source == COUNTRY_SOURCE:
        # 미국 노동부, 미국 정부: one ORG with its country (TTA/KLUE), whether a name or a
        # common noun names the body
        return "kiwi:country+org"
    if a.label != "ORG":
        return None
    unit = next((suf for suf in SUB_UNIT_SUFFIXES if second.endswith(suf)), "")
    if not unit and b_entry is not None and b_entry.canonical.endswith("위원회"):
        unit = "위원회"  # 정보위, 외통위: a committee by its short name (하원 정보위)
    if unit and first.endswith(unit):
        return None  # "빛고을병원 한빛병원": two peers of a list, not a body and its part
    if unit and (len(second) > 2 or second == "노조") and (
            not _party(first, a_entry) or second.endswith(PARTY_BRANCHES)):
        return "kiwi:sub-unit"
    if (first.endswith(GROUP_SUFFIXES) and not second.endswith(GROUP_SUFFIXES)
            and _known_group(first, gaz)):
        return "kiwi:group+company"
    return None


def _party(word: str, entry: Entry | None) -> bool:
    """A party's committees are written after it as bodies of their own ("빛글당 미래위원회"):
    two names, as our users annotate them."""
    return (entry is not None and entry.source == "builtin:kr_parties") or word.endswith("당")


def _known_group(word: str, gaz: Gazetteer) -> bool:
    """"빛글그룹", "BNK금융그룹": a known company's or Latin-lettered group's name, not a kind
    of group ("아이돌그룹", "유닛그룹")."""
    for suf in GROUP_SUFFIXES:
        if word.endswith(suf) and len(word) > len(suf):
            head = word[: -len(suf)]
            entry = gaz.lookup(head)
            if (entry is not None and entry.label == "ORG") or head.isascii():
                return True
    entry = gaz.lookup(word)
    return entry is not None and entry.label == "ORG"


# A department, school, bench or squad named after the body it belongs to: "빛고을대 경영학과",
# "빛글지검 형사2부", "빛고을경찰청 사이버수사대", "한국 축구대표팀". Such a word is a common noun
# on its own, so it is only part of a name right after one.
DEPARTMENT_RE = re.compile(
    r"(?:[가-힣]{1,8}(?:학과|학부|교육과|대학원|로스쿨|경영대학|공과대학|의과대학"
    r"|수사대|대표팀|선수단)"
    r"|[가-힣]?(?:의대|법대|약대|공대|음대|치대|미대)"
    r"|(?:형사|특수|공안|외사|조사|민사|가사|행정|강력|특별수사|금융조사|첨단범죄수사|방위사업수사"
    r"|형사합의|민사합의|가사항소|제)\d{0,2}(?:부|형사부|행정부)"
    r"|[가-힣]{1,2}(?:" + "|".join(GENERIC_BODY_ENDS) + "))"
)
# An office of a ministry, an agency, a city's government or a hospital, written after it:
# "빛글부 예산실", "… 도로정책과", "… 지방재정국", "빛고을병원 산부인과".
OFFICE_ENDS = "실국과팀"
OFFICE_RE = re.compile(r"[가-힣]{2,7}[실국과팀]")
# Rooms and common nouns that end like an office: "빛고을병원 응급실", "빛글부 기자실에서",
# "빛글처 감사결과".
ROOM_ENDS = (
    "기자실", "회의실", "상황실", "브리핑실", "접견실", "집무실", "사무실", "연구실", "강의실",
    "대기실", "진료실", "병실", "교실", "화장실", "휴게실", "전시실", "자료실", "응급실", "환자실",
    "수술실", "분만실", "당직실", "의무실", "입원실", "격리실", "진찰실", "검사실", "조사실",
    "면회실", "영안실", "기계실", "통제실", "관제실", "조종실", "객실", "선실", "침실", "거실",
    "욕실", "지하실", "결과", "효과", "성과", "선진국", "개도국", "약국", "당국",
)
_BODY_ENDS = ("부", "처", "청", "원", "위원회", "공사", "공단", "시", "도", "군", "구")


def _office(first: str, word: str, gaz: Gazetteer | None) -> bool:
    """``word`` names an office of the government body ``first`` (빛글부 예산실)."""
    if word.endswith(ROOM_ENDS) or not OFFICE_RE.fullmatch(word):
        return False
    entry = gaz.lookup(first) if gaz is not None else None
    known = entry is not None and entry.source in ("builtin:kr_government",
                                                   "builtin:kr_institutions")
    return known or first.endswith(_BODY_ENDS)


# A college of a university ("빛고을대 약학대학", "한빛대학교 사범대학"): any 대학 after one.
COLLEGE_RE = re.compile(r"[가-힣]{1,6}대학")
UNIVERSITY_ENDS = ("대", "대학교")


def extend_departments(text: str, chunks: list[Chunk], cands: dict[int, Cand],
                       gaz: Gazetteer | None = None) -> None:
    """Extend, in place, an organisation over the department word that follows it."""
    for i in sorted(cands):
        a, b = cands.get(i), cands.get(i + 1)
        if a is None or i + 1 >= len(chunks):
            continue
        ca, nb = chunks[i], chunks[i + 1]
        if ca.punct or ca.after or ca.title or nb.punct or a.end != ca.stem_end:
            continue
        if text[a.end : nb.start] != " " or not nb.stem:
            continue
        word = text[nb.start : nb.core_end]
        first = text[a.start : a.end]
        # an office of a ministry or of a city's government (빛고을시 투자유치과), whatever
        # Kiwi made of the office's word on its own (a name: 예산실/NNP)
        office = (a.label == "ORG" or a.label == "LOCATION" and first.endswith(_BODY_ENDS)) \
            and _office(first, word, gaz)
        # the department may be a candidate of its own by its suffix (약학대학): it joins
        if b is not None and (b.label, b.reason) != ("ORG", "kiwi:suffix") and not (
                office and b.reason in ("kiwi:office", "kiwi:name")):
            continue
        if a.label != "ORG" and not office:
            # 한국 축구대표팀: a country's team or body is one ORG with it (TTA/KLUE)
            entry = gaz.lookup(first) if gaz is not None else None
            if a.label != "LOCATION" or entry is None or entry.source != COUNTRY_SOURCE:
                continue
        if word.endswith(GENERIC_BODY_ENDS) and _party(first, gaz.lookup(first) if gaz else None):
            # a party's committee is written as a body of its own (see _party), named or not
            if b is None and DEPARTMENT_RE.fullmatch(word):
                cands[i + 1] = Cand(nb.start, nb.core_end, "ORG", "kiwi:suffix", 0.6)
            continue
        if office or DEPARTMENT_RE.fullmatch(word) or (
                COLLEGE_RE.fullmatch(word) and first.endswith(UNIVERSITY_ENDS)):
            del cands[i]
            cands[i + 1] = Cand(a.start, nb.core_end, "ORG", "kiwi:department", 0.6)
