"""Shared fixtures. The core's tests need no Qt; tests/desktop sets up Qt for itself."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["conftest_pg"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture
def seed_article() -> Path:
    path = SHARED / "seed-article.txt"
    if not path.exists():
        pytest.skip("the user's example article (../shared/data) is not here")
    return path


@pytest.fixture
def kmou_dir() -> Path:
    path = SHARED / "kmou-ner" / "corpus"
    if not path.exists():
        pytest.skip("the KMOU corpus (../shared/data/kmou-ner) is not here")
    return path


@pytest.fixture
def store(tmp_path):
    from models.store.project import ProjectStore

    s = ProjectStore.open(tmp_path / "project.sqlite3", "tester")
    yield s
    s.close()
