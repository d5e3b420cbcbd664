"""Undo and redo whatever the engine re-suggests meanwhile, and across restarts.

Each new engine pass replaces the older passes' suggestions. A researcher relabels a suggestion,
undoes, the background run passes over the document, and redoes: the redo must put the span back
(it used to fail with "FOREIGN KEY constraint failed", blamed on "someone else").
"""

from __future__ import annotations

import pytest

from models.domain import Analysis, ImportedDoc, Span, Value
from models.store.commands import Accept, CommandError, Reject, Update
from models.store.project import ProjectStore

TEXT = ("광주시는 올해 인공지능 집적단지 2단계 사업에 1200억원을 배정했다고 밝혔다.\n"
        "박서연 광주시 미래산업국장은 내년 상반기에 착공한다고 말했다.")


def _pass() -> Analysis:
    def sp(word: str, label: str, value: Value | None = None) -> Span:
        start = TEXT.index(word)
        return Span(start, start + len(word), label, word, "rules", 0.8, value)

    return Analysis([sp("광주시", "LOCATION"), sp("인공지능 집적단지 2단계 사업", "PROJECT"),
                     sp("1200억원", "MONEY", Value(1.2e11, 1.2e11, 1.2e11, "KRW")),
                     sp("박서연", "ORG")], [])


def _open(path, who: str = "연구자") -> tuple[ProjectStore, int]:
    store = ProjectStore.open(path, who)
    ids = store.document_ids()
    if not ids:
        ids = store.add_documents([ImportedDoc(TEXT, title="인공지능 집적단지")]).document_ids
        store.save_analysis(ids[0], "rules/1", _pass())
    return store, ids[0]


def _pending(store: ProjectStore, doc: int) -> dict[str, int]:
    return {sg.text: sg.id for sg in store.document(doc).suggestions}


def _spans(store: ProjectStore, doc: int) -> set[tuple[str, str]]:
    view = store.document(doc)
    return {(view.text[a.start:a.end], a.label) for a in view.annotations}


def test_relabel_undo_new_engine_pass_redo(tmp_path) -> None:
    store, doc = _open(tmp_path / "p.sqlite3")
    store.execute(Accept(_pending(store, doc)["박서연"], label="PERSON"))
    store.undo()
    store.save_analysis(doc, "rules+model/2", _pass())  # the background run after a retrain
    assert "박서연" in _pending(store, doc)
    change = store.redo()
    assert change is not None and not change.undone
    assert _spans(store, doc) == {("박서연", "PERSON")}
    assert "박서연" not in _pending(store, doc)  # the new pass's copy is decided, not pending
    store.undo()
    assert _spans(store, doc) == set() and "박서연" in _pending(store, doc)
    store.redo()
    assert _spans(store, doc) == {("박서연", "PERSON")}


def test_accept_restart_undo_new_pass_redo(tmp_path) -> None:
    path = tmp_path / "p.sqlite3"
    store, doc = _open(path)
    store.execute(Accept(_pending(store, doc)["1200억원"]))
    store.close()
    store, doc = _open(path)  # a real restart: a new engine and store on the same file
    store.undo()
    store.save_analysis(doc, "rules+model/3", _pass())
    store.save_analysis(doc, "rules+model/4", _pass())
    store.close()
    store, doc = _open(path)
    assert store.redo() is not None
    assert _spans(store, doc) == {("1200억원", "MONEY")}
    store.close()


def test_reject_undo_redo_reach_the_new_pass(tmp_path) -> None:
    store, doc = _open(tmp_path / "p.sqlite3")
    store.execute(Reject(_pending(store, doc)["광주시"]))
    store.save_analysis(doc, "rules+model/2", _pass())
    assert "광주시" not in _pending(store, doc)  # carried over to the new pass
    store.undo()
    assert "광주시" in _pending(store, doc)  # the undo reaches the new pass's copy
    store.save_analysis(doc, "rules+model/3", _pass())
    store.redo()
    assert "광주시" not in _pending(store, doc)


def test_a_refused_undo_names_the_true_reason(tmp_path) -> None:
    path = tmp_path / "p.sqlite3"
    store, doc = _open(path)
    first = store.execute(Accept(_pending(store, doc)["광주시"])).group_id
    ann = store.document(doc).annotations[0]
    # The same researcher changes the span again from a second window (a second store).
    other, _ = _open(path)
    other.execute(Update(ann.id, label="ORG"))
    other.undo()  # that window's own step, so the first window's undo is refused ...
    other.redo()
    with pytest.raises(CommandError) as refused:
        store.undo(first)
    assert "someone else" not in str(refused.value)
    assert "another window" in str(refused.value)
    # ... and a colleague's change is named as theirs.
    colleague, _ = _open(path, "김민준")
    second = store.execute(Accept(_pending(store, doc)["박서연"], label="PERSON")).group_id
    ann2 = next(a for a in store.document(doc).annotations if a.label == "PERSON")
    colleague.execute(Update(ann2.id, label="ORG"))
    with pytest.raises(CommandError, match="김민준 changed this span"):
        store.undo(second)
    for s in (store, other, colleague):
        s.close()
