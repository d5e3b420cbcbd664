"""User preferences (a small JSON file) and window state (QSettings).

Annotator name, UI language, font size and theme live in ``settings.json`` in the user config
folder, a plain file a support person can read. QSettings holds only what Qt itself restores:
window geometry, dock layout and the recent-projects list. ``$BITGEUL_CONFIG_DIR`` moves both
(tests, portable installs).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from models.fileio import atomic_write
from models.store.secrets import without_password

ENV_CONFIG_DIR = "BITGEUL_CONFIG_DIR"
RECENT_MAX = 8


def config_dir() -> Path:
    raw = os.environ.get(ENV_CONFIG_DIR)
    if raw:
        return Path(raw)
    import platformdirs

    return Path(platformdirs.user_config_dir("Bitgeul", appauthor=False))


@dataclass
class Preferences:
    annotator: str = ""  # empty: the store's default (OS user name)
    language: str = "ko"
    font_size: int = 13  # article text, in points
    theme: str = "system"  # system / light / dark
    auto_advance: bool = True  # after accept/reject, select the next suggestion
    uncertainty_first: bool = False  # Model → Uncertain suggestions first
    auto_train: bool = True  # Model → Automatic training

    @classmethod
    def load(cls) -> Preferences:
        path = config_dir() / "settings.json"
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        prefs = cls(**{k: v for k, v in data.items() if k in known})
        prefs.font_size = max(8, min(40, int(prefs.font_size)))
        return prefs

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        # The core's atomic write: flushed to disk before it replaces the old file, so a crash or
        # a full disk keeps the previous settings, and a failure is one line naming the file.
        with atomic_write(folder / "settings.json") as fh:
            fh.write(json.dumps(asdict(self), ensure_ascii=False, indent=2))


def qsettings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def recent_projects() -> list[str]:
    """Recent projects, never with a password (an older version stored whole URLs: such an
    entry is cleaned on the spot)."""
    value = qsettings().value("recent", [])
    if isinstance(value, str):
        items = [value] if value else []
    else:
        items = [str(v) for v in value if v] if isinstance(value, list) else []
    clean = list(dict.fromkeys(without_password(u) for u in items))
    if clean != items:
        qsettings().setValue("recent", clean)
    return clean


def add_recent_project(url: str) -> list[str]:
    """Put ``url`` first, without its password (passwords live in libpq's password file)."""
    url = without_password(url)
    items = [url] + [u for u in recent_projects() if u != url]
    items = items[:RECENT_MAX]
    qsettings().setValue("recent", items)
    return items


def clear_recent_projects() -> None:
    qsettings().remove("recent")


def _project_key(url: str) -> str:
    import hashlib

    return hashlib.sha1(without_password(url).encode("utf-8")).hexdigest()[:16]


def last_document(url: str) -> int | None:
    value = qsettings().value(f"last_document/{_project_key(url)}")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def set_last_document(url: str, doc_id: int | None) -> None:
    if doc_id is not None:
        qsettings().setValue(f"last_document/{_project_key(url)}", doc_id)
