"""Review (curation) of one document: the annotators' spans side by side, and the final layer.

A standalone widget: give it a ProjectStore and call :meth:`ReviewPanel.show_document`. Each row
is one place where spans overlap; each column one annotator, the last the reviewed layer
(annotator ``review``). Select cells and press "Adopt selected" to copy those spans into the
reviewed layer, "Adopt agreed" for every place all annotators agree on. Every change goes
through the store's commands under the ``review`` annotator (logged, undoable with "Undo").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import N_, tr
from models.store.commands import CommandError
from models.store.project import ProjectStore
from models.store.views import Change
from models.team import review as rv

STATUS_TITLES = {"agreed": N_("agreed"), "disputed": N_("disputed"),
                 "reviewed": N_("reviewed")}
STATUS_COLOURS = {"agreed": "#dff0d8", "disputed": "#fcf8e3", "reviewed": "#e8eef7"}


class ReviewPanel(QWidget):
    changed = Signal(object)  # the Change made to the reviewed layer

    def __init__(self, store: ProjectStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.reviewer = rv.reviewer_store(store)
        self.view: rv.ReviewView | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.adopt_selected = QPushButton(tr("Adopt selected"))
        self.adopt_agreed = QPushButton(tr("Adopt agreed"))
        self.remove_selected = QPushButton(tr("Remove from review"))
        self.mark_done = QPushButton(tr("Mark reviewed"))
        self.undo_button = QPushButton(tr("Undo"))
        for b in (self.adopt_selected, self.adopt_agreed, self.remove_selected, self.mark_done,
                  self.undo_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.adopt_selected.clicked.connect(self._adopt_selected)
        self.adopt_agreed.clicked.connect(
            lambda: self._do(lambda doc: rv.adopt_agreed(self.reviewer, doc)))
        self.remove_selected.clicked.connect(self._remove_selected)
        self.mark_done.clicked.connect(
            lambda: self._do(lambda doc: rv.mark_reviewed(self.reviewer, doc)))
        self.undo_button.clicked.connect(lambda: self._do(lambda _doc: self.reviewer.undo()))

    # -- showing -------------------------------------------------------------------------------

    def show_document(self, doc_id: int) -> None:
        view = rv.review_view(self.store, doc_id, reviewer=self.reviewer.annotator)
        self.view = view
        reviewed = sum(r.reviewed for r in view.rows)
        self.title.setText(tr("[{id}] {title} — {done}/{n} places reviewed").format(
            id=view.document_id, title=view.title, done=reviewed, n=len(view.rows)))
        heads = [tr("Status"), *view.annotators, tr("Reviewed")]
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(view.rows))
        for r, row in enumerate(view.rows):
            brush = QBrush(QColor(STATUS_COLOURS[row.status]))
            cells = [tr(STATUS_TITLES[row.status]), *(_cell(col) for col in row.columns),
                     _cell(row.final)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(brush)
                item.setForeground(QBrush(QColor("#202020")))
                if c == 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    # -- acting --------------------------------------------------------------------------------

    def _selected_ids(self, *, final: bool) -> list[int]:
        view = self.view
        if view is None:
            return []
        last = len(view.annotators) + 1
        ids: list[int] = []
        for index in self.table.selectedIndexes():
            row, col = view.rows[index.row()], index.column()
            if final and col == last:
                ids += [sp.annotation_id for sp in row.final]
            elif not final and 1 <= col < last:
                ids += [sp.annotation_id for sp in row.columns[col - 1]]
        return ids

    def _adopt_selected(self) -> None:
        ids = self._selected_ids(final=False)
        if not ids:
            self.message.setText(tr("Select an annotator's cells to adopt first."))
            return
        self._do(lambda doc: rv.adopt(self.reviewer, doc, ids))

    def _remove_selected(self) -> None:
        ids = self._selected_ids(final=True)
        if not ids:
            self.message.setText(tr("Select cells of the reviewed column to remove first."))
            return

        def remove(_doc: int) -> Change | None:
            change = None
            for i in ids:
                change = rv.remove(self.reviewer, i)
            return change

        self._do(remove)

    def _do(self, action: Callable[[int], Change | None]) -> None:
        """Run an action on the shown document; a refusal is shown, never raised."""
        if self.view is None:
            return
        doc = self.view.document_id
        try:
            change = action(doc)
        except CommandError as exc:
            self.message.setText(str(exc))
        else:
            self.message.setText("" if change is not None else tr("Nothing to do."))
            if change is not None:
                self.changed.emit(change)
        self.show_document(doc)


def _cell(spans: tuple[rv.ReviewSpan, ...]) -> str:
    return "\n".join(f"{sp.text} · {sp.label}" for sp in spans)
