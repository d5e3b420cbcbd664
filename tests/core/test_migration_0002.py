"""Migration 0002 on a SQLite file with work in it: tables rebuilt without losing a row, and ids
of deleted rows (still named in the decision log) never handed out again."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from models.domain import Analysis, ImportedDoc, Span
from models.store.commands import Accept, Create, Delete, Link, Reject
from models.store.db import move_schema, open_database
from models.store.project import ProjectStore

TEXT = "대구시는 도시철도 4호선 건설에 8000억원을 투입한다. 이하늘 국장이 밝혔다."
TABLES = ("documents", "suggestions", "suggestion_links", "annotations", "relations",
          "rejections", "doc_status", "decisions")


def _analysis() -> Analysis:
    def sp(word: str, label: str) -> Span:
        i = TEXT.index(word)
        return Span(i, i + len(word), label, word, "test", 0.9)

    return Analysis([sp("대구시", "LOCATION"), sp("도시철도 4호선 건설", "PROJECT"),
                     sp("8000억원", "MONEY"), sp("이하늘", "PERSON")])


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in the columns 0001 had (later migrations add columns)."""
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT {', '.join(f'[{c}]' for c in OLD_COLUMNS[t])} "
                                f"FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


OLD_COLUMNS: dict[str, list[str]] = {}


def test_upgrade_from_0001_keeps_every_row_and_never_reuses_ids(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = _file_at_0001(path)  # a 0001 file, written by the same commands
    doc = store.add_documents([ImportedDoc(TEXT)]).document_ids[0]
    store.save_analysis(doc, "v1", _analysis())
    sugg = {g.text: g for g in store.document(doc).suggestions}
    store.execute(Accept(sugg["도시철도 4호선 건설"].id))
    store.execute(Reject(sugg["이하늘"].id))
    (a,) = store.execute(Create(doc, 0, 3, "ORG")).annotation_ids
    (b,) = store.execute(Create(doc, 30, 33, "PERSON")).annotation_ids
    store.execute(Link(a, b))
    store.execute(Delete(b))  # the newest annotation and relation are gone, but logged
    store.save_analysis(doc, "v2", _analysis())  # old unused suggestions go
    store.close()
    with sqlite3.connect(path) as conn:
        top_ann = conn.execute("SELECT max(id) FROM annotations").fetchone()[0]
        assert top_ann < b
    before = _dump(path)

    store = ProjectStore.open(path, "kim")  # upgrades to head, with a backup
    assert _dump(path) == before
    assert list(tmp_path.glob("old.backup-*.sqlite3"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        seq = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations'").fetchone()
    assert "AUTOINCREMENT" in sql[0] and seq["annotations"] >= b
    (c,) = store.execute(Create(doc, 10, 14, "ORG")).annotation_ids
    assert c > b
    store.undo()  # the create
    store.undo()  # the delete: b comes back under its own id, with its link
    view = store.document(doc)
    assert b in {x.id for x in view.annotations} and len(view.relations) == 1
    store.close()


class _At0001:
    """A store whose file ends up at schema 0001 when closed: written by today's commands at
    head (today's ORM knows columns 0001 lacked), then taken down to 0001."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store = ProjectStore.open(path, "kim")

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    def close(self) -> None:
        self.store.close()
        # A bare engine: foreign keys off (SQLite's default), or the downgrade's table rebuilds
        # would cascade into the child tables.
        engine = create_engine(f"sqlite:///{self.path}")
        move_schema(engine, "0001")
        engine.dispose()
        with sqlite3.connect(self.path) as conn:
            for t in TABLES:
                OLD_COLUMNS[t] = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]


def _file_at_0001(path: Path) -> Any:
    return _At0001(path)


def test_rows_from_old_races_are_kept_and_made_to_fit(tmp_path: Path) -> None:
    path = tmp_path / "raced.sqlite3"
    store = _file_at_0001(path)
    doc = store.add_documents([ImportedDoc(TEXT)]).document_ids[0]
    store.save_analysis(doc, "v1", _analysis())
    sugg = store.document(doc).suggestions[0]
    store.execute(Accept(sugg.id))
    store.close()
    with sqlite3.connect(path) as conn:  # what two machines accepting at once left under 0001
        conn.execute("INSERT INTO annotations (document_id, doc_length, annotator, start, [end], "
                     "label, status, suggestion_id, version, updated_at) SELECT document_id, "
                     "doc_length, annotator, start, [end], label, status, suggestion_id, 1, "
                     "updated_at FROM annotations")
        conn.execute("INSERT INTO projects (name, created_at, settings) "
                     "SELECT name, created_at, settings FROM projects")
    store = ProjectStore.open(path, "kim")
    with sqlite3.connect(path) as conn:
        links = conn.execute("SELECT suggestion_id FROM annotations ORDER BY id").fetchall()
        names = [n for (n,) in conn.execute("SELECT name FROM projects ORDER BY id")]
    assert links == [(sugg.id,), (None,)]
    assert names[0] == "Bitgeul" and names[1] != "Bitgeul" and len(names) == 2
    store.close()


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    db = open_database(path, migrate=False)
    move_schema(db.engine, "0001")  # made at 0001 (documents have not changed since)
    store = ProjectStore(db, "kim")
    store.add_documents([ImportedDoc(TEXT)])
    store.close()
    with sqlite3.connect(path) as conn:  # an orphan row, as a foreign-keys-off tool could leave
        for t in TABLES:
            OLD_COLUMNS[t] = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
        conn.execute("INSERT INTO annotations (document_id, doc_length, annotator, start, "
                     "[end], label, status, version, updated_at) "
                     "VALUES (999, 10, 'x', 0, 1, 'ORG', 'manual', 1, '2026-01-01')")
    before = _dump(path)
    try:
        ProjectStore.open(path, "kim")
    except RuntimeError as exc:
        assert "foreign keys" in str(exc)
    else:
        raise AssertionError("the upgrade should have been refused")
    assert _dump(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations'").fetchone()
        assert "AUTOINCREMENT" not in sql[0]
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not any(t.startswith("_alembic_tmp") for t in tables)
