"""One window per SQLite project: an OS-level lock on a small file beside the project.

The workbench takes the lock when it opens a project; a second window (or a second copy of the
program) finds it taken and tells the user who holds it. The lock is the operating system's
(``fcntl.flock`` / ``msvcrt.locking``), not the file's existence: when the holder crashes or is
killed, the OS releases it, so a stale lock file never blocks anyone. The file's content (PID,
host, time) only says who holds it. A clean release deletes the file, so that no stray
``.lock`` lies beside the project in Explorer or Finder (and gets copied or mailed with it).

Writing from two processes at once is safe anyway (SQLite WAL with a busy timeout, and the
store's optimistic checks); the lock is about telling the user, not about protecting the file.
The CLI does not take it: a short ``bitgeul import`` beside an open window is fine.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges and refuses reads of a locked range: lock one byte far past the
# holder's note, so that others can still read who holds it.
_WIN_LOCK_OFFSET = 1 << 20
_RETRIES = 5  # a file deleted under us this many times running: report it as held


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int | None
    host: str | None
    since: str | None

    def describe(self) -> str:
        bits = [f"PID {self.pid}" if self.pid is not None else "an unknown process"]
        if self.host and self.host != socket.gethostname():
            bits.append(f"on {self.host}")
        if self.since:
            bits.append(f"since {self.since}")
        return " ".join(bits)


class ProjectLocked(Exception):
    """Another process holds the project's lock."""

    def __init__(self, project: Path, holder: LockHolder) -> None:
        self.project = project
        self.holder = holder
        super().__init__(f"{project}: already open in another window ({holder.describe()})")


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + LOCK_SUFFIX)


def read_holder(project: Path) -> LockHolder:
    """Who wrote the lock file last (the holder, while the lock is held)."""
    try:
        data: Any = json.loads(lock_path(project).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    pid = data.get("pid")
    return LockHolder(pid if isinstance(pid, int) else None,
                      str(data["host"]) if data.get("host") else None,
                      str(data["since"]) if data.get("since") else None)


# Locks this process holds: lock file → [open file, holders]. Re-opening the project one has
# open (another annotator name, a reload) must not find it "open in another window".
_HELD: dict[Path, list[Any]] = {}


class ProjectLock:
    """``acquire()`` or raise ProjectLocked; ``release()`` (also on close of the process)."""

    def __init__(self, project: Path) -> None:
        self.project = Path(project)
        self.path = lock_path(self.project)
        self._key = self.path.resolve()
        self._mine = False

    @property
    def held(self) -> bool:
        return self._mine

    def acquire(self) -> None:
        if self._mine:
            return
        entry = _HELD.get(self._key)
        if entry is not None:
            entry[1] += 1
            self._mine = True
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _attempt in range(_RETRIES):
            fh = _open_lock_file(self.project, self.path)
            try:
                if not _try_lock(fh):
                    raise ProjectLocked(self.project, read_holder(self.project))
            except BaseException:
                fh.close()
                raise
            if _still_there(fh, self.path):
                break
            # The holder released and deleted the file between our open and our lock: we
            # locked a file nobody will look at. Unlock it and take the new one.
            _unlock(fh)
            fh.close()
        else:
            raise ProjectLocked(self.project, read_holder(self.project))
        note = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now().isoformat(timespec="seconds")}
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(note))
        fh.flush()
        _HELD[self._key] = [fh, 1]
        self._mine = True

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        entry = _HELD[self._key]
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _HELD[self._key]
        fh: IO[str] = entry[0]
        try:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            if sys.platform != "win32":
                # Delete while still holding the lock: whoever opened the file meanwhile finds
                # it gone after locking it (``_still_there``) and starts again.
                self.path.unlink(missing_ok=True)
            _unlock(fh)
        except OSError:
            pass
        finally:
            fh.close()
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
            # Windows refuses to delete a file another process has open: then that process
            # is about to take the lock, and the file is its to keep.
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


class LockFileRefused(OSError):
    """The lock file's name holds a link or something other than a plain file."""

    def __init__(self, project: Path, path: Path) -> None:
        self.project = project
        super().__init__(f"{path}: not opened: the project's lock file is a link or not a plain "
                         "file (a received folder can hold one pointing at your files); "
                         "delete it and open the project again")


def _open_lock_file(project: Path, path: Path) -> IO[str]:
    """Open (or create) the lock file without following a link and without truncating it (the
    holder's note must stay readable until we hold the lock). A link planted at the lock's name
    would otherwise make us truncate and write whatever it points to."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        if path.is_symlink() or exc.errno in (40, 62):  # ELOOP (Linux, macOS)
            raise LockFileRefused(project, path) from exc
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO, a device: never ours
        os.close(fd)
        raise LockFileRefused(project, path)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return open(fd, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
    import msvcrt

    def _try_lock(fh: IO[str]) -> bool:
        fh.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[str]) -> None:
        fh.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fh: IO[str]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:  # e.g. a network share without locks: do not block the user
            return exc.errno not in (11, 35)
        return True

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _still_there(fh: IO[str], path: Path) -> bool:
    """Whether the file ``fh`` locked is still the one at ``path`` (not deleted by a releasing
    holder). Windows never deletes an open file, so there it always is."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
        return True
    try:
        mine, now = os.fstat(fh.fileno()), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)
