"""The bundled demo articles (resources/demo): ``bitgeul demo`` and a new default project."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from models.domain import ImportedDoc
from models.importers.registry import read_file


def demo_docs() -> list[ImportedDoc]:
    path = Path(str(files("resources") / "demo" / "articles.jsonl"))
    return read_file(path).docs
