"""Benchmark the frozen bundle: size, build time, and --selftest time frozen vs from source.

    python tests/bench/bench_bundle.py [--runs 3] [--keep DIR]

Builds with packaging/build.py (into a temporary folder unless --keep), copies the bundle into
a folder named in Hangul with a space, then runs ``bitgeul --selftest`` (QT_QPA_PLATFORM=
offscreen) frozen and ``python -m desktop --selftest`` from source, alternating, ``--runs`` times
each. Prints one JSON object; the targets are a bundle of at most 300 MiB and a frozen selftest
within 0.5 s of the source one (medians).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import bundle_check  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = p.parse_args()

    with tempfile.TemporaryDirectory(prefix="bitgeul-bench-") as tmp:
        root = args.keep or Path(tmp)
        built = bundle_check.build(root / "dist", root / "work")
        copy = bundle_check.copy_bundle(built.bundle, root / bundle_check.HANGUL_FOLDER)
        exe = bundle_check.relocated_exe(built, copy)
        frozen, source, failures = [], [], []
        for _ in range(args.runs):
            f = bundle_check.frozen_selftest(exe)
            s = bundle_check.source_selftest()
            frozen.append(f.seconds)
            source.append(s.seconds)
            failures += [f"frozen: {x}" for x in bundle_check.selftest_problems(f)]
            failures += [f"source: {x}" for x in bundle_check.selftest_problems(s)]
        size = bundle_check.dir_size(copy)
        out = {
            "bench": "bundle",
            "platform": sys.platform,
            "bundle_mib": round(size / 2**20, 1),
            "bundle_target_mib": 300,
            "kiwi_model_mib": round(bundle_check.dir_size(
                next(copy.rglob("kiwipiepy_model"))) / 2**20, 1),
            "build_s": round(built.seconds, 1),
            "runs": args.runs,
            "frozen_selftest_s": round(statistics.median(frozen), 2),
            "source_selftest_s": round(statistics.median(source), 2),
            "frozen_minus_source_s": round(statistics.median(frozen) - statistics.median(source), 2),
            "frozen_all_s": [round(x, 2) for x in frozen],
            "source_all_s": [round(x, 2) for x in source],
            "failures": sorted(set(failures)),
        }
        print(json.dumps(out))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
