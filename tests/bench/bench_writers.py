"""Load test: several writer processes making decisions in one project at once. Prints JSON.

    python tests/bench/bench_writers.py [--backend sqlite|postgresql|both] [--writers 5]
                                        [--decisions 2000] [--shared-annotator] [--pg URL]

Each writer is its own process with its own ProjectStore and makes ``--decisions`` decisions
through ``ProjectStore.execute``, cycling Create → Update (with the expected version) → Accept.
By default each writer is its own annotator and all of them work on the same documents; with
``--shared-annotator`` they are one annotator on disjoint documents (one person, five windows).
A decision refused for contention (CommandError: busy, conflict) is retried and counted.

Afterwards the database is checked: every decision a writer saw succeed is in the log
(0 lost), annotation counts and versions add up, and the files or tables are sound
(SQLite ``PRAGMA integrity_check`` and ``foreign_key_check``; on PostgreSQL the same counts and
no dangling references). PostgreSQL: ``--pg`` or ``$BITGEUL_TEST_PG``, else a throwaway durable
cluster from the Debian binaries (see tests/conftest_pg.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for conftest_pg

SENTENCES = ("{c}시는 올해 도시재생 사업에 {n}억원을 투입하고 청년 창업 공간을 늘린다고 밝혔다. "
             "{c}시 관계자는 시의회와 함께 세부 계획을 다듬겠다고 말했다. ")
CITIES = ("목포", "여수", "순천", "광양", "나주", "강릉", "원주", "춘천", "청주", "충주")
SPAN_LEN = 2
SPAN_STEP = 3


def _docs(n: int) -> list[Any]:
    from models.domain import ImportedDoc

    return [ImportedDoc(SENTENCES.format(c=CITIES[i % len(CITIES)], n=100 + i) * 2,
                        title=f"bench {i}", outlet=f"bench-{i}") for i in range(n)]


def setup(url: str, n_docs: int) -> list[int]:
    """The project: documents, and a run of suggestions on each (many small spans)."""
    from models.domain import Analysis, Span
    from models.store.project import ProjectStore

    store = ProjectStore.open(url, "setup")
    ids = store.add_documents(_docs(n_docs)).document_ids
    for doc, text, _d in store.texts(ids):
        spans = [Span(i, i + SPAN_LEN, "ORG", text[i:i + SPAN_LEN], "bench", 0.5)
                 for i in range(0, len(text) - SPAN_LEN, SPAN_STEP)]
        store.save_analysis(doc, "bench", Analysis(spans))
    store.close()
    return ids


def writer(url: str, name: str, index: int, writers: int, decisions: int, docs: list[int],
           shared: bool, start: Any, out: Any) -> None:
    from sqlalchemy import select

    from models.store import schema as s
    from models.store.commands import Accept, CommandError, Create, Update
    from models.store.project import ProjectStore

    store = ProjectStore.open(url, name)
    mine = docs[index::writers] if shared else docs
    with store.session() as session:
        rows = session.execute(select(s.Suggestion.id, s.Suggestion.document_id)
                               .where(s.Suggestion.document_id.in_(mine))
                               .order_by(s.Suggestion.id)).all()
        lengths = dict(session.execute(select(s.Document.id, s.Document.length)
                                       .where(s.Document.id.in_(mine))).all())
    suggestions = [sid for sid, _doc in rows]
    # Every writer walks the suggestions in its own order, so they collide on the same rows.
    suggestions = suggestions[index * 37 % len(suggestions):] + suggestions[
        :index * 37 % len(suggestions)]
    done = {"create": 0, "update": 0, "accept": 0}
    retried = 0
    latencies: list[float] = []
    last_created: int | None = None
    next_sugg = 0
    start.wait()
    t0 = time.perf_counter()
    for i in range(decisions):
        kind = ("create", "update", "accept")[i % 3]
        doc = mine[(i * 7 + index) % len(mine)]
        if kind == "create":
            pos = (i * 13 + index * 5) % (lengths[doc] - 4)
            cmd: Any = Create(doc, pos, pos + 3, "PERSON")
        elif kind == "update":
            assert last_created is not None
            cmd = Update(last_created, label="LOCATION", expected_version=1)
        else:
            cmd = Accept(suggestions[next_sugg])
            next_sugg += 1
        for attempt in range(50):
            t = time.perf_counter()
            try:
                change = store.execute(cmd)
            except CommandError as exc:
                if "changed meanwhile" in str(exc) and kind == "update":
                    raise  # nobody else touches this writer's spans: that would be a bug
                retried += 1
                time.sleep(0.005 * (attempt + 1))
                continue
            latencies.append(time.perf_counter() - t)
            break
        else:
            raise RuntimeError(f"{name}: decision {i} refused 50 times")
        if kind == "create":
            (last_created,) = change.annotation_ids
        done[kind] += 1
    elapsed = time.perf_counter() - t0
    store.close()
    out.put({"name": name, "done": done, "retried": retried, "seconds": elapsed,
             "latencies": latencies})


def verify(url: str, results: list[dict[str, Any]], shared: bool) -> dict[str, Any]:
    from sqlalchemy import func, select, text

    from models.store import schema as s
    from models.store.db import sqlite_path
    from models.store.project import ProjectStore

    store = ProjectStore.open(url, "verify")
    problems: list[str] = []
    with store.session() as session:
        def count(stmt: Any) -> int:
            return int(session.scalar(stmt) or 0)

        for r in results if not shared else [_sum(results)]:
            who = r["name"]
            by_action = dict(session.execute(select(s.Decision.action, func.count())
                                             .where(s.Decision.annotator == who)
                                             .group_by(s.Decision.action)).all())
            want = {k: v for k, v in r["done"].items() if v}
            if by_action != want:
                problems.append(f"{who}: log has {by_action}, writers saw {want}")
            anns = count(select(func.count()).select_from(s.Annotation)
                         .where(s.Annotation.annotator == who))
            if anns != r["done"]["create"] + r["done"]["accept"]:
                problems.append(f"{who}: {anns} annotations")
            updated = count(select(func.count()).select_from(s.Annotation).where(
                s.Annotation.annotator == who, s.Annotation.status == "manual",
                s.Annotation.label == "LOCATION", s.Annotation.version == 2))
            if updated != r["done"]["update"]:
                problems.append(f"{who}: {updated} updated spans at version 2")
        total = count(select(func.count()).select_from(s.Decision)
                      .where(s.Decision.annotator != "setup"))
        groups = count(select(func.count(func.distinct(s.Decision.group_id)))
                       .where(s.Decision.annotator != "setup"))
        dangling = count(select(func.count()).select_from(s.Relation).where(
            ~s.Relation.head_id.in_(select(s.Annotation.id))))
        dangling += count(select(func.count()).select_from(s.Annotation).where(
            s.Annotation.suggestion_id.isnot(None),
            ~s.Annotation.suggestion_id.in_(select(s.Suggestion.id))))
    expected = sum(sum(r["done"].values()) for r in results)
    if total != expected or groups != expected:
        problems.append(f"decisions {total}, groups {groups}, expected {expected}")
    if dangling:
        problems.append(f"{dangling} dangling references")
    integrity = "n/a"
    path = sqlite_path(store.url)
    if path is not None:
        with store.db.engine.connect() as conn:
            integrity = str(conn.execute(text("PRAGMA integrity_check")).scalar())
            if integrity != "ok" or conn.execute(text("PRAGMA foreign_key_check")).first():
                problems.append(f"integrity_check: {integrity}")
    store.close()
    return {"decisions_in_log": total, "expected": expected, "lost": expected - total,
            "integrity_check": integrity, "problems": problems, "corrupt": bool(problems)}


def _sum(results: list[dict[str, Any]]) -> dict[str, Any]:
    done = {k: sum(r["done"][k] for r in results) for k in ("create", "update", "accept")}
    return {"name": results[0]["name"], "done": done}


def run(url: str, backend: str, writers: int, decisions: int, shared: bool) -> dict[str, Any]:
    docs = setup(url, 120 if shared else 40)
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(writers + 1)
    out = ctx.Queue()
    names = ["writer" if shared else f"writer{i}" for i in range(writers)]
    procs = [ctx.Process(target=writer, args=(url, names[i], i, writers, decisions, docs, shared,
                                              start, out)) for i in range(writers)]
    for p in procs:
        p.start()
    start.wait()
    t0 = time.perf_counter()
    results = [out.get() for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
        if p.exitcode:
            raise RuntimeError(f"a writer failed (exit {p.exitcode})")
    lat = sorted(x for r in results for x in r["latencies"])
    total = sum(sum(r["done"].values()) for r in results)
    report = {"backend": backend, "writers": writers, "decisions_per_writer": decisions,
              "annotators": "shared" if shared else "one per writer",
              "decisions": total, "seconds": round(wall, 2),
              "decisions_per_s": round(total / wall, 1),
              "latency_ms_p50": round(1000 * statistics.median(lat), 2),
              "latency_ms_p95": round(1000 * lat[int(0.95 * (len(lat) - 1))], 2),
              "retried_after_contention": sum(r["retried"] for r in results)}
    report.update(verify(url, results, shared))
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--writers", type=int, default=5)
    ap.add_argument("--decisions", type=int, default=2000)
    ap.add_argument("--shared-annotator", action="store_true")
    ap.add_argument("--pg", help="a PostgreSQL URL to create the bench database on")
    args = ap.parse_args()
    reports = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="bitgeul-bench-") as tmp:
            reports.append(run(os.path.join(tmp, "bench.sqlite3"), "sqlite", args.writers,
                               args.decisions, args.shared_annotator))
    if args.backend in ("postgresql", "both"):
        import conftest_pg

        server = (conftest_pg.PgServer(args.pg) if args.pg
                  else conftest_pg.start_server(durable=True))
        if server is None:
            reports.append({"backend": "postgresql", "skipped": "no PostgreSQL available"})
        else:
            url = server.create_database()
            try:
                reports.append(run(url, "postgresql", args.writers, args.decisions,
                                   args.shared_annotator))
            finally:
                server.drop_database(url)
                server.close()
    print(json.dumps(reports, ensure_ascii=False, indent=1))
    return 1 if any(r.get("corrupt") or r.get("lost") for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
