"""After an import from the dialog, the side panel still names the selected span's label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from qt_helpers import Key, open_window, press


@pytest.mark.usefixtures("app")
def test_the_panel_keeps_the_amount_label_after_an_import(qtbot, prefs, demo_db: Path,
                                                          tmp_path: Path) -> None:
    from desktop.dialogs.import_dialog import ImportDialog

    window = open_window(qtbot, prefs, demo_db)
    for _ in range(20):  # N until an amount is selected
        press(qtbot, window, Key.Key_N)
        if window.editor.current() is not None and window.editor.current().label == "MONEY":
            break
    assert window.panel.label_combo.currentData() == "MONEY"
    article = tmp_path / "새 기사.txt"
    article.write_text("목포시는 내년 해양관광 거점 조성에 85억원을 투입한다고 밝혔다.\n",
                       encoding="utf-8")

    def close_when_done() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ImportDialog) and w.isVisible()), None)
        if dialog is not None and dialog.report is not None:
            qtbot.keyClick(dialog, Key.Key_Escape)  # the researcher closes the report
        else:
            QTimer.singleShot(50, close_when_done)

    QTimer.singleShot(50, close_when_done)
    window.import_files([article])  # the dialog, run at once on the dropped file
    assert window.editor.current() is not None and window.editor.current().label == "MONEY"
    assert window.panel.label_combo.currentData() == "MONEY"
    window.close()
