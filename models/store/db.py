"""Opening a project database: where it lives, connection settings, migrations, backups."""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from models.domain import InputError
from models.store import checks
from models.store.backups import (  # noqa: F401  (re-exported: callers know them from here)
    BACKUPS_KEPT,
    DamagedProjectError,
    backup_due,
    backup_sqlite,
    backups_of,
    check_sqlite,
    daily_backup,
    good_backups,
    mark_for_check,
    needs_check,
    restore_backup,
    rotate_backups,
    sqlite_problem,
)
from models.store.checks import QUERY_SECONDS, bound_queries, start_statement
from models.store.secrets import redact

ENV_DB = "BITGEUL_DB"


class ProjectStorageError(InputError):
    """The project file could not be written or opened: full disk, read-only, I/O error.

    An InputError, so that the CLI prints one line and exits 2 and the app's import report and
    error dialog show it like any other refused input. The transaction it interrupted was rolled
    back: nothing of that step is stored.
    """


# SQLite's messages (lower case) → what the user can do about it.
_STORAGE_PROBLEMS = (
    ("database or disk is full", "the disk is full; nothing of this step was stored (free some "
     "space and try again)"),
    ("attempt to write a readonly database", "the project is read-only (opened read-only, or "
     "the file or its folder is write-protected); nothing was stored"),
    ("unable to open database file", "cannot open or create the project file (the folder is "
     "missing, read-only or not accessible)"),
    ("disk i/o error", "the disk reported an error; nothing of this step was stored"),
    ("database disk image is malformed", "the project file is damaged; open it again to "
     "restore the newest backup"),
    ("file is not a database", "the project file is damaged or not a Bitgeul project"),
    ("interrupted", "a query ran longer than any query of a real project and was stopped "
     "(the file may hold something Bitgeul never made)"),
)


def storage_problem(exc: BaseException) -> str | None:
    """The user-facing problem for a SQLite storage failure, None for anything else."""
    text = str(exc).lower()
    return next((problem for key, problem in _STORAGE_PROBLEMS if key in text), None)


def _storage_error(context: ExceptionContext) -> None:
    """SQLAlchemy's handle_error hook: storage failures become a one-line ProjectStorageError.

    "database is locked" is left alone: the store turns that one into a retryable CommandError.
    """
    orig = context.original_exception
    if not isinstance(orig, sqlite3.Error):
        return
    problem = storage_problem(orig)
    if problem is not None:
        url = context.engine.url if context.engine is not None else None
        where = str(url.database) if url is not None and url.database else "project"
        if "malformed" in str(orig).lower() and url is not None and url.database:
            mark_for_check(Path(url.database))  # the next open checks it, however big
        raise ProjectStorageError(where, problem) from orig


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Bitgeul", appauthor=False)) / "default.sqlite3"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` value (path or SQLAlchemy URL), else ``$BITGEUL_DB``, else the default project."""
    raw = os.fspath(db) if db is not None else os.environ.get(ENV_DB) or None
    if raw is None:
        path = default_db_path()
    elif "://" in raw:
        return raw
    else:
        path = Path(raw).expanduser()
    return "sqlite:///" + str(path.resolve())


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn: Any, record: Any) -> None:
    record.info["bound"] = bound_queries(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    # WAL lets the GUI read while a worker writes; FULL sync because a decision that the UI has
    # shown as saved must survive a power cut, and single-decision writes are tiny.
    _set_wal(cur)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _set_wal(cur: Any) -> None:
    """Switching a new file to WAL needs it to ourselves, and SQLite does not wait for that (no
    busy handler): when several clients open a fresh project at once, try again briefly."""
    for attempt in range(50):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.02 * (1 + attempt % 5))


def _read_only_pragmas(dbapi_conn: Any, record: Any) -> None:
    # The file is already in WAL mode (another window has it open); query_only makes every
    # write fail with "attempt to write a readonly database" instead of touching the file.
    record.info["bound"] = bound_queries(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectStorageError(str(path), "cannot create the project's folder "
                                      f"({exc.strerror or exc})") from exc
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _read_only_pragmas if read_only else _sqlite_pragmas)
        event.listen(engine, "handle_error", _storage_error)
        event.listen(engine, "before_cursor_execute", _start_statement)
        return engine
    # The server stops any statement past the bound (a hostile view, a runaway query).
    timeout = f"-c statement_timeout={int(QUERY_SECONDS * 1000)}"
    return create_engine(postgres_driver(url), pool_pre_ping=True,
                         connect_args={"options": timeout})


def _start_statement(conn: Connection, *_args: Any) -> None:
    """Each statement gets the full time bound (see ``models.store.checks``)."""
    box = conn.info.get("bound")
    if box is not None:
        start_statement(box)


def postgres_driver(url: str) -> str:
    """``postgresql://`` (and ``postgres://``) means psycopg 3, the driver Bitgeul ships."""
    u = make_url(url.replace("postgres://", "postgresql://", 1)
                 if url.startswith("postgres://") else url)
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location",
                        str(Path(__file__).with_name("migrations")).replace("%", "%%"))
    # configparser treats % as interpolation; URL-encoded Hangul paths are full of it.
    cfg.set_main_option("sqlalchemy.url",
                        engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return current_revision_on(conn)


def current_revision_on(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    assert head is not None
    return head


@functools.cache
def made_by_migrations() -> tuple[frozenset[str], frozenset[str]]:
    """Every table and index any of our migrations makes, at any revision: worked out once per
    process on an in-memory database (see ``models.store.checks``)."""
    from alembic.script import ScriptDirectory

    engine = create_engine("sqlite://")
    tables: set[str] = set()
    indexes: set[str] = set()
    try:
        order = [r.revision for r in
                 ScriptDirectory.from_config(_alembic_config(engine)).walk_revisions()][::-1]
        for revision in order:
            move_schema(engine, revision)
            with engine.connect() as conn:
                for kind, name in conn.exec_driver_sql(
                        "SELECT type, name FROM sqlite_master").all():
                    (tables if kind == "table" else indexes).add(name)
    finally:
        engine.dispose()
    return frozenset(tables), frozenset(indexes)


def check_schema(path: Path) -> None:
    """Refuse (one line) a SQLite file holding views, triggers or tables we never make."""
    checks.check_schema(path, made_by_migrations)


def move_schema(engine: Engine, *revisions: str) -> None:
    """Take the schema down or up to each of ``revisions`` in turn ("base", "0001", "head"), in
    one transaction. Projects are upgraded by :func:`upgrade` (backup, locks, checks); this is
    for tests and support tools that need a file as an older version of Bitgeul wrote it."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(engine)
    order = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()][::-1]

    def rank(revision: str | None) -> int:
        if revision in (None, "base"):
            return -1
        return len(order) - 1 if revision == "head" else order.index(revision)

    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for target in revisions:
            now = rank(current_revision_on(conn))
            if rank(target) < now:
                command.downgrade(cfg, target)
            elif rank(target) > now:
                command.upgrade(cfg, target)


def quick_head() -> str | None:
    """The newest migration's id, read from the migration files without importing Alembic
    (which takes a second or two to import, on every start of the window and the CLI);
    None when the files say something this reader does not follow (Alembic decides then)."""
    revision = re.compile(r"""^revision\s*(?::[^=]*)?=\s*["']([^"']+)["']""", re.M)
    down = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:["']([^"']+)["']|None)""", re.M)
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (Path(__file__).with_name("migrations") / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, parent = revision.search(text), down.search(text)
        if rev is None or parent is None:
            return None
        revisions.add(rev.group(1))
        if parent.group(1):
            parents.add(parent.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _quick_current(engine: Engine) -> str | None:
    """The schema's revision by a plain query (None: no version table yet)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, *, backup_first: bool = True) -> Path | None:
    """Bring the schema to the newest migration; back an existing SQLite file up first
    (``backup_first``; not for a private throwaway copy).

    Returns the backup's path when one was made. The upgrade is one transaction on both
    backends, and two clients upgrading at once take turns (the second finds it done).
    """
    head_now = quick_head()
    if head_now is not None and _quick_current(engine) == head_now:
        return None  # the usual case: nothing to do, and Alembic need not be imported
    from alembic import command

    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return None
    check_known_revision(engine, current)  # before any backup: a newer file is not upgraded
    backup = None
    path = sqlite_path(str(engine.url))
    if backup_first and current is not None and path is not None and path.exists():
        backup = backup_sqlite(path, f"before-{head}", rotate=False)
    cfg = _alembic_config(engine)
    with engine.connect() as conn:
        raw: Any = None
        if path is not None:
            # Batch migrations rebuild SQLite tables (copy, DROP, rename); with foreign keys on,
            # the DROP would cascade into the child tables. The pragma only works outside a
            # transaction, so it is set before BEGIN and checked before COMMIT.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            # pysqlite runs DDL outside any transaction unless told otherwise: BEGIN ourselves,
            # so that a failed or interrupted upgrade leaves nothing half-done.
            raw = conn.connection.dbapi_connection
            old_level = raw.isolation_level
            raw.isolation_level = None
        try:
            with conn.begin():
                if raw is not None:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")  # waits for another upgrader
                elif conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(2026112601)")
                current = current_revision_on(conn)
                if current == head:
                    return backup  # another client did it meanwhile
                if current is None and inspect(conn).get_table_names():
                    raise _foreign(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if raw is not None:
                raw.isolation_level = old_level
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    if backup is not None and path is not None:
        rotate_backups(path)  # the upgrade is done: now old copies may go
    return backup


class NewerProjectError(InputError):
    """The project's schema revision is one this version of Bitgeul does not know."""


def known_revisions(engine: Engine) -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(engine))
    return [r.revision for r in script.walk_revisions()]


def check_known_revision(engine: Engine, current: str | None) -> None:
    """Refuse, in one line and before anything is written, a project a newer Bitgeul upgraded."""
    if current is not None and current not in known_revisions(engine):
        where = str(sqlite_path(str(engine.url)) or redact(str(engine.url)))
        raise NewerProjectError(where, f"this project was saved by a newer Bitgeul (schema "
                                f"{current[:40]!r}); install that version to open it — the "
                                "file was not changed")


def _refuse_unasked_upgrade(engine: Engine, url: str) -> None:
    current = current_revision(engine)
    head = head_revision(engine)
    if current is None or current == head:
        return
    check_known_revision(engine, current)
    engine.dispose()
    raise SharedUpgradeNeeded(redact(url), f"the team database is at schema {current!r} and "
                              f"this Bitgeul needs {head!r}; upgrading changes it for everyone. "
                              "Back it up (pg_dump), then run `bitgeul upgrade --db …` as the "
                              "database's owner role")


def _foreign(engine: Engine) -> RuntimeError:
    return RuntimeError(f"{engine.url.database}: not a Bitgeul project (unknown tables)")


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


class SharedUpgradeNeeded(InputError):
    """A shared (PostgreSQL) database needs a schema upgrade, which is never done unasked."""


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True,
                  backup: bool = True, read_only: bool = False,
                  upgrade_shared: bool = False) -> Database:
    """Open a project: integrity check, daily backup, migrations (SQLite checks and backups).

    A big SQLite project gets its full integrity check once a day, with its backup (see
    CHECK_EVERY_OPEN_BYTES).

    ``read_only`` (SQLite only: a project another window has open) writes nothing at all: no
    backup, no migration, and every write of the session fails with a ProjectStorageError.

    A shared database (PostgreSQL) at an older schema is upgraded only with ``upgrade_shared``
    (``bitgeul upgrade``): the upgrade changes it for the whole team, needs the owner role, and
    Bitgeul cannot back it up itself. Otherwise :class:`SharedUpgradeNeeded` says what to do.
    A new, empty database is set up without asking.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if read_only and not path.exists():
            raise ProjectStorageError(str(path), "no such project file")
        backup_now = backup and not read_only and path.exists() and backup_due(path)
        checked = backup_now or needs_check(path)
        if checked:
            check_sqlite(path)
        try:
            check_schema(path)  # before a backup copies a trigger, before a query meets a view
        except sqlite3.DatabaseError:
            if not checked:
                check_sqlite(path)  # say it is damaged, and which backups are good
            raise
        if backup_now:
            daily_backup(path)
    engine = make_engine(url, read_only=read_only and path is not None)
    if read_only:
        head = quick_head() or head_revision(engine)
        if _quick_current(engine) != head:
            engine.dispose()
            raise ProjectStorageError(str(path or url), "this project needs an upgrade, which "
                                      "cannot happen while it is opened read-only")
    elif migrate:
        if path is None and not upgrade_shared:
            _refuse_unasked_upgrade(engine, url)
        upgrade(engine, backup_first=backup)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
