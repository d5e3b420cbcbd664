"""How often the suggested relations give each amount the right project, proposer, body and
region, on the self-written passages of tests/data/relation_passages*.txt.

    python tests/bench/bench_relations.py [--split tune|hold|hold2|hold3|hold4|hold5|hold6] [--show]

"After accepting the suggestions as they come": every suggested span and relation is taken as
it is, and each amount's row is read from them the way the report reads accepted relations
(``models.amount_links.resolve``). Prints JSON: accuracy per field for all passages, the tuning
passages and the held-out ones (written before any tuning), and the seconds taken.
``--show`` prints every miss. ``--report`` goes the user's whole way instead: the passages are
imported into a fresh project, every suggestion accepted as ``bitgeul accept --all`` does, the
Excel report written, and its 금액 rows read back (names without their "(추정)" mark). ``--speed N`` also times ``analyze_many`` on N KMOU sentences
(or the passages, repeated) with and without the relation pass, in alternating (ABBA) rounds in
this one process, and prints the ratio (target: at most 1.10).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ../shared/data beside the repository (BITGEUL_SHARED_DATA elsewhere, e.g. from a worktree)
SHARED = Path(os.environ.get("BITGEUL_SHARED_DATA", ROOT.parent / "shared" / "data"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from relation_gold import FIELDS, load, same, score  # noqa: E402


def predict(text: str, analysis) -> dict[int, dict[str, str | None]]:  # type: ignore[no-untyped-def]
    """MONEY start → the row's names, from an analysis's spans and relations."""
    from models.amount_links import Rel, resolve

    spans = analysis.spans
    labels = {i: s.label for i, s in enumerate(spans)}
    rels = [Rel(r.head, r.tail, r.label, r.score, r.attrs) for r in analysis.relations]
    out: dict[int, dict[str, str | None]] = {}

    def name(i: int | None) -> str | None:
        return None if i is None else spans[i].text

    for k, links in resolve(labels, rels).items():
        out[spans[k].start] = {"project": name(links.project), "proposer": name(links.proposer),
                               "body": name(links.body),
                               "region": links.region_name or name(links.region)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("tune", "hold", "hold2", "hold3", "hold4", "hold5", "hold6"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--speed", type=int, default=0)
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    from models.engine import analyze
    from models.nlp.kiwi_runtime import build_kiwi

    kiwi = build_kiwi()
    passages = [p for p in load() if args.split in (None, p.split)]
    rows = []
    t0 = time.perf_counter()
    by_report = through_report(passages, kiwi) if args.report else None
    for p in passages:
        got = (by_report[p.id] if by_report is not None
               else predict(p.text, analyze(p.text, kiwi=kiwi)))
        for g in p.gold:
            row = got.get(p.amount_start(g), {})
            rows.append((p, g, row))
            if args.show:
                miss = [f"{f}: {getattr(g, f)} ≠ {row.get(f)}" for f in FIELDS
                        if not same(f, getattr(g, f), row.get(f))]
                if miss:
                    print(p.id, g.surface, "; ".join(miss), file=sys.stderr)
    result = score(rows)
    result["seconds"] = round(time.perf_counter() - t0, 2)  # type: ignore[assignment]
    result["seed_article"] = seed_check(kiwi)  # type: ignore[assignment]
    if args.speed:
        result["speed"] = speed(kiwi, args.speed, args.rounds)  # type: ignore[assignment]
    print(json.dumps(result, ensure_ascii=False, indent=1))


def through_report(passages, kiwi) -> dict[str, dict[int, dict[str, str | None]]]:  # type: ignore[no-untyped-def]
    """Passage id → MONEY start → the names its 금액 row prints."""
    import tempfile

    from openpyxl import load_workbook

    from models.cli.suggest import accept_set
    from models.domain import ImportedDoc
    from models.engine import analyze
    from models.export.run import ExportFilters, export
    from models.store.commands import Accept
    from models.store.project import ProjectStore

    out: dict[str, dict[int, dict[str, str | None]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = ProjectStore.open(Path(tmp) / "bench.sqlite3", "bench")
        ids = store.add_documents([ImportedDoc(p.text, title=p.id) for p in passages]).document_ids
        for doc_id in ids:
            view = store.document(doc_id)
            store.save_analysis(doc_id, "bench", analyze(view.text, kiwi=kiwi))
            store.execute([Accept(g.id) for g in accept_set(list(store.document(doc_id)
                                                                 .suggestions))])
        path = Path(tmp) / "bench.xlsx"
        export(store, "xlsx", path, filters=ExportFilters())
        store.close()
        rows = list(load_workbook(path, read_only=True)["금액"].iter_rows(values_only=True))
    head = rows[0]

    def bare(v: object) -> str | None:
        return None if v in (None, "(사업 미연결)") else str(v).removesuffix(" (추정)")

    for r in rows[1:]:
        row = dict(zip(head, r, strict=True))
        out.setdefault(str(row["제목"]), {})[int(row["시작"])] = {  # type: ignore[arg-type]
            "project": bare(row["사업"]), "proposer": bare(row["제안자"]),
            "body": bare(row["소속"]), "region": bare(row["지역"])}
    return out


def speed(kiwi, n: int, rounds: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from models.domain import AMOUNT_FOR, DEFAULT_LABELS
    from models.engine import analyze_many

    kmou = SHARED / "kmou-ner" / "corpus"
    texts: list[str] = []
    if kmou.exists():
        from models.importers.kmou import iter_kmou_corpus

        for doc in iter_kmou_corpus(kmou):
            texts.append(doc.text)
            if len(texts) >= n:
                break
    else:
        base = [p.text for p in load()]
        texts = (base * (n // len(base) + 1))[:n]
    # Every span label and AMOUNT_FOR but not None: the engine then skips only the relations.
    without = {name for name, _, _ in DEFAULT_LABELS} | {AMOUNT_FOR}
    times: dict[str, list[float]] = {"with": [], "without": []}
    order = ["with", "without", "without", "with"] * rounds
    for which in order:
        t0 = time.perf_counter()
        for _ in analyze_many(texts, kiwi=kiwi, labels=None if which == "with" else without):
            pass
        times[which].append(time.perf_counter() - t0)
    a, b = sorted(times["with"]), sorted(times["without"])
    # The relation pass alone on the same texts (spans computed beforehand), against the whole
    # analysis: less noisy than the difference of two end-to-end timings on a busy machine.
    from models.nlp.relation_spans import relation_spans
    from models.nlp.relations import find_relations

    done = list(analyze_many(texts, kiwi=kiwi, labels=without))
    t0 = time.perf_counter()
    for text, an in zip(texts, done, strict=True):
        find_relations(text, [*an.spans, *relation_spans(text, an.spans)], an.relations)
    rel_s = time.perf_counter() - t0
    whole = a[len(a) // 2]
    return {"texts": len(texts), "with_s": round(whole, 3),
            "without_s": round(b[len(b) // 2], 3), "ratio": round(whole / b[len(b) // 2], 3),
            "relation_pass_s": round(rel_s, 3),
            "share_of_analyze": round(rel_s / whole, 4)}


def seed_check(kiwi) -> dict[str, object] | None:  # type: ignore[no-untyped-def]
    """The user's example article (read in place when present): each amount's row."""
    seed = SHARED / "seed-article.txt"
    if not seed.exists():
        return None
    from models.engine import analyze
    from models.textnorm import normalize_text

    text = normalize_text(seed.read_text(encoding="utf-8"))
    rows = list(predict(text, analyze(text, kiwi=kiwi)).values())
    return {"amounts": len(rows),
            "proposer_황철호": sum(r["proposer"] == "황철호" for r in rows),
            "region_광주": sum("광주" in (r["region"] or "") for r in rows),
            "with_project": sum(r["project"] is not None for r in rows)}


if __name__ == "__main__":
    main()
