"""A team database that wants a password, on a real PostgreSQL server: the workbench asks for
it, keeps it (if asked to) in libpq's password file, mode 0600, and never in its settings, its
recent-projects list or a message."""

from __future__ import annotations

import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SECRET = "k1m-s3cret"


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for st in statements:
                conn.execute(text(st))
    finally:
        engine.dispose()


@pytest.fixture
def password_url(pg_server, pg_url: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The test database as a role that must give a password (scram), without it in the URL."""
    if pg_server.cluster is None:
        pytest.skip("needs the throwaway cluster (its pg_hba.conf is changed for one role)")
    role = f"pw_{uuid.uuid4().hex[:8]}"
    _sql(pg_url, f"CREATE ROLE {role} LOGIN PASSWORD '{SECRET}'",
         f"GRANT ALL ON SCHEMA public TO {role}")
    hba = pg_server.cluster.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + original)
    _sql(pg_url, "SELECT pg_reload_conf()")
    try:
        yield make_url(pg_url).set(username=role).render_as_string(hide_password=False)
    finally:
        hba.write_text(original)
        _sql(pg_url, "SELECT pg_reload_conf()", f"REASSIGN OWNED BY {role} TO CURRENT_USER",
             f"DROP OWNED BY {role}", f"DROP ROLE {role}")


@contextmanager
def typing_password(password: str, remember: bool, seen: list[str]) -> Iterator[None]:
    """Answer the password dialog as a user would: type, tick, OK."""

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.objectName() == "passwordDialog" and w.isVisible():
                edit = w.findChild(QLineEdit, "password")
                keep = w.findChild(QCheckBox, "rememberPassword")
                assert edit is not None and keep is not None
                seen.append(edit.echoMode().name)
                edit.setText(password)
                keep.setChecked(remember)
                w.accept()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


@pytest.mark.usefixtures("app")
def test_a_password_is_asked_for_and_kept_only_in_the_password_file(
        qtbot, prefs, password_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import config
    from desktop.shell.main_window import MainWindow

    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    seen: list[str] = []
    with typing_password(SECRET, True, seen):
        assert window.open_project(password_url)
    assert seen == ["Password"]
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600 and SECRET in pgpass.read_text()
    assert config.recent_projects()[0] == password_url
    for f in config.config_dir().rglob("*"):
        if f.is_file():
            assert SECRET not in f.read_text(encoding="utf-8", errors="replace"), f
    window.close_project()

    # Next time libpq finds it in its file: no question asked.
    again: list[str] = []
    with typing_password("wrong", False, again):
        assert window.open_project(password_url)
    assert again == []
    window.close_project()

    # A URL typed with the password never reaches the list or a message.
    with_pw = make_url(password_url).set(password=SECRET).render_as_string(hide_password=False)
    assert window.open_project(with_pw)
    assert all(SECRET not in u for u in config.recent_projects())
    window.close()


@pytest.mark.usefixtures("app")
def test_the_cannot_open_dialog_never_shows_a_password(qtbot, prefs  # type: ignore[no-untyped-def]
                                                        ) -> None:
    from desktop.shell.main_window import MainWindow

    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    seen: list[str] = []

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == "cannotOpenDialog" \
                    and w.isVisible():
                seen.append(w.text())
                w.done(0)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    try:
        assert not window.open_project(f"postgresql://kim:{SECRET}@127.0.0.1:1/team")
    finally:
        timer.stop()
    assert len(seen) == 1 and SECRET not in seen[0] and "kim:***@127.0.0.1" in seen[0]


@pytest.mark.usefixtures("app")
def test_a_damaged_model_from_a_colleagues_file_is_named_and_the_rules_suggest(
        qtbot, prefs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """F5 on a project whose stored model is junk: a status line says so; no crash."""
    import sqlite3

    from PySide6.QtCore import Qt
    from qt_helpers import open_window

    from models.domain import ImportedDoc
    from models.learn.features import FEATURE_VERSION
    from models.learn.modelstore import ModelInfo, now, save_model
    from models.store.project import ProjectStore

    db = tmp_path / "received.sqlite3"
    store = ProjectStore.open(db, "kim")
    store.add_documents([ImportedDoc("광주시는 인공지능 예산 4천억원을 확보했다.")])
    save_model(store, b"\0" * 4096, ModelInfo(None, now(), "project", 1, 1, 1, ("ORG",),
                                              {"feature_version": FEATURE_VERSION}))
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM learned_models").fetchone() == (1,)
    window = open_window(qtbot, prefs, db)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "from the rules only" in window.statusBar().currentMessage(),
                    timeout=120_000)
    message = window.statusBar().currentMessage()
    assert "model v1" in message and "not a zip archive" in message and "\n" not in message
    window.close()
