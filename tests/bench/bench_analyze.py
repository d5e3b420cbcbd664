"""Speed of the suggestion engine against bare Kiwi, measured in the same run.

    /work/venv/bin/python tests/bench/bench_analyze.py [--runs 5] [--texts 3000]

Prints JSON:

* ``cold_start``: wall time of a fresh process that analyses one sentence with
  ``models.engine.analyze(..., kiwi="auto")`` against one that only does
  ``Kiwi().tokenize(...)`` (medians of alternating runs; target ratio <= 1.1);
* ``end_to_end``: ``bitgeul analyze`` as a process on a JSONL file, given as ``--input`` and
  through a pipe, against a process that reads the same file and writes Kiwi's batch tokens as
  JSON lines (medians of alternating runs, process start included; target ratio >= 0.8);
* ``throughput``: texts per second of ``analyze_many`` (Kiwi's batch tokenizer on its own
  threads, our rules on this one) and of a plain ``analyze`` loop, against Kiwi's batch and
  single-text tokenize on the same texts, measured slice by slice in ABBA order so that a busy
  machine affects both sides alike (target ratio >= 0.8). Kiwi's side is its default call
  with its default beam; ``ratio_batch_our_call`` compares with Kiwi called as the engine calls
  it (``z_coda=False`` and a narrower beam, ``kiwi_runtime.CUTOFF_THRESHOLD``: together about
  15% cheaper), which leaves the cost of the rules alone.

The texts are KMOU sentences when the corpus is present (read in place, for measuring only),
otherwise sentences written here, repeated.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

KMOU = ROOT.parent / "shared" / "data" / "kmou-ner" / "corpus"
SENTENCE = "김민수 장관은 8일 서울에서 열린 회의에서 ▲빛고을 데이터센터 구축(1조2000억원)을 약속했다."
OWN = [
    SENTENCE,
    "박지훈 빛고을대병원장은 새 병동 건립 계획을 설명했다.",
    "중국은 새 관세를 발표했고, 기업들은 중국에서 철수하고 있다.",
    "군은 총 1200억원을 들여 영산강 생태공원 조성 사업을 추진한다.",
    "최영수 부산시 정책보좌관은 항만 예산 3000억원을 요청했다.",
]

BARE = f"from kiwipiepy import Kiwi; Kiwi().tokenize({SENTENCE!r})"
OURS = f"from models.engine import analyze; analyze({SENTENCE!r}, kiwi='auto')"


def wall(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - t0


def texts(n: int) -> tuple[str, list[str]]:
    if KMOU.exists():
        from models.importers.kmou import iter_kmou_corpus

        out = []
        for doc in iter_kmou_corpus(KMOU):
            out.append(doc.text)
            if len(out) >= n:
                break
        return "kmou", out
    return "own", (OWN * (n // len(OWN) + 1))[:n]


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


BARE_TOOL = """
import json, sys
from kiwipiepy import Kiwi
texts = [json.loads(line)["text"] for line in sys.stdin if line.strip()]
kiwi = Kiwi(**OPTIONS)
CONFIG
for res in kiwi.tokenize(texts**CALL):
    sys.stdout.write(json.dumps([(t.form, t.tag, t.start, t.len) for t in res],
                                ensure_ascii=False) + "\\n")
"""


def end_to_end(batch: list[str], runs: int) -> dict[str, object]:
    import os
    import tempfile

    from models.nlp.kiwi_runtime import CUTOFF_THRESHOLD, TOKENIZE_OPTIONS

    env = {k: v for k, v in os.environ.items() if k != "BITGEUL_DB"}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in batch),
                       encoding="utf-8")
        cli = [sys.executable, "-m", "models.cli", "analyze"]

        def run(cmd: list[str], stdin: bool) -> float:
            t0 = time.perf_counter()
            with open(src, "rb") as fh, open(os.devnull, "wb") as out:
                if stdin:
                    # a real pipe, as `cat in.jsonl | bitgeul analyze` gives
                    cat = subprocess.Popen(["cat", str(src)], stdout=subprocess.PIPE)
                    subprocess.run(cmd, cwd=ROOT, stdin=cat.stdout, stdout=out, check=True,
                                   env=env)
                    cat.wait()
                else:
                    subprocess.run(cmd, cwd=ROOT, stdin=fh, stdout=out, check=True, env=env)
            return time.perf_counter() - t0

        # "bare": Kiwi's defaults; "bare_same": the options we load Kiwi with (no multi-word
        # dictionary, a second less to start) and call it with, so that the ratio shows our
        # work alone.
        tools = {"bare": BARE_TOOL.replace("**OPTIONS", "").replace("**CALL", "")
                                  .replace("CONFIG", ""),
                 "bare_same": BARE_TOOL.replace("**OPTIONS",
                                                "load_multi_dict=False, load_typo_dict=False")
                                       .replace("CONFIG", "kiwi.global_config.cutoff_threshold"
                                                f" = {CUTOFF_THRESHOLD}")
                                       .replace("**CALL", "".join(
                                           f", {k}={v!r}" for k, v in TOKENIZE_OPTIONS.items()))}
        times: dict[str, list[float]] = {"bare": [], "bare_same": [], "file": [], "pipe": []}
        for _ in range(runs):
            times["bare"].append(run([sys.executable, "-c", tools["bare"]], stdin=True))
            times["bare_same"].append(run([sys.executable, "-c", tools["bare_same"]], stdin=True))
            times["file"].append(run(cli + ["--input", str(src)], stdin=False))
            times["pipe"].append(run(cli, stdin=True))
            times["bare_same"].append(run([sys.executable, "-c", tools["bare_same"]],
                                          stdin=False))
            times["bare"].append(run([sys.executable, "-c", tools["bare"]], stdin=False))
    med = {k: statistics.median(v) for k, v in times.items()}
    return {"n": len(batch), "bare_kiwi_s": round(med["bare"], 2),
            "analyze_file_s": round(med["file"], 2), "analyze_pipe_s": round(med["pipe"], 2),
            "ratio_file": round(med["bare"] / med["file"], 3),
            "ratio_pipe": round(med["bare"] / med["pipe"], 3),
            "bare_same_options_s": round(med["bare_same"], 2),
            "ratio_file_same_options": round(med["bare_same"] / med["file"], 3),
            "ratio_pipe_same_options": round(med["bare_same"] / med["pipe"], 3), "runs": runs}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--texts", type=int, default=3000)
    ap.add_argument("--e2e-texts", type=int, default=6000)
    args = ap.parse_args()

    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(wall(BARE))
        ours.append(wall(OURS))
    cold = {
        "bare_kiwi_s": round(statistics.median(bare), 3),
        "analyze_s": round(statistics.median(ours), 3),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 3),
        "runs": args.runs,
    }

    from kiwipiepy import KiwiConfig

    from models.engine import analyze, analyze_many
    from models.nlp.kiwi_runtime import build_kiwi, tokenize

    e2e = end_to_end(texts(args.e2e_texts)[1], max(3, args.runs // 2))
    source, batch = texts(args.texts)
    kiwi = build_kiwi()
    # The machine may be busy with other work: compare in small slices, in ABBA order, so that
    # both sides of each ratio ran under the same load.
    slices = [batch[i : i + 250] for i in range(0, len(batch), 250)]
    totals = {"kiwi_batch": 0.0, "analyze_many": 0.0, "kiwi_batch_our_call": 0.0,
              "kiwi_single": 0.0, "analyze_single": 0.0}
    ours_cutoff = kiwi.global_config.cutoff_threshold

    def raw(fn):  # type: ignore[no-untyped-def]
        """Kiwi as it comes: its default beam (the engine narrows it, kiwi_runtime), set on the
        shared instance only between calls, when none of its threads is working."""
        def call(part):  # type: ignore[no-untyped-def]
            kiwi.global_config.cutoff_threshold = KiwiConfig().cutoff_threshold
            try:
                return fn(part)
            finally:
                kiwi.global_config.cutoff_threshold = ours_cutoff
        return call

    runs = {
        "kiwi_batch": raw(lambda part: list(kiwi.tokenize(part))),
        # Kiwi called with the options the engine passes (kiwi_runtime.TOKENIZE_OPTIONS): the
        # ratio against it is the cost of our own work alone.
        "kiwi_batch_our_call": lambda part: list(tokenize(kiwi, part)),
        "analyze_many": lambda part: list(analyze_many(part, kiwi=kiwi)),
        "kiwi_single": raw(lambda part: [kiwi.tokenize(t) for t in part]),
        "analyze_single": lambda part: [analyze(t, kiwi=kiwi) for t in part],
    }
    for _ in range(2):
        for part in slices:
            for names in (("kiwi_batch", "analyze_many", "kiwi_batch_our_call"),
                          ("kiwi_single", "analyze_single")):
                for name in (*names, *reversed(names)):
                    totals[name] += timed(lambda: runs[name](part))  # noqa: B023

    n = 4 * len(batch)  # each text went through each side twice per run, two runs
    rate = {k: round(n / v, 1) for k, v in totals.items()}
    out = {
        "cold_start": cold,
        "end_to_end": e2e,
        "throughput": {
            "texts": source,
            "n": len(batch),
            "chars": sum(len(t) for t in batch),
            "per_s": rate,
            "ratio_batch": round(totals["kiwi_batch"] / totals["analyze_many"], 3),
            "ratio_batch_our_call": round(totals["kiwi_batch_our_call"] / totals["analyze_many"],
                                          3),
            "ratio_single": round(totals["kiwi_single"] / totals["analyze_single"], 3),
        },
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
