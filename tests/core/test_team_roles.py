"""Team roles on a real PostgreSQL server: an owner role makes and upgrades the schema,
annotators' roles have data rights only and must be able to do all their work; a shared
database is never upgraded unasked."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.cli.main import main
from models.domain import ImportedDoc
from models.store.commands import Create, Update
from models.store.db import SharedUpgradeNeeded, move_schema, open_database
from models.store.project import ProjectStore

# What the README's team section tells an administrator to run (as the owner role).
GRANTS = ("GRANT USAGE ON SCHEMA public TO {role}",
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
          "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for st in statements:
                conn.execute(text(st))
    finally:
        engine.dispose()


@pytest.fixture
def roles(pg_url: str) -> Iterator[tuple[str, str]]:
    """(owner URL, annotator URL) on the test database; the roles are dropped afterwards."""
    tag = uuid.uuid4().hex[:8]
    owner, kim = f"bitgeul_owner_{tag}", f"kim_{tag}"
    _sql(pg_url, f"CREATE ROLE {owner} LOGIN", f"CREATE ROLE {kim} LOGIN",
         f"GRANT ALL ON SCHEMA public TO {owner}")
    base = make_url(pg_url)
    yield (base.set(username=owner).render_as_string(hide_password=False),
           base.set(username=kim).render_as_string(hide_password=False))
    _sql(pg_url, f"REASSIGN OWNED BY {owner}, {kim} TO CURRENT_USER",
         f"DROP OWNED BY {owner}, {kim}", f"DROP ROLE {owner}", f"DROP ROLE {kim}")


def test_an_annotator_with_data_rights_only_can_work(roles: tuple[str, str]) -> None:
    owner_url, kim_url = roles
    open_database(owner_url).close()  # the owner sets the schema up
    kim_role = make_url(kim_url).username
    _sql(owner_url, *(g.format(role=kim_role) for g in GRANTS))
    kim = ProjectStore.open(kim_url, "kim")
    (doc,) = kim.add_documents([ImportedDoc("광주시는 인공지능 예산을 늘렸다.")]).document_ids
    (span,) = kim.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    kim.execute(Update(span, label="ORG"))
    assert kim.undo() is not None and kim.redo() is not None
    assert kim.stats()["annotations"] == 1
    kim.close()


def test_a_shared_database_is_upgraded_only_when_asked_by_its_owner(
        roles: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    owner_url, kim_url = roles
    db = open_database(owner_url)
    move_schema(db.engine, "0002")  # as an older Bitgeul left it
    db.close()
    _sql(owner_url, *(g.format(role=make_url(kim_url).username) for g in GRANTS))
    with pytest.raises(SharedUpgradeNeeded, match="changes it for everyone"):
        ProjectStore.open(kim_url, "kim")
    assert main(["--db", kim_url, "stats"]) == 2
    assert "bitgeul upgrade" in capsys.readouterr().err
    # An annotator's role cannot upgrade it: one line, nothing changed.
    assert main(["--db", kim_url, "upgrade", "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "permission denied" in err.lower()
    assert main(["--db", owner_url, "upgrade", "--yes"]) == 0
    assert "upgraded from schema 0002" in capsys.readouterr().out
    ProjectStore.open(kim_url, "kim").close()


def test_who_changed_someone_elses_span_is_recorded(db_url: str) -> None:
    bob = ProjectStore.open(db_url, "bob")
    (doc,) = bob.add_documents([ImportedDoc("부산시는 신공항 예산을 늘렸다.")]).document_ids
    (span,) = bob.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    alice = ProjectStore(bob.db, "alice")
    alice.execute(Update(span, label="ORG"))
    (change,) = bob.changes_by_others("bob")
    assert (change.who, change.owner, change.action, change.annotation_id) == (
        "alice", "bob", "update", span)
    assert alice.history()[-1].description == "수정 (bob의 주석)"
    assert bob.changes_by_others("alice") == []
    bob.close()
