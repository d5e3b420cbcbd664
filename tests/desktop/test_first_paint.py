"""Start-up order: the article (with its highlights) is painted before Kiwi, the model and the
suggestion run start, and the empty window is painted before the project opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject


class _FirstPaint(QObject):
    def __init__(self, seen) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.seen = seen
        self.state: dict[str, object] | None = None

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint and self.state is None:
            self.state = self.seen()
        return False


@pytest.mark.usefixtures("app")
def test_the_article_is_painted_before_the_background_work_starts(qtbot, prefs,
                                                                  demo_db: Path) -> None:
    from desktop.shell.main_window import MainWindow

    window = MainWindow(prefs)  # with background work, as the app runs it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    watch = _FirstPaint(lambda: {"items": len(window.editor.items or ()),
                                 "suggesting": window.work.worker is not None,
                                 "kiwi": window.work.kiwi_label.text()})
    window.article.viewport().installEventFilter(watch)
    assert window.open_project(str(demo_db))
    qtbot.waitUntil(lambda: watch.state is not None, timeout=10_000)
    assert watch.state is not None
    assert watch.state["items"] > 0  # the first article, highlighted, on screen
    assert not watch.state["suggesting"]  # the run had not started when it was painted
    # ... and it does start after that paint; let it finish so that no thread outlives the test.
    qtbot.waitUntil(lambda: window.work.worker is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.work.worker is None, timeout=300_000)
    window.close()


def test_the_app_paints_its_window_before_opening_the_project(qtbot, tmp_path: Path,
                                                              demo_db: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.shell.first_paint import after_first_paint

    widget = QWidget()
    qtbot.addWidget(widget)
    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, obj: QObject, e: QEvent) -> bool:
            if e.type() == QEvent.Type.Paint:
                order.append("paint")
            return False

    paints = Paints()
    widget.installEventFilter(paints)
    after_first_paint(widget, lambda: order.append("open"), fallback_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: "open" in order, timeout=10_000)
    assert order.index("paint") < order.index("open")
