"""Workbench timings, printed as JSON (not run by pytest):

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_gui.py [--runs 5]

* launch: process start → window shown, and → first highlights drawn, for ``bitgeul`` against a
  bare PySide6 window showing the same article, measured in the same run (medians of --runs
  fresh processes each, interleaved) and their ratio;
* document switch: selecting a document in the list until its text and highlights are painted,
  p50/p95 over many switches, for 5k-character articles with 100 spans and for a
  300k-character document (with the same span density, 6,000 spans).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARAGRAPH = ("광주시는 8일 국가 AI 컴퓨팅센터 2호기 구축 사업에 국비 1조2000억원과 시비 3000억원을 "
             "투입한다고 밝혔다. 김하늘 시장은 \"2027년까지 데이터센터와 반도체 설계 실증 공간을 한곳에 "
             "모으겠다\"며 전남도와 함께 120여개 기업을 유치하겠다고 말했다.")


def article(n_chars: int, seed: int) -> str:
    out, i = [], 0
    while sum(len(p) + 1 for p in out) < n_chars:
        out.append(f"[{seed}-{i}] " + PARAGRAPH)
        i += 1
    return "\n".join(out)[:n_chars]


def spans_for(text: str, per_5k: int = 100):  # type: ignore[no-untyped-def]
    """About ``per_5k`` spans per 5,000 characters, on real words (amounts, names, places)."""
    from models.domain import Analysis, Span, Value

    words = [("1조2000억원", "MONEY", Value(value=1.2e12, currency="KRW")),
             ("3000억원", "MONEY", Value(value=3e11, currency="KRW")),
             ("김하늘", "PERSON", None), ("광주시", "ORG", None), ("전남도", "LOCATION", None),
             ("8일", "DATE", None), ("120여개", "QUANTITY", None),
             ("국가 AI 컴퓨팅센터 2호기 구축 사업", "PROJECT", None)]
    found = []
    for needle, label, value in words:
        start = text.find(needle)
        while start >= 0:
            found.append(Span(start, start + len(needle), label, needle, "bench", 0.9, value))
            start = text.find(needle, start + 1)
    found.sort(key=lambda s: s.start)
    want = max(1, len(text) * per_5k // 5000)
    step = max(1, len(found) // want)
    return Analysis(spans=found[::step][:want])


def make_project(path: Path) -> dict[str, list[int]]:
    from models.domain import ImportedDoc
    from models.store.project import ProjectStore

    store = ProjectStore.open(path, "bench")
    small = [ImportedDoc(text=article(5000, i), title=f"5k article {i}", date=date(2026, 3, 1),
                         outlet="벤치일보") for i in range(30)]
    big = [ImportedDoc(text=article(300_000, 99), title="300k document", outlet="벤치일보")]
    ids = store.add_documents(small + big).document_ids
    for doc_id in ids:
        (_i, text, _d), = store.texts([doc_id])
        store.save_analysis(doc_id, "bench", spans_for(text))
    store.close()
    return {"small": ids[:-1], "big": ids[-1:]}


# -- launch timing ----------------------------------------------------------------------------

BARE = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from models.store.project import ProjectStore
store = ProjectStore.open(sys.argv[1], "bench")
text = store.document(int(sys.argv[2])).text
app = QApplication(sys.argv[:1])
edit = QPlainTextEdit()
edit.setReadOnly(True)
edit.setPlainText(text)
edit.resize(1360, 860)
class Watch(QObject):
    def eventFilter(self, obj, e):
        if e.type() == QEvent.Type.Paint:
            print("shown", time.time(), flush=True)
            print("highlights", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
w = Watch()
edit.viewport().installEventFilter(w)
edit.show()
app.exec()
'''

APP = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop.shell.startup import make_app
from desktop.config import Preferences
app = make_app("ko")
from desktop.shell.main_window import MainWindow
window = MainWindow(Preferences(annotator="bench"))
state = {"shown": False}
class Watch(QObject):
    def eventFilter(self, obj, e):
        if e.type() == QEvent.Type.Paint:
            if not state["shown"]:
                state["shown"] = True
                print("shown", time.time(), flush=True)
            if window.editor.items is not None and len(window.editor.items):
                print("highlights", time.time(), flush=True)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, window.close)
        return False
w = Watch()
window.article.viewport().installEventFilter(w)
window.show()
QTimer.singleShot(0, lambda: window.open_project(sys.argv[1]))
app.exec()
'''


def launch(code: str, db: Path, doc_id: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(REPO), BITGEUL_CONFIG_DIR=tempfile.mkdtemp())
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(db), str(doc_id)], env=env,
                         capture_output=True, text=True, timeout=300, cwd=REPO)
    times = {}
    for line in out.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        times.setdefault(name, (float(stamp) - t0) * 1000)
    if "highlights" not in times:
        raise RuntimeError(out.stderr[-2000:])
    return times


def bench_launch(db: Path, doc_id: int, runs: int) -> dict[str, object]:
    bare: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    for _ in range(runs):
        bare.append(launch(BARE, db, doc_id))
        ours.append(launch(APP, db, doc_id))

    def med(rows: list[dict[str, float]], key: str) -> float:
        return round(statistics.median(r[key] for r in rows), 1)

    out: dict[str, object] = {}
    for key in ("shown", "highlights"):
        b, o = med(bare, key), med(ours, key)
        out[key] = {"bare_ms": b, "bitgeul_ms": o, "ratio": round(o / b, 2)}
    return out


# -- document switch ---------------------------------------------------------------------------


def bench_switch(db: Path, ids: dict[str, list[int]], rounds: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from desktop.config import Preferences
    from desktop.shell.main_window import MainWindow
    from desktop.shell.startup import make_app

    app = make_app("ko")
    window = MainWindow(Preferences(annotator="bench"), background=False)
    window.resize(1360, 860)
    window.show()
    window.open_project(str(db))
    window.doc_list.reload(wait=True)
    app.processEvents()

    def switch(doc_id: int) -> float:
        t = time.perf_counter()
        window.doc_list.select_doc(doc_id)  # → Editor.open_document, as a click does
        window.article.viewport().repaint()  # the text and highlights are painted
        QApplication.processEvents()
        return (time.perf_counter() - t) * 1000

    small = ids["small"]
    times_small = [switch(small[i % len(small)]) for i in range(rounds)]
    times_big = []
    for _ in range(max(5, rounds // 10)):
        times_big.append(switch(ids["big"][0]))
        switch(small[0])
    window.close()

    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, int(q * len(xs)))], 1)

    return {
        "article_5k_100_spans": {"p50_ms": pct(times_small, 0.5), "p95_ms": pct(times_small, 0.95),
                                 "n": len(times_small), "target_p95_ms": 50},
        "document_300k": {"p50_ms": pct(times_big, 0.5), "p95_ms": pct(times_big, 0.95),
                          "n": len(times_big), "target_ms": 300},
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--switches", type=int, default=200)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        ids = make_project(db)
        result = {"launch": bench_launch(db, ids["small"][0], args.runs),
                  "switch": bench_switch(db, ids, args.switches),
                  "platform": os.environ.get("QT_QPA_PLATFORM", "")}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
