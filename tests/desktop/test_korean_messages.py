"""The core's refusals reach the Korean app in Korean, without command-line flags; Qt's own
dialogs speak Korean too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from qt_helpers import CTRL, Key, open_window, press

from models.store.commands import Update
from models.store.project import ProjectStore


@pytest.mark.usefixtures("korean")
def test_import_refusals_read_in_korean(qtbot, tmp_path: Path) -> None:
    from desktop.dialogs.import_dialog import ImportDialog

    store = ProjectStore.open(tmp_path / "p.sqlite3", "tester")
    picture = tmp_path / "표.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    empty = tmp_path / "빈 기사.csv"
    empty.write_bytes(b"")
    dialog = ImportDialog(store, None, [picture, empty])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.run()
    shown = dialog.report_view.toPlainText()
    assert "지원하지 않는 파일 형식" in shown and "빈 파일입니다" in shown, shown
    assert "--format" not in shown and "unsupported" not in shown and "empty file" not in shown
    store.close()


@pytest.mark.usefixtures("korean")
def test_a_refused_undo_reads_in_korean(qtbot, prefs, demo_db: Path) -> None:
    prefs.language = "ko"
    window = open_window(qtbot, prefs, demo_db)
    press(qtbot, window, Key.Key_N)
    press(qtbot, window, Key.Key_A)  # accept the first suggestion
    (ann,) = window.store.document(window.editor.view.id).annotations
    # The same researcher relabels it in a second window.
    second = ProjectStore.open(demo_db, "tester")
    second.execute(Update(ann.id, label="ORG"))
    second.close()
    press(qtbot, window, Key.Key_Z, CTRL)
    shown = window.statusBar().currentMessage()
    assert "실행 취소할 수 없습니다" in shown and "다른 창" in shown, shown
    assert "someone else" not in shown and "cannot" not in shown
    window.close()


@pytest.mark.usefixtures("korean")
def test_qt_file_dialog_reads_in_korean(qtbot) -> None:
    dialog = QFileDialog(None, "가져올 파일")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on a plain X server
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "파일 이름" in texts or "파일 형식" in texts, texts
    assert QApplication.translate("QFileDialog", "File &name:") != "File &name:"
    dialog.close()
