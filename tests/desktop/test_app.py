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
