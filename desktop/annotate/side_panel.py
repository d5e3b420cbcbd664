"""The side panel: the selected span (label, source, value, links) and all spans of the document.

It shows what it is given and emits what the user asked for; the main window turns requests
into store commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate.amount_row import AmountRowBox
from desktop.annotate.article_view import describe_value
from desktop.annotate.spans import DocItems, Item, Key
from desktop.annotate.value_editor import ValueEditor
from desktop.i18n import N_, tr

STATUS_TITLES = {"accepted": N_("accepted"), "corrected": N_("corrected"),
                 "manual": N_("added by hand")}
# Where a suggestion came from, in words (the store keeps the engine part's short name).
SOURCE_TITLES = {"model:crf": N_("model (CRF)"), "learned": N_("learned from decisions"),
                 "gazetteer": N_("gazetteer"), "kiwi": N_("morphological analyser"),
                 "rule:money": N_("rule"), "rule:date": N_("rule"), "rule:quantity": N_("rule"),
                 "rule:project": N_("rule"), "import": N_("imported"), "test": N_("test")}
LABEL_TITLES = {"PERSON": N_("Person"), "ORG": N_("Organisation"), "LOCATION": N_("Place"),
                "DATE": N_("Date"), "MONEY": N_("Money"), "QUANTITY": N_("Quantity"),
                "PROJECT": N_("Project")}



def source_title(source: str) -> str:
    """A suggestion's source in words: "model (CRF)", "learned from decisions", "rule"."""
    title = SOURCE_TITLES.get(source)
    if title is None and source.startswith("model"):
        title = SOURCE_TITLES["model:crf"]
    return tr(title) if title else source


Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def label_title(name: str) -> str:
    """The UI name of a label ("MONEY" → "금액"); user labels keep their own name."""
    return tr(LABEL_TITLES[name]) if name in LABEL_TITLES else name


def swatch(colour: str, outlined: bool = False, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(colour)
    if outlined:
        p.setPen(c)
        p.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c)
        p.drawRoundedRect(0, 0, size, size, 2, 2)
    p.end()
    return QIcon(pix)


class SpanListModel(QAbstractTableModel):
    """All spans of the open document, in text order (cheap even with thousands of spans)."""

    COLUMNS = (N_("Label"), N_("Text"), N_("Value"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.colours: dict[str, str] = {}
        self._icons: dict[tuple[str, bool], QIcon] = {}

    def set_items(self, items: list[Item], colours: dict[str, str]) -> None:
        self.beginResetModel()
        self.items = items
        self.colours = colours
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return label_title(item.label)
            if col == 1:
                return item.text.replace("\n", " ")
            return describe_value(item)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            key = (item.label, item.is_suggestion)
            if key not in self._icons:
                self._icons[key] = swatch(self.colours.get(item.label, "#888"), item.is_suggestion)
            return self._icons[key]
        if role == Qt.ItemDataRole.FontRole and item.is_suggestion:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return (tr("suggestion") + f" · {source_title(item.source)} {item.score or 0:.2f}"
                    if item.is_suggestion else tr(STATUS_TITLES.get(item.source, item.source)))
        if role == Qt.ItemDataRole.UserRole:
            return item.key
        return None

    def row_of(self, key: Key | None) -> int:
        for i, it in enumerate(self.items):
            if it.key == key:
                return i
        return -1


class SidePanel(QWidget):
    relabel = Signal(str)
    apply_value = Signal(object)  # Value
    accept = Signal()
    reject = Signal()
    link_nearest = Signal()
    link_to = Signal(object)  # Key of the PROJECT span
    unlink = Signal(int)  # relation id
    span_activated = Signal(object)  # Key
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: DocItems | None = None
        self.current: Item | None = None
        self.labels: list[tuple[str, str]] = []  # (name, colour)
        self._updating = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        self.box = QGroupBox(tr("Selected span"))
        box = QVBoxLayout(self.box)
        head = QHBoxLayout()
        self.label_combo = QComboBox()
        self.label_combo.setToolTip(tr("Change the label (number keys)"))
        self.kind = QLabel()
        self.kind.setObjectName("spanKind")
        head.addWidget(self.label_combo, 1)
        head.addWidget(self.kind)
        box.addLayout(head)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.text.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.text.setFont(big)
        box.addWidget(self.text)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(tr("Accept"))
        self.reject_button = QPushButton(tr("Reject"))
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        box.addLayout(buttons)
        self.values = ValueEditor()
        box.addWidget(self.values)

        self.links_box = QGroupBox(tr("Linked project"))
        links = QVBoxLayout(self.links_box)
        links.setContentsMargins(6, 6, 6, 6)
        self.links = QListWidget()
        self.links.setMaximumHeight(90)
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        links.addWidget(self.links)
        self.suggested_link = QLabel()
        self.suggested_link.setWordWrap(True)
        links.addWidget(self.suggested_link)
        self.link_combo = QComboBox()
        self.link_combo.setToolTip(tr("Projects in this document"))
        self.link_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link_combo.setMinimumContentsLength(12)
        links.addWidget(self.link_combo)
        link_row = QHBoxLayout()
        self.link_button = QPushButton(tr("Link"))
        self.nearest_button = QPushButton(tr("Nearest (L)"))
        self.nearest_button.setToolTip(tr("Link this amount to the nearest project"))
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.nearest_button)
        links.addLayout(link_row)
        box.addWidget(self.links_box)
        self.amount_row = AmountRowBox()  # filled by the editor for an accepted amount
        self.amount_row.setVisible(False)
        box.addWidget(self.amount_row)
        outer.addWidget(self.box)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        outer.addWidget(line)
        self.list_title = QLabel(tr("Spans in this document"))
        outer.addWidget(self.list_title)
        self.list_model = SpanListModel(self)
        self.table = QTableView()
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 78)
        self.table.setColumnWidth(2, 118)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.table, 1)

        self.label_combo.activated.connect(self._label_chosen)
        self.accept_button.clicked.connect(self.accept)
        self.reject_button.clicked.connect(self.reject)
        self.values.apply_requested.connect(self.apply_value)
        self.values.error.connect(self.message)
        self.nearest_button.clicked.connect(self.link_nearest)
        self.link_button.clicked.connect(self._link_chosen)
        self.table.clicked.connect(self._row_clicked)
        self.show_item(None)

    def sizeHint(self) -> QSize:
        return QSize(350, 700)

    # -- content ---------------------------------------------------------------------------------

    def set_labels(self, labels: list[tuple[str, str, str | None]]) -> None:
        """(name, colour, shortcut) in UI order."""
        self.labels = [(n, c) for n, c, _k in labels]
        self._updating = True
        self.label_combo.clear()
        for name, colour, key in labels:
            text = label_title(name) + (f"  ({key})" if key else "")
            self.label_combo.addItem(swatch(colour), text, name)
        # Refilled (labels reloaded after an import, a settings change): show the selected
        # span's label again, not the first entry (인물) that clear() left selected.
        if self.current is not None:
            idx = self.label_combo.findData(self.current.label)
            if idx < 0:
                self.label_combo.addItem(label_title(self.current.label), self.current.label)
                idx = self.label_combo.count() - 1
            self.label_combo.setCurrentIndex(idx)
        self._updating = False

    def set_document(self, items: DocItems | None) -> None:
        self.items = items
        colours = dict(self.labels)
        self.list_model.set_items(items.items if items else [], colours)
        n_sugg = len(items.suggestions()) if items else 0
        n_ann = len(items.annotations()) if items else 0
        self.list_title.setText(tr("Spans in this document") + f"  ·  {tr('accepted')} {n_ann}"
                                f"  ·  {tr('suggestions')} {n_sugg}")

    def show_item(self, item: Item | None) -> None:
        self.current = item
        self.amount_row.show_row(None)
        self.box.setEnabled(item is not None)
        if item is None:
            self.box.setTitle(tr("Selected span"))
            self.text.setText(tr("Click a highlight, press N for the next suggestion, or "
                                 "select text and press a number key."))
            self.text.setFont(self.font())
            self.kind.setText("")
            self.label_combo.setVisible(False)
            self.values.setVisible(False)
            self.links_box.setVisible(False)
            self.accept_button.setVisible(False)
            self.reject_button.setVisible(False)
            self.table.clearSelection()
            return
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.text.setFont(big)
        self.label_combo.setVisible(True)
        self._updating = True
        idx = self.label_combo.findData(item.label)
        if idx < 0:
            self.label_combo.addItem(label_title(item.label), item.label)
            idx = self.label_combo.count() - 1
        self.label_combo.setCurrentIndex(idx)
        self._updating = False
        self.text.setText(item.text)
        if item.is_suggestion:
            self.box.setTitle(tr("Suggestion"))
            self.kind.setText(tr("{0} · score {1}").format(source_title(item.source),
                                                          f"{item.score or 0:.2f}"))
            self.kind.setToolTip(tr("Suggested by: {0}").format(item.source))
            self.reject_button.setText(tr("Reject"))
        else:
            self.box.setTitle(tr("Annotation"))
            self.kind.setText(tr(STATUS_TITLES.get(item.source, item.source)))
            self.kind.setToolTip("")
            self.reject_button.setText(tr("Delete"))
        self.accept_button.setVisible(item.is_suggestion)
        self.reject_button.setVisible(True)
        self.values.show_value(item.label, item.value)
        self._show_links(item)
        row = self.list_model.row_of(item.key)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.list_model.index(row, 0))

    def _show_links(self, item: Item) -> None:
        items = self.items
        show = item.label in ("MONEY", "PROJECT") and items is not None
        self.links_box.setVisible(show)
        if not show or items is None:
            return
        self.links_box.setTitle(tr("Linked project") if item.label == "MONEY"
                                else tr("Linked amounts"))
        self.links.clear()
        if not item.is_suggestion:
            for rel, other in items.links_of(item.id):
                text = other.text if other else f"#{rel.tail}"
                if other is not None and other.label == "MONEY" and describe_value(other):
                    text += f"  ({describe_value(other)})"
                row = QListWidgetItem()
                self.links.addItem(row)
                holder = QWidget()
                lay = QHBoxLayout(holder)
                lay.setContentsMargins(4, 0, 4, 0)
                lay.addWidget(QLabel(text), 1)
                button = QPushButton(tr("Unlink"))
                button.setFlat(True)
                button.clicked.connect(lambda _=False, rid=rel.id: self.unlink.emit(rid))
                lay.addWidget(button)
                row.setSizeHint(holder.sizeHint())
                self.links.setItemWidget(row, holder)
        self.links.setVisible(self.links.count() > 0)
        proposed = items.suggested_links_of(item.id) if item.is_suggestion else []
        self.suggested_link.setVisible(bool(proposed))
        if proposed:
            self.suggested_link.setText(tr("Proposed by the engine: {0}").format(
                ", ".join(p.text for p in proposed)))
        can_link = item.label == "MONEY"
        self.link_combo.clear()
        if can_link:
            for proj in items.annotations("PROJECT") + items.suggestions("PROJECT"):
                mark = "" if not proj.is_suggestion else " " + tr("(suggestion)")
                self.link_combo.addItem(proj.text + mark, proj.key)
            # the project the engine proposes (or the amount is linked to) comes up chosen
            chosen = [p.key for p in proposed] or [
                o.key for _rel, o in (items.links_of(item.id) if not item.is_suggestion else [])
                if o is not None]
            for at in range(self.link_combo.count()):  # (findData does not compare tuples)
                if chosen and self.link_combo.itemData(at) == chosen[0]:
                    self.link_combo.setCurrentIndex(at)
                    break
        for w in (self.link_combo, self.link_button, self.nearest_button):
            w.setVisible(can_link)
            w.setEnabled(can_link and self.link_combo.count() > 0)

    # -- requests --------------------------------------------------------------------------------

    def _label_chosen(self, index: int) -> None:
        if self._updating or self.current is None:
            return
        name = self.label_combo.itemData(index)
        if name and name != self.current.label:
            self.relabel.emit(name)

    def _link_chosen(self) -> None:
        key = self.link_combo.currentData()
        if key is not None:
            self.link_to.emit(key)

    def _row_clicked(self, index: QModelIndex) -> None:
        key = self.list_model.data(index, Qt.ItemDataRole.UserRole)
        if key is not None:
            self.span_activated.emit(key)
