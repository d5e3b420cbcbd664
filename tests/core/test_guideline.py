"""The annotation guideline ships with the package and speaks of every built-in label."""

from __future__ import annotations

from models.domain import DEFAULT_LABELS
from models.guideline import guideline_markdown


def test_one_section_per_built_in_label_and_the_relation() -> None:
    text = guideline_markdown()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    for name, _colour, _key in DEFAULT_LABELS:
        assert any(h.startswith(f"## {name} ") for h in headings), name
    assert any("AMOUNT_FOR" in h for h in headings)


def test_it_states_the_conventions_the_engine_follows() -> None:
    text = guideline_markdown()
    for example in ("`서울 서초구 서초동`", "`김`모", "`2년간`", "`미국 연방 하원`", "`정부`"):
        assert example in text
