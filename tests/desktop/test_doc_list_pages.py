"""A large project's list: the first page at once, more as the researcher scrolls, sorted and
filtered by the store over every document (not only the rows fetched so far)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from qt_helpers import CTRL, open_window, press

from desktop.annotate.doc_list import PAGE
from models.domain import ImportedDoc
from models.store.project import ProjectStore

N = 1_234


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    path = tmp_path / "big.sqlite3"
    store = ProjectStore.open(path, "tester")
    store.add_documents([ImportedDoc(f"{i}번째 기사. 군은 예산 {i}억원을 배정했다.",
                                     title=f"기사 {(i * 7919) % N:05d}",
                                     outlet="가나일보" if i % 10 else "다라신문")
                         for i in range(N)])
    store.close()
    return path


@pytest.mark.usefixtures("app")
def test_the_list_pages_sorts_and_filters_in_the_store(qtbot, prefs, big_db: Path) -> None:
    window = open_window(qtbot, prefs, big_db)
    docs = window.doc_list
    assert len(docs.list_model.rows) == PAGE < N and docs.list_model.total == N
    assert f"{N:,}" in docs.count.text()
    bar = docs.view.verticalScrollBar()
    for _ in range(N // PAGE):  # drag the scroll bar to the bottom: Qt fetches the next page
        before, end = len(docs.list_model.rows), bar.maximum()
        bar.triggerAction(bar.SliderAction.SliderToMaximum)
        qtbot.waitUntil(lambda before=before: len(docs.list_model.rows) > before)
        qtbot.waitUntil(lambda end=end: bar.maximum() > end)  # the bar has grown
    qtbot.waitUntil(lambda: len(docs.list_model.rows) == N)
    assert len({d.id for d in docs.list_model.rows}) == N
    # Sorting by title: the first row is the first title of all N, not of the first page.
    header = docs.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    qtbot.waitUntil(lambda: not docs.busy)
    assert docs.list_model.rows[0].title == "기사 00000" and len(docs.list_model.rows) == PAGE
    titles = [d.title for d in docs.list_model.rows]
    assert titles == sorted(titles)
    docs.search.setText("다라신문")
    qtbot.waitUntil(lambda: not docs.busy and docs.list_model.total == N // 10 + 1)
    docs.search.setText("")
    qtbot.waitUntil(lambda: not docs.busy and docs.list_model.total == N)
    # Ctrl+PgDown (next document) walks past the end of the first page.
    docs.select_doc(docs.list_model.rows[PAGE - 1].id)
    window.article.setFocus()
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: window.editor.view is not None
                    and window.editor.view.id == docs.list_model.rows[PAGE].id)
    window.close()


@pytest.mark.usefixtures("app")
def test_an_empty_project_says_how_to_import_and_an_empty_filter_says_so(
        qtbot, prefs, tmp_path: Path) -> None:
    from desktop.shell.main_window import MainWindow

    empty = tmp_path / "empty.sqlite3"
    ProjectStore.open(empty, "tester").close()
    window = MainWindow(prefs, background=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(str(empty))
    qtbot.waitUntil(lambda: "Ctrl+I" in window.article.placeholderText(), timeout=10_000)
    window.close()

    one = tmp_path / "one.sqlite3"
    store = ProjectStore.open(one, "tester")
    store.add_documents([ImportedDoc("군은 예산 3억원을 배정했다.", title="기사")])
    store.close()
    window = open_window(qtbot, prefs, one)
    docs = window.doc_list
    docs.search.setText("없는 낱말")
    qtbot.waitUntil(lambda: not docs.busy and docs.list_model.total == 0)
    assert window.article.placeholderText() == "No document matches the filters"
