"""Benchmark: the Excel report of 100k amounts against plain openpyxl write-only, same run.

    /work/venv/bin/python tests/bench/bench_export.py [--amounts 100000] [--per-doc 5] [--keep DIR]

Builds a store of synthetic articles (bulk insert through the ORM session: 5 amounts per
article unless ``--per-doc`` says otherwise, each linked to a project, a person and a place per article, every tenth article a wire
copy of the one before under another outlet), then times

* ``export``: ``models.export.run.export(store, "xlsx", …)`` end to end — reading the store,
  de-duplication, totals and all sheets;
* ``plain``: the very same cell values (every table) appended to plain write-only sheets with
  no styles, links or guards — the floor openpyxl sets;
* ``writer``: our sheet writer alone on the gathered rows (styles, formats, links, guards);
* ``gather``: reading and de-duplicating alone.

Rounds alternate and the best of each counts; ``ratio`` is export / plain in CPU seconds of
this process (wall-clock ratios are printed too). Prints one JSON object; target: ratio ≤ 1.3.
Memory: ``max_rss_mb`` includes the gathered rows the plain baseline needs (the export itself
streams).

``--amounts 4000 --per-doc 4000`` puts every amount in one long document (a budget book, a
council's minutes): a rule that scans the whole text once per amount is quadratic there while
short articles hide it, so run both shapes.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from models.export import columns as C  # noqa: E402
from models.export.report_data import ExportFilters, ReportBuilder  # noqa: E402
from models.export.rows import cells  # noqa: E402
from models.export.run import export  # noqa: E402
from models.export.xlsx import TABLE_ORDER, TableWriter, _Styles  # noqa: E402
from models.store import schema as s  # noqa: E402
from models.store.ingest import document_key  # noqa: E402
from models.store.project import ProjectStore  # noqa: E402

REGIONS = ("광주시", "전남도", "목포시", "순천시", "나주시", "여수시", "세종시", "부산시")
PEOPLE = ("김민준", "이서연", "박지호", "최하은", "정도윤", "강수아")
THINGS = ("AI 데이터센터", "수소버스 충전소", "해상풍력 단지", "스마트 항만", "바이오 클러스터",
          "도심 공원", "청년 창업센터", "광역철도", "반도체 연구소", "탄소중립 산단")
OUTLETS = ("남도일보", "서남신문", "빛고을뉴스", "남해방송")
PER_DOC = 5  # amounts per article unless --per-doc says otherwise


def _doc(i: int, per_doc: int = PER_DOC
         ) -> tuple[str, list[tuple[int, int, str, dict | None]], list[tuple[int, int]]]:
    """Text, spans (start, end, label, value) and links (money index, project index)."""
    region = REGIONS[i % len(REGIONS)]
    person = PEOPLE[i % len(PEOPLE)]
    lines = []
    spans: list[tuple[int, int, str, dict | None]] = []
    links = []
    pos = 0
    for k in range(per_doc):
        project = f"{THINGS[(i + k) % len(THINGS)]} {i % 97 + k}단계 사업"
        amount = (i % 9 + 1) * 1000 + k * 100
        money = f"{amount}억원"
        line = f"{region}는 {project}에 {money}을 들이기로 했다고 {person} 국장이 밝혔다."
        base = pos
        spans.append((base, base + len(region), "LOCATION", None))
        p0 = base + line.index(project)
        spans.append((p0, p0 + len(project), "PROJECT", None))
        m0 = base + line.index(money)
        v = amount * 10**8
        spans.append((m0, m0 + len(money), "MONEY",
                      {"value": v, "low": v, "high": v, "currency": "KRW"}))
        links.append((len(spans) - 1, len(spans) - 2))
        if k == 0:
            h0 = base + line.index(person)
            spans.append((h0, h0 + len(person), "PERSON", None))
        lines.append(line)
        pos += len(line) + 1
    return "\n".join(lines), spans, links


def build_store(path: Path, amounts: int, per_doc: int = PER_DOC) -> ProjectStore:
    store = ProjectStore.open(path, "bench")
    n_docs = max(1, amounts // per_doc)
    doc_rows, ann_rows, rel_rows, status_rows = [], [], [], []
    ann_id = rel_id = 0
    start_day = date(2024, 1, 1)
    for i in range(1, n_docs + 1):
        body_of = i - 1 if i % 10 == 0 else i  # every tenth: the previous story, reprinted
        text, spans, links = _doc(body_of, per_doc)
        outlet = OUTLETS[i % len(OUTLETS)]
        doc_rows.append(dict(id=i, project_id=store.project_id, text=text, length=len(text),
                             content_hash=document_key(text, outlet), title=f"기사 {i}",
                             date=start_day + timedelta(days=i // 50), outlet=outlet,
                             url=f"https://news.example/{i}", meta={}, repeats=[]))
        ids = []
        for start, end, label, value in spans:
            ann_id += 1
            ids.append(ann_id)
            ann_rows.append(dict(id=ann_id, document_id=i, doc_length=len(text),
                                 annotator="bench", start=start, end=end, label=label,
                                 status="accepted", value=value))
        for m, p in links:
            rel_id += 1
            rel_rows.append(dict(id=rel_id, head_id=ids[m], tail_id=ids[p], label="AMOUNT_FOR",
                                 annotator="bench"))
        status_rows.append(dict(document_id=i, annotator="bench",
                                status="done" if i % 3 else "in_progress"))
    with store.session() as session:
        for table, rows in ((s.Document, doc_rows), (s.Annotation, ann_rows),
                            (s.Relation, rel_rows), (s.DocStatus, status_rows)):
            for k in range(0, len(rows), 20_000):
                session.execute(insert(table), rows[k:k + 20_000])
    return store


def gather(store: ProjectStore) -> tuple[dict[str, list[Any]], ReportBuilder]:
    with store.session() as session:
        builder = ReportBuilder(session, ExportFilters(), store.annotator)
        tables: dict[str, list[Any]] = {t: [] for t in TABLE_ORDER[1:]}
        for table, row in builder.rows():
            tables[table].append(row)
        tables["entity_counts"] = list(builder.entity_count_rows())
    return tables, builder


def plain_values(tables: dict[str, list[Any]]) -> dict[str, list[tuple]]:
    """The rows' cells as plain tuples (outside the timings): what plain openpyxl is given."""
    return {name: [cells(C.TABLES[name])(row) for row in rows] for name, rows in tables.items()}


def plain_write(tables: dict[str, list[tuple]], path: Path) -> float:
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    wb.create_sheet("요약")
    for name in TABLE_ORDER[1:]:
        ws = wb.create_sheet(name)
        ws.append([c.header("ko") for c in C.TABLES[name]])
        for row in tables[name]:
            ws.append(row)
    wb.save(path)
    return time.perf_counter() - started


def writer_only(tables: dict[str, list[Any]], path: Path) -> float:
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    styles = _Styles(wb.create_sheet("요약"))
    for name in TABLE_ORDER[1:]:
        tw = TableWriter(wb, name, C.TABLES[name], "ko", styles)
        for row in tables[name]:
            tw.append(row)
        tw.finish()
    wb.save(path)
    return time.perf_counter() - started


def _timed(fn, *args) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result). CPU time is what the comparison
    uses: other programs on a shared machine slow the wall clock of one run but not the other."""
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return time.perf_counter() - w, time.process_time() - c, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--amounts", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=PER_DOC,
                    help="amounts per article; as many as --amounts makes one long document")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best counts")
    ap.add_argument("--keep", type=Path, help="folder to keep the store and files in")
    ap.add_argument("--export-only", action="store_true",
                    help="only build and export (max_rss_mb is then the export's own memory)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bitgeul-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.sqlite3"
    for old in folder.glob("bench.sqlite3*"):
        old.unlink()
    t0 = time.perf_counter()
    store = build_store(db, args.amounts, args.per_doc)
    t_build = time.perf_counter() - t0

    out = folder / "report.xlsx"
    if args.export_only:
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        w, c, result = _timed(lambda: export(store, "xlsx", out, filters=ExportFilters()))
        print(json.dumps({"amount_rows": result.rows.get("amounts"), "export_wall_s": round(w, 2),
                          "export_cpu_s": round(c, 2), "max_rss_mb": round(
                              resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                          "max_rss_before_export_mb": round(rss_before, 1),
                          "file_mb": round(out.stat().st_size / 1e6, 1)}))
        return
    _w, _c, (tables, _builder) = _timed(gather, store)
    values = plain_values(tables)
    best: dict[str, list[float]] = {}
    result = None
    for _ in range(args.rounds):
        w, c, result = _timed(lambda: export(store, "xlsx", out, filters=ExportFilters()))
        best.setdefault("export", [w, c])
        best["export"] = [min(best["export"][0], w), min(best["export"][1], c)]
        for name, fn, given in (("plain", plain_write, values),
                                ("writer", writer_only, tables)):
            w, c, _ = _timed(fn, given, folder / f"{name}.xlsx")
            prev = best.get(name, [w, c])
            best[name] = [min(prev[0], w), min(prev[1], c)]
        w, c, _ = _timed(gather, store)
        prev = best.get("gather", [w, c])
        best["gather"] = [min(prev[0], w), min(prev[1], c)]
    assert result is not None
    n_cells = sum(len(r) for rows in values.values() for r in rows)
    store.close()
    ratio = best["export"][1] / best["plain"][1]
    print(json.dumps({
        "amount_rows": result.rows.get("amounts"),
        "amounts_per_doc": args.per_doc,
        "rows": result.rows,
        "cells": n_cells,
        "counted": result.counted,
        "duplicates": result.duplicates,
        "total_krw": result.totals.get("KRW"),
        "build_store_s": round(t_build, 2),
        "rounds": args.rounds,
        "export_cpu_s": round(best["export"][1], 2),
        "plain_openpyxl_cpu_s": round(best["plain"][1], 2),
        "writer_only_cpu_s": round(best["writer"][1], 2),
        "gather_only_cpu_s": round(best["gather"][1], 2),
        "export_wall_s": round(best["export"][0], 2),
        "plain_openpyxl_wall_s": round(best["plain"][0], 2),
        "ratio": round(ratio, 3),
        "ratio_wall": round(best["export"][0] / best["plain"][0], 3),
        "ratio_writer_only": round(best["writer"][1] / best["plain"][1], 3),
        "target_ratio": 1.3,
        "meets_target": ratio <= 1.3,
        "file_mb": round(out.stat().st_size / 1e6, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "when": datetime.now().isoformat(timespec="seconds"),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
