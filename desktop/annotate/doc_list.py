"""The document list: a table model over DocSummary rows, filtered, sorted and paged in SQL.

The first page (and the count) is fetched on a worker thread, so opening a project or typing in
the search box never blocks the window; further pages are fetched as the list scrolls (Qt's
canFetchMore/fetchMore), each a small query whose counts cover only that page. A project of
100k documents shows its list at once and never holds 100k rows in memory. The view uses fixed
row heights so that Qt never measures rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate.side_panel import label_title
from desktop.annotate.value_editor import parse_amount
from desktop.i18n import N_, tr
from desktop.tasks.worker import TaskWorker
from models.progress import Cancel, Progress
from models.store.views import DocQuery, DocSummary

STATUS_TITLES = {"new": N_("new"), "in_progress": N_("in progress"), "done": N_("done")}
COLUMNS = (N_("Title"), N_("Date"), N_("Outlet"), N_("Status"), N_("Open suggestions"),
           N_("Accepted spans"))
HEADERS = (N_("Title"), N_("Date"), N_("Outlet"), "", N_("Sugg."), N_("Acc."))  # narrow columns
# The store's order for each column (-1: no sort column, the import order).
ORDERS = {-1: "id", 0: "title", 1: "date", 2: "outlet", 3: "status", 4: "open", 5: "annotations"}
PAGE = 500  # rows per fetch: a screenful many times over, a query of a few milliseconds
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _sort_key(column: int) -> Callable[[DocSummary], Any]:
    order = {"new": 0, "in_progress": 1, "done": 2}
    if column < 0:  # no sort column: the store's order (import order)
        return lambda d: d.id
    return [
        lambda d: d.title,
        lambda d: (d.date is None, d.date or 0),
        lambda d: d.outlet or "",
        lambda d: order.get(d.status, 9),
        lambda d: d.open_suggestions,
        lambda d: d.annotations,
    ][column]


_ICONS: dict[str, QIcon] = {}


def _status_icon(status: str) -> QIcon:
    """A small mark: hollow circle (new), half-filled amber (in progress), green check (done)."""
    if status in _ICONS:
        return _ICONS[status]
    size = 14
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if status == "done":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#3a9a4a"))
        p.drawEllipse(1, 1, size - 2, size - 2)
        pen = QPen(QColor("white"), 1.8)
        p.setPen(pen)
        p.drawPolyline([QPointF(4, 7.5), QPointF(6.2, 9.8), QPointF(10.2, 4.6)])
    elif status == "in_progress":
        p.setPen(QPen(QColor("#d08a18"), 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
        p.setBrush(QColor("#d08a18"))
        p.drawPie(QRectF(1.5, 1.5, size - 3, size - 3), 90 * 16, 180 * 16)
    else:
        p.setPen(QPen(QColor("#9a9a9a"), 1.4))
        p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    p.end()
    _ICONS[status] = QIcon(pix)
    return _ICONS[status]


class DocListModel(QAbstractTableModel):
    sort_requested = Signal()  # the store must list the rows again, in the new order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DocSummary] = []  # the rows fetched so far, in the list's order
        self.total = 0  # rows matching the filters, fetched or not
        self._more: Callable[[int, int], list[DocSummary]] | None = None
        self._row_of: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[DocSummary], total: int | None = None,
                 more: Callable[[int, int], list[DocSummary]] | None = None) -> None:
        """The first rows; ``more(offset, limit)`` fetches the rest of ``total`` page by page
        (without it the rows are all there is, sorted here)."""
        self.beginResetModel()
        self.rows = rows
        self.total = len(rows) if total is None else total
        self._more = more
        if self._sort is not None and more is None:
            self._apply_sort(*self._sort)
        self._reindex()
        self.endResetModel()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._more is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._more is not None
        page = self._more(len(self.rows), PAGE)
        page = [d for d in page if d.id not in self._row_of]  # a row added meanwhile
        if not page:
            self.total = len(self.rows)  # documents went away meanwhile: stop asking
            return
        first = len(self.rows)
        self.beginInsertRows(_ROOT, first, first + len(page) - 1)
        self.rows.extend(page)
        for i, d in enumerate(page, first):
            self._row_of[d.id] = i
        self.endInsertRows()

    def order(self) -> tuple[str, bool]:
        """The store's order for the sort column: (order, descending)."""
        if self._sort is None:
            return "id", False
        column, order = self._sort
        return ORDERS.get(column, "id"), order == Qt.SortOrder.DescendingOrder

    def _reindex(self) -> None:
        self._row_of = {d.id: i for i, d in enumerate(self.rows)}

    def row_of(self, doc_id: int | None) -> int:
        return -1 if doc_id is None else self._row_of.get(doc_id, -1)

    def update_counts(self, doc_id: int, status: str, open_suggestions: int,
                      annotations: int) -> None:
        row = self.row_of(doc_id)
        if row < 0:
            return
        old = self.rows[row]
        new = dataclasses.replace(old, status=status, open_suggestions=open_suggestions,
                                  annotations=annotations)
        if new != old:
            self.rows[row] = new
            self.dataChanged.emit(self.index(row, 3), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(HEADERS[section]) if HEADERS[section] else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return doc.title
            if col == 1:
                return doc.date.isoformat() if doc.date else ""
            if col == 2:
                return doc.outlet or ""
            if col == 3:
                return ""  # a coloured mark (DecorationRole), the word is in the tooltip
            if col == 4:
                return doc.open_suggestions or ""
            return doc.annotations or ""
        if role == Qt.ItemDataRole.DecorationRole and col == 3:
            return _status_icon(doc.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 3:
                return tr(STATUS_TITLES.get(doc.status, doc.status))
            if col == 0:
                return f"{doc.title}\n{doc.length:,} " + tr("characters")
        if role == Qt.ItemDataRole.UserRole:
            return doc.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._more is not None:  # paged: only the store knows every row's place
            self._sort = (column, order)
            self.sort_requested.emit()
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._reindex()
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=_sort_key(column),
                       reverse=order == Qt.SortOrder.DescendingOrder)


class DocList(QWidget):
    """Filter bar, table and a count line."""

    doc_selected = Signal(int)
    loaded = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fetch: Callable[[DocQuery], list[DocSummary]] | None = None
        self.counter: Callable[[DocQuery], int] | None = None  # with it, the list is paged
        self._serial = 0
        self._loader: TaskWorker | None = None  # the latest request (older ones are ignored)
        self._pending_select: int | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search title, outlet, text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for key in ("new", "in_progress", "done"):
            self.status.addItem(tr(STATUS_TITLES[key]), key)
        self.label = QComboBox()
        self.label.addItem(tr("All labels"), None)
        self.min_amount = QLineEdit()
        self.min_amount.setPlaceholderText(tr("min amount, e.g. 100억"))
        self.max_amount = QLineEdit()
        self.max_amount.setPlaceholderText(tr("max amount"))
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.label, 1, 1)
        grid.addWidget(self.min_amount, 2, 0)
        grid.addWidget(self.max_amount, 2, 1)
        layout.addLayout(grid)
        self.list_model = DocListModel(self)
        self.list_model.sort_requested.connect(self.reload)
        self.view = QTableView()
        self.view.setModel(self.list_model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        for col, width in ((1, 82), (2, 84), (3, 26), (4, 38), (5, 38)):
            self.view.setColumnWidth(col, width)
        self.view.horizontalHeader().setMinimumSectionSize(24)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.count)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        for w in (self.search, self.min_amount, self.max_amount):
            w.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.reload)
        self.label.currentIndexChanged.connect(self.reload)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

    def sizeHint(self) -> QSize:  # the dock's first width, before the user resizes it
        return QSize(430, 600)

    def set_labels(self, names: list[str]) -> None:
        current = self.label.currentData()
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItem(tr("All labels"), None)
        for name in names:
            self.label.addItem(label_title(name), name)
        self.label.setCurrentIndex(max(0, self.label.findData(current)))
        self.label.blockSignals(False)

    def query(self) -> DocQuery:
        def amount(edit: QLineEdit) -> float | None:
            try:
                return parse_amount(edit.text())
            except ValueError:
                return None

        order, descending = self.list_model.order()
        return DocQuery(status=self.status.currentData(), label=self.label.currentData(),
                        text=self.search.text().strip() or None,
                        min_amount=amount(self.min_amount), max_amount=amount(self.max_amount),
                        order=order, descending=descending)

    def reload(self, *, select: int | None = None, wait: bool = False) -> None:
        """Fetch the rows for the current filters (on a worker thread unless ``wait``)."""
        if self.fetch is None:
            return
        self._serial += 1
        self._pending_select = select if select is not None else self.current_id()
        query = self.query()
        fetch, counter = self.fetch, self.counter

        def first() -> tuple[list[DocSummary], int | None, DocQuery]:
            if counter is None:
                return fetch(query), None, query
            page = dataclasses.replace(query, limit=PAGE, offset=0)
            return fetch(page), counter(query), query

        self.busy = True
        if wait:
            try:
                rows: object = first()
            except Exception as exc:
                rows = exc
            self._on_loaded(self._serial, rows)
            return
        serial = self._serial

        def job(_progress: Progress, _cancel: Cancel) -> tuple[int, object]:
            try:
                return serial, first()
            except Exception as exc:  # shown in the status bar, never a crash
                return serial, exc

        loader = TaskWorker(job, "doc-list")
        loader.succeeded.connect(self._loaded)
        self._loader = loader
        loader.start()

    def _loaded(self, result: tuple[int, object]) -> None:
        self._on_loaded(*result)

    def stop(self) -> None:
        """Wait for the last request (closing): no thread outlives the window."""
        if self._loader is not None:
            self._loader.wait()

    def _on_loaded(self, serial: int, rows: object) -> None:
        if serial != self._serial:
            return  # an older request finished after a newer one started
        self.busy = False
        if isinstance(rows, Exception):
            self.message.emit(tr("Could not list documents: {0}").format(rows))
            return
        assert isinstance(rows, tuple)
        first, total, query = rows
        fetch = self.fetch
        more = None
        if total is not None and fetch is not None:
            def more(offset: int, limit: int) -> list[DocSummary]:
                return fetch(dataclasses.replace(query, offset=offset, limit=limit))
        keep = self._pending_select
        self.view.selectionModel().blockSignals(True)
        self.list_model.set_rows(first, total, more)
        self.view.selectionModel().blockSignals(False)
        self.count.setText(tr("{0} documents").format(f"{self.list_model.total:,}"))
        if keep is not None and self.list_model.row_of(keep) >= 0:
            self.select_doc(keep, emit=False)
        self.loaded.emit()

    def current_id(self) -> int | None:
        idx = self.view.currentIndex()
        return self.list_model.rows[idx.row()].id if idx.isValid() else None

    def select_doc(self, doc_id: int, *, emit: bool = True) -> bool:
        row = self.list_model.row_of(doc_id)
        while row < 0 and self.list_model.canFetchMore():  # further down the list: fetch to it
            self.list_model.fetchMore()
            row = self.list_model.row_of(doc_id)
        if row < 0:
            return False
        sm = self.view.selectionModel()
        if not emit:
            sm.blockSignals(True)
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.list_model.index(row, 0))
        self.view.scrollTo(self.list_model.index(row, 0))
        if not emit:
            sm.blockSignals(False)
        return True

    def step(self, forward: bool, *, skip_done: bool = False) -> int | None:
        """The id of the next (previous) row, optionally skipping documents marked done."""
        rows = self.list_model.rows
        if not rows:
            return None
        row = self.list_model.row_of(self.current_id())
        if not forward and row <= 0:
            while self.list_model.canFetchMore():  # backwards past the first: to the real last
                self.list_model.fetchMore()
        if row < 0:  # nothing selected: start before the first (or after the last) row
            row = -1 if forward else len(rows)
        i = 1
        while i <= len(rows):
            if forward and row + i >= len(rows) and self.list_model.canFetchMore():
                self.list_model.fetchMore()  # the next page, before wrapping to the first row
                continue
            j = (row + i) % len(rows) if forward else (row - i) % len(rows)
            if not skip_done or rows[j].status != "done":
                return rows[j].id
            i += 1
        return None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.doc_selected.emit(self.list_model.rows[current.row()].id)
