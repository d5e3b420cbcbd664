"""``bitgeul import``: articles from files and folders into the project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.cli.common import ProgressBar, open_store
from models.domain import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser("import", help="import articles (txt, csv, xlsx, jsonl, bio, conll, "
                                        "kmou) and documents (pdf, hwp, hwpx, docx, html, mhtml)")
    imp.add_argument("files", nargs="+", help="files or folders")
    imp.add_argument("--format", dest="fmt",
                     help="txt, csv, xlsx, bigkinds, jsonl, bio (KLUE char BIO), conll (word "
                          "tags), kmou, pdf, hwp, hwpx, docx, html or mhtml")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good lines of a JSONL/CSV file and list the bad ones")
    for col in ("text", "title", "date", "outlet", "author", "url", "id"):
        imp.add_argument(f"--{col}-column", dest=f"{col}_column", metavar="NAME",
                         help=f"table column holding the {col}")
    imp.add_argument("--no-progress", action="store_true")
    imp.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from models.importers.registry import ColumnMap, iter_files, read_file

    columns = ColumnMap(text=args.text_column, title=args.title_column, date=args.date_column,
                        outlet=args.outlet_column, author=args.author_column,
                        url=args.url_column, id=args.id_column)
    files = iter_files([Path(f) for f in args.files])
    if not files:
        raise InputError(" ".join(args.files), "no importable files found")
    store = open_store(args)
    total_added = total_dupes = total_spans = 0
    failed = 0
    for path in files:
        bar = ProgressBar(f"{path.name}", not args.no_progress)
        try:
            result = read_file(path, fmt=args.fmt, columns=columns,
                               skip_invalid=args.skip_invalid, progress=bar)
        except InputError as exc:
            print(f"bitgeul: {exc}", file=sys.stderr)
            failed += 1
            continue
        summary = store.add_documents(result.docs)  # one transaction per file
        total_added += summary.added
        total_dupes += summary.duplicates
        total_spans += summary.annotations
        for bad in result.skipped:
            print(f"bitgeul: skipped {bad}", file=sys.stderr)
        print(f"{path}: {summary.added} documents added, {summary.duplicates} already stored"
              + (f", {summary.annotations} spans" if summary.annotations else "")
              + (f", {len(result.skipped)} bad lines skipped" if result.skipped else "")
              + (f", {result.empty} without text skipped" if result.empty else ""))
    if len(files) > 1:
        print(f"total: {total_added} added, {total_dupes} already stored, {total_spans} spans")
    return 2 if failed else 0
