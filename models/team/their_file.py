"""Reading another researcher's project file for a merge, without trusting it.

The file is opened read-only (``mode=ro``: no WAL switch, nothing written, works on a read-only
file or medium) after the same schema check as any project (no views, no triggers). An older
file is upgraded as a private copy in a private temporary folder that is removed afterwards.
Everything read from it is checked before it is used: names, labels, span bounds against the
text, decision snapshots. Lengths and content hashes are recomputed from the text, never taken
from the file. A problem is one line naming the file; nothing is merged then.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from models.domain import InputError
from models.store.checks import bound_queries, read_only_uri
from models.store.db import (
    check_known_revision,
    check_schema,
    current_revision,
    open_database,
    sqlite_problem,
)

PLACEHOLDER = "(merge)"  # annotator name of the throwaway rows that reserve ids
_STATUSES = {"accepted", "corrected", "manual"}
_ANN_KEYS = {"id", "document_id", "doc_length", "annotator", "start", "end", "label", "status",
             "value", "suggestion_id", "version"}
_REL_KEYS = {"id", "head_id", "tail_id", "label", "annotator"}


class TheirFileError(InputError):
    """Their file cannot be merged (the message names the file and the problem)."""


def _ro_engine(path: Path, immutable: bool) -> Any:
    uri = read_only_uri(path, immutable=immutable)

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        return conn

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "connect", lambda dbapi, rec: rec.info.update(
        bound=bound_queries(dbapi)))
    return engine


def _readable_engine(path: Path) -> Any:
    """A read-only engine on their file; ``immutable`` when even reading needs a write (a WAL
    file in a read-only folder: SQLite cannot create the shared-memory index)."""
    last: Exception | None = None
    for immutable in (False, True):
        engine = _ro_engine(path, immutable)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            return engine
        except Exception as exc:  # noqa: BLE001 - try the immutable way, then report
            engine.dispose()
            last = exc
    raise TheirFileError(str(path), f"cannot read this project file ({_first(last)})")


def _first(exc: BaseException | None) -> str:
    text = str(getattr(exc, "orig", None) or exc or "").strip()
    return (text.splitlines() or ["unknown error"])[0][:200]


@contextmanager
def open_their_file(path: Path, head: str) -> Iterator[Session]:
    """A read-only session on their file (at our schema revision ``head``)."""
    if not path.is_file():
        raise TheirFileError(str(path), "no such project file")
    problem = sqlite_problem(path, unreadable_ok=True)
    if problem is not None:
        raise TheirFileError(str(path), f"not a Bitgeul project, or damaged ({problem})")
    check_schema(path)  # one line for a view, a trigger, a table we never make
    engine = _readable_engine(path)
    folder: Path | None = None
    try:
        try:
            rev = current_revision(engine)
        except Exception as exc:  # noqa: BLE001 - no alembic_version, damaged …
            raise TheirFileError(str(path), f"not a Bitgeul project ({_first(exc)})") from exc
        if rev is None:
            raise TheirFileError(str(path), "not a Bitgeul project")
        try:
            check_known_revision(engine, rev)
        except InputError as exc:
            raise TheirFileError(str(path), "saved by a newer Bitgeul (schema "
                                 f"{rev[:40]!r}); update Bitgeul to merge it") from exc
        if rev != head:
            # An older file: upgrade a copy, private to this user, in a folder removed after.
            folder = Path(tempfile.mkdtemp(prefix="bitgeul-merge-"))
            copy = folder / "theirs.sqlite3"
            with engine.connect() as conn:
                src = conn.connection.dbapi_connection
                dst = sqlite3.connect(copy)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            engine.dispose()
            db = open_database(copy, backup=False)
            engine = db.engine
        with sessionmaker(engine)() as session:
            yield session
    finally:
        engine.dispose()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


# -- checking what their file says ----------------------------------------------------------------


class Checker:
    """One-line refusals for what their file says, naming the file."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def fail(self, problem: str) -> TheirFileError:
        return TheirFileError(self.path, f"{problem}; nothing was merged")

    def name(self, who: Any, what: str = "annotator") -> str:
        if not isinstance(who, str) or not 0 < len(who) <= 100 or who == PLACEHOLDER or any(
                unicodedata.category(c)[0] == "C" for c in who):
            raise self.fail(f"{what} name {str(who)[:40]!r} is not a name")
        return who

    def label(self, label: Any) -> str:
        if not isinstance(label, str) or not 0 < len(label) <= 50:
            raise self.fail(f"label {str(label)[:40]!r} is not a label")
        return label

    def text(self, doc_id: int, text: Any) -> str:
        if not isinstance(text, str) or not text:
            raise self.fail(f"document {doc_id} has no text")
        return text

    def bounds(self, what: str, start: Any, end: Any, length: int) -> None:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
            raise self.fail(f"{what} {start}..{end} lies outside its text (length {length})")

    def snapshot_key(self, decision: int, key: Any) -> tuple[str, list[str]]:
        """``kind:id[:who]`` → (kind, parts); anything else is refused in one line."""
        kind, _, rest = str(key).partition(":")
        parts = rest.split(":", 1) if kind in ("rejection", "status") else [rest]
        if kind not in ("annotation", "relation", "rejection", "status") or not all(
                p.isdigit() for p in parts[:1]) or (kind in ("rejection", "status")
                                                    and len(parts) != 2):
            raise self.fail(f"decision {decision} has a malformed snapshot key {str(key)[:40]!r}")
        return kind, parts

    def ann_snapshot(self, decision: int, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, dict) or not set(value) >= _ANN_KEYS or not all(
                isinstance(value[k], int) for k in ("id", "document_id", "start", "end",
                                                    "version")) or \
                value["status"] not in _STATUSES:
            raise self.fail(f"decision {decision} has a malformed span snapshot")
        self.name(value["annotator"])
        self.label(value["label"])
        return value

    def rel_snapshot(self, decision: int, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, dict) or not set(value) >= _REL_KEYS or not all(
                isinstance(value[k], int) for k in ("id", "head_id", "tail_id")):
            raise self.fail(f"decision {decision} has a malformed link snapshot")
        self.name(value["annotator"])
        self.label(value["label"])
        return value


def naive_utc(at: datetime) -> datetime:
    """Times compare across backends as naive UTC (SQLite drops the zone)."""
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at
