"""Build the frozen bundle, run it from a folder named in Hangul, and measure it.

Shared by tests/packaging/test_bundle.py (slow test) and tests/bench/bench_bundle.py (JSON
numbers). Plain functions around subprocesses: nothing here imports PyInstaller or Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# The folder the bundle is copied into: Hangul and a space, as researchers name folders.
HANGUL_FOLDER = "빛글 설치본"
SELFTEST_STEPS = ("kiwi", "analyze", "store", "xlsx", "window")


@dataclass(frozen=True)
class Build:
    exe: Path          # the executable (inside the onedir folder, or Bitgeul.app on macOS)
    bundle: Path       # the onedir folder (or the .app)
    seconds: float     # wall time of packaging/build.py
    log: str           # build.py's stdout and stderr


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def build(dist: Path, work: Path, python: str | None = None, timeout: float = 1800) -> Build:
    """Run packaging/build.py --no-installer; its last stdout line is the executable's path."""
    started = time.perf_counter()
    proc = subprocess.run(
        [python or sys.executable, str(HERE / "build.py"), "--no-installer",
         "--dist", str(dist), "--work", str(work)],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=timeout,
    )
    seconds = time.perf_counter() - started
    log = proc.stdout + "\n--- stderr ---\n" + proc.stderr
    if proc.returncode != 0:
        raise RuntimeError(f"packaging/build.py failed ({proc.returncode}):\n{log[-6000:]}")
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    exe = Path(lines[-1].strip())
    bundle = exe.parents[2] if sys.platform == "darwin" else exe.parent
    return Build(exe=exe, bundle=bundle, seconds=seconds, log=log)


def copy_bundle(bundle: Path, parent: Path) -> Path:
    """Copy the onedir folder (or .app) into ``parent``; returns the copy's folder."""
    parent.mkdir(parents=True, exist_ok=True)
    dest = parent / bundle.name
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(bundle, dest, symlinks=True)
    return dest


def relocated_exe(build_: Build, copy: Path) -> Path:
    return copy / build_.exe.relative_to(build_.bundle)


def dir_size(path: Path) -> int:
    """Bytes in regular files under ``path`` (symlinks not followed, as on disk)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            p = Path(root) / name
            if not p.is_symlink():
                total += p.stat().st_size
    return total


def qt_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)  # the frozen app must not see the source tree
    env.update(extra or {})
    return env


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
        timeout: float = 900) -> Run:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env or qt_env(), capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)
    return Run(proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started)


def frozen_selftest(exe: Path) -> Run:
    # Run from inside the copied folder so that nothing resolves against the repository.
    return run([str(exe), "--selftest"], cwd=exe.parent)


def source_selftest(python: str | None = None) -> Run:
    return run([python or sys.executable, "-m", "desktop", "--selftest"], cwd=REPO)


def selftest_problems(result: Run) -> list[str]:
    """What is missing from a selftest's output (empty when every step passed)."""
    problems = []
    lines = result.stdout.splitlines()
    for step in SELFTEST_STEPS:
        if not any(line.startswith("selftest:") and line.split()[1:3] == [step, "ok"]
                   for line in lines):
            problems.append(f"step {step!r} did not report ok")
    if not any("all steps passed" in line for line in lines):
        problems.append("no 'all steps passed' line")
    if result.returncode != 0:
        problems.append(f"exit code {result.returncode}")
    return problems
