"""What a project file may contain, and how long one query may run.

A project file is input like any other: researchers mail them around and merge them. SQLite
runs what a file declares: a VIEW named like one of our tables is queried in its place (a
recursive one never ends), a TRIGGER fires on our next write (and is copied into backups). So a
file is opened only if it holds nothing but the tables and indexes our migrations make, and
every query on SQLite has a time bound (a progress handler), on PostgreSQL a statement timeout.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.domain import InputError

# Longer than any query of a real project takes on a slow machine (the biggest, an export of
# 100k amounts, reads in seconds); a query past it is stopped with "interrupted".
QUERY_SECONDS = 300.0
_HANDLER_STEPS = 20_000  # SQLite virtual-machine steps between two looks at the clock

_SQLITE_OWN = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                         "sqlite_stat4"})


class ForeignSchemaError(InputError):
    """The file holds schema objects Bitgeul never makes (views, triggers, unknown tables)."""


# Made by migration 0003 and declared by the learning layer (which the store does not import).
_UNDECLARED_TABLES = frozenset({"learned_models", "alembic_version"})


def _declared() -> tuple[frozenset[str], frozenset[str]]:
    """Tables and index names of the current schema, as the ORM declares them."""
    from models.store import schema as s

    tables = {*s.Base.metadata.tables, *_UNDECLARED_TABLES}
    indexes = {i.name for t in s.Base.metadata.tables.values() for i in t.indexes if i.name}
    return frozenset(tables), frozenset(indexes)


def _autoindex_of(name: str, tables: frozenset[str]) -> bool:
    """SQLite's own index for a UNIQUE/PRIMARY KEY: sqlite_autoindex_<table>_<n>."""
    if not name.startswith("sqlite_autoindex_"):
        return False
    table, _, n = name[len("sqlite_autoindex_"):].rpartition("_")
    return n.isdigit() and table in tables


Known = Callable[[], tuple[frozenset[str], frozenset[str]]]


def foreign_objects(conn: sqlite3.Connection, made_by_migrations: Known) -> list[str]:
    """Schema objects of an open SQLite file that our migrations never make ("view annotations",
    "trigger wipe" …); empty for a Bitgeul project (or an empty file).

    ``made_by_migrations()``: every table and index any migration makes, at any revision (an
    older file may hold a table a later migration drops); asked only when the file holds a name
    the ORM does not declare (``models.store.db.made_by_migrations``)."""
    rows = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
    tables, indexes = _declared()

    def unknown(kind: str, name: str, tables: frozenset[str], indexes: frozenset[str]) -> bool:
        if kind == "table":
            return name not in tables and name not in _SQLITE_OWN
        if kind == "index":
            return name not in indexes and not _autoindex_of(name, tables)
        return True  # view, trigger: never ours

    odd = [(k, n) for k, n in rows if unknown(k, n, tables, indexes)]
    if any(k in ("table", "index") for k, _n in odd):
        tables, indexes = made_by_migrations()
        odd = [(k, n) for k, n in odd if unknown(k, n, tables, indexes)]
    return [f"{kind} {name}" for kind, name in odd]


def check_schema(path: Path, made_by_migrations: Known) -> None:
    """Refuse (one line) a SQLite file holding views, triggers or tables we never make.

    Opened read-only, before anything else touches the file: no backup, no migration, no query
    of ours ever runs on what it declares.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return  # cannot open it now: opening it for real explains why
    try:
        bound_queries(conn)
        odd = foreign_objects(conn, made_by_migrations)
        ours = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                            "'alembic_version'").fetchone() is not None
    except sqlite3.Error:
        return  # damaged or locked: the integrity check and the real open say so
    finally:
        conn.close()
    if odd:
        shown = ", ".join(odd[:3]) + (f" and {len(odd) - 3} more" if len(odd) > 3 else "")
        if not ours:
            raise ForeignSchemaError(str(path), f"not a Bitgeul project (it holds {shown})")
        raise ForeignSchemaError(str(path), "not opened: the file holds what Bitgeul never makes "
                                 f"({shown}); it may have been tampered with")


def _uri_path(path: Path) -> str:
    """A path for a ``file:`` URI (``?`` and ``#`` would end the path; ``%`` starts an escape)."""
    from urllib.parse import quote

    return quote(str(path.resolve()), safe="/:\\")


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """``file:…?mode=ro``: SQLite never writes the file, its WAL or its folder. ``immutable``
    for a file on read-only media whose WAL index cannot be created."""
    return f"file:{_uri_path(path)}?mode=ro" + ("&immutable=1" if immutable else "")


def bound_queries(conn: sqlite3.Connection, seconds: float | None = None) -> dict[str, float]:
    """Stop any single statement on ``conn`` that runs longer than ``seconds`` (default
    QUERY_SECONDS): it fails with "interrupted". Returns the box whose "deadline" a caller
    resets before each statement (see :func:`start_statement`); without that, the bound counts
    from now, which suits a connection used for one short job."""
    limit = QUERY_SECONDS if seconds is None else seconds
    box = {"limit": limit, "deadline": time.monotonic() + limit}

    def handler() -> int:
        return 1 if time.monotonic() > box["deadline"] else 0

    conn.set_progress_handler(handler, _HANDLER_STEPS)
    return box


def start_statement(box: dict[str, Any]) -> None:
    box["deadline"] = time.monotonic() + box["limit"]
