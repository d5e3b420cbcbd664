"""Opening a project database: where it lives, connection settings, migrations, backups."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
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
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
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
    old = sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the newest migration; back an existing SQLite file up first.

    Returns the backup's path when one was made.
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
    elif current is None and inspect(engine).get_table_names():
        raise RuntimeError(f"{engine.url.database}: not a Bitgeul project (unknown tables)")
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    url = resolve_url(db)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
