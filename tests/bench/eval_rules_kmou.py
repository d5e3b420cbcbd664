"""Measure the rule finders (money, dates, quantities) on the KMOU corpus, read in place.

    /work/venv/bin/python tests/bench/eval_rules_kmou.py [CORPUS_FOLDER]

Prints JSON. KMOU conventions differ from ours in known ways, so read the numbers with them in
mind: KMOU splits ranges (<1억:MNY>~<10억원:MNY>) where we give one span (hurts exact MONEY,
not the value score); it does not tag relative dates (올해, 이날, 지난해 …), which we find on
purpose ("date_absolute" leaves those predictions out); its NOH covers ranks, scores and bare
numbers, which are not quantities for us.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.domain import Span  # noqa: E402
from models.evaluate import Counts, evaluate  # noqa: E402
from models.importers.kmou import KmouStats, iter_kmou_corpus  # noqa: E402
from models.rules.dates import find_dates  # noqa: E402
from models.rules.money import find_money  # noqa: E402
from models.rules.quantity import find_quantities  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "kmou-ner" / "corpus"
_RELATIVE_ONLY = re.compile(r"^(?:[^\d]+)$")  # a date span without any digit: 올해, 이날, 추석 …


def scores(c: Counts) -> dict[str, float]:
    return {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4)}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    stats = KmouStats()
    docs = list(iter_kmou_corpus(folder, stats))
    t0 = time.perf_counter()
    preds: list[tuple[list[Span], list[Span], list[Span]]] = []
    for d in docs:
        money = find_money(d.text)
        dates = find_dates(d.text)
        qty = find_quantities(d.text, taken=money + dates)
        preds.append((money, dates, qty))
    elapsed = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)

    def gold(d_spans: list[Span], label: str) -> list[Span]:
        return [s for s in d_spans if s.label == label]

    money = evaluate(
        [(gold(d.spans, "MONEY"), p[0]) for d, p in zip(docs, preds, strict=True)], ["MONEY"]
    )
    dates = evaluate([(gold(d.spans, "DATE"), p[1]) for d, p in zip(docs, preds, strict=True)], ["DATE"])
    dates_abs = evaluate(
        [
            (gold(d.spans, "DATE"), [s for s in p[1] if not _RELATIVE_ONLY.match(s.text)])
            for d, p in zip(docs, preds, strict=True)
        ],
        ["DATE"],
    )
    qty = evaluate(
        [(gold(d.spans, "QUANTITY"), p[2]) for d, p in zip(docs, preds, strict=True)], ["QUANTITY"]
    )
    # Durations ("8일간", "3개월") are quantities for us but DUR in KMOU: also score against both.
    qty_dur = evaluate(
        [
            (
                [replace(s, label="QUANTITY") for s in d.spans if s.label in ("QUANTITY", "DURATION")],
                p[2],
            )
            for d, p in zip(docs, preds, strict=True)
        ],
        ["QUANTITY"],
    )
    out = {
        "corpus": {"sentences": stats.sentences, "skipped": stats.skipped, "chars": chars},
        "speed": {"seconds": round(elapsed, 3), "chars_per_ms": round(chars / (elapsed * 1000), 1)},
        "money_value": scores(money.money_value or Counts()),
        "money_exact": scores(money.micro_exact),
        "money_overlap": scores(money.micro_overlap),
        "date_exact": scores(dates.micro_exact),
        "date_overlap": scores(dates.micro_overlap),
        "date_absolute_exact": scores(dates_abs.micro_exact),
        "date_absolute_overlap": scores(dates_abs.micro_overlap),
        "quantity_exact": scores(qty.micro_exact),
        "quantity_overlap": scores(qty.micro_overlap),
        "quantity_vs_noh_pnt_dur_exact": scores(qty_dur.micro_exact),
        "quantity_vs_noh_pnt_dur_overlap": scores(qty_dur.micro_overlap),
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
