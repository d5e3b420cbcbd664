"""Several clients writing one project (a SQLite file, a PostgreSQL database): a conflict is
refused with a CommandError, never silently overwritten."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from models.domain import Analysis, ImportedDoc, Span
from models.store import schema as s
from models.store.commands import Accept, CommandError, Create, SetStatus, Update
from models.store.project import ProjectStore

TEXT = "광주시는 올해 인공지능 집적단지 조성에 4000억원을 쓴다고 밝혔다. 박서연 시장이 설명했다."


@pytest.fixture
def two(db_url: str):
    kim = ProjectStore.open(db_url, "kim")
    lee = ProjectStore.open(db_url, "lee")
    doc = kim.add_documents([ImportedDoc(TEXT, title="광주")]).document_ids[0]
    yield kim, lee, doc
    kim.close()
    lee.close()


def _run_together(jobs: list[Callable[[], None]]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(jobs))

    def wrap(job: Callable[[], None]) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - collected for the test
            errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_migrations_build_the_orm_schema(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.store.schema import Base

    def declared(obj: object, name: str | None, kind: str, reflected: bool,
                 compare_to: object) -> bool:
        # Tables other modules keep to themselves (e.g. learned models) are not the ORM's.
        return not (kind == "table" and reflected and compare_to is None)

    store = ProjectStore.open(db_url, "kim")
    with store.db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": declared})
        assert compare_metadata(context, Base.metadata) == []
    store.close()


def test_a_stale_update_is_refused_and_nothing_is_overwritten(two) -> None:
    kim, lee, doc = two
    (ann,) = kim.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    seen = kim.document(doc).annotations[0].version  # both windows show version 1
    other_machine = ProjectStore(kim.db, "kim")
    other_machine.execute(Update(ann, label="ORG", expected_version=seen))
    with pytest.raises(CommandError, match="changed meanwhile"):
        kim.execute(Update(ann, label="PERSON", expected_version=seen))
    (now,) = kim.document(doc).annotations
    assert (now.label, now.version) == ("ORG", seen + 1)
    # lee works on kim's span from another machine: the same check applies.
    with pytest.raises(CommandError):
        lee.execute(Update(ann, end=2, expected_version=seen))
    assert kim.document(doc).annotations[0].end == 3


def test_the_database_itself_refuses_an_update_based_on_an_old_read(two) -> None:
    kim, lee, doc = two
    (ann,) = kim.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    with pytest.raises(StaleDataError), lee.session() as session:
        row = session.get(s.Annotation, ann)
        assert row is not None and row.version == 1
        kim.execute(Update(ann, label="ORG"))  # commits while lee's read is in hand
        row.label, row.version = "PERSON", row.version + 1
        session.flush()  # UPDATE … WHERE id = :id AND version = 1 → no row → refused
    assert kim.document(doc).annotations[0].label == "ORG"


def test_concurrent_updates_lose_nothing(two) -> None:
    kim, _lee, doc = two
    (ann,) = kim.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    done: Counter[str] = Counter()
    lock = threading.Lock()

    def writer(name: str) -> Callable[[], None]:
        def job() -> None:
            store = ProjectStore(kim.db, name)
            for i in range(15):
                try:
                    store.execute(Update(ann, label=f"L{i % 3}"))  # no expected version
                except CommandError:
                    with lock:
                        done["refused"] += 1
                else:
                    with lock:
                        done["ok"] += 1
        return job

    assert _run_together([writer(n) for n in ("kim", "lee", "park")]) == []
    assert done["ok"] + done["refused"] == 45
    with kim.session() as session:
        version = session.scalar(select(s.Annotation.version).where(s.Annotation.id == ann))
        updates = session.scalar(select(func.count()).select_from(s.Decision)
                                 .where(s.Decision.action == "update"))
    # Every update that reported success is in the row: none overwrote another unseen.
    assert version == 1 + done["ok"] and updates == done["ok"]


def test_one_suggestion_is_accepted_once_even_from_two_machines(two) -> None:
    kim, _lee, doc = two
    kim.save_analysis(doc, "test", Analysis([Span(0, 3, "LOCATION", "광주시")]))
    (sugg,) = kim.document(doc).suggestions
    machines = [ProjectStore(kim.db, "kim") for _ in range(3)]
    errors = _run_together([lambda m=m: m.execute(Accept(sugg.id)) for m in machines])
    assert len(errors) == 2 and all(isinstance(e, CommandError) for e in errors)
    with kim.session() as session:
        assert session.scalar(select(func.count()).select_from(s.Annotation)) == 1


def test_undo_does_not_wipe_someone_elses_later_change(two) -> None:
    kim, lee, doc = two
    (ann,) = kim.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    kim.execute(Update(ann, label="ORG"))
    lee.execute(Update(ann, end=2))  # lee edits kim's span afterwards
    with pytest.raises(CommandError, match="cannot undo"):
        kim.undo()
    (now,) = kim.document(doc).annotations
    assert (now.label, now.end) == ("ORG", 2)


def test_undo_redo_versions_only_grow(two) -> None:
    kim, _lee, doc = two
    (ann,) = kim.execute(Create(doc, 0, 3, "LOCATION")).annotation_ids
    kim.execute(Update(ann, label="ORG"))
    v2 = kim.document(doc).annotations[0].version
    kim.undo()
    (now,) = kim.document(doc).annotations
    assert now.label == "LOCATION" and now.version > v2
    # A window still holding version 2 must not overwrite the undone state.
    with pytest.raises(CommandError):
        kim.execute(Update(ann, label="PERSON", expected_version=v2))


def test_group_ids_stay_unique_with_concurrent_writers(two) -> None:
    kim, _lee, doc = two

    def writer(name: str) -> Callable[[], None]:
        def job() -> None:
            store = ProjectStore(kim.db, name)
            for i in range(10):
                store.execute([Create(doc, i, i + 1, "ORG"), Create(doc, i + 1, i + 3, "DATE"),
                               SetStatus(doc, "in_progress")])
        return job

    assert _run_together([writer(n) for n in ("kim", "lee", "park")]) == []
    with kim.session() as session:
        rows = session.execute(select(s.Decision.id, s.Decision.group_id,
                                      s.Decision.annotator)).all()
    groups: dict[int, list[tuple[int, str]]] = {}
    for did, gid, who in rows:
        groups.setdefault(gid, []).append((did, who))
    assert len(rows) == 90 and len(groups) == 30
    for gid, members in groups.items():
        assert len(members) == 3 and min(d for d, _ in members) == gid
        assert len({w for _, w in members}) == 1


def test_clients_opening_a_fresh_project_at_once_make_one(db_url: str) -> None:
    stores: list[ProjectStore] = []
    errors = _run_together([lambda: stores.append(ProjectStore.open(db_url, "kim"))
                            for _ in range(4)])
    assert errors == []
    assert len({st.project_id for st in stores}) == 1
    with stores[0].session() as session:
        assert session.scalar(select(func.count()).select_from(s.Project)) == 1
        assert session.scalar(select(func.count()).select_from(s.Label)) == 7
    for st in stores:
        st.close()
