"""Learning within one convention: train a project on half of a corpus, score the other half.

    python tests/bench/bench_learning_convention.py [--corpus klp|kmou|both] [--train-size 1300]
                                                    [--test-limit N] [--tta] [--in-project]
    python tests/bench/bench_learning_convention.py --corpus klue --klue klue-ner-v1.1_dev.tsv

KLUE (``--corpus klue``): the news sentences of a KLUE NER file (see ``eval_convention.py``),
all of them kept back: the project is trained on half of them (by ``half_of``) and scored on the
other half, the protocol of the issue's own measurement; no kept-back slice is set aside.

For each corpus the kept-back slice (:func:`models.evaluate.held_out`, one sentence in five) is
set aside first. The rest is cut in two by a second hash (:func:`models.evaluate.half_of`):
the project is trained on ``--train-size`` sentences of half 0 (as ``bitgeul train --from``
does: the CRF over Kiwi morphemes, the names of the training sentences as project terms, and the
combination policy chosen on a tenth of the training sentences) and scored on half 1 and on the
kept-back slice. Printed as JSON: names typed F1 (PERSON/ORG/LOCATION exact, micro and per
label), DATE overlap F1 — out of the box, with the learned names only (rules + the project's
terms: what the memory of accepted names gives before any model) and with every policy, the
chosen one apart; training seconds on this machine. ``--tta`` relabels KMOU's gold first
(country names LOCATION, durations DATE), so that rules and project share one convention.
``--in-project`` also learns the way the app does (:func:`project_run`): the training sentences
imported as gold into a project, its model trained from it, the test sentences suggested there
with the project's memory and terms (``in_a_project``).

2016klp is in the TTA convention the engine follows; KMOU in its own (countries acting are ORG,
durations are DUR): the model learns the corpus's convention from the project's sentences,
which is what a project with its own conventions needs. Both corpora are non-commercial:
models live in memory only.
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

from models.evaluate import evaluate, half_of, held_out  # noqa: E402
from models.learn.combine import POLICIES  # noqa: E402
from models.learn.examples import from_docs  # noqa: E402
from models.learn.predict import LoadedModel, build_gazetteer  # noqa: E402
from models.learn.train import fit_set, prepare_items  # noqa: E402

NAMES = ["PERSON", "ORG", "LOCATION"]
DATA = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent)
             if (p / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data")


def load(corpus: str, klue: str | None = None) -> list[Any]:
    if corpus == "klue":
        from eval_convention import klue_news

        return klue_news(Path(klue or ""))
    if corpus == "klp":
        from models.importers.klp import iter_klp

        return list(iter_klp(DATA / "kmou-2016klp"))
    from models.importers.kmou import iter_kmou_corpus

    return list(iter_kmou_corpus(DATA / "kmou-ner" / "corpus"))


def scores(pairs: list[tuple[Any, Any]]) -> dict[str, Any]:
    names = evaluate(pairs, NAMES)
    dates = evaluate(pairs, ["DATE"]).label("DATE")
    m = names.micro_exact
    return {"f1": round(m.f1, 4), "p": round(m.precision, 4), "r": round(m.recall, 4),
            "by_label": {s.label: round(s.exact.f1, 4) for s in names.labels},
            "date_overlap_f1": round(dates.overlap.f1, 4) if dates else None}


def tta(doc: Any) -> Any:
    """A KMOU sentence with its gold in the TTA convention: country names LOCATION, DUR DATE."""
    from dataclasses import replace

    from models.evaluate import countries_as_location

    spans = [replace(s, label="DATE") if s.label == "DURATION" else s
             for s in countries_as_location(doc.spans)]
    return replace(doc, spans=spans)


def run(corpus: str, train_size: int, test_limit: int, kiwi: Any,
        as_tta: bool = False, in_project: bool = False, klue: str | None = None
        ) -> dict[str, Any]:
    docs = load(corpus, klue)
    if as_tta:
        docs = [tta(d) for d in docs]
    if corpus == "klue":  # all of it is kept back: halves of the whole, nothing set aside
        dev, kept = docs, []
    else:
        dev = [d for d in docs if not held_out(d.text)]
        kept = [d for d in docs if held_out(d.text)]
    train_docs = [d for d in dev if half_of(d.text) == 0][:train_size]
    seen = {d.text for d in train_docs}
    tests = {"other_half": [d for d in dev if half_of(d.text) == 1 and d.text not in seen],
             "held_out": [d for d in kept if d.text not in seen]}
    tests = {k: v for k, v in tests.items() if v}
    if test_limit:
        tests = {k: v[:test_limit] for k, v in tests.items()}
    labels = sorted({s.label for d in train_docs for s in d.spans} & set(NAMES))
    tset = from_docs(train_docs, f"{corpus}-half")
    wall0, cpu0 = time.perf_counter(), time.process_time()
    blob, info = fit_set(tset, kiwi=kiwi, labels=labels)  # as `bitgeul train --from` does
    out: dict[str, Any] = {
        "train_sentences": len(train_docs), "labels_learned": labels,
        "train_seconds": round(time.perf_counter() - wall0, 1),
        "train_cpu_seconds": round(time.process_time() - cpu0, 1),
        "chosen_policy": (info.evaluation or {}).get("policy"),
        "chosen_on": (info.evaluation or {}).get("policies"),  # F1 of each on the held-out tenth
    }
    model = LoadedModel(blob)
    builtin = build_gazetteer([])
    learned = build_gazetteer([], model.terms)
    for name, test_docs in tests.items():
        tset_test = from_docs(test_docs, f"{corpus}-{name}")
        ex = tset_test.examples
        base = prepare_items(ex, kiwi, [builtin] * len(ex))
        items = prepare_items(ex, kiwi, [learned] * len(ex))
        part: dict[str, Any] = {
            "sentences": len(ex),
            "out_of_the_box": scores([(it.example.spans, it.prep.base.spans) for it in base]),
            "rules_with_learned_names": scores([(it.example.spans, it.prep.base.spans)
                                                for it in items]),
            "policies": {},
        }
        for pname, policy in POLICIES.items():
            pairs = [(it.example.spans, model.analyze_prepared(it.prep, policy=policy).spans)
                     for it in items]
            part["policies"][pname] = scores(pairs)
        part["after_learning"] = part["policies"][model.policy.name]
        out[name] = part
    if in_project:
        out["in_a_project"] = project_run(train_docs, tests, labels)
    return out


def project_run(train_docs: list[Any], tests: dict[str, list[Any]], labels: list[str]
                ) -> dict[str, Any]:
    """The same sentences the way the app learns them: imported as gold into a project (each
    document marked done), the project's model trained from its annotations (``train(store)``,
    as Model → Train now does), and the test sentences suggested in that project by
    ``run_suggestions`` — the rules, the CRF, the project's terms and its memory of accepted
    names together. A temporary SQLite file, deleted afterwards."""
    import tempfile
    from dataclasses import replace

    from models.learn.predict import analyzer_for
    from models.learn.train import train
    from models.store.commands import SetStatus
    from models.store.project import ProjectStore
    from models.suggest import run_suggestions

    with tempfile.TemporaryDirectory(prefix="bench-learning-") as tmp:
        store = ProjectStore.open(Path(tmp) / "project.sqlite3", "bench")
        ids = store.add_documents(train_docs).document_ids
        store.execute([SetStatus(i, "done") for i in ids])
        wall0 = time.perf_counter()
        info = train(store, labels=labels)
        out: dict[str, Any] = {"train_seconds": round(time.perf_counter() - wall0, 1),
                               "chosen_policy": (info.evaluation or {}).get("policy"),
                               "chosen_on": (info.evaluation or {}).get("policies")}
        analyzer = analyzer_for(store)
        for name, docs in tests.items():
            docs = list({d.text: d for d in docs}.values())  # a project stores a text once
            # without their gold: an annotation would hide the suggestions it covers
            doc_ids = store.add_documents([replace(d, spans=[], relations=[])
                                           for d in docs]).document_ids
            run_suggestions(store, doc_ids, force=True, workers=2, analyzer=analyzer)
            pairs = [(doc.spans, _spans(store.document(doc_id)))
                     for doc, doc_id in zip(docs, doc_ids, strict=True)]
            out[name] = {"sentences": len(docs), "after_learning": scores(pairs)}
        store.close()
    return out


def _spans(view: Any) -> list[Any]:
    from models.domain import Span

    return [Span(sg.start, sg.end, sg.label, sg.text) for sg in view.suggestions]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=["klp", "kmou", "both", "klue"], default="both")
    ap.add_argument("--klue", help="a KLUE NER file (klue-ner-v1.1_dev.tsv) for --corpus klue")
    ap.add_argument("--train-size", type=int, default=1300)
    ap.add_argument("--test-limit", type=int, default=3000)
    ap.add_argument("--in-project", action="store_true",
                    help="also learn as the app does: gold imported into a project, trained "
                         "from it, suggested with its memory and terms (run_suggestions)")
    ap.add_argument("--tta", action="store_true",
                    help="KMOU gold in the TTA convention (countries LOCATION, DUR as DATE)")
    args = ap.parse_args()
    from models.nlp.kiwi_runtime import build_kiwi, set_kiwi

    kiwi = build_kiwi(num_workers=2)
    set_kiwi(kiwi)  # the one that answers for the features too (learn.features.neighbours)
    result = {}
    for corpus in (["klp", "kmou"] if args.corpus == "both" else [args.corpus]):
        result[corpus] = run(corpus, args.train_size, args.test_limit, kiwi,
                             as_tta=args.tta and corpus == "kmou",
                             in_project=args.in_project, klue=args.klue)
        print(json.dumps({corpus: result[corpus]}, ensure_ascii=False), file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
