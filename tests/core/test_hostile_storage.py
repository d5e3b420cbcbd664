"""Storage going wrong: a full disk, read-only folders and files, a damaged project, backups,
two instances. Each case: a clear one-line message, exit 2 from the CLI, nothing half-stored.

A full disk is simulated with SQLite's own limit (PRAGMA max_page_count on every new
connection), which fails writes exactly as a full disk does (SQLITE_FULL). Read-only folders are
real: the CLI runs in a child that obeys file permissions even when the tests run as root.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from crash_helpers import (
    DRIVER,
    REPO,
    Victim,
    acks,
    child_env,
    full_disk,
    integrity,
    query,
    run_as_plain_user,
)

from models.cli.main import main
from models.domain import Analysis, ImportedDoc, Span
from models.store.db import (
    BACKUPS_KEPT,
    DamagedProjectError,
    ProjectStorageError,
    backup_sqlite,
    backups_of,
    daily_backup,
    good_backups,
    open_database,
    restore_backup,
    sqlite_problem,
)
from models.store.lock import ProjectLock, ProjectLocked, lock_path
from models.store.project import ProjectStore

KOREAN = "강원도는 산불 피해 복구에 450억원을 긴급 편성했다고 밝혔다."


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str, *words: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("bitgeul: ") and "Traceback" not in err, err
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def make_project(path: Path, n: int = 3) -> None:
    store = ProjectStore.open(path, "kim")
    store.add_documents([ImportedDoc(f"{i}번 기사. {KOREAN}") for i in range(n)])
    store.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x5a" * 4096  # scribble over the second page
    path.write_bytes(bytes(data))


def age(path: Path, hours: float) -> None:
    t = time.time() - hours * 3600
    os.utime(path, (t, t))


# -- a full disk -------------------------------------------------------------------------------------


def big_jsonl(path: Path, n: int, tag: str) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": f"{tag} {i}번. " + KOREAN * 20}, ensure_ascii=False) + "\n")
    return path


def test_full_disk_during_import_stores_nothing_of_that_file(capsys, tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    first = big_jsonl(tmp_path / "a.jsonl", 3, "가")
    second = big_jsonl(tmp_path / "b.jsonl", 400, "나")
    with full_disk(db, spare_pages=30):  # room for the small file, not for the big one
        code, out, err = cli(capsys, "--db", str(db), "import", "--no-progress", str(first),
                             str(second))
    assert code == 2
    one_line(err, str(db), "disk is full", "nothing")
    assert f"{first}: 3 documents added" in out
    stored = dict(query(db, "SELECT source_file, count(*) FROM documents GROUP BY source_file"))
    assert stored.get(str(first)) == 3 and str(second) not in stored
    integrity(db)
    code, out, err = cli(capsys, "--db", str(db), "import", "--no-progress", str(second))
    assert code == 0 and "400 documents added" in out  # space again: it all goes in


def test_full_disk_during_bulk_accept(capsys, tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    store = ProjectStore.open(db, "kim")
    ids = store.add_documents([ImportedDoc(f"{i}번 " + KOREAN) for i in range(40)]).document_ids
    for doc_id in ids:
        store.save_analysis(doc_id, "t", Analysis([Span(0, 2, "ORG", "0번", "t", 0.9)]))
    store.close()
    with full_disk(db):
        code, out, err = cli(capsys, "--db", str(db), "--annotator", "kim", "accept", "--all")
    assert code == 2
    one_line(err, "disk is full")
    integrity(db)
    groups = query(db, "SELECT group_id, count(*) FROM decisions GROUP BY group_id")
    anns = query(db, "SELECT count(*) FROM annotations")[0][0]
    assert anns == len(groups) < 40 and all(n == 1 for _g, n in groups)


def test_full_disk_in_the_store_raises_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    with full_disk(db):
        store = ProjectStore.open(db, "kim")
        with pytest.raises(ProjectStorageError, match="disk is full") as err:
            store.add_documents([ImportedDoc(f"{i} " + KOREAN * 50) for i in range(100)])
        assert err.value.path == str(db)
        assert store.stats()["documents"] == 3  # the store still reads
        store.close()
    integrity(db)


def test_export_onto_a_full_disk_keeps_the_earlier_file(tmp_path: Path) -> None:
    """A file-size limit on the child (RLIMIT_FSIZE) fails writes like a full disk (EFBIG)."""
    resource = pytest.importorskip("resource")
    db = tmp_path / "p.sqlite3"
    store = ProjectStore.open(db, "kim")
    store.add_documents([ImportedDoc(f"{i}번. " + KOREAN * 10) for i in range(100)])  # ~150 KB
    store.close()
    daily_backup(db)
    out = tmp_path / "결과 파일.jsonl"
    out.write_text("이전 결과\n", encoding="utf-8")

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (48 * 1024, resource.RLIM_INFINITY))

    done = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db), "export", "-o",
                           str(out)], cwd=REPO, env=child_env(), capture_output=True, text=True,
                          encoding="utf-8", timeout=120, preexec_fn=small_disk)
    assert done.returncode == 2, done.stderr
    one_line(done.stderr, str(out), "disk is full", "untouched")
    assert out.read_text(encoding="utf-8") == "이전 결과\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []
    integrity(db)


# -- read-only folders and files ------------------------------------------------------------------------


def plain_cli(*argv: str) -> tuple[int, str, str]:
    done = run_as_plain_user(["-m", "models.cli", *argv])
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def ro(tmp_path: Path) -> Iterator[list[Path]]:
    """Folders made read-only by the test; writable again afterwards, for tmp_path's cleanup."""
    folders: list[Path] = []
    yield folders
    for f in folders:
        f.chmod(0o755)


def test_export_into_a_read_only_folder(tmp_path: Path, ro: list[Path]) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    out = tmp_path / "읽기 전용"
    out.mkdir()
    (out / "earlier.jsonl").write_text("이전 결과\n", encoding="utf-8")
    out.chmod(0o555)
    ro.append(out)
    code, _o, err = plain_cli("--db", str(db), "export", "-o", str(out / "earlier.jsonl"))
    assert code == 2
    one_line(err, "earlier.jsonl", "cannot write in this folder")
    assert [p.name for p in out.iterdir()] == ["earlier.jsonl"]  # no temp file left behind
    assert (out / "earlier.jsonl").read_text(encoding="utf-8") == "이전 결과\n"
    integrity(db)


def test_project_in_a_read_only_folder(tmp_path: Path, ro: list[Path]) -> None:
    folder = tmp_path / "잠긴 폴더"
    db = folder / "p.sqlite3"
    make_project(db)
    before = db.read_bytes()
    folder.chmod(0o555)
    ro.append(folder)
    doc = tmp_path / "기사.txt"
    doc.write_text(KOREAN + " 추가", encoding="utf-8")
    code, _o, err = plain_cli("--db", str(db), "import", str(doc))
    assert code == 2
    one_line(err, str(db), "read-only")
    assert db.read_bytes() == before
    code, _o, err = plain_cli("--db", str(folder / "새 프로젝트.sqlite3"), "stats")
    assert code == 2
    one_line(err, "새 프로젝트.sqlite3", "cannot open or create the project file")
    code, _o, err = plain_cli("--db", str(folder / "하위" / "p.sqlite3"), "stats")
    assert code == 2
    one_line(err, "cannot create the project's folder")


def test_read_only_project_file(tmp_path: Path, ro: list[Path]) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    db.chmod(0o444)
    ro.append(db)
    doc = tmp_path / "기사.txt"
    doc.write_text(KOREAN + " 또 추가", encoding="utf-8")
    code, _o, err = plain_cli("--db", str(db), "import", str(doc))
    assert code == 2
    one_line(err, "read-only", "nothing was stored")
    db.chmod(0o644)
    assert query(db, "SELECT count(*) FROM documents") == [(3,)]


# -- a damaged project, backups --------------------------------------------------------------------------


def test_damaged_project_in_the_cli_names_the_newest_backup(capsys, tmp_path: Path) -> None:
    db = tmp_path / "보고서 [2025].sqlite3"
    make_project(db)
    ProjectStore.open(db, "kim").close()  # a day of use: the day's backup
    newest = backups_of(db)[0]
    damage(db)
    code, _out, err = cli(capsys, "--db", str(db), "stats")
    assert code == 2
    line = one_line(err, str(db), "damaged", str(newest))
    assert line.count(str(db)) == 1
    db.unlink()
    newest.unlink()
    make_project(db)
    damage(db)
    code, _out, err = cli(capsys, "--db", str(db), "stats")
    assert code == 2
    one_line(err, "damaged", "no backup was found")


@pytest.mark.parametrize("how", ["header", "page", "truncated"])
def test_kinds_of_damage_are_detected_at_open(tmp_path: Path, how: str) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db, n=60)
    data = bytearray(db.read_bytes())
    if how == "header":
        data[:16] = b"not a database!!"
    elif how == "page":
        data[4096:8192] = b"\x5a" * 4096
    else:
        data = data[: len(data) // 2]
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedProjectError):
        ProjectStore.open(db, "kim")


def test_backups_rotate_and_stay_consistent(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    made = []
    for i in range(BACKUPS_KEPT + 3):
        target = backup_sqlite(db, f"test{i}")
        age(target, 100 - i)  # older first
        made.append(target)
    kept = backups_of(db)
    assert len(kept) == BACKUPS_KEPT and kept[0] == made[-1]
    assert all(sqlite_problem(b) is None for b in kept)
    assert not list(tmp_path.glob("*.tmp"))


def test_daily_backup_once_a_day(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    assert daily_backup(db) is not None
    assert daily_backup(db) is None  # the same day: no second copy
    age(backups_of(db)[0], 25)
    ProjectStore.open(db, "kim").close()  # the next day of use
    assert len(backups_of(db)) == 2


def test_backup_before_migration_holds_the_old_state(tmp_path: Path) -> None:
    from models.store.db import head_revision, move_schema

    db = tmp_path / "old.sqlite3"
    database = open_database(db)
    move_schema(database.engine, "base", "0001")
    head = head_revision(database.engine)
    database.close()
    for b in backups_of(db):
        b.unlink()
    ProjectStore.open(db, "kim").close()
    before = [b for b in backups_of(db) if f"before-{head}" in b.name]
    assert len(before) == 1
    assert query(before[0], "SELECT version_num FROM alembic_version") == [("0001",)]
    assert query(db, "SELECT version_num FROM alembic_version") == [(head,)]


def test_a_backup_taken_while_another_process_writes_is_sound(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db, n=10)
    writer = Victim([str(DRIVER), str(db), "kim", "7", "150"])
    assert writer.wait_for(lambda lines: len(acks(lines)) >= 5), writer.stderr[-2000:]
    copies = [backup_sqlite(db, f"live{i}") for i in range(3)]
    writer.finish()
    assert writer.proc.returncode == 0, writer.stderr[-2000:]
    for copy in copies:
        assert sqlite_problem(copy) is None
        integrity(copy)


def test_restore_skips_a_bad_backup_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    good = backup_sqlite(db, "good")
    age(good, 30)
    bad = backup_sqlite(db, "bad")
    damage(bad)
    half = bad.with_name(bad.name.replace("bad", "half") + ".tmp")  # a crash mid-copy
    half.write_bytes(b"SQLite format 3\0")
    assert backups_of(db)[0] == bad and good_backups(db) == [good]
    store = ProjectStore.open(db, "kim")
    store.add_documents([ImportedDoc("이 문서는 백업 뒤에 들어왔다.")])
    store.close()
    damage(db)
    (db.with_name(db.name + "-wal")).write_bytes(b"wal of the damaged file")
    with pytest.raises(DamagedProjectError) as err:
        ProjectStore.open(db, "kim")
    assert err.value.backups == [good]
    with pytest.raises(DamagedProjectError):
        restore_backup(bad, db)  # a damaged backup is never put in place
    restore_backup(good, db)
    damaged = list(tmp_path.glob("p.damaged-*.sqlite3"))
    assert len(damaged) == 1
    assert damaged[0].with_name(damaged[0].name + "-wal").read_bytes() == b"wal of the damaged file"
    store = ProjectStore.open(db, "kim")
    assert store.stats()["documents"] == 3
    store.close()


# -- two instances -----------------------------------------------------------------------------------------


def test_project_lock_names_the_holder_and_dies_with_it(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    holder = Victim(["-c", "import sys, time\nfrom pathlib import Path\n"
                     "from models.store.lock import ProjectLock\n"
                     "ProjectLock(Path(sys.argv[1])).acquire()\nprint('LOCKED', flush=True)\n"
                     "time.sleep(600)\n", str(db)])
    assert holder.wait_for(lambda lines: "LOCKED" in lines), holder.stderr
    with pytest.raises(ProjectLocked) as err:
        ProjectLock(db).acquire()
    assert err.value.holder.pid == holder.proc.pid
    assert f"PID {holder.proc.pid}" in str(err.value)
    holder.kill()
    holder.finish()
    assert lock_path(db).exists()  # a stale file, but the OS lock went with the process
    with ProjectLock(db) as lock:
        assert lock.held
        again = ProjectLock(db)  # the same process (a reload): not "another window"
        again.acquire()
        again.release()
        assert lock.held
    assert not lock.held
    assert not lock_path(db).exists()  # a clean release deletes the file


_CONTENDER = """
import os, sys
from pathlib import Path
from models.store.lock import ProjectLock, ProjectLocked
db, marker = Path(sys.argv[1]), Path(sys.argv[2])
held = clashes = 0
for _ in range(int(sys.argv[3])):
    lock = ProjectLock(db)
    try:
        lock.acquire()
    except ProjectLocked:
        continue
    held += 1
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)  # only a sole holder can
    except FileExistsError:
        clashes += 1
    else:
        os.close(fd)
        os.unlink(marker)
    lock.release()
print(held, clashes, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows never deletes an open file")
def test_two_processes_never_hold_the_lock_at_once(tmp_path: Path) -> None:
    """Two processes take and release the lock as fast as they can. A release deletes the file;
    one that opened it just before must not count the lock on the deleted file as held."""
    db, marker = tmp_path / "p.sqlite3", tmp_path / "holder"
    procs = [subprocess.Popen([sys.executable, "-c", _CONTENDER, str(db), str(marker), "10000"],
                              cwd=REPO, env=child_env(), stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [tuple(map(int, p.communicate(timeout=120)[0].split())) for p in procs]
    assert all(held > 0 for held, _c in results)  # both got the lock, many times
    assert [clashes for _h, clashes in results] == [0, 0]
    assert not lock_path(db).exists()



def test_read_only_open_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    make_project(db)
    writer = ProjectStore.open(db, "kim")  # the other window
    viewer = ProjectStore(open_database(db, read_only=True), "lee")
    assert viewer.stats()["documents"] == 3
    with pytest.raises(ProjectStorageError, match="read-only"):
        viewer.add_documents([ImportedDoc("읽기 전용 창에서는 저장되지 않는다.")])
    writer.add_documents([ImportedDoc("다른 창에서 저장한 문서.")])
    assert viewer.stats()["documents"] == 4  # it sees the other window's work
    viewer.close()
    writer.close()
    integrity(db)


def test_a_big_project_gets_its_full_check_once_a_day(tmp_path: Path, monkeypatch) -> None:
    """The full check reads the whole file (2.5 s at 196 MB): a big project has it with its
    daily backup, not at every open; damage SQLite meets in between is checked at the next open."""
    from models.store import backups

    monkeypatch.setattr(backups, "CHECK_EVERY_OPEN_BYTES", 1)  # every file counts as big
    db = tmp_path / "p.sqlite3"
    make_project(db)
    assert backups_of(db) == []
    ProjectStore.open(db, "kim").close()  # the first open of the day: checked, then copied
    assert len(backups_of(db)) == 1
    damage(db)
    with pytest.raises((DamagedProjectError, ProjectStorageError)):
        store = ProjectStore.open(db, "kim")  # the same day: no full check before reading …
        store.stats()  # … but SQLite refuses the damaged page it reads
    with pytest.raises(DamagedProjectError) as err:
        ProjectStore.open(db, "kim")  # and the next open checks the whole file
    assert err.value.backups == backups_of(db)


def test_a_big_damaged_project_is_refused_when_its_backup_is_due(tmp_path: Path,
                                                                 monkeypatch) -> None:
    from models.store import backups

    monkeypatch.setattr(backups, "CHECK_EVERY_OPEN_BYTES", 1)
    db = tmp_path / "p.sqlite3"
    make_project(db)
    ProjectStore.open(db, "kim").close()
    age(backups_of(db)[0], 25)
    damage(db)
    with pytest.raises(DamagedProjectError):
        ProjectStore.open(db, "kim")  # the next day: checked before a damaged copy is made
    assert len(backups_of(db)) == 1
