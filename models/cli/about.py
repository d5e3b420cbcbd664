"""``bitgeul licences``: the open-source components the app ships and their licences."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lc = sub.add_parser("licences", aliases=["licenses"],
                        help="list the open-source components inside the app and their licences")
    lc.add_argument("--full", action="store_true", help="also print each licence text")
    lc.set_defaults(handler=cmd_licences)


def cmd_licences(args: argparse.Namespace) -> int:
    from models.about import app_version, components

    print(f"Bitgeul {app_version()}")
    for c in components():
        print(f"{c.name} {c.version}".rstrip() + f": {c.licence or 'licence not stated'}")
        if args.full:
            for name, text in c.texts:
                print(f"--- {c.name}: {name} ---")
                print(text.rstrip())
            print()
    return 0
