"""Run something once a widget has been painted: start-up work that must not keep the window
black (opening the project) or delay the first article on screen (loading Kiwi, the model and
the suggestion run).

A zero-delay timer is not enough: Qt may run it before the paint the window is waiting for,
and the window then stays black (on X11) or shows the old frame until the work is done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _OnPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self.widget, self.callback, self.done = widget, callback, False
        widget.installEventFilter(self)
        # A child timer: it dies with the widget, so nothing runs for a closed window.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._run)
        # A hidden or minimised window is never painted: go on after a while anyway.
        self.timer.start(fallback_ms)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint and not self.done:
            self.timer.start(0)  # the next turn of the loop: after this paint
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.callback()  # (the filter object stays, idle, as the widget's child)


def after_first_paint(widget: QWidget, callback: Callable[[], None],
                      fallback_ms: int = 1000) -> None:
    """Call ``callback`` once, on the event loop turn after ``widget``'s next paint."""
    _OnPaint(widget, callback, fallback_ms)
