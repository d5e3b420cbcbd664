"""``bitgeul suggest`` and ``bitgeul accept``: run the suggestion engine, accept in bulk."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from models.cli.common import ProgressBar, open_store
from models.domain import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sug = sub.add_parser("suggest", help="run the suggestion engine over stored documents")
    sug.add_argument("--doc", type=int, action="append", help="only these document ids")
    sug.add_argument("--force", action="store_true", help="re-analyse documents already done")
    sug.add_argument("--workers", type=int, help="processes to use (default: all cores)")
    sug.add_argument("--no-progress", action="store_true")
    sug.set_defaults(handler=cmd_suggest)

    acc = sub.add_parser("accept", help="accept open suggestions in bulk (logged as decisions)")
    acc.add_argument("--all", action="store_true", help="every open suggestion")
    acc.add_argument("--label", action="append", help="only these labels")
    acc.add_argument("--min-score", type=float, help="only suggestions scoring at least this")
    acc.add_argument("--doc", type=int, action="append", help="only these document ids")
    acc.set_defaults(handler=cmd_accept)


def cmd_suggest(args: argparse.Namespace) -> int:
    from models.learn.predict import analyzer_for
    from models.store.db import sqlite_path
    from models.store.secrets import redact
    from models.suggest import run_suggestions

    store = open_store(args)
    analyzer = analyzer_for(store)
    if analyzer.model_problem:  # one line; the rules and the project's memory go on
        where = sqlite_path(store.url) or redact(store.url)
        print(f"bitgeul: {where}: {analyzer.model_problem}", file=sys.stderr)
    n = run_suggestions(store, args.doc, force=args.force, workers=args.workers,
                        progress=ProgressBar("suggest", not args.no_progress),
                        analyzer=analyzer)
    stats = store.stats()
    print(f"analysed {n} documents; {stats['open_suggestions']} open suggestions")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from models.store.commands import Accept

    if not (args.all or args.label or args.min_score is not None or args.doc):
        raise InputError("accept", "say what to accept: --all, --label, --min-score or --doc")
    store = open_store(args)
    doc_ids = args.doc or [d.id for d in store.documents()]
    labels = set(args.label or ())
    accepted = 0
    for doc_id in doc_ids:
        view = store.document(doc_id)
        chosen = [sg for sg in view.suggestions
                  if (not labels or sg.label in labels)
                  and (args.min_score is None or sg.score >= args.min_score)]
        # Overlapping suggestions cannot both be right: keep the first, longest of each cluster.
        chosen.sort(key=lambda sg: (sg.start, -(sg.end - sg.start)))
        kept: list[Any] = []
        for sg in chosen:
            if not kept or sg.start >= kept[-1].end:
                kept.append(sg)
        if kept:
            store.execute([Accept(sg.id) for sg in kept], f"일괄 수락 ({len(kept)})")
            accepted += len(kept)
    print(f"accepted {accepted} suggestions in {len(doc_ids)} documents")
    return 0
