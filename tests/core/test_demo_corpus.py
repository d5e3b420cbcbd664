"""The bundled demo corpus: well-formed, has the traps the report must handle, and is our own text."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_FILE = REPO_ROOT / "resources" / "demo" / "articles.jsonl"
SEED_FILE = REPO_ROOT.parent / "shared" / "data" / "seed-article.txt"

# A number followed by 조/억 (천억 included), e.g. 1조2000억원, 3,500억원, 2천억 원, 5억 달러.
EOK_OR_JO = re.compile(r"\d[\d,.]*\s*천?\s*(?:조|억)")


def load_demo() -> list[dict[str, Any]]:
    lines = DEMO_FILE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_line_is_an_article_with_metadata() -> None:
    articles = load_demo()
    assert len(articles) >= 8
    for art in articles:
        assert isinstance(art["text"], str) and art["text"].strip()
        assert unicodedata.is_normalized("NFC", art["text"])
        meta = art["meta"]
        for key in ("title", "date", "outlet"):
            assert isinstance(meta[key], str) and meta[key].strip(), key
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"])


def test_articles_have_realistic_length() -> None:
    for art in load_demo():
        assert 800 <= len(art["text"]) <= 2500, art["meta"]["title"]


def test_some_article_repeats_a_paragraph() -> None:
    def repeats(text: str) -> bool:
        lines = [ln.strip() for ln in text.split("\n") if len(ln.strip()) >= 20]
        return len(lines) != len(set(lines))

    assert sum(repeats(art["text"]) for art in load_demo()) >= 1


def test_a_wire_story_appears_in_two_outlets() -> None:
    by_body: dict[str, set[str]] = {}
    for art in load_demo():
        by_body.setdefault(art["text"], set()).add(art["meta"]["outlet"])
    assert any(len(outlets) >= 2 for outlets in by_body.values())


def test_every_article_mentions_an_eok_or_jo_amount() -> None:
    for art in load_demo():
        assert EOK_OR_JO.search(art["text"]), art["meta"]["title"]


def test_no_text_is_copied_from_the_seed_article() -> None:
    if not SEED_FILE.exists():
        pytest.skip("seed article not available")
    seed = unicodedata.normalize("NFC", SEED_FILE.read_text(encoding="utf-8"))
    width = 40
    seed_windows = {seed[i : i + width] for i in range(len(seed) - width + 1)}
    for art in load_demo():
        text = art["text"]
        for i in range(len(text) - width + 1):
            assert text[i : i + width] not in seed_windows, text[i : i + width]
