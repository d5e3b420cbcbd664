"""The import dialog with the document formats: its file filter offers them, a PDF comes in,
an encrypted one is listed with its reason, rows without text are counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.store.project import ProjectStore
from tests.samples.pdf import write_pdf

pytestmark = pytest.mark.usefixtures("app")


def test_import_dialog_reads_documents_and_names_refusals(qtbot, tmp_path: Path) -> None:
    from desktop.dialogs.import_dialog import FILE_FILTER, FORMATS, ImportDialog

    for suffix in ("*.pdf", "*.hwp", "*.hwpx", "*.docx", "*.html", "*.htm", "*.mhtml"):
        assert suffix in FILE_FILTER
    assert {"pdf", "hwp", "hwpx", "docx", "html", "mhtml", "conll"} <= {k for k, _ in FORMATS}
    store = ProjectStore.open(tmp_path / "p.sqlite3", "tester")
    report_pdf = write_pdf(tmp_path / "보고서.pdf", [["예산 보고서"], ["둘째 쪽 500억원"]])
    locked = write_pdf(tmp_path / "잠김.pdf", [["비밀"]], encrypted=True)
    table = tmp_path / "표.csv"
    table.write_text("제목,본문\n빈 기사,\n예산,경북도는 200억원을 쓴다.\n", encoding="utf-8")
    dialog = ImportDialog(store, None, [report_pdf, locked, table])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as sig:
        dialog.run()
    report = sig.args[0]
    assert report.added == 2
    assert [f.error is not None for f in report.files] == [False, True, False]
    assert "password" in (report.files[1].error or "")
    assert report.files[2].empty == 1
    shown = dialog.report_view.toPlainText()
    assert "잠김.pdf" in shown and "password" in shown
    store.close()
