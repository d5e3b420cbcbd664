"""Opening projects: the default project (created with the demo corpus on first run) or any
SQLite path / SQLAlchemy URL."""

from __future__ import annotations

import os

from models.store.db import ENV_DB, open_database, resolve_url, sqlite_path
from models.store.project import ProjectStore


def is_new_default(db: str | None) -> bool:
    """True when ``db`` means the default project and its file does not exist yet."""
    if db is not None:
        return False
    url = resolve_url(None)
    path = sqlite_path(url)
    return path is not None and not path.exists()


def open_project(db: str | None, annotator: str | None = None, *,
                 read_only: bool = False) -> tuple[ProjectStore, bool]:
    """Open (and migrate) a project; returns (store, seeded with the demo corpus).

    ``read_only``: a project another window has open; nothing is written, not even a backup.
    """
    if read_only:
        return ProjectStore(open_database(db, read_only=True), annotator or None), False
    seed = is_new_default(db)
    store = ProjectStore.open(db, annotator or None)
    if seed:
        from models.demo import demo_docs

        store.add_documents(demo_docs())
    return store, seed


def display_name(url: str) -> str:
    path = sqlite_path(url)
    if path is None:
        return url.split("@")[-1]  # never show a password
    default = sqlite_path(resolve_url(None)) if not os.environ.get(ENV_DB) else None
    return path.stem if path != default else "default"
