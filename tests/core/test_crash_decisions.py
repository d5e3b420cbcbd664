"""SIGKILL while decisions are being written: every acknowledged decision is there, no group is
partial, the file passes integrity_check and opens again (quick_check, migrations).

The writer is a real process (tests/core/crash_driver.py) doing what the workbench does per key
press: ProjectStore.execute, then "ACK" once the commit has returned.
"""

from __future__ import annotations

import time
from pathlib import Path

from crash_helpers import (
    DRIVER,
    Victim,
    acks,
    check_decision_groups,
    crash_rng,
    integrity,
    query,
)

from models.domain import ImportedDoc
from models.store.project import ProjectStore

RUNS = 30  # kill runs of one writer
PAIR_RUNS = 4  # kill runs with two writers at once


def make_project(path: Path, n_docs: int = 12) -> None:
    store = ProjectStore.open(path, "setup")
    store.add_documents([ImportedDoc(
        f"{i}번째 기사입니다. 부산광역시는 올해 항만 재개발 사업에 {i + 1}조원을 투입하고, "
        f"해양수산부는 {i * 3 + 5}억원 규모의 연구 과제를 새로 발주한다고 밝혔다.")
        for i in range(n_docs)])
    store.close()


def check_acked(db: Path, acked: list[tuple[int, int]], seed: int) -> None:
    counts = dict(query(db, "SELECT group_id, count(*) FROM decisions GROUP BY group_id"))
    lost = [(gid, n) for gid, n in acked if counts.get(gid) != n]
    assert not lost, f"acknowledged decisions lost or partial (seed {seed}): {lost[:5]}"


def test_acknowledged_decisions_survive_sigkill(tmp_path: Path) -> None:
    rng, seed = crash_rng()
    db = tmp_path / "결정 기록.sqlite3"
    make_project(db)
    total_acked = killed = 0
    for run in range(RUNS):
        victim = Victim([str(DRIVER), str(db), "kim", str(rng.randrange(1 << 30))])
        if run % 6 == 5:
            # Now and then while it is still opening the project (backup, checks, migrations).
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            assert victim.wait_for(lambda lines: "READY" in lines), victim.stderr[-2000:]
            victim.wait_acks(rng.randint(0, 25))
            time.sleep(rng.uniform(0.0, 0.01))
        victim.kill()
        lines = victim.finish()
        killed += victim.died_by_kill
        assert victim.died_by_kill or victim.proc.returncode == 0, victim.stderr[-2000:]
        acked = acks(lines)
        total_acked += len(acked)
        integrity(db)
        check_acked(db, acked, seed)
        check_decision_groups(db)
        ProjectStore.open(db, "kim").close()  # quick_check and migrations at open
    assert killed >= RUNS - 2 and total_acked > RUNS, (killed, total_acked, seed)
    print(f"decision crash runs: {RUNS}, killed {killed}, acknowledged groups checked "
          f"{total_acked} (seed {seed})")


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    """WAL and the busy timeout: two processes writing the same project take turns."""
    db = tmp_path / "shared.sqlite3"
    make_project(db)
    a = Victim([str(DRIVER), str(db), "kim", "1", "40"])
    b = Victim([str(DRIVER), str(db), "lee", "2", "40"])
    lines_a, lines_b = a.finish(), b.finish()
    assert a.proc.returncode == 0, a.stderr[-2000:]
    assert b.proc.returncode == 0, b.stderr[-2000:]
    assert len(acks(lines_a)) == len(acks(lines_b)) == 40
    integrity(db)
    check_acked(db, acks(lines_a) + acks(lines_b), 0)
    check_decision_groups(db)
    by_who = dict(query(db, "SELECT annotator, count(DISTINCT group_id) FROM decisions "
                        "GROUP BY annotator"))
    assert by_who == {"kim": 40, "lee": 40}


def test_two_writers_killed_at_random_moments(tmp_path: Path) -> None:
    rng, seed = crash_rng()
    db = tmp_path / "shared.sqlite3"
    make_project(db)
    total_acked = 0
    for _run in range(PAIR_RUNS):
        pair = [Victim([str(DRIVER), str(db), who, str(rng.randrange(1 << 30))])
                for who in ("kim", "lee")]
        for v in pair:
            assert v.wait_for(lambda lines: "READY" in lines), v.stderr[-2000:]
        first, second = rng.sample(pair, 2)
        first.wait_acks(rng.randint(1, 20))
        first.kill()  # one dies mid-stream; the other goes on writing for a while
        second.wait_acks(len(acks(second.lines)) + rng.randint(1, 10))
        second.kill()
        acked = acks(first.finish()) + acks(second.finish())
        total_acked += len(acked)
        integrity(db)
        check_acked(db, acked, seed)
        check_decision_groups(db)
    ProjectStore.open(db, "kim").close()
    print(f"two-writer crash runs: {PAIR_RUNS} (8 kills), acknowledged groups checked "
          f"{total_acked} (seed {seed})")
