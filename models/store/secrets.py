"""Team passwords: never in messages, settings or logs; kept where libpq keeps them.

A PostgreSQL URL may carry a password (``postgresql://kim:secret@host/db``). Anything Bitgeul
prints or stores shows the URL without it (:func:`redact`, :func:`without_password`). The
password itself goes to libpq's password file (``~/.pgpass``, on Windows
``%APPDATA%\\postgresql\\pgpass.conf``, or ``$PGPASSFILE``), private to the user (mode 0600),
which the driver reads by itself on every later connection: the same place ``psql`` uses.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

# scheme://user:password@ — the password is anything up to the last "@" before the host.
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s:/@]*):[^\s@/]*(?:@[^\s@/]*)*@",
                           re.IGNORECASE)
MASK = "***"


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ***."""
    return _URL_PASSWORD.sub(lambda m: f"{m.group(1)}:{MASK}@", text)


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None). Non-URLs pass unchanged."""
    if "://" not in url:
        return url, None
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - not a URL we can parse: hide what may be a password
        return redact(url), None
    if u.password is None:
        return url, None
    return u._replace(password=None).render_as_string(hide_password=False), str(u.password)


def without_password(url: str) -> str:
    return split_password(url)[0]


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` (for one connection: held in memory, never stored)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def pgpass_path() -> Path:
    """Where libpq looks for passwords (``$PGPASSFILE`` first)."""
    env = os.environ.get("PGPASSFILE")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _pgpass_key(url: str) -> tuple[str, str, str, str]:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return (_escape(u.host or "localhost"), str(u.port or 5432), _escape(u.database or "*"),
            _escape(u.username or "*"))


def remember_password(url: str, password: str) -> Path:
    """Store ``password`` for ``url``'s host, port, database and user in libpq's password file
    (replacing an older line for the same four), mode 0600, written atomically."""
    path = pgpass_path()
    key = _pgpass_key(url)
    prefix = ":".join(key) + ":"
    lines: list[str] = []
    if path.exists():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if not ln.startswith(prefix)]
    lines.append(prefix + _escape(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".pgpass.", dir=path.parent)  # 0600 from the start
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)  # libpq ignores a password file others can read
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def stored_password(url: str) -> str | None:
    """The password libpq would use for ``url`` (exact host/port/database/user or ``*``)."""
    path = pgpass_path()
    if not path.exists():
        return None
    want = _pgpass_key(url)
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = re.split(r"(?<!\\):", line, maxsplit=4)
        if len(fields) != 5 or line.startswith("#"):
            continue
        if all(f in ("*", w) for f, w in zip(fields[:4], want, strict=True)):
            return fields[4].replace("\\:", ":").replace("\\\\", "\\")
    return None


def needs_password(exc: BaseException) -> bool:
    """Whether a connection failed for want of a (right) password."""
    text = str(exc).lower()
    return ("no password supplied" in text or "password authentication failed" in text)
