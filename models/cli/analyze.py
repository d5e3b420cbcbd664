"""``bitgeul analyze``: the stable JSONL contract for other tools.

Offsets in the output index the caller's ``text`` exactly as given. The engine works on the
NFC-normalised text, so spans are mapped back through the normaliser's offset map.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from datetime import date
from typing import IO, Any, TextIO

from models.cli.common import project_analyzer
from models.domain import Analysis, InputError
from models.fileio import atomic_write
from models.nlp.relations import entity_ids
from models.textnorm import Normalized, normalize


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    an = sub.add_parser("analyze", help="JSONL in, JSONL with spans and relations out")
    an.add_argument("--input", "-i", help="input JSONL (default: stdin)")
    an.add_argument("--output", "-o", help="output JSONL (default: stdout)")
    an.add_argument("--rules-only", action="store_true",
                    help="money, dates and quantities only (no Kiwi)")
    an.set_defaults(handler=cmd_analyze)


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
    if not args.rules_only:  # Kiwi loads on another core while this one imports the rules
        from models.nlp.kiwi_runtime import start_warmup

        start_warmup()
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
        # Records stream through one Kiwi batch tokenizer (models.bulk): a file from its first
        # line to its last; a pipe for as long as more input is waiting, so that a tool which
        # writes one line and waits gets its answer at once, and `cat big.jsonl |` still runs
        # at batch speed. The lines before a bad one are still answered (an output file is
        # discarded whole by atomic_write).
        records = (((obj, True) for obj in _read_jsonl(fin, name)) if _is_regular_file(fin)
                   else _read_ahead(_read_jsonl(fin, name)))
        for out in analyze_stream_records(records, rules_only=args.rules_only,
                                          analyzer=analyzer):
            fout.write(json.dumps(out, ensure_ascii=False) + "\n")
            if fout is sys.stdout:
                fout.flush()  # a tool reading our output line by line gets each line at once
    return 0


BATCH = 256  # the pipe reader keeps up to 4 × BATCH records ahead


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


# -- the records: the engine's spans mapped back onto the caller's text ------------------------


def _parse_date(obj: dict[str, Any]) -> date | None:
    raw = obj.get("date") or (obj.get("meta") or {}).get("date")
    if not isinstance(raw, str):
        return None
    digits = "".join(ch for ch in raw[:10] if ch.isdigit())
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


class _BackMap:
    """Normalised offset → raw offset, built from the forward map of every raw boundary."""

    def __init__(self, raw_len: int, forward: Any) -> None:
        self.raw: list[int] = []
        self.norm: list[int] = []
        for r in range(raw_len + 1):
            n = forward(r)
            if n is not None and (not self.norm or n > self.norm[-1]):
                self.raw.append(r)
                self.norm.append(n)

    def start(self, n: int) -> int:
        i = bisect_left(self.norm, n)
        return self.raw[min(i, len(self.raw) - 1)]

    def end(self, n: int) -> int:
        i = bisect_left(self.norm, n)
        return self.raw[min(i, len(self.raw) - 1)]


def analyze_record(obj: dict[str, Any], *, rules_only: bool = False,
                   analyzer: Callable[[str, date | None], Analysis] | None = None
                   ) -> dict[str, Any]:
    return analyze_records([obj], rules_only=rules_only, analyzer=analyzer)[0]


def analyze_records(objs: list[dict[str, Any]], *, rules_only: bool = False,
                    analyzer: Callable[[str, date | None], Analysis] | None = None
                    ) -> list[dict[str, Any]]:
    """Several records at once: Kiwi tokenizes the batch on its own threads (models.engine)."""
    from models.engine import analyze_many, analyze_rules

    prepared = [(obj, normalize(obj["text"]), _parse_date(obj)) for obj in objs]
    results: list[Analysis]
    if rules_only:
        results = [analyze_rules(norm.text, day) for _, norm, day in prepared]
    elif analyzer is not None:
        results = [analyzer(norm.text, day) for _, norm, day in prepared]
    else:
        results = list(analyze_many([(norm.text, day) for _, norm, day in prepared]))
    return [_output(obj, norm, result) for (obj, norm, _), result in zip(prepared, results,
                                                                          strict=True)]


class _Engine:
    """The plain engine (no project) in the shape ``models.bulk.analyze_stream`` asks for."""

    def analyze_tokens(self, text: str, doc_date: date | None, tokens: Any) -> Analysis:
        from models.engine import analyze

        return analyze(text, doc_date, kiwi=None, tokens=tokens)

    def analyze_tokens_many(self, items: Sequence[tuple[str, date | None, Any]]
                            ) -> list[Analysis]:
        from models.engine import analyze_batch

        return analyze_batch(items)


def analyze_stream_records(records: Iterable[tuple[dict[str, Any], bool]], *,
                           rules_only: bool = False, analyzer: Any = None
                           ) -> Iterator[dict[str, Any]]:
    """Output records for ``(record, more)`` pairs, in order, as Kiwi finishes them.

    Records stream through one batch tokenizer (Kiwi on all cores ahead of the rules) for as long
    as ``more`` says another record is already waiting; where it says none is, the records read
    so far are answered before the next is waited for (a tool that writes a line and waits gets
    its answer). An error of the reader (a bad line) is raised after the lines before it are
    answered. ``analyzer``: a project's ``Analyzer`` (default: the plain engine).
    """
    from models.bulk import analyze_stream

    an = analyzer if analyzer is not None else _Engine()
    kiwi = None
    if not rules_only:
        if analyzer is not None:
            kiwi = analyzer._kiwi()
        else:
            from models.nlp.kiwi_runtime import get_kiwi

            kiwi = get_kiwi(wait=True)
    source = iter(records)
    state: dict[str, Any] = {"end": False, "error": None}

    def segment() -> Iterator[tuple[tuple[dict[str, Any], Normalized], str, date | None]]:
        while True:
            try:
                obj, more = next(source)
            except StopIteration:
                state["end"] = True
                return
            except Exception as exc:  # answered first, raised after
                state["error"] = exc
                state["end"] = True
                return
            norm = normalize(obj["text"])
            yield (obj, norm), norm.text, _parse_date(obj)
            if not more:
                return

    while not state["end"]:
        for (obj, norm), result in analyze_stream(an, segment(), kiwi):
            yield _output(obj, norm, result)
    if state["error"] is not None:
        raise state["error"]


def _output(obj: dict[str, Any], norm: Normalized, result: Analysis) -> dict[str, Any]:
    raw = obj["text"]
    back = None if norm.identity else _BackMap(len(raw), norm.map_offset)
    spans = []
    for sp in result.spans:
        start, end = (sp.start, sp.end) if back is None else (back.start(sp.start),
                                                              back.end(sp.end))
        item: dict[str, Any] = {"start": start, "end": end, "label": sp.label,
                                "text": raw[start:end], "source": sp.source,
                                "score": round(sp.score, 4)}
        if sp.value is not None:
            v = sp.value.to_json()
            if sp.label == "MONEY":
                for key in ("value", "low", "high", "currency"):
                    v.setdefault(key, None)
                v.setdefault("approx", False)
            item.update(v)
        spans.append(item)
    for item, entity in zip(spans, entity_ids(result.spans, result.relations), strict=True):
        if entity is not None:
            item["entity"] = entity
    out = dict(obj)
    out["spans"] = spans
    out["relations"] = [{"from": r.head, "to": r.tail, "label": r.label,
                         "score": round(r.score, 4), **dict(r.attrs)}
                        for r in result.relations]
    return out
