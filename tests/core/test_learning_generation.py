"""The learning generation (issue 17): each suggestion pass records what the project knew when it
was made (in its run's name), so that what a decision taught reaches the other documents with
``bitgeul suggest`` alone, and a decision that taught nothing leaves them up to date. Real
SQLite files, the real engine; the CLI through its entry point in a separate process."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from test_cli import bitgeul

from models.domain import ImportedDoc
from models.learn.predict import analyzer_for, engine_name
from models.store.commands import Accept, SetStatus
from models.store.project import ProjectStore
from models.suggest import ENGINE_NAME, run_suggestions

# Written for these tests. The engine finds 윤서하 with a title (a guess without one) and the
# project by its rule; the money by rule.
ARTICLES = [
    "윤서하 위원장은 12일 시청에서 청년 창업 지원 사업에 300억원을 쓰겠다고 밝혔다.",
    "이 계획에 대해 윤서하는 말을 아꼈다.",
    "시의회는 청년 창업 지원 사업 예산을 다음 달 심사한다.",
]


def _store(tmp_path: Path) -> tuple[ProjectStore, list[int]]:
    store = ProjectStore.open(tmp_path / "gen.sqlite3", "tester")
    ids = store.add_documents([ImportedDoc(text=t, date=date(2026, 5, 1)) for t in ARTICLES]
                              ).document_ids
    return store, ids


def _found(store: ProjectStore, doc_id: int, text: str) -> list[tuple[str, str, float]]:
    return [(s.label, s.source, s.score) for s in store.document(doc_id).suggestions
            if s.text == text]


def test_accept_then_suggest_spreads_what_was_learned_without_force(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    files = []
    for n, text in enumerate(ARTICLES):
        path = tmp_path / f"기사{n}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    bitgeul("import", *files, db=db)
    assert "analysed 3 documents" in bitgeul("suggest", "--no-progress", db=db).stdout
    assert "analysed 0 documents" in bitgeul("suggest", "--no-progress", db=db).stdout
    store = ProjectStore.open(db, "tester")
    first, second, _third = store.document_ids()
    assert _found(store, second, "윤서하") == [("PERSON", "kiwi:name", 0.6)]  # a guess
    store.close()

    bitgeul("accept", "--doc", str(first), "--label", "PERSON", db=db)
    out = bitgeul("suggest", "--no-progress", db=db).stdout
    # Every document was made before the project knew the name: all are stale, none forced.
    assert re.search(r"analysed 3 documents", out), out
    store = ProjectStore.open(db, "tester")
    (label, source, score), = _found(store, second, "윤서하")
    assert label == "PERSON" and source != "kiwi:name" and score > 0.6  # known now
    store.close()
    assert "analysed 0 documents" in bitgeul("suggest", "--no-progress", db=db).stdout


def test_only_a_decision_that_teaches_makes_documents_stale(tmp_path: Path) -> None:
    store, (first, second, third) = _store(tmp_path)
    assert engine_name(store) == ENGINE_NAME  # a fresh project: the plain engine's name
    assert run_suggestions(store, workers=1) == 3
    assert store.unanalysed(engine_name(store)) == []

    money = next(s for s in store.document(first).suggestions if s.label == "MONEY")
    store.execute(Accept(money.id))
    store.execute(SetStatus(third, "done"))
    assert store.unanalysed(engine_name(store)) == []  # nothing learned: nothing to redo

    person = next(s for s in store.document(first).suggestions if s.label == "PERSON")
    store.execute(Accept(person.id))
    name = engine_name(store)
    assert name.startswith(ENGINE_NAME + "+learned/")
    assert name == analyzer_for(store).name  # the cheap name is the analyzer's
    assert store.unanalysed(name) == [first, second, third]
    # The app's run at start-up (and after an import) leaves stale documents to be
    # re-suggested when opened: only those never analysed by this engine and model are due.
    assert store.unanalysed(name, any_generation=True) == []
    assert engine_name(store, learned=False) == ENGINE_NAME  # what the app's start-up reads
    assert store.unanalysed(ENGINE_NAME, any_generation=True) == []
    fourth, = store.add_documents([ImportedDoc(text="새 기사다.")]).document_ids
    assert store.unanalysed(name, any_generation=True) == [fourth]
    assert store.unanalysed(name) == [first, second, third, fourth]
    # Re-suggesting keeps the decided spans and the open ones of other documents current.
    assert run_suggestions(store, workers=1) == 4
    assert store.unanalysed(engine_name(store)) == []
    assert [a.text for a in store.document(first).annotations] == ["윤서하", "300억원"]

    # Undo of what taught it makes them stale again (the name is the content, not a counter).
    store.undo()
    assert store.unanalysed(engine_name(store)) == [first, second, third, fourth]
    store.redo()
    assert store.unanalysed(engine_name(store)) == []
    store.close()


def test_an_accepted_project_is_suggested_once_in_the_other_documents(tmp_path: Path) -> None:
    store, (first, _second, third) = _store(tmp_path)
    run_suggestions(store, workers=1)
    projects = [s for s in store.document(first).suggestions if s.label == "PROJECT"]
    assert projects
    store.execute(Accept(projects[0].id))
    run_suggestions(store, workers=1)
    found = [s for s in store.document(third).suggestions if s.label == "PROJECT"]
    assert found, "the project is suggested again"
    for a in found:  # a rule copy and a learned copy of one project never both
        assert not [b for b in found if b is not a and a.start < b.end and b.start < a.end]
    store.close()

    # Where the rule takes a longer stretch (a modifier before it) than the accepted name.
    store = ProjectStore.open(tmp_path / "overlap.sqlite3", "tester")
    texts = ["광주시는 신규 AI 반도체 실증센터 구축 사업에 300억원을 투입한다고 밝혔다.",
             "AI 반도체 실증센터 구축 사업비는 500억원이다."]
    one, two = store.add_documents([ImportedDoc(text=t) for t in texts]).document_ids
    run_suggestions(store, workers=1)
    rule = [(s.text, s.source) for s in store.document(one).suggestions if s.label == "PROJECT"]
    assert rule == [("신규 AI 반도체 실증센터 구축 사업", "rule:project")]
    accepted = next(s for s in store.document(two).suggestions if s.label == "PROJECT"
                    and s.text == "AI 반도체 실증센터 구축 사업")
    store.execute(Accept(accepted.id))
    run_suggestions(store, workers=1)
    assert [s.text for s in store.document(one).suggestions if s.label == "PROJECT"] == [
        "AI 반도체 실증센터 구축 사업"]  # one suggestion: the name the researcher accepted
    store.close()


def test_spans_imported_as_gold_count_toward_the_next_training(tmp_path: Path) -> None:
    import json

    db = tmp_path / "gold.sqlite3"
    gold = tmp_path / "정답.jsonl"
    lines = []
    for text, name, label in [("윤서하 위원장은 시청에서 말했다.", "윤서하", "PERSON"),
                              ("솔마루연구소는 보고서를 냈다.", "솔마루연구소", "ORG")]:
        start = text.index(name)
        lines.append(json.dumps({"text": text, "spans": [
            {"start": start, "end": start + len(name), "label": label}]}, ensure_ascii=False))
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bitgeul("import", str(gold), db=db)
    status = json.loads(bitgeul("model", "--json", db=db).stdout)
    assert (status["decisions_since"], status["imported_since"]) == (0, 2)

    # A decision's annotation is counted once (as the decision), not again as an import.
    store = ProjectStore.open(db, "tester")
    other, = store.add_documents([ImportedDoc(text="윤서하 위원장은 오늘 또 말했다.")]).document_ids
    run_suggestions(store, [other], workers=1)
    person = next(s for s in store.document(other).suggestions if s.label == "PERSON")
    store.execute(Accept(person.id))
    store.close()
    status = json.loads(bitgeul("model", "--json", db=db).stdout)
    assert (status["decisions_since"], status["imported_since"]) == (1, 2)


def test_the_imported_count_follows_a_deletion_and_its_undo(tmp_path: Path) -> None:
    """Deleting an imported span takes it off the count; undoing the deletion puts it back
    (the deletion's log row names it, yet it made nothing); a count the app keeps between
    changes is read again when a change touched an imported span, and kept otherwise."""
    from models.domain import Span
    from models.learn.modelstore import model_status
    from models.store.commands import Delete

    def gold(text: str, *names: tuple[str, str]) -> ImportedDoc:
        return ImportedDoc(text=text, spans=[
            Span(text.index(n), text.index(n) + len(n), label, n, source="import")
            for n, label in names])

    store = ProjectStore.open(tmp_path / "gold.sqlite3", "tester")
    store.add_documents([
        gold("도하람 위원장은 솔빛재단에서 말했다.", ("도하람", "PERSON"), ("솔빛재단", "ORG")),
        gold("한결연구소는 강릉에 건물을 짓는다.", ("한결연구소", "ORG"))])
    (other,) = store.add_documents([ImportedDoc(text="윤서하 위원장은 오늘 또 말했다.")]
                                   ).document_ids
    assert model_status(store).imported_since == 3
    first = store.document(1).annotations[0]

    change = store.execute(Delete(first.id))
    assert model_status(store).imported_since == 2
    assert model_status(store, imported=3, touched=change.annotation_ids).imported_since == 2
    undone = store.undo()
    assert undone is not None and first.id in undone.annotation_ids
    assert model_status(store).imported_since == 3
    assert model_status(store, imported=2, touched=undone.annotation_ids).imported_since == 3
    redone = store.redo()
    assert redone is not None
    assert model_status(store, imported=3, touched=redone.annotation_ids).imported_since == 2
    store.undo()

    # A decision's own span is no imported one: its change keeps the count the app holds.
    run_suggestions(store, [other], workers=1)
    person = next(s for s in store.document(other).suggestions if s.label == "PERSON")
    accepted = store.execute(Accept(person.id))
    assert model_status(store).imported_since == 3
    assert model_status(store, imported=7, touched=accepted.annotation_ids).imported_since == 7
    store.close()


def test_a_relabel_changes_the_generation_also_when_it_was_read_before(tmp_path: Path) -> None:
    from models.store.commands import Update

    store, (first, second, _third) = _store(tmp_path)
    run_suggestions(store, workers=1)
    person = next(s for s in store.document(first).suggestions if s.label == "PERSON")
    store.execute(Accept(person.id))
    run_suggestions(store, workers=1)
    before = engine_name(store)  # remembered for this signature
    assert store.unanalysed(before) == []
    (ann,) = [a for a in store.document(first).annotations if a.label == "PERSON"]
    store.execute(Update(ann.id, label="ORG"))  # the researcher corrects the label
    after = engine_name(store)
    assert after != before and store.unanalysed(after) == store.document_ids()
    run_suggestions(store, [second], workers=1)
    assert [lab for lab, _src, _sc in _found(store, second, "윤서하")] == ["ORG"]
    store.close()
