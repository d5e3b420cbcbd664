"""After an import from the dialog, the side panel still names the selected span's label."""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_helpers import Key, import_through_dialog, open_window, press


@pytest.mark.usefixtures("app")
def test_the_panel_keeps_the_amount_label_after_an_import(qtbot, prefs, demo_db: Path,
                                                          tmp_path: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    for _ in range(20):  # N until an amount is selected
        press(qtbot, window, Key.Key_N)
        if window.editor.current() is not None and window.editor.current().label == "MONEY":
            break
    assert window.panel.label_combo.currentData() == "MONEY"
    article = tmp_path / "새 기사.txt"
    article.write_text("목포시는 내년 해양관광 거점 조성에 85억원을 투입한다고 밝혔다.\n",
                       encoding="utf-8")

    import_through_dialog(qtbot, window, [article])  # as a drop on the window
    assert window.editor.current() is not None and window.editor.current().label == "MONEY"
    assert window.panel.label_combo.currentData() == "MONEY"
    window.close()
