"""Merging honours deletions and rejections, and trusts nothing in the other file: a real second
project file (a copy worked on elsewhere, or one built hostile by ``hostile_projects``)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import hostile_projects as hp
import pytest

from models.cli.main import main
from models.domain import ImportedDoc, InputError, Value
from models.store.commands import Create, Delete, Update
from models.store.project import ProjectStore
from models.team.merge import merge_project

TEXT = "대전시는 트램 2호선 건설에 7천억원을 쓴다. 세종시와 청주시도 참여한다."


def _project(path: Path) -> tuple[ProjectStore, int, list[int]]:
    store = ProjectStore.open(path, "kim")
    (doc,) = store.add_documents([ImportedDoc(TEXT, outlet="대전일보")]).document_ids
    spans = [next(iter(store.execute(Create(doc, a, b, label)).annotation_ids))
             for a, b, label in ((0, 3, "LOCATION"), (26, 29, "LOCATION"), (31, 34, "LOCATION"))]
    return store, doc, spans


def _spans(store: ProjectStore, doc: int) -> set[tuple[int, int, str]]:
    return {(a.start, a.end, a.label) for a in store.document(doc).annotations}


def test_a_span_deleted_on_either_side_stays_deleted_and_merging_again_changes_nothing(
        tmp_path: Path) -> None:
    desk, doc, (s1, s2, s3) = _project(tmp_path / "desk.sqlite3")
    desk.close()
    shutil.copy(tmp_path / "desk.sqlite3", tmp_path / "laptop.sqlite3")
    desk = ProjectStore.open(tmp_path / "desk.sqlite3", "kim")
    laptop = ProjectStore.open(tmp_path / "laptop.sqlite3", "kim")
    desk.execute(Delete(s1))  # deleted at the desk
    laptop.execute(Delete(s2))  # deleted on the laptop
    laptop.close()

    summary = merge_project(desk, tmp_path / "laptop.sqlite3")
    assert _spans(desk, doc) == {(31, 34, "LOCATION")}
    assert (summary.kept_deleted, summary.deleted, summary.conflicts) == (1, 1, 0)
    counts = desk.stats()
    again = merge_project(desk, tmp_path / "laptop.sqlite3")
    assert again.added == 0 and desk.stats() == counts
    # The laptop's step came along: kim can undo it at the desk.
    desk.undo()
    assert (26, 29, "LOCATION") in _spans(desk, doc)
    desk.close()

    # And the other way round: the desk's deletion is not undone by the laptop's copy.
    laptop = ProjectStore.open(tmp_path / "laptop.sqlite3", "kim")
    merged = merge_project(laptop, tmp_path / "desk.sqlite3")
    assert (0, 3, "LOCATION") not in _spans(laptop, doc)
    assert merged.deleted == 1
    laptop.close()


def test_a_deleted_span_changed_on_the_other_side_since_is_a_conflict_kept_for_review(
        tmp_path: Path) -> None:
    desk, doc, (s1, _s2, _s3) = _project(tmp_path / "desk.sqlite3")
    desk.close()
    shutil.copy(tmp_path / "desk.sqlite3", tmp_path / "laptop.sqlite3")
    desk = ProjectStore.open(tmp_path / "desk.sqlite3", "kim")
    desk.execute(Delete(s1))
    laptop = ProjectStore.open(tmp_path / "laptop.sqlite3", "kim")
    laptop.execute(Update(s1, value=Value(unit="시")))  # changed after the delete
    laptop.close()
    summary = merge_project(desk, tmp_path / "laptop.sqlite3")
    assert (0, 3, "LOCATION") in _spans(desk, doc)
    assert summary.conflicts == 1 and "deleted here, changed in their file since" in \
        summary.notes[0]
    desk.close()


def test_a_dry_run_says_what_would_change_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs = hp.real_project(tmp_path / "lee.sqlite3", "lee")
    ours = tmp_path / "ours.sqlite3"
    hp.real_project(ours, "kim", text="목포시는 해상풍력 단지에 2조원을 투자한다.")
    before = hp.digest(ours)
    assert main(["--db", str(ours), "merge", str(theirs), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run: 1 documents would add" in out and "2 spans" in out
    store = ProjectStore.open(ours, "kim")
    assert store.stats()["documents"] == 1
    store.close()
    assert main(["--db", str(ours), "merge", str(theirs)]) == 0
    assert "1 documents added" in capsys.readouterr().out
    assert hp.digest(ours) != before


def test_a_forged_step_under_another_name_cannot_undo_someone_elses_span(
        tmp_path: Path) -> None:
    theirs = hp.real_project(tmp_path / "bob.sqlite3", "bob")
    with sqlite3.connect(theirs) as conn:
        bob_span = conn.execute("SELECT max(id) FROM annotations").fetchone()[0]
    hp.forged_decision(theirs, bob_span, as_who="alice")
    ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
    summary = merge_project(ours, theirs)
    assert summary.foreign_steps >= 1
    alice = ProjectStore(ours.db, "alice")
    bob = ProjectStore(ours.db, "bob")
    (doc,) = ours.document_ids()
    assert len(bob.document(doc).annotations) == 2
    alice.undo()  # her "newest step" names bob's span: it cannot touch it
    assert len(bob.document(doc).annotations) == 2
    ours.close()


def test_forged_lengths_hashes_and_the_review_layer_are_not_trusted(tmp_path: Path) -> None:
    forged = hp.forged_spans(tmp_path / "forged.sqlite3")
    ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
    with pytest.raises(InputError, match=r"outside its text \(length 3\); nothing was merged"):
        merge_project(ours, forged)
    assert ours.stats()["documents"] == 0

    review = hp.review_layer(tmp_path / "review.sqlite3")
    summary = merge_project(ours, review)
    assert summary.review_skipped >= 1
    reviewer = ProjectStore(ours.db, "review")
    (doc,) = ours.document_ids()
    assert not reviewer.document(doc).annotations
    merge_project(ours, review, include_review=True)
    assert len(reviewer.document(doc).annotations) == 1
    ours.close()


def test_a_wrong_hash_in_their_file_is_recomputed(tmp_path: Path) -> None:
    theirs = hp.real_project(tmp_path / "lee.sqlite3", "lee")
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE documents SET content_hash = 'forged'")
    ours_path = tmp_path / "ours.sqlite3"
    hp.real_project(ours_path, "kim")  # the same article
    ours = ProjectStore.open(ours_path, "kim")
    summary = merge_project(ours, theirs)
    assert (summary.recomputed, summary.documents_matched, summary.documents_added) == (1, 1, 0)
    ours.close()


def test_a_malformed_snapshot_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    bad = hp.malformed_snapshot(tmp_path / "bad.sqlite3")
    assert main(["--db", str(tmp_path / "ours.sqlite3"), "merge", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "malformed snapshot key 'annotation:x'" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_their_file_is_only_read_even_when_read_only_and_no_copy_is_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "received"
    theirs = hp.real_project(folder / "lee.sqlite3", "lee")
    with sqlite3.connect(theirs) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.execute("PRAGMA journal_mode=DELETE")  # as mailed: a single file
    before = hp.digest(theirs)
    os.chmod(theirs, 0o444)
    os.chmod(folder, 0o555)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    try:
        ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
        summary = merge_project(ours, theirs)
        assert summary.documents_added == 1
        ours.close()
    finally:
        os.chmod(folder, 0o755)
    assert hp.digest(theirs) == before
    assert sorted(p.name for p in folder.iterdir()) == ["lee.sqlite3"]
    with sqlite3.connect(f"file:{theirs}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert list(scratch.iterdir()) == []


def test_an_older_file_is_upgraded_in_a_private_folder_that_is_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from models.store.db import move_schema, open_database

    old = tmp_path / "old.sqlite3"
    db = open_database(old, migrate=False)
    move_schema(db.engine, "0001")
    park = ProjectStore(db, "park")
    (doc,) = park.add_documents([ImportedDoc(TEXT)]).document_ids
    park.execute(Create(doc, 0, 3, "LOCATION"))
    park.close()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
    assert merge_project(ours, old).annotations == 1
    ours.close()
    assert list(scratch.iterdir()) == []


def test_merge_json_reports_the_new_counts(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    theirs = hp.real_project(tmp_path / "lee.sqlite3", "lee")
    assert main(["--db", str(tmp_path / "o.sqlite3"), "merge", str(theirs), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["deleted"] == 0 and data["dry_run"] is False and data["notes"] == []


def test_a_value_that_is_not_what_its_column_says_is_one_line(tmp_path: Path) -> None:
    theirs = hp.real_project(tmp_path / "lee.sqlite3", "lee")
    with sqlite3.connect(theirs) as conn:
        conn.execute("UPDATE documents SET date = 'not-a-date'")
    ours = ProjectStore.open(tmp_path / "ours.sqlite3", "kim")
    with pytest.raises(InputError, match="nothing was merged") as err:
        merge_project(ours, theirs)
    assert "\n" not in str(err.value) and ours.stats()["documents"] == 0
    ours.close()
