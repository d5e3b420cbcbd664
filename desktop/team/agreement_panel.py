"""Agreement between annotators: a table of pairs (kappa, F1), per-label and per-document detail.

A standalone widget: give it a ProjectStore and call :meth:`AgreementPanel.refresh`. It only
reads (``models.team.agreement``); :func:`agreement_dialog` wraps it in a dialog for a menu item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import N_, tr
from models.store.project import ProjectStore
from models.team.agreement import AgreementReport, PairAgreement, agreement

PAIR_COLUMNS = (N_("Annotator A"), N_("Annotator B"), N_("Documents"), N_("Tokens"),
                N_("Kappa"), N_("F1"))
LABEL_COLUMNS = (N_("Label"), N_("A"), N_("B"), N_("Both"), N_("Precision"), N_("Recall"),
                 N_("F1"))
DOC_COLUMNS = (N_("Document"), N_("Kappa"), N_("F1"), N_("Tokens"))


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([tr(c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if text == "–" or text.replace(".", "", 1).isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class AgreementPanel(QWidget):
    """Pairs on top; the selected pair's labels and documents below."""

    document_activated = Signal(int)  # double-click on a document row: open it

    def __init__(self, store: ProjectStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report: AgreementReport | None = None
        self._doc_ids: list[int | None] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.include_review = QCheckBox(tr("Include the reviewed layer"))
        self.refresh_button = QPushButton(tr("Refresh"))
        top.addWidget(self.summary, 1)
        top.addWidget(self.include_review)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.pairs = _table(PAIR_COLUMNS)
        self.labels = _table(LABEL_COLUMNS)
        self.docs = _table(DOC_COLUMNS)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.labels)
        lower.addWidget(self.docs)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.pairs)
        split.addWidget(lower)
        layout.addWidget(split, 1)
        note = QLabel(tr("Kappa over eojeol (space-separated words, O included); F1 over exact "
                         "spans (same start, end and label). Only documents both annotators "
                         "worked on count."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.refresh_button.clicked.connect(self.refresh)
        self.include_review.toggled.connect(self.refresh)
        self.pairs.itemSelectionChanged.connect(self._show_pair)
        self.docs.cellDoubleClicked.connect(self._open_doc)

    def refresh(self) -> None:
        self.report = agreement(self.store, include_review=self.include_review.isChecked())
        report = self.report
        if not report.pairs:
            self.summary.setText(tr("No document has been annotated by two annotators yet."))
        else:
            self.summary.setText(tr("{n} annotators, {p} pairs").format(
                n=len(report.annotators), p=len(report.pairs)))
        _fill(self.pairs, [[p.a, p.b, str(p.documents), str(p.tokens), fmt(p.kappa),
                            fmt(p.overall.f1)] for p in report.pairs])
        if report.pairs:
            self.pairs.selectRow(0)
        else:
            _fill(self.labels, [])
            _fill(self.docs, [])

    def selected_pair(self) -> PairAgreement | None:
        rows = self.pairs.selectionModel().selectedRows()
        if self.report is None or not rows:
            return None
        return self.report.pairs[rows[0].row()]

    def _show_pair(self) -> None:
        pair = self.selected_pair()
        if pair is None or self.report is None:
            return
        _fill(self.labels, [[x.label, str(x.a), str(x.b), str(x.matched), fmt(x.precision),
                             fmt(x.recall), fmt(x.f1)] for x in (*pair.labels, pair.overall)])
        self._doc_ids = [d.document_id for d in self.report.documents
                         if (d.a, d.b) == (pair.a, pair.b)]
        _fill(self.docs, [[str(d.document_id), fmt(d.kappa), fmt(d.overall.f1), str(d.tokens)]
                          for d in self.report.documents if (d.a, d.b) == (pair.a, pair.b)])

    def _open_doc(self, row: int, _column: int) -> None:
        doc = self._doc_ids[row] if 0 <= row < len(self._doc_ids) else None
        if doc is not None:
            self.document_activated.emit(doc)


def agreement_dialog(store: ProjectStore, parent: QWidget | None = None) -> QDialog:
    """The panel in a dialog with a Close button, already filled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Agreement between annotators"))
    dialog.resize(820, 560)
    layout = QVBoxLayout(dialog)
    panel = AgreementPanel(store, dialog)
    layout.addWidget(panel)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.panel = panel  # type: ignore[attr-defined]
    panel.refresh()
    return dialog
