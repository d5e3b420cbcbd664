"""``bitgeul merge``: another researcher's SQLite project file into ours (a SQLite file or a
PostgreSQL database), matched by content hash, annotators kept, idempotent, undo still works."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from models.cli.main import main
from models.domain import Analysis, ImportedDoc, InputError, Relation, Span
from models.store.commands import Accept, Create, Delete, Reject, SetStatus, Update
from models.store.db import move_schema, open_database
from models.store.project import ProjectStore
from models.team.merge import merge_project

SHARED = "부산시는 가덕도 신공항 건설에 13조원이 든다고 밝혔다. 정하은 부산시 대변인이 말했다."
OURS_ONLY = "울산시는 수소 트램 도입에 500억원을 배정했다."
THEIRS_ONLY = "세종시는 행정수도 완성 사업으로 국회 분원 설계비 147억원을 확보했다."


def _analysis(text: str) -> Analysis:
    spans = []
    for word, label in (("부산시", "LOCATION"), ("가덕도 신공항 건설", "PROJECT"),
                        ("13조원", "MONEY"), ("정하은", "PERSON"), ("세종시", "LOCATION"),
                        ("국회 분원 설계비", "PROJECT"), ("147억원", "MONEY")):
        if word in text:
            i = text.index(word)
            spans.append(Span(i, i + len(word), label, word, "test", 0.9))
    links = [Relation(i, j) for i, a in enumerate(spans) for j, b in enumerate(spans)
             if a.label == "MONEY" and b.label == "PROJECT"]
    return Analysis(spans, links)


def _their_file(tmp_path: Path) -> Path:
    path = tmp_path / "lee.sqlite3"
    lee = ProjectStore.open(path, "lee")
    docs = lee.add_documents([ImportedDoc(SHARED, outlet="부산일보"),
                              ImportedDoc(THEIRS_ONLY, outlet="세종신문")]).document_ids
    for doc in docs:
        lee.save_analysis(doc, "test", _analysis(lee.document(doc).text))
    for doc in docs:
        sugg = {g.text: g for g in lee.document(doc).suggestions}
        for word in ("가덕도 신공항 건설", "13조원", "국회 분원 설계비", "147억원"):
            if word in sugg:
                lee.execute(Accept(sugg[word].id))
        if "정하은" in sugg:
            lee.execute(Reject(sugg["정하은"].id))
    shared = docs[0]
    (tmp,) = lee.execute(Create(shared, 0, 3, "ORG")).annotation_ids
    lee.execute(Update(tmp, label="LOCATION"))
    lee.execute(Delete(tmp))  # gone from lee's file, still in lee's log
    lee.execute(SetStatus(docs[1], "done"))
    lee.close()
    return path


def _counts(store: ProjectStore) -> dict[str, int]:
    st = store.stats()
    return {k: st[k] for k in ("documents", "suggestions", "annotations", "relations",
                               "decisions")}


def test_merge_adds_their_work_once_and_keeps_it_undoable(db_url: str, tmp_path: Path) -> None:
    theirs = _their_file(tmp_path)
    digest = hashlib.sha256(theirs.read_bytes()).hexdigest()
    kim = ProjectStore.open(db_url, "kim")
    shared, ours_only = kim.add_documents([ImportedDoc(SHARED, outlet="부산일보"),
                                           ImportedDoc(OURS_ONLY)]).document_ids
    kim.save_analysis(shared, "test", _analysis(SHARED))
    (kim_ann,) = kim.execute(Create(shared, 0, 3, "LOCATION")).annotation_ids

    summary = merge_project(kim, theirs)
    assert (summary.documents_added, summary.documents_matched) == (1, 1)
    assert summary.annotators == ["lee"] and summary.annotations == 4
    assert summary.relations == 2 and summary.rejections == 1
    lee = ProjectStore(kim.db, "lee")
    by_title = {d.id: d for d in lee.documents()}
    assert len(by_title) == 3
    new_doc = next(i for i in by_title if i not in (shared, ours_only))
    shared_view = lee.document(shared)
    assert {(a.text, a.label) for a in shared_view.annotations} == {
        ("가덕도 신공항 건설", "PROJECT"), ("13조원", "MONEY")}
    assert [r.label for r in shared_view.relations] == ["AMOUNT_FOR"]
    assert "정하은" not in {g.text for g in shared_view.suggestions}  # lee's rejection kept
    new_view = lee.document(new_doc)
    assert new_view.status == "done"
    assert {(a.text, a.label) for a in new_view.annotations} == {
        ("국회 분원 설계비", "PROJECT"), ("147억원", "MONEY")}
    assert [a.id for a in kim.document(shared).annotations] == [kim_ann]  # kim's untouched

    # Twice adds nothing.
    counts = _counts(kim)
    again = merge_project(kim, theirs)
    assert again.added == 0 and _counts(kim) == counts

    # lee's history came along: undo works on the merged rows, newest first, including the
    # span lee deleted (it returns under an id nobody else has).
    assert lee.undo() is not None  # status done → in_progress
    assert lee.document(new_doc).status == "in_progress"
    lee.undo()  # the delete
    back = [a for a in lee.document(shared).annotations if a.text == "부산시"]
    assert len(back) == 1 and back[0].label == "LOCATION" and back[0].id != kim_ann
    assert [a.id for a in kim.document(shared).annotations] == [kim_ann]
    (fresh,) = kim.execute(Create(ours_only, 0, 3, "LOCATION")).annotation_ids
    assert fresh not in {back[0].id, kim_ann}
    kim.close()
    assert hashlib.sha256(theirs.read_bytes()).hexdigest() == digest  # their file untouched


def test_same_annotator_in_both_files_is_reported(tmp_path: Path) -> None:
    a = ProjectStore.open(tmp_path / "a.sqlite3", "kim")
    b = ProjectStore.open(tmp_path / "b.sqlite3", "kim")
    for store, label in ((a, "LOCATION"), (b, "ORG")):
        (doc,) = store.add_documents([ImportedDoc(OURS_ONLY)]).document_ids
        store.execute(Create(doc, 0, 3, label))
    b.close()
    summary = merge_project(a, tmp_path / "b.sqlite3")
    assert summary.conflicts == 1 and summary.annotations == 1
    assert {x.label for x in a.document(doc).annotations} == {"LOCATION", "ORG"}
    a.close()


def test_an_old_file_is_merged_from_an_upgraded_copy(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    db = open_database(old, migrate=False)
    move_schema(db.engine, "0001")
    park = ProjectStore(db, "park")
    (doc,) = park.add_documents([ImportedDoc(THEIRS_ONLY)]).document_ids
    park.execute(Create(doc, 0, 3, "LOCATION"))
    park.close()
    ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
    summary = merge_project(ours, old)
    assert (summary.documents_added, summary.annotations) == (1, 1)
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    ours.close()


def test_merge_refuses_what_is_not_a_project(tmp_path: Path) -> None:
    ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
    with pytest.raises(InputError, match="no such project file"):
        merge_project(ours, tmp_path / "missing.sqlite3")
    stray = tmp_path / "stray.sqlite3"
    with sqlite3.connect(stray) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not a Bitgeul project"):
        merge_project(ours, stray)
    ours.close()


def _cli(*argv: str) -> int:
    """The real ``bitgeul`` entry point (errors become exit code 2 and one line on stderr)."""
    return main(list(argv))


def test_merge_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs = _their_file(tmp_path)
    ours = tmp_path / "ours.sqlite3"
    assert _cli("--db", str(ours), "--annotator", "kim", "merge", str(theirs), "--json") == 0
    first = json.loads(capsys.readouterr().out)
    assert first["documents_added"] == 2 and first["annotators"] == ["lee"]
    assert _cli("--db", str(ours), "merge", str(theirs)) == 0
    assert "nothing new to merge" in capsys.readouterr().out
