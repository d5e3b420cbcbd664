"""Running the suggestion engine over stored documents: resumable, cancellable, on all cores.

``run_suggestions`` is a plain function with a progress callback and a cancel flag (the GUI runs
it on a worker thread, the CLI in the foreground). Each document's suggestions are committed as
soon as they are ready, so a cancelled or killed run resumes where it stopped.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from typing import TYPE_CHECKING

from models.domain import Analysis
from models.progress import Cancel, Cancelled, Progress, check, report

if TYPE_CHECKING:
    from models.learn.predict import Analyzer
    from models.store.project import ProjectStore

# Below this many documents a process pool costs more (each worker loads its own Kiwi, ~2 s)
# than it saves.
POOL_THRESHOLD = 40

_worker_analyzer: Analyzer | None = None


def _init_worker(analyzer: Analyzer) -> None:
    """Pool initializer: this worker's own Kiwi (with the project's terms as user words)."""
    global _worker_analyzer
    from models.nlp.kiwi_runtime import init_worker

    init_worker([(t, label) for t, label in analyzer.terms if 1 < len(t) <= 40])
    _worker_analyzer = analyzer


def _analyze_in_worker(item: tuple[int, str, date | None]) -> tuple[int, Analysis]:
    doc_id, text, doc_date = item
    assert _worker_analyzer is not None, "the pool initializer did not run"
    return doc_id, _worker_analyzer(text, doc_date)


def run_suggestions(
    store: ProjectStore,
    doc_ids: Sequence[int] | None = None,
    *,
    force: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    analyzer: Analyzer | None = None,
) -> int:
    """Analyse documents (by default those not yet analysed by this engine); returns how many.

    ``analyzer``: what to run (default: ``models.learn.predict.analyzer_for(store)``, the engine
    with the project's trained model, learned terms and rejections). Its ``name`` goes into the
    runs, so a new model version makes every document due again.
    """
    if analyzer is None:
        from models.learn.predict import analyzer_for

        analyzer = analyzer_for(store)
    engine = analyzer.name
    if doc_ids is None:
        doc_ids = store.document_ids() if force else store.unanalysed(engine)
    total = len(doc_ids)
    report(progress, 0, total)
    if not total:
        return 0
    workers = workers or max(1, min(os.cpu_count() or 1, 8))
    done = 0
    try:
        if workers == 1 or total < POOL_THRESHOLD:
            for start in range(0, total, 20):
                for doc_id, text, doc_date in store.texts(doc_ids[start:start + 20]):
                    check(cancel)
                    store.save_analysis(doc_id, engine, analyzer(text, doc_date))
                    done += 1
                    report(progress, done, total)
            return done
        ctx = get_context("spawn")  # fork is unsafe with threads (GUI) and unavailable on Windows
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(analyzer,)) as pool:
            try:
                for start in range(0, total, 200):
                    items = store.texts(doc_ids[start:start + 200])
                    for doc_id, analysis in pool.map(_analyze_in_worker, items, chunksize=4):
                        store.save_analysis(doc_id, engine, analysis)
                        done += 1
                        report(progress, done, total)
                        check(cancel)
            except Cancelled:
                pool.shutdown(cancel_futures=True)  # do not wait for documents handed out
                raise
    except Cancelled:
        pass  # each document was committed as it came: a cancelled run keeps them, and says so
    return done
