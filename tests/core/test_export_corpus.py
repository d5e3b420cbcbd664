"""A small corpus for the export tests (helpers only; the tests import it).

Three articles written for these tests:
* A — two pledges with their projects; the first paragraph is repeated at the end (a web-page
  artefact), so its two amounts appear twice in the same document.
* B — the same body as A under another outlet (a wire story): all its amounts are copies.
* C — hostile text (a formula at the start of a line and in the title), a total with a share,
  an approximate amount, a range, a vague amount and a dollar amount with its KRW gloss.
* D — no annotations.
"""

from __future__ import annotations

from datetime import date

from models.domain import Analysis, ImportedDoc, Relation, Span, Value
from models.store.commands import Accept, SetStatus
from models.store.project import ProjectStore

TEXT_A = (
    "광주시는 8일 정부에 AI 데이터센터 구축(2조원)과 수소버스 보급(3500억원)을 요구했다.\n"
    "김민준 광주시 정책국장은 \"데이터센터가 지역 산업의 바탕\"이라고 말했다.\n"
    "광주시는 8일 정부에 AI 데이터센터 구축(2조원)과 수소버스 보급(3500억원)을 요구했다."
)
TEXT_C = (
    "=HYPERLINK(\"http://evil.example/x\",\"클릭\") 전남도는 해상풍력 단지 조성에 총사업비 "
    "6800억원을 들인다.\n"
    "이 가운데 국비 2000억원은 내년 정부 예산안에 반영된다고 박서연 전남도 국장이 밝혔다.\n"
    "-전남도는 또 수소 항만에 약 500억원, 연구시설에 200억~300억원, 관련 산업에 수천억원을 "
    "쓸 계획이다.\n"
    "외국 투자사는 5억 달러(약 7000억원)를 내기로 했다."
)
TEXT_D = "목포시는 오는 여름 축제를 연다. 예산 이야기는 나오지 않았다."

KRW = "KRW"


def won(v: float, approx: bool = False, markers: tuple[str, ...] = ()) -> Value:
    return Value(v, v, v, KRW, approx, markers=markers)


def _span(text: str, word: str, label: str, nth: int = 0, value: Value | None = None) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), label, word, "test", 0.9, value)


def analysis_a(text: str = TEXT_A) -> Analysis:
    spans = []
    rels = []
    for nth in (0, 1):
        base = len(spans)
        spans += [
            _span(text, "광주시", "LOCATION", nth * 2 if nth else 0),
            _span(text, "AI 데이터센터 구축", "PROJECT", nth),
            _span(text, "2조원", "MONEY", nth, won(2e12)),
            _span(text, "수소버스 보급", "PROJECT", nth),
            _span(text, "3500억원", "MONEY", nth, won(3.5e11)),
        ]
        rels += [Relation(base + 2, base + 1), Relation(base + 4, base + 3)]
    spans.append(_span(text, "김민준", "PERSON"))
    return Analysis(spans, rels)


def analysis_c() -> Analysis:
    t = TEXT_C
    spans = [
        _span(t, "전남도", "LOCATION"),
        _span(t, "해상풍력 단지 조성", "PROJECT"),
        _span(t, "6800억원", "MONEY", value=won(6.8e11)),
        _span(t, "2000억원", "MONEY", value=won(2e11)),
        _span(t, "박서연", "PERSON"),
        _span(t, "수소 항만", "PROJECT"),
        _span(t, "500억원", "MONEY", value=won(5e10, True, ("약",))),
        _span(t, "200억~300억원", "MONEY", value=Value(None, 2e10, 3e10, KRW)),
        _span(t, "수천억원", "MONEY", value=Value(None, 1e11, 9e11, KRW, True)),
        _span(t, "5억 달러", "MONEY", value=Value(5e8, 5e8, 5e8, "USD")),
        _span(t, "7000억원", "MONEY", value=won(7e11, True, ("약",))),
        _span(t, "-전남도", "ORG"),  # hostile entity text
    ]
    return Analysis(spans, [Relation(2, 1), Relation(3, 1), Relation(6, 5)])


def build_corpus(store: ProjectStore) -> dict[str, int]:
    """Add A, B, C, D, accept every suggestion; returns the document ids by letter."""
    docs = [
        ImportedDoc(TEXT_A, title="광주시, AI 데이터센터 예산 요구", date=date(2025, 5, 8),
                    outlet="남도일보", url="https://news.example/a/1", author="이기자"),
        ImportedDoc(TEXT_A, title="광주 AI 예산 (통신사 기사)", date=date(2025, 5, 9),
                    outlet="서남신문", url="https://news.example/b/2"),
        ImportedDoc(TEXT_C, title="+SUM(1,2) 전남 해상풍력", date=date(2025, 5, 10),
                    outlet="@남도통신", url="javascript:alert(1)"),
        ImportedDoc(TEXT_D, title="목포 축제", date=None, outlet="남도일보"),
    ]
    summary = store.add_documents(docs)
    ids = dict(zip("ABCD", summary.document_ids, strict=True))
    for letter, analysis in (("A", analysis_a()), ("B", analysis_a()), ("C", analysis_c())):
        store.save_analysis(ids[letter], "test", analysis)
        view = store.document(ids[letter])
        store.execute([Accept(sg.id) for sg in view.suggestions])
    store.execute(SetStatus(ids["A"], "done"))
    return ids
