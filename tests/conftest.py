"""Shared fixtures. The core's tests need no Qt; tests/desktop sets up Qt for itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = ["conftest_pg"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"

# Property tests check behaviour, not speed: on a loaded 2-core machine generating inputs can be
# slow, and Hypothesis' timing checks then fail tests that are right.
settings.register_profile("bitgeul", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("bitgeul")


@pytest.fixture(autouse=True)
def _core_messages_as_raised():
    """A workbench test sets the core's message language for the whole process (as the app
    does once); the next test starts from the command line's English again."""
    from models import messages

    before = messages.language()
    yield
    messages.set_language(before)


@pytest.fixture(scope="session")
def kiwi():  # type: ignore[no-untyped-def]
    """One Kiwi for the whole test run, as the engine keeps one per process (it takes seconds
    to build; nothing in the tests changes it)."""
    from models.nlp.kiwi_runtime import build_kiwi

    return build_kiwi()


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
