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
    sug.add_argument("--workers", type=int, help="cores to use: Kiwi's threads (default: all)")
    sug.add_argument("--no-progress", action="store_true")
    sug.set_defaults(handler=cmd_suggest)

    acc = sub.add_parser("accept", help="accept open suggestions in bulk (logged as decisions)")
    acc.add_argument("--all", action="store_true", help="every open suggestion")
    acc.add_argument("--label", action="append", help="only these labels")
    acc.add_argument("--min-score", type=float, help="only suggestions scoring at least this")
    acc.add_argument("--doc", type=int, action="append", help="only these document ids")
    acc.add_argument("--relations", action="store_true",
                     help="confirm suggested relations instead (--label: relation labels)")
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

    if not (args.all or args.label or args.min_score is not None or args.doc
            or args.relations):
        raise InputError("accept", "say what to accept: --all, --label, --min-score, --doc "
                         "or --relations")
    store = open_store(args)
    doc_ids = args.doc or [d.id for d in store.documents()]
    if args.relations:
        return _accept_relations(store, doc_ids, set(args.label or ()), args.min_score)
    labels = set(args.label or ())
    accepted = 0
    for doc_id in doc_ids:
        view = store.document(doc_id)
        kept = accept_set([sg for sg in view.suggestions
                           if (not labels or sg.label in labels)
                           and (args.min_score is None or sg.score >= args.min_score)])
        if kept:
            store.execute([Accept(sg.id) for sg in kept], f"일괄 수락 ({len(kept)})")
            accepted += len(kept)
    print(f"accepted {accepted} suggestions in {len(doc_ids)} documents")
    return 0


def accept_set(suggestions: list[Any]) -> list[Any]:
    """The suggestions to accept together. Overlapping ones cannot both be right: the first,
    longest of each cluster stays. A project is a layer of its own: the place or person
    named inside it (오송 in 오송 바이오 국가산단 조성) stays too, as the engine suggests."""
    kept: list[Any] = []
    for layer in (True, False):
        last_end = -1
        for sg in sorted((g for g in suggestions if (g.label == "PROJECT") == layer),
                         key=lambda g: (g.start, -(g.end - g.start))):
            if sg.start >= last_end:
                kept.append(sg)
                last_end = sg.end
    return sorted(kept, key=lambda g: (g.start, g.end))


def _accept_relations(store: Any, doc_ids: list[int], labels: set[str],
                      min_score: float | None) -> int:
    """Confirm the relations carried over from the engine (one undoable group per document)."""
    from models.store.commands import ConfirmRelation

    confirmed = 0
    for doc_id in doc_ids:
        view = store.document(doc_id)
        chosen = [r for r in view.relations if not r.confirmed
                  and (not labels or r.label in labels)
                  and (min_score is None or r.score >= min_score)]
        if chosen:
            store.execute([ConfirmRelation(r.id) for r in chosen], f"관계 일괄 수락 ({len(chosen)})")
            confirmed += len(chosen)
    print(f"confirmed {confirmed} relations in {len(doc_ids)} documents")
    return 0
