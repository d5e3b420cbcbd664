"""The selected amount's whole row, as the report will print it: project, proposer, body with
post, region, date and outlet. Each relation field has its candidates (the document's spans,
nearest first) in a list: Enter keeps the one shown (accepts it), choosing another changes it,
Delete clears it. Ctrl+1…4 go to the fields. The panel only shows and emits; the editor turns
requests into core commands (ConfirmRelation, SetRelation), undoable like any decision.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.i18n import N_, tr
from models.amount_view import AmountRow, RowField

FIELD_TITLES = {"project": N_("Project"), "proposer": N_("Proposed by"), "body": N_("Body"),
                "region": N_("Region")}


_FIELD_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AmountRowBox(QGroupBox):
    confirm = Signal(int)  # relation id
    set_field = Signal(int, str, object)  # head annotation id, relation label, tail id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Report row"), parent)
        self.row: AmountRow | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        self.combos: dict[str, QComboBox] = {}
        self.marks: dict[str, QLabel] = {}
        self.accept_buttons: dict[str, QPushButton] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        for n, (key, title) in enumerate(FIELD_TITLES.items()):
            grid.addWidget(QLabel(f"{tr(title)} (Ctrl+{n + 1})"), n, 0)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.activated.connect(lambda index, k=key: self._chosen(k, index))
            combo.installEventFilter(self)
            grid.addWidget(combo, n, 1)
            mark = QLabel()
            grid.addWidget(mark, n, 2)
            ok = QPushButton(tr("Accept"))
            ok.setFlat(True)
            ok.clicked.connect(lambda _=False, k=key: self._accept(k))
            clear = QPushButton(tr("Clear"))
            clear.setFlat(True)
            clear.clicked.connect(lambda _=False, k=key: self._clear(k))
            grid.addWidget(ok, n, 3)
            grid.addWidget(clear, n, 4)
            self.combos[key], self.marks[key] = combo, mark
            self.accept_buttons[key], self.clear_buttons[key] = ok, clear
        self.post = QLabel()
        self.when = QLabel()
        grid.addWidget(self.post, len(FIELD_TITLES), 0, 1, 5)
        grid.addWidget(self.when, len(FIELD_TITLES) + 1, 0, 1, 5)

    def show_row(self, row: AmountRow | None, date: str | None = None,
                 outlet: str | None = None) -> None:
        self.row = row
        self.setVisible(row is not None)
        if row is None:
            return
        for key, combo in self.combos.items():
            f = row.field(key)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(none)"), None)
            for c in f.candidates:
                combo.addItem(c.text, c.id)
            combo.setCurrentIndex(max(combo.findData(f.value), 0))
            combo.setEnabled(f.head is not None)
            combo.blockSignals(False)
            self.marks[key].setText("" if f.value is None or f.confirmed
                                    else tr("(inferred)"))
            self.accept_buttons[key].setEnabled(f.relation is not None and not f.confirmed)
            self.clear_buttons[key].setEnabled(f.value is not None and f.head is not None)
        extra = [tr("Post") + f": {row.post}" if row.post else "",
                 tr("Funding") + f": {row.funding}" if row.funding else ""]
        self.post.setText("   ".join(x for x in extra if x))
        self.when.setText(tr("Date") + f": {date or '–'}   " + tr("Outlet") + f": {outlet or '–'}")

    def focus_field(self, n: int) -> None:
        combos = list(self.combos.values())
        if self.row is not None and 0 <= n < len(combos) and combos[n].isEnabled():
            combos[n].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def unconfirmed(self) -> list[int]:
        """Relation ids of the row's fields the researcher has not confirmed yet."""
        if self.row is None:
            return []
        return [f.relation for f in self.row.fields
                if f.relation is not None and not f.confirmed and f.value is not None]

    # -- requests --------------------------------------------------------------------------------

    def _field(self, key: str) -> RowField | None:
        return self.row.field(key) if self.row is not None else None

    def _chosen(self, key: str, index: int) -> None:
        f = self._field(key)
        if f is None or f.head is None:
            return
        tail = self.combos[key].itemData(index)
        if tail == f.value:
            self._accept(key)
        else:
            self.set_field.emit(f.head, f.label, tail)

    def _accept(self, key: str) -> None:
        f = self._field(key)
        if f is not None and f.relation is not None and not f.confirmed:
            self.confirm.emit(f.relation)

    def _clear(self, key: str) -> None:
        f = self._field(key)
        if f is not None and f.head is not None and f.value is not None:
            self.set_field.emit(f.head, f.label, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in _FIELD_KEYS and watched in self.combos.values():
            event.accept()  # Delete and Enter act on the field, not as the window's shortcuts
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = next((k for k, c in self.combos.items() if c is watched), None)
            if key is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._clear(key)
                return True
            if key is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and not self.combos[key].view().isVisible():
                self._chosen(key, self.combos[key].currentIndex())
                return True
        return super().eventFilter(watched, event)
