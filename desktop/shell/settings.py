"""The settings dialog: annotator, language, text size, theme, and the project's labels."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate.side_panel import label_title, swatch
from desktop.config import Preferences
from desktop.i18n import LANGUAGES, tr
from models.store.project import ProjectStore
from models.store.views import LabelInfo


class SettingsDialog(QDialog):
    """Edits a copy of the preferences; label changes go to the project when accepted."""

    def __init__(self, prefs: Preferences, store: ProjectStore | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.resize(520, 560)
        self.prefs = dataclasses.replace(prefs)
        self.store = store
        self.labels: list[LabelInfo] = store.labels() if store else []
        self.colours = {lab.name: lab.colour for lab in self.labels}
        layout = QVBoxLayout(self)

        general = QGroupBox(tr("General"))
        form = QFormLayout(general)
        self.annotator = QLineEdit(prefs.annotator)
        self.annotator.setPlaceholderText(store.annotator if store else "")
        self.annotator.setToolTip(tr("Your decisions are recorded under this name"))
        form.addRow(tr("Annotator name"), self.annotator)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        form.addRow(tr("Language"), self.language)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 40)
        self.font_size.setValue(prefs.font_size)
        self.font_size.setSuffix(" pt")
        form.addRow(tr("Article text size"), self.font_size)
        self.theme = QComboBox()
        for code, name in (("system", tr("Follow the system")), ("light", tr("Light")),
                           ("dark", tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        form.addRow(tr("Theme"), self.theme)
        self.advance = QCheckBox(tr("After accept or reject, go to the next suggestion"))
        self.advance.setChecked(prefs.auto_advance)
        form.addRow("", self.advance)
        layout.addWidget(general)

        box = QGroupBox(tr("Labels of this project"))
        lay = QVBoxLayout(box)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Label"), tr("Colour"), tr("Key")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(tr("Add label…"))
        add.setEnabled(store is not None)
        add.clicked.connect(self._add_label)
        row.addWidget(add)
        row.addStretch(1)
        lay.addLayout(row)
        hint = QLabel(tr("Keys 1–9 relabel the selected span or label the selected text."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        layout.addWidget(box, 1)
        self._fill_labels()

        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_note)

    def _fill_labels(self) -> None:
        self.table.setRowCount(len(self.labels))
        for i, lab in enumerate(self.labels):
            name = QTableWidgetItem(label_title(lab.name) + (f"  ({lab.name})"
                                                             if label_title(lab.name) != lab.name
                                                             else ""))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, lab.name)
            self.table.setItem(i, 0, name)
            button = QPushButton(self.colours[lab.name])
            button.setIcon(swatch(self.colours[lab.name]))
            button.clicked.connect(lambda _=False, n=lab.name, b=button: self._pick_colour(n, b))
            self.table.setCellWidget(i, 1, button)
            key = QTableWidgetItem(lab.shortcut or "")
            self.table.setItem(i, 2, key)

    def _pick_colour(self, name: str, button: QPushButton) -> None:
        colour = QColorDialog.getColor(QColor(self.colours[name]), self, label_title(name))
        if colour.isValid():
            self.colours[name] = colour.name()
            button.setText(colour.name())
            button.setIcon(swatch(colour.name()))

    def _add_label(self) -> None:
        if self.store is None:
            return
        name, ok = QInputDialog.getText(self, tr("Add label"), tr("Name (e.g. POLICY):"))
        name = name.strip().upper().replace(" ", "_")
        if not ok or not name:
            return
        self.store.add_label(name)
        self.labels = self.store.labels()
        self.colours = {lab.name: self.colours.get(lab.name, lab.colour) for lab in self.labels}
        self._fill_labels()

    def _language_note(self) -> None:
        changed = self.language.currentData() != self.prefs.language
        self.note.setText(tr("The language changes when Bitgeul starts next time.")
                          if changed else "")

    def keys(self) -> dict[str, str]:
        out = {}
        for i in range(self.table.rowCount()):
            name_item, key_item = self.table.item(i, 0), self.table.item(i, 2)
            if name_item is None:
                continue
            key = key_item.text() if key_item is not None else ""
            out[name_item.data(Qt.ItemDataRole.UserRole)] = key.strip()[:1]
        return out

    def validate(self) -> str | None:
        used: dict[str, str] = {}
        for name, key in self.keys().items():
            if key and not key.isdigit():
                return tr("Label keys must be digits 1–9 ({0})").format(label_title(name))
            if key and key in used:
                return tr("Key {0} is used by {1} and {2}").format(
                    key, label_title(used[key]), label_title(name))
            if key:
                used[key] = name
        return None

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            self.note.setText(problem)
            return
        self.prefs.annotator = self.annotator.text().strip()
        self.prefs.language = self.language.currentData()
        self.prefs.font_size = self.font_size.value()
        self.prefs.theme = self.theme.currentData()
        self.prefs.auto_advance = self.advance.isChecked()
        if self.store is not None:
            keys = self.keys()
            for lab in self.labels:
                colour = self.colours[lab.name]
                key = keys.get(lab.name, "")
                if colour != lab.colour or key != (lab.shortcut or ""):
                    self.store.update_label(lab.name, colour=colour, shortcut=key)
        super().accept()
