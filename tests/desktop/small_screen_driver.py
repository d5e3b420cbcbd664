"""Drives the workbench on a 1280×720 screen (run by test_small_screen.py in its own process,
because the offscreen screen's size is fixed when Qt starts). Prints JSON."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest


def _wait(predicate, seconds: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return True


def _rect(r) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.x(), r.y(), r.width(), r.height()]


def main(db: str) -> None:
    from desktop.config import Preferences
    from desktop.shell.app import make_app
    from desktop.shell.main_window import MainWindow

    app = make_app("ko")
    window = MainWindow(Preferences(annotator="tester", language="ko"), background=False)
    window.show()
    assert window.open_project(db)
    _wait(lambda: window.editor.view is not None and not window.doc_list.busy)
    window.activateWindow()
    window.article.setFocus()
    _wait(lambda: False, 0.3)
    before = _rect(window.frameGeometry())
    min_before = window.minimumSizeHint().height()
    label = None
    for _ in range(20):  # N until an amount is selected, as a researcher would
        QTest.keyClick(window.article, Qt.Key.Key_N)
        _wait(lambda: False, 0.05)
        item = window.editor.current()
        label = item.label if item is not None else None
        if label == "MONEY":
            break
    _wait(lambda: False, 0.5)
    bar = window.statusBar()
    bar_rect = bar.rect().translated(bar.mapToGlobal(QPoint(0, 0)))
    print(json.dumps({
        "screen": _rect(window.screen().availableGeometry()),
        "before": before, "after": _rect(window.frameGeometry()),
        "min_before": min_before, "min_after": window.minimumSizeHint().height(),
        "label": label, "status_visible": bar.isVisible(), "status": _rect(bar_rect),
    }))
    window.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1])
