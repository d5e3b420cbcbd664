"""The ``bitgeul`` command line (headless: no Qt is imported on any of these paths).

``desktop.launcher`` owns the console script: with a sub-command it hands over to :func:`main`
here; without one it opens the workbench.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from models.domain import InputError

COMMANDS = ("import", "suggest", "accept", "stats", "export", "eval", "analyze", "demo",
            "merge", "agreement", "review", "train", "model")
TEAM_COMMANDS = ("merge", "agreement", "review", "upgrade")
LEARN_COMMANDS = ("train", "model")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bitgeul",
        description="빛글 Bitgeul — annotate Korean policy news and export tables.",
    )
    p.add_argument("--db", help="project: a SQLite file path or a SQLAlchemy URL "
                   "(default: $BITGEUL_DB or the default project in the user data folder)")
    p.add_argument("--annotator", help="who is deciding (default: the OS user name)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", help="import articles (txt, csv, xlsx, jsonl, bio, kmou)")
    imp.add_argument("files", nargs="+", help="files or folders")
    imp.add_argument("--format", dest="fmt",
                     help="txt, csv, xlsx, jsonl, bio (KLUE char BIO) or kmou")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good lines of a JSONL/CSV file and list the bad ones")
    for col in ("text", "title", "date", "outlet", "author", "url", "id"):
        imp.add_argument(f"--{col}-column", dest=f"{col}_column", metavar="NAME",
                         help=f"table column holding the {col}")
    imp.add_argument("--no-progress", action="store_true")

    sug = sub.add_parser("suggest", help="run the suggestion engine over stored documents")
    sug.add_argument("--doc", type=int, action="append", help="only these document ids")
    sug.add_argument("--force", action="store_true", help="re-analyse documents already done")
    sug.add_argument("--workers", type=int, help="processes to use (default: all cores)")
    sug.add_argument("--no-progress", action="store_true")

    acc = sub.add_parser("accept", help="accept open suggestions in bulk (logged as decisions)")
    acc.add_argument("--all", action="store_true", help="every open suggestion")
    acc.add_argument("--label", action="append", help="only these labels")
    acc.add_argument("--min-score", type=float, help="only suggestions scoring at least this")
    acc.add_argument("--doc", type=int, action="append", help="only these document ids")

    st = sub.add_parser("stats", help="counts of documents, suggestions, annotations …")
    st.add_argument("--json", action="store_true")

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

    ev = sub.add_parser("eval", help="precision/recall/F1 of the engine against gold data")
    ev.add_argument("gold", nargs="+", help="gold files or folders")
    ev.add_argument("--format", dest="fmt", choices=["bio", "kmou", "jsonl"])
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--limit", type=int, help="evaluate on the first N documents only")
    ev.add_argument("--labels", help="comma-separated labels to score")

    an = sub.add_parser("analyze", help="JSONL in, JSONL with spans and relations out")
    an.add_argument("--input", "-i", help="input JSONL (default: stdin)")
    an.add_argument("--output", "-o", help="output JSONL (default: stdout)")
    an.add_argument("--rules-only", action="store_true",
                    help="money, dates and quantities only (no Kiwi)")

    sub.add_parser("demo", help="import the bundled demo articles and suggest on them")

    from models.team.cli import add_parsers as add_team_parsers

    add_team_parsers(sub)
    from models.learn.cli import add_parsers as add_learn_parsers

    add_learn_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    from models.cli import actions

    if not sys.stdout.isatty() and hasattr(sys.stdout, "reconfigure"):
        # Piped output is data (JSONL, JSON): always UTF-8, never the Windows ANSI code page.
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        if args.command in TEAM_COMMANDS:
            from models.team import cli as team_cli

            handler = getattr(team_cli, f"cmd_{args.command}")
        elif args.command in LEARN_COMMANDS:
            from models.learn import cli as learn_cli

            handler = getattr(learn_cli, f"cmd_{args.command}")
        else:
            handler = getattr(actions, f"cmd_{args.command}")
        return int(handler(args) or 0)
    except InputError as exc:
        from models.store.secrets import redact

        print(f"bitgeul: {redact(' '.join(str(exc).split()))}", file=sys.stderr)  # one line
        return 2
    except KeyboardInterrupt:
        print("bitgeul: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
