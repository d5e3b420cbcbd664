"""A project's stored model is input too: a cut, altered or inflating model blob is refused in
one line, never crashes the process, and the project goes on with the rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import hostile_projects as hp
import pytest

from models.domain import ImportedDoc
from models.learn.crf import ModelBlob, ModelError, fit
from models.learn.features import FEATURE_VERSION
from models.learn.modelstore import ModelInfo, now, save_model
from models.learn.predict import LoadedModel, analyzer_for
from models.store.project import ProjectStore

REPO = Path(__file__).resolve().parents[2]
HANG_BOUND = 600  # the child below tries a few dozen models; a hang fails, it does not pass


def _toy_crf() -> bytes:
    """A small real crfsuite model with state features and transitions."""
    words = ["시", "도", "원", "억", "조", "군", "구", "년", "월", "일"]
    xs, ys = [], []
    for n in range(60):
        seq = [[f"w={words[(n + i) % 10]}", f"p={i % 3}", f"n={n % 7}"] for i in range(6)]
        tags = ["B-LOC" if words[(n + i) % 10] in "시도군구" else
                "B-MONEY" if words[(n + i) % 10] in "원억조" else "O" for i in range(6)]
        xs.append(seq)
        ys.append(tags)
    return fit(xs, ys, {"max_iterations": 20, "c1": 0.0})


def _blob(crf: bytes) -> bytes:
    return ModelBlob(crf, {"feature_version": FEATURE_VERSION, "labels": ["LOC", "MONEY"],
                           "terms": []}).to_bytes()


def _info() -> ModelInfo:
    return ModelInfo(None, now(), "project", 1, 60, 60, ("LOC", "MONEY"),
                     {"feature_version": FEATURE_VERSION})


def _store_raw_blob(path: Path, blob: bytes) -> None:
    """Put bytes into the project's model table as a colleague's file could hold them."""
    import sqlite3

    store = ProjectStore.open(path, "kim")
    store.add_documents([ImportedDoc(hp.ARTICLE)])
    save_model(store, _blob(_toy_crf()), _info())
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE learned_models SET blob = ?, size = ?", (blob, len(blob)))


@pytest.mark.parametrize("kind", ["cut", "not_zip", "inflating", "header"])
def test_a_bad_model_blob_is_one_line_and_the_rules_go_on(kind: str, tmp_path: Path) -> None:
    from hostile_files import claim_sizes

    good = _toy_crf()
    if kind == "cut":
        blob = hp.model_zip(good[:100], {"feature_version": FEATURE_VERSION})
    elif kind == "not_zip":
        blob = b"\x00" * 4096
    elif kind == "inflating":
        zipped = tmp_path / "m.zip"
        zipped.write_bytes(_blob(good))
        blob = claim_sizes(zipped, 3 << 30).read_bytes()  # claims 3 GB unpacked
    else:
        blob = hp.model_zip(good, ["not", "an", "object"])  # type: ignore[arg-type]
    with pytest.raises(ModelError) as err:
        LoadedModel(blob)
    assert "\n" not in str(err.value)
    path = tmp_path / "p.sqlite3"
    _store_raw_blob(path, blob)
    store = ProjectStore.open(path, "kim")
    analyzer = analyzer_for(store, kiwi=None)
    assert analyzer.model is None and analyzer.model_problem is not None
    assert "\n" not in analyzer.model_problem and "model v1" in analyzer.model_problem
    assert analyzer(hp.ARTICLE).spans  # the rules still suggest
    store.close()


def test_suggest_on_a_project_with_a_cut_model_says_so_and_finishes(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    _store_raw_blob(path, hp.model_zip(_toy_crf()[:100], {"feature_version": FEATURE_VERSION}))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(path), "suggest",
                           "--workers", "1", "--no-progress"], capture_output=True, text=True,
                          timeout=HANG_BOUND, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    (line,) = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert "model v1" in line and "damaged" in line and str(path) in line
    assert "analysed 1 documents" in done.stdout


def test_mutated_models_never_crash_the_process_that_loads_them(tmp_path: Path) -> None:
    """Dozens of altered models, each loaded and used as the app would. In a child of the test
    runner: if one crashed the loading process, the child dies, not the test run."""
    (tmp_path / "good.crf").write_bytes(_toy_crf())
    script = textwrap.dedent(f"""
        import json, sys
        sys.path[:0] = [{str(REPO)!r}, {str(REPO / "tests" / "core")!r}]
        from pathlib import Path
        import hostile_projects as hp
        from models.learn.crf import ModelError
        from models.learn.features import FEATURE_VERSION
        from models.learn.predict import LoadedModel
        good = Path({str(tmp_path / "good.crf")!r}).read_bytes()
        counts = {{"refused": 0, "loaded": 0}}
        for crf in hp.mutations(good, 40):
            blob = hp.model_zip(crf, {{"feature_version": FEATURE_VERSION,
                                      "labels": ["LOC", "MONEY"]}})
            try:
                model = LoadedModel(blob)
            except ModelError as exc:
                assert "\\n" not in str(exc)
                counts["refused"] += 1
                continue
            tagger = model.tagger()
            tagger.tag([["w=시", "p=0"], ["w=원"], ["w=억", "n=3"]])
            counts["loaded"] += 1
        print(json.dumps(counts))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=HANG_BOUND, cwd=REPO)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    assert counts["refused"] + counts["loaded"] == 40 and counts["refused"] > 0
