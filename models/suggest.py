"""Running the suggestion engine over stored documents: resumable, cancellable, on all cores.

``run_suggestions`` is a plain function with a progress callback and a cancel flag (the GUI runs
it on a worker thread, the CLI in the foreground). Results are stored in one transaction per
batch of documents as they arrive, so a cancelled or killed run keeps what is done and resumes
where it stopped.

A bulk run (``models.bulk``) uses one Kiwi on all cores with the rules beside it in this process,
or, given a :class:`models.pool.WorkerPool`, the same in worker processes (the app: the GUI's
interpreter stays free). See ``tests/bench/bench_bulk.py`` for what that costs against raw Kiwi.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from models.domain import Analysis
from models.engine import ENGINE_NAME
from models.progress import Cancel, Progress, report

if TYPE_CHECKING:
    from models.learn.predict import Analyzer
    from models.pool import WorkerPool
    from models.store.project import ProjectStore

# Below this many documents the process's shared Kiwi does the work (a Kiwi carrying the
# project's terms takes a second or two to build).
BULK_THRESHOLD = 40
# Documents per transaction; a batch is also written once it is this old (seconds), so that the
# open document and the progress bar follow the run.
SAVE_BATCH = 64
SAVE_EVERY = 0.5
# Documents read from the store per query.
READ_PAGE = 200

__all__ = ["ENGINE_NAME", "Cancel", "Progress", "run_suggestions"]


def run_suggestions(
    store: ProjectStore,
    doc_ids: Sequence[int] | None = None,
    *,
    force: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    analyzer: Analyzer | None = None,
    pool: WorkerPool | None = None,
) -> int:
    """Analyse documents (by default those not yet analysed by this engine); returns how many.

    ``analyzer``: what to run (default: ``models.learn.predict.analyzer_for(store)``, the engine
    with the project's trained model, learned terms and rejections). Its ``name`` goes into the
    runs, so a new model version makes every document due again. ``workers``: Kiwi threads
    (default: every core). ``pool``: worker processes to run on instead of this one.
    """
    from models.bulk import analyze_stream, cores, kiwi_for, kiwi_words

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
    ids = list(doc_ids)

    def items() -> Iterator[tuple[int, str, date | None]]:
        for start in range(0, total, READ_PAGE):
            yield from store.texts(ids[start:start + READ_PAGE])

    if pool is not None and total >= BULK_THRESHOLD:
        # the pool stops handing out documents on cancel; what is in flight still comes back
        return _store_as_they_come(store, engine, pool.analyze(analyzer, items(), cancel),
                                   total, progress, None)
    else:
        kiwi: Any = analyzer.kiwi
        if kiwi == "auto":
            kiwi = (analyzer._kiwi() if total < BULK_THRESHOLD
                    else kiwi_for(kiwi_words(analyzer.terms), workers or cores()))
        pages = ([r] for r in analyze_stream(analyzer, items(), kiwi))
        return _store_as_they_come(store, engine, pages, total, progress, cancel)


def _store_as_they_come(store: ProjectStore, engine: str,
                        pages: Iterable[list[tuple[int, Analysis]]], total: int,
                        progress: Progress | None, cancel: Cancel | None) -> int:
    done = 0
    batch: list[tuple[int, Analysis]] = []
    last = time.monotonic()

    def flush() -> None:
        nonlocal done, last
        if batch:
            store.save_analyses(engine, batch)
            done += len(batch)
            batch.clear()
            report(progress, done, total)
        last = time.monotonic()

    try:
        for page in pages:
            batch.extend(page)
            if len(batch) >= SAVE_BATCH or time.monotonic() - last >= SAVE_EVERY:
                flush()
            if cancel and cancel():
                break
    finally:
        flush()  # everything analysed is kept, also when the run stops on an error
    return done
