"""The document list in pages: the same rows, counts and order as listing everything."""

from __future__ import annotations

from datetime import date

from models.domain import Analysis, ImportedDoc, Span, Value
from models.store.commands import Accept, SetStatus
from models.store.project import ProjectStore
from models.store.queries import DocQuery


def _project(tmp_path) -> ProjectStore:
    store = ProjectStore.open(tmp_path / "p.sqlite3", "연구자")
    docs = [ImportedDoc(f"{i}번 기사: 시는 사업비 {i + 1}00억원을 편성했다고 밝혔다.",
                        title=f"기사 {(i * 7) % 23:02d}", outlet=["남도일보", "빛고을신문"][i % 2],
                        date=date(2026, 1 + i % 12, 1 + i % 28)) for i in range(23)]
    ids = store.add_documents(docs).document_ids
    for doc_id in ids:
        (_i, text, _d), = store.texts([doc_id])
        start = text.index("사업비 ") + 4
        end = text.index("원을") + 1
        store.save_analysis(doc_id, "test", Analysis([
            Span(start, end, "MONEY", text[start:end], "test", 0.9, Value(1e10, currency="KRW")),
            Span(0, 2, "QUANTITY", text[:2], "test", 0.5, None)], []))
    for doc_id in ids[::3]:
        first = store.document(doc_id).suggestions[0]
        store.execute(Accept(first.id))
    store.execute(SetStatus(ids[4], "done"))
    return store


def test_pages_add_up_to_the_whole_list_in_every_order(tmp_path) -> None:
    store = _project(tmp_path)
    for order in ("id", "title", "date", "outlet", "status", "open", "annotations"):
        for descending in (False, True):
            whole = store.documents(DocQuery(order=order, descending=descending))
            paged = []
            for offset in range(0, 30, 5):
                paged += store.documents(DocQuery(order=order, descending=descending,
                                                  limit=5, offset=offset))
            assert paged == whole, (order, descending)
            assert len(whole) == 23 == store.count_documents(DocQuery(order=order))
    by_title = [d.title for d in store.documents(DocQuery(order="title"))]
    assert by_title == sorted(by_title)
    by_open = store.documents(DocQuery(order="open", descending=True))
    assert [d.open_suggestions for d in by_open] == sorted(
        (d.open_suggestions for d in by_open), reverse=True)
    assert {d.open_suggestions for d in by_open} == {1, 2}  # accepted ones are not open
    assert sum(d.annotations for d in by_open) == 8
    assert store.documents(DocQuery(order="status"))[-1].status == "done"
    store.close()


def test_counts_follow_the_filters_without_listing(tmp_path) -> None:
    store = _project(tmp_path)
    assert store.count_documents(DocQuery(status="done")) == 1
    assert store.count_documents(DocQuery(text="빛고을")) == 11
    assert store.count_documents(DocQuery(label="MONEY")) == 23
    assert len(store.documents(DocQuery(text="빛고을", limit=4, offset=8))) == 3
    one = store.documents(DocQuery(limit=1))[0]
    assert store.summaries([one.id, 99_999]) == [one]
    store.close()
