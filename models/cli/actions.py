"""What each ``bitgeul`` sub-command does. Parsing lives in ``models.cli.main``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import IO, Any, TextIO

from models.domain import InputError
from models.fileio import atomic_write
from models.store.project import ProjectStore
from models.store.secrets import redact, without_password


def open_store(args: argparse.Namespace) -> ProjectStore:
    from models.store.db import DamagedProjectError

    try:
        return ProjectStore.open(args.db, args.annotator)
    except InputError:  # includes ProjectStorageError: a read-only folder, a full disk
        raise
    except DamagedProjectError as exc:  # one line: the file, what is wrong, the newest backup
        raise InputError(str(exc.path), exc.problem) from exc
    except Exception as exc:  # a damaged or foreign file, an unreachable server …
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(redact(str(args.db or "default project")),
                         f"cannot open the project: {redact(first)}") from exc


class ProgressBar:
    """A one-line progress bar on stderr, shown only when stderr is a terminal."""

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


# -- import --------------------------------------------------------------------------------------


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
              + (f", {len(result.skipped)} bad lines skipped" if result.skipped else ""))
    if len(files) > 1:
        print(f"total: {total_added} added, {total_dupes} already stored, {total_spans} spans")
    return 2 if failed else 0


# -- suggest / accept ------------------------------------------------------------------------------


def cmd_suggest(args: argparse.Namespace) -> int:
    from models.learn.predict import analyzer_for
    from models.suggest import run_suggestions

    store = open_store(args)
    analyzer = analyzer_for(store)
    if analyzer.model_problem:  # one line; the rules and the project's memory go on
        from models.store.db import sqlite_path

        where = sqlite_path(store.url) or redact(store.url)
        print(f"bitgeul: {where}: {analyzer.model_problem}", file=sys.stderr)
    n = run_suggestions(store, args.doc, force=args.force, workers=args.workers,
                        progress=ProgressBar("suggest", not args.no_progress),
                        analyzer=analyzer)
    stats = store.stats()
    print(f"analysed {n} documents; {stats['open_suggestions']} open suggestions")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from models.store.commands import Accept

    if not (args.all or args.label or args.min_score is not None or args.doc):
        raise InputError("accept", "say what to accept: --all, --label, --min-score or --doc")
    store = open_store(args)
    doc_ids = args.doc or [d.id for d in store.documents()]
    labels = set(args.label or ())
    accepted = 0
    for doc_id in doc_ids:
        view = store.document(doc_id)
        chosen = [sg for sg in view.suggestions
                  if (not labels or sg.label in labels)
                  and (args.min_score is None or sg.score >= args.min_score)]
        # Overlapping suggestions cannot both be right: keep the first, longest of each cluster.
        chosen.sort(key=lambda sg: (sg.start, -(sg.end - sg.start)))
        kept: list[Any] = []
        for sg in chosen:
            if not kept or sg.start >= kept[-1].end:
                kept.append(sg)
        if kept:
            store.execute([Accept(sg.id) for sg in kept], f"일괄 수락 ({len(kept)})")
            accepted += len(kept)
    print(f"accepted {accepted} suggestions in {len(doc_ids)} documents")
    return 0


# -- stats / export --------------------------------------------------------------------------------


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


# -- analyze ----------------------------------------------------------------------------------------


def _read_jsonl(fh: TextIO, name: str) -> Iterator[dict[str, Any]]:
    for no, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(name, f"invalid JSON: {exc.msg}", no) from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(name, 'each line must be an object with a "text" string', no)
        yield obj


def cmd_analyze(args: argparse.Namespace) -> int:
    from models.learn.cli import project_analyzer

    analyzer = None if args.rules_only else project_analyzer(args)
    name = args.input or "<stdin>"
    with ExitStack() as stack:
        try:
            fin = (stack.enter_context(open(args.input, encoding="utf-8-sig"))
                   if args.input else sys.stdin)
            fout = (stack.enter_context(atomic_write(args.output)) if args.output
                    else sys.stdout)
        except OSError as exc:
            raise InputError(args.input or args.output, exc.strerror or "cannot open") from exc
        # Records go to the engine in batches (Kiwi then tokenizes on all cores). A file is cut
        # into batches of BATCH; a pipe gives each batch whatever has arrived by then, so that a
        # tool which writes one line and waits gets its answer at once, and `cat big.jsonl |`
        # still runs at batch speed.
        records = (((obj, True) for obj in _read_jsonl(fin, name)) if _is_regular_file(fin)
                   else _read_ahead(_read_jsonl(fin, name)))
        pending: list[dict[str, Any]] = []
        try:
            for obj, more in records:
                pending.append(obj)
                if len(pending) >= BATCH or not more:
                    _write_analyses(fout, pending, args.rules_only, analyzer)
        except InputError:
            if fout is sys.stdout:
                # The lines before a bad one are still answered (an output file is discarded
                # whole by atomic_write).
                _write_analyses(fout, pending, args.rules_only, analyzer)
            raise
        _write_analyses(fout, pending, args.rules_only, analyzer)
    return 0


BATCH = 256


def _read_ahead(source: Iterator[Any]) -> Iterator[tuple[Any, bool]]:
    """``source`` read on a thread: yields ``(item, more)`` where ``more`` says another item is
    already waiting. Errors of the source are raised here, after the items before them."""
    import queue
    import threading

    q: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=4 * BATCH)

    def pump() -> None:
        try:
            for item in source:
                q.put(("item", item))
            q.put(("end", None))
        except BaseException as exc:  # handed to the reading thread, which raises it
            q.put(("error", exc))

    threading.Thread(target=pump, name="bitgeul-analyze-input", daemon=True).start()
    kind, value = q.get()
    while kind == "item":
        nxt = q.get() if not q.empty() else None
        yield value, nxt is not None and nxt[0] == "item"
        if nxt is None:
            nxt = q.get()
        kind, value = nxt
    if kind == "error":
        raise value


def _is_regular_file(fh: IO[str]) -> bool:
    import os
    import stat

    try:
        return stat.S_ISREG(os.fstat(fh.fileno()).st_mode)
    except (OSError, ValueError):  # no real file behind it (e.g. pytest's captured stdin)
        return False


def _write_analyses(fout: IO[str], pending: list[dict[str, Any]], rules_only: bool,
                    analyzer: Any) -> None:
    from models.cli.analyze import analyze_records

    if not pending:
        return
    for out in analyze_records(pending, rules_only=rules_only, analyzer=analyzer):
        fout.write(json.dumps(out, ensure_ascii=False) + "\n")
    if fout is sys.stdout:
        fout.flush()  # a tool reading our output line by line gets each line at once
    pending.clear()


# -- eval -------------------------------------------------------------------------------------------


def _gold_docs(paths: Iterable[str], fmt: str | None) -> Iterator[Any]:
    from models.importers.kmou import iter_kmou_corpus, read_kmou
    from models.importers.registry import iter_files, read_file

    for raw in paths:
        path = Path(raw)
        if fmt == "kmou":
            yield from (iter_kmou_corpus(path) if path.is_dir() else read_kmou(path))
            continue
        for f in iter_files([path]):
            yield from read_file(f, fmt=fmt).docs


def cmd_eval(args: argparse.Namespace) -> int:
    from models.evaluate import evaluate
    from models.learn.cli import eval_analyzer

    analyze = eval_analyzer(args)  # with --db: what the app would suggest in that project

    labels = args.labels.split(",") if args.labels else None
    pairs = []
    for i, doc in enumerate(_gold_docs(args.gold, args.fmt)):
        if args.limit and i >= args.limit:
            break
        pairs.append((doc.spans, analyze(doc.text, doc.date).spans))
    if not pairs:
        raise InputError(" ".join(args.gold), "no gold documents found")
    report = evaluate(pairs, labels)
    print(json.dumps(report.to_json(), ensure_ascii=False) if args.json else report.to_table())
    return 0


# -- demo -------------------------------------------------------------------------------------------


def demo_docs() -> list[Any]:
    from importlib.resources import files

    from models.importers.registry import read_file

    path = Path(str(files("resources") / "demo" / "articles.jsonl"))
    return read_file(path).docs


def cmd_demo(args: argparse.Namespace) -> int:
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
