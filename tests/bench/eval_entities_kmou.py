"""Measure PERSON / ORG / LOCATION suggestions (models.nlp.entities) on the KMOU corpus.

    /work/venv/bin/python tests/bench/eval_entities_kmou.py [--limit N] [--seed S] [--multi]
                                                            [--no-user-words] [CORPUS_FOLDER]

Prints JSON: per-label exact and overlap precision/recall/F1, the micro scores, and times (Kiwi
start-up, tokenizing, our rules). ``--limit`` evaluates a random sample of N sentences (the same
sample for the same seed), ``--multi`` builds Kiwi with its multi-word dictionary
(BITGEUL_KIWI_MULTI=1), ``--no-user-words`` without the gazetteer's compound names.

KMOU conventions to keep in mind: it tags a country acting as a state as ORG and as a place as
LOC (we follow that with a particle rule), tags sports teams named after cities as ORG, and
leaves many places and bodies untagged, which caps LOCATION precision. Nothing here is trained
on KMOU: the corpus is only read to score.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.domain import ENTITY_LABELS, Span  # noqa: E402
from models.evaluate import evaluate  # noqa: E402
from models.importers.kmou import KmouStats, iter_kmou_corpus  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "kmou-ner" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--multi", action="store_true")
    ap.add_argument("--no-user-words", action="store_true")
    args = ap.parse_args()
    if args.multi:
        os.environ["BITGEUL_KIWI_MULTI"] = "1"

    from models.nlp.entities import find_entities
    from models.nlp.kiwi_runtime import build_kiwi, kiwi_options, tokenize

    stats = KmouStats()
    docs = list(iter_kmou_corpus(Path(args.folder), stats))
    if args.limit and args.limit < len(docs):
        random.Random(args.seed).shuffle(docs)
        docs = docs[: args.limit]

    t0 = time.perf_counter()
    kiwi = build_kiwi(builtin_words=not args.no_user_words)
    t_build = time.perf_counter() - t0

    t0 = time.perf_counter()
    token_lists = list(tokenize(kiwi, (d.text for d in docs)))
    t_tokenize = time.perf_counter() - t0

    t0 = time.perf_counter()
    preds = [find_entities(d.text, tokens=toks) for d, toks in zip(docs, token_lists, strict=True)]
    t_rules = time.perf_counter() - t0

    labels = list(ENTITY_LABELS)

    def gold(spans: list[Span]) -> list[Span]:
        return [s for s in spans if s.label in labels]

    report = evaluate([(gold(d.spans), p) for d, p in zip(docs, preds, strict=True)], labels)
    out = {
        "corpus": str(args.folder),
        "sentences": len(docs),
        "skipped_sentences": stats.skipped,
        "kiwi_options": kiwi_options(),
        "user_words": not args.no_user_words,
        **report.to_json(),
        "seconds": {
            "kiwi_build": round(t_build, 2),
            "tokenize": round(t_tokenize, 2),
            "entities": round(t_rules, 2),
        },
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
