"""Learning curve of the project model on KMOU, read in place (prints JSON).

    /work/venv/bin/python tests/bench/bench_learning_curve.py [--corpus DIR] [--sizes 100,500,2000,all]
        [--split file|sentence]

Held-out split (``--split file``, the default): every tenth corpus file in sorted order (files
9, 19, 29 …: about 10% of the sentences, from both the *_NER and the EXOBRAIN files; the last
10% of the files would be nearly all EXOBRAIN, another annotation project). Training sets: the
first N sentences of the other files. ``--split sentence`` holds out every tenth sentence of
each file instead: the same annotation batches on both sides, as a project's own decisions are.
Scored: PERSON / ORG / LOCATION, typed exact match, micro F1 — out of the box (the rule engine
with the built-in gazetteer) and with the trained model under each combination policy; "chosen"
is the policy training picks on a tenth of its own documents (as ``train`` does), and the lift
is that one's. Times are wall-clock and CPU seconds of one whole training (Kiwi, features, CRF)
on 2 cores.

KMOU is non-commercial: nothing trained here is kept (models live in memory only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.evaluate import evaluate  # noqa: E402
from models.importers.kmou import kmou_files, read_kmou  # noqa: E402
from models.learn.combine import POLICIES  # noqa: E402
from models.learn.examples import from_docs  # noqa: E402
from models.learn.predict import LoadedModel, build_gazetteer  # noqa: E402
from models.learn.train import fit_set, prepare_items  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "kmou-ner" / "corpus"
SCORED = ["PERSON", "ORG", "LOCATION"]
# What the model learns from KMOU: our three entity labels and KMOU's "other proper noun" (POH),
# which keeps titles of works and products out of ORG and PERSON.
LEARNED = ["PERSON", "ORG", "LOCATION", "POH"]


SPLITS = {
    "file": "every tenth file (n % 10 == 9)",
    "sentence": "every tenth sentence of each file; held-out sentences whose text is also in "
                "the training part are dropped",
}


def split(folder: Path, how: str = "file") -> tuple[list[Any], list[Any]]:
    """``file``: whole files held out, so the model meets other annotation batches (stricter
    than a project, whose own decisions share one researcher's conventions). ``sentence``: the
    same batches on both sides, as in a project."""
    files = kmou_files(folder)
    if how == "file":
        train = [d for n, f in enumerate(files) if n % 10 != 9 for d in read_kmou(f)]
        test = [d for n, f in enumerate(files) if n % 10 == 9 for d in read_kmou(f)]
        return train, test
    train, test = [], []
    for f in files:
        for n, d in enumerate(read_kmou(f)):
            (test if n % 10 == 9 else train).append(d)
    seen = {d.text for d in train}
    return train, [d for d in test if d.text not in seen]


PARTS = ("kmou_ner", "exobrain")


def _part(item: Any) -> str:
    return "exobrain" if item.example.key.startswith("EXOBRAIN") else "kmou_ner"


def scores(pairs: list[tuple[Any, Any]]) -> dict[str, Any]:
    report = evaluate(pairs, SCORED)
    m = report.micro_exact
    return {"f1": round(m.f1, 4), "precision": round(m.precision, 4),
            "recall": round(m.recall, 4),
            "by_label": {s.label: round(s.exact.f1, 4) for s in report.labels}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sizes", default="100,500,2000,all")
    ap.add_argument("--labels", default=",".join(LEARNED))
    ap.add_argument("--params", help="CRF parameters as JSON")
    ap.add_argument("--test-limit", type=int, help="score on the first N held-out sentences")
    ap.add_argument("--split", choices=sorted(SPLITS), default="file")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(json.dumps({"skipped": f"no corpus at {args.corpus}"}))
        return
    from models.nlp.kiwi_runtime import build_kiwi, set_kiwi

    train_docs, test_docs = split(args.corpus, args.split)
    if args.test_limit:
        test_docs = test_docs[:args.test_limit]
    kiwi = build_kiwi(num_workers=2)
    set_kiwi(kiwi)  # the one that answers for the features too (learn.features.neighbours)
    labels = [x for x in args.labels.split(",") if x]
    params = json.loads(args.params) if args.params else None
    test_set = from_docs(test_docs, "kmou-test")

    builtin = build_gazetteer([])
    base_items = prepare_items(test_set.examples, kiwi, [builtin] * len(test_set.examples))
    out: dict[str, Any] = {
        "corpus": str(args.corpus),
        "split": {"train_sentences": len(train_docs), "test_sentences": len(test_docs),
                  "test": SPLITS[args.split]},
        "labels_learned": labels,
        "out_of_the_box": scores([(it.example.spans, it.prep.base.spans) for it in base_items]),
        "out_of_the_box_by_part": {part: scores([(it.example.spans, it.prep.base.spans)
                                                 for it in base_items if _part(it) == part])
                                   for part in PARTS},
        "curve": [],
    }
    for raw in args.sizes.split(","):
        n = len(train_docs) if raw == "all" else int(raw)
        tset = from_docs(train_docs[:n], "kmou-train")
        marks: dict[str, float] = {}
        wall0, cpu0 = time.perf_counter(), time.process_time()

        def progress(done: int, _total: int, n_docs: int = len(tset.examples),
                     marks: dict[str, float] = marks, wall0: float = wall0) -> None:
            if done >= n_docs and "prepared" not in marks:
                marks["prepared"] = time.perf_counter() - wall0

        # as train() does: the policy is chosen on the training documents, each half scored
        # by models of the other (timed with the rest), never on the test split
        blob, info = fit_set(tset, kiwi=kiwi, labels=labels, params=params, progress=progress)
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        model = LoadedModel(blob)
        chosen = model.policy.name
        gaz = build_gazetteer([], model.terms)
        items = prepare_items(test_set.examples, kiwi, [gaz] * len(test_set.examples))
        point: dict[str, Any] = {
            "train_sentences": n, "crf_sequences": info.n_sentences,
            "seconds": round(wall, 1), "cpu_seconds": round(cpu, 1),
            "seconds_preparing": round(marks.get("prepared", 0.0), 1),
            "model_bytes": len(blob), "policies": {},
        }
        best: list[Any] = []
        for name, policy in POLICIES.items():
            pairs = [(it.example.spans, model.analyze_prepared(it.prep, policy=policy).spans)
                     for it in items]
            point["policies"][name] = scores(pairs)
            if not best or point["policies"][name]["f1"] > best[0]:
                best = [point["policies"][name]["f1"], name, pairs]
        # The two parts of the held-out split: the KMOU files proper and the EXOBRAIN files
        # (another annotation project, harder for rules and model alike).
        point["best_policy"] = best[1]
        point["best_by_part"] = {part: scores([p for p, it in zip(best[2], items, strict=True)
                                                if _part(it) == part]) for part in PARTS}
        point["chosen_policy"] = chosen
        point["chosen"] = point["policies"][chosen]
        out["curve"].append(point)
        print(json.dumps(point, ensure_ascii=False), file=sys.stderr)
    base = out["out_of_the_box"]["f1"]
    out["lift_over_out_of_the_box"] = {
        str(p["train_sentences"]): round(p["chosen"]["f1"] - base, 4) for p in out["curve"]}
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
