"""Writing files so that a crash or a locked target never leaves half a file behind."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from models.domain import InputError

# A write that fails for lack of room: a full disk, a quota, a file-size limit.
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``, then move it into place in one step.

    If the target is locked (open in Excel on Windows), the folder is read-only or the disk is
    full, the existing file is left as it was and an :class:`InputError` names the file and the
    problem.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
        kwargs.setdefault("newline", "")
    try:
        fd, tmp = _new_file(folder, target.name)
    except OSError as exc:
        raise InputError(str(target), f"cannot write in this folder ({exc.strerror})") from exc
    try:
        try:
            with os.fdopen(fd, mode, **kwargs) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            if exc.errno not in _NO_ROOM:
                raise
            raise InputError(str(target), "the disk is full; the file was not written (an "
                             "earlier version of it is untouched)") from exc
        if _is_file(target):  # keep the mode of the file it replaces
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise InputError(str(target), "the file is open in another program or read-only; "
                             "close it and try again") from exc
        except OSError as exc:
            raise InputError(str(target), f"cannot replace the file ({exc.strerror})") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _is_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _new_file(folder: Path, name: str) -> tuple[int, str]:
    """Like ``tempfile.mkstemp`` (a fresh name, created exclusively, never through a link),
    but with the mode a plain ``open()`` gives (0666 less the umask), so a colleague on the
    same machine can read a report as with any file the user saves. The umask is never
    changed, not even for a moment (another thread may be creating files)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
