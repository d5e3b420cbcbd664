"""The store on a real SQLite file: constraints, decisions, undo across restarts, migrations."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from models.domain import Analysis, ImportedDoc, InputError, Relation, Span, Value
from models.store import schema as s
from models.store.commands import (
    Accept,
    CommandError,
    Create,
    Delete,
    Link,
    Reject,
    SetStatus,
    Unlink,
    Update,
)
from models.store.db import head_revision, open_database, quick_head, resolve_url
from models.store.project import ProjectStore
from models.store.queries import DocQuery

TEXT = (
    "전남도는 9일 해상풍력 단지 조성(2조원)과 수소 항만 구축(3500억원)을 정부에 건의했다.\n"
    "김하늘 전남도 에너지국장은 이날 브리핑에서 사업 계획을 설명했다.\n"
    "전남도는 9일 해상풍력 단지 조성(2조원)과 수소 항만 구축(3500억원)을 정부에 건의했다."
)


def _spans() -> Analysis:
    def sp(word: str, label: str, nth: int = 0, value: Value | None = None) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return Span(start, start + len(word), label, word, "test", 0.9, value)

    return Analysis(
        [
            sp("전남도", "LOCATION"),
            sp("해상풍력 단지 조성", "PROJECT"),
            sp("2조원", "MONEY", value=Value(2e12, 2e12, 2e12, "KRW")),
            sp("수소 항만 구축", "PROJECT"),
            sp("3500억원", "MONEY", value=Value(3.5e11, 3.5e11, 3.5e11, "KRW")),
            sp("김하늘", "PERSON"),
        ],
        [Relation(2, 1), Relation(4, 3)],
    )


@pytest.fixture
def doc_id(store: ProjectStore) -> int:
    summary = store.add_documents([ImportedDoc(TEXT, title="해상풍력", outlet="남도일보")])
    store.save_analysis(summary.document_ids[0], "test", _spans())
    return summary.document_ids[0]


def test_sqlite_settings_and_schema_at_head(store: ProjectStore) -> None:
    with store.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert rev == head_revision(store.db.engine)
    assert quick_head() == rev  # the start-up check that skips importing Alembic agrees
    assert [label.name for label in store.labels()][:7] == [
        "PERSON", "ORG", "LOCATION", "DATE", "MONEY", "QUANTITY", "PROJECT"]


def test_span_constraints_hold_in_the_database(store: ProjectStore, doc_id: int) -> None:
    length = len(TEXT)
    bad = [(-1, 3), (5, 5), (7, 3), (0, length + 1)]
    for start, end in bad:
        with pytest.raises(IntegrityError), store.session() as session:
            session.add(s.Annotation(document_id=doc_id, doc_length=length, annotator="x",
                                     start=start, end=end, label="ORG", status="manual"))
    # The copied length must be the document's real length (composite foreign key).
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(s.Annotation(document_id=doc_id, doc_length=length + 100, annotator="x",
                                 start=0, end=length + 50, label="ORG", status="manual"))


def test_same_document_is_stored_once_but_wire_copies_are_kept(store: ProjectStore) -> None:
    first = store.add_documents([ImportedDoc(TEXT, outlet="남도일보"),
                                 ImportedDoc(TEXT, outlet="남도일보")])
    again = store.add_documents([ImportedDoc(TEXT, outlet="남도일보"),
                                 ImportedDoc(TEXT, outlet="빛고을신문")])
    assert (first.added, first.duplicates) == (1, 1)
    assert (again.added, again.duplicates) == (1, 1)
    view = store.document(first.document_ids[0])
    assert view.repeats and view.repeats[0][2] == 0  # the last paragraph repeats the first


def test_accept_links_amount_to_project_and_undo_redo(store: ProjectStore, doc_id: int) -> None:
    view = store.document(doc_id)
    by_text = {sg.text: sg for sg in view.suggestions}
    store.execute([Accept(by_text["해상풍력 단지 조성"].id), Accept(by_text["2조원"].id)])
    view = store.document(doc_id)
    money = next(a for a in view.annotations if a.label == "MONEY")
    project = next(a for a in view.annotations if a.label == "PROJECT")
    assert money.value == Value(2e12, 2e12, 2e12, "KRW")
    assert [(r.head, r.tail, r.label) for r in view.relations] == [
        (money.id, project.id, "AMOUNT_FOR")]
    assert view.status == "in_progress"
    assert len(view.suggestions) == 4

    store.undo()
    view = store.document(doc_id)
    assert not view.annotations and not view.relations and len(view.suggestions) == 6
    store.redo()
    view = store.document(doc_id)
    assert len(view.annotations) == 2 and len(view.relations) == 1


def test_every_kind_of_decision_survives_a_restart(tmp_path) -> None:
    path = tmp_path / "p.sqlite3"
    store = ProjectStore.open(path, "kim")
    doc = store.add_documents([ImportedDoc(TEXT, outlet="남도일보")]).document_ids[0]
    store.save_analysis(doc, "test", _spans())
    sugg = {sg.text: sg for sg in store.document(doc).suggestions}
    store.execute(Reject(sugg["전남도"].id))
    store.execute(Accept(sugg["김하늘"].id, label="ORG"))  # corrected label
    money = store.execute(Accept(sugg["3500억원"].id)).annotation_ids
    (money_id,) = money
    store.execute(Update(money_id, value=Value(3.6e11, 3.6e11, 3.6e11, "KRW", approx=True)))
    store.execute(Create(doc, 0, 3, "ORG"))
    proj = store.execute(Accept(sugg["수소 항만 구축"].id)).annotation_ids
    store.execute(SetStatus(doc, "done"))
    store.close()

    store = ProjectStore.open(path, "kim")
    view = store.document(doc)
    by_text = {a.text: a for a in view.annotations}
    assert by_text["김하늘"].label == "ORG" and by_text["김하늘"].status == "corrected"
    assert by_text["3500억원"].value == Value(3.6e11, 3.6e11, 3.6e11, "KRW", approx=True)
    assert by_text["3500억원"].status == "corrected"
    assert by_text["전남도"].status == "manual"
    (proj_id,) = proj
    assert [(r.head, r.tail) for r in view.relations] == [(money_id, proj_id)]
    assert view.status == "done"
    assert "전남도" not in {sg.text for sg in view.suggestions}  # rejected stays rejected

    # Undo everything, newest first, across the restart.
    while store.undo() is not None:
        pass
    view = store.document(doc)
    assert not view.annotations and not view.relations and view.status == "new"
    assert len(view.suggestions) == 6
    store.redo()
    assert "전남도" not in {sg.text for sg in store.document(doc).suggestions}
    # A new decision clears the redo stack.
    store.execute(Create(doc, 0, 3, "LOCATION"))
    assert store.redo() is None
    store.close()


def test_delete_unlink_and_refusals(store: ProjectStore, doc_id: int) -> None:
    sugg = {sg.text: sg for sg in store.document(doc_id).suggestions}
    (p,) = store.execute(Accept(sugg["수소 항만 구축"].id)).annotation_ids
    (m,) = store.execute(Create(doc_id, TEXT.index("3500억원"),
                                TEXT.index("3500억원") + 6, "MONEY")).annotation_ids
    store.execute(Link(m, p))
    with pytest.raises(CommandError):
        store.execute(Link(m, p))
    rel = store.document(doc_id).relations[0]
    store.execute(Unlink(rel.id))
    assert not store.document(doc_id).relations
    store.undo()
    assert store.document(doc_id).relations
    with pytest.raises(CommandError):
        store.execute(Create(doc_id, 0, len(TEXT) + 1, "ORG"))
    with pytest.raises(CommandError):
        store.execute(Accept(sugg["수소 항만 구축"].id))
    with pytest.raises(CommandError):
        store.execute(Update(p, label="ORG", expected_version=99))
    store.execute(Delete(p))
    view = store.document(doc_id)
    assert {a.id for a in view.annotations} == {m} and not view.relations
    assert "수소 항만 구축" not in {sg.text for sg in view.suggestions}
    store.undo()
    view = store.document(doc_id)
    assert {a.id for a in view.annotations} == {m, p} and len(view.relations) == 1


def test_decision_log_records_who_what_before_after(store: ProjectStore, doc_id: int) -> None:
    sugg = store.document(doc_id).suggestions
    store.execute([Accept(sg.id) for sg in sugg[:3]], "bulk")
    store.undo()
    with store.session() as session:
        rows = session.query(s.Decision).order_by(s.Decision.id).all()
    assert [r.action for r in rows] == ["accept", "accept", "accept", "undo"]
    assert {r.annotator for r in rows} == {"tester"}
    assert rows[0].group_id == rows[1].group_id == rows[2].group_id == rows[3].reverts
    first = rows[0]
    key = f"annotation:{first.annotation_id}"
    assert first.before[key] is None and first.after[key]["label"] == sugg[0].label


def test_document_list_counts_and_filters(store: ProjectStore, doc_id: int) -> None:
    other = store.add_documents([ImportedDoc("서울시는 공원을 늘린다고 밝혔다.", title="공원")])
    docs = store.documents()
    assert [(d.id, d.open_suggestions, d.annotations, d.status) for d in docs] == [
        (doc_id, 6, 0, "new"), (other.document_ids[0], 0, 0, "new")]
    assert [d.id for d in store.documents(DocQuery(label="MONEY"))] == [doc_id]
    assert [d.id for d in store.documents(DocQuery(text="공원"))] == other.document_ids
    assert [d.id for d in store.documents(DocQuery(min_amount=1e12))] == [doc_id]
    assert store.documents(DocQuery(min_amount=5e12)) == []
    assert store.documents(DocQuery(status="done")) == []


def test_export_choices_list_outlets_and_the_date_range(store: ProjectStore) -> None:
    from datetime import date

    assert store.export_choices().outlets == []
    store.add_documents([
        ImportedDoc("광주시는 예산을 늘린다.", date=date(2025, 5, 8), outlet="남도일보"),
        ImportedDoc("전남도는 예산을 줄인다.", date=date(2024, 1, 2), outlet="빛고을신문"),
        ImportedDoc("부산시는 예산을 동결한다.", date=date(2025, 12, 1), outlet="남도일보"),
        ImportedDoc("출처가 없는 글이다."),
    ])
    got = store.export_choices()
    assert got.outlets == ["남도일보", "빛고을신문"]
    assert (got.first_date, got.last_date) == (date(2024, 1, 2), date(2025, 12, 1))


def test_resolve_url_accepts_paths_urls_and_environment(tmp_path, monkeypatch) -> None:
    assert resolve_url("postgresql://u@localhost/bitgeul") == "postgresql://u@localhost/bitgeul"
    assert resolve_url(tmp_path / "a.sqlite3").endswith("a.sqlite3")
    monkeypatch.setenv("BITGEUL_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")


def test_migrations_upgrade_an_old_file_and_back_it_up(tmp_path) -> None:
    from models.store.db import move_schema

    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    move_schema(db.engine, "base", "0001")  # a file as the first migration wrote it
    db.close()
    store = ProjectStore.open(path, "kim")
    store.add_documents([ImportedDoc("부산시는 항만 예산을 늘렸다.")])
    store.close()
    head = head_revision(open_database(path).engine)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    if head != "0001":
        assert list(tmp_path.glob("old.backup-*.sqlite3"))


def test_a_foreign_sqlite_file_is_refused(tmp_path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    with pytest.raises(InputError, match="not a Bitgeul project"):
        open_database(path)


def test_damaged_file_is_refused_and_a_backup_restores_it(tmp_path) -> None:
    from models.store.db import DamagedProjectError, backups_of, restore_backup

    path = tmp_path / "p.sqlite3"
    store = ProjectStore.open(path, "kim")
    store.add_documents([ImportedDoc("대구시는 도시철도 예산을 늘렸다.")])
    store.close()
    ProjectStore.open(path, "kim").close()  # a day of use makes a backup
    assert backups_of(path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # scribble over the second page
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedProjectError) as err:
        ProjectStore.open(path, "kim")
    assert "damaged" in str(err.value) and err.value.backups
    restore_backup(err.value.backups[0], path)
    store = ProjectStore.open(path, "kim")
    assert store.stats()["documents"] == 1
    assert list(tmp_path.glob("p.damaged-*.sqlite3"))
    store.close()


def test_project_in_a_hangul_folder_with_spaces_and_percent(tmp_path) -> None:
    path = tmp_path / "빛글 프로젝트 100%" / "연구 자료.sqlite3"
    store = ProjectStore.open(path, "홍길동")
    store.add_documents([ImportedDoc("세종시는 행정수도 예산을 편성했다.")])
    store.close()
    assert ProjectStore.open(path, "홍길동").stats()["documents"] == 1


def test_redo_follows_editor_rules_across_a_restart(tmp_path) -> None:
    path = tmp_path / "p.sqlite3"
    store = ProjectStore.open(path, "kim")
    doc = store.add_documents([ImportedDoc(TEXT)]).document_ids[0]
    a = store.execute(Create(doc, 0, 3, "LOCATION")).group_id
    b = store.execute(Create(doc, 5, 9, "PROJECT")).group_id
    store.undo()
    store.undo()
    c = store.execute(Create(doc, 10, 14, "MONEY")).group_id  # clears the redo of a and b
    store.undo()
    store.close()
    store = ProjectStore.open(path, "kim")
    done, redo = store.undo_stack()
    assert done == [] and [e.group_id for e in redo] == [c]
    assert store.redo().group_id == c
    assert store.redo() is None
    with pytest.raises(CommandError):
        store.undo(a)  # a was undone already: only c can be undone
    assert store.undo(c).undone
    assert {x.group_id for x in store.history()} == {c} and b != c


def test_a_rejection_survives_a_new_engine_pass(store: ProjectStore, doc_id: int) -> None:
    sugg = {sg.text: sg for sg in store.document(doc_id).suggestions}
    store.execute(Reject(sugg["김하늘"].id))
    store.save_analysis(doc_id, "full-engine", _spans())
    texts = [sg.text for sg in store.document(doc_id).suggestions]
    assert "김하늘" not in texts and len(texts) == 5
    assert store.latest_engine(doc_id) == "full-engine"
    assert [d.id for d in store.documents(DocQuery(label="PERSON"))] == []
    assert [d.id for d in store.documents(DocQuery(label="PROJECT"))] == [doc_id]
