"""``bitgeul demo``: import the bundled demo articles and suggest on them."""

from __future__ import annotations

import argparse

from models.cli.common import ProgressBar, open_store
from models.store.secrets import redact, without_password


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dm = sub.add_parser("demo", help="import the bundled demo articles and suggest on them")
    dm.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from models.demo import demo_docs
    from models.suggest import run_suggestions

    store = open_store(args)
    summary = store.add_documents(demo_docs())
    run_suggestions(store, progress=ProgressBar("suggest"))
    print(f"demo project: {redact(store.url)}")
    print(f"{summary.added} articles added ({summary.duplicates} were already there)")
    for doc in store.documents():
        print(f"  [{doc.id:3}] {doc.date or '':10} {doc.outlet or '':8} {doc.title[:40]:40} "
              f"제안 {doc.open_suggestions:3}  주석 {doc.annotations:3}")
    print("Open it in the workbench with: bitgeul"
          + (f" --db {without_password(str(args.db))}" if args.db else ""))
    return 0
