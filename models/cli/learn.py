"""``bitgeul train`` and ``bitgeul model``: the project's trained tagger and its versions."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from models.cli.common import ProgressBar, open_store
from models.domain import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tr = sub.add_parser("train", help="train the project's suggestion model (from its decisions, "
                        "or from an annotated corpus with --from)")
    tr.add_argument("--from", dest="source", nargs="+", metavar="PATH",
                    help="annotated corpus files or folders you own (default: this project's "
                    "decisions)")
    tr.add_argument("--skip-invalid", action="store_true",
                    help="with --from: leave out bad sentences (listed on stderr) instead of "
                         "refusing the corpus")
    tr.add_argument("--format", dest="fmt", choices=["bio", "kmou", "klp", "jsonl"],
                    help="bio (KLUE character BIO), kmou or jsonl with spans (default: by file)")
    tr.add_argument("--limit", type=int, help="use the first N documents/sentences only")
    tr.add_argument("--labels", help="comma-separated labels to learn (default: all but "
                    "MONEY, DATE and QUANTITY, which the rules find)")
    tr.add_argument("--no-evaluation", dest="evaluate", action="store_false",
                    help="skip scoring the ways to combine model and rules (each half of the "
                         "documents by models of the other); the model keeps the default one")
    tr.add_argument("--json", action="store_true", help="print the model's info as JSON")
    tr.add_argument("--no-progress", action="store_true")
    tr.set_defaults(handler=cmd_train)

    md = sub.add_parser("model", help="the project's trained models: status, versions, rollback")
    md.add_argument("--list", action="store_true", help="every stored version")
    md.add_argument("--activate", type=int, metavar="VERSION",
                    help="use this stored version from now on")
    md.add_argument("--json", action="store_true")
    md.set_defaults(handler=cmd_model)


def cmd_train(args: argparse.Namespace) -> int:
    from models.learn.examples import read_corpus
    from models.learn.train import TrainingError, train

    store = open_store(args)
    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    bar = ProgressBar("train", not args.no_progress)
    try:
        if args.source:
            skipped: list[InputError] = []
            tset = read_corpus(args.source, args.fmt, args.limit,
                               skip_invalid=args.skip_invalid, skipped=skipped)
            for bad in skipped:
                print(f"bitgeul: skipped {bad}", file=sys.stderr)
            info = train(tset, bar, save_to=store, labels=labels, evaluate=args.evaluate)
        else:
            info = train(store, bar, labels=labels, evaluate=args.evaluate)
    except TrainingError as exc:
        raise InputError(" ".join(args.source) if args.source else store.url, str(exc)) from exc
    if args.json:
        print(json.dumps(info_json(info), ensure_ascii=False))
        return 0
    print(f"model v{info.version}: {info.n_sentences} sentences, {info.n_spans} spans, "
          f"labels {', '.join(info.labels)}; trained in {info.seconds:.0f} s")
    ev = info.evaluation
    if ev:
        how = "each half by a model of the other" if ev.get("method") == "2-fold" else "held-out"
        print(f"{how} ({ev['documents']} documents, {', '.join(ev['labels'])}): "
              f"F1 {ev['model']['f1']:.3f} with the model, {ev['rules']['f1']:.3f} rules alone"
              f" (policy {ev.get('policy', '?')})")
    print("run 'bitgeul suggest' to refresh the suggestions with it")
    return 0


def info_json(info: Any) -> dict[str, Any]:
    return {"version": info.version, "created_at": info.created_at.isoformat(),
            "source": info.source, "documents": info.n_documents,
            "sentences": info.n_sentences, "spans": info.n_spans, "labels": list(info.labels),
            "seconds": info.seconds, "active": info.active, "bytes": info.size,
            "evaluation": info.evaluation}


def cmd_model(args: argparse.Namespace) -> int:
    from models.learn.modelstore import activate, list_models, model_status

    store = open_store(args)
    if args.activate is not None:
        try:
            info = activate(store, args.activate)
        except KeyError as exc:
            raise InputError(store.url, str(exc.args[0])) from exc
        print(f"active model: {info.summary()}")
        return 0
    if args.list:
        models = list_models(store)
        if args.json:
            print(json.dumps([info_json(m) for m in models], ensure_ascii=False))
        else:
            for m in models:
                mark = "*" if m.active else " "
                print(f"{mark} {m.summary()} from {m.source}")
            if not models:
                print("no trained model yet: bitgeul train")
        return 0
    status = model_status(store)
    if args.json:
        print(json.dumps({"model": info_json(status.model) if status.model else None,
                          "decisions_since": status.decisions_since,
                          "imported_since": status.imported_since,
                          "should_retrain": status.should_retrain}, ensure_ascii=False))
    else:
        print(status.summary())
        if status.should_retrain:
            print("enough new decisions to retrain: bitgeul train")
    return 0
