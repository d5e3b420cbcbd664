"""Bitgeul's annotation guideline (resources/guideline/guideline.md, shipped as package data).

The app shows it from Help → Annotation guideline; the core only reads it, so that the CLI,
the tests and the app read the same text.
"""

from __future__ import annotations

from importlib import resources


def guideline_markdown() -> str:
    """The guideline as Markdown (Korean)."""
    return resources.files("resources").joinpath("guideline", "guideline.md").read_text(
        encoding="utf-8")
