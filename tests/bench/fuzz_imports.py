"""Damaged files of every import format: each one is read or refused with one line naming it.

    python tests/bench/fuzz_imports.py [--mutations 600] [--seed 1] [--keep DIR]

A sample of each format is written here (a BigKinds workbook as Apache POI writes it and one as
openpyxl does, UTF-8 and CP949 CSV, JSONL with spans, text, KLUE-style BIO, a saved page, MHTML,
PDF, HWP, HWPX, DOCX), then copied ``--mutations`` times with a few bytes changed, cut short or
a block repeated, and each copy is read with ``read_file``. Anything but a result or a one-line
``InputError`` naming the file is a finding: the exception, where it was raised, and (with
``--keep``) the file. A read taking over 20 s counts as a hang. Prints one JSON object.

The test suite keeps a small property test of the same kind (tests/core/test_hostile_documents)
and a regression test for each finding; this runs the many mutations no suite run can afford.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.domain import InputError  # noqa: E402
from models.importers.registry import read_file  # noqa: E402
from tests.samples.documents import TEXT, write_documents, write_openpyxl_xlsx  # noqa: E402

ROWS = [["뉴스 식별자", "일자", "언론사", "기고자", "제목", "통합 분류1", "인물", "위치", "기관",
         "키워드", "본문", "URL"],
        ["1100101.20240105", "20240105", "가상일보", "홍길동", "예산 기사", "경제>정책", "홍길동",
         "광주", "광주시", "예산", TEXT[0], "https://news.example.kr/1"],
        ["1100101.20240106", "20240106", "가상일보", "", "두 번째", "", "", "", "", "", TEXT[1], ""]]


def samples(d: Path) -> dict[str, Path]:
    from tests.samples.poi_xlsx import write_poi_xlsx

    files = {"poi.xlsx": write_poi_xlsx(d / "poi.xlsx", ROWS, shared=True),
             "openpyxl.xlsx": write_openpyxl_xlsx(d / "openpyxl.xlsx", ROWS),
             **write_documents(d)}
    csv = "\n".join(",".join(f'"{c}"' for c in r) for r in ROWS)
    (d / "utf8.csv").write_bytes(("\ufeff" + csv).encode("utf-8"))
    (d / "cp949.csv").write_bytes(csv.encode("cp949"))
    (d / "a.jsonl").write_text("\n".join(json.dumps(
        {"text": t, "title": "제목", "date": "2024-01-05", "spans": [[0, 2, "ORG"]]},
        ensure_ascii=False) for t in TEXT), encoding="utf-8")
    (d / "a.txt").write_text("\n\n".join(TEXT), encoding="utf-8")
    bio = "## 1\t정부는 광주에\n정\tB-OG\n부\tI-OG\n는\tO\n \tO\n광\tB-LC\n주\tI-LC\n에\tO\n\n"
    (d / "klue.tsv").write_text(bio * 3, encoding="utf-8")
    for name in ("utf8.csv", "cp949.csv", "a.jsonl", "a.txt", "klue.tsv"):
        files[name] = d / name
    return files


def mutate(data: bytes, n: int, rng: random.Random) -> bytes:
    b = bytearray(data)
    if n % 3 == 0:
        b = b[:rng.randrange(0, len(b) + 1)]
    for _ in range(rng.randint(0, 8)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    if n % 7 == 0 and len(b) > 10:  # a block repeated
        i = rng.randrange(len(b))
        b[i:i] = b[i:min(len(b), i + rng.randrange(1, 200))]
    return bytes(b)


class _Hang(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise _Hang


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mutations", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="folder for the files of the findings")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    keep = Path(args.keep) if args.keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Counter[str]] = {}
    findings: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for name, path in samples(d).items():
            read_file(path)  # every sample reads whole first
            counts = outcome.setdefault(name, Counter())
            data = path.read_bytes()
            for n in range(args.mutations):
                copy = d / f"damaged_{name}"
                copy.write_bytes(mutate(data, n, rng))
                if hasattr(signal, "SIGALRM"):
                    signal.alarm(20)
                try:
                    read_file(copy)
                    counts["read"] += 1
                    continue
                except InputError as err:
                    if len(str(err).splitlines()) == 1 and str(copy) in str(err):
                        counts["refused"] += 1
                        continue
                    kind, where = "message", str(err)[:200]
                except _Hang:
                    kind, where = "hang", ""
                except Exception as err:  # noqa: BLE001 - a finding, whatever it is
                    tb = traceback.extract_tb(err.__traceback__)[-1]
                    kind, where = repr(err)[:200], f"{tb.filename}:{tb.lineno}"
                finally:
                    if hasattr(signal, "SIGALRM"):
                        signal.alarm(0)
                counts["finding"] += 1
                if (name, kind.split("(")[0], where) in seen:
                    continue
                seen.add((name, kind.split("(")[0], where))
                found = {"format": name, "mutation": n, "error": kind, "where": where}
                if keep:
                    kept = keep / f"{len(findings)}_{name}"
                    kept.write_bytes(copy.read_bytes())
                    found["file"] = str(kept)
                findings.append(found)
    print(json.dumps({"mutations_per_format": args.mutations, "seed": args.seed,
                      "outcome": {k: dict(v) for k, v in outcome.items()},
                      "findings": findings}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
