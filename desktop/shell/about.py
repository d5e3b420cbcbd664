"""Help → About: the app's version, and the open-source components inside it with their licences
(read by models.about from the installed packages, so the texts match what ships)."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from models.about import Component, app_version, components


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Bitgeul"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "<b>Bitgeul (빛글)</b><br>An offline workbench for annotating Korean policy news: "
            "people, organisations, places, dates, amounts and the projects they fund.<br><br>"
            "Every decision is saved at once in the project file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.version = QLabel(tr("Version {version} · Python {python} · Qt {qt} (PySide6 {pyside})")
                              .format(version=app_version(), python=platform.python_version(),
                                      qt=qVersion(), pyside=pyside_version))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.version)
        layout.addWidget(QLabel(tr("Open-source components inside Bitgeul and their licences:")))
        split = QSplitter()
        self.list = QListWidget()
        self.text = QTextBrowser()
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([260, 560])
        layout.addWidget(split, 1)
        self.components = components()
        for c in self.components:
            item = QListWidgetItem(f"{c.name} {c.version}".rstrip())
            item.setToolTip(c.licence or tr("licence not stated"))
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.components:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setHtml(licence_html(self.components[row]))


def licence_html(c: Component) -> str:
    parts = [f"<h3>{html.escape(f'{c.name} {c.version}'.rstrip())}</h3>",
             "<p>" + html.escape(tr("Licence: {licence}").format(
                 licence=c.licence or tr("licence not stated"))) + "</p>"]
    if not c.texts:
        parts.append("<p>" + html.escape(tr("The package carries no licence text.")) + "</p>")
    for name, text in c.texts:
        parts.append(f"<p><b>{html.escape(name)}</b></p><pre>{html.escape(text)}</pre>")
    return "".join(parts)
