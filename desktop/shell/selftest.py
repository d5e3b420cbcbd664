"""``bitgeul --selftest``: a headless check that an installation works, one line per step.

Installers run it after copying files: Kiwi loads, a Korean sentence is analysed, a project
file is written and read back, an Excel file is written with openpyxl, the document readers
(PDFium, HWP, web pages) load, and the main window opens
and closes offscreen. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

SENTENCE = "김하늘 전남도지사는 2026년 3월 2일 순천에서 총사업비 1조2000억원 규모의 우주항공 클러스터 사업을 발표했다."


def _step(name: str, fn: Callable[[], str]) -> bool:
    t0 = time.perf_counter()
    try:
        detail = fn()
    except Exception as exc:
        print(f"selftest: {name:7} FAILED  {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return False
    print(f"selftest: {name:7} ok  ({time.perf_counter() - t0:.1f} s) {detail}")
    sys.stdout.flush()
    return True


def _kiwi() -> str:
    from models.nlp import kiwi_runtime

    kiwi = kiwi_runtime.get_kiwi(wait=True, timeout=300)
    if kiwi is None:
        raise RuntimeError(kiwi_runtime.last_error() or "Kiwi did not load")
    tokens = kiwi_runtime.tokenize(kiwi, SENTENCE)
    return f"{len(tokens)} morphemes"


def _analyze() -> str:
    from models.engine import analyze

    spans = analyze(SENTENCE, date(2026, 3, 1)).spans
    labels = sorted({s.label for s in spans})
    if "MONEY" not in labels:
        raise RuntimeError(f"no MONEY span found (got {labels})")
    return f"{len(spans)} spans: {', '.join(labels)}"


def _store(folder: Path) -> str:
    from models.domain import ImportedDoc
    from models.engine import analyze_rules
    from models.store.commands import Accept
    from models.store.project import ProjectStore

    store = ProjectStore.open(folder / "selftest.sqlite3", "selftest")
    try:
        summary = store.add_documents([ImportedDoc(text=SENTENCE, title="selftest")])
        doc_id = summary.document_ids[0]
        store.save_analysis(doc_id, "selftest", analyze_rules(SENTENCE, date(2026, 3, 1)))
        view = store.document(doc_id)
        if not view.suggestions:
            raise RuntimeError("no suggestions stored")
        store.execute(Accept(view.suggestions[0].id))
        store.undo()
        store.redo()
        again = store.document(doc_id)
        if len(again.annotations) != 1:
            raise RuntimeError("the accepted span did not survive undo/redo")
    finally:
        store.close()
    store = ProjectStore.open(folder / "selftest.sqlite3", "selftest")
    try:
        count = len(store.document(doc_id).annotations)
    finally:
        store.close()
    return f"wrote and re-read {count} annotation"


def _xlsx(folder: Path) -> str:
    from openpyxl import Workbook, load_workbook

    path = folder / "selftest.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "금액"
    ws.append(["사업", "금액"])
    ws.append(["우주항공 클러스터", 1_200_000_000_000])
    ws["B2"].number_format = "#,##0"
    wb.save(path)
    back = load_workbook(path, read_only=True)
    value = back["금액"]["B2"].value
    back.close()
    if value != 1_200_000_000_000:
        raise RuntimeError(f"read back {value!r}")
    return f"{path.stat().st_size:,} bytes"


def _documents(folder: Path) -> str:
    """The document readers' libraries load (PDFium's native library, olefile, defusedxml)."""
    import olefile  # noqa: F401 - HWP 5
    import pypdfium2 as pdfium
    from defusedxml.ElementTree import fromstring

    from models.domain import InputError
    from models.importers.registry import read_file

    path = folder / "blank.pdf"
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.save(str(path))
    pdf.close()
    try:
        read_file(path)
        raise RuntimeError("a PDF without text was read as text")
    except InputError as err:
        if "no text layer" not in err.problem:
            raise
    if fromstring("<p>본문</p>").text != "본문":
        raise RuntimeError("XML reading failed")
    page = folder / "page.html"
    page.write_text(f"<html><body><article><p>{SENTENCE}</p></article></body></html>",
                    encoding="utf-8")
    text = read_file(page).docs[0].text
    if text != SENTENCE:
        raise RuntimeError(f"saved page read as {text!r}")
    return "PDFium, web page"


def _window(folder: Path) -> str:
    from desktop.config import Preferences
    from desktop.shell.main_window import MainWindow
    from desktop.shell.startup import make_app, wait_until
    from models.domain import ImportedDoc
    from models.store.project import ProjectStore

    db = folder / "window.sqlite3"
    store = ProjectStore.open(db, "selftest")
    store.add_documents([ImportedDoc(text=SENTENCE, title="selftest")])
    store.close()
    app = make_app("ko")
    prefs = Preferences(annotator="selftest")
    window = MainWindow(prefs)
    window.show()
    if not window.open_project(str(db)):
        raise RuntimeError("the window could not open a project")
    shown = wait_until(lambda: window.editor.view is not None, 60)
    spans = len(window.editor.items or [])
    if window.suggest_worker is not None:
        window.cancel_suggestions()
    window.close()
    app.processEvents()
    if not shown:
        raise RuntimeError("no document was shown")
    return f"{app.platformName()}, {spans} highlights"


def selftest() -> int:
    from desktop.config import ENV_CONFIG_DIR

    print(f"selftest: python {sys.version.split()[0]} on {sys.platform}")
    with tempfile.TemporaryDirectory(prefix="bitgeul-selftest-") as tmp:
        folder = Path(tmp)
        os.environ[ENV_CONFIG_DIR] = str(folder / "config")  # never touch the user's settings
        results = [
            _step("kiwi", _kiwi),
            _step("analyze", _analyze),
            _step("store", lambda: _store(folder)),
            _step("xlsx", lambda: _xlsx(folder)),
            _step("docs", lambda: _documents(folder)),
            _step("window", lambda: _window(folder)),
        ]
    ok = all(results)
    print("selftest: " + ("all steps passed" if ok else "FAILED"))
    return 0 if ok else 1
