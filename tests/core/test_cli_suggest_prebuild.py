"""The CLI starts loading Kiwi before it opens the project or imports the engine, and a command
that fails meanwhile still exits cleanly with its one-line message."""

from __future__ import annotations

from pathlib import Path

from models.cli.suggest import BULK_DOCS
from models.suggest import BULK_THRESHOLD
from tests.core.test_cli import bitgeul


def test_the_cli_knows_the_bulk_threshold() -> None:
    assert BULK_DOCS == BULK_THRESHOLD


def test_a_failed_suggest_or_analyze_waits_for_kiwi_and_exits_with_2(tmp_path: Path) -> None:
    not_a_project = tmp_path / "메모.sqlite3"
    not_a_project.write_text("이건 프로젝트가 아니다\n" * 200, encoding="utf-8")
    out = bitgeul("suggest", "--no-progress", db=not_a_project, check=False)
    assert out.returncode == 2, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    out = bitgeul("analyze", "--input", str(tmp_path / "없는.jsonl"), check=False)
    assert out.returncode == 2, out.stderr
    assert "없는.jsonl" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_a_small_suggest_run_uses_the_kiwi_loaded_ahead(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    src = tmp_path / "기사.txt"
    src.write_text("빛글군은 12일 해솔 체육관 건립(120억원)을 발표했다.\n", encoding="utf-8")
    bitgeul("import", str(src), db=db)
    out = bitgeul("suggest", "--no-progress", db=db)
    assert "analysed 1 documents" in out.stdout
