"""The ``bitgeul`` console script.

With a sub-command (``bitgeul import …``) it runs the headless CLI and never imports Qt; without
one it opens the workbench.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_cli(argv: Sequence[str]) -> bool:
    from models.cli.main import COMMANDS

    return any(a in COMMANDS for a in argv) or any(a in ("-h", "--help") for a in argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from models.cli.main import main as cli_main

        return cli_main(args)
    from desktop.shell.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
