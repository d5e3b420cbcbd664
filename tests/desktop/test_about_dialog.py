"""Help → About: the version and the licences of the components inside the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.shell.about import AboutDialog
from models.about import app_version

REPO = Path(__file__).resolve().parents[2]


def test_about_lists_the_components_and_shows_each_licence(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert app_version() in dialog.version.text()
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(n.startswith("PySide6") for n in names), names
    assert any(n.startswith("kiwipiepy ") for n in names), names
    first = dialog.text.toPlainText()
    assert names[0] in first and len(first) > 200  # the name, its licence and the text itself
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentRow() == 1 and names[1] in dialog.text.toPlainText()
    # Qt's own licence is readable although its wheel carries no text
    row = next(i for i, n in enumerate(names) if n.startswith("PySide6"))
    dialog.list.setCurrentRow(row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()


def test_bitgeul_version_prints_it_without_opening_a_window(tmp_path: Path) -> None:
    env = {**os.environ, "BITGEUL_CONFIG_DIR": str(tmp_path / "cfg"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=REPO,
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"Bitgeul {app_version()}"
