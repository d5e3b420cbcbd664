"""What the keys and clicks do: turns the user's intent into store commands and refreshes views.

The Editor owns the open document (a DocView and its DocItems) and the selected span. Every
change goes through the UndoController, which commits at once; the Editor then re-reads the
document from the store (the single source of truth) and picks what to select next.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.annotate.article_view import ArticleView
from desktop.annotate.label_popup import LabelPopup
from desktop.annotate.legend import ArticleHeader
from desktop.annotate.report_notes import ReportNotes
from desktop.annotate.side_panel import SidePanel, label_title
from desktop.annotate.spans import (
    ANNOTATION,
    DocItems,
    Item,
    Key,
    best_accept_set,
    char_edge,
    morpheme_edge,
    morpheme_tokens,
    paragraph_bounds,
    undecided,
)
from desktop.annotate.undo import UndoController
from desktop.i18n import tr
from models.amount_view import row_of_view
from models.domain import Value
from models.store.commands import (
    Accept,
    Command,
    ConfirmRelation,
    Create,
    Delete,
    Link,
    Reject,
    SetRelation,
    SetStatus,
    Unlink,
    Update,
)
from models.store.project import ProjectStore
from models.store.views import Change, DocView

RULES_ENGINE = "bitgeul-rules-preview/1"

# What to select once the store has answered: given the fresh items and the change, a key.
Chooser = Callable[[DocItems, Change | None], Key | None]


class Editor(QObject):
    message = Signal(str)
    document_loaded = Signal(object)  # DocView | None
    counts_changed = Signal(int, str, int, int)  # doc id, status, open suggestions, annotations

    def __init__(self, article: ArticleView, panel: SidePanel, header: ArticleHeader) -> None:
        super().__init__(article)
        self.article = article
        self.panel = panel
        self.header = header
        self.store: ProjectStore | None = None
        self.undo: UndoController | None = None
        self.view: DocView | None = None
        self.items: DocItems | None = None
        self.selected: Key | None = None
        self.auto_advance = True
        self.uncertainty_first = False  # N/P and auto-advance follow the model's doubt
        self.labels: list[tuple[str, str, str | None]] = []
        self.rules_preview = True  # docs never analysed get instant rule-based suggestions
        self.report_notes = ReportNotes()  # the report's word on the selected amount
        self._chooser: Chooser | None = None
        self._token_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.last_switch_ms = 0.0
        article.span_clicked.connect(self.select)
        article.text_selected.connect(self._text_selected)
        panel.span_activated.connect(self.select)
        panel.relabel.connect(self.relabel)
        panel.accept.connect(self.accept)
        panel.reject.connect(self.reject)
        panel.apply_value.connect(self.apply_value)
        panel.link_nearest.connect(self.link_nearest)
        panel.link_to.connect(self.link_to)
        panel.unlink.connect(self.unlink_relation)
        panel.message.connect(self.message)
        panel.amount_row.confirm.connect(self.confirm_relation)
        panel.amount_row.set_field.connect(self.set_relation)

    def attach(self, store: ProjectStore | None, undo: UndoController | None) -> None:
        if self.undo is not None:
            self.undo.changed.disconnect(self.on_change)
        self.store, self.undo = store, undo
        if undo is not None:
            undo.changed.connect(self.on_change)
        self.open_document(None)

    def set_labels(self, labels: list[tuple[str, str, str | None]]) -> None:
        self.labels = labels
        self.article.set_label_colours({n: c for n, c, _k in labels})
        self.panel.set_labels(labels)
        self.header.set_labels([(n, c) for n, c, _k in labels])
        if self.items is not None:
            self.panel.set_document(self.items)
            self.header.update_counts(self.items)

    # -- loading ---------------------------------------------------------------------------------

    def open_document(self, doc_id: int | None, select: Key | None = None) -> None:
        t0 = time.perf_counter()
        self._token_cache.clear()
        if doc_id is None or self.store is None:
            self.view = self.items = None
            self.selected = None
            self.article.show_document(None, None)
            self.panel.set_document(None)
            self.panel.show_item(None)
            self.header.show_document(None, None)
            self.document_loaded.emit(None)
            return
        try:
            view = self.store.document(doc_id)
        except KeyError:
            self.message.emit(tr("Document {0} no longer exists").format(doc_id))
            return
        if self.rules_preview and not view.suggestions and self._preview_rules(view):
            view = self.store.document(doc_id)
        self._show(view, select)
        self.last_switch_ms = (time.perf_counter() - t0) * 1000
        self.document_loaded.emit(view)

    def _preview_rules(self, view: DocView) -> bool:
        """Money, dates and quantities at once for a document the engine has not reached."""
        assert self.store is not None
        if self.store.latest_engine(view.id) is not None:
            return False
        try:
            from models.engine import analyze_rules

            analysis = analyze_rules(view.text, view.date)
            self.store.save_analysis(view.id, RULES_ENGINE, analysis)
        except Exception as exc:  # the preview is a convenience; never block the document
            self.message.emit(tr("Rule-based preview failed: {0}").format(exc))
            return False
        return True

    def _show(self, view: DocView, select: Key | None) -> None:
        self.view = view
        self.items = DocItems(view)
        if self.items.get(select) is None:
            select = None
        self.selected = select
        self.article.show_document(view, self.items, select)
        self.panel.set_document(self.items)
        self.panel.show_item(self.items.get(select))
        self._show_row(self.items.get(select))
        self.header.show_document(view, self.items)
        self.counts_changed.emit(view.id, view.status, len(view.suggestions),
                                 len(view.annotations))

    def reload(self, chooser: Chooser | None = None, change: Change | None = None) -> None:
        """Re-read the open document after a change and select what ``chooser`` picks."""
        if self.view is None or self.store is None:
            return
        old = self.items.get(self.selected) if self.items else None
        try:
            view = self.store.document(self.view.id)
        except KeyError:
            self.open_document(None)
            return
        items = DocItems(view)
        key = chooser(items, change) if chooser else None
        if key is None and old is not None:
            key = _same_place(items, old)
        self._show(view, key)
        if key is not None:
            self.article.scroll_to(key)

    def refresh_if_changed(self) -> bool:
        """After background suggestions arrive: reload only if the open document changed."""
        if self.view is None or self.store is None:
            return False
        fresh = self.store.document(self.view.id)
        if fresh.suggestions == self.view.suggestions and fresh.status == self.view.status:
            return False
        old = self.items.get(self.selected) if self.items else None
        items = DocItems(fresh)
        self._show(fresh, _same_place(items, old) if old else None)
        return True

    # -- selection -------------------------------------------------------------------------------

    def current(self) -> Item | None:
        return self.items.get(self.selected) if self.items else None

    def select(self, key: Key | None, scroll: bool = True) -> None:
        if self.items is None:
            return
        if key is not None and self.items.get(key) is None:
            key = None
        self.selected = key
        self.article.select(key, scroll=scroll)
        self.panel.show_item(self.items.get(key))
        self._show_row(self.items.get(key))

    def _show_row(self, item: Item | None) -> None:
        """An accepted amount: its report row in the panel, its linked spans lit up."""
        view = self.view
        if item is None or item.is_suggestion or item.label != "MONEY" or view is None:
            self.article.set_linked(set())
            return
        row = row_of_view(view, item.id)
        self.panel.amount_row.show_row(row, view.date.isoformat() if view.date else None,
                                       view.outlet)
        if self.store is not None:
            self.panel.values.show_rule(self.report_notes.note(self.store, view, item.start,
                                                               item.end))
        self.article.set_linked({(ANNOTATION, i) for i in row.linked})

    def confirm_relation(self, relation_id: int) -> None:
        self._run(ConfirmRelation(relation_id), tr("Accept relation"), _keep_place)

    def set_relation(self, head: int, label: str, tail: int | None) -> None:
        desc = tr("Clear relation") if tail is None else tr("Change relation")
        self._run(SetRelation(head, label, tail), desc, _keep_place)

    def confirm_row(self) -> None:
        """R: accept every suggested field of the selected amount's row, as one step."""
        ids = self.panel.amount_row.unconfirmed()
        if not ids:
            self.message.emit(tr("Select an accepted amount whose row has suggested fields"))
            return
        self._run([ConfirmRelation(i) for i in ids], tr("Accept the amount's row"), _keep_place)

    def step(self, forward: bool, only_suggestions: bool) -> None:
        if self.items is None:
            return
        pos = self.article.offsets.to_store(self.article.textCursor().position())
        if only_suggestions and self.uncertainty_first:
            item = self.items.step_uncertain(self.selected, forward)
        else:
                item = self.items.step(self.selected, forward, only_suggestions=only_suggestions,
                                   position=pos)
        if item is None:
            self.message.emit(tr("No open suggestions in this document") if only_suggestions
                              else tr("No spans in this document"))
            return
        self.select(item.key)

    # -- running commands ----------------------------------------------------------------------

    def _run(self, cmds: Command | Sequence[Command], description: str,
             chooser: Chooser | None = None) -> Change | None:
        if self.undo is None:
            return None
        if self._busy():
            return None
        self._chooser = chooser
        try:
            return self.undo.run(cmds, description)
        finally:
            self._chooser = None

    def _busy(self) -> bool:
        """A big step runs on the worker: nothing may change meanwhile (a message says so)."""
        if self.undo is not None and self.undo.busy:
            self.message.emit(tr("Wait: {0}…").format(self.undo.busy))
            return True
        return False

    def on_change(self, change: Change) -> None:
        """Every execute, undo and redo ends here (via UndoController.changed)."""
        chooser, self._chooser = self._chooser, None
        if self.view is not None and self.view.id in change.document_ids:
            self.reload(chooser or _select_changed, change)
        elif change.document_ids and self.store is not None:
            # An undo in another document: go there, so the user sees what was undone.
            self.open_document(min(change.document_ids))
            if self.items is not None and (key := _select_changed(self.items, change)):
                self.select(key)
        if self.view is not None:
            verb = tr("Undone") if change.undone else tr("Done")
            self.message.emit(f"{verb}: {change.description}")

    def _need(self, what: str = "any") -> Item | None:
        item = self.current()
        if item is None:
            self.message.emit(tr("Select a span first (click it, or press N)"))
            return None
        if what == "suggestion" and not item.is_suggestion:
            self.message.emit(tr("This span is already accepted"))
            return None
        return item

    def _advance_from(self, item: Item) -> Chooser:
        order = self.items.by_uncertainty() if self.uncertainty_first and self.items else []

        def choose(items: DocItems, change: Change | None) -> Key | None:
            if not self.auto_advance:
                return _select_changed(items, change)
            if order:  # the next one in the order the user was following, if still open
                keys = [it.key for it in order]
                at = keys.index(item.key) if item.key in keys else -1
                for it in order[at + 1:] + order[:at + 1]:
                    if it.key != item.key and items.get(it.key) is not None:
                        return it.key
            nxt = items.next_open_after(item.start, item.end)
            return nxt.key if nxt else _select_changed(items, change)
        return choose

    # -- actions ---------------------------------------------------------------------------------

    def accept(self) -> None:
        item = self._need("suggestion")
        if item is not None:
            self._run(Accept(item.id), tr("Accept {0} “{1}”").format(
                label_title(item.label), _short(item.text)), self._advance_from(item))

    def reject(self) -> None:
        item = self._need()
        if item is None:
            return
        if item.is_suggestion:
            self._run(Reject(item.id), tr("Reject {0} “{1}”").format(
                label_title(item.label), _short(item.text)), self._advance_from(item))
        else:
            self._run(Delete(item.id), tr("Delete {0} “{1}”").format(
                label_title(item.label), _short(item.text)), self._advance_from(item))

    def label_key(self, label: str) -> None:
        """A label key: create from the text selection if there is one, else relabel."""
        sel = self.article.selection_cp()
        if sel is not None:
            self.create(sel[0], sel[1], label)
        else:
            self.relabel(label)

    def relabel(self, label: str) -> None:
        item = self._need()
        if item is None or item.label == label:
            return
        text = tr("Relabel “{0}” as {1}").format(_short(item.text), label_title(label))
        if item.is_suggestion:
            self._run(Accept(item.id, label=label), text, _select_changed)
        else:
            self._run(Update(item.id, label=label, expected_version=item.version), text,
                      _select_changed)

    def create(self, start: int, end: int, label: str) -> None:
        if self.view is None:
            return
        value = _value_for(self.view.text[start:end], label)
        change = self._run(Create(self.view.id, start, end, label, value),
                           tr("New {0} “{1}”").format(label_title(label),
                                                     _short(self.view.text[start:end])),
                           _select_changed)
        if change is not None:
            self.article.clear_text_selection()

    def accept_all(self, same_label: bool) -> None:
        if self.items is None:
            return
        label = None
        if same_label:
            item = self._need()
            if item is None:
                return
            label = item.label
        chosen = best_accept_set(undecided(self.items.suggestions(label),
                                           self.items.annotations()))
        if not chosen:
            self.message.emit(tr("Nothing to accept"))
            return
        what = label_title(label) if label else tr("all labels")
        if self.undo is None or self._busy():
            return
        # A big table's thousands run on a worker (see UndoController.run_later); the place is
        # kept by on_change, which comes right after the chooser is set.
        self.undo.run_later([Accept(s.id) for s in chosen],
                            tr("Accept {0} suggestions ({1})").format(len(chosen), what),
                            lambda _change: setattr(self, "_chooser", _keep_place))

    def resize(self, edge: str, grow: bool, by_morpheme: bool) -> None:
        item = self._need()
        if item is None or self.view is None:
            return
        text = self.view.text
        if by_morpheme:
            tokens = self._tokens(item)
            new = morpheme_edge(tokens, item.start, item.end, edge, grow)
        else:
            new = char_edge(text, item.start, item.end, edge, grow)
        if new is None:
            self.message.emit(tr("The span cannot change that way"))
            return
        start, end = (new, item.end) if edge == "start" else (item.start, new)
        desc = tr("Resize “{0}” → “{1}”").format(_short(item.text), _short(text[start:end]))
        if item.is_suggestion:
            self._run(Accept(item.id, start=start, end=end), desc, _select_changed)
        else:
            self._run(Update(item.id, start=start, end=end, expected_version=item.version),
                      desc, _select_changed)

    def _tokens(self, item: Item) -> list[tuple[int, int]]:
        assert self.view is not None
        from models.nlp import kiwi_runtime

        kiwi = kiwi_runtime.get_kiwi(wait=False) if kiwi_runtime.is_ready() else None
        text = self.view.text
        a, _ = paragraph_bounds(text, item.start)
        _, b = paragraph_bounds(text, max(item.start, item.end - 1))
        key = (a, b if kiwi is None else -b)
        if key not in self._token_cache:
            self._token_cache[key] = morpheme_tokens(text, a, b, kiwi)
        return self._token_cache[key]

    def apply_value(self, value: Value) -> None:
        item = self._need()
        if item is None:
            return
        desc = tr("Edit value of “{0}”").format(_short(item.text))
        if item.is_suggestion:
            self._run(Accept(item.id, value=value), desc, _select_changed)
        else:
            self._run(Update(item.id, value=value, expected_version=item.version), desc,
                      _select_changed)

    def cycle_counted(self) -> None:
        """T on an amount: the report's rules → never add → always add → the rules again."""
        item = self._need()
        if item is not None and item.label == "MONEY":
            v = item.value or Value()
            self.apply_value(replace(v, counted={None: False, False: True, True: None}[v.counted]))

    def link_nearest(self) -> None:
        item = self._need()
        if item is None or self.items is None:
            return
        if item.label != "MONEY":
            self.message.emit(tr("Select an amount (MONEY) to link it to a project"))
            return
        project = self.items.nearest(item, "PROJECT")
        if project is None:
            self.message.emit(tr("No project in this document: mark one with its label key"))
            return
        self._link(item, project)

    def link_to(self, key: Key) -> None:
        item = self._need()
        target = self.items.get(key) if self.items else None
        if item is not None and target is not None:
            self._link(item, target)

    def _link(self, money: Item, project: Item) -> None:
        """Accept either end if it is still a suggestion, then link: one undo step."""
        if self.undo is None or self.store is None or self.view is None:
            return
        ids: dict[str, int] = {}
        if not money.is_suggestion:
            ids["money"] = money.id
        if not project.is_suggestion:
            ids["project"] = project.id
        doc_id = self.view.id
        store = self.store

        def accept(role: str, it: Item) -> Callable[[Sequence[Change]], Command | None]:
            def build(_done: Sequence[Change]) -> Command | None:
                return None if role in ids else Accept(it.id)
            return build

        def remember(role: str) -> Callable[[Change], None]:
            def got(change: Change) -> None:
                ids.setdefault(role, min(change.annotation_ids))
            return got

        def link(_done: Sequence[Change]) -> Command | None:
            view = store.document(doc_id)
            if any(r.head == ids["money"] and r.tail == ids["project"] for r in view.relations):
                return None  # accepting the pair already made the engine's proposed link
            return Link(ids["money"], ids["project"])

        desc = tr("Link {0} → {1}").format(_short(money.text), _short(project.text))
        self._chooser = lambda items, _c: (ANNOTATION, ids["money"]) if "money" in ids else None
        try:
            self.undo.run_sequence([(accept("money", money), remember("money")),
                                    (accept("project", project), remember("project")),
                                    (link, None)], desc)
        finally:
            self._chooser = None

    def unlink(self) -> None:
        item = self._need()
        if item is None or self.items is None:
            return
        rels = [] if item.is_suggestion else [r for r, _o in self.items.links_of(item.id)]
        if not rels:
            self.message.emit(tr("This span has no links"))
            return
        self._run([Unlink(r.id) for r in rels], tr("Unlink “{0}”").format(_short(item.text)),
                  _keep_place)

    def unlink_relation(self, relation_id: int) -> None:
        self._run(Unlink(relation_id), tr("Unlink"), _keep_place)

    def set_status(self, status: str) -> Change | None:
        if self.view is None:
            return None
        return self._run(SetStatus(self.view.id, status), tr("Mark document {0}").format(
            tr({"done": "done", "new": "new"}.get(status, "in progress"))), _keep_place)

    # -- mouse selection ---------------------------------------------------------------------------

    def _text_selected(self, start: int, end: int, where: QPoint) -> None:
        """Mouse selection released: offer the labels in a popup (keys work too)."""
        if self.view is None:
            return
        old = self.article.findChild(QMenu, "labelPopup")
        if old is not None:
            old.deleteLater()
        menu = LabelPopup(self.article)
        menu.setObjectName("labelPopup")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        head = menu.addAction(tr("New span: “{0}”").format(_short(self.view.text[start:end])))
        head.setEnabled(False)
        menu.addSeparator()
        from desktop.annotate.side_panel import swatch

        for name, colour, key in self.labels:
            act = QAction(swatch(colour), label_title(name), menu)
            if key:
                act.setShortcut(key)
                menu.by_key[key] = act
            act.triggered.connect(lambda _=False, n=name: self.create(start, end, n))
            menu.addAction(act)
        menu.popup(where + QPoint(4, 8))

    def popup_parent(self) -> QWidget:
        return self.article


# -- choosers -------------------------------------------------------------------------------------


def _select_changed(items: DocItems, change: Change | None) -> Key | None:
    if change is None:
        return None
    for aid in sorted(change.annotation_ids):
        if items.get((ANNOTATION, aid)) is not None:
            return (ANNOTATION, aid)
    return None


def _keep_place(items: DocItems, change: Change | None) -> Key | None:
    return None  # reload() falls back to the span at the same place


def _same_place(items: DocItems, old: Item) -> Key | None:
    if items.get(old.key) is not None:
        return old.key
    for it in items.overlapping(old.start, old.end):
        if (it.start, it.end) == (old.start, old.end):
            return it.key
    nxt = items.next_open_after(old.start, old.end)
    return nxt.key if nxt else None


def _short(text: str, n: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _value_for(text: str, label: str) -> Value | None:
    """A new MONEY/DATE span gets its value parsed from the text, as the engine would."""
    if label == "MONEY":
        try:
            from models.rules.money import parse_money

            return parse_money(text)
        except Exception:
            return None
    return None
