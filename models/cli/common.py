"""What several ``bitgeul`` commands share: opening the project, a progress bar, the analyzer."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from models.domain import Analysis, InputError

if TYPE_CHECKING:
    from models.store.project import ProjectStore

# The store, the engine and the tagger are imported where a command runs: building the parser
# (which the ``bitgeul`` launcher does to tell a command from the workbench) stays light.


def open_store(args: argparse.Namespace) -> ProjectStore:
    from models.store.db import DamagedProjectError
    from models.store.project import ProjectStore

    try:
        return ProjectStore.open(args.db, args.annotator)
    except InputError:  # includes ProjectStorageError: a read-only folder, a full disk
        raise
    except DamagedProjectError as exc:  # one line: the file, what is wrong, the newest backup
        raise InputError(str(exc.path), exc.problem) from exc
    except Exception as exc:  # a damaged or foreign file, an unreachable server …
        from models.store.secrets import redact

        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(redact(str(args.db or "default project")),
                         f"cannot open the project: {redact(first)}") from exc


class ProgressBar:
    """A one-line progress bar on stderr, shown only when stderr is a terminal.

    It is a :data:`models.progress.Progress`: pass it as ``progress=`` to any long job.
    """

    def __init__(self, what: str, enabled: bool = True) -> None:
        self.what = what
        self.enabled = enabled and sys.stderr.isatty()
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        pct = int(100 * done / total)
        if pct == self._last and done != total:
            return
        self._last = pct
        bar = "#" * (pct // 4)
        sys.stderr.write(f"\r{self.what} [{bar:<25}] {pct:3d}% ({done}/{total})")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def project_analyzer(args: argparse.Namespace) -> Callable[[str, date | None], Analysis] | None:
    """The project's analyzer when ``--db`` names a project, else None (use the plain engine).

    For ``bitgeul eval``/``analyze``: with ``--db`` they score or run what the app would
    suggest in that project (its tagger, its learned terms and rejections).
    """
    if not getattr(args, "db", None):
        return None
    from models.learn.predict import analyzer_for

    return analyzer_for(open_store(args))


def eval_analyzer(args: argparse.Namespace) -> Callable[[str, date | None], Analysis]:
    """What ``bitgeul eval`` should call per document."""
    found = project_analyzer(args)
    if found is not None:
        return found
    from models.engine import analyze

    return lambda text, doc_date: analyze(text, doc_date)
