"""A big table's accept-all runs on the undo controller's worker: the window stays live, shows
how far it got, refuses other changes meanwhile, and the step is one undo, itself replayed on the
worker — after a restart too."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from qt_helpers import CTRL, SHIFT, open_window, press

from desktop.annotate.undo import BACKGROUND_AT
from models.domain import Analysis, ImportedDoc, Span, Value
from models.store.project import ProjectStore

pytestmark = pytest.mark.usefixtures("app")

ROWS = BACKGROUND_AT + 40


def table_project(path: Path) -> int:
    """One document: a budget table of ROWS rows, each amount a MONEY suggestion."""
    lines = ["가온시 세출예산 명세 (단위: 백만원)", "세부사업 | 예산"]
    lines += [f"마을사업 {i} | {100 + i:,}" for i in range(ROWS)]
    text = "\n".join(lines)
    store = ProjectStore.open(path, "tester")
    doc = store.add_documents([ImportedDoc(text=text, title="세출예산")]).document_ids[0]
    spans, at = [], 0
    for i in range(ROWS):
        cell = f"{100 + i:,}"
        at = text.index(f"| {cell}", at) + 2
        won = (100 + i) * 1e6
        spans.append(Span(at, at + len(cell), "MONEY", cell, "test", 0.9,
                          Value(value=won, low=won, high=won, currency="KRW")))
    store.save_analysis(doc, "test-engine", Analysis(spans=spans))
    store.close()
    return doc


def test_a_big_accept_all_runs_on_the_worker_and_undoes_as_one_step(qtbot, prefs,
                                                                      tmp_path: Path) -> None:
    db = tmp_path / "table.sqlite3"
    table_project(db)
    window = open_window(qtbot, prefs, db)
    assert len(window.editor.view.suggestions) == ROWS
    threads: list[str] = []
    window.undo.busy_changed.connect(lambda what: threads.append(
        threading.current_thread().name if what else ""))
    window.undo.changed.connect(lambda _c: threads.append(threading.current_thread().name))
    seen: list[tuple[int, int]] = []
    window.undo.progress.connect(lambda done, total: seen.append((done, total)))
    before = window.undo.stack.count()

    press(qtbot, window, Qt.Key.Key_A, CTRL | SHIFT)
    # Said while it runs: the status bar shows the step, a new decision is refused.
    assert window.undo.busy.startswith(f"Accept {ROWS} suggestions")
    assert window.step.label.isVisible() and not window.history_view.isEnabled()
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_X)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not window.undo.busy, timeout=60_000)

    view = window.editor.view
    assert len(view.annotations) == ROWS and not view.suggestions
    assert window.undo.stack.count() == before + 1  # one step; the keys pressed meanwhile did nothing
    # Every signal the window hears comes on its own thread (the stack is pushed there).
    assert seen and seen[-1][1] == ROWS and set(threads) == {"MainThread", ""}
    assert not window.step.label.isVisible() and window.history_view.isEnabled()

    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the undo is as big: on the worker too
    assert window.undo.busy
    qtbot.waitUntil(lambda: not window.undo.busy, timeout=60_000)
    assert not window.editor.view.annotations and len(window.editor.view.suggestions) == ROWS
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)  # and the redo
    qtbot.waitUntil(lambda: not window.undo.busy, timeout=60_000)
    assert len(window.editor.view.annotations) == ROWS
    window.close()

    # After a restart the step is rebuilt from the log with its size: undone on the worker.
    again = open_window(qtbot, prefs, db)
    press(qtbot, again, Qt.Key.Key_Z, CTRL)
    assert again.undo.busy
    qtbot.waitUntil(lambda: not again.undo.busy, timeout=60_000)
    assert not again.editor.view.annotations
    again.close()


def test_closing_while_a_big_step_runs_keeps_it_whole(qtbot, prefs, tmp_path: Path) -> None:
    db = tmp_path / "table.sqlite3"
    doc = table_project(db)
    window = open_window(qtbot, prefs, db)
    press(qtbot, window, Qt.Key.Key_A, CTRL | SHIFT)
    assert window.undo.busy
    window.close()  # waits for the step: it is logged whole, never half-done
    store = ProjectStore.open(db, "tester")
    try:
        assert len(store.document(doc).annotations) == ROWS
        done, _redo = store.undo_stack()
        assert done[-1].size == ROWS
    finally:
        store.close()


def read_only(store: ProjectStore, on: bool) -> None:
    """Every connection the store opens from now on refuses writes, as a read-only file does:
    SQLite's own "attempt to write a readonly database", not a refused command."""
    from sqlalchemy import event

    def query_only(conn, _record) -> None:  # type: ignore[no-untyped-def]
        conn.execute("PRAGMA query_only=ON")

    engine = store.db.engine
    if on:
        event.listen(engine, "connect", query_only)
        read_only.hook = query_only  # type: ignore[attr-defined]
    else:
        event.remove(engine, "connect", read_only.hook)  # type: ignore[attr-defined]
    engine.dispose()  # the pooled connections go: the next session opens a new one


@pytest.mark.parametrize("big", [True, False])
def test_an_undo_the_file_refuses_leaves_the_stack_where_the_log_is(qtbot, prefs, tmp_path: Path,
                                                                     big: bool) -> None:
    db = tmp_path / "table.sqlite3"
    table_project(db)
    window = open_window(qtbot, prefs, db)
    if big:  # on the worker
        press(qtbot, window, Qt.Key.Key_A, CTRL | SHIFT)
        qtbot.waitUntil(lambda: not window.undo.busy, timeout=60_000)
    else:  # on the window's thread, inside QUndoStack.undo()
        press(qtbot, window, Qt.Key.Key_N)
        press(qtbot, window, Qt.Key.Key_A)
    accepted = len(window.editor.view.annotations)
    assert accepted == (ROWS if big else 1)
    stack = window.undo.stack
    index = stack.index()
    messages: list[str] = []
    window.undo.failed.connect(messages.append)

    read_only(window.undo.store, True)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not window.undo.busy and bool(messages), timeout=60_000)
    assert "read-only" in messages[0]
    # The store kept the step, and the stack says so again: Ctrl+Z is still this step's.
    qtbot.waitUntil(lambda: stack.index() == index, timeout=5_000)
    assert stack.canUndo() and not stack.canRedo()
    assert len(window.editor.view.annotations) == accepted

    read_only(window.undo.store, False)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: not window.undo.busy, timeout=60_000)
    assert not window.editor.view.annotations and stack.index() == index - 1
    window.close()
