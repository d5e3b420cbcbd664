"""A plain ``kill`` (SIGTERM) of the workbench during a background suggestion run: the window
closes as if the user had closed it, the run stops keeping what is done, and no process of ours
is left (the pool's workers once stayed alive, orphaned, holding 720 MB)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.domain import ImportedDoc
from models.store.project import ProjectStore
from tests.processes import alive, descendants

REPO = Path(__file__).resolve().parents[2]
SENTENCES = [
    "부산시는 3일 북항 재개발 2단계 사업(4조원)을 발표했다.",
    "김도윤 부산시 해양국장은 이날 항만 예산 1200억원을 설명했다.",
    "울산시는 수소 충전소 구축(350억원)을 추진한다.",
    "한빛전력은 2027년까지 해상풍력 단지에 5000억원을 투자하기로 했다.",
    "이날 도의회는 청년 일자리 예산 120억원을 의결했다.",
]



def _analysed(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return int(con.execute("SELECT count(DISTINCT document_id) FROM runs "
                               "WHERE engine LIKE 'bitgeul-rules+kiwi%'").fetchone()[0])
    except sqlite3.OperationalError:  # the app is still creating its tables
        return 0
    finally:
        con.close()


def _wait(predicate, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    """Poll ``predicate`` (a loaded machine may take long; the bound only stops a hang)."""
    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_mid_run_closes_the_app_and_leaves_no_process(tmp_path: Path) -> None:
    db = tmp_path / "큰 프로젝트.sqlite3"
    store = ProjectStore.open(db, "tester")
    total = 1000  # a run far from its end when the test looks (CI machines can be fast)
    store.add_documents([ImportedDoc(" ".join(SENTENCES[i % 5:] + SENTENCES[:i % 5]) * 4
                                     + f" ({i})", title=f"기사 {i}") for i in range(total)])
    store.close()
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               BITGEUL_CONFIG_DIR=str(tmp_path / "config"))
    app = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "ko"],
                           cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
    try:
        # mid-run: documents are being stored, and the pool's workers are up
        assert _wait(lambda: _analysed(db) > 0 or app.poll() is not None, 300)
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        ours = descendants(app.pid)
        assert ours, "the background run has no worker process"
        assert _analysed(db) < total
        app.send_signal(signal.SIGTERM)
        app.wait(120)
    finally:
        if app.poll() is None:
            app.kill()
    err = app.stderr.read() if app.stderr else ""
    assert app.returncode == 0, err[-3000:]  # closed as the user would, not killed by the signal
    assert _wait(lambda: not any(alive(p) for p in ours), 60), [p for p in ours if alive(p)]
    done = _analysed(db)
    assert 0 < done < total
    # what is done is kept, whole: the rest is still due
    from models.engine import ENGINE_NAME

    store = ProjectStore.open(db, "tester")
    assert len(store.unanalysed(ENGINE_NAME)) == total - done
    store.close()
