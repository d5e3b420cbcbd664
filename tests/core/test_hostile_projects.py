"""Project files and folders from someone else are input like any other: each hostile one gets
one clear line, nothing crashes or hangs, and the user's own project and files stay as they were.
The files are built in the tests (``hostile_projects``)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import hostile_projects as hp
import pytest

from models.cli.main import main
from models.domain import InputError
from models.store.checks import ForeignSchemaError
from models.store.db import (
    NewerProjectError,
    ProjectStorageError,
    backup_sqlite,
    backups_of,
    open_database,
    restore_backup,
)
from models.store.lock import LockFileRefused, ProjectLock
from models.store.project import ProjectStore

REPO = Path(__file__).resolve().parents[2]
# A hang is a failure, not a slow pass: the CLI gets this long, then the test fails.
HANG_BOUND = 240


def _cli_in_child(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "models.cli", *argv], capture_output=True,
                          text=True, timeout=HANG_BOUND, cwd=REPO, env=env)


def _one_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_a_recursive_view_in_place_of_a_table_is_refused_at_open(tmp_path: Path) -> None:
    path = hp.recursive_view(tmp_path / "view.sqlite3")
    before = hp.digest(path)
    for command in ("stats", "merge"):
        argv = ["--db", str(path), "stats"] if command == "stats" else \
            ["--db", str(tmp_path / "mine.sqlite3"), "merge", str(path)]
        done = _cli_in_child(*argv)
        assert done.returncode == 2
        line = _one_line(done.stderr)
        assert "view annotations" in line and str(path) in line
    assert hp.digest(path) == before and backups_of(path) == []


def test_a_trigger_is_refused_before_any_backup_copies_it(tmp_path: Path) -> None:
    path = hp.wiping_trigger(tmp_path / "trigger.sqlite3")
    before = hp.digest(path)
    with pytest.raises(ForeignSchemaError, match="trigger wipe"):
        ProjectStore.open(path, "kim")
    assert hp.digest(path) == before and backups_of(path) == []
    extra = hp.extra_table(tmp_path / "extra.sqlite3")
    with pytest.raises(ForeignSchemaError, match="table payload"):
        open_database(extra)
    index = hp.real_project(tmp_path / "index.sqlite3")
    hp._sql(index, "CREATE INDEX ix_stray ON documents (title)")
    with pytest.raises(ForeignSchemaError, match="index ix_stray"):
        open_database(index)


def test_a_project_from_a_newer_version_is_never_backed_up_nor_rotated(tmp_path: Path) -> None:
    path = hp.real_project(tmp_path / "p.sqlite3")
    kept = [backup_sqlite(path, f"old{n}") for n in range(5)]
    hp.future_revision(path)
    before = hp.digest(path)
    for _ in range(6):
        with pytest.raises(NewerProjectError, match="newer Bitgeul.*0099_future"):
            ProjectStore.open(path, "kim")
    assert sorted(backups_of(path)) == sorted(kept)  # none added, none rotated away
    assert hp.digest(path) == before
    assert main(["--db", str(path), "stats"]) == 2


def test_backups_keep_a_private_projects_mode(tmp_path: Path) -> None:
    path = hp.real_project(tmp_path / "p.sqlite3")
    os.chmod(path, 0o600)
    copy = backup_sqlite(path, "test")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_restore_never_writes_through_a_link_in_the_folder(tmp_path: Path) -> None:
    victim = hp.real_project(tmp_path / "home" / "default.sqlite3")
    before = hp.digest(victim)
    folder = tmp_path / "received"
    path = hp.real_project(folder / "p.sqlite3")
    backup = backup_sqlite(path, "test")
    for name in ("p.restoring.sqlite3.tmp", "p.restoring.sqlite3", "p.sqlite3.tmp"):
        hp.plant_link(folder / name, victim)
    restore_backup(backup, path)
    assert hp.digest(victim) == before
    assert not path.is_symlink() and ProjectStore.open(path, "kim").stats()["documents"] == 1


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_link_at_the_lock_files_name_is_refused_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "home" / "notes.txt"
    victim.parent.mkdir()
    victim.write_text("내 메모", encoding="utf-8")
    path = hp.real_project(tmp_path / "received" / "p.sqlite3")
    hp.plant_link(path.with_name("p.sqlite3.lock"), victim)
    with pytest.raises(LockFileRefused, match="lock file is a link"):
        ProjectLock(path).acquire()
    assert victim.read_text(encoding="utf-8") == "내 메모"
    fifo = tmp_path / "received" / "q.sqlite3"
    os.mkfifo(fifo.with_name("q.sqlite3.lock"))
    with pytest.raises(LockFileRefused):
        ProjectLock(fifo).acquire()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_atomic_write_replaces_a_link_and_keeps_the_umask(tmp_path: Path) -> None:
    from models.fileio import atomic_write

    victim = tmp_path / "victim.txt"
    victim.write_text("원본", encoding="utf-8")
    target = hp.plant_link(tmp_path / "report.csv", victim)
    with atomic_write(target) as fh:
        fh.write("새 보고서")
    assert victim.read_text(encoding="utf-8") == "원본"
    assert not target.is_symlink() and target.read_text(encoding="utf-8") == "새 보고서"
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "fresh.csv"
    with atomic_write(fresh) as fh:
        fh.write("x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


def test_a_query_past_the_bound_is_stopped_in_one_line(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import text

    monkeypatch.setattr("models.store.checks.QUERY_SECONDS", 0.5)
    store = ProjectStore.open(tmp_path / "p.sqlite3", "kim")
    with pytest.raises(ProjectStorageError, match="ran longer") as err, store.session() as s:
        s.execute(text("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                       "SELECT count(*) FROM r"))
    assert "\n" not in str(err.value)
    assert store.stats()["documents"] == 0  # the next statement gets the full bound again
    store.close()


def test_a_password_never_shows_in_an_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://kim:s3cret-pw@127.0.0.1:1/team"
    assert main(["--db", url, "stats"]) == 2
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "kim:***@127.0.0.1" in _one_line(err)


def test_input_error_is_still_an_input_error() -> None:
    assert issubclass(ForeignSchemaError, InputError) and issubclass(NewerProjectError,
                                                                      InputError)
