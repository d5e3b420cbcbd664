"""Score the engine by the TTA/KLUE convention on 2016klp and KMOU, dev and held-out apart.

    python tests/bench/eval_convention.py [--corpus klp|kmou|both] [--limit N]
                                          [--errors FILE] [--held-out]
    python tests/bench/eval_convention.py --corpus klue --klue klue-ner-v1.1_dev.tsv

KLUE (``--corpus klue``): the news sentences (ids ending in "wikitree") of a KLUE NER file,
which is in the TTA convention the engine follows. The whole file counts as kept back: it is
only ever scored, never written out sentence by sentence (``--errors`` skips it). KLUE tags
money as QT; its QT spans that end in a currency are scored as MONEY (``MONEY_exact``), the rest
stay QUANTITY; ``MONEY_exact (judged)`` leaves out what that gold cannot judge, and
``MONEY_errors`` counts the errors by kind (:func:`klue_money_judged`). The file is not in the
repository (CC BY-SA, fetched from KLUE-benchmark/KLUE).

Every corpus is split by :func:`models.evaluate.held_out` (a hash of the sentence text, one in
five): rules and lists are written against the dev part only, and ``--errors`` writes only dev
sentences. The held-out slice is scored only with ``--held-out`` and never printed sentence by
sentence. Prints JSON: per corpus and part, typed F1 of the names (PERSON/ORG/LOCATION exact,
per label P/R/F1), DATE overlap F1, MONEY exact F1; for KMOU the names also with gold country
names counted as LOCATION (``countries: location``) and DATE also against DAT+DUR (KMOU keeps
durations apart; TTA counts them as dates), and MONEY also with KMOU's split ranges joined
("<1만:MNY>~<5만원:MNY>" is one range in TTA and in Bitgeul).

Clock times: 2016klp tags them TI (the reader maps TI to TIME), the guideline says they are not
dates, and Bitgeul has no TIME label, so TI spans are scored under no label: the engine tags no
times (a DATE over a gold TI would count as a false DATE; there are none on the dev part), and
the few clock times the corpus tags DT ("저녁 여덟 시", "3시간": 8 of 1,103 dev DT spans) count
as missed dates. The mapping is the corpus's own; nothing is re-labelled to fit the engine.

Both corpora are non-commercial: read in place from ../shared/data, never copied.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.domain import Span  # noqa: E402
from models.evaluate import countries_as_location, evaluate, held_out  # noqa: E402

# ../shared/data from the repository root (two levels up from a worktree under wt/).
DATA = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent)
             if (p / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data")
NAMES = ["PERSON", "ORG", "LOCATION"]


def load(corpus: str, klue: str | None = None) -> list:
    if corpus == "klue":
        return klue_news(Path(klue or ""))
    if corpus == "klp":
        from models.importers.klp import iter_klp

        return list(iter_klp(DATA / "kmou-2016klp"))
    from models.importers.kmou import iter_kmou_corpus

    return list(iter_kmou_corpus(DATA / "kmou-ner" / "corpus"))


# A currency word right after a number ("300만달러", "5천 원", "1조 엔화", "백여 원", "열 달러"):
# "15개동" (buildings) and "병원" end in a currency word too, and are no money.
_CURRENCY_END = re.compile(r"(?:[\d.,]|[일이삼사오육칠팔구십백천만억조여한두세네열])\s?(?:원|달러|유로|엔|위안|파운드|루블|페소|프랑|마르크|동|바트|"
                           r"루피|루피아|리라|랜드|링깃|헤알|디르함|크로나|크로네|디나르|리얄|즐로티)화?$")


def klue_news(path: Path) -> list:
    """The news sentences of a KLUE NER file, with QT spans that end in a currency as MONEY."""
    from models.domain import InputError
    from models.importers.klue import read_klue

    if not path.is_file():
        raise SystemExit(f"{path}: no KLUE NER file there (give it with --klue)")
    out = []
    for doc in read_klue(path):
        if isinstance(doc, InputError):
            raise SystemExit(str(doc))
        if not (doc.external_id or "").endswith("wikitree"):
            continue
        spans = [replace(s, label="MONEY") if s.label == "QUANTITY"
                 and _CURRENCY_END.search(s.text) else s for s in doc.spans]
        out.append(replace(doc, spans=spans))
    return out


def prf(c) -> dict:
    return {"p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3)}


def score(pairs: list[tuple[list[Span], list[Span]]]) -> dict:
    names = evaluate(pairs, NAMES)
    out = {"names_typed": prf(names.micro_exact)}
    for name in NAMES:
        sc = names.label(name)
        assert sc is not None
        out[name] = prf(sc.exact)
    dates = evaluate(pairs, ["DATE"]).label("DATE")
    money = evaluate(pairs, ["MONEY"]).label("MONEY")
    assert dates is not None and money is not None
    out["DATE_overlap"] = prf(dates.overlap)
    out["MONEY_exact"] = prf(money.exact)
    return out


_POUND = re.compile(r"파운드$")


def klue_money_judged(pairs: list[tuple[list[Span], list[Span]]]) -> dict:
    """KLUE's MONEY score without what its gold cannot judge, and where the errors lie (counts
    only: KLUE is kept back).

    KLUE has no money label; a QT counts as money when it ends in a currency word. So a bare
    amount the engine calls money ("매출 300억") is an error whenever KLUE has the same QT
    without a currency word, though the gold says nothing about money there; and a QT in 파운드
    counts as money, a weight too. The judged score leaves out those two: predicted money on
    exactly such a currency-less QT, and spans in 파운드 on both sides. ``MONEY_exact`` stays
    the headline."""
    kinds: Counter[str] = Counter()
    judged: list[tuple[list[Span], list[Span]]] = []
    for gold, pred in pairs:
        g_money = {(s.start, s.end) for s in gold if s.label == "MONEY"}
        g_qt = {(s.start, s.end) for s in gold if s.label == "QUANTITY"}
        p_money = {(s.start, s.end) for s in pred if s.label == "MONEY"}
        p_qt = {(s.start, s.end) for s in pred if s.label == "QUANTITY"}
        for a, b in sorted(p_money - g_money):
            kinds["extra: a currency-less gold QT, same ends" if (a, b) in g_qt else
                  "extra: gold money, other ends" if any(x < b and a < y for x, y in g_money)
                  else "extra: a gold QT, other ends" if any(x < b and a < y for x, y in g_qt)
                  else "extra: no gold QT there"] += 1
        for a, b in sorted(g_money - p_money):
            kinds["missed: tagged QUANTITY, same ends" if (a, b) in p_qt else
                  "missed: money, other ends" if any(x < b and a < y for x, y in p_money)
                  else "missed: a QUANTITY, other ends" if any(x < b and a < y for x, y in p_qt)
                  else "missed: nothing there"] += 1
        keep_g = [s for s in gold if not (s.label == "MONEY" and _POUND.search(s.text))]
        keep_p = [s for s in pred if not (s.label == "MONEY" and (
            _POUND.search(s.text) or ((s.start, s.end) in g_qt
                                      and (s.start, s.end) not in g_money)))]
        judged.append((keep_g, keep_p))
    money = evaluate(judged, ["MONEY"]).label("MONEY")
    assert money is not None
    return {"MONEY_exact (judged)": prf(money.exact), "MONEY_errors": dict(sorted(kinds.items()))}


_RANGE_SEP = re.compile(r" ?[~∼～〜\-–—] ?")


def joined_ranges(text: str, gold: list[Span]) -> list[Span]:
    """Gold with KMOU's split money ranges joined: "<1만:MNY>~<5만원:MNY>" → "1만~5만원".

    KMOU tags the two ends of a range apart; TTA and Bitgeul (guideline, MONEY) keep a range one
    span with its low and high ends, so the engine's range counts as two misses and a false hit
    against KMOU's own tags. Scoring both ways shows how much of the gap is this convention."""
    out: list[Span] = []
    for s in sorted(gold, key=lambda x: x.start):
        last = out[-1] if out else None
        if (last is not None and s.label == last.label == "MONEY"
                and _RANGE_SEP.fullmatch(text, last.end, s.start)):
            out[-1] = replace(last, end=s.end, text=text[last.start:s.end])
            continue
        out.append(s)
    return out


def dur_as_date(gold: list[Span]) -> list[Span]:
    return [replace(s, label="DATE") if s.label == "DURATION" else s for s in gold]


def _error_lines(text: str, gold: set, pred: set) -> list[str]:
    """"miss"/"extra": a gold or predicted span left unmatched by the overlap matching (the
    one-to-one matching of models.evaluate, gold in order, largest overlap first): what overlap
    F1 counts; "bound": matched, other ends."""
    used: set = set()
    bound: list[tuple] = []
    missed: list[tuple] = []
    for g in sorted(gold - pred):
        best, best_len = None, 0
        for p in sorted(pred - gold):
            ov = min(g[1], p[1]) - max(g[0], p[0])
            if p not in used and p[2] == g[2] and ov > best_len:
                best, best_len = p, ov
        if best is None:
            missed.append(g)
        else:
            used.add(best)
            bound.append((g, best))
    lines = [f"   miss {g[2]:8} {text[g[0]:g[1]]}" for g in missed]
    lines += [f"   extra> {p[2]:8} {text[p[0]:p[1]]}" for p in sorted(pred - gold - used)]
    lines += [f"   bound {g[2]:8} {text[g[0]:g[1]]} / {text[p[0]:p[1]]}" for g, p in bound]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=["klp", "kmou", "both", "klue"], default="both")
    ap.add_argument("--klue", help="a KLUE NER file (klue-ner-v1.1_dev.tsv) for --corpus klue")
    ap.add_argument("--limit", type=int, default=0, help="a random sample of N dev sentences")
    ap.add_argument("--errors", help="write dev-part errors (names and DATE) to this file")
    ap.add_argument("--errors-label", action="append", choices=NAMES + ["DATE"],
                    help="only errors of this label (repeatable; default: names and DATE)")
    ap.add_argument("--held-out", action="store_true", help="also score the held-out slice")
    args = ap.parse_args()

    from models.engine import analyze
    from models.nlp.kiwi_runtime import build_kiwi, tokenize

    kiwi = build_kiwi()
    result: dict = {}
    err_lines: list[str] = []
    err_labels = set(args.errors_label or NAMES + ["DATE"])
    for corpus in (["klp", "kmou"] if args.corpus == "both" else [args.corpus]):
        docs = load(corpus, args.klue)
        if corpus == "klue":  # kept back whole: scored, never read
            parts = {"kept_back": docs}
        else:
            parts = {"dev": [d for d in docs if not held_out(d.text)]}
        if args.limit and "dev" in parts and args.limit < len(parts["dev"]):
            random.Random(0).shuffle(parts["dev"])
            parts["dev"] = parts["dev"][: args.limit]
        if args.held_out and corpus != "klue":
            parts["held_out"] = [d for d in docs if held_out(d.text)]
        for part, chosen in parts.items():
            t0 = time.perf_counter()
            tokens = tokenize(kiwi, (d.text for d in chosen))
            preds = [analyze(d.text, tokens=t).spans for d, t in zip(chosen, tokens, strict=True)]
            key = f"{corpus}/{part}"
            pairs = [(d.spans, p) for d, p in zip(chosen, preds, strict=True)]
            result[key] = {"sentences": len(chosen), **score(pairs),
                           "seconds": round(time.perf_counter() - t0, 1)}
            if corpus == "klue":
                result[key].update(klue_money_judged(pairs))
            if corpus == "kmou":
                tta = [(dur_as_date(countries_as_location(g)), p) for g, p in pairs]
                result[key + " (countries LOCATION, DUR=DATE)"] = score(tta)
                joined = [(joined_ranges(d.text, g), p)
                          for d, (g, p) in zip(chosen, pairs, strict=True)]
                money = evaluate(joined, ["MONEY"]).label("MONEY")
                assert money is not None
                result[key]["MONEY_exact (ranges joined)"] = prf(money.exact)
            if args.errors and part == "dev":
                for d, p in zip(chosen, preds, strict=True):
                    gold = d.spans if corpus == "klp" else dur_as_date(
                        countries_as_location(d.spans))
                    g_set = {(s.start, s.end, s.label) for s in gold if s.label in err_labels}
                    p_set = {(s.start, s.end, s.label) for s in p if s.label in err_labels}
                    if g_set != p_set:
                        err_lines.append(f"[{corpus}] {d.text}")
                        for line in _error_lines(d.text, g_set, p_set):
                            err_lines.append(line)
    if args.errors:
        Path(args.errors).write_text("\n".join(err_lines) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
