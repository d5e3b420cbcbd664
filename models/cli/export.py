"""``bitgeul stats`` and ``bitgeul export``: counts, and the report and tables out."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from models.cli.common import ProgressBar, open_store
from models.domain import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    st = sub.add_parser("stats", help="counts of documents, suggestions, annotations …")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=cmd_stats)

    exp = sub.add_parser("export", help="the Excel report, CSV tables, JSONL or char-level BIO")
    exp.add_argument("--format", dest="fmt", default=None,
                     choices=["xlsx", "csv", "bio", "klue", "jsonl"],
                     help="default: from the output's extension (.xlsx, .csv, .zip, .jsonl, .bio)")
    exp.add_argument("-o", "--output", required=True)
    exp.add_argument("--zip", action="store_true", help="CSV: all tables in one zip file")
    exp.add_argument("--status", choices=["new", "in_progress", "done"])
    exp.add_argument("--label", action="append", help="only these labels (repeatable)")
    exp.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    exp.add_argument("--outlet", action="append", help="only these outlets (repeatable)")
    exp.add_argument("--doc", type=int, action="append", help="only these document ids")
    exp.add_argument("--only-annotated", action="store_true")
    exp.add_argument("--lang", choices=["ko", "en"], default="ko",
                     help="sheet names and headers (default: Korean)")
    exp.add_argument("--no-progress", action="store_true")
    exp.set_defaults(handler=cmd_export)


def cmd_stats(args: argparse.Namespace) -> int:
    stats = open_store(args).stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
    else:
        for key, value in stats.items():
            print(f"{key:24} {value}")
    return 0


def _day(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(what, f"not a date (YYYY-MM-DD): {value!r}") from exc


_SUFFIX_FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".zip": "csv-zip", ".jsonl": "jsonl",
                   ".bio": "bio", ".txt": "bio"}


def cmd_export(args: argparse.Namespace) -> int:
    from models.export.report_data import ExportFilters
    from models.export.run import export

    output = Path(args.output)
    fmt = args.fmt or _SUFFIX_FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise InputError(args.output, "say --format xlsx|csv|jsonl|bio (unknown extension)")
    if fmt == "csv" and (args.zip or output.suffix.lower() == ".zip"):
        fmt = "csv-zip"
    filters = ExportFilters(status=args.status, labels=tuple(args.label or ()),
                            date_from=_day(args.date_from, "--from"),
                            date_to=_day(args.date_to, "--to"),
                            outlets=tuple(args.outlet or ()), doc_ids=tuple(args.doc or ()),
                            only_annotated=args.only_annotated)
    store = open_store(args)
    result = export(store, fmt, output, filters=filters, language=args.lang,
                    progress=ProgressBar("export", not args.no_progress))
    for path in result.files:
        print(path)
    for table, n in result.rows.items():
        print(f"  {table}: {n} rows")
    for currency, total in result.totals.items():
        print(f"  total {currency}: {total} (each amount counted once; "
              f"{result.duplicates} repeats not added)")
    for warning in result.warnings:
        print(f"bitgeul: warning: {warning}", file=sys.stderr)
    return 0
