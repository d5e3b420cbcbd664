"""The ``bitgeul`` command line (headless: no Qt is imported on any of these paths).

Each module of :data:`COMMAND_MODULES` adds its own sub-commands with ``register(subparsers)``
and names the function that runs each one (``set_defaults(handler=…)``); a new command is a new
module here and one line in that tuple.

``desktop.launcher`` owns the console script: with a sub-command it hands over to :func:`main`
here; without one it opens the workbench.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from models.cli import about, analyze, demo, evaluate, export, importing, learn, suggest, team
from models.domain import InputError

#: In the order ``bitgeul --help`` lists them.
COMMAND_MODULES = (importing, suggest, export, evaluate, analyze, demo, team, learn, about)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bitgeul",
        description="빛글 Bitgeul — annotate Korean policy news and export tables.",
    )
    p.add_argument("--db", help="project: a SQLite file path or a SQLAlchemy URL "
                   "(default: $BITGEUL_DB or the default project in the user data folder)")
    p.add_argument("--annotator", help="who is deciding (default: the OS user name)")
    p.add_argument("--version", action=_Version, help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return p


class _Version(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for, not
    each time the parser is built (the launcher builds it at every start of the app)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=str(kwargs.get("help") or ""))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from models.about import app_version

        print(f"Bitgeul {app_version()}")  # (on stdout, as argparse's own version action)
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    if not sys.stdout.isatty() and hasattr(sys.stdout, "reconfigure"):
        # Piped output is data (JSONL, JSON): always UTF-8, never the Windows ANSI code page.
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        return int(args.handler(args) or 0)
    except InputError as exc:
        from models.store.secrets import redact

        print(f"bitgeul: {redact(' '.join(str(exc).split()))}", file=sys.stderr)  # one line
        return 2
    except KeyboardInterrupt:
        print("bitgeul: interrupted", file=sys.stderr)
        return 130
    finally:
        runtime = sys.modules.get("models.nlp.kiwi_runtime")
        if runtime is not None:  # only a command that loads Kiwi has it
            runtime.settle()


def _command_names() -> tuple[str, ...]:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return tuple(action.choices)
    return ()


#: Every sub-command name: the launcher runs the CLI when one of these is on the command line.
COMMANDS = _command_names()


if __name__ == "__main__":
    sys.exit(main())
