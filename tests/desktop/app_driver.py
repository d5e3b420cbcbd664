"""The workbench itself, driven like a fast user, for the crash test.

``python app_driver.py DB SEED``: opens the real MainWindow (offscreen) on DB, then, one step
per turn of the event loop, accepts or rejects the selected suggestion through the editor (the
same code path as Enter / Backspace) or marks the document done and moves on (Ctrl+Enter).
Every change the undo controller reports (after the store committed it) is printed as
``ACK <group id> 1``. Prints READY once the first document is shown and DONE when all are done.
``python app_driver.py DB SEED hold``: just keep the project open (another window) until killed.
"""

from __future__ import annotations

import os
import random
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from desktop.config import Preferences
    from desktop.shell.main_window import MainWindow
    from desktop.shell.startup import make_app

    db, seed = argv[0], int(argv[1])
    rng = random.Random(seed)
    app = make_app("en")
    window = MainWindow(Preferences(annotator="app", language="en"), background=False)
    window.show()
    if not window.open_project(db):
        print("OPEN FAILED", flush=True)
        return 2
    assert window.undo is not None
    window.undo.changed.connect(lambda change: print(f"ACK {change.group_id} 1", flush=True))
    editor = window.editor
    print("READY", flush=True)
    if argv[2:] == ["hold"]:
        return int(app.exec())

    def step() -> None:
        if editor.view is None:
            QTimer.singleShot(10, step)
            return
        item = editor.current()
        if item is None or not item.is_suggestion:
            editor.step(True, only_suggestions=True)
            item = editor.current()
        if item is not None and item.is_suggestion:
            editor.accept() if rng.random() < 0.8 else editor.reject()
        else:
            before = editor.view.id
            window.done_and_next()
            if editor.view is None or editor.view.id == before:
                print("DONE", flush=True)
                app.quit()
                return
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
