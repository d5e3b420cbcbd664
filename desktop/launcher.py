"""The ``bitgeul`` console script.

With a sub-command (``bitgeul import …``) it runs the headless CLI and never imports Qt; without
one it opens the workbench.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options (of the CLI and of the workbench) that take a value: ``--annotator review`` names an
# annotator, not the ``review`` command.
VALUE_OPTIONS = ("--db", "--annotator", "--lang", "--screenshot", "--screenshot-timeout")


def _wants_cli(argv: Sequence[str]) -> bool:
    """True when the first word that is not an option or an option's value is a sub-command."""
    from models.cli.main import COMMANDS

    if any(a in ("-h", "--help", "--version") for a in argv):
        return True
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg in COMMANDS
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from models.cli.main import main as cli_main

        return cli_main(args)
    from desktop.shell.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
