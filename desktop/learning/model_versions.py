"""Model → Model versions…: every trained model with its evaluation; go back to another one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate.side_panel import label_title
from desktop.i18n import tr
from models.learn.modelstore import ModelInfo, activate, list_models
from models.store.project import ProjectStore

COLUMNS = ("Version", "Trained", "Sentences", "Spans", "Labels", "F1 model", "F1 rules",
           "In use")


def _column_titles() -> list[str]:
    return [tr("Version"), tr("Trained"), tr("Sentences"), tr("Spans"), tr("Labels"),
            tr("F1 model"), tr("F1 rules"), tr("In use")]


def _f1(info: ModelInfo, part: str) -> str:
    scores = (info.evaluation or {}).get(part) or {}
    value = scores.get("f1") if isinstance(scores, dict) else None
    return "—" if value is None else f"{float(value):.3f}"


def _source(info: ModelInfo) -> str:
    if info.source == "project":
        return tr("the project's decisions")
    return info.source.removeprefix("file:")


class VersionsDialog(QDialog):
    activated = Signal(int)  # the version now in use

    def __init__(self, store: ProjectStore, parent: QWidget | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("modelVersions")
        self.setWindowTitle(tr("Model versions"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Each training adds a version. F1 is measured on the training "
                          "documents, each half by a model trained on the other half, with the "
                          "model and with the rules alone. Only the newest versions keep their "
                          "data and can be used again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(_column_titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("No model yet: use Model → Train now once you have accepted or "
                               "added some names."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = QPushButton(tr("&Use this version"))
        self.use_button.setEnabled(False)
        self.use_button.setVisible(not read_only)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self.use_selected)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.models: list[ModelInfo] = []
        self.reload()

    def reload(self) -> None:
        self.models = list_models(self.store)
        self.table.setRowCount(len(self.models))
        for row, info in enumerate(self.models):
            when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [f"v{info.version}", when, str(info.n_sentences), str(info.n_spans),
                     ", ".join(label_title(x) for x in info.labels), _f1(info, "model"),
                     _f1(info, "rules"),
                     "✓" if info.active else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(tr("Trained on {0} in {1} s").format(_source(info),
                                                                       f"{info.seconds:.0f}"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.models)
        self.table.setVisible(bool(self.models))
        self._selection_changed()

    def selected(self) -> ModelInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.models[min(rows)] if rows else None

    def select_version(self, version: int) -> None:
        for row, info in enumerate(self.models):
            if info.version == version:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        info = self.selected()
        self.use_button.setEnabled(info is not None and not info.active)

    def use_selected(self) -> None:
        info = self.selected()
        if info is None or info.version is None:
            return
        try:
            activate(self.store, info.version)
        except KeyError:
            QMessageBox.information(self, tr("Model versions"), tr(
                "The data of v{0} was removed to keep the project small: it cannot be used "
                "again.").format(info.version))
            return
        self.reload()
        self.select_version(info.version)
        self.activated.emit(info.version)
