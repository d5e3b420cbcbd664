"""SIGKILL during `bitgeul import` and `bitgeul accept`: each file is wholly in or wholly out,
each document's bulk acceptance is whole, the file passes integrity_check and opens again."""

from __future__ import annotations

import json
import time
from pathlib import Path

from crash_helpers import Victim, crash_rng, integrity, query

from models.domain import Analysis, ImportedDoc, Span
from models.store.project import ProjectStore

IMPORT_RUNS = 20
ACCEPT_RUNS = 12
FILES = 4
DOCS_PER_FILE = 150


def write_corpus(folder: Path) -> dict[str, int]:
    """Files of distinct articles (JSONL, CSV, one text file); source file → documents."""
    folder.mkdir(parents=True)
    expected: dict[str, int] = {}
    for f in range(FILES):
        if f == 2:
            path = folder / f"묶음 {f}.csv"
            rows = ["제목,본문"] + [f"기사 {f}-{i},\"{f}묶음 {i}번: 인천시는 공항 철도 연장에 "
                                   f"{i + 7}억원을 쓴다.\"" for i in range(DOCS_PER_FILE)]
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        else:
            path = folder / f"묶음 {f}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for i in range(DOCS_PER_FILE):
                    text = (f"{f}묶음 {i}번 기사. 대전시는 과학 도시 조성 사업에 {i + 3}조원을 "
                            "투입한다고 밝혔다. " * 3)
                    fh.write(json.dumps({"text": text, "title": f"{f}-{i}"},
                                        ensure_ascii=False) + "\n")
        expected[str(path)] = DOCS_PER_FILE
    one = folder / "단독 기사.txt"
    one.write_text("세종시는 행정 수도 완성을 위해 5000억원을 편성했다.\n", encoding="utf-8")
    expected[str(one)] = 1
    return expected


def test_each_imported_file_is_wholly_in_or_wholly_out(tmp_path: Path) -> None:
    rng, seed = crash_rng()
    expected = write_corpus(tmp_path / "기사 모음")
    files = sorted(expected)
    # One run to the end: everything stored, and how long a whole run takes (kill moments).
    full = tmp_path / "full.sqlite3"
    began = time.monotonic()
    victim = Victim(["-m", "models.cli", "--db", str(full), "import", "--no-progress", *files])
    victim.finish()
    duration = time.monotonic() - began
    assert victim.proc.returncode == 0, victim.stderr[-2000:]
    assert dict(query(full, "SELECT source_file, count(*) FROM documents "
                      "GROUP BY source_file")) == expected
    killed = whole = early = 0
    for run in range(IMPORT_RUNS):
        db = tmp_path / f"run {run}.sqlite3"
        victim = Victim(["-m", "models.cli", "--db", str(db), "import", "--no-progress", *files])
        if run % 2:
            # By time: anywhere from start-up (creating the project) to the last file.
            time.sleep(rng.uniform(0.05, 0.95) * duration)
        else:
            # After some files were reported stored, a moment into the next one.
            target = rng.randint(0, FILES)
            victim.wait_for(lambda lines, t=target: sum("documents added" in x for x in lines)
                            >= t, timeout=60)
            time.sleep(rng.uniform(0.0, 0.15))
        victim.kill()
        lines = victim.finish()
        killed += victim.died_by_kill
        assert victim.died_by_kill or victim.proc.returncode == 0, victim.stderr[-2000:]
        reported = {line.split(": ")[0] for line in lines if "documents added" in line}
        tables = query(db, "SELECT name FROM sqlite_master") if db.exists() else []
        if ("documents",) not in tables:  # killed while the new project was being created
            assert not reported
            if db.exists():
                integrity(db)
                ProjectStore.open(db, "kim").close()  # the interrupted creation starts over
                assert query(db, "SELECT count(*) FROM documents") == [(0,)]
                early += 1
            continue
        integrity(db)
        stored = dict(query(db, "SELECT source_file, count(*) FROM documents "
                            "GROUP BY source_file"))
        for source, n in stored.items():
            assert n == expected[source], f"{source}: {n} of {expected[source]} (seed {seed})"
        for source in reported:
            assert stored.get(source) == expected[source], f"acknowledged {source} lost ({seed})"
        whole += len(stored)
        ProjectStore.open(db, "kim").close()  # opens (and finishes migrating) after the kill
    assert killed >= IMPORT_RUNS // 2, (killed, seed)
    print(f"import crash runs: {IMPORT_RUNS}, killed {killed} ({early} while creating the "
          f"project), files found whole {whole} (seed {seed})")


def make_suggested_project(path: Path, n_docs: int = 60, per_doc: int = 6) -> None:
    store = ProjectStore.open(path, "setup")
    text = "가나다라마바사아자차카타파하 " * 8
    ids = store.add_documents([ImportedDoc(f"{i}번 " + text) for i in range(n_docs)]).document_ids
    for doc_id in ids:
        spans = [Span(5 + 10 * k, 9 + 10 * k, "ORG", text[:4], "test", 0.9) for k in range(per_doc)]
        store.save_analysis(doc_id, "test", Analysis(spans=spans))
    store.close()


def test_bulk_accept_is_whole_per_document(tmp_path: Path) -> None:
    rng, seed = crash_rng()
    base = tmp_path / "base.sqlite3"
    make_suggested_project(base)
    full = tmp_path / "full.sqlite3"
    full.write_bytes(base.read_bytes())
    began = time.monotonic()
    victim = Victim(["-m", "models.cli", "--db", str(full), "--annotator", "kim", "accept",
                     "--all"])
    victim.finish()
    duration = time.monotonic() - began
    assert victim.proc.returncode == 0, victim.stderr[-2000:]
    assert query(full, "SELECT count(*) FROM annotations") == [(60 * 6,)]
    killed = 0
    for run in range(ACCEPT_RUNS):
        db = tmp_path / f"accept {run}.sqlite3"
        db.write_bytes(base.read_bytes())  # closed cleanly: the WAL was checkpointed
        victim = Victim(["-m", "models.cli", "--db", str(db), "--annotator", "kim", "accept",
                         "--all"])
        time.sleep(rng.uniform(0.05, 0.95) * duration)
        victim.kill()
        victim.finish()
        killed += victim.died_by_kill
        integrity(db)
        per_doc = query(db, "SELECT document_id, count(*) FROM annotations GROUP BY document_id")
        assert all(n == 6 for _doc, n in per_doc), f"partial bulk accept (seed {seed}): {per_doc}"
        groups = query(db, "SELECT group_id, count(*), count(DISTINCT document_id) FROM decisions "
                       "GROUP BY group_id")
        assert all(n == 6 and docs == 1 for _g, n, docs in groups), groups
        assert len(groups) == len(per_doc)
        ProjectStore.open(db, "kim").close()
    print(f"bulk accept crash runs: {ACCEPT_RUNS}, killed {killed} (seed {seed})")


def test_two_imports_at_once(tmp_path: Path) -> None:
    """Two `bitgeul import` processes on one project, of the same file and of different files:
    both finish, every document is stored once, the file is sound."""
    expected = write_corpus(tmp_path / "기사 모음")
    files = sorted(p for p in expected if p.endswith(".jsonl"))
    for rnd in range(3):
        db = tmp_path / f"together {rnd}.sqlite3"
        ProjectStore.open(db, "kim").close()
        pair = (files[0], files[0]) if rnd < 2 else (files[0], files[1])
        procs = [Victim(["-m", "models.cli", "--db", str(db), "import", "--no-progress", f])
                 for f in pair]
        outs = [v.finish() for v in procs]
        for v in procs:
            assert v.proc.returncode == 0, v.stderr[-2000:]
        stored = dict(query(db, "SELECT source_file, count(*) FROM documents "
                            "GROUP BY source_file"))
        assert stored == {f: DOCS_PER_FILE for f in set(pair)}, (stored, outs)
        integrity(db)
