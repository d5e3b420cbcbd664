"""Relations decided like spans, on a real SQLite file: carried over from the engine when both
spans are accepted, confirmed, changed or cleared as logged commands with inverses, undone
across restarts, confirmed in bulk from the CLI, and migrated (0004_relations)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text as sql

from models.domain import (
    AMOUNT_FOR,
    LOCATED_IN,
    MEMBER_OF,
    PROPOSED_BY,
    Analysis,
    ImportedDoc,
    Relation,
    Span,
    Value,
)
from models.store.commands import Accept, ConfirmRelation, SetRelation
from models.store.db import move_schema, open_database
from models.store.project import ProjectStore

TEXT = ("채민호 여수시 정책보좌관은 ▲여수 해양 레저 단지 조성(900억원)을 요구했다. "
        "순천시는 순천 정원 확충을 건의했다.")


def _analysis() -> Analysis:
    def sp(word: str, label: str, value: Value | None = None) -> Span:
        i = TEXT.index(word)
        return Span(i, i + len(word), label, word, "test", 0.9, value)

    spans = [sp("채민호", "PERSON"), sp("여수시", "LOCATION"), sp("여수 해양 레저 단지 조성", "PROJECT"),
             sp("900억원", "MONEY", Value(9e10, 9e10, 9e10, "KRW")), sp("순천시", "ORG"),
             sp("순천 정원 확충", "PROJECT")]
    return Analysis(spans, [
        Relation(3, 2, AMOUNT_FOR, 0.8),
        Relation(0, 1, MEMBER_OF, 0.9, (("post", "정책보좌관"),)),
        Relation(2, 0, PROPOSED_BY, 0.85),
        Relation(2, 1, LOCATED_IN, 0.6),
        Relation(5, 4, PROPOSED_BY, 0.85),
    ])


def _accept_all(store: ProjectStore) -> int:
    doc = store.add_documents([ImportedDoc(TEXT, title="여수")]).document_ids[0]
    store.save_analysis(doc, "test", _analysis())
    store.execute([Accept(g.id) for g in store.document(doc).suggestions])
    return doc


def _rels(store: ProjectStore, doc: int) -> dict[tuple[str, str, str], tuple[str, float, dict]]:
    view = store.document(doc)
    text = {a.id: a.text for a in view.annotations}
    return {(text[r.head], r.label, text[r.tail]): (r.status, r.score, dict(r.attrs))
            for r in view.relations}


def test_accepting_both_spans_carries_the_suggested_relations(store: ProjectStore) -> None:
    doc = _accept_all(store)
    rels = _rels(store, doc)
    assert rels[("900억원", AMOUNT_FOR, "여수 해양 레저 단지 조성")][0] == "accepted"
    assert rels[("채민호", MEMBER_OF, "여수시")] == ("suggested", 0.9, {"post": "정책보좌관"})
    assert rels[("여수 해양 레저 단지 조성", PROPOSED_BY, "채민호")] == ("suggested", 0.85, {})
    assert len(rels) == 5


def test_confirm_change_clear_and_undo_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = ProjectStore.open(path, "kim")
    doc = _accept_all(store)
    view = store.document(doc)
    ann = {a.text: a.id for a in view.annotations}
    member = next(r for r in view.relations if r.label == MEMBER_OF)
    store.execute(ConfirmRelation(member.id))
    assert _rels(store, doc)[("채민호", MEMBER_OF, "여수시")][0] == "accepted"
    # change the proposer of the project to 순천시 (another candidate of the document)
    project = ann["여수 해양 레저 단지 조성"]
    store.execute(SetRelation(project, PROPOSED_BY, ann["순천시"]))
    rels = _rels(store, doc)
    assert ("여수 해양 레저 단지 조성", PROPOSED_BY, "채민호") not in rels
    assert rels[("여수 해양 레저 단지 조성", PROPOSED_BY, "순천시")][0] == "manual"
    store.execute(SetRelation(project, LOCATED_IN, None))  # clear the region
    assert ("여수 해양 레저 단지 조성", LOCATED_IN, "여수시") not in _rels(store, doc)
    store.close()

    store = ProjectStore.open(path, "kim")  # a restart: undo comes from the decision log
    store.undo()
    assert ("여수 해양 레저 단지 조성", LOCATED_IN, "여수시") in _rels(store, doc)
    store.undo()
    rels = _rels(store, doc)
    assert rels[("여수 해양 레저 단지 조성", PROPOSED_BY, "채민호")][0] == "suggested"
    assert ("여수 해양 레저 단지 조성", PROPOSED_BY, "순천시") not in rels
    store.undo()
    assert _rels(store, doc)[("채민호", MEMBER_OF, "여수시")][0] == "suggested"
    store.redo()
    assert _rels(store, doc)[("채민호", MEMBER_OF, "여수시")][0] == "accepted"
    # choosing the suggested tail again confirms it rather than drawing a new one
    store.execute(SetRelation(project, PROPOSED_BY, ann["채민호"]))
    assert _rels(store, doc)[("여수 해양 레저 단지 조성", PROPOSED_BY, "채민호")][0] == "accepted"
    store.close()


def test_bulk_confirm_from_the_command_line(tmp_path: Path, capsys) -> None:
    from models.cli.main import main

    path = tmp_path / "p.sqlite3"
    store = ProjectStore.open(path, "kim")
    doc = _accept_all(store)
    store.close()
    assert main(["--db", str(path), "--annotator", "kim", "accept", "--relations",
                 "--label", PROPOSED_BY, "--min-score", "0.8"]) == 0
    assert "confirmed 2 relations" in capsys.readouterr().out
    store = ProjectStore.open(path, "kim")
    statuses = {k: v[0] for k, v in _rels(store, doc).items()}
    assert statuses[("순천 정원 확충", PROPOSED_BY, "순천시")] == "accepted"
    assert statuses[("채민호", MEMBER_OF, "여수시")] == "suggested"
    store.undo()  # one undoable group per document
    assert _rels(store, doc)[("순천 정원 확충", PROPOSED_BY, "순천시")][0] == "suggested"
    store.close()


def test_migration_keeps_old_links_as_confirmed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = ProjectStore.open(path, "kim")
    doc = _accept_all(store)
    store.close()
    db = open_database(path, migrate=False)
    move_schema(db.engine, "0003")
    with db.engine.connect() as conn:
        cols = [r[1] for r in conn.execute(sql("PRAGMA table_info(relations)"))]
        assert "status" not in cols and conn.execute(sql("SELECT count(*) FROM relations")
                                                     ).scalar() == 5
    move_schema(db.engine, "head")
    db.close()
    store = ProjectStore.open(path, "kim")
    assert {v[0] for v in _rels(store, doc).values()} == {"accepted"}
    store.close()


def test_agreement_compares_relations_like_spans(tmp_path: Path) -> None:
    from models.store.commands import Create, Link
    from models.team.agreement import agreement

    path = tmp_path / "team.sqlite3"
    kim = ProjectStore.open(path, "kim")
    doc = kim.add_documents([ImportedDoc(TEXT)]).document_ids[0]
    kim.close()
    for who, proposer in (("kim", "채민호"), ("lee", "순천시")):
        store = ProjectStore.open(path, who)
        ids = {}
        for word, label in (("여수 해양 레저 단지 조성", "PROJECT"), ("채민호", "PERSON"),
                            ("순천시", "ORG")):
            i = TEXT.index(word)
            (ids[word],) = store.execute(Create(doc, i, i + len(word), label)).annotation_ids
        store.execute(Link(ids["여수 해양 레저 단지 조성"], ids[proposer], PROPOSED_BY))
        store.close()
    store = ProjectStore.open(path, "kim")
    (pair,) = agreement(store).pairs
    store.close()
    by_label = {x.label: x for x in pair.labels}
    assert (by_label["→PROPOSED_BY"].a, by_label["→PROPOSED_BY"].b,
            by_label["→PROPOSED_BY"].matched) == (1, 1, 0)
    assert pair.overall.f1 == 1.0  # the spans agree; relations are scored apart


def test_an_amounts_row_with_its_candidates_and_keys(store: ProjectStore) -> None:
    from models.amount_view import row_of_view

    doc = _accept_all(store)
    view = store.document(doc)
    ann = {a.text: a.id for a in view.annotations}
    row = row_of_view(view, ann["900억원"])
    assert row.field("project").text == "여수 해양 레저 단지 조성"
    assert row.field("project").confirmed  # AMOUNT_FOR is real once both spans are
    proposer = row.field("proposer")
    assert (proposer.text, proposer.confirmed) == ("채민호", False)
    assert proposer.head == ann["여수 해양 레저 단지 조성"]
    assert [c.text for c in proposer.candidates] == ["순천시", "채민호"]  # nearest first
    assert (row.field("body").text, row.post) == ("여수시", "정책보좌관")
    assert row.field("region").text == "여수시"
    assert row.linked == {ann["여수 해양 레저 단지 조성"], ann["채민호"], ann["여수시"]}
    # accept the proposer, change the region, clear the body: each one undoable step
    store.execute(ConfirmRelation(proposer.relation))
    store.execute(SetRelation(row.field("region").head, LOCATED_IN, ann["순천시"]))
    store.execute(SetRelation(row.field("body").head, MEMBER_OF, None))
    row = row_of_view(store.document(doc), ann["900억원"])
    assert row.field("proposer").confirmed
    assert (row.field("region").text, row.field("region").confirmed) == ("순천시", True)
    assert row.field("body").text is None
    store.undo()
    store.undo()
    row = row_of_view(store.document(doc), ann["900억원"])
    assert row.field("body").text == "여수시" and row.field("region").text == "여수시"


def test_a_share_given_to_one_place_has_its_own_region_in_its_row(store: ProjectStore,
                                                                   kiwi) -> None:
    from models.amount_view import row_of_view
    from models.engine import analyze

    text = "해솔부는 청년정착지원기금 3,600억원 가운데 전북에 900억원, 강원에 700억원을 나눠 준다."
    doc = store.add_documents([ImportedDoc(text, title="기금")]).document_ids[0]
    store.save_analysis(doc, "engine", analyze(text, kiwi=kiwi))
    store.execute([Accept(g.id) for g in store.document(doc).suggestions])
    view = store.document(doc)
    ann = {a.text: a.id for a in view.annotations}
    rows = {m: row_of_view(view, ann[m]) for m in ("3,600억원", "900억원", "700억원")}
    assert rows["900억원"].field("region").text == "전북"
    assert rows["700억원"].field("region").text == "강원"
    assert rows["3,600억원"].field("region").text is None
    assert rows["900억원"].whole == ann["3,600억원"]  # counted once, inside the fund's total
    # changing one share's region hangs on that amount and leaves the other share alone
    region = rows["900억원"].field("region")
    assert region.head == ann["900억원"]
    store.execute(SetRelation(region.head, LOCATED_IN, ann["강원"]))
    view = store.document(doc)
    assert row_of_view(view, ann["900억원"]).field("region").text == "강원"
    assert row_of_view(view, ann["700억원"]).field("region").text == "강원"
    store.undo()
    assert row_of_view(store.document(doc), ann["900억원"]).field("region").text == "전북"
