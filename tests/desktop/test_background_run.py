"""The workbench's background suggestion run on a project large enough for a bulk run: it runs in
the session's worker process, shows the time left, and a cancel keeps what is done.
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.shell.background import Eta, duration_text
from models.domain import ImportedDoc
from models.engine import ENGINE_NAME
from models.store.project import ProjectStore

SENTENCES = [
    "부산시는 3일 북항 재개발 2단계 사업(4조원)을 발표했다.",
    "김도윤 부산시 해양국장은 이날 항만 예산 1200억원을 설명했다.",
    "울산시는 수소 충전소 구축(350억원)을 추진한다.",
    "이날 도의회는 청년 일자리 예산 120억원을 의결했다.",
]


def test_time_left_counts_from_the_first_results(app) -> None:
    eta = Eta()
    assert eta.update(0, 100, now=0.0) is None
    assert eta.update(10, 100, now=5.0) is None  # Kiwi's start-up is not a rate
    assert eta.update(20, 100, now=5.5) is None  # too soon to tell
    assert eta.update(30, 100, now=7.0) == pytest.approx(7.0)  # 20 documents in 2 s
    assert [duration_text(s) for s in (0.2, 7, 59.5, 60, 200, 3900)] == [
        "1 s", "7 s", "1 min", "1 min", "3 min 20 s", "1 h 5 min"]


@pytest.mark.slow
def test_a_bulk_background_run_shows_time_left_and_a_cancel_keeps_what_is_done(
        qtbot, app, prefs, tmp_path: Path) -> None:
    from desktop.shell.main_window import MainWindow

    db = tmp_path / "bulk.sqlite3"
    store = ProjectStore.open(db, "tester")
    total = 1000
    store.add_documents([ImportedDoc(" ".join(SENTENCES[i % 4:] + SENTENCES[:i % 4]) * 3
                                     + f" ({i})", title=f"기사 {i}") for i in range(total)])
    store.close()
    window = MainWindow(prefs, background=False)  # the run is started by hand below
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(str(db))
    work = window.work
    labels: list[str] = []
    work.start()
    assert work.worker is not None and work.pool is not None
    pid = work.pool.pids[0]

    def seen(*_: object) -> None:
        # cancel from the first label with a time left, not after a wait: on a fast machine
        # the whole run could end before a waiting test got to press cancel
        labels.append(work.run_label.text())
        if "left" in labels[-1] and len([t for t in labels if "left" in t]) == 1:
            work.cancel()

    with qtbot.waitSignal(work.finished, timeout=300_000):
        work.worker.progress.connect(seen)
    assert any("left" in text for text in labels)
    assert window.store is not None
    left = len(window.store.unanalysed(ENGINE_NAME))
    assert 0 < left < total
    # the same worker process serves the next run, which does the rest
    with qtbot.waitSignal(work.finished, timeout=300_000):
        work.start()
    assert work.pool is not None and work.pool.pids == [pid]
    assert window.store.unanalysed(ENGINE_NAME) == []
    window.close()
    assert work.pool is None
