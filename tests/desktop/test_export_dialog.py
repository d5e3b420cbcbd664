"""File → Export on real temp projects: the Excel report, cancel, unwritable targets (offscreen)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_helpers import open_window

from models.domain import Analysis, ImportedDoc, Span, Value
from models.store.commands import Accept
from models.store.project import ProjectStore

# Our own sentences: two amounts in two documents, and one document without any.
DOCS = [
    ("반도체 지원", "정부는 반도체 연구 지원 사업에 10조원을 투입한다고 밝혔다.", date(2026, 3, 2),
     "한빛일보", "10조원", 1e13),
    ("청년 주택", "서울시는 청년 주택 공급에 3조4000억원을 쓰기로 했다.", date(2026, 3, 5),
     "새벽신문", "3조4000억원", 3.4e12),
    ("날씨", "내일은 전국이 대체로 맑겠다.", date(2026, 3, 6), "한빛일보", None, None),
]


def make_money_project(path: Path, annotator: str = "tester") -> list[int]:
    """Three documents; each amount suggested by an engine run and accepted."""
    store = ProjectStore.open(path, annotator)
    ids = store.add_documents([ImportedDoc(text, title=title, date=day, outlet=outlet)
                               for title, text, day, outlet, _m, _v in DOCS]).document_ids
    for doc_id, (_t, text, _d, _o, money, value) in zip(ids, DOCS, strict=True):
        spans = []
        if money is not None:
            start = text.index(money)
            spans.append(Span(start, start + len(money), "MONEY", money, "test", 0.9,
                              Value(value=value, low=value, high=value, currency="KRW")))
        store.save_analysis(doc_id, "test-engine", Analysis(spans=spans))
        for sugg in store.document(doc_id).suggestions:
            store.execute(Accept(sugg.id))
    store.close()
    return list(ids)


@pytest.fixture
def money_db(tmp_path: Path) -> Path:
    path = tmp_path / "money.sqlite3"
    make_money_project(path)
    return path


def _krw_row(path: Path, sheet: str = "요약") -> tuple[object, ...]:
    wb = load_workbook(path)
    assert wb.sheetnames[0] == sheet
    for row in wb[sheet].iter_rows(values_only=True):
        if row[:2] == ("KRW", "KRW"):  # the first block: totals by currency
            return row
    raise AssertionError("no KRW total in the summary")


def _export_dialog(qtbot, store: ProjectStore, target: Path, **kw):  # type: ignore[no-untyped-def]
    from desktop.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(store, None, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(target))
    return dialog


def test_ctrl_e_exports_the_excel_report_with_totals(qtbot, app, prefs, money_db: Path,
                                                     tmp_path: Path) -> None:
    window = open_window(qtbot, prefs, money_db)
    window.actions_by_name["export"].trigger()
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible() and dialog.fmt() == "xlsx"
    assert dialog.language() == "en"  # the UI language by default
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ko"))
    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.export_button.click()
    result = done.args[0]
    assert result.totals == {"KRW": "13조 4,000억원"} and result.documents == 3
    assert result.amounts == 2 and result.counted == 2
    row = _krw_row(out)
    assert row[2:5] == (2, 2, 13_400_000_000_000) and row[7] == "13조 4,000억원"
    box = dialog.result_box
    assert box is not None and box.isVisible()
    assert str(out) in box.text() and "13조 4,000억원" in box.informativeText()
    assert "Open folder" in [b.text() for b in box.buttons()]
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The next export starts in the same folder, with the same format.
    again = window.export()
    assert again is not None and again.output_path().parent == out.parent
    again.close()
    window.close()


def test_filters_and_only_this_document(qtbot, app, money_db: Path, tmp_path: Path) -> None:
    store = ProjectStore.open(money_db, "tester")
    first = store.document_ids()[0]
    dialog = _export_dialog(qtbot, store, tmp_path / "one.xlsx", language="ko",
                            current=(first, "반도체 지원"))
    dialog.scope_doc.setChecked(True)
    assert not dialog.outlet_list.isEnabled()
    assert dialog.filters().doc_ids == (first,)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.start_export()
    assert done.args[0].totals == {"KRW": "10조원"} and done.args[0].documents == 1
    dialog.result_box.done(0)
    # An outlet filter and a date range, on all documents.
    dialog = _export_dialog(qtbot, store, tmp_path / "new.xlsx", language="en")
    names = [dialog.outlet_list.item(i).text() for i in range(dialog.outlet_list.count())]
    assert names == sorted(["새벽신문", "한빛일보"])
    dialog.outlet_list.item(names.index("새벽신문")).setCheckState(Qt.CheckState.Checked)
    dialog.date_to_check.setChecked(True)
    assert dialog.filters().outlets == ("새벽신문",)
    assert dialog.filters().date_to == date(2026, 3, 6)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.start_export()
    assert done.args[0].documents == 1 and done.args[0].totals == {"KRW": "3조 4,000억원"}
    assert load_workbook(tmp_path / "new.xlsx").sheetnames[0] == "Summary"
    dialog.result_box.done(0)
    store.close()


def test_every_format_from_the_dialog(qtbot, app, money_db: Path, tmp_path: Path) -> None:
    store = ProjectStore.open(money_db, "tester")
    dialog = _export_dialog(qtbot, store, tmp_path / "x" / "report.xlsx")
    (tmp_path / "x").mkdir()
    for fmt in ("csv", "csv-zip", "jsonl", "bio", "klue"):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
            dialog.start_export()
        result = done.args[0]
        assert result.files and all(p.exists() for p in result.files), fmt
        dialog.result_box.finished.disconnect()  # keep the dialog open for the next format
        dialog.result_box.done(0)
    assert (tmp_path / "x" / "report_csv").is_dir()
    assert {p.name for p in (tmp_path / "x").iterdir()} == {
        "report_csv", "report.zip", "report.jsonl", "report.tsv"}
    store.close()


def test_cancel_leaves_no_file(qtbot, app, money_db: Path, tmp_path: Path) -> None:
    store = ProjectStore.open(money_db, "tester")
    folder = tmp_path / "cancelled"
    folder.mkdir()
    dialog = _export_dialog(qtbot, store, folder / "report.xlsx")
    worker = dialog.make_worker()
    worker.cancel()  # pressed before the first batch: the core stops before writing a row
    with qtbot.waitSignal(worker.succeeded, timeout=60_000) as done:
        dialog.start_export(worker)
    assert done.args[0].cancelled
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert list(folder.iterdir()) == []  # no report, no temporary file
    assert "cancelled" in dialog.progress_text.text() and dialog.isVisible()
    assert dialog.result_box is None and dialog.error_box is None
    # Cancel while nothing runs closes the dialog.
    dialog.close_button.click()
    assert not dialog.isVisible()
    store.close()


def _unwritable_folder(tmp_path: Path) -> Path:
    """A read-only folder; as root (who may write anywhere) a "folder" that is a file."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        folder.chmod(0o755)
        folder.rmdir()
        folder.write_text("not a folder")
    return folder


def test_unwritable_targets_show_an_error_and_the_app_stays_up(qtbot, app, prefs, money_db: Path,
                                                               tmp_path: Path) -> None:
    window = open_window(qtbot, prefs, money_db)
    folder = _unwritable_folder(tmp_path)
    dialog = window.export()
    assert dialog is not None
    dialog.path_edit.setText(str(folder / "report.xlsx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=60_000)
    box = dialog.error_box
    assert box.isVisible() and "report.xlsx" in box.text()
    assert "read-only" in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    # A locked target (a folder where the file should go, as Excel's lock on Windows).
    busy = tmp_path / "busy.xlsx"
    busy.mkdir()
    dialog.path_edit.setText(str(busy))
    dialog.error_box = None
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=60_000)
    assert "busy.xlsx" in dialog.error_box.text()
    assert "cannot be replaced" in dialog.error_box.informativeText()
    dialog.error_box.done(0)
    dialog.close()
    if folder.is_dir():
        folder.chmod(0o755)
    # The window still works.
    assert window.isVisible() and window.store is not None
    window.actions_by_name["next_doc"].trigger()
    window.close()


def test_every_ui_string_has_a_korean_translation(app) -> None:
    """The catalogue is refreshed (update_ts.py) and complete, and the .qm is what loads."""
    import importlib.util

    from desktop import i18n

    script = Path(__file__).resolve().parents[2] / "resources" / "translations" / "update_ts.py"
    spec = importlib.util.spec_from_file_location("update_ts", script)
    assert spec is not None and spec.loader is not None
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)
    strings = update_ts.collect(update_ts.ROOT / "desktop")
    known = update_ts.read_ts(update_ts.HERE / "bitgeul_ko.ts")
    assert sorted(set(strings) - set(known)) == []
    try:
        i18n.install("ko")
        assert i18n.tr("&Export…") == "내보내기(&E)…" and i18n.tr("&Team") == "팀(&T)"
        assert i18n.tr("Excel report (.xlsx)") == "Excel 보고서 (.xlsx)"
    finally:
        i18n.install("en")
