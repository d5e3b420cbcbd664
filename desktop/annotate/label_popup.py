"""The label menu the editor opens after a mouse selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget


class LabelPopup(QMenu):
    """The label menu after a mouse selection. An open menu grabs the keyboard and Qt fires no
    shortcuts inside it, so the keys it shows (1–7) are handled here."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.by_key: dict[str, QAction] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        act = self.by_key.get(event.text())
        if act is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        self.close()
        act.trigger()
