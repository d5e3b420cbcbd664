"""A whole working session driven by real key presses, then a restart on the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from qt_helpers import ALT, CTRL, SHIFT, Key, open_window, press, selected

from models.store.project import ProjectStore

pytestmark = pytest.mark.usefixtures("app")


def store_state(db: Path) -> dict[str, object]:
    """What a report would see: annotations, relations and statuses of the annotator."""
    store = ProjectStore.open(db, "tester")
    try:
        out: dict[str, object] = {}
        for summary in store.documents():
            view = store.document(summary.id)
            anns = {a.id: (a.start, a.end, a.label, a.status, a.value) for a in view.annotations}
            rels = sorted((anns[r.head][:3], anns[r.tail][:3]) for r in view.relations)
            out[str(summary.id)] = (view.status, sorted(anns.values(), key=repr), rels,
                                    len(view.suggestions))
        return out
    finally:
        store.close()


def test_keyboard_session_survives_a_restart(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    editor = window.editor
    first_doc = editor.view.id
    text = editor.view.text

    # N: the first suggestion in the text; A: accept it and move on.
    press(qtbot, window, Key.Key_N)
    assert selected(window).text == "남궁현" and selected(window).is_suggestion
    press(qtbot, window, Key.Key_A)
    anns = {a.text: a for a in editor.view.annotations}
    assert anns["남궁현"].label == "PERSON" and anns["남궁현"].status == "accepted"
    assert selected(window).text == "광주과학기술원"  # auto-advance

    # 2 relabels the wrong LOCATION as ORG (a corrected accept) and keeps it selected.
    press(qtbot, window, Key.Key_2)
    item = selected(window)
    assert (item.text, item.label, item.is_suggestion) == ("광주과학기술원", "ORG", False)
    assert {a.text: a.status for a in editor.view.annotations}["광주과학기술원"] == "corrected"

    # N then X: reject the date suggestion.
    press(qtbot, window, Key.Key_N)
    assert selected(window).text == "8일"
    press(qtbot, window, Key.Key_X)
    assert "8일" not in {g.text for g in editor.view.suggestions}
    assert "8일" not in {a.text for a in editor.view.annotations}

    # Select text with the mouse's cursor and press 3: a new LOCATION span.
    start = text.index("김대중컨벤션센터")
    end = start + len("김대중컨벤션센터")
    cursor = window.article.textCursor()
    cursor.setPosition(window.article.offsets.to_qt(start))
    cursor.setPosition(window.article.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    press(qtbot, window, Key.Key_3)
    item = selected(window)
    assert (item.start, item.end, item.label, item.source) == (start, end, "LOCATION", "manual")

    # Shrink the end twice, grow it once: one character shorter than it was.
    press(qtbot, window, Key.Key_Left, SHIFT)
    press(qtbot, window, Key.Key_Left, SHIFT)
    press(qtbot, window, Key.Key_Right, SHIFT)
    item = selected(window)
    assert (item.start, item.end) == (start, end - 1)
    # Grow the start by a character, then shrink it back.
    press(qtbot, window, Key.Key_Left, ALT)
    assert selected(window).start == start - 1
    press(qtbot, window, Key.Key_Right, ALT)
    assert selected(window).start == start

    # Walk to the first amount and edit its value in the side panel (F2, type, Enter).
    for _ in range(6):
        if selected(window).text == "1조2000억원":
            break
        press(qtbot, window, Key.Key_N)
    assert selected(window).text == "1조2000억원"
    press(qtbot, window, Key.Key_F2)
    edit = window.panel.values.value_edit
    assert edit.hasFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "1,300,000,000,000")  # QTest cannot type Hangul; digits suffice
    assert window.panel.values.korean.text() == "1조 3,000억원"
    qtbot.keyClick(edit, Key.Key_Return)
    item = selected(window)
    assert not item.is_suggestion and item.value.value == 1.3e12
    assert item.value.low == item.value.high == 1.3e12

    # L: link the amount to the nearest project (accepting the project suggestion too).
    window.article.setFocus()
    press(qtbot, window, Key.Key_L)
    rel_pairs = {(editor.items.get(("annotation", r.head)).text,
                  editor.items.get(("annotation", r.tail)).text) for r in editor.view.relations}
    assert rel_pairs == {("1조2000억원", "국가 AI 컴퓨팅센터 2호기 구축")}

    # Undo the link (one step: the project's accept and the link), then redo it.
    press(qtbot, window, Key.Key_Z, CTRL)
    assert not editor.view.relations
    assert "국가 AI 컴퓨팅센터 2호기 구축" not in {a.text for a in editor.view.annotations}
    press(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    assert len(editor.view.relations) == 1

    # Undo and redo the value edit too: the store follows the stack exactly.
    window.undo.stack.undo()
    window.undo.stack.undo()
    assert "1조2000억원" not in {a.text for a in editor.view.annotations}
    press(qtbot, window, Key.Key_Y, CTRL)
    press(qtbot, window, Key.Key_Y, CTRL)
    assert len(editor.view.relations) == 1

    # Ctrl+Enter: mark done, open the next document.
    press(qtbot, window, Key.Key_Return, CTRL)
    assert editor.view.id != first_doc
    second_doc = editor.view.id
    steps = window.undo.stack.count()
    before = store_state(demo_db)
    assert before[str(first_doc)][0] == "done"
    window.close()

    # Restart: same annotations, same undo history.
    again = open_window(qtbot, prefs, demo_db)
    assert again.editor.view.id == second_doc  # back where the user left off
    assert again.doc_list.current_id() == second_doc
    assert store_state(demo_db) == before
    assert again.undo.stack.count() == steps
    assert again.undo.stack.index() == steps
    again.doc_list.select_doc(first_doc)
    qtbot.waitUntil(lambda: again.editor.view.id == first_doc)
    texts = {a.text: a for a in again.editor.view.annotations}
    assert texts["광주과학기술원"].label == "ORG"
    assert texts["김대중컨벤션센"].label == "LOCATION"
    assert texts["1조2000억원"].value.value == 1.3e12
    # Ctrl+Z after the restart undoes the last decision of the previous session (done).
    again.article.setFocus()
    press(qtbot, again, Key.Key_Z, CTRL)
    assert store_state(demo_db)[str(first_doc)][0] == "in_progress"
    press(qtbot, again, Key.Key_Z, CTRL | SHIFT)
    assert store_state(demo_db) == before
    again.close()
