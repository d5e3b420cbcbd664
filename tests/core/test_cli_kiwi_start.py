"""``bitgeul analyze`` starts loading Kiwi before it imports the engine and reads its input; a
command that fails meanwhile still exits cleanly with its one-line message; ``suggest`` with
nothing to do loads no Kiwi at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.core.test_cli import REPO, _env, bitgeul


def in_process(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=300, env=_env())
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_analyze_starts_kiwi_before_it_reads_its_input(tmp_path: Path) -> None:
    missing = tmp_path / "없는.jsonl"
    state = in_process(
        "from models.cli.main import main\n"
        f"rc = main(['analyze', '--input', {str(missing)!r}])\n"
        "from models.nlp import kiwi_runtime\n"
        "print(rc, kiwi_runtime.state())\n")
    assert state == "2 ready"  # started before the input failed, and waited for before exit


def test_a_failed_analyze_exits_with_2_and_one_line(tmp_path: Path) -> None:
    out = bitgeul("analyze", "--input", str(tmp_path / "없는.jsonl"), check=False)
    assert out.returncode == 2, out.stderr
    assert "없는.jsonl" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_a_suggest_with_nothing_to_do_loads_no_kiwi(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite3"
    src = tmp_path / "기사.txt"
    src.write_text("빛글군은 12일 해솔 체육관 건립(120억원)을 발표했다.\n", encoding="utf-8")
    bitgeul("import", str(src), db=db)
    bitgeul("suggest", "--no-progress", db=db)
    state = in_process(
        "from models.cli.main import main\n"
        f"rc = main(['--db', {str(db)!r}, 'suggest', '--no-progress'])\n"
        "import sys\n"
        "runtime = sys.modules.get('models.nlp.kiwi_runtime')\n"
        "bulk = sys.modules.get('models.bulk')\n"
        "print(rc, runtime.state() if runtime else 'not loaded', len(bulk._cache) if bulk else 0)\n")
    assert state == "0 not loaded 0"
