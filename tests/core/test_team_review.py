"""Review: the annotators' spans side by side, and the reviewed layer built from them through the
normal (logged, undoable) commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.cli.main import main
from models.domain import ImportedDoc, Value
from models.export.jsonl import document_records
from models.store.commands import CommandError, Create, Link
from models.store.project import ProjectStore
from models.team import REVIEWER
from models.team.review import (
    adopt,
    adopt_agreed,
    adopt_annotator,
    edit,
    remove,
    review_view,
    reviewer_store,
)

TEXT = "부산시는 가덕도 신공항 건설에 13조원이 든다고 밝혔다."


def _at(word: str, cut: int = 0) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word) - cut


@pytest.fixture
def work(db_url: str):
    kim = ProjectStore.open(db_url, "kim")
    lee = ProjectStore(kim.db, "lee")
    (doc,) = kim.add_documents([ImportedDoc(TEXT, title="신공항")]).document_ids
    kim.execute(Create(doc, *_at("부산시"), "LOCATION"))
    (kp,) = kim.execute(Create(doc, *_at("가덕도 신공항 건설"), "PROJECT")).annotation_ids
    (km,) = kim.execute(Create(doc, *_at("13조원"), "MONEY",
                               Value(1.3e13, 1.3e13, 1.3e13, "KRW"))).annotation_ids
    kim.execute(Link(km, kp))
    lee.execute(Create(doc, *_at("부산시"), "LOCATION"))
    lee.execute(Create(doc, *_at("가덕도 신공항"), "PROJECT"))
    yield kim, lee, doc
    kim.close()


def test_side_by_side(work) -> None:
    kim, _lee, doc = work
    view = review_view(kim, doc)
    assert view.annotators == ("kim", "lee") and view.reviewer == REVIEWER
    assert [r.status for r in view.rows] == ["agreed", "disputed", "disputed"]
    project = view.rows[1]
    assert [sp.text for sp in project.columns[view.column("kim")]] == ["가덕도 신공항 건설"]
    assert [sp.text for sp in project.columns[view.column("lee")]] == ["가덕도 신공항"]
    assert view.rows[2].columns[1] == ()  # lee has no amount
    assert "disputed" in view.to_table()
    assert json.loads(json.dumps(view.to_json(), ensure_ascii=False))["rows"][0]["status"] == (
        "agreed")


def test_adopting_builds_the_reviewed_layer_with_links_and_undo(work) -> None:
    kim, lee, doc = work
    review = reviewer_store(kim)
    adopt_agreed(review, doc)
    assert [r.status for r in review_view(kim, doc).rows] == ["reviewed", "disputed", "disputed"]
    adopt_annotator(review, doc, "kim")  # the rest from kim, with kim's link
    final = review.document(doc)
    assert [(a.text, a.label) for a in final.annotations] == [
        ("부산시", "LOCATION"), ("가덕도 신공항 건설", "PROJECT"), ("13조원", "MONEY")]
    assert final.annotations[2].value == Value(1.3e13, 1.3e13, 1.3e13, "KRW")
    assert len(final.relations) == 1 and all(a.annotator == REVIEWER for a in final.annotations)
    assert all(r.status == "reviewed" for r in review_view(kim, doc).rows)

    # Pick lee's project instead: kim's copy (and its link) leave the reviewed layer.
    lee_project = next(a.id for a in lee.document(doc).annotations if a.label == "PROJECT")
    adopt(review, doc, [lee_project])
    final = review.document(doc)
    assert [a.text for a in final.annotations] == ["부산시", "가덕도 신공항", "13조원"]
    assert final.relations == ()
    review.undo()
    final = review.document(doc)
    assert [a.text for a in final.annotations] == ["부산시", "가덕도 신공항 건설", "13조원"]
    assert len(final.relations) == 1

    # Edit the final span; only the review layer's own spans can be edited there.
    money = final.annotations[2]
    edit(review, money.id, label="QUANTITY", expected_version=money.version)
    with pytest.raises(CommandError):
        edit(review, money.id, label="MONEY", expected_version=money.version)  # stale
    with pytest.raises(CommandError, match="belongs to kim"):
        edit(review, kim.document(doc).annotations[0].id, label="ORG")
    remove(review, money.id)
    assert [a.label for a in review.document(doc).annotations] == ["LOCATION", "PROJECT"]
    # The annotators' own layers never changed.
    assert len(kim.document(doc).annotations) == 3 and len(lee.document(doc).annotations) == 2

    # Exports choose the layer by annotator.
    with kim.session() as session:
        (record,) = list(document_records(session, REVIEWER))
    assert [sp["text"] for sp in record["spans"]] == ["부산시", "가덕도 신공항 건설"]


def test_adopt_refuses_wrong_input(work) -> None:
    kim, _lee, doc = work
    review = reviewer_store(kim)
    with pytest.raises(CommandError):
        adopt(review, doc, [99999])
    with pytest.raises(CommandError):
        adopt_annotator(review, doc, "nobody")
    assert adopt(review, doc, []) is None


def _cli(*argv: str) -> int:
    """The real ``bitgeul`` entry point (errors become exit code 2 and one line on stderr)."""
    return main(list(argv))


def test_review_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.sqlite3"
    kim = ProjectStore.open(path, "kim")
    lee = ProjectStore(kim.db, "lee")
    (doc,) = kim.add_documents([ImportedDoc(TEXT)]).document_ids
    for store in (kim, lee):
        store.execute(Create(doc, *_at("부산시"), "LOCATION"))
    kim.execute(Create(doc, *_at("13조원"), "MONEY"))
    kim.close()
    db = ["--db", str(path)]
    assert _cli(*db, "review", "--doc", str(doc)) == 0
    assert "agreed" in capsys.readouterr().out
    assert _cli(*db, "review", "--agreed") == 0  # every shared document
    assert "1/2 places reviewed" in capsys.readouterr().out
    assert _cli(*db, "review", "--doc", str(doc), "--adopt", "kim", "--done", "--json") == 0
    (view,) = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in view["rows"]] == ["reviewed", "reviewed"]
    assert _cli(*db, "review") == 2
    assert "say which document" in capsys.readouterr().err
