"""The store's scenarios on a real PostgreSQL server (see tests/conftest_pg.py), plus what only
a server shows: migrations both ways, sequences after undo's explicit-id inserts, the schema the
migrations build against the ORM's."""

from __future__ import annotations

import pytest
from sqlalchemy import text

# The SQLite scenarios, run again here with ``store`` below (pytest collects imported tests).
from test_store import (  # noqa: F401
    TEXT,
    _spans,
    doc_id,
    test_accept_links_amount_to_project_and_undo_redo,
    test_decision_log_records_who_what_before_after,
    test_delete_unlink_and_refusals,
    test_document_list_counts_and_filters,
    test_same_document_is_stored_once_but_wire_copies_are_kept,
    test_span_constraints_hold_in_the_database,
)

from models.cli.main import main
from models.domain import ImportedDoc, Value
from models.store.commands import Accept, Create, Delete, Link, Reject, SetStatus, Update
from models.store.db import SharedUpgradeNeeded, head_revision, open_database
from models.store.project import ProjectStore
from models.store.queries import DocQuery


@pytest.fixture
def store(pg_url: str):
    s = ProjectStore.open(pg_url, "tester")
    yield s
    s.close()


def test_postgres_schema_at_head(store: ProjectStore) -> None:
    with store.db.engine.connect() as conn:
        assert conn.dialect.name == "postgresql"
        rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert rev == head_revision(store.db.engine)
    assert [label.name for label in store.labels()][:7] == [
        "PERSON", "ORG", "LOCATION", "DATE", "MONEY", "QUANTITY", "PROJECT"]


def test_plain_postgresql_url_uses_psycopg(pg_url: str) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    store = ProjectStore.open(plain, "kim")
    assert store.db.engine.dialect.driver == "psycopg"
    store.close()


def test_every_kind_of_decision_survives_a_restart_on_postgres(pg_url: str) -> None:
    store = ProjectStore.open(pg_url, "kim")
    doc = store.add_documents([ImportedDoc(TEXT, outlet="남도일보")]).document_ids[0]
    store.save_analysis(doc, "test", _spans())
    sugg = {sg.text: sg for sg in store.document(doc).suggestions}
    store.execute(Reject(sugg["전남도"].id))
    store.execute(Accept(sugg["김하늘"].id, label="ORG"))
    (money_id,) = store.execute(Accept(sugg["3500억원"].id)).annotation_ids
    store.execute(Update(money_id, value=Value(3.6e11, 3.6e11, 3.6e11, "KRW", approx=True)))
    store.execute(Create(doc, 0, 3, "ORG"))
    (proj_id,) = store.execute(Accept(sugg["수소 항만 구축"].id)).annotation_ids
    store.execute(SetStatus(doc, "done"))
    store.close()

    store = ProjectStore.open(pg_url, "kim")
    view = store.document(doc)
    by_text = {a.text: a for a in view.annotations}
    assert by_text["김하늘"].label == "ORG" and by_text["김하늘"].status == "corrected"
    assert by_text["3500억원"].value == Value(3.6e11, 3.6e11, 3.6e11, "KRW", approx=True)
    assert [(r.head, r.tail) for r in view.relations] == [(money_id, proj_id)]
    assert view.status == "done"
    assert [d.id for d in store.documents(DocQuery(min_amount=3e11, max_amount=4e11))] == [doc]
    assert store.project_terms()["ORG"] >= {"김하늘", "전남도"}
    while store.undo() is not None:
        pass
    view = store.document(doc)
    assert not view.annotations and not view.relations and view.status == "new"
    assert len(view.suggestions) == 6
    store.close()


def test_text_search_ignores_case_on_both_backends(store: ProjectStore) -> None:
    store.add_documents([ImportedDoc("KTX 노선 연장 사업이 확정됐다.", title="ktx")])
    assert len(store.documents(DocQuery(text="ktx"))) == 1
    assert len(store.documents(DocQuery(text="Ktx 노선"))) == 1


def test_undo_reinserts_with_explicit_ids_and_later_inserts_do_not_collide(
        store: ProjectStore, doc_id: int) -> None:  # noqa: F811
    # Undo of a delete puts rows back under their old ids (explicit-id INSERTs, which do not
    # move a PostgreSQL sequence). Those ids came from the sequence, so it is already past them.
    (a,) = store.execute(Create(doc_id, 0, 3, "LOCATION")).annotation_ids
    (b,) = store.execute(Create(doc_id, 5, 7, "DATE")).annotation_ids
    store.execute(Link(a, b))
    rel = store.document(doc_id).relations[0].id
    store.execute([Delete(a), Delete(b)])
    store.undo()
    view = store.document(doc_id)
    assert {x.id for x in view.annotations} == {a, b} and [r.id for r in view.relations] == [rel]
    fresh = [store.execute(Create(doc_id, 10 + i, 12 + i, "ORG")).annotation_ids for i in range(3)]
    new_ids = {i for ids in fresh for i in ids}
    assert min(new_ids) > max(a, b) and len(new_ids) == 3
    store.execute(Link(a, min(new_ids)))
    assert len({r.id for r in store.document(doc_id).relations}) == 2
    with store.db.engine.connect() as conn:
        for table in ("annotations", "relations", "decisions", "suggestions"):
            seq = conn.execute(text(
                f"SELECT last_value FROM {table}_id_seq")).scalar()
            top = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar()
            assert seq >= top, table


def test_migrations_down_and_up_on_postgres(pg_url: str) -> None:
    from models.store.db import move_schema

    db = open_database(pg_url)
    move_schema(db.engine, "0001", "base")
    with db.engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_name <> 'alembic_version'")).scalar()
    assert tables == 0
    move_schema(db.engine, "0001")
    db.close()
    with pytest.raises(SharedUpgradeNeeded, match="bitgeul upgrade"):
        ProjectStore.open(pg_url, "kim")  # a team database is never upgraded unasked
    assert main(["--db", pg_url, "upgrade", "--yes"]) == 0
    store = ProjectStore.open(pg_url, "kim")
    store.add_documents([ImportedDoc("부산시는 항만 예산을 늘렸다.")])
    assert store.stats()["documents"] == 1
    store.close()
