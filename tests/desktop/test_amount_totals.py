"""The researcher's word on whether the report adds an amount: T, the side panel, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_helpers import CTRL, Key, open_window, press, selected

from models.store.project import ProjectStore

pytestmark = pytest.mark.usefixtures("app")


def stored_counted(db: Path, doc: int, start: int) -> object:
    store = ProjectStore.open(db, "tester")
    try:
        ann = next(a for a in store.document(doc).annotations
                   if a.start == start and a.label == "MONEY")
        return ann.value.counted
    finally:
        store.close()


def test_t_cycles_an_amount_through_rules_never_and_always(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    for _ in range(40):  # walk the suggestions to the first amount
        press(qtbot, window, Key.Key_N)
        if selected(window).label == "MONEY":
            break
    item = selected(window)
    assert item.label == "MONEY" and item.is_suggestion
    combo = window.panel.values.counted
    assert combo.isVisible() and combo.currentData() is None

    press(qtbot, window, Key.Key_T)  # never add: the suggestion is accepted with that word
    item = selected(window)
    assert not item.is_suggestion and item.value.counted is False
    assert combo.currentData() is False
    doc = window.editor.view.id
    assert stored_counted(demo_db, doc, item.start) is False

    press(qtbot, window, Key.Key_T)  # always add
    assert selected(window).value.counted is True and combo.currentData() is True
    press(qtbot, window, Key.Key_Z, CTRL)  # undo: never add again
    assert selected(window).value.counted is False
    assert stored_counted(demo_db, doc, item.start) is False

    # the side panel's list does the same from the keyboard: Up from "never" to "always"
    combo.setFocus()
    qtbot.keyClick(combo, Key.Key_Up)
    assert selected(window).value.counted is True
    assert stored_counted(demo_db, doc, item.start) is True


def test_the_side_panel_says_what_the_report_makes_of_an_accepted_amount(qtbot, prefs,
                                                                          demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    for _ in range(40):
        press(qtbot, window, Key.Key_N)
        if selected(window).text == "3000억원":
            break
    assert selected(window).text == "3000억원" and selected(window).is_suggestion
    rule = window.panel.values.rule
    assert not rule.isVisible()  # a suggestion is not in the report yet
    press(qtbot, window, Key.Key_A)
    item = next(a for a in window.editor.view.annotations if a.text == "3000억원")
    window.editor.select(("annotation", item.id))  # back to it: A moved on
    assert rule.isVisible() and rule.text() == "added"
    press(qtbot, window, Key.Key_T)  # never add
    assert rule.text() == "not added — left out by the researcher"
