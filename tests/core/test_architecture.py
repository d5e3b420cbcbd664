"""The core stays headless, typed and lint-clean (checked on every test run)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_core_runs_with_qt_unimportable(tmp_path: Path) -> None:
    """Import every module of ``models`` and run the CLI with PySide6 made unimportable."""
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys, json
        sys.modules["PySide6"] = None  # any "import PySide6…" now raises ImportError
        sys.modules["desktop"] = None
        import models
        for mod in pkgutil.walk_packages(models.__path__, "models."):
            if ".migrations" in mod.name or mod.name.endswith("__main__"):
                continue
            importlib.import_module(mod.name)
        from models.cli.main import main
        code = main(["--db", {str(tmp_path / "p.sqlite3")!r}, "stats", "--json"])
        assert not any(m.startswith("PySide6") for m in sys.modules if sys.modules[m] is not None)
        sys.exit(code)
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["documents"] == 0


def test_import_linter_contract_is_kept() -> None:
    out = subprocess.run([_tool("lint-imports")], cwd=REPO, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    # At least: the core never imports Qt or the desktop, the core's layers, the desktop away
    # from the ORM, the desktop's rooms.
    kept = re.search(r"(\d+) kept, 0 broken", out.stdout)
    assert kept is not None and int(kept.group(1)) >= 4, out.stdout


def test_ruff_is_clean_on_the_core() -> None:
    out = subprocess.run([_tool("ruff"), "check", "models"], cwd=REPO, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_mypy_is_clean_on_the_core() -> None:
    # The desktop too, where PySide6 is installed: the headless CI job has no Qt to check it by.
    import importlib.util

    targets = ["models"] + (["desktop"] if importlib.util.find_spec("PySide6") else [])
    out = subprocess.run([_tool("mypy"), *targets], cwd=REPO, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr


def test_no_module_grows_past_600_lines() -> None:
    big = [f"{p.relative_to(REPO)} ({n})" for p in REPO.glob("[md]*/**/*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert not big, big


def test_the_headless_ci_job_installs_every_requirement_but_qt() -> None:
    """.github/workflows/ci.yml proves the core without PySide6; it names the requirements one by
    one, and a requirement added to pyproject.toml but not there failed 30 core tests there."""
    import re
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    ci = (REPO / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    line = next(x for x in ci.splitlines() if "pip install --no-deps -e ." in x)
    named = {re.split(r"[<>=\[]", w.strip('"'))[0].lower() for w in line.split()}
    wanted = {re.split(r"[<>=\[ ]", req)[0].lower() for req in project["dependencies"]}
    missing = wanted - {"pyside6-essentials"} - named
    assert not missing, f"ci.yml's headless job does not install {sorted(missing)}"
    assert "pyside6-essentials" not in named and "pyside6" not in named

