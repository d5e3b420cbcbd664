"""Backup copies of a SQLite project and its integrity check: made before migrations and once a
day, rotated, checked before they are trusted, and restored in place of a damaged file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from datetime import datetime
from pathlib import Path

BACKUPS_KEPT = 5


def _copy_sqlite(source: Path, target: Path, mode: int | None = None) -> None:
    """A consistent copy (backup API, WAL-safe), written beside the target and moved into place
    in one step: a crash or a full disk never leaves half a copy under the target's name."""
    tmp = _fresh_copy(source, target, mode)
    try:
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _fresh_copy(source: Path, target: Path, mode: int | None) -> Path:
    """A complete, synced copy of ``source`` under a fresh name beside ``target``.

    The name is made by ``mkstemp`` (created exclusively, never through a symlink someone
    planted in the folder) and the copy gets ``mode`` (default: the source's), so a private
    project's copies stay private. Moving it into place replaces whatever is at the target's
    name (a link included) without writing through it.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(name)
    try:
        src = sqlite3.connect(source, timeout=10)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained single file
            finally:
                dst.close()
        finally:
            src.close()
        os.fsync(fd)
        os.chmod(tmp, stat.S_IMODE(source.stat().st_mode) if mode is None else mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return tmp


def backup_sqlite(path: Path, tag: str, *, rotate: bool = True) -> Path:
    """Copy a live SQLite file consistently and keep the newest few copies (``rotate``).

    The copy has the project's file mode. A copy made before an upgrade does not rotate: only
    a finished upgrade may drop old copies (a failing one must not use them up).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{tag}-{stamp}{path.suffix}")
    n = 1
    while target.exists():  # two copies within a second: never replace the older one
        n += 1
        target = path.with_name(f"{path.stem}.backup-{tag}-{stamp}-{n}{path.suffix}")
    _copy_sqlite(path, target)
    if rotate:
        rotate_backups(path)
    return target


def rotate_backups(path: Path) -> None:
    for stale in backups_of(path)[BACKUPS_KEPT:]:
        stale.unlink(missing_ok=True)


class DamagedProjectError(RuntimeError):
    """The SQLite file failed its integrity check; ``backups`` lists good copies, newest first."""

    def __init__(self, path: Path, detail: str, backups: list[Path]) -> None:
        self.path = path
        self.detail = detail = " ".join(detail.split())  # one line, whatever SQLite said
        self.backups = backups
        hint = f"; the newest backup is {backups[0]}" if backups else "; no backup was found"
        self.problem = f"the project file is damaged ({detail}){hint}"
        super().__init__(f"{path}: {self.problem}")


def backups_of(path: Path) -> list[Path]:
    """Backup copies of a project file, newest first."""
    # Not Path.glob: a project named "보고서 [2025]" would be read as a pattern.
    prefix, suffix = f"{path.stem}.backup-", path.suffix
    try:
        found = [p for p in path.parent.iterdir()
                 if p.name.startswith(prefix) and p.name.endswith(suffix) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def sqlite_problem(path: Path, *, unreadable_ok: bool = False) -> str | None:
    """What PRAGMA quick_check finds wrong with a SQLite file (read-only), None when fine.

    ``unreadable_ok``: a file that cannot be opened or read just now (a read-only folder, a
    lock held too long) is not called damaged; opening it for real explains the problem.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:  # cannot open, locked: not a verdict on the file
        return None if unreadable_ok else str(exc)
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        return str(exc)
    return None if rows == [("ok",)] else str(rows[0][0] if rows else "no answer")[:200]


def good_backups(path: Path) -> list[Path]:
    """Backups that pass their own integrity check, newest first."""
    return [b for b in backups_of(path) if sqlite_problem(b) is None]


def check_sqlite(path: Path) -> None:
    """Refuse a damaged file at open, before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    problem = sqlite_problem(path, unreadable_ok=True)
    if problem is not None:
        raise DamagedProjectError(path, problem, good_backups(path))
    _check_mark(path).unlink(missing_ok=True)


def _check_mark(path: Path) -> Path:
    return path.with_name(path.name + "-check")


def mark_for_check(path: Path) -> None:
    """SQLite met a damaged page: the next open checks the whole file (and offers a backup)."""
    with contextlib.suppress(OSError):  # a read-only folder: the daily check will find it
        _check_mark(path).touch()


def needs_check(path: Path) -> bool:
    """Check at this open: a small file, or one SQLite found damaged since (see
    CHECK_EVERY_OPEN_BYTES; the daily backup's check covers the rest)."""
    if not path.exists():
        return False
    return path.stat().st_size < CHECK_EVERY_OPEN_BYTES or _check_mark(path).exists()


# A full page check reads the whole file: about 1 s per 80 MB here. A project under this size is
# checked at every open; a bigger one once a day, before its daily backup (which must not copy
# damage), so that a 100,000-article project opens at once. Between checks SQLite still refuses
# any damaged page it reads ("database disk image is malformed").
CHECK_EVERY_OPEN_BYTES = 64 * 1024 * 1024


def backup_due(path: Path) -> bool:
    """No backup of this project from the last 24 hours."""
    newest = backups_of(path)
    return not newest or datetime.now().timestamp() - newest[0].stat().st_mtime >= 24 * 3600


def daily_backup(path: Path) -> Path | None:
    """Keep one rotating copy per day of use (besides the ones made before migrations).

    A copy that cannot be written (full disk, read-only folder) is skipped, not fatal: the
    project itself is fine, and refusing to open it would keep the user from their work.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if not backup_due(path):
        return None
    try:
        return backup_sqlite(path, "daily")
    except (sqlite3.Error, OSError):
        return None


def restore_backup(backup: Path, path: Path) -> None:
    """Put a backup in place of a damaged file; the damaged file (and its WAL) is kept beside it."""
    problem = sqlite_problem(backup)
    if problem is not None:
        raise DamagedProjectError(backup, problem, [])
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    restored = _fresh_copy(backup, path, mode)  # complete before anything is moved
    try:
        # The damaged file (and its WAL) aside, then the copy under its name. Renames replace
        # a link at the target's name; they never write through one.
        if path.exists() or path.is_symlink():
            path.replace(damaged)
        for extra in ("-wal", "-shm"):
            side = path.with_name(path.name + extra)
            if side.exists() or side.is_symlink():
                side.replace(damaged.with_name(damaged.name + extra))
        os.replace(restored, path)
    finally:
        restored.unlink(missing_ok=True)
