"""The report's tables: sheet names, column headers (Korean and English), kinds and widths.

The xlsx and CSV writers both take their layout from here, so that a column never means one thing
in Excel and another in CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column kinds: how a writer formats the value.
TEXT, INT, MONEY, DATE, DATETIME, URL, BOOL, NUMBER = (
    "text", "int", "money", "date", "datetime", "url", "bool", "number")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    ko: str
    en: str
    kind: str = TEXT
    width: float = 12
    note_ko: str = ""  # shown as a comment on the header cell
    note_en: str = ""

    def header(self, language: str) -> str:
        return self.en if language == "en" else self.ko

    def note(self, language: str) -> str:
        return self.note_en if language == "en" else self.note_ko


def _c(key: str, ko: str, en: str, kind: str = TEXT, width: float = 12, note_ko: str = "",
       note_en: str = "") -> Column:
    return Column(key, ko, en, kind, width, note_ko, note_en)


_PROPOSER_KO = ("사업을 제안·요구·공약·발표·편성한 인물이나 기관(제안자 관계). 연구자가 확인하지 않은 "
                "관계는 '(추정)'. 관계가 없으면 같은 문장·문단에서 가장 가까운 인물(없으면 기관)로 "
                "추정합니다.")
_PROPOSER_EN = ("Who proposed, requested, pledged, announced or budgeted it (PROPOSED_BY). "
                "'(inferred)' where the researcher has not confirmed the relation; with no "
                "relation, the nearest PERSON (else ORG) in the sentence or paragraph.")
_BODY_KO = "제안자의 소속 기관(소속 관계), 기관이 제안했으면 그 기관. 직함은 소속 관계의 직함."
_BODY_EN = "The proposer's body (MEMBER_OF), or the body itself; the post is that relation's."
_REGION_KO = ("사업이 이뤄지는 지역(지역 관계): 사업 이름의 지명, 없으면 그 문장, 없으면 제안자의 "
              "소속 지역. 한 곳에 나눠 준 몫(\"가운데 전남에 N원\")은 그 곳. 관계가 없으면 가장 "
              "가까운 지역으로 추정합니다('(추정)').")
_REGION_EN = ("Where the project happens (LOCATED_IN): a place in its name, else its sentence, "
              "else the proposer's body; a share given to one place (\"가운데 전남에 N원\"), that "
              "place; with no relation, the nearest LOCATION ('(inferred)').")
_FUNDING_KO = ("총사업비 가운데 몫일 때 그 재원(국비, 지방비, 도비, 시비, 민자, 기금). 몫은 같은 "
               "기사의 총액에 이미 들어 있어 합계에서 제외됩니다.")
_FUNDING_EN = ("For a share of a total cost, its source (국비 national, 지방비 local, 민자 "
               "private …). A share is part of its total and is not added again.")
_DUP_KO = ("이 금액이 같은 기사의 반복 문단이나 다른 문서(같은 통신사 기사)에 먼저 나온 행의 번호."
           " 중복 행은 합계에 넣지 않습니다.")
_DUP_EN = ("Row number of the first occurrence (a repeated paragraph or the same wire story in "
           "another document). Duplicates are left out of every total.")

DOC_HEAD = (
    _c("doc_id", "문서 ID", "Doc ID", INT, 8),
    _c("title", "제목", "Title", TEXT, 40),
    _c("date", "날짜", "Date", DATE, 11),
    _c("outlet", "언론사", "Outlet", TEXT, 14),
)

AMOUNTS = (
    _c("row", "번호", "Row", INT, 7),
    *DOC_HEAD,
    _c("url", "URL", "URL", URL, 28),
    _c("project", "사업", "Project", TEXT, 30),
    _c("proposer", "제안자", "Proposed by", TEXT, 16, _PROPOSER_KO, _PROPOSER_EN),
    _c("body", "소속", "Body", TEXT, 16, _BODY_KO, _BODY_EN),
    _c("post", "직함", "Post", TEXT, 12),
    _c("region", "지역", "Region", TEXT, 12, _REGION_KO, _REGION_EN),
    _c("funding", "재원", "Funding", TEXT, 8, _FUNDING_KO, _FUNDING_EN),
    _c("sentence", "문장", "Sentence", TEXT, 60),
    _c("place", "출처 위치", "Found at", TEXT, 16,
       "PDF·HWP·DOCX·웹 페이지에서 가져온 문서: 파일 이름과 쪽(또는 문단) 번호.",
       "Documents imported from PDF, HWP, DOCX or saved pages: the file and its page (or "
       "paragraph) number."),
    _c("text", "표기", "As written", TEXT, 14),
    _c("value", "금액", "Value", MONEY, 20),
    _c("low", "하한", "Low", MONEY, 20),
    _c("high", "상한", "High", MONEY, 20),
    _c("currency", "통화", "Currency", TEXT, 7),
    _c("korean", "한국식 표기", "In Korean units", TEXT, 18),
    _c("kind", "구분", "Kind", TEXT, 8),
    _c("approx", "근사", "Approx.", BOOL, 7),
    _c("markers", "표지어", "Markers", TEXT, 9),
    _c("counted", "집계 포함", "Counted", BOOL, 9),
    _c("counted_value", "집계 금액", "Counted value", MONEY, 20,
       "합계에 들어가는 금액(중복·몫·환산 표기·단가·증감액은 비움). 이 열의 합이 중복 없는 합계입니다.",
       "The amount that goes into the totals (empty for duplicates, shares, glosses, rates "
       "and changes): "
       "summing this column gives the de-duplicated total."),
    _c("duplicate_of", "중복 원본 번호", "Duplicate of row", INT, 10, _DUP_KO, _DUP_EN),
    _c("note", "비고", "Note", TEXT, 30),
    _c("status", "상태", "Status", TEXT, 9),
    _c("annotator", "주석자", "Annotator", TEXT, 10),
    _c("start", "시작", "Start", INT, 7),
    _c("end", "끝", "End", INT, 7),
)

ENTITIES = (
    _c("row", "번호", "Row", INT, 7),
    *DOC_HEAD,
    _c("label", "라벨", "Label", TEXT, 10),
    _c("text", "개체", "Entity", TEXT, 24),
    _c("value", "정규화 값", "Normalised value", TEXT, 14),
    _c("number", "수치", "Number", NUMBER, 14),
    _c("unit", "단위", "Unit", TEXT, 7),
    _c("sentence", "문장", "Sentence", TEXT, 60),
    _c("in_repeat", "반복 문단", "In repeated paragraph", BOOL, 9),
    _c("status", "상태", "Status", TEXT, 9),
    _c("annotator", "주석자", "Annotator", TEXT, 10),
    _c("start", "시작", "Start", INT, 7),
    _c("end", "끝", "End", INT, 7),
)

ENTITY_COUNTS = (
    _c("label", "라벨", "Label", TEXT, 10),
    _c("text", "개체", "Entity", TEXT, 30),
    _c("mentions", "언급 수", "Mentions", INT, 10),
    _c("unique_mentions", "반복 문단 제외", "Outside repeated paragraphs", INT, 12),
    _c("documents", "문서 수", "Documents", INT, 10),
)

DOCUMENTS = (
    *DOC_HEAD,
    _c("author", "기자", "Author", TEXT, 12),
    _c("url", "URL", "URL", URL, 28),
    _c("status", "작업 상태", "Status", TEXT, 10),
    _c("annotations", "주석 수", "Annotations", INT, 9),
    _c("amounts", "금액 수", "Amounts", INT, 9),
    _c("counted", "집계 금액 수", "Amounts counted", INT, 11),
    _c("duplicates", "중복 금액 수", "Duplicate amounts", INT, 11),
    _c("total_krw", "집계 합계(원)", "Counted total (KRW)", MONEY, 20),
    _c("repeats", "반복 문단 수", "Repeated paragraphs", INT, 11),
    _c("same_body_as", "같은 본문 문서 ID", "Same body as doc", INT, 12,
       "본문이 같은 (먼저 나온) 문서: 여러 언론사가 실은 같은 통신사 기사.",
       "An earlier document with the same body: one wire story printed by several outlets."),
    _c("length", "글자 수", "Characters", INT, 9),
    _c("source_file", "원본 파일", "Source file", TEXT, 24),
)

RELATIONS = (
    _c("row", "번호", "Row", INT, 7),
    *DOC_HEAD,
    _c("label", "관계", "Relation", TEXT, 12),
    _c("head_label", "머리 라벨", "Head label", TEXT, 10),
    _c("head_text", "머리", "Head", TEXT, 16),
    _c("tail_label", "꼬리 라벨", "Tail label", TEXT, 10),
    _c("tail_text", "꼬리", "Tail", TEXT, 30),
    _c("value", "금액", "Value", MONEY, 20),
    _c("currency", "통화", "Currency", TEXT, 7),
    _c("sentence", "문장", "Sentence", TEXT, 60),
    _c("annotator", "주석자", "Annotator", TEXT, 10),
)

# The totals blocks of the summary (one layout for every grouping).
TOTALS = (
    _c("name", "이름", "Name", TEXT, 34),
    _c("currency", "통화", "Currency", TEXT, 8),
    _c("amounts", "금액 수", "Amounts", INT, 9),
    _c("counted", "집계 수", "Counted", INT, 9),
    _c("total", "합계", "Total", MONEY, 22),
    _c("low", "하한 합계", "Low", MONEY, 22),
    _c("high", "상한 합계", "High", MONEY, 22),
    _c("korean", "한국식 표기", "In Korean units", TEXT, 26),
    _c("eok", "합계(억 단위)", "Total (100M units)", NUMBER, 14),
    _c("approx", "근사 포함", "Approx.", BOOL, 9),
    _c("vague", "불명확(미합산)", "Vague (not summed)", INT, 12),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "amounts": AMOUNTS,
    "entities": ENTITIES,
    "entity_counts": ENTITY_COUNTS,
    "documents": DOCUMENTS,
    "relations": RELATIONS,
    "totals": TOTALS,
}

# Sheet names (Excel: at most 31 characters, none of []:*?/\) and CSV file names.
SHEET_NAMES: dict[str, tuple[str, str]] = {
    "summary": ("요약", "Summary"),
    "amounts": ("금액", "Amounts"),
    "entities": ("개체", "Entities"),
    "entity_counts": ("개체 집계", "Entity counts"),
    "documents": ("문서", "Documents"),
    "relations": ("관계", "Relations"),
}
CSV_NAMES: dict[str, str] = {
    "summary": "summary.csv",
    "totals": "totals.csv",
    "amounts": "amounts.csv",
    "entities": "entities.csv",
    "entity_counts": "entity_counts.csv",
    "documents": "documents.csv",
    "relations": "relations.csv",
}


def sheet_name(table: str, language: str) -> str:
    ko, en = SHEET_NAMES[table]
    return en if language == "en" else ko


# Words in cells that follow the report language.
# a part of an amount listed above it: a first tranche (올해는), a field of a whole (분야별로는)
_PART_OF_ROW = ("%d번 금액의 일부(%s): 합계에서 제외", "part of row %d (%s): not added")

WORDS: dict[str, tuple[str, str]] = {
    "new": ("새 문서", "new"),
    "in_progress": ("작업 중", "in progress"),
    "done": ("완료", "done"),
    "accepted": ("수락", "accepted"),
    "corrected": ("수정", "corrected"),
    "manual": ("직접 입력", "manual"),
    "exact": ("정확", "exact"),
    "range": ("범위", "range"),
    "vague": ("불명확", "vague"),
    "dup_same": ("같은 기사 안 반복 문단 (%d번과 같음)", "repeated paragraph (same as row %d)"),
    "dup_other": ("문서 %d의 같은 기사 (%d번과 같음)", "same story as document %d (row %d)"),
    "share": ("총사업비(%d번)의 일부: 합계에서 제외", "share of the total in row %d: not added"),
    "gloss": ("%d번 금액의 원화 표기: 합계에서 제외", "KRW gloss of row %d: not added"),
    "rate": ("단가(%s): 합계에서 제외", "a rate (%s): not added"),
    "change": ("증감액: 합계에서 제외", "an increase or cut: not added"),
    "table_sum": ("표 금액 %d건의 합계: 합계에서 제외", "the sum of %d amounts of a table: not added"),
    "table_part": ("표 금액 %d건 합계의 내역: 합계에서 제외", "part of the sum of %d table amounts: not added"),
    "table_twin": ("표의 %d번과 같은 금액: 합계에서 제외", "as row %d of a table: not added"),
    "again": ("%d번 금액을 다시 적음: 합계에서 제외", "row %d said again: not added"),
    "same_fact": ("문서 %d의 같은 사업·금액 (%d번과 같음)", "same project and amount as document %d (row %d)"),
    "each": ("%s 각각: %d곳이 낸 금액으로 집계", "each of %s: added %d times"),
    "change_part": ("%s번 금액 사이 증감의 내역: 합계에서 제외", "part of the change between rows %s: not added"),
    "tranche": _PART_OF_ROW,
    "part": _PART_OF_ROW,
    "threshold": ("대상 기준 금액: 합계에서 제외", "a bound of who qualifies: not added"),
    "orders": ("주문·청약 금액: 합계에서 제외", "orders or bids an offer drew: not added"),
    "results": ("매출·이익 실적: 합계에서 제외", "a company's sales or profit: not added"),
    "revenue": ("세수(세입) 실적: 합계에서 제외", "tax revenue: not added"),
    "income": ("수입 항목: 합계에서 제외", "a fund's income: not added"),
    "damage": ("피해 규모: 합계에서 제외", "damage done: not added"),
    "effect": ("경제 효과 추정: 합계에서 제외", "an estimated economic effect: not added"),
    "unspent": ("불용·이월액: 합계에서 제외", "money left unspent: not added"),
    "market": ("시장 규모: 합계에서 제외", "a market's size: not added"),
    "price": ("주가·시세: 합계에서 제외", "a share price or market rate: not added"),
    "fine": ("과징금·벌금: 합계에서 제외", "a fine or penalty: not added"),
    "clawback": ("환수·반납 대상: 합계에서 제외", "money claimed back: not added"),
    "debt": ("부채·채무: 합계에서 제외", "what a body owes: not added"),
    "demand": ("손해배상 청구액: 합계에서 제외", "damages claimed: not added"),
    "award": ("판결·손해배상금: 합계에서 제외", "damages paid or a court orders paid: not added"),
    "fraud": ("범죄 혐의 금액(편취·횡령·뇌물): 합계에서 제외",
              "money of an alleged crime (fraud, theft, a bribe): not added"),
    "forecast": ("계획에 없는 전망치: 합계에서 제외", "a forecast in no plan: not added"),
    "balance": ("자산·자본 규모: 합계에서 제외", "what a body owns (assets, equity): not added"),
    "revised": ("%d번 금액으로 바뀐 금액: 합계에서 제외", "changed to row %d: not added"),
    "cut_all": ("%d번에서 전액 삭감된 금액: 합계에서 제외", "cut entirely in row %d: not added"),
    "cut_rest": ("%d번 금액이 깎이고 남은 금액: 합계에서 제외", "what remains of row %d after a cut: not added"),
    "cut": ("삭감액(%s)을 뺀 금액으로 집계", "added less the cut of %s"),
    "by_hand_in": ("연구자가 합계에 포함", "added by the researcher"),
    "by_hand_out": ("연구자가 합계에서 제외", "left out by the researcher"),
    "sum_of": ("%s번 금액의 합계: 합계에서 제외", "the sum of rows %s: not added"),
    "caption": ("사진 설명의 금액 (본문 %d번과 같음): 합계에서 제외",
                "a photo caption's amount (as row %d of the body): not added"),
    "headline": ("제목의 금액 (본문 %d번과 같음): 합계에서 제외",
                 "the headline's amount (as row %d of the body): not added"),
    "before": ("변경 전 금액: 합계에서 제외", "the amount before a change: not added"),
    "claim": ("반박된 주장의 금액: 합계에서 제외", "a claim the text sets right: not added"),
    "floated": ("거론되는 안의 금액: 합계에서 제외", "one of several options talked of: not added"),
    "compared": ("비교로 든 다른 기관의 금액: 합계에서 제외",
                 "another body's money, given to compare: not added"),
    "no_project": ("(사업 미연결)", "(no project)"),
    "unknown": ("(미상)", "(unknown)"),
    "no_outlet": ("(언론사 없음)", "(no outlet)"),
    "page": ("%s %d쪽", "%s p. %d"),
    "paragraph": ("%s %d번째 문단", "%s para. %d"),
    "inferred": ("추정", "inferred"),
    "part_of": ("%(row)d번 금액의 몫(%(src)s): 합계에서 제외", "share (%(src)s) of row %(row)d: not added"),
    "no_source": ("재원 미상", "source unknown"),
}


def word(key: str, language: str) -> str:
    ko, en = WORDS.get(key, (key, key))
    return en if language == "en" else ko
