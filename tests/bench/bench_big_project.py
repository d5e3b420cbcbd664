"""A project of 100,000 articles: how soon the document list is usable, and memory. JSON out.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_big_project.py [--docs 100000]

* store: the list's first page (500 rows with their counts) and the row count, against listing
  every document with its counts (what the window did before it paged) and against a raw
  sqlite3 query of the same 500 rows without counts (the floor), in the same run;
* window (a fresh process): ``open_project`` (integrity check, migrations, daily backup, first
  document) and from there until the list shows its first rows,
  the peak resident memory of that process (``peak_rss_mb``, target < 700) against a bare
  PySide6 window process with a 500-row table (``bare_rss_mb``).

The project is written with plain SQL inserts (documents, one engine run each, ten suggestions
each) so that building it takes a minute, not an hour of engine passes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARAGRAPH = ("{n}번 기사. 도는 내년 지역 균형발전 사업에 국비 {a}억원과 도비 {b}억원을 투입한다고 "
             "밝혔다. 담당 국장은 사업 계획을 설명하며 {c}개 시군이 함께 참여한다고 말했다. ")


def build(path: Path, n_docs: int) -> None:
    from models.store.project import ProjectStore

    ProjectStore.open(path, "bench").close()  # schema, labels, project row
    conn = sqlite3.connect(path)
    now = "2026-03-01 00:00:00.000000"
    with conn:
        docs, runs, suggs = [], [], []
        sid = 0
        for i in range(1, n_docs + 1):
            text = PARAGRAPH.format(n=i, a=i % 900 + 10, b=i % 70 + 3, c=i % 20 + 2) * 3
            docs.append((i, 1, text, len(text), hashlib.sha256(text.encode()).hexdigest(),
                         f"기사 {(i * 7919) % n_docs:06d}", f"2026-{i % 12 + 1:02d}-01",
                         ["남도일보", "빛고을신문", "가나일보"][i % 3], "{}", "[]", now))
            runs.append((i, i, "bench", now))
            for k in range(10):
                start = 5 + k * 12
                sid += 1
                suggs.append((sid, i, i, len(text), start, start + 4,
                              ["MONEY", "ORG", "PERSON", "LOCATION", "DATE"][k % 5], "bench",
                              0.9))
        conn.executemany(
            "INSERT INTO documents (id, project_id, text, length, content_hash, title, date, "
            "outlet, meta, repeats, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", docs)
        conn.executemany("INSERT INTO runs (id, document_id, engine, created_at) "
                         "VALUES (?,?,?,?)", runs)
        conn.executemany(
            "INSERT INTO suggestions (id, run_id, document_id, doc_length, start, \"end\", "
            "label, source, score) VALUES (?,?,?,?,?,?,?,?,?)", suggs)
    conn.close()


def _ms(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def bench_store(path: Path, runs: int) -> dict[str, object]:
    from models.store.project import ProjectStore
    from models.store.queries import DocQuery

    store = ProjectStore.open(path, "bench")
    page = DocQuery(limit=500)
    first, count, raw = [], [], []
    for _ in range(runs):
        first.append(_ms(lambda: store.documents(page)))
        count.append(_ms(lambda: store.count_documents(DocQuery())))
        conn = sqlite3.connect(path)
        raw.append(_ms(lambda conn=conn: conn.execute(  # type: ignore[misc]
            "SELECT id, title, date, outlet, length FROM documents ORDER BY id LIMIT 500")
            .fetchall()))
        conn.close()
    by_title = _ms(lambda: store.documents(DocQuery(limit=500, order="title")))
    whole = _ms(lambda: store.documents())
    store.close()
    med = statistics.median
    return {"first_page_ms": round(med(first), 1), "count_ms": round(med(count), 1),
            "first_page_by_title_ms": round(by_title, 1), "whole_list_ms": round(whole, 1),
            "raw_sqlite_page_ms": round(med(raw), 1),
            "ratio_page_plus_count_vs_whole": round((med(first) + med(count)) / whole, 3)}


WINDOW = r'''
import sys, time
from desktop.shell.app import make_app, wait_until
from desktop.config import Preferences
app = make_app("ko")
from desktop.shell.main_window import MainWindow
window = MainWindow(Preferences(annotator="bench"), background=False)
window.show()
t = time.perf_counter()
window.open_project(sys.argv[1])
opened = time.perf_counter()
wait_until(lambda: not window.doc_list.busy and bool(window.doc_list.list_model.rows), 600)
listed = time.perf_counter()
wait_until(lambda: False, 0.5)
print("open_ms", (opened - t) * 1000, flush=True)
print("list_ms", (listed - opened) * 1000, flush=True)
print("rows", len(window.doc_list.list_model.rows), flush=True)
print("rss_mb", peak_mb(), flush=True)
window.close()
'''

BARE = r'''
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
model = QStandardItemModel(500, 6)
for r in range(500):
    model.setItem(r, 0, QStandardItem(f"기사 {r}"))
view = QTableView()
view.setModel(model)
view.resize(1360, 860)
view.show()
app.processEvents()
print("rss_mb", peak_mb(), flush=True)
'''


# Peak resident memory of this process: VmHWM starts afresh at exec (ru_maxrss would include the
# benchmark's own peak, inherited through fork).
PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def _run(code: str, *args: str) -> dict[str, float]:
    code = PEAK + code
    env = dict(os.environ, PYTHONPATH=str(REPO), BITGEUL_CONFIG_DIR=tempfile.mkdtemp())
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                         text=True, timeout=1200, cwd=REPO)
    found = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        found[key] = float(value)
    if not found:
        raise RuntimeError(out.stderr[-2000:])
    return found


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.sqlite3"
        t = time.perf_counter()
        build(db, args.docs)
        built = time.perf_counter() - t
        store = bench_store(db, args.runs)
        window = _run(WINDOW, str(db))
        bare = _run(BARE)
    print(json.dumps({"documents": args.docs, "build_s": round(built, 1), "store": store,
                      "window": {"open_project_ms": round(window["open_ms"], 1),
                                "list_after_open_ms": round(window["list_ms"], 1),
                                 "rows_shown": int(window["rows"]),
                                 "peak_rss_mb": round(window["rss_mb"], 1),
                                 "bare_rss_mb": round(bare["rss_mb"], 1),
                                 "target_rss_mb": 700}},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
