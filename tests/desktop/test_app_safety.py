"""The workbench and lost work: SIGKILL mid-session, a damaged file, a second window, a full disk.

Dialogs are the real QMessageBoxes of desktop.shell.safety, answered by a timer that clicks their
buttons the way a user would.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_helpers import DEMO_DOCS, open_window

from models.store.db import backups_of
from models.store.lock import lock_path
from models.store.project import ProjectStore

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("app_driver.py")
sys.path.insert(0, str(REPO / "tests" / "core"))
from crash_helpers import Victim, acks, crash_rng, full_disk, integrity, query  # noqa: E402

APP_RUNS = 12


# -- answering dialogs -----------------------------------------------------------------------------


@contextmanager
def answering(name: str, button: str | QMessageBox.StandardButton,
              seen: list[str]) -> Iterator[None]:
    """While the block runs, answer every message box called ``name`` with ``button`` (an
    object name or a standard button) and note its text."""

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible():
                seen.append(w.text() + "\n" + w.informativeText())
                target = (w.button(button) if isinstance(button, QMessageBox.StandardButton)
                          else next(b for b in w.buttons() if b.objectName() == button))
                target.click()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xa5" * 4096  # scribble over the second page
    path.write_bytes(bytes(data))


# -- SIGKILL while the real window writes ----------------------------------------------------------


def test_app_killed_mid_session_keeps_every_acknowledged_decision(tmp_path: Path,
                                                                  demo_db: Path) -> None:
    rng, seed = crash_rng()
    base = tmp_path / "base.sqlite3"
    base.write_bytes(demo_db.read_bytes())
    db = tmp_path / "작업 중.sqlite3"
    total = killed = 0
    for _run in range(APP_RUNS):
        for extra in ("-wal", "-shm"):
            db.with_name(db.name + extra).unlink(missing_ok=True)
        db.write_bytes(base.read_bytes())  # the lock file of the killed run stays: no matter
        victim = Victim([str(DRIVER), str(db), str(rng.randrange(1 << 30))])
        assert victim.wait_for(lambda lines: "READY" in lines), victim.stderr[-3000:]
        victim.wait_acks(rng.randint(0, 40))
        time.sleep(rng.uniform(0.0, 0.01))
        victim.kill()
        lines = victim.finish()
        assert "OPEN FAILED" not in lines, victim.stderr[-3000:]
        killed += victim.died_by_kill
        acked = acks(lines)
        total += len(acked)
        integrity(db)
        counts = dict(query(db, "SELECT group_id, count(*) FROM decisions GROUP BY group_id"))
        lost = [gid for gid, _n in acked if counts.get(gid) != 1]
        assert not lost, f"acknowledged decisions lost (seed {seed}): {lost}"
        ProjectStore.open(db, "app").close()
    assert killed >= APP_RUNS - 2 and total > APP_RUNS, (killed, total, seed)
    print(f"app crash runs: {APP_RUNS}, killed {killed}, acknowledged decisions checked {total} "
          f"(seed {seed})")


# -- a damaged project file ------------------------------------------------------------------------


@pytest.mark.usefixtures("app")
def test_damaged_project_offers_the_newest_backup(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.main_window import MainWindow

    ProjectStore.open(demo_db, "tester").close()  # a day of use: the day's backup
    backups = backups_of(demo_db)
    assert backups
    damage(demo_db)
    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    seen: list[str] = []
    with answering("projectDamagedDialog", "restoreBackup", seen):
        assert window.open_project(str(demo_db))
    assert len(seen) == 1 and backups[0].name in seen[0] and "damaged" in seen[0]
    assert window.store is not None and window.store.stats()["documents"] == DEMO_DOCS
    assert list(demo_db.parent.glob("demo.damaged-*.sqlite3"))  # kept, not deleted
    window.close()
    integrity(demo_db)


@pytest.mark.usefixtures("app")
def test_damaged_project_cancel_leaves_it_alone(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.main_window import MainWindow

    ProjectStore.open(demo_db, "tester").close()  # a day of use: the day's backup
    damage(demo_db)
    before = demo_db.read_bytes()
    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    seen: list[str] = []
    with answering("projectDamagedDialog", QMessageBox.StandardButton.Cancel, seen):
        assert not window.open_project(str(demo_db))
    assert len(seen) == 1 and window.store is None
    assert demo_db.read_bytes() == before and not list(demo_db.parent.glob("*.damaged-*"))


@pytest.mark.usefixtures("app")
def test_damaged_project_without_backup_is_explained(qtbot, prefs, tmp_path: Path) -> None:
    from desktop.shell.main_window import MainWindow

    db = tmp_path / "새 프로젝트.sqlite3"
    ProjectStore.open(db, "tester").close()  # never opened on another day: no backup yet
    assert not backups_of(db)
    damage(db)
    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    seen: list[str] = []
    with answering("cannotOpenDialog", QMessageBox.StandardButton.Ok, seen):
        assert not window.open_project(str(db))
    assert len(seen) == 1 and "damaged" in seen[0] and "no backup" in seen[0]


# -- two windows on one project --------------------------------------------------------------------


@contextmanager
def other_window(db: Path) -> Iterator[Victim]:
    """The workbench open on ``db`` in another process (it holds the project's lock)."""
    holder = Victim([str(DRIVER), str(db), "0", "hold"])
    try:
        assert holder.wait_for(lambda lines: "READY" in lines), holder.stderr[-3000:]
        yield holder
    finally:
        holder.kill()
        holder.finish()


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("app")
def test_second_window_is_told_and_may_open_read_only(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.main_window import MainWindow
    from desktop.shell.safety import install_error_dialog

    decisions = query(demo_db, "SELECT count(*) FROM decisions")
    with other_window(demo_db) as holder:
        window = MainWindow(prefs, background=False)
        qtbot.addWidget(window)
        window.show()
        seen: list[str] = []
        with answering("projectLockedDialog", "openReadOnly", seen):
            assert window.open_project(str(demo_db))
        assert len(seen) == 1 and f"PID {holder.proc.pid}" in seen[0]
        assert window.read_only and "read-only" in window.windowTitle()
        qtbot.waitUntil(lambda: window.editor.view is not None, timeout=10_000)
        # A decision in the read-only window: refused with a dialog, the window stays up.
        previous = install_error_dialog(lambda: window)
        errors: list[str] = []
        try:
            with answering("errorDialog", QMessageBox.StandardButton.Ok, errors):
                window.editor.step(True, only_suggestions=True)
                QTimer.singleShot(0, window.editor.accept)
                qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
        finally:
            sys.excepthook = previous
        assert "read-only" in errors[0]
        assert window.isVisible() and window.store.stats()["documents"] == DEMO_DOCS
        window.close()
    assert query(demo_db, "SELECT count(*) FROM decisions") == decisions


@pytest.mark.usefixtures("app")
def test_second_window_may_cancel(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.main_window import MainWindow

    with other_window(demo_db):
        window = MainWindow(prefs, background=False)
        qtbot.addWidget(window)
        seen: list[str] = []
        with answering("projectLockedDialog", QMessageBox.StandardButton.Cancel, seen):
            assert not window.open_project(str(demo_db))
        assert len(seen) == 1 and window.store is None
    # The other window is gone (killed, even): its lock went with it.
    assert window.open_project(str(demo_db)) and not window.read_only
    window.close()


@pytest.mark.usefixtures("app")
def test_reopening_in_the_same_window_is_not_a_second_instance(qtbot, prefs,
                                                               demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    assert window.lock is not None and window.lock.held
    assert window.open_project(str(demo_db)) and not window.read_only  # no dialog
    window.close()
    assert window.lock is None
    assert not lock_path(demo_db).exists()  # a clean exit leaves no stray file beside it


# -- a full disk while working ---------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("app")
def test_full_disk_gives_a_dialog_and_stores_nothing_half(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.safety import install_error_dialog

    with full_disk(demo_db):
        window = open_window(qtbot, prefs, demo_db)
        assert window.undo is not None
        acked: list[int] = []
        window.undo.changed.connect(lambda change: acked.append(change.group_id))
        errors: list[str] = []
        previous = install_error_dialog(lambda: window)
        try:
            with answering("errorDialog", QMessageBox.StandardButton.Ok, errors):
                work: Callable[[], None] = window.editor.accept
                for _ in range(400):  # a fast user, until the disk is full
                    window.editor.step(True, only_suggestions=True)
                    item = window.editor.current()
                    work = window.editor.accept if item and item.is_suggestion \
                        else window.done_and_next
                    QTimer.singleShot(0, work)
                    qtbot.wait(5)
                    if errors:
                        break
                qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
        finally:
            sys.excepthook = previous
        assert "disk is full" in errors[0], errors
        assert window.isVisible() and window.store is not None
        assert window.store.stats()["documents"] == DEMO_DOCS  # still reads fine
        window.close()
    integrity(demo_db)
    counts = dict(query(demo_db, "SELECT group_id, count(*) FROM decisions GROUP BY group_id"))
    assert set(counts) == set(acked) and all(n == 1 for n in counts.values())
