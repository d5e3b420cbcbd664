"""Opening a project database: where it lives, connection settings, migrations, backups."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_DB = "BITGEUL_DB"
BACKUPS_KEPT = 5


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


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the GUI read while a worker writes; FULL sync because a decision that the UI has
    # shown as saved must survive a power cut, and single-decision writes are tiny.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(postgres_driver(url), pool_pre_ping=True)


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


def backup_sqlite(path: Path, tag: str) -> Path:
    """Copy a live SQLite file consistently (backup API, WAL-safe) and keep the newest few."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{tag}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    for stale in backups_of(path)[BACKUPS_KEPT:]:
        stale.unlink(missing_ok=True)
    return target


class DamagedProjectError(RuntimeError):
    """The SQLite file failed its integrity check; ``backups`` lists good copies, newest first."""

    def __init__(self, path: Path, detail: str, backups: list[Path]) -> None:
        self.path = path
        self.backups = backups
        hint = f"; the newest backup is {backups[0]}" if backups else "; no backup was found"
        super().__init__(f"{path}: the project file is damaged ({detail}){hint}")


def backups_of(path: Path) -> list[Path]:
    """Backup copies of a project file, newest first."""
    return sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"),
                  key=lambda p: p.stat().st_mtime, reverse=True)


def check_sqlite(path: Path) -> None:
    """Refuse a damaged file at open, before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(path, str(exc), backups_of(path)) from exc
    if rows != [("ok",)]:
        raise DamagedProjectError(path, str(rows[0][0])[:200], backups_of(path))


def daily_backup(path: Path) -> Path | None:
    """Keep one rotating copy per day of use (besides the ones made before migrations)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    newest = backups_of(path)
    if newest and datetime.now().timestamp() - newest[0].stat().st_mtime < 24 * 3600:
        return None
    return backup_sqlite(path, "daily")


def restore_backup(backup: Path, path: Path) -> None:
    """Put a backup in place of a damaged file; the damaged file is kept beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if path.exists():
        path.replace(path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}"))
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    src = sqlite3.connect(backup)
    try:
        dst = sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the newest migration; back an existing SQLite file up first.

    Returns the backup's path when one was made. The upgrade is one transaction on both
    backends, and two clients upgrading at once take turns (the second finds it done).
    """
    from alembic import command

    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return None
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None and path.exists():
        backup = backup_sqlite(path, f"before-{head}")
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
    return backup


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


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True,
                  backup: bool = True) -> Database:
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite(path)
        if backup:
            daily_backup(path)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
