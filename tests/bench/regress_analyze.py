"""Per-text results before and after a speed change: the engine's output, saved and compared.

    python tests/bench/regress_analyze.py --save /tmp/before.jsonl   # on the old code
    python tests/bench/regress_analyze.py --check /tmp/before.jsonl  # on the new code

The texts: article-sized documents of consecutive KMOU sentences from two places in the corpus,
dev sentences only (read in place when present, never copied; the kept-back fifth is skipped), the demo corpus and sentences written here. Each
text goes through ``engine.analyze`` on Kiwi's tokens (a Kiwi and a gazetteer carrying a few
project terms, as a bulk run with a project's terms has), through the rules alone
(``analyze_rules``) and through the learned tagger's feature extractor (``prepare``), and every
span, relation and feature is written out. ``--check`` names the first texts that differ.
It also prints the CPU seconds of Kiwi and of our rules (one thread), for the record.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_bulk import DEMO, KMOU, OWN  # noqa: E402

DAY = date(2024, 5, 8)
# A project's own terms (what a bulk Kiwi carries as user words and the gazetteer adds).
TERMS = [("빛고을 데이터센터", "PROJECT"), ("한빛전력", "ORG"), ("빛고을대병원", "ORG"),
         ("영산강 생태공원", "LOCATION"), ("김민수", "PERSON")]


def texts(kmou: Path, per_part: int) -> list[str]:
    out: list[str] = []
    if kmou.exists():
        from models.evaluate import held_out
        from models.importers.kmou import iter_kmou_corpus

        # Dev sentences only: the diffs of these texts are read while writing rules, and KMOU's
        # kept-back fifth (evaluate.held_out) must stay unread.
        sents = [doc.text for _, doc in zip(range(19 * per_part * 6), iter_kmou_corpus(kmou),
                                            strict=False)  # noqa: B905
                 if not held_out(doc.text)]
        for first in (0, len(sents) - 19 * per_part):  # the start and a later part
            part = sents[max(0, first):first + 19 * per_part]
            out += [" ".join(part[i:i + 19]) for i in range(0, len(part), 19)]
    out += [json.loads(line)["text"]
            for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]
    out += OWN
    return out


def record(analysis: object) -> dict[str, object]:
    spans = [[s.start, s.end, s.label, s.text, s.source, round(float(s.score), 6),
              s.value.to_json() if s.value else None] for s in analysis.spans]  # type: ignore[attr-defined]
    rels = [[r.head, r.tail, r.label, round(float(r.score), 6), r.attrs]
            for r in analysis.relations]  # type: ignore[attr-defined]
    return {"spans": spans, "relations": rels}


def run(args: argparse.Namespace) -> list[str]:
    from models.bulk import kiwi_for, kiwi_words
    from models.engine import analyze, analyze_rules
    from models.learn.pipeline import prepare
    from models.learn.predict import build_gazetteer
    from models.nlp.kiwi_runtime import tokenize

    docs = texts(Path(args.kmou), args.per_part)
    gaz = build_gazetteer(TERMS)
    kiwi = kiwi_for(kiwi_words(TERMS), 1)
    t0 = time.process_time()
    tokens = list(tokenize(kiwi, docs))
    t_kiwi = time.process_time() - t0
    lines = []
    t_rules = t_prep = 0.0
    for n, (text, toks) in enumerate(zip(docs, tokens, strict=True)):
        t0 = time.process_time()
        engine = analyze(text, DAY, kiwi=None, gazetteer=gaz, tokens=toks)
        t_rules += time.process_time() - t0
        rules = analyze_rules(text, DAY)
        t0 = time.process_time()
        prep = prepare(text, DAY, toks, gaz)
        t_prep += time.process_time() - t0
        feats = hashlib.sha1(json.dumps([prep.sents, prep.xseqs], ensure_ascii=False)
                             .encode()).hexdigest()
        lines.append(json.dumps({"n": n, "engine": record(engine), "rules": record(rules),
                                 "prepare": record(prep.base), "features": feats},
                                ensure_ascii=False, sort_keys=True))
    print(json.dumps({"texts": len(docs), "chars": sum(map(len, docs)),
                      "cpu_kiwi_tokenize_s": round(t_kiwi, 2),
                      "cpu_engine_rules_s": round(t_rules, 2),
                      "cpu_prepare_s": round(t_prep, 2)}), file=sys.stderr)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--save")
    ap.add_argument("--check")
    ap.add_argument("--kmou", default=str(KMOU))
    ap.add_argument("--per-part", type=int, default=150, help="articles from each corpus part")
    args = ap.parse_args()
    lines = run(args)
    if args.save:
        Path(args.save).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} texts to {args.save}")
    if args.check:
        want = Path(args.check).read_text(encoding="utf-8").splitlines()
        bad = [n for n, (a, b) in enumerate(zip(lines, want, strict=False)) if a != b]
        if len(lines) != len(want):
            bad.append(min(len(lines), len(want)))
        print(json.dumps({"texts": len(lines), "different": len(bad), "first": bad[:10],
                          "identical": not bad}))
        if bad:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
