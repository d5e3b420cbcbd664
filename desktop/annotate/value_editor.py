"""Editors for a span's normalised value: money (value, low, high, currency, approx), dates and
quantities. They only build :class:`models.domain.Value` objects; the caller stores them."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.i18n import tr
from models.domain import Value
from models.export.amount_notes import AmountNote
from models.rules.numerals import format_korean_amount, parse_korean_number

CURRENCIES = ["KRW", "USD", "EUR", "JPY", "CNY", "GBP", "HKD", "AUD", "CAD", "SGD", "CHF"]
_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$")


def parse_amount(text: str) -> float | None:
    """'1,200,000,000', '12억', '1조 2000억', '3.5e9' → a number; '' → None.

    Raises ValueError for text that is not an amount.
    """
    raw = text.strip().replace("원", "")
    if not raw:
        return None
    try:
        return float(raw.replace(",", "").replace(" ", ""))
    except ValueError:
        pass
    value = parse_korean_number(raw)
    if value is None:
        raise ValueError(text)
    return value


def format_amount(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def valid_date(text: str) -> bool:
    return bool(_DATE_RE.match(text.strip()))


class ValueEditor(QWidget):
    """One form for MONEY, DATE and QUANTITY values; shows the fields the label needs."""

    apply_requested = Signal(object)  # Value
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = ""
        self.original: Value | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(tr("e.g. 1,200,000,000 or 12억"))
        self.korean = QLabel()
        self.korean.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.korean.setObjectName("koreanAmount")
        self.low_edit = QLineEdit()
        self.high_edit = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.approx = QCheckBox(tr("approximate (약, 여, 이상 …)"))
        # The researcher's word on the report's totals (Value.counted); "by the report's rules"
        # leaves it to them (a repeat, a share, a rate … is listed but not added).
        self.counted = QComboBox()
        for text, data in ((tr("by the report's rules"), None), (tr("always add"), True),
                           (tr("never add"), False)):
            self.counted.addItem(text, data)
        self.counted.setToolTip(tr("Whether the Excel report adds this amount to its totals"))
        self.rule = QLabel()  # what the report's rules make of it, with their reason
        self.rule.setWordWrap(True)
        self.rule.setObjectName("reportRule")
        self.rule.setToolTip(tr("Row numbers count this article's amounts; an amount another "
                                "article already holds shows only in the whole report"))
        self.unit_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("2025-05-08 · 2025-05 · 2025 · 2025-Q3")
        self.apply_button = QPushButton(tr("Apply value"))
        self.apply_button.setToolTip(tr("Store the edited value (Enter)"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.apply_button)
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, title, widget in (
            ("value", tr("Value"), self.value_edit),
            ("korean", tr("In Korean units"), self.korean),
            ("low", tr("Low"), self.low_edit),
            ("high", tr("High"), self.high_edit),
            ("currency", tr("Currency"), self.currency),
            ("approx", "", self.approx),
            ("counted", tr("In totals"), self.counted),
            ("rule", tr("Report"), self.rule),
            ("unit", tr("Unit"), self.unit_edit),
            ("date", tr("Date"), self.date_edit),
        ):
            lab = QLabel(title)
            form.addRow(lab, widget)
            self.rows[key] = (lab, widget)
        form.addRow(row)
        for edit in (self.value_edit, self.low_edit, self.high_edit, self.unit_edit,
                     self.date_edit):
            edit.returnPressed.connect(self.apply)
        self.value_edit.textChanged.connect(self._update_korean)
        self.currency.currentTextChanged.connect(self._update_korean)
        self.apply_button.clicked.connect(self.apply)
        self.counted.activated.connect(lambda _index: self.apply())  # chosen: stored at once

    def show_value(self, label: str, value: Value | None) -> None:
        self.label = label
        self.original = value
        v = value or Value()
        visible = {"MONEY": ("value", "korean", "low", "high", "currency", "approx", "counted"),
                   "QUANTITY": ("value", "unit", "approx"),
                   "DATE": ("date",)}.get(label, ())
        for key, (lab, widget) in self.rows.items():
            lab.setVisible(key in visible)
            widget.setVisible(key in visible)
        self.setVisible(bool(visible))
        for edit, number in ((self.value_edit, v.value), (self.low_edit, v.low),
                             (self.high_edit, v.high)):
            edit.setText(format_amount(number))
        self.currency.setCurrentText(v.currency or ("KRW" if label == "MONEY" else ""))
        self.approx.setChecked(v.approx)
        self.counted.setCurrentIndex({None: 0, True: 1, False: 2}[v.counted])
        self.unit_edit.setText(v.unit or "")
        self.date_edit.setText(v.date or "")
        self._update_korean()
        self.show_rule(None, False)

    def show_rule(self, note: AmountNote | None, shown: bool = True) -> None:
        """The report's word on the amount: added, or left out and why (an accepted amount)."""
        if note is not None:
            head = tr("added") if note.counted else tr("not added")
            self.rule.setText(f"{head} — {note.note}" if note.note else head)
        for widget in self.rows["rule"]:
            widget.setVisible(shown and note is not None)

    def _update_korean(self) -> None:
        try:
            value = parse_amount(self.value_edit.text())
        except ValueError:
            self.korean.setText(tr("not a number"))
            return
        cur = self.currency.currentText().strip().upper() or "KRW"
        if value is not None:
            self.korean.setText(format_korean_amount(value, cur))
            return
        v = self.original
        if v is not None and v.low is not None and v.high is not None:
            self.korean.setText(f"{format_korean_amount(v.low, cur)} ~ "
                                f"{format_korean_amount(v.high, cur)}")
        else:
            self.korean.setText(tr("no exact number (vague amount)"))

    def edited_value(self) -> Value:
        """The value in the form; raises ValueError with a message for bad input."""
        base = self.original or Value()
        if self.label == "DATE":
            text = self.date_edit.text().strip()
            if text and not valid_date(text):
                raise ValueError(tr("A date is YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn"))
            return dataclasses.replace(base, date=text or None)
        try:
            value = parse_amount(self.value_edit.text())
            low = parse_amount(self.low_edit.text())
            high = parse_amount(self.high_edit.text())
        except ValueError as exc:
            raise ValueError(tr("Not a number: {0}").format(exc)) from exc
        if self.label == "QUANTITY":
            return dataclasses.replace(base, value=value, approx=self.approx.isChecked(),
                                       unit=self.unit_edit.text().strip() or None)
        if value is not None:
            # An exact amount is its own bounds unless the user typed a range around it.
            if low is None or (self.original and self.original.low == low
                               and self.original.value != value):
                low = value
            if high is None or (self.original and self.original.high == high
                                and self.original.value != value):
                high = value
        if low is not None and high is not None and low > high:
            raise ValueError(tr("Low is greater than high"))
        currency = self.currency.currentText().strip().upper() or None
        return dataclasses.replace(base, value=value, low=low, high=high, currency=currency,
                                   approx=self.approx.isChecked(),
                                   counted=self.counted.currentData())

    def apply(self) -> None:
        try:
            value = self.edited_value()
        except ValueError as exc:
            self.error.emit(str(exc))
            return
        if value != self.original:
            self.apply_requested.emit(value)

    def focus_first(self) -> None:
        target = self.date_edit if self.label == "DATE" else self.value_edit
        target.setFocus()
        target.selectAll()
