"""The workbench's parts on real projects: emoji offsets, clicks, bulk accept, restart rules,
document list filters, import with a report, value parsing, the cheat sheet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from qt_helpers import CTRL, DEMO_DOCS, SHIFT, open_window, press

from models.domain import Analysis, ImportedDoc, Span, Value
from models.store.project import ProjectStore

pytestmark = pytest.mark.usefixtures("app")

EMOJI_DOC = ("🚀 우주항공 소식 😀\n순천시는 2026년 3월 2일 발사체 산업 클러스터에 1조원을 투입한다고 "
             "밝혔다 👍. 국비 2천억원이 포함됐다.")


def emoji_project(path: Path) -> int:
    store = ProjectStore.open(path, "tester")
    doc_id = store.add_documents([ImportedDoc(text=EMOJI_DOC, title="이모지 기사")]).document_ids[0]
    start = EMOJI_DOC.index("2천억원")
    money = Span(start, start + 4, "MONEY", "2천억원", "test", 0.9,
                 Value(value=2e11, low=2e11, high=2e11, currency="KRW"))
    p = EMOJI_DOC.index("발사체 산업 클러스터")
    project = Span(p, p + len("발사체 산업 클러스터"), "PROJECT", "발사체 산업 클러스터", "test", 0.7)
    store.save_analysis(doc_id, "test-engine", Analysis(spans=[project, money]))
    store.close()
    return doc_id


def test_spans_after_emoji_keep_their_code_points(qtbot, prefs, tmp_path: Path) -> None:
    db = tmp_path / "emoji.sqlite3"
    emoji_project(db)
    window = open_window(qtbot, prefs, db)
    article = window.article
    # The highlight of "2천억원" sits on the right UTF-16 units.
    sel = [s for s in article.extraSelections() if s.cursor.selectedText() == "2천억원"]
    assert len(sel) == 1
    # Mouse-style selection of "1조원" (after three emoji) and the MONEY key (5).
    start = EMOJI_DOC.index("1조원")
    cursor = article.textCursor()
    cursor.setPosition(article.offsets.to_qt(start))
    cursor.setPosition(article.offsets.to_qt(start + 3), QTextCursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)
    assert cursor.selectedText() == "1조원"
    press(qtbot, window, Qt.Key.Key_5)
    made = [a for a in window.editor.view.annotations if a.status == "manual"]
    assert [(a.start, a.end, a.text, a.label) for a in made] == [(start, start + 3, "1조원",
                                                                  "MONEY")]
    assert made[0].value is not None and made[0].value.value == 1e12
    # Clicking in the middle of a highlight selects it.
    target = EMOJI_DOC.index("2천억원") + 2
    c = QTextCursor(article.document())
    c.setPosition(article.offsets.to_qt(target))
    point = article.cursorRect(c).center() + QPoint(2, 0)
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.editor.current().text == "2천억원"
    # L: accept both ends and link them, one undo step.
    press(qtbot, window, Qt.Key.Key_L)
    assert len(window.editor.view.relations) == 1
    window.undo.stack.undo()
    assert not window.editor.view.relations and len(window.editor.view.suggestions) == 2
    window.close()


def test_accept_all_of_a_label_is_one_undo_step(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    press(qtbot, window, Qt.Key.Key_N)
    while window.editor.current().label != "MONEY":
        press(qtbot, window, Qt.Key.Key_N)
    before = window.undo.stack.count()
    press(qtbot, window, Qt.Key.Key_A, SHIFT)
    view = window.editor.view
    assert {a.text for a in view.annotations if a.label == "MONEY"} == {"1조2000억원", "3000억원"}
    assert not [g for g in view.suggestions if g.label == "MONEY"]
    assert window.undo.stack.count() == before + 1
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert not window.editor.view.annotations
    window.close()


def test_grow_by_morpheme_without_kiwi_uses_word_pieces(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    press(qtbot, window, Qt.Key.Key_N)
    item = window.editor.current()
    assert item.text == "남궁현"
    press(qtbot, window, Qt.Key.Key_Right, CTRL | SHIFT)
    grown = window.editor.current()
    assert grown.start == item.start and grown.end > item.end and not grown.is_suggestion
    press(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)
    assert window.editor.current().end == item.end
    window.close()


def test_a_new_action_after_undo_drops_the_redo_even_after_restart(qtbot, prefs,
                                                                  demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_A)  # accept 남궁현
    press(qtbot, window, Qt.Key.Key_A)  # accept 광주과학기술원
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.undo.stack.canRedo()
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_X)  # a new decision: the two undone accepts are gone
    assert not window.undo.stack.canRedo()
    window.close()
    again = open_window(qtbot, prefs, demo_db)
    assert again.undo.stack.count() == 1 and not again.undo.stack.canRedo()
    again.undo.stack.undo()
    assert not again.undo.stack.canUndo()
    again.close()
    # Undone steps stay redoable across a restart when nothing came after them.
    third = open_window(qtbot, prefs, demo_db)
    assert third.undo.stack.canRedo() and not third.undo.stack.canUndo()
    third.close()


def test_document_list_filters_and_sorts(qtbot, prefs, demo_db: Path) -> None:
    window = open_window(qtbot, prefs, demo_db)
    docs = window.doc_list
    assert docs.list_model.rowCount() == DEMO_DOCS
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # first document done
    docs.status.setCurrentIndex(docs.status.findData("done"))
    qtbot.waitUntil(lambda: docs.list_model.rowCount() == 1)
    docs.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: docs.list_model.rowCount() == DEMO_DOCS)
    docs.label.setCurrentIndex(docs.label.findData("PERSON"))
    qtbot.waitUntil(lambda: docs.list_model.rowCount() == 1)
    docs.label.setCurrentIndex(0)
    docs.min_amount.setText("1조")
    qtbot.waitUntil(lambda: docs.list_model.rowCount() == 1)  # only 1조2000억원 qualifies
    docs.min_amount.setText("")
    qtbot.waitUntil(lambda: docs.list_model.rowCount() == DEMO_DOCS)
    header = docs.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    qtbot.waitUntil(lambda: not docs.busy)  # sorted by the store, on its worker thread
    dates = [d.date for d in docs.list_model.rows]
    assert dates in (sorted(dates), sorted(dates, reverse=True)) and dates != dates[::-1]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # the other way round
                     pos=QPoint(header.sectionViewportPosition(1) + 5, 5))
    qtbot.waitUntil(lambda: not docs.busy)
    assert [d.date for d in docs.list_model.rows] == dates[::-1] or len(set(dates)) < len(dates)
    window.close()


def test_import_reports_what_was_skipped(qtbot, tmp_path: Path) -> None:
    from desktop.dialogs.import_dialog import ImportDialog

    store = ProjectStore.open(tmp_path / "p.sqlite3", "tester")
    good = tmp_path / "기사.txt"
    good.write_text("전남도는 내년 예산 9조원을 편성했다고 밝혔다.\n", encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"text": "부산시는 300억원을 투입한다."}, ensure_ascii=False)
                     + "\n{broken\n", encoding="utf-8")
    dialog = ImportDialog(store, None, [good, lines, tmp_path / "missing.csv"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as sig:
        dialog.run()
    report = sig.args[0]
    assert report.added == 2
    assert report.skipped == 1 and "line 2" in report.files[1].skipped[0] or \
        ":2" in report.files[1].skipped[0]
    assert [f.error is not None for f in report.files] == [False, False, True]
    shown = dialog.report_view.toPlainText()
    assert "missing.csv" in shown and "2" in shown
    store.close()


def test_value_parsing_and_dates() -> None:
    from desktop.annotate.value_editor import format_amount, parse_amount, valid_date

    assert parse_amount("1조 3000억") == 1.3e12
    assert parse_amount("1,200,000,000") == 1.2e9
    assert parse_amount("12억원") == 1.2e9
    assert parse_amount("") is None
    with pytest.raises(ValueError):
        parse_amount("많이")
    assert format_amount(1.3e12) == "1,300,000,000,000"
    assert all(valid_date(d) for d in ("2026", "2026-03", "2026-03-08", "2026-Q3"))
    assert not any(valid_date(d) for d in ("2026-13", "03/08", "2026-Q5"))


def test_cheat_sheet_lists_every_shortcut(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.actions import SPECS, cheat_sheet_html

    window = open_window(qtbot, prefs, demo_db)
    body = cheat_sheet_html(window.actions_by_name, window.label_actions)
    for spec in SPECS:
        if spec.keys:
            assert window.actions_by_name[spec.name].text().replace("&", "") in body
    assert "Label as Person" in body and "<kbd>1</kbd>" in body
    window.close()


def test_the_guideline_opens_from_the_help_menu(qtbot, prefs, demo_db: Path) -> None:
    from desktop.shell.actions import GuidelineDialog

    window = open_window(qtbot, prefs, demo_db)
    help_menu = window.menus["&Help"]
    assert window.actions_by_name["guideline"] in help_menu.actions()  # type: ignore[attr-defined]
    dialog = GuidelineDialog(window)
    qtbot.addWidget(dialog)
    shown = dialog.view.toPlainText()
    assert "PERSON" in shown and "서울 서초구 서초동" in shown and "AMOUNT_FOR" in shown
    dialog.close()
    window.close()


def test_export_jsonl_writes_every_document(qtbot, tmp_path: Path, demo_db: Path) -> None:
    from desktop.tasks.worker import TaskWorker
    from models.export.run import export
    from models.store.commands import Accept

    store = ProjectStore.open(demo_db, "tester")
    first = store.document(store.document_ids()[0])
    store.execute(Accept(first.suggestions[0].id))
    out = tmp_path / "out.jsonl"
    worker = TaskWorker(lambda progress, cancel: export(store, "jsonl", out, progress=progress,
                                                        cancel=cancel), "export")
    with qtbot.waitSignal(worker.succeeded, timeout=30_000) as sig:
        worker.start()
    worker.wait()
    result = sig.args[0]
    assert result.rows == {"documents": DEMO_DOCS}
    assert result.files == [out]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == DEMO_DOCS and records[0]["spans"][0]["text"] == "남궁현"
    store.close()


def test_the_engines_project_for_an_amount_comes_up_chosen(qtbot, prefs, tmp_path: Path) -> None:
    from models.domain import AMOUNT_FOR, Relation

    text = "시는 해솔 물류단지 조성과 빛들천 정비를 추진한다. 빛들천 정비에는 380억원을 쓴다."
    store = ProjectStore.open(tmp_path / "p.sqlite3", "tester")
    doc = store.add_documents([ImportedDoc(text=text, title="두 사업")]).document_ids[0]
    spans = [Span(text.index(t), text.index(t) + len(t), "PROJECT", t, "test", 0.7)
             for t in ("해솔 물류단지 조성", "빛들천 정비")]
    at = text.index("380억원")
    spans.append(Span(at, at + 5, "MONEY", "380억원", "test", 0.9,
                      Value(value=38e9, low=38e9, high=38e9, currency="KRW")))
    store.save_analysis(doc, "test", Analysis(spans=spans,
                                              relations=[Relation(2, 1, AMOUNT_FOR, 0.8)]))
    store.close()
    window = open_window(qtbot, prefs, tmp_path / "p.sqlite3")
    while window.editor.current() is None or window.editor.current().label != "MONEY":
        press(qtbot, window, Qt.Key.Key_N)
    # the second project is the engine's, not the first of the list
    assert window.editor.panel.link_combo.currentText().startswith("빛들천 정비")
    window.close()


def test_undecided_leaves_out_suggestions_a_decided_span_of_their_label_overlaps() -> None:
    from desktop.annotate.spans import Item, undecided

    def item(start: int, end: int, label: str) -> Item:
        return Item("suggestion", start, start, end, label, "x", None, "rule", 0.9)

    decided = [item(0, 10, "PROJECT"), item(2, 4, "LOCATION"), item(20, 30, "MONEY"),
               item(22, 24, "MONEY")]
    pool = [item(5, 8, "PROJECT"), item(5, 8, "LOCATION"), item(29, 35, "MONEY"),
            item(30, 35, "MONEY"), item(11, 12, "PROJECT")]
    assert [(i.start, i.label) for i in undecided(pool, decided)] == [
        (5, "LOCATION"), (30, "MONEY"), (11, "PROJECT")]
