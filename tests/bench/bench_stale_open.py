"""What re-suggesting a stale document costs when it is opened, printed as JSON (not run by
pytest):

    python tests/bench/bench_stale_open.py [--repeat 7] [--kmou-docs 3000] [--kmou PATH]

On the demo project, after a name was accepted in one of them (the others are
then stale), for one article of median length, medians of --repeat runs:

* baseline: raw Kiwi tokenizing that article (same process, same Kiwi);
* fresh: suggesting it when it was never analysed (``run_suggestions`` on one document);
* stale_open: the app's job when a stale article is opened (``analyzer_for`` + the run's name
  compared + ``run_suggestions`` on that document);
* up_to_date_open: the same job when nothing changed (the run's name against ``engine_name``);
* on_open_gui: what the window thread does on opening (``latest_engine``: one query);
* engine_name: the name F5 and ``bitgeul suggest`` compare with (counting queries when this
  process has read the memory as it is; reading it otherwise: engine_name_cold);

With the KMOU corpus beside the repository (../shared/data/kmou-ner, non-commercial: measured,
never shipped), the last three are measured again on a project holding --kmou-docs of its
documents with their gold spans (a large memory).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.demo import demo_docs  # noqa: E402
from models.learn.predict import analyzer_for, engine_name  # noqa: E402
from models.store.commands import Accept  # noqa: E402
from models.store.project import ProjectStore  # noqa: E402
from models.suggest import run_suggestions  # noqa: E402

KMOU = ROOT.parent / "shared" / "data" / "kmou-ner" / "corpus"


def median_ms(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


def open_job(store: ProjectStore, doc_id: int) -> int:
    """The body of ``ModelTools._refresh_now`` for an opened document."""
    if store.latest_engine(doc_id) == engine_name(store):
        return 0
    analyzer = analyzer_for(store)
    if store.latest_engine(doc_id) == analyzer.name:
        return 0
    return run_suggestions(store, [doc_id], force=True, workers=1, analyzer=analyzer)


def demo(folder: Path, repeat: int) -> dict[str, Any]:
    from models.domain import Analysis
    from models.nlp.kiwi_runtime import get_kiwi

    store = ProjectStore.open(folder / "demo.sqlite3", "bench")
    ids = store.add_documents(demo_docs()).document_ids
    texts = {i: t for i, t, _d in store.texts(ids)}
    doc = sorted(ids, key=lambda i: len(texts[i]))[len(ids) // 2]
    kiwi = get_kiwi(wait=True)
    kiwi.tokenize(texts[doc])  # warm
    out: dict[str, Any] = {"documents": len(ids), "chars": len(texts[doc])}
    out["baseline_kiwi_ms"] = median_ms(lambda: kiwi.tokenize(texts[doc]), repeat)
    run_suggestions(store, workers=1)
    out["fresh_ms"] = median_ms(
        lambda: run_suggestions(store, [doc], force=True, workers=1), repeat)
    first = next(i for i in ids if i != doc and any(
        s.label in ("PERSON", "ORG") for s in store.document(i).suggestions))
    name = next(s for s in store.document(first).suggestions if s.label in ("PERSON", "ORG"))
    store.execute(Accept(name.id))  # the project learned a name: every article is stale

    stale_times = []
    for _ in range(repeat):
        # make it stale again: a run under an older name, as before the acceptance
        store.save_analysis(doc, "bitgeul-older-generation", Analysis(spans=[]))
        t0 = time.perf_counter()
        assert open_job(store, doc) == 1
        stale_times.append((time.perf_counter() - t0) * 1000)
    out["stale_open_ms"] = round(statistics.median(stale_times), 2)
    out["up_to_date_open_ms"] = median_ms(lambda: open_job(store, doc), repeat)
    out.update(gui_costs(store, doc, repeat))
    out["stale_open_vs_fresh"] = round(out["stale_open_ms"] / out["fresh_ms"], 2)
    out["stale_open_vs_kiwi"] = round(out["stale_open_ms"] / out["baseline_kiwi_ms"], 2)
    store.close()
    return out


def gui_costs(store: ProjectStore, doc: int, repeat: int) -> dict[str, float]:
    from models.learn import predict

    def cold() -> None:
        predict._GENERATIONS.clear()
        engine_name(store)

    return {"on_open_gui_ms": median_ms(lambda: store.latest_engine(doc), repeat),
            "engine_name_cold_ms": median_ms(cold, repeat),
            "engine_name_ms": median_ms(lambda: engine_name(store), repeat),
            "unanalysed_ms": median_ms(lambda: store.unanalysed(engine_name(store)), repeat)}


def kmou(folder: Path, corpus: Path, n_docs: int, repeat: int) -> dict[str, Any] | None:
    if not corpus.is_dir():
        return None
    from models.importers.kmou import kmou_files, read_kmou

    docs = []
    for f in kmou_files(corpus):
        docs.extend(read_kmou(f))
        if len(docs) >= n_docs:
            break
    store = ProjectStore.open(folder / "kmou.sqlite3", "bench")
    ids = store.add_documents(docs[:n_docs]).document_ids
    stats = store.stats()
    doc = ids[len(ids) // 2]
    run_suggestions(store, [doc], workers=1)
    out: dict[str, Any] = {"documents": len(ids), "gold_spans": stats["annotations"]}
    out["up_to_date_open_ms"] = median_ms(lambda: open_job(store, doc), repeat)
    out.update(gui_costs(store, doc, repeat))
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--kmou-docs", type=int, default=3000)
    ap.add_argument("--kmou", type=Path, default=KMOU, help="the KMOU corpus folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = {"demo": demo(Path(tmp), args.repeat),
                  "kmou": kmou(Path(tmp), args.kmou, args.kmou_docs, args.repeat)}
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
