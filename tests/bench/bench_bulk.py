"""Bulk suggestion against raw Kiwi batch on the same cores, measured in the same run.

    python tests/bench/bench_bulk.py [--runs 3] [--cores 1,2] [--docs 600] [--kmou DIR]
    python tests/bench/bench_bulk.py --profile          # where the time goes (CPU seconds)
    python tests/bench/bench_bulk.py --memory 20000     # peak memory of a 20,000-article run

The corpus: article-sized documents (~1,200 characters each, 600 of them ≈ 730k characters)
made of consecutive KMOU sentences when the corpus is present (read in place, never copied),
otherwise of sentences written here. For each core count (the processes are pinned to that many
CPUs on Linux) and in alternating order, ``--runs`` times, whole processes, start-up included:

* ``raw``: a process that reads the texts and runs one ``Kiwi(num_workers=cores)`` batch
  ``tokenize`` over them (Kiwi's defaults); ``raw_same``: the same with the options we load Kiwi
  with (no multi-word dictionary), so that its ratio shows our own work;
* ``suggest``: ``bitgeul suggest --workers cores`` on a copy of a project holding the texts;
* ``app``: the app's background run — ``run_suggestions`` on a ``WorkerPool`` of one worker
  process with ``cores`` Kiwi threads, pool start included;
* ``analyze``: ``bitgeul analyze --input`` on the texts as JSONL.

Prints JSON with the medians, ``ratio_*`` = raw / ours (target >= 0.8), the machine's load
average before and after, the peak resident memory summed over each process tree, and
``identical``: whether what ``suggest`` stored equals, span for span, what the engine gives each
text on its own (the pre-bulk path: one ``tokenize`` per text, a Kiwi carrying the project's
terms) on a sample plus the demo corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

KMOU = ROOT.parent / "shared" / "data" / "kmou-ner" / "corpus"
DEMO = ROOT / "resources" / "demo" / "articles.jsonl"
OWN = [
    "김민수 장관은 8일 서울에서 열린 회의에서 ▲빛고을 데이터센터 구축(1조2000억원)을 약속했다.",
    "박지훈 빛고을대병원장은 새 병동 건립 계획을 설명했다.",
    "중국은 새 관세를 발표했고, 기업들은 중국에서 철수하고 있다.",
    "군은 총 1200억원을 들여 영산강 생태공원 조성 사업을 추진한다.",
    "최영수 부산시 정책보좌관은 항만 예산 3000억원을 요청했다.",
    "한빛전력은 2027년까지 해상풍력 단지에 5000억원을 투자하기로 했다.",
    "이날 도의회는 청년 일자리 예산 120억원을 의결했다.",
]

RAW = """
import json, sys
from kiwipiepy import Kiwi
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
n = 0
for tokens in Kiwi(num_workers=int(sys.argv[2]){options}).tokenize(texts):
    n += len(tokens)
"""

APP = """
import sys
from models.pool import WorkerPool
from models.store.project import ProjectStore
from models.suggest import run_suggestions

if __name__ == "__main__":
    store = ProjectStore.open(sys.argv[1], "bench")
    with WorkerPool(1, int(sys.argv[2])) as pool:
        run_suggestions(store, pool=pool)
"""


def corpus(n_docs: int, kmou: Path) -> tuple[str, list[str]]:
    if kmou.exists():
        from models.importers.kmou import iter_kmou_corpus

        sents: list[str] = []
        for doc in iter_kmou_corpus(kmou):
            sents.append(doc.text)
            if len(sents) >= 19 * n_docs:
                break
        if len(sents) >= 19 * n_docs:
            return "kmou", [" ".join(sents[i:i + 19]) for i in range(0, 19 * n_docs, 19)]
    docs = []
    for i in range(n_docs):  # vary the order so that documents differ
        k = i % len(OWN)
        docs.append(" ".join((OWN[k:] + OWN[:k]) * 3) + f" 문서 {i}번.")
    return "own", docs


def rss_tree(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (Linux /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, todo = {root}, [root]
    while todo:
        pid = todo.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                todo.append(child)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def timed_run(cmd: list[str], cpus: set[int] | None) -> tuple[float, int, float]:
    """Wall seconds, peak resident bytes (summed over the process tree) and CPU seconds (user +
    system, the process and the children it waited for) of ``cmd``."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {k: v for k, v in os.environ.items() if k != "BITGEUL_DB"}
    env["PYTHONPATH"] = str(ROOT)

    def pin() -> None:
        if cpus and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, cpus)

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=pin if cpus else None)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.2):
            peak = max(peak, rss_tree(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"{cmd!r} failed: {err.decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak, cpu


def make_project(path: Path, docs: list[str]) -> None:
    from models.domain import ImportedDoc
    from models.store.project import ProjectStore

    store = ProjectStore.open(path, "bench")
    store.add_documents([ImportedDoc(t, title=f"문서 {i}") for i, t in enumerate(docs)])
    store.close()


def stored(db: Path) -> dict[int, list[tuple[object, ...]]]:
    """What a run stored: per document id, its suggestions and links."""
    from sqlalchemy import select

    from models.store import schema as s
    from models.store.project import ProjectStore

    store = ProjectStore.open(db, "bench")
    out: dict[int, list[tuple[object, ...]]] = {}
    with store.session() as ses:
        rows = ses.execute(select(s.Suggestion.id, s.Suggestion.document_id, s.Suggestion.start,
                                  s.Suggestion.end, s.Suggestion.label, s.Suggestion.source,
                                  s.Suggestion.score, s.Suggestion.value)
                           .order_by(s.Suggestion.id)).all()
        links = ses.execute(select(s.SuggestionLink.head_id, s.SuggestionLink.tail_id,
                                   s.SuggestionLink.label)).all()
    where = {}
    for sid, doc, start, end, label, source, score, value in rows:
        where[sid] = (start, end, label)
        out.setdefault(doc, []).append((start, end, label, source, round(score, 6),
                                        json.dumps(value, sort_keys=True)))
    doc_of = {sid: doc for sid, doc, *_ in rows}
    for head, tail, label in links:
        out.setdefault(doc_of[head], []).append(("link", where[head], where[tail], label))
    store.close()
    for spans in out.values():
        spans.sort(key=repr)
    return out


def expected(db: Path, doc_ids: list[int]) -> dict[int, list[tuple[object, ...]]]:
    """The pre-bulk result of each document: the analyzer on one text at a time."""
    from models.bulk import kiwi_for, kiwi_words
    from models.learn.predict import analyzer_for
    from models.store.project import ProjectStore

    store = ProjectStore.open(db, "bench")
    analyzer = analyzer_for(store)
    analyzer.kiwi = kiwi_for(kiwi_words(analyzer.terms), 1)
    out: dict[int, list[tuple[object, ...]]] = {}
    for doc_id, text, day in store.texts(doc_ids):
        result = analyzer(text, day)
        spans = [(sp.start, sp.end, sp.label, sp.source, round(float(sp.score), 6),
                  json.dumps(sp.value.to_json() if sp.value else None, sort_keys=True))
                 for sp in result.spans]
        spans += [("link", spans[r.head][:3], spans[r.tail][:3], r.label)
                  for r in result.relations]
        if spans:
            out[doc_id] = sorted(spans, key=repr)
    store.close()
    return out


def load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def bench(args: argparse.Namespace, tmp: Path) -> dict[str, object]:
    source, docs = corpus(args.docs, Path(args.kmou))
    jsonl = tmp / "docs.jsonl"
    jsonl.write_text("".join(json.dumps({"text": d}, ensure_ascii=False) + "\n" for d in docs),
                     encoding="utf-8")
    template = tmp / "template.sqlite3"
    make_project(template, docs)
    py = sys.executable
    out: dict[str, object] = {"texts": source, "docs": len(docs),
                              "chars": sum(len(d) for d in docs), "load_before": load()}
    all_cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    for cores in [int(c) for c in args.cores.split(",")]:
        cpus = set(all_cpus[:cores]) if all_cpus else None
        db = tmp / f"run-{cores}.sqlite3"
        cmds = {
            "raw": [py, "-c", RAW.format(options=""), str(jsonl), str(cores)],
            "raw_same": [py, "-c", RAW.format(
                options=", load_multi_dict=False, load_typo_dict=False"), str(jsonl), str(cores)],
            "suggest": [py, "-m", "models.cli", "--db", str(db), "suggest", "--workers",
                        str(cores), "--no-progress"],
            "app": [py, "-c", APP, str(db), str(cores)],
            "analyze": [py, "-m", "models.cli", "analyze", "--input", str(jsonl)],
        }
        if args.only:  # a subset while iterating (raw is always run: the ratios need it)
            keep = {"raw", *args.only.split(",")}
            cmds = {k: v for k, v in cmds.items() if k in keep}
        times: dict[str, list[float]] = {k: [] for k in cmds}
        cpu: dict[str, list[float]] = {k: [] for k in cmds}
        peaks: dict[str, int] = dict.fromkeys(cmds, 0)
        order = list(cmds)
        for run in range(args.runs):
            for name in order if run % 2 == 0 else order[::-1]:
                if name in ("suggest", "app"):
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(db) + suffix).unlink(missing_ok=True)
                    shutil.copy(template, db)
                wall, peak, used = timed_run(cmds[name], cpus)
                times[name].append(wall)
                cpu[name].append(used)
                peaks[name] = max(peaks[name], peak)
                if name == "suggest" and run == 0 and cores == max(
                        int(c) for c in args.cores.split(",")):
                    shutil.copy(db, tmp / "suggested.sqlite3")
        med = {k: statistics.median(v) for k, v in times.items()}
        row: dict[str, object] = {f"{k}_s": round(v, 2) for k, v in med.items()}
        ours_run = [k for k in ("suggest", "app", "analyze") if k in med]
        for ours in ours_run:
            row[f"ratio_{ours}"] = round(med["raw"] / med[ours], 3)
            if "raw_same" in med:
                row[f"ratio_{ours}_same_options"] = round(med["raw_same"] / med[ours], 3)
        # CPU seconds: what to compare on a loaded machine (wall time there is mostly waiting)
        cpu_med = {k: statistics.median(v) for k, v in cpu.items()}
        row["cpu_s"] = {k: round(v, 2) for k, v in cpu_med.items()}
        row["cpu_ratio"] = {ours: round(cpu_med["raw"] / cpu_med[ours], 3)
                            for ours in ours_run}
        row["chars_per_s"] = {k: round(out["chars"] / v) for k, v in med.items()}  # type: ignore[operator]
        row["peak_rss_mb"] = {k: round(v / 2**20) for k, v in peaks.items()}
        row["runs"] = args.runs
        out[f"cores_{cores}"] = row
    out["load_after"] = load()
    if (tmp / "suggested.sqlite3").exists():
        out["identical"] = identical(tmp, args.sample)
    return out


def identical(tmp: Path, sample: int) -> dict[str, object]:
    """Stored spans of the bulk run against the one-text-at-a-time engine."""
    from models.domain import ImportedDoc
    from models.store.project import ProjectStore
    from models.suggest import BULK_THRESHOLD, run_suggestions

    db = tmp / "suggested.sqlite3"
    got = stored(db)
    ids = sorted(got)[:sample]
    want = expected(db, ids)
    mismatched = [i for i in ids if got.get(i, []) != want.get(i, [])]
    # the demo corpus, padded to a bulk run with copies from another outlet
    demo = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    demo_db = tmp / "demo.sqlite3"
    store = ProjectStore.open(demo_db, "bench")
    copies = -(-BULK_THRESHOLD // len(demo))
    store.add_documents([ImportedDoc(d["text"], title=d.get("title"), outlet=f"o{k}")
                         for k in range(copies) for d in demo])
    run_suggestions(store)
    store.close()
    got_demo = stored(demo_db)
    want_demo = expected(demo_db, sorted(got_demo))
    demo_bad = [i for i in sorted(set(got_demo) | set(want_demo))
                if got_demo.get(i, []) != want_demo.get(i, [])]
    return {"sample_docs": len(ids), "mismatched": len(mismatched),
            "demo_docs": len(got_demo), "demo_mismatched": len(demo_bad),
            "ok": not mismatched and not demo_bad}


def memory(args: argparse.Namespace, tmp: Path) -> dict[str, object]:
    """Peak memory (summed over the process tree) of a run over ``--memory`` articles."""
    _, docs = corpus(600, Path(args.kmou))
    big = [f"{d} ({i}번째 기사)" for i in range(-(-args.memory // len(docs))) for d in docs]
    big = big[:args.memory]
    db = tmp / "big.sqlite3"
    make_project(db, big)
    py = sys.executable
    out: dict[str, object] = {"docs": len(big), "chars": sum(map(len, big)), "load_before": load()}
    for name, cmd in (("suggest", [py, "-m", "models.cli", "--db", str(db), "suggest",
                                   "--no-progress", "--force"]),
                      ("app", [py, "-c", APP.replace("run_suggestions(store,",
                                                     "run_suggestions(store, force=True,"),
                               str(db), str(os.cpu_count() or 1)])):
        wall, peak, used = timed_run(cmd, None)
        out[name] = {"wall_s": round(wall, 1), "cpu_s": round(used, 1),
                     "peak_rss_mb": round(peak / 2**20)}
    out["load_after"] = load()
    return out


def profile(args: argparse.Namespace, tmp: Path) -> dict[str, object]:
    """CPU seconds of each stage of a bulk run, in this process (one Kiwi thread)."""
    import cProfile
    import io
    import pstats

    from models.collector import few_collections
    from models.domain import ImportedDoc
    from models.learn.predict import analyzer_for
    from models.nlp.batching import BATCH, BATCH_CHARS
    from models.nlp.chunks import to_morphs
    from models.nlp.kiwi_runtime import build_kiwi
    from models.store.project import ProjectStore

    _, docs = corpus(args.docs, Path(args.kmou))
    cpu: dict[str, float] = {}

    def stage(name: str, fn):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        value = fn()
        cpu[name] = round(time.process_time() - t0, 2)
        return value

    store = ProjectStore.open(tmp / "profile.sqlite3", "bench")
    store.add_documents([ImportedDoc(t) for t in docs])
    analyzer = analyzer_for(store)
    kiwi = stage("kiwi_start", lambda: build_kiwi(num_workers=1))
    rows = store.texts(store.document_ids())
    tokens = stage("kiwi_tokenize", lambda: list(kiwi.tokenize([t for _, t, _ in rows])))
    stage("copy_tokens (to_morphs)", lambda: [to_morphs(t) for t in tokens])
    analyzer.gazetteer()
    items = [(t, d, tk) for (_, t, d), tk in zip(rows, tokens, strict=True)]

    def batched() -> list[Any]:  # as analyze_stream runs them (the tail's halving aside)
        out: list[Any] = []
        at = chars = 0
        for n, (text, _, _) in enumerate(items, 1):
            chars += len(text)
            if n - at >= BATCH or chars >= BATCH_CHARS or n == len(items):
                out += analyzer.analyze_tokens_many(items[at:n])
                at, chars = n, 0
        return out

    with few_collections():
        # a pass first, so that neither stage pays for filling the rules' caches (word facts)
        stage("rules (first pass, text by text)", lambda: [
            analyzer.analyze_tokens(t, d, tk) for t, d, tk in items])
        stage("rules (text by text, as before)", lambda: [
            analyzer.analyze_tokens(t, d, tk) for t, d, tk in items])
        results = stage("rules (all, in batches)", batched)
    stage("store (bulk)", lambda: store.save_analyses(analyzer.name, [
        (i, r) for (i, _, _), r in zip(rows, results, strict=True)]))
    stage("store (one doc per transaction, as before)", lambda: [
        store.save_analysis(i, analyzer.name, r) for (i, _, _), r in zip(rows, results,
                                                                          strict=True)])
    prof = cProfile.Profile()
    prof.enable()
    batched()
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
    store.close()
    return {"docs": len(docs), "chars": sum(map(len, docs)), "cpu_s": cpu, "load": load(),
            "rules_profile": buf.getvalue().splitlines()[:60]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cores", default=f"1,{len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}")
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--sample", type=int, default=100, help="documents checked for identity")
    ap.add_argument("--kmou", default=str(KMOU))
    ap.add_argument("--only", help="run only these, e.g. suggest,app (raw always runs)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--memory", type=int, help="articles in a memory run (e.g. 20000)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.profile:
            result = profile(args, tmp)
        elif args.memory:
            result = memory(args, tmp)
        else:
            result = bench(args, tmp)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
