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
    ev.add_argument("--format", dest="fmt", choices=["bio", "kmou", "jsonl"])
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--limit", type=int, help="evaluate on the first N documents only")
    ev.add_argument("--labels", help="comma-separated labels to score")
    ev.set_defaults(handler=cmd_eval)


def _gold_docs(paths: Iterable[str], fmt: str | None) -> Iterator[Any]:
    from models.importers.kmou import iter_kmou_corpus, read_kmou
    from models.importers.registry import iter_files, read_file

    for raw in paths:
        path = Path(raw)
        if fmt == "kmou":
            yield from (iter_kmou_corpus(path) if path.is_dir() else read_kmou(path))
            continue
        for f in iter_files([path]):
            yield from read_file(f, fmt=fmt).docs


def cmd_eval(args: argparse.Namespace) -> int:
    from models.evaluate import evaluate

    analyze = eval_analyzer(args)  # with --db: what the app would suggest in that project

    labels = args.labels.split(",") if args.labels else None
    pairs = []
    for i, doc in enumerate(_gold_docs(args.gold, args.fmt)):
        if args.limit and i >= args.limit:
            break
        pairs.append((doc.spans, analyze(doc.text, doc.date).spans))
    if not pairs:
        raise InputError(" ".join(args.gold), "no gold documents found")
    report = evaluate(pairs, labels)
    print(json.dumps(report.to_json(), ensure_ascii=False) if args.json else report.to_table())
    return 0
