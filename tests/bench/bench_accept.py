"""Accept every suggestion of a big document in one step, then undo and redo it. Prints JSON.

    python tests/bench/bench_accept.py [--rows 1500]

The document is a report's table of ``--rows`` projects, each with its total and three shares
(about five suggestions and seven links a row): what Ctrl+Shift+A accepts at once. The window
waits on ``ProjectStore.execute``, ``undo`` and ``redo``. The baseline, measured in the same
run, is a bare sqlite3 ``executemany`` that writes as many annotation and relation rows to a
table of the same columns in one transaction: what writing the rows alone costs.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def table(rows: int) -> str:
    r = random.Random(1)
    lines = ["가람도 2027년 사업별 재원 현황", "(단위: 백만원)", "사업명 | 총사업비 | 국비 | 도비 | 시비"]
    for i in range(rows):
        a, b, c = (r.randint(1, 900) * 10 for _ in range(3))
        lines.append(f"가람 사업 {i} | {a + b + c:,} | {a:,} | {b:,} | {c:,}")
    return "\n".join(lines)


def bare_rows(path: Path, annotations: int, relations: int) -> float:
    con = sqlite3.connect(path)
    con.execute("create table a (id integer primary key, document_id, start, end, label, "
                "status, value, suggestion_id, annotator)")
    con.execute("create table r (id integer primary key, head_id, tail_id, label, status, score)")
    t = time.perf_counter()
    with con:
        con.executemany("insert into a (document_id, start, end, label, status, value, "
                        "suggestion_id, annotator) values (1, ?, ?, 'MONEY', 'accepted', "
                        "'{}', ?, 'bench')", [(i, i + 3, i) for i in range(annotations)])
        con.executemany("insert into r (head_id, tail_id, label, status, score) values "
                        "(?, ?, 'PART_OF', 'suggested', 0.8)",
                        [(i, i + 1) for i in range(relations)])
    seconds = time.perf_counter() - t
    con.close()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1500)
    args = ap.parse_args()

    from models.domain import ImportedDoc
    from models.engine import analyze
    from models.store.commands import Accept
    from models.store.project import ProjectStore

    text = table(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        store = ProjectStore.open(Path(tmp) / "p.sqlite3", "bench")
        doc = store.add_documents([ImportedDoc(text, title="표", date=date(2026, 1, 5),
                                               outlet="bench")]).document_ids[0]
        store.save_analysis(doc, "bench", analyze(text))
        suggestions = store.document(doc).suggestions
        times = {}
        t = time.perf_counter()
        store.execute([Accept(g.id) for g in suggestions])
        times["accept_s"] = time.perf_counter() - t
        view = store.document(doc)
        annotations, relations = len(view.annotations), len(view.relations)
        for step in ("undo", "redo"):
            t = time.perf_counter()
            getattr(store, step)()
            times[f"{step}_s"] = time.perf_counter() - t
        store.close()
        bare = bare_rows(Path(tmp) / "bare.sqlite3", annotations, relations)
    out = {"rows": args.rows, "suggestions": len(suggestions), "annotations": annotations,
           "relations": relations, **{k: round(v, 2) for k, v in times.items()},
           "bare_sqlite_rows_s": round(bare, 3),
           "ms_per_accept": round(1000 * times["accept_s"] / len(suggestions), 2),
           "ratio_accept_vs_bare": round(times["accept_s"] / bare, 1)}
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
