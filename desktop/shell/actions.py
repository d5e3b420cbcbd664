"""Every command of the window as a QAction with its shortcuts, and the F1 cheat sheet.

One table (:data:`SPECS`) defines the actions; menus, shortcuts, tooltips and the cheat sheet are
all built from it, so they cannot disagree. Shortcuts are chosen to survive a Korean input
method: the article view is read-only (no IME), and keys such as digits, arrows and F-keys are
not composed into Hangul. Label keys (1–9) come from the project's labels.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import N_, tr


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    keys: tuple[str, ...]
    menu: str
    tip: str = ""


MENUS = (N_("&File"), N_("&Edit"), N_("&Annotate"), N_("&Navigate"), N_("&View"), N_("&Team"),
         N_("&Model"), N_("&Help"))

SPECS: tuple[Spec, ...] = (
    Spec("new_project", N_("&New project…"), ("Ctrl+Shift+N",), "&File"),
    Spec("open_project", N_("&Open project…"), ("Ctrl+O",), "&File"),
    Spec("import", N_("&Import files…"), ("Ctrl+I",), "&File",
         N_("Import txt, csv, xlsx, jsonl files or a folder (or drop them on the window)")),
    Spec("export", N_("&Export…"), ("Ctrl+E",), "&File",
         N_("The Excel report, CSV tables, JSON lines or BIO, with filters")),
    Spec("merge_project", N_("&Merge project…"), (), "&File",
         N_("Add another project file's documents, annotations and decisions to this project")),
    Spec("settings", N_("&Settings…"), ("Ctrl+,",), "&File"),
    Spec("quit", N_("&Quit"), ("Ctrl+Q",), "&File"),
    Spec("undo", N_("&Undo"), ("Ctrl+Z",), "&Edit"),
    Spec("redo", N_("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "&Edit"),
    Spec("accept", N_("&Accept suggestion"), ("A",), "&Annotate",
         N_("Accept the selected suggestion (also Enter in the article)")),
    Spec("reject", N_("&Reject / delete"), ("X", "Del"), "&Annotate",
         N_("Reject the selected suggestion, or delete the selected annotation")),
    Spec("accept_label", N_("Accept all of this &label"), ("Shift+A",), "&Annotate",
         N_("Accept every open suggestion of the selected span's label in this document")),
    Spec("accept_all", N_("Accept all suggestions in this document"), ("Ctrl+Shift+A",),
         "&Annotate"),
    Spec("edit_value", N_("Edit &value"), ("F2",), "&Annotate",
         N_("Edit the amount or date of the selected span")),
    Spec("link_nearest", N_("&Link amount to nearest project"), ("L",), "&Annotate"),
    Spec("cycle_counted", N_("Amount in &totals: rules / never / always"), ("T",), "&Annotate",
         N_("Whether the Excel report adds the selected amount to its totals: by its rules "
            "(repeats, shares, rates … are left out), never, or always")),
    Spec("unlink", N_("Unlink amount"), ("Shift+L",), "&Annotate"),
    Spec("confirm_row", N_("Accept the amount &row"), ("R",), "&Annotate",
         N_("Accept the project, proposer, body and region suggested for the selected amount")),
    Spec("row_field_1", N_("Row: project"), ("Ctrl+1",), "&Annotate",
         N_("Go to the project of the amount's row (Enter accepts, Delete clears)")),
    Spec("row_field_2", N_("Row: proposer"), ("Ctrl+2",), "&Annotate"),
    Spec("row_field_3", N_("Row: body"), ("Ctrl+3",), "&Annotate"),
    Spec("row_field_4", N_("Row: region"), ("Ctrl+4",), "&Annotate"),
    Spec("grow_end", N_("Grow end by a character"), ("Shift+Right",), "&Annotate"),
    Spec("shrink_end", N_("Shrink end by a character"), ("Shift+Left",), "&Annotate"),
    Spec("grow_start", N_("Grow start by a character"), ("Alt+Left",), "&Annotate"),
    Spec("shrink_start", N_("Shrink start by a character"), ("Alt+Right",), "&Annotate"),
    Spec("grow_end_m", N_("Grow end by a morpheme"), ("Ctrl+Shift+Right",), "&Annotate"),
    Spec("shrink_end_m", N_("Shrink end by a morpheme"), ("Ctrl+Shift+Left",), "&Annotate"),
    Spec("grow_start_m", N_("Grow start by a morpheme"), ("Alt+Shift+Left", "Ctrl+Alt+Left"),
         "&Annotate"),
    Spec("shrink_start_m", N_("Shrink start by a morpheme"),
         ("Alt+Shift+Right", "Ctrl+Alt+Right"), "&Annotate"),
    Spec("done_next", N_("Mark document &done and open next"), ("Ctrl+Return", "Ctrl+Enter"),
         "&Annotate"),
    Spec("next_suggestion", N_("&Next suggestion"), ("N", "J"), "&Navigate"),
    Spec("prev_suggestion", N_("&Previous suggestion"), ("P", "K"), "&Navigate"),
    Spec("next_span", N_("Next span"), ("Alt+Down",), "&Navigate"),
    Spec("prev_span", N_("Previous span"), ("Alt+Up",), "&Navigate"),
    Spec("next_doc", N_("Next document"), ("Ctrl+PgDown",), "&Navigate"),
    Spec("prev_doc", N_("Previous document"), ("Ctrl+PgUp",), "&Navigate"),
    Spec("find", N_("&Find documents"), ("Ctrl+F",), "&Navigate"),
    Spec("clear_selection", N_("Clear selection"), ("Esc",), "&Navigate"),
    Spec("run_suggestions", N_("&Run suggestions"), ("F5",), "&View",
         N_("Analyse documents that have no suggestions yet, in the background")),
    Spec("cancel_suggestions", N_("&Cancel suggestion run"), (), "&View"),
    Spec("zoom_in", N_("Larger text"), ("Ctrl++", "Ctrl+="), "&View"),
    Spec("zoom_out", N_("Smaller text"), ("Ctrl+-",), "&View"),
    Spec("agreement", N_("&Agreement between annotators…"), (), "&Team",
         N_("Kappa and F1 for every pair of annotators, per label and per document")),
    Spec("review", N_("&Review this document"), ("Ctrl+Shift+R",), "&Team",
         N_("Compare the annotators' spans on the open document and build the reviewed "
            "layer")),
    Spec("train_model", N_("&Train now"), ("Ctrl+Shift+T",), "&Model",
         N_("Train the project's suggestion model on your decisions, in the background")),
    Spec("model_versions", N_("Model &versions…"), (), "&Model",
         N_("Every trained model with its evaluation; go back to an earlier one")),
    Spec("uncertainty_order", N_("&Uncertain suggestions first"), (), "&Model",
         N_("Next/previous suggestion goes from the suggestion the model is least sure about")),
    Spec("auto_train", N_("&Automatic training"), (), "&Model",
         N_("Retrain in the background after enough new decisions")),
    Spec("cheat_sheet", N_("&Keyboard shortcuts"), ("F1",), "&Help"),
    Spec("guideline", N_("Annotation &guideline"), (), "&Help",
         N_("What each label covers, with examples (follows the TTA/KLUE convention)")),
    Spec("about", N_("&About Bitgeul"), (), "&Help"),
)

# Separators in menus go before these actions.
SEPARATE_BEFORE = {"import", "settings", "quit", "accept_label", "edit_value", "link_nearest",
                   "grow_end", "grow_end_m", "done_next", "next_span", "next_doc", "find",
                   "zoom_in", "uncertainty_order"}


def build_actions(parent: QWidget, handlers: dict[str, Callable[[], object]]) -> dict[str,
                                                                                     QAction]:
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        act = QAction(tr(spec.text), parent)
        act.setObjectName(spec.name)
        if spec.keys:
            act.setShortcuts([QKeySequence(k) for k in spec.keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = tr(spec.tip) if spec.tip else tr(spec.text).replace("&", "")
        if spec.keys:
            tip += f" ({QKeySequence(spec.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
        act.setToolTip(tip)
        act.setStatusTip(tip)
        handler = handlers.get(spec.name)
        if handler is not None:
            act.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(act)
        actions[spec.name] = act
    return actions


def fill_menus(menubar: object, actions: dict[str, QAction],
               extra: dict[str, list[QAction | str]] | None = None) -> dict[str, object]:
    """Create the menus in order; ``extra`` adds actions (or "-" separators) at a menu's end."""
    menus: dict[str, object] = {}
    for title in MENUS:
        menu = menubar.addMenu(tr(title))  # type: ignore[attr-defined]
        menus[title] = menu
        for spec in SPECS:
            if spec.menu != title:
                continue
            if spec.name in SEPARATE_BEFORE and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(actions[spec.name])
        for item in (extra or {}).get(title, []):
            if item == "-":
                menu.addSeparator()
            elif isinstance(item, QAction):
                menu.addAction(item)
    return menus


def plain_text(action: QAction) -> str:
    """An action's text without its mnemonic: "새 프로젝트(&N)…" → "새 프로젝트…"."""
    return re.sub(r"\(&\w\)", "", action.text()).replace("&", "")


def _keys_text(action: QAction) -> str:
    seqs = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return " · ".join(f"<kbd>{html.escape(s)}</kbd>" for s in seqs if s)


def cheat_sheet_html(actions: dict[str, QAction], label_actions: list[QAction]) -> str:
    parts = ["<style>td{padding:3px 14px 3px 0;} kbd{font-family:monospace;font-weight:bold;}"
             " th{text-align:left;padding:12px 0 4px 0;font-size:large;}</style><table>"]
    for title in MENUS:
        rows = [(plain_text(actions[s.name]), _keys_text(actions[s.name]))
                for s in SPECS if s.menu == title and s.keys]
        if title == "&Annotate":
            rows += [(plain_text(a), _keys_text(a)) for a in label_actions]
        if not rows:
            continue
        heading = re.sub(r"\(&\w\)", "", tr(title)).replace("&", "")
        parts.append(f"<tr><th colspan=2>{html.escape(heading)}</th></tr>")
        parts += [f"<tr><td>{k}</td><td>{html.escape(t)}</td></tr>" for t, k in rows]
    parts.append(f"<tr><th colspan=2>{html.escape(tr('Mouse'))}</th></tr>")
    for what, how in (
        (tr("Select a span"), tr("click its highlight (click again to cycle overlapping "
                                 "spans)")),
        (tr("Create a span"), tr("select text, then press a label key or pick a label from "
                                 "the popup")),
        (tr("Accept in the article"), "<kbd>Enter</kbd>"),
    ):
        parts.append(f"<tr><td>{how}</td><td>{html.escape(what)}</td></tr>")
    parts.append("</table>")
    parts.append("<p>" + html.escape(tr("Highlights: outlined = suggestion, filled = accepted; "
                                         "a dotted bar in the margin marks a repeated "
                                         "paragraph.")) + "</p>")
    return "".join(parts)


class GuidelineDialog(QDialog):
    """The annotation guideline (resources/guideline/guideline.md), read-only."""

    def __init__(self, parent: QWidget) -> None:
        from models.guideline import guideline_markdown

        super().__init__(parent)
        self.setWindowTitle(tr("Annotation guideline"))
        self.resize(720, 760)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setMarkdown(guideline_markdown())
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CheatSheet(QDialog):
    def __init__(self, parent: QWidget, body: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(620, 720)
        layout = QVBoxLayout(self)
        view = QTextBrowser()
        view.setHtml(body)
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
