"""The Team menu on real temp projects: agreement, review dock, annotator switch, merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from qt_helpers import open_window
from test_export_dialog import make_money_project

from models.domain import ImportedDoc
from models.store.commands import Accept, Create
from models.store.project import ProjectStore

OTHER_TEXT = "부산시는 항만 재개발에 2500억원을 들인다고 발표했다."


@pytest.fixture
def team_db(tmp_path: Path) -> Path:
    """tester accepted every amount; lee accepted the first document's amount only."""
    path = tmp_path / "team.sqlite3"
    ids = make_money_project(path, "tester")
    lee = ProjectStore.open(path, "lee")
    for sugg in lee.document(ids[0]).suggestions:
        lee.execute(Accept(sugg.id))
    lee.close()
    return path


def _menu(window, title: str):  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def test_team_menu_opens_the_agreement_dialog(qtbot, app, prefs, team_db: Path) -> None:
    window = open_window(qtbot, prefs, team_db)
    team = _menu(window, "Team")
    entries = [a for a in team.actions() if a.objectName() == "agreement"]
    assert entries, [a.text() for a in team.actions()]
    entries[0].trigger()
    dialog = window.team.agreement
    assert dialog is not None and dialog.isVisible()
    pairs = dialog.panel.pairs
    assert pairs.rowCount() == 1
    assert [pairs.item(0, c).text() for c in range(2)] == ["lee", "tester"]
    # A document row of the pair opens that document in the window.
    doc = dialog.panel._doc_ids[0]
    dialog.panel.document_activated.emit(doc)
    qtbot.waitUntil(lambda: window.editor.view is not None and window.editor.view.id == doc)
    window.close()


def test_review_dock_follows_the_document(qtbot, app, prefs, team_db: Path) -> None:
    window = open_window(qtbot, prefs, team_db)
    window.actions_by_name["review"].trigger()
    dock = window.team.review_dock
    qtbot.waitUntil(dock.isVisible)
    panel = window.team.review_panel
    assert panel is not None and panel.view is not None
    assert panel.view.document_id == window.editor.view.id
    first = window.editor.view.id
    window.actions_by_name["next_doc"].trigger()
    qtbot.waitUntil(lambda: window.editor.view.id != first)
    assert panel.view.document_id == window.editor.view.id
    window.close()


def test_switch_annotator_reopens_as_that_annotator(qtbot, app, prefs, team_db: Path) -> None:
    from desktop.config import Preferences

    window = open_window(qtbot, prefs, team_db)
    menu = window.team.annotator_menu
    menu.aboutToShow.emit()
    names = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert names == {"lee": False, "tester": True}
    lee = next(a for a in menu.actions() if a.text() == "lee")
    lee.trigger()
    assert window.store is not None and window.store.annotator == "lee"
    assert "lee" in window.who_label.text()
    assert Preferences.load().annotator == "lee" and window.prefs.annotator == "lee"
    qtbot.waitUntil(lambda: not window.doc_list.busy and bool(window.doc_list.list_model.rows))
    done = {r.title: r.annotations for r in window.doc_list.list_model.rows}
    assert done == {"반도체 지원": 1, "청년 주택": 0, "날씨": 0}  # lee's own spans
    assert not window.team.switch_annotator("lee")  # already
    window.team.switch_annotator("tester")
    assert window.store.annotator == "tester"
    window.close()


def _other_project(path: Path) -> None:
    """lee's file: one document we have (same text and outlet) and one we lack."""
    from test_export_dialog import DOCS

    title, text, day, outlet, money, _v = DOCS[1]
    store = ProjectStore.open(path, "lee")
    ids = store.add_documents([ImportedDoc(text, title=title, date=day, outlet=outlet),
                               ImportedDoc(OTHER_TEXT, title="항만", outlet="바다신문")]
                              ).document_ids
    start = text.index(money)
    store.execute(Create(ids[0], start, start + len(money), "MONEY"))
    start = OTHER_TEXT.index("2500억원")
    store.execute(Create(ids[1], start, start + 6, "MONEY"))
    store.close()


def test_merge_project_adds_the_other_file(qtbot, app, prefs, team_db: Path,
                                           tmp_path: Path) -> None:
    other = tmp_path / "lee.sqlite3"
    _other_project(other)
    window = open_window(qtbot, prefs, team_db)
    assert window.actions_by_name["merge_project"].text().replace("&", "") == "Merge project…"
    window.team.merge_project(other)
    # First what it would change, nothing merged yet; then Merge.
    qtbot.waitUntil(lambda: window.team.merge_box is not None, timeout=60_000)
    confirm = window.team.merge_box
    assert confirm.objectName() == "mergeConfirmDialog"
    assert "1 documents to add, 1 already in the project" in confirm.informativeText()
    assert len(window.store.document_ids()) == 3
    qtbot.mouseClick(next(b for b in confirm.buttons() if b.objectName() == "mergeNow"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.team.merge_box is not None
                    and window.team.merge_box.windowTitle() == "Merge finished", timeout=60_000)
    box = window.team.merge_box
    summary = window.team.merge_summary
    assert summary is not None and box.windowTitle() == "Merge finished"
    assert (summary.documents_added, summary.documents_matched, summary.annotations) == (1, 1, 2)
    assert "1 documents added, 1 already in the project" in box.informativeText()
    assert "lee" in box.informativeText()
    box.done(0)
    qtbot.waitUntil(lambda: not window.doc_list.busy and len(window.doc_list.list_model.rows) == 4)
    assert "항만" in [r.title for r in window.doc_list.list_model.rows]
    lee = ProjectStore.open(team_db, "lee")
    harbour = next(d.id for d in lee.documents() if d.title == "항만")
    assert [a.text for a in lee.document(harbour).annotations] == ["2500억원"]
    lee.close()
    # Merging the same file again adds nothing; the open project itself and a non-project
    # file are refused with a message.
    window.team.merge_box = None
    window.team.merge_project(other)
    qtbot.waitUntil(lambda: window.team.merge_box is not None, timeout=60_000)
    assert "Nothing new" in window.team.merge_box.informativeText()
    window.team.merge_box.done(0)
    window.team.merge_project(team_db)
    assert window.team.merge_box.windowTitle() == "Merge failed"
    window.team.merge_box.done(0)
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    window.team.merge_box = None
    window.team.merge_project(junk)
    qtbot.waitUntil(lambda: window.team.merge_box is not None, timeout=60_000)
    assert window.team.merge_box.windowTitle() == "Merge failed"
    window.team.merge_box.done(0)
    assert window.store is not None and len(window.store.document_ids()) == 4
    window.close()
