"""The strip above the article: title, date, outlet, status, and a legend of labels with counts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.annotate.side_panel import label_title
from desktop.annotate.spans import DocItems
from desktop.i18n import N_, tr
from models.store.views import DocView

STATUS = {"new": N_("new"), "in_progress": N_("in progress"), "done": N_("done")}


class ArticleHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(3)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # a long legend must wrap, not squeeze the docks
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.key.setWordWrap(True)
        self.key.setMaximumWidth(260)
        row.addWidget(self.legend, 1)
        row.addWidget(self.key)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(row)

    def set_labels(self, labels: list[tuple[str, str]]) -> None:
        self.labels = labels

    def show_document(self, view: DocView | None, items: DocItems | None) -> None:
        if view is None or items is None:
            self.title.setText(tr("No document"))
            self.meta.setText("")
            self.legend.setText("")
            self.key.setText("")
            return
        self.title.setText(view.title or tr("(untitled)"))
        bits = [view.date.isoformat() if view.date else "", view.outlet or "",
                view.author or "", f"{len(view.text):,} " + tr("characters"),
                tr(STATUS.get(view.status, view.status))]
        if view.repeats:
            bits.append(tr("{0} repeated paragraphs").format(len(view.repeats)))
        self.meta.setText("  ·  ".join(b for b in bits if b))
        self.update_counts(items)

    def update_counts(self, items: DocItems) -> None:
        counts = items.counts()
        text = self.palette().color(QPalette.ColorRole.Text).name()
        chips = []
        known = [name for name, _c in self.labels]
        order = known + sorted(k for k in counts if k not in known)
        colours = dict(self.labels)
        for name in order:
            sugg, ann = counts.get(name, (0, 0))
            if not sugg and not ann:
                continue
            colour = QColor(colours.get(name, "#888888"))
            soft = QColor(colour)
            soft.setAlpha(110)
            rgba = f"rgba({soft.red()},{soft.green()},{soft.blue()},{soft.alphaF():.2f})"
            count = f"{ann}" + (f"&nbsp;<span style='color:{colour.name()}'>+{sugg}</span>"
                                if sugg else "")
            chips.append(f"<span style='background:{rgba};color:{text};'>&nbsp;"
                         f"{html.escape(label_title(name))}&nbsp;</span>&nbsp;{count}")
        self.legend.setText("&nbsp;&nbsp; ".join(chips) if chips
                            else html.escape(tr("No spans yet")))
        self.key.setText(html.escape(tr("filled: accepted · dashed: open suggestion (+n)")))
