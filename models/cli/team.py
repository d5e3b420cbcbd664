"""``bitgeul merge``, ``bitgeul agreement`` and ``bitgeul review``: team work on one project."""

from __future__ import annotations

import argparse
import json

from models.cli.common import open_store
from models.domain import InputError
from models.team import REVIEWER


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add merge, agreement and review to the ``bitgeul`` sub-command parsers."""
    mg = sub.add_parser("merge", help="merge another researcher's project file into this one")
    mg.add_argument("other", help="the other project (a .sqlite3 file)")
    mg.add_argument("--json", action="store_true")
    mg.add_argument("--dry-run", action="store_true",
                    help="say what the merge would change, change nothing")
    mg.add_argument("--include-review", action="store_true",
                    help=f"take their reviewed layer ({REVIEWER!r}) too")
    mg.set_defaults(handler=cmd_merge)

    up = sub.add_parser("upgrade", help="upgrade a project's schema to this version of Bitgeul "
                        "(a shared PostgreSQL database is upgraded only by this command)")
    up.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    up.set_defaults(handler=cmd_upgrade)

    ag = sub.add_parser("agreement",
                        help="agreement between annotators (per-label F1, Cohen's kappa)")
    ag.add_argument("--json", action="store_true")
    ag.add_argument("--annotators", help="comma-separated names (default: everyone)")
    ag.add_argument("--doc", type=int, action="append", help="only these document ids")
    ag.add_argument("--by-doc", action="store_true", help="also list each document")
    ag.add_argument("--include-review", action="store_true",
                    help=f"compare the reviewed layer ({REVIEWER!r}) too")
    ag.set_defaults(handler=cmd_agreement)

    rv = sub.add_parser("review", help="the annotators' spans side by side; build the "
                        f"reviewed layer (annotator {REVIEWER!r})")
    rv.add_argument("--doc", type=int, action="append",
                    help="document id (repeatable; default with --agreed/--adopt: every "
                    "document two annotators worked on)")
    rv.add_argument("--agreed", action="store_true",
                    help="adopt the spans all annotators agree on")
    rv.add_argument("--adopt", metavar="ANNOTATOR",
                    help="adopt this annotator's spans where nothing is reviewed yet")
    rv.add_argument("--done", action="store_true", help="mark the documents as reviewed")
    rv.add_argument("--json", action="store_true")
    rv.set_defaults(handler=cmd_review)


def cmd_merge(args: argparse.Namespace) -> int:
    from models.team.merge import merge_project

    store = open_store(args)
    try:
        summary = merge_project(store, args.other, dry_run=args.dry_run,
                                include_review=args.include_review)
    finally:
        store.close()
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
        return 0
    lines = summary.lines()
    print(f"{args.other}: {'dry run: ' if args.dry_run else ''}{lines[0]}")
    for line in lines[1:]:
        print(line)
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    """Upgrade the project's schema, asking first (it changes a team database for everyone)."""
    import sys

    from sqlalchemy.exc import SQLAlchemyError

    from models.store.db import (
        check_known_revision,
        current_revision,
        head_revision,
        make_engine,
        open_database,
        resolve_url,
        sqlite_path,
    )
    from models.store.secrets import redact

    url = resolve_url(args.db)
    where = str(sqlite_path(url) or redact(url))
    engine = make_engine(url)
    try:
        current, head = current_revision(engine), head_revision(engine)
        check_known_revision(engine, current)
    finally:
        engine.dispose()
    if current == head:
        print(f"{where}: already at schema {head}")
        return 0
    if current is not None and not args.yes:
        if not sys.stdin.isatty():
            raise InputError(where, "say --yes to upgrade (it changes the project for everyone "
                             "who uses it; back it up first)")
        answer = input(f"{where}: upgrade schema {current} → {head} for everyone? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("not upgraded")
            return 1
    try:
        open_database(url, upgrade_shared=True).close()
    except SQLAlchemyError as exc:  # e.g. an annotator's role, without rights on the schema
        first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["?"])[0]
        raise InputError(where, f"not upgraded ({redact(first)[:200]}); run it as the "
                         "database's owner role") from exc
    print(f"{where}: upgraded from schema {current or 'none'} to {head}")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from models.team.agreement import agreement

    store = open_store(args)
    try:
        who = [w.strip() for w in args.annotators.split(",") if w.strip()] \
            if args.annotators else None
        report = agreement(store, who, args.doc, include_review=args.include_review)
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(report.to_table(by_document=args.by_doc))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from models.store.commands import CommandError
    from models.team import review as rv
    from models.team.agreement import agreement

    store = open_store(args)
    try:
        docs = list(args.doc or [])
        acting = args.agreed or args.adopt or args.done
        if not docs and acting:
            report = agreement(store)
            docs = sorted({p.document_id for p in report.documents if p.document_id is not None})
        if not docs:
            raise InputError("review", "say which document: --doc ID")
        reviewer = rv.reviewer_store(store)
        views = []
        for doc in docs:
            try:
                if args.agreed:
                    rv.adopt_agreed(reviewer, doc)
                if args.adopt and (args.doc or args.adopt in rv.review_view(store, doc).annotators):
                    rv.adopt_annotator(reviewer, doc, args.adopt)
                if args.done:
                    rv.mark_reviewed(reviewer, doc)
                views.append(rv.review_view(store, doc))
            except CommandError as exc:
                raise InputError(f"document {doc}", str(exc)) from exc
    finally:
        store.close()
    if args.json:
        print(json.dumps([v.to_json() for v in views], ensure_ascii=False))
    else:
        for view in views:
            print(view.to_table())
            if acting:
                done = sum(r.reviewed for r in view.rows)
                print(f"  {done}/{len(view.rows)} places reviewed")
    return 0
