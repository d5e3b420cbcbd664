"""Helpers for the crash tests: start a real process, kill it with SIGKILL, check the file.

A "victim" is a subprocess (the CLI, the decision driver, the workbench) whose stdout lines are
collected by a thread. Lines printed before the kill are still read afterwards: an "ACK" line
printed after a commit is an acknowledgement even if the kill came a microsecond later.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("crash_driver.py")
# Each victim gets a fresh settings folder, all under one folder removed when the tests end
# (they were left behind in the system's temp folder, thousands of them).
_CONFIGS = tempfile.TemporaryDirectory(prefix="bitgeul-crash-configs-")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    if "BITGEUL_CONFIG_DIR" not in env:
        env["BITGEUL_CONFIG_DIR"] = tempfile.mkdtemp(prefix="config-", dir=_CONFIGS.name)
    env.pop("BITGEUL_DB", None)
    return env


def crash_rng() -> tuple[random.Random, int]:
    """Random kill moments; the seed is in every failure message (BITGEUL_CRASH_SEED repeats it)."""
    seed = int(os.environ.get("BITGEUL_CRASH_SEED") or int.from_bytes(os.urandom(4), "big"))
    return random.Random(seed), seed


class Victim:
    def __init__(self, args: Sequence[str], cwd: Path | None = None,
                 preexec_fn: Callable[[], None] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, *args], cwd=cwd or REPO, env=child_env(), stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
            preexec_fn=preexec_fn)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        self._threads = [threading.Thread(target=self._pump, daemon=True),
                         threading.Thread(target=self._pump_err, daemon=True)]
        for t in self._threads:
            t.start()
        self.killed = False

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def _pump_err(self) -> None:
        assert self.proc.stderr is not None
        self._stderr.extend(self.proc.stderr)

    def wait_for(self, predicate: Callable[[list[str]], bool], timeout: float = 60) -> bool:
        """Collect lines until ``predicate(lines)`` holds, the process ends or time runs out."""
        end = time.monotonic() + timeout
        while not predicate(self.lines):
            left = end - time.monotonic()
            if left <= 0:
                return False
            try:
                line = self._queue.get(timeout=min(left, 0.5))
            except queue.Empty:
                continue
            if line is None:
                self._queue.put(None)
                return predicate(self.lines)
            self.lines.append(line)
        return True

    def wait_acks(self, n: int, timeout: float = 60) -> bool:
        """Until ``n`` ACK lines have come (or the process ended, or time ran out)."""
        return self.wait_for(lambda lines: len(acks(lines)) >= n, timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.killed = True

    def finish(self, timeout: float = 120) -> list[str]:
        """Wait for the end (after a kill, or a normal exit); every line it printed."""
        self.proc.wait(timeout=timeout)
        for t in self._threads:
            t.join(timeout=10)
        while True:
            line = self._queue.get()
            if line is None:
                break
            self.lines.append(line)
        return self.lines

    @property
    def stderr(self) -> str:
        return "".join(self._stderr)

    @property
    def died_by_kill(self) -> bool:
        return self.proc.returncode == -signal.SIGKILL


def acks(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(group id, commands in the group) of every "ACK <group> <n>" line."""
    out = []
    for line in lines:
        if line.startswith("ACK "):
            parts = line.split()
            out.append((int(parts[1]), int(parts[2]) if len(parts) > 2 else 1))
    return out


def integrity(path: Path) -> None:
    """The whole file is sound: integrity_check ok, no dangling foreign keys."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def query(path: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def check_decision_groups(path: Path) -> int:
    """Every group in the log is whole (its size is in its description, "crash <n>"), and every
    "create" decision's annotation exists; returns the number of groups checked."""
    groups = query(path, "SELECT group_id, count(*), min(description) FROM decisions "
                   "GROUP BY group_id")
    for gid, count, desc in groups:
        if desc.startswith("crash "):
            assert count == int(desc.split()[1]), f"group {gid} is partial: {count} of {desc}"
    missing = query(path, "SELECT d.id FROM decisions d LEFT JOIN annotations a "
                    "ON a.id = d.annotation_id WHERE d.action = 'create' AND a.id IS NULL")
    assert missing == [], f"decisions whose annotation is missing: {missing[:5]}"
    return len(groups)


def drop_capability_override() -> None:
    """preexec_fn: the child obeys file permissions even as root (tests run as root in CI).

    Root ignores read-only folders through CAP_DAC_OVERRIDE; dropping it (and its siblings)
    from the bounding set before exec leaves the child an ordinary user as far as file
    permissions go. Needs CAP_SETPCAP, which root in a container has.
    """
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for cap in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_as_plain_user(args: Sequence[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a Python child that obeys file permissions (see drop_capability_override)."""
    preexec = drop_capability_override if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    return subprocess.run([sys.executable, *args], cwd=cwd or REPO, env=child_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          preexec_fn=preexec)


@contextmanager
def full_disk(db: Path, spare_pages: int = 0) -> Iterator[None]:
    """From now on, no SQLite connection can grow ``db`` by more than ``spare_pages`` pages:
    SQLite's own limit (PRAGMA max_page_count) fails writes exactly as a full disk does."""
    from sqlalchemy import Engine, event

    (pages,), = query(db, "PRAGMA page_count")

    def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    event.listen(Engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(Engine, "connect", limit)
