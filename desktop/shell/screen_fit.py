"""Keeping the main window on the screen it opens on (a 1280×720 laptop included).

Two things pushed it past the screen: the first size (1360×860, or a geometry saved on a larger
monitor) and the side panel, whose minimum height grows with what a selected amount shows (value
editor, linked project); a dock's minimum size becomes the window's, so Qt grew the window and
the status bar, where all feedback appears, fell off the bottom. The panel now scrolls inside its
dock, and the window is clamped to the screen's available area when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(panel: QWidget) -> QScrollArea:
    """``panel`` in a scroll area, so its minimum height no longer sets the window's."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName() or 'panel'}Scroll")
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` (frame included) into its screen's available area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    # The frame's margins (title bar, borders); before the first show a guess.
    extra_w = max(frame.width() - inner.width(), 0) or 16
    extra_h = max(frame.height() - inner.height(), 0) or 40
    width = min(inner.width(), avail.width() - extra_w)
    height = min(inner.height(), avail.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(max(width, 200), max(height, 200))
    frame = window.frameGeometry()
    moved = QRect(frame)
    moved.moveLeft(max(avail.left(), min(frame.left(), avail.right() - frame.width() + 1)))
    moved.moveTop(max(avail.top(), min(frame.top(), avail.bottom() - frame.height() + 1)))
    if moved.topLeft() != frame.topLeft():
        window.move(moved.topLeft())
