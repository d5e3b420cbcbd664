"""What the project learns reaches the other articles as the researcher opens them (issue 17):
a name marked in one article is suggested in the others when they are opened, F5 re-suggests the
stale ones, the list's counts follow, and undo/redo still work across those passes. Real SQLite
files, the real engine (Kiwi), key presses and a mouse selection in a real window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from qt_helpers import CTRL, SHIFT, Key, open_window, press

from models.domain import ImportedDoc
from models.learn.predict import engine_name
from models.store.project import ProjectStore

# Written for this test: a firm the engine does not know (no suffix, no gazetteer entry).
ARTICLES = [
    "한결바이오는 15일 청주에 새 공장을 세운다고 밝혔다.",
    "그 공장은 한결바이오가 내년 봄까지 지을 예정이다.",
    "주민들은 한결바이오의 계획을 반겼다.",
    "시의회는 16일 예산안을 처리했다.",
]
NAME = "한결바이오"
TIMEOUT = 120_000  # ms: Kiwi loads in the worker the first time


@pytest.fixture
def learning_db(tmp_path: Path) -> tuple[Path, list[int]]:
    from models.suggest import run_suggestions

    path = tmp_path / "learning.sqlite3"
    store = ProjectStore.open(path, "tester")
    ids = store.add_documents([ImportedDoc(text=t, date=date(2026, 5, 1)) for t in ARTICLES]
                              ).document_ids
    run_suggestions(store, workers=1)  # the real engine, as `bitgeul suggest` would
    for doc_id in ids:  # the engine alone does not find the firm anywhere
        assert all(s.text != NAME for s in store.document(doc_id).suggestions)
    store.close()
    return path, ids


def _select_with_mouse(qtbot, window, start: int, end: int) -> QMenu:  # type: ignore[no-untyped-def]
    article = window.article
    c = QTextCursor(article.document())
    c.setPosition(article.offsets.to_qt(start))
    a = article.cursorRect(c).center()
    c.setPosition(article.offsets.to_qt(end))
    b = article.cursorRect(c).center()
    viewport = article.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    menus = [m for m in article.findChildren(QMenu, "labelPopup") if m.isVisible()]
    assert menus, "no label menu after the selection"
    return menus[-1]


def _open(qtbot, window, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    window.doc_list.select_doc(doc_id)
    qtbot.waitUntil(lambda: window.editor.view is not None and window.editor.view.id == doc_id)
    # The offscreen platform does not give the activation back when the label menu closes;
    # window shortcuts (F5, Ctrl+Z) fire only in the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.article.setFocus()


def _row(window, doc_id: int):  # type: ignore[no-untyped-def]
    model = window.doc_list.list_model
    return model.rows[model.row_of(doc_id)]


def _names(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(s.text, s.label) for s in window.editor.view.suggestions if s.text == NAME]


def _learning_window(qtbot, prefs, db, spread: bool | None = None):  # type: ignore[no-untyped-def]
    """The window on ``db`` with re-suggesting after decisions on, as the app has it."""
    window = open_window(qtbot, prefs, db)
    tools = window.model_tools
    tools.refresh_on_open = tools.refresh_after_decisions = True  # the app's defaults
    if spread is not None:
        tools.spread_learning = spread
    tools.refresh_delay_ms = 50
    return window, tools


@pytest.mark.usefixtures("app")
def test_a_name_marked_in_one_article_shows_in_the_others_when_opened(
        qtbot, prefs, learning_db) -> None:  # type: ignore[no-untyped-def]
    db, (first, second, third, fourth) = learning_db
    window, tools = _learning_window(qtbot, prefs, db)
    _open(qtbot, window, first)
    counts_before = {d: _row(window, d).open_suggestions for d in (second, third, fourth)}

    # The researcher marks the firm with the mouse and presses 2 (Organisation) in the menu.
    menu = _select_with_mouse(qtbot, window, 0, len(NAME))
    qtbot.keyClick(menu, "2")
    made = window.editor.current()
    assert (made.text, made.label) == (NAME, "ORG")
    qtbot.waitUntil(lambda: tools.refresher is None and not tools._pending, timeout=TIMEOUT)

    # The second article, opened now, shows the firm (re-suggested in the background).
    _open(qtbot, window, second)
    qtbot.waitUntil(lambda: _names(window) == [(NAME, "ORG")], timeout=TIMEOUT)
    assert _row(window, second).open_suggestions == counts_before[second] + 1
    qtbot.waitUntil(lambda: tools.refresher is None)
    # Opening it again re-suggests nothing: it is up to date.
    refreshed: list[tuple[object, int]] = []
    tools.refreshed.connect(lambda doc, n: refreshed.append((doc, n)))
    _open(qtbot, window, first)
    _open(qtbot, window, second)
    qtbot.waitUntil(lambda: tools.refresher is None and not tools._pending)
    assert all(n == 0 for _doc, n in refreshed), refreshed

    # F5 re-suggests the stale ones (not "every document already has suggestions"); the third
    # article's count in the list follows without opening it.
    press(qtbot, window, Key.Key_F5)
    assert window.suggest_worker is not None
    qtbot.waitUntil(lambda: window.suggest_worker is None, timeout=TIMEOUT)
    assert "already" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _row(window, third).open_suggestions == counts_before[third] + 1,
                    timeout=10_000)
    assert _row(window, fourth).open_suggestions == counts_before[fourth]
    press(qtbot, window, Key.Key_F5)  # now nothing is stale
    assert window.suggest_worker is None
    assert window.statusBar().currentMessage() == "Every document already has suggestions"

    # Undo and redo of the marking still work after those passes (from the second article).
    press(qtbot, window, Key.Key_Z, CTRL)
    assert not window.store.document(first).annotations
    press(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    (ann,) = window.store.document(first).annotations
    assert (ann.text, ann.label) == (NAME, "ORG")
    window.close()

    # After a restart the other articles still show what was learned.
    again = open_window(qtbot, prefs, db)
    _open(qtbot, again, third)
    assert _names(again) == [(NAME, "ORG")]
    again.close()


@pytest.mark.usefixtures("app")
def test_the_list_counts_of_unopened_articles_follow_what_was_learned_by_themselves(
        qtbot, prefs, learning_db) -> None:  # type: ignore[no-untyped-def]
    db, (first, second, third, fourth) = learning_db
    window, tools = _learning_window(qtbot, prefs, db, spread=True)
    _open(qtbot, window, first)
    counts_before = {d: _row(window, d).open_suggestions for d in (second, third, fourth)}
    finished: list[bool] = []
    window.suggestions_finished.connect(lambda: finished.append(True))

    menu = _select_with_mouse(qtbot, window, 0, len(NAME))
    qtbot.keyClick(menu, "2")  # Organisation
    # The open article is re-suggested, then the stale others in the background; the list's
    # counts follow without opening them and without F5.
    qtbot.waitUntil(lambda: bool(finished), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.doc_list.busy)
    assert _row(window, second).open_suggestions == counts_before[second] + 1
    assert _row(window, third).open_suggestions == counts_before[third] + 1
    assert _row(window, fourth).open_suggestions == counts_before[fourth]
    assert window.store.unanalysed(engine_name(window.store)) == []
    window.activateWindow()  # the offscreen platform does not give it back after the menu
    qtbot.waitUntil(window.isActiveWindow)
    window.article.setFocus()
    press(qtbot, window, Key.Key_F5)  # nothing is left stale
    assert window.statusBar().currentMessage() == "Every document already has suggestions"

    # A project with more stale articles than the limit leaves them to opening and F5, and
    # says so once.
    tools.spread_limit = 1
    press(qtbot, window, Key.Key_Z, CTRL)  # the marking undone: the project learned again
    qtbot.waitUntil(lambda: tools.refresher is None and not tools._pending, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "re-suggested when opened" in window.statusBar().currentMessage(),
                    timeout=TIMEOUT)
    assert window.suggest_worker is None
    stale = window.store.unanalysed(engine_name(window.store))
    assert stale == [second, third, fourth]

    # While a run spreads what was learned, a refresh of the open article (after its next
    # decision) is not held up by it; one of the run's own articles waits for it.
    tools.spread_limit = 200
    tools.spread(stale)
    assert window.suggest_worker is not None
    tools._pending.update({second: False})
    tools._refresh_now()
    assert tools.refresher is None and second in tools._pending
    tools._pending.update({first: True})
    tools._refresh_now()
    assert tools.refresher is not None and first not in tools._pending
    qtbot.waitUntil(lambda: window.suggest_worker is None and tools.refresher is None
                    and not tools._pending, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.doc_list.busy)
    assert {d: _row(window, d).open_suggestions for d in stale} == counts_before
    window.close()
