"""Starting the workbench: arguments, QApplication, fonts, translator, theme, first project.

``run(argv)`` is what ``bitgeul`` (no sub-command) calls. The window is shown before anything
slow happens: the project opens on the first turn of the event loop, the first document's rule
highlights follow, and Kiwi and the suggestion run start only after that.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.shell.startup import headless_if_needed, import_core_first, make_app, wait_until

if TYPE_CHECKING:
    from desktop.shell.main_window import MainWindow

T0 = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bitgeul", description="빛글 Bitgeul — the annotation "
                                "workbench. Sub-commands (import, export, …) run without a window.")
    p.add_argument("--db", help="project: a SQLite file or a SQLAlchemy URL "
                   "(default: the default project, created with demo articles on first run)")
    p.add_argument("--annotator", help="record decisions under this name (this session only)")
    p.add_argument("--lang", choices=["ko", "en"], help="UI language (default: settings, ko)")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="open the project, show the first document, save a PNG and exit")
    p.add_argument("--screenshot-timeout", type=float, default=240.0, help=argparse.SUPPRESS)
    p.add_argument("--selftest", action="store_true",
                   help="check Kiwi, the store, Excel output and the window, headless; exit 0")
    return p


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(argv or []))
    if args.selftest:
        headless_if_needed()
        from desktop.shell.selftest import selftest

        return selftest()
    if args.screenshot:
        headless_if_needed()
    from desktop.shell import linux_libs

    missing = linux_libs.problem()
    if missing is not None:  # Qt would abort with a core dump naming only the first one
        print(missing, file=sys.stderr)
        return 1
    import_core_first()  # before desktop.config brings in PySide6 (see CORE_FIRST)
    from desktop.config import Preferences

    prefs = Preferences.load()
    if args.annotator:
        prefs.annotator = args.annotator
    app = make_app(args.lang or prefs.language, prefs.theme)
    from desktop.shell.main_window import MainWindow

    window = MainWindow(prefs)
    from desktop.config import recent_projects
    from desktop.projects import startup_db

    db = startup_db(args.db, recent_projects())
    if args.screenshot:
        return screenshot(window, db, Path(args.screenshot), args.screenshot_timeout)
    window.show()
    from desktop.shell.first_paint import after_first_paint
    from desktop.shell.safety import install_error_dialog

    install_error_dialog(lambda: window)  # a full disk or a bug: a dialog, the window stays up
    close_on_sigterm(window)

    def first_open() -> None:
        if not window.open_project(db) and db is not None:
            window.open_project(None)  # fall back to the default project

    # The empty window is painted first (never a black window while the project opens).
    after_first_paint(window.article.viewport(), first_open, fallback_ms=200)
    return int(app.exec())


def close_on_sigterm(window: MainWindow) -> None:
    """A plain ``kill`` (SIGTERM; also what a logout sends) closes the window as the user would:
    a suggestion run stops keeping what is done, its worker processes end, the project's lock
    is released. Without this Python dies on the spot and leaves the rest to chance."""
    import signal

    from PySide6.QtCore import QTimer

    if sys.platform == "win32":  # no SIGTERM from outside there
        return

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)  # from the event loop, not mid-way through code

    signal.signal(signal.SIGTERM, handler)
    # Python runs a signal handler only when the interpreter gets control, and Qt's event loop
    # is C++: a timer lets it in a few times a second.
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(200)


def screenshot(window: MainWindow, db: str | None, target: Path, timeout: float) -> int:
    """Open, wait for the first document's highlights (and a running suggestion pass), save."""
    window.show()
    # A picture for the README at a fixed size, not a window on this screen: showing the window
    # fits it to the (offscreen, 800×800) screen, so the size is set again after.
    window.resize(1440, 880)
    if not window.open_project(db):
        print(f"bitgeul: cannot open {db}", file=sys.stderr)
        return 2
    wait_until(lambda: window._shown_first or (not window.doc_list.busy
                                                and not window.doc_list.list_model.rows), 60)
    wait_until(lambda: False, 0.2)  # the suggestion run starts on the next turn of the loop
    # Show suggestions as a user would see them once the background run is done.
    wait_until(lambda: window.suggest_worker is None, timeout)
    if window.doc_list.list_model.rows:
        window.doc_list.select_doc(window.doc_list.list_model.rows[0].id)
        window.editor.open_document(window.doc_list.list_model.rows[0].id)
    items = window.editor.items
    if items is not None and len(items):
        money = [it for it in items.items if it.label == "MONEY"]
        window.editor.select((money or items.items)[0].key)
    wait_until(lambda: False, 0.3)  # let the highlights paint
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target))
    url = window.store.url if window.store is not None else ""
    window.close()
    if not ok:
        print(f"bitgeul: could not write {target}", file=sys.stderr)
        return 1
    print(f"{target}: {window.width()}x{window.height()} ({url.split('@')[-1]})")
    return 0
