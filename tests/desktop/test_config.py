"""Preferences on disk: written atomically, read back, and a failed write keeps the old file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.config import ENV_CONFIG_DIR, Preferences
from models.domain import InputError


def test_preferences_round_trip_and_a_failed_save_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))
    Preferences(annotator="김연구", font_size=15, theme="dark").save()
    back = Preferences.load()
    assert (back.annotator, back.font_size, back.theme) == ("김연구", 15, "dark")
    saved = (tmp_path / "config" / "settings.json").read_text(encoding="utf-8")
    assert "김연구" in saved  # readable by a person, not \\u-escaped

    # A settings.json that cannot be replaced (here a folder in its place): the save fails with
    # one line naming the file, and no temporary file is left behind.
    target = tmp_path / "other" / "settings.json"
    target.mkdir(parents=True)
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "other"))
    with pytest.raises(InputError) as err:
        Preferences(annotator="박검토").save()
    assert "settings.json" in str(err.value) and len(str(err.value).splitlines()) == 1
    assert [p.name for p in (tmp_path / "other").iterdir()] == ["settings.json"]
    assert Preferences.load().annotator == ""  # unreadable: the defaults, never a crash
