"""The QApplication and the event loop, without the window: fonts, translator, theme, garbage
collector tuning, and waiting on the loop. The window, the self-test and the tests build on it."""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def headless_if_needed() -> None:
    """Screenshots and the self-test must work on a machine without a display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


# The core modules the window needs, imported before PySide6. Once PySide6 is loaded, its import
# hook reads the source file of every module imported after it (looking for ``from __feature__
# import``); for SQLAlchemy and the store that was about 0.25 s of every start-up here.
CORE_FIRST = ("sqlalchemy.orm", "models.store.project", "models.store.commands",
              "models.amount_view", "models.team.review", "models.learn.modelstore")


def import_core_first() -> None:
    for name in CORE_FIRST:
        importlib.import_module(name)


def make_app(language: str, theme: str = "system") -> QApplication:
    """The QApplication with fonts, icon, translator and theme in place."""
    import_core_first()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.theme import apply_theme, register_bundled_fonts, ui_font

    tune_gc()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Bitgeul")
    app.setOrganizationName("Bitgeul")
    app.setApplicationDisplayName("빛글")
    app.setDesktopFileName("bitgeul")
    register_bundled_fonts()
    app.setFont(ui_font())
    icon = Path(str(files("resources"))) / "icons" / "bitgeul.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install(language)
    apply_theme(theme)
    return app


def tune_gc() -> None:
    """Fewer young-generation collections: opening a long document allocates tens of thousands
    of short-lived rows, and the default threshold (700) makes the collector walk every live
    object several times per document switch (measured: 250 ms → 150 ms for 300k characters)."""
    import gc

    gc.set_threshold(20_000, 20, 50)


def freeze_startup_objects() -> None:
    """Move everything alive after start-up (modules, gazetteers, Qt wrappers) out of the
    collector's way; called once the first document is on screen."""
    import gc

    gc.collect()
    gc.freeze()


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``predicate()`` holds or ``timeout`` seconds pass."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True
