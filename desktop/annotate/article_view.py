"""The article with its highlights.

A read-only QPlainTextEdit (its layout is lazy, so a 300k-character document opens fast) with
two layers: ExtraSelections fill accepted spans (and tint suggestions) under the text, and
``paintEvent`` outlines suggestions and the selected span, but only for the visible blocks.
Repeated paragraphs are greyed and marked with a bar in the left margin. Offsets arrive as code
points and are converted once per document by :class:`desktop.annotate.offsets.OffsetMap`.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop.annotate.offsets import OffsetMap
from desktop.annotate.spans import DocItems, Item, Key
from desktop.i18n import tr
from desktop.theme import SpanColours, is_dark
from models.store.views import DocView

MARGIN = 16  # document margin in px; the repeat bar is painted inside it
FORMAT_MARGIN = 6000  # Qt units around the viewport that get their fills ahead of scrolling


def describe_value(item: Item) -> str:
    """A short human form of a span's value for tooltips and the span list."""
    from models.rules.numerals import format_korean_amount

    v = item.value
    if v is None:
        return ""
    if v.date:
        return v.date
    approx = "≈ " if v.approx else ""
    if item.label != "MONEY":
        if v.value is None:
            return ""
        number = f"{v.value:,.0f}" if float(v.value).is_integer() else f"{v.value:,}"
        return f"{approx}{number}" + (f" {v.unit}" if v.unit else "")
    cur = v.currency or "KRW"
    if v.value is not None:
        return approx + format_korean_amount(v.value, cur)
    if v.low is not None and v.high is not None:
        return f"{format_korean_amount(v.low, cur)} ~ {format_korean_amount(v.high, cur)}"
    return tr("vague amount")


class ArticleView(QPlainTextEdit):
    """Shows one document; emits what the user clicked or selected, never touches the store."""

    span_clicked = Signal(object)  # Key, or None for a click outside every span
    enter_pressed = Signal()  # Enter in the article accepts the selected suggestion
    text_selected = Signal(int, int, QPoint)  # code-point start, end, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Mouse selection only: keyboard selection would swallow Shift+arrows (grow/shrink).
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCenterOnScroll(False)
        self.document().setDocumentMargin(MARGIN)
        self.setPlaceholderText(tr("No document selected"))
        self.doc_id: int | None = None
        self.items: DocItems | None = None
        self.offsets = OffsetMap("")
        self._text = ""
        self.selected: Key | None = None
        self.linked: set[Key] = set()  # the spans the selected amount's row names
        self.colours: dict[str, SpanColours] = {}
        self._label_hex: dict[str, str] = {}
        self._dark = False
        # Suggestions to outline: (u16 start, u16 end, label, key), sorted by start.
        self._outlines: list[tuple[int, int, str, Key]] = []
        self._outline_starts: list[int] = []
        self._outline_longest = 0
        self._repeats_u16: list[tuple[int, int, int]] = []
        self._window = (0, 0)
        self.verticalScrollBar().valueChanged.connect(self._check_window)
        self._press_pos: QPoint | None = None
        self._click_cycle: list[Key] = []

    # -- colours ---------------------------------------------------------------------------------

    def set_label_colours(self, colours: dict[str, str]) -> None:
        self._label_hex = dict(colours)
        self._dark = is_dark()
        self.colours = {name: SpanColours(hx, self._dark) for name, hx in colours.items()}
        self._refresh_formats()

    def colour(self, label: str) -> SpanColours:
        found = self.colours.get(label)
        if found is None:
            found = self.colours[label] = SpanColours(self._label_hex.get(label, "#888888"),
                                                      self._dark)
        return found

    def theme_changed(self) -> None:
        self.set_label_colours(self._label_hex)

    # -- content ---------------------------------------------------------------------------------

    def show_document(self, view: DocView | None, items: DocItems | None,
                      selected: Key | None = None) -> None:
        """Show a document (or refresh the spans of the one shown, keeping the scroll)."""
        if view is None or items is None:
            self.doc_id, self.items, self.selected = None, None, None
            self.offsets = OffsetMap("")
            self._text = ""
            self._repeats_u16 = []
            self.setPlainText("")
            self._rebuild()
            return
        if view.id != self.doc_id or view.text != self._text:
            self.doc_id = view.id
            self._text = view.text
            self.offsets = OffsetMap(view.text, paragraph_gap=True)
            self.setPlainText(self.offsets.display_text)
            self.verticalScrollBar().setValue(0)
        self.items = items
        self.selected = selected if items.get(selected) is not None else None
        self._repeats_u16 = [(self.offsets.to_qt(a), self.offsets.to_qt(b),
                              self.offsets.to_qt(first)) for a, b, first in view.repeats]
        self._rebuild()

    def select(self, key: Key | None, *, scroll: bool = True) -> None:
        self.selected = key if self.items is not None and self.items.get(key) else None
        self._refresh_formats()
        if scroll and self.selected is not None:
            self.scroll_to(self.selected)

    def set_linked(self, keys: set[Key]) -> None:
        """Light up the spans linked to the selection (an amount's project, proposer …)."""
        if keys != self.linked:
            self.linked = set(keys)
            self._refresh_formats()

    def scroll_to(self, key: Key) -> None:
        item = self.items.get(key) if self.items else None
        if item is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(item.start))
        rect = self.cursorRect(cursor)
        view = self.viewport().rect()
        if rect.top() < view.top() + 10 or rect.bottom() > view.bottom() - 10:
            self.setTextCursor(cursor)
            self.centerCursor()

    def selection_cp(self) -> tuple[int, int] | None:
        """The mouse selection as code points, trimmed of surrounding spaces; None if empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.offsets.span_to_store(cursor.selectionStart(), cursor.selectionEnd())
        cp_text = self._text  # the stored text: Qt's toPlainText() rewrites some spaces
        while start < end and cp_text[start].isspace():
            start += 1
        while end > start and cp_text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    # -- drawing ---------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        outlines: list[tuple[int, int, str, Key]] = []
        if self.items is not None:
            to_qt = self.offsets.to_qt
            for it in self.items.items:
                outlines.append((to_qt(it.start), to_qt(it.end), it.label, it.key))
        self._outlines = outlines
        self._outline_starts = [o[0] for o in outlines]
        self._outline_longest = max((o[1] - o[0] for o in outlines), default=0)
        self._refresh_formats()

    def _format_window(self) -> tuple[int, int]:
        """The Qt range whose spans get ExtraSelections: all of a normal article, and the
        visible part plus a margin of a long one (thousands of QTextCursors cost ~0.1 s)."""
        n = self.offsets.u16_length
        if n <= 4 * FORMAT_MARGIN:
            return 0, n
        vp = self.viewport().rect()
        top = self.cursorForPosition(vp.topLeft()).position()
        bottom = self.cursorForPosition(vp.bottomRight()).position()
        return max(0, top - FORMAT_MARGIN), min(n, bottom + FORMAT_MARGIN)

    def _check_window(self) -> None:
        lo, hi = self._window
        n = self.offsets.u16_length
        if n <= 4 * FORMAT_MARGIN or not self._outlines:
            return
        vp = self.viewport().rect()
        top = self.cursorForPosition(vp.topLeft()).position()
        bottom = self.cursorForPosition(vp.bottomRight()).position()
        slack = FORMAT_MARGIN // 3
        if (lo > 0 and top < lo + slack) or (hi < n and bottom > hi - slack):
            self._refresh_formats()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._check_window()

    def _refresh_formats(self) -> None:
        sels: list[QTextEdit.ExtraSelection] = []
        doc = self.document()
        grey = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for a, b, _first in self._repeats_u16:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setForeground(grey)
            sel.format = fmt
            cur = QTextCursor(doc)
            cur.setPosition(a)
            cur.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sels.append(sel)
        lo, hi = self._window = self._format_window()
        first = bisect_left(self._outline_starts, lo - self._outline_longest)
        last = bisect_left(self._outline_starts, hi)
        shown = [o for o in self._outlines[first:last] if o[1] > lo]
        # Suggestions first, so that accepted fills and the selection paint over them.
        shown.sort(key=lambda o: (o[3][0] != "suggestion", o[3] == self.selected))
        formats: dict[tuple[str, int], QTextCharFormat] = {}
        for a, b, label, key in shown:
            kind = (2 if key == self.selected or key in self.linked
                    else 1 if key[0] == "suggestion" else 0)
            if (label, kind) not in formats:
                colours = self.colour(label)
                new = QTextCharFormat()
                new.setBackground((colours.fill, colours.suggestion_fill,
                                   colours.selected_fill)[kind])
                formats[(label, kind)] = new
            sel = QTextEdit.ExtraSelection()
            sel.format = formats[(label, kind)]
            cur = QTextCursor(doc)
            cur.setPosition(a)
            cur.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sels.append(sel)
        self.setExtraSelections(sels)
        self.viewport().update()

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self._outlines and not self._repeats_u16:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        offset = self.contentOffset()
        top, bottom = e.rect().top(), e.rect().bottom()
        block = self.firstVisibleBlock()
        while block.isValid():
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > bottom:
                break
            if block.isVisible() and geo.bottom() >= top:
                self._paint_block(painter, block, geo.topLeft())
            block = block.next()
        painter.end()

    def _paint_block(self, painter: QPainter, block: QTextBlock, origin: QPointF) -> None:
        bstart = block.position()
        bend = bstart + block.length()
        layout = block.layout()
        for a, b, _first in self._repeats_u16:
            if a < bend and bstart < b:
                rect = layout.boundingRect().translated(origin)
                pen = QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 3)
                pen.setStyle(Qt.PenStyle.DotLine)
                painter.setPen(pen)
                x = origin.x() - MARGIN / 2
                painter.drawLine(QPointF(x, rect.top() + 3), QPointF(x, rect.bottom() - 3))
        lo = bisect_left(self._outline_starts, bstart - self._outline_longest)
        hi = bisect_left(self._outline_starts, bend)
        for a, b, label, key in self._outlines[lo:hi]:
            if b <= bstart or a >= bend:
                continue
            selected = key == self.selected
            suggestion = key[0] == "suggestion"
            if not (suggestion or selected):
                continue
            colours = self.colour(label)
            pen = QPen(colours.outline, 2.4 if selected else 1.3)
            if suggestion and not selected:
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setDashPattern([3.0, 2.0])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._span_rects(block, origin, max(a, bstart) - bstart,
                                         min(b, bend) - bstart):
                painter.drawRoundedRect(rect.adjusted(-1, 0.5, 1, -0.5), 3, 3)

    def _span_rects(self, block: QTextBlock, origin: QPointF, a: int, b: int) -> list[QRectF]:
        layout = block.layout()
        rects: list[QRectF] = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            ls, le = line.textStart(), line.textStart() + line.textLength()
            if b <= ls or a >= le:
                continue
            x1 = float(line.cursorToX(max(a, ls))[0])  # type: ignore[index]
            x2 = float(line.cursorToX(min(b, le))[0])  # type: ignore[index]
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        return rects

    # -- mouse -----------------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.modifiers():
            self.enter_pressed.emit()
            return
        super().keyPressEvent(e)

    def _hit(self, pos: QPoint) -> list[Item]:
        if self.items is None:
            return []
        cursor = self.cursorForPosition(pos)
        u16 = cursor.position()
        if self.cursorRect(cursor).center().x() > pos.x() and u16 > 0:
            u16 -= 1  # the click was on the character left of the nearest caret position
        return self.items.covering(self.offsets.to_store(u16))

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._press_pos = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton:
            return
        sel = self.selection_cp()
        if sel is not None:
            self.text_selected.emit(sel[0], sel[1], e.globalPosition().toPoint())
            return
        hits = self._hit(e.position().toPoint())
        keys = [h.key for h in hits]
        if not keys:
            self._click_cycle = []
            self.span_clicked.emit(None)
            return
        # Clicking again on nested spans cycles through them, shortest first.
        if keys == self._click_cycle and self.selected in keys:
            key = keys[(keys.index(self.selected) + 1) % len(keys)]
        else:
            key = keys[0]
        self._click_cycle = keys
        self.span_clicked.emit(key)

    def viewportEvent(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            hits = self._hit(e.pos())
            if hits:
                QToolTip.showText(e.globalPos(), "\n".join(self._tip(h) for h in hits), self)
            elif self._repeat_at(e.pos()):
                QToolTip.showText(e.globalPos(), tr("Repeated paragraph: its amounts are "
                                                    "counted once"), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    def _repeat_at(self, pos: QPoint) -> bool:
        u16 = self.cursorForPosition(pos).position()
        return any(a <= u16 <= b for a, b, _f in self._repeats_u16)

    def _tip(self, item: Item) -> str:
        kind = tr("suggestion") if item.is_suggestion else tr("accepted")
        extra = describe_value(item)
        parts = [f"{item.label} · {kind}"]
        if item.is_suggestion and item.score is not None:
            parts.append(f"{item.source} {item.score:.2f}")
        if extra:
            parts.append(extra)
        return " · ".join(parts)

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0
