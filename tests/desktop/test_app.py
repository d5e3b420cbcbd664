"""Start-up paths: the PySide6 guard, the label popup, settings, --screenshot and --selftest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QMenu
from qt_helpers import open_window

REPO = Path(__file__).resolve().parents[2]


def test_many_void_qt_calls_do_not_crash_the_interpreter() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (see pyside_fix)."""
    code = ("import desktop.i18n\nfrom PySide6.QtCore import QPointF\np = QPointF()\n"
            "for _ in range(200_000):\n    p.setX(1.0)\nprint('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-500:]


@pytest.mark.usefixtures("app")
def test_mouse_selection_offers_labels(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    article = window.article
    text = window.editor.view.text
    start = text.index("김대중컨벤션센터")
    c = QTextCursor(article.document())
    c.setPosition(article.offsets.to_qt(start))
    a = article.cursorRect(c).center()
    c.setPosition(article.offsets.to_qt(start + len("김대중컨벤션센터")))
    b = article.cursorRect(c).center()
    viewport = article.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    menu = article.findChild(QMenu, "labelPopup")
    assert menu is not None
    place = next(act for act in menu.actions() if act.text() == "Place")
    place.trigger()
    item = window.editor.current()
    assert (item.text, item.label) == ("김대중컨벤션센터", "LOCATION")

    # The keys the menu lists work while it is open: 2 (Organisation) on another selection.
    start = text.index("김대중컨벤션센터") + len("김대중컨벤션센터") + 1
    end = start + 2
    c.setPosition(article.offsets.to_qt(start))
    a = article.cursorRect(c).center()
    c.setPosition(article.offsets.to_qt(end))
    b = article.cursorRect(c).center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    # (the first popup may linger until the event loop deletes it: take the newest)
    menu = [m for m in article.findChildren(QMenu, "labelPopup") if m.isVisible()][-1]
    assert text[start:end] in menu.actions()[0].text()
    qtbot.keyClick(menu, "2")
    item = window.editor.current()
    assert (item.start, item.end, item.label) == (start, end, "ORG")
    window.close()


@pytest.mark.usefixtures("app")
def test_settings_change_label_keys_and_colours(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.settings import SettingsDialog

    window = open_window(qtbot, prefs, demo_db)
    dialog = SettingsDialog(window.prefs, window.store, window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(i, 0).data(Qt.ItemDataRole.UserRole): i
            for i in range(dialog.table.rowCount())}
    dialog.table.item(rows["PERSON"], 2).setText("9")
    dialog.colours["PERSON"] = "#112233"
    dialog.font_size.setValue(16)
    dialog.accept()
    assert dialog.result() == 1
    labels = {lab.name: lab for lab in window.store.labels()}
    assert labels["PERSON"].shortcut == "9" and labels["PERSON"].colour == "#112233"
    dialog.table.item(rows["ORG"], 2).setText("9")
    assert dialog.validate() is not None  # two labels on one key are refused
    window.refresh_labels()
    keys = {a.objectName(): a.shortcut().toString() for a in window.label_actions}
    assert keys["label-PERSON"] == "9"
    window.close()


@pytest.mark.slow
def test_screenshot_command_writes_a_large_png(tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "shot.png"
    env = {"BITGEUL_CONFIG_DIR": str(tmp_path / "cfg"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(demo_db),
                           "--screenshot", str(out)], cwd=REPO, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600


@pytest.mark.slow
def test_selftest_passes() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--selftest"], cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert "all steps passed" in done.stdout


def _launch(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``bitgeul …`` as a researcher types it, with private settings and user data folders."""
    env = {**{k: v for k, v in os.environ.items() if k != "BITGEUL_DB"},
           "BITGEUL_CONFIG_DIR": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=600, env=env)


def test_an_option_value_is_not_taken_for_a_sub_command(tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "shot.png"
    done = _launch(tmp_path, "--annotator", "review", "--db", str(demo_db), "--screenshot",
                   str(out), "--screenshot-timeout", "0")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" not in done.stdout and out.exists()
    named_demo = tmp_path / "demo"
    done = _launch(tmp_path, "--db", str(named_demo), "--screenshot", str(out),
                   "--screenshot-timeout", "0")
    assert "usage:" not in done.stdout and done.returncode == 0, done.stderr[-2000:]


def test_bitgeul_reopens_the_project_used_last(tmp_path: Path, demo_db: Path) -> None:
    first = _launch(tmp_path, "--db", str(demo_db), "--screenshot", str(tmp_path / "1.png"),
                    "--screenshot-timeout", "0")
    assert first.returncode == 0, first.stderr[-2000:]
    again = _launch(tmp_path, "--screenshot", str(tmp_path / "2.png"), "--screenshot-timeout", "0")
    assert again.returncode == 0, again.stderr[-2000:]
    assert str(demo_db) in again.stdout  # not the default (demo) project
    assert not list((tmp_path / "data").rglob("default.sqlite3"))
