"""The suggestion run over a project: in this process and on a pool of worker processes."""

from __future__ import annotations

import pytest

from models import suggest
from models.domain import ImportedDoc
from models.store.project import ProjectStore

TEXTS = [
    "부산시는 3일 북항 재개발 2단계 사업(4조원)을 발표했다.",
    "김도윤 부산시 해양국장은 이날 항만 예산 1200억원을 설명했다.",
    "울산시는 수소 충전소 구축(350억원)을 추진한다.",
]


def _spans(store: ProjectStore) -> list[tuple[str, int, int, str]]:
    out = []
    for doc in store.documents():
        view = store.document(doc.id)
        out += [(view.title, s.start, s.end, s.label) for s in view.suggestions]
    return sorted(out)


@pytest.mark.slow
def test_the_pool_suggests_what_one_process_suggests(tmp_path, monkeypatch) -> None:
    stores = []
    for name in ("one", "pool"):
        store = ProjectStore.open(tmp_path / f"{name}.sqlite3", "tester")
        store.add_documents([ImportedDoc(t, title=str(i)) for i, t in enumerate(TEXTS)])
        stores.append(store)
    assert suggest.run_suggestions(stores[0], workers=1) == 3
    monkeypatch.setattr(suggest, "BULK_THRESHOLD", 1)  # a bulk run even for three documents
    seen: list[int] = []
    from models.pool import WorkerPool

    with WorkerPool(2, 1) as pool:
        assert suggest.run_suggestions(stores[1], pool=pool,
                                       progress=lambda done, total: seen.append(done)) == 3
    assert seen[-1] == 3
    assert _spans(stores[1]) == _spans(stores[0])
    assert any(label == "MONEY" for *_rest, label in _spans(stores[1]))
    assert suggest.run_suggestions(stores[1], workers=2) == 0  # resumable: nothing left to do


def test_bigkinds_hints_and_accepted_spans_become_project_terms(db_url) -> None:
    from models.store.commands import Create

    store = ProjectStore.open(db_url, "tester")
    ids = store.add_documents([
        ImportedDoc("한빛전력은 새 발전소를 짓는다.", hints={"ORG": ["한빛전력", ""],
                                                        "PERSON": ["오세린"]}),
        ImportedDoc("세종시는 예산을 늘렸다.", meta={"키워드": "예산"}),
    ]).document_ids
    store.execute(Create(ids[1], 0, 3, "LOCATION"))
    assert store.project_terms() == {"ORG": {"한빛전력"}, "PERSON": {"오세린"},
                                     "LOCATION": {"세종시"}}
    store.close()
