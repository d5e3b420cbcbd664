"""``bitgeul eval``: precision, recall and F1 of the engine (or a project) against gold data."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from models.cli.common import eval_analyzer
from models.domain import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = sub.add_parser("eval", help="precision/recall/F1 of the engine against gold data")
    ev.add_argument("gold", nargs="+", help="gold files or folders")
    ev.add_argument("--format", dest="fmt", choices=["bio", "kmou", "klp", "jsonl"],
                    help="klp: the 2016klp layout ('; sentence' and '$<tagged:PS>' lines)")
    ev.add_argument("--split", choices=["all", "dev", "held-out"], default="all",
                    help="score only the dev part or only the kept-back slice (1 sentence in 5, "
                         "by a hash of its text; see models.evaluate.held_out)")
    ev.add_argument("--countries", choices=["as-gold", "location"], default="as-gold",
                    help="location: count gold country names tagged ORG as LOCATION (TTA/KLUE)")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--limit", type=int, help="evaluate on the first N documents only")
    ev.add_argument("--labels", help="comma-separated labels to score")
    ev.set_defaults(handler=cmd_eval)


def _gold_docs(paths: Iterable[str], fmt: str | None) -> Iterator[Any]:
    from models.importers.klp import iter_klp
    from models.importers.kmou import iter_kmou_corpus, read_kmou
    from models.importers.registry import iter_files, read_file

    for raw in paths:
        path = Path(raw)
        if fmt == "klp":
            yield from iter_klp(path)
            continue
        if fmt == "kmou":
            yield from (iter_kmou_corpus(path) if path.is_dir() else read_kmou(path))
            continue
        for f in iter_files([path]):
            yield from read_file(f, fmt=fmt).docs


def cmd_eval(args: argparse.Namespace) -> int:
    from models.evaluate import countries_as_location, evaluate, split_part

    analyze = eval_analyzer(args)  # with --db: what the app would suggest in that project

    labels = args.labels.split(",") if args.labels else None
    pairs = []
    docs = (d for d in _gold_docs(args.gold, args.fmt) if split_part(d.text, args.split))
    for i, doc in enumerate(docs):
        if args.limit and i >= args.limit:
            break
        gold = countries_as_location(doc.spans) if args.countries == "location" else doc.spans
        pairs.append((gold, analyze(doc.text, doc.date).spans))
    if not pairs:
        raise InputError(" ".join(args.gold), "no gold documents found")
    report = evaluate(pairs, labels)
    print(json.dumps(report.to_json(), ensure_ascii=False) if args.json else report.to_table())
    return 0
