"""Helpers for driving the workbench in tests (imported by the test modules)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
# The articles of the bundled demo project (one a line of resources/demo/articles.jsonl).
DEMO_DOCS = sum(1 for line in (Path(__file__).resolve().parents[2] / "resources" / "demo" /
                               "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip())


def open_window(qtbot, prefs, db: Path):  # type: ignore[no-untyped-def]
    from desktop.shell.main_window import MainWindow

    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(str(db))
    qtbot.waitUntil(lambda: window.editor.view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.doc_list.busy, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts fire only in the active window
    window.article.setFocus()
    return window


def import_through_dialog(qtbot, window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Import ``paths`` as a drop on the window does: the import dialog runs at once, and the
    researcher closes its report with Escape."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.dialogs.import_dialog import ImportDialog

    def close_when_done() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ImportDialog) and w.isVisible()), None)
        if dialog is not None and dialog.report is not None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(50, close_when_done)

    QTimer.singleShot(50, close_when_done)
    window.import_files(paths)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    widget = window.focusWidget() or window.article
    qtbot.keyClick(widget, key, modifiers)


def selected(window):  # type: ignore[no-untyped-def]
    return window.editor.current()
