"""Qt set-up for the workbench tests: offscreen, private settings, real temp projects."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display needed, and never touch the user's settings.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# (a TemporaryDirectory kept for the whole session: removed when the tests end)
_CONFIG = tempfile.TemporaryDirectory(prefix="bitgeul-test-config-")
os.environ["BITGEUL_CONFIG_DIR"] = _CONFIG.name

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from models.domain import Analysis, Relation, Span, Value  # noqa: E402
from models.store.project import ProjectStore  # noqa: E402

# Spans (text to find, label, value) proposed for the first demo article, in text order; the
# LOCATION on the institute is a deliberate mistake for the relabel test.
FIRST_DOC_SPANS = [
    ("남궁현", "PERSON", None),
    ("광주과학기술원", "LOCATION", None),
    ("8일", "DATE", Value(date="2026-03-08")),
    ("120여명", "QUANTITY", Value(value=120, unit="명", approx=True)),
    ("국가 AI 컴퓨팅센터 2호기 구축", "PROJECT", None),
    ("1조2000억원", "MONEY", Value(value=1.2e12, low=1.2e12, high=1.2e12, currency="KRW")),
    ("3000억원", "MONEY", Value(value=3e11, low=3e11, high=3e11, currency="KRW")),
]


def analysis_for(text: str, wanted: list[tuple[str, str, Value | None]]) -> Analysis:
    spans = []
    pos = 0
    for needle, label, value in wanted:
        start = text.index(needle, pos)
        spans.append(Span(start, start + len(needle), label, needle, "test", 0.9, value))
        pos = start + len(needle)
    return Analysis(spans=spans, relations=[])


def make_demo_project(path: Path, annotator: str = "tester") -> ProjectStore:
    """The bundled demo corpus, with fixed suggestions on every document (no engine needed)."""
    from models.demo import demo_docs

    store = ProjectStore.open(path, annotator)
    summary = store.add_documents(demo_docs())
    for i, doc_id in enumerate(summary.document_ids):
        (doc_id_, text, _d), = store.texts([doc_id])
        if i == 0:
            analysis = analysis_for(text, FIRST_DOC_SPANS)
        else:
            # Every "억원" amount of the other articles, so the list has open suggestions.
            spans = []
            start = text.find("억원")
            while start >= 0 and len(spans) < 5:
                a = start
                while a > 0 and (text[a - 1].isdigit() or text[a - 1] in ",조"):
                    a -= 1
                if a < start:
                    spans.append(Span(a, start + 2, "MONEY", text[a:start + 2], "test", 0.8))
                start = text.find("억원", start + 2)
            analysis = Analysis(spans=spans)
        store.save_analysis(doc_id_, "test-engine", analysis)
    return store


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    make_demo_project(path).close()
    return path


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    from desktop.shell.startup import make_app

    return make_app("en")


@pytest.fixture
def korean(qapp):  # type: ignore[no-untyped-def]
    """The app in Korean, as a researcher runs it; English again afterwards (the other tests
    read the English source strings)."""
    from desktop.shell.app import make_app

    app = make_app("ko")
    yield app
    make_app("en")


@pytest.fixture
def prefs():  # type: ignore[no-untyped-def]
    from desktop.config import Preferences

    return Preferences(annotator="tester", language="en")


__all__ = ["FIRST_DOC_SPANS", "Relation", "analysis_for", "date", "make_demo_project"]
