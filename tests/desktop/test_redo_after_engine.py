"""In the window: relabel a suggestion, undo, let the engine pass over the document again, redo.
The redo used to be refused ("someone else made a conflicting change … FOREIGN KEY constraint
failed") because the pass had removed the suggestion the logged step points at."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIRST_DOC_SPANS, analysis_for
from qt_helpers import CTRL, SHIFT, Key, open_window, press, selected


@pytest.mark.usefixtures("app")
def test_redo_after_a_new_engine_pass(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    editor = window.editor
    press(qtbot, window, Key.Key_N)
    press(qtbot, window, Key.Key_N)
    assert selected(window).text == "광주과학기술원"
    press(qtbot, window, Key.Key_2)  # relabel the wrong LOCATION as ORG
    assert {a.text: a.label for a in editor.view.annotations} == {"광주과학기술원": "ORG"}
    press(qtbot, window, Key.Key_Z, CTRL)
    assert editor.view.annotations == ()
    # The background run after a retrain passes over the document again.
    doc = editor.view.id
    window.store.save_analysis(doc, "retrained/2", analysis_for(editor.view.text, FIRST_DOC_SPANS))
    editor.open_document(doc)
    press(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    message = window.statusBar().currentMessage()
    assert "Refused" not in message and "someone else" not in message, message
    assert {a.text: a.label for a in editor.view.annotations} == {"광주과학기술원": "ORG"}
    assert "광주과학기술원" not in {g.text for g in editor.view.suggestions}
    window.close()
