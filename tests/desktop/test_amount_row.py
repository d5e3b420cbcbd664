"""The selected amount's report row in the side panel, driven by key presses: R accepts the
suggested fields, Ctrl+2 goes to the proposer and Delete clears it, Ctrl+Z brings it back; the
spans the row names light up in the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_helpers import ALT, CTRL, SHIFT, Key, open_window, press, selected

from models.domain import (
    AMOUNT_FOR,
    LOCATED_IN,
    MEMBER_OF,
    PROPOSED_BY,
    Analysis,
    ImportedDoc,
    Relation,
    Span,
    Value,
)
from models.store.project import ProjectStore

TEXT = ("채민호 여수시 정책보좌관은 ▲여수 해양 레저 단지 조성(900억원)을 요구했다. "
        "순천시는 순천 정원 확충을 건의했다.")


def _project(path: Path) -> None:
    def sp(word: str, label: str, value: Value | None = None) -> Span:
        i = TEXT.index(word)
        return Span(i, i + len(word), label, word, "test", 0.9, value)

    spans = [sp("채민호", "PERSON"), sp("여수시", "LOCATION"), sp("여수 해양 레저 단지 조성", "PROJECT"),
             sp("900억원", "MONEY", Value(9e10, 9e10, 9e10, "KRW")), sp("순천시", "ORG"),
             sp("순천 정원 확충", "PROJECT")]
    analysis = Analysis(spans, [
        Relation(3, 2, AMOUNT_FOR, 0.8),
        Relation(0, 1, MEMBER_OF, 0.9, (("post", "정책보좌관"),)),
        Relation(2, 0, PROPOSED_BY, 0.85),
        Relation(2, 1, LOCATED_IN, 0.6),
        Relation(5, 4, PROPOSED_BY, 0.85),
    ])
    store = ProjectStore.open(path, "tester")
    doc = store.add_documents([ImportedDoc(TEXT, title="여수", outlet="남도일보")]).document_ids[0]
    store.save_analysis(doc, "test", analysis)
    store.close()


@pytest.mark.usefixtures("app")
def test_amount_row_keys(qtbot, prefs, tmp_path: Path) -> None:
    db = tmp_path / "row.sqlite3"
    _project(db)
    window = open_window(qtbot, prefs, db)
    box = window.panel.amount_row
    press(qtbot, window, Key.Key_A, CTRL | SHIFT)  # accept every suggestion
    qtbot.waitUntil(lambda: not window.editor.items.suggestions())
    for _ in range(8):  # to the amount, span by span
        if selected(window) is not None and selected(window).label == "MONEY":
            break
        press(qtbot, window, Key.Key_Down, ALT)
    assert selected(window).text == "900억원"
    assert box.isVisible()
    assert box.combos["project"].currentText() == "여수 해양 레저 단지 조성"
    assert box.combos["proposer"].currentText() == "채민호"
    assert box.marks["proposer"].text() == "(inferred)" and box.marks["project"].text() == ""
    assert "정책보좌관" in box.post.text() and "남도일보" in box.when.text()
    lit = {window.article.items.get(k).text for k in window.article.linked}
    assert lit == {"여수 해양 레저 단지 조성", "채민호", "여수시"}

    window.article.setFocus()
    press(qtbot, window, Key.Key_R)  # accept the row's suggested fields
    qtbot.waitUntil(lambda: box.marks["proposer"].text() == "")
    assert box.unconfirmed() == []
    # the other project's proposer is not in this row: still a suggestion
    assert [r.confirmed for r in window.editor.view.relations].count(False) == 1

    press(qtbot, window, Key.Key_2, CTRL)  # to the proposer …
    assert window.focusWidget() is box.combos["proposer"]
    press(qtbot, window, Key.Key_Delete)  # … and clear it
    qtbot.waitUntil(lambda: box.combos["proposer"].currentText() == "(none)")
    assert not any(r.label == PROPOSED_BY and r.head == box.row.field("project").value
                   for r in window.editor.view.relations)

    window.article.setFocus()
    press(qtbot, window, Key.Key_Z, CTRL)  # undo brings it back
    qtbot.waitUntil(lambda: box.isVisible() and box.combos["proposer"].currentText() == "채민호")
    window.close()
