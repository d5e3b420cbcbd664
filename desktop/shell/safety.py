"""Opening a project safely, and keeping the window up when storage fails.

- A project already open in another window (the OS lock beside the file is taken): the user is
  told who holds it and may open it read-only or cancel.
- A damaged project file (integrity check at open): the user is offered the newest good backup.
- A write that fails (full disk, read-only project): an error dialog, and the window stays up;
  the store rolled the step back, so nothing is half-stored.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.i18n import tr
from desktop.projects import open_project
from models.domain import InputError
from models.store.db import DamagedProjectError, resolve_url, restore_backup, sqlite_path
from models.store.lock import ProjectLock, ProjectLocked
from models.store.project import ProjectStore
from models.store.secrets import (
    needs_password,
    pgpass_path,
    redact,
    remember_password,
    with_password,
    without_password,
)


@dataclass
class OpenedProject:
    store: ProjectStore
    seeded: bool  # the new default project, filled with the demo articles
    lock: ProjectLock | None  # None: read-only, or not a SQLite file
    read_only: bool


# -- dialogs (built separately from exec, so that tests can drive the real thing) --------------


def locked_dialog(parent: QWidget | None, err: ProjectLocked) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Project already open"),
                      tr("This project is already open in another window ({0}).")
                      .format(err.holder.describe()), parent=parent)
    box.setObjectName("projectLockedDialog")
    box.setInformativeText(tr("You can look at it here read-only (nothing can be changed), or "
                              "cancel and switch to the other window."))
    box.setDetailedText(str(err.project))
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnly")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def restore_dialog(parent: QWidget | None, err: DamagedProjectError) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("The project file is damaged"),
                      tr("{0} is damaged ({1}).").format(err.path.name, err.detail),
                      parent=parent)
    box.setObjectName("projectDamagedDialog")
    backup = err.backups[0]
    box.setInformativeText(
        tr("Restore the newest good backup, {0}? The damaged file is kept beside it.")
        .format(backup.name))
    box.setDetailedText(f"{err.path}\n{backup}")
    restore = box.addButton(tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreBackup")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    return box


def _chosen(box: QMessageBox, name: str) -> bool:
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == name


def ask_read_only(parent: QWidget | None, err: ProjectLocked) -> bool:
    return _chosen(locked_dialog(parent, err), "openReadOnly")


def ask_restore(parent: QWidget | None, err: DamagedProjectError) -> bool:
    return _chosen(restore_dialog(parent, err), "restoreBackup")


# -- opening ---------------------------------------------------------------------------------------


def open_checked(parent: QWidget | None, db: str | None,
                 annotator: str | None = None) -> OpenedProject | None:
    """Open a project with the lock, the read-only choice and the backup offer.

    Returns None when the user cancelled or the project cannot be opened (after saying why).
    """
    path = sqlite_path(resolve_url(db))
    lock: ProjectLock | None = None
    read_only = False
    if path is not None:
        lock = ProjectLock(path)
        try:
            lock.acquire()
        except ProjectLocked as err:
            if not ask_read_only(parent, err):
                return None
            lock, read_only = None, True
        except OSError:
            lock = None  # no lock file possible (read-only folder): opening will explain
    target = db
    remember: str | None = None  # a password typed in, to keep in libpq's file once it works
    try:
        while True:
            try:
                store, seeded = open_project(target, annotator, read_only=read_only)
                if remember is not None and db is not None:
                    remember_password(db, remember)
                return OpenedProject(store, seeded, lock, read_only)
            except DamagedProjectError as err:
                if read_only or not err.backups or not ask_restore(parent, err):
                    raise
                restore_backup(err.backups[0], err.path)
            except Exception as exc:
                if path is not None or db is None or not needs_password(exc):
                    raise
                answer = ask_password(parent, without_password(db), wrong=target != db)
                if answer is None:
                    return None
                password, keep = answer
                target = with_password(db, password)
                remember = password if keep else None
    except Exception as exc:  # a damaged or foreign file, an unreachable server, a full disk
        if lock is not None:
            lock.release()
        if not isinstance(exc, DamagedProjectError) or read_only or not exc.backups:
            where = redact(str(db or resolve_url(None)))
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot open the project"),
                              f"{where}\n\n{redact(first_line(exc))}", parent=parent)
            box.setObjectName("cannotOpenDialog")
            box.exec()
        return None


def password_dialog(parent: QWidget | None, url: str, *, wrong: bool = False) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("passwordDialog")
    dialog.setWindowTitle(tr("Password"))
    form = QFormLayout(dialog)
    text = (tr("The password was not accepted by {0}.") if wrong
            else tr("{0} asks for a password.")).format(url)
    form.addRow(QLabel(text))
    edit = QLineEdit()
    edit.setObjectName("password")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(tr("Password"), edit)
    keep = QCheckBox(tr("Remember it in PostgreSQL's password file ({0}), readable by you "
                        "alone").format(pgpass_path()))
    keep.setObjectName("rememberPassword")
    form.addRow(keep)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog


def ask_password(parent: QWidget | None, url: str, *, wrong: bool = False
                 ) -> tuple[str, bool] | None:
    """(password, remember it) or None when cancelled. The password is never put in the
    settings; remembered, it goes to libpq's password file (``models.store.secrets``)."""
    dialog = password_dialog(parent, url, wrong=wrong)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    edit = dialog.findChild(QLineEdit, "password")
    keep = dialog.findChild(QCheckBox, "rememberPassword")
    assert edit is not None and keep is not None
    return edit.text(), keep.isChecked()


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# -- errors that reach the event loop ------------------------------------------------------------


def error_text(exc: BaseException) -> str:
    """What the dialog says: our one-line errors as they are, others with their type."""
    if isinstance(exc, InputError):
        return redact(str(exc))
    return f"{type(exc).__name__}: {redact(first_line(exc))}"


Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_error_dialog(parent: Callable[[], QWidget | None]) -> Hook:
    """Show errors that escape a slot in a dialog (after printing them) instead of only on
    stderr; the window keeps running. Returns the previous hook."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if not isinstance(exc, InputError):
            traceback.print_exception(kind, exc, tb)
        if issubclass(kind, KeyboardInterrupt) or showing or QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, tr("Not saved"), error_text(exc),
                              parent=parent())
            box.setObjectName("errorDialog")
            box.setInformativeText(tr("Everything saved before this step is safe. The window "
                                      "stays open; you can go on once the problem is fixed."))
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
    return previous
