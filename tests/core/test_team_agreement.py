"""Agreement between annotators: hand-computed F1 and kappa, then the same from a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.cli.main import main
from models.domain import ImportedDoc
from models.store.commands import Create, SetStatus
from models.store.project import ProjectStore
from models.team import REVIEWER
from models.team.agreement import Tally, agreement, annotators, token_labels, tokens


def test_tokens_are_eojeol_and_take_the_label_of_a_touching_span() -> None:
    text = "광주시는 올해  예산을 늘렸다"
    assert tokens(text) == [(0, 4), (5, 7), (9, 12), (13, 16)]
    # "광주시" without its particle still labels the eojeol "광주시는".
    assert token_labels(tokens(text), [(0, 3, "LOCATION")]) == ["LOCATION", "O", "O", "O"]
    # A span over two eojeol labels both; the first span to start wins a shared token.
    assert token_labels(tokens(text), [(5, 11, "DATE"), (9, 12, "MONEY")]) == [
        "O", "DATE", "DATE", "O"]


def test_f1_and_kappa_by_hand() -> None:
    text = "a b c d"  # tokens at 0, 2, 4, 6
    tally = Tally()
    tally.add_document(text, [(0, 1, "X"), (6, 7, "Y")], [(0, 1, "X"), (4, 5, "X")])
    result = tally.result("kim", "lee", 1)
    by_label = {x.label: x for x in result.labels}
    assert (by_label["X"].a, by_label["X"].b, by_label["X"].matched) == (1, 2, 1)
    assert by_label["X"].f1 == pytest.approx(2 / 3)
    assert by_label["X"].precision == 0.5 and by_label["X"].recall == 1.0
    assert by_label["Y"].f1 == 0.0 and by_label["Y"].precision is None
    assert result.overall.f1 == pytest.approx(0.5)
    # tokens kim: X O O Y, lee: X O X O → p_o = 2/4, p_e = (1·2 + 2·2)/16 = 0.375
    assert result.tokens == 4 and result.observed == 0.5
    assert result.kappa == pytest.approx((0.5 - 0.375) / (1 - 0.375))


def test_kappa_is_undefined_when_everything_is_o() -> None:
    tally = Tally()
    tally.add_document("아무 것도 없다", [], [])
    result = tally.result("kim", "lee", None)
    assert result.observed == 1.0 and result.kappa is None and result.overall.f1 is None


TEXTS = ["부산시는 북항 재개발에 2조원을 투입한다고 밝혔다.",
         "인천시 송도 바이오 클러스터에 민자 1조원이 들어온다.",
         "광주시는 올해 예산을 늘렸다."]


@pytest.fixture
def team(tmp_path: Path):
    path = tmp_path / "team.sqlite3"
    kim = ProjectStore.open(path, "kim")
    docs = kim.add_documents([ImportedDoc(t) for t in TEXTS]).document_ids
    lee, park, review = (ProjectStore(kim.db, n) for n in ("lee", "park", REVIEWER))

    def mark(store: ProjectStore, doc: int, word: str, label: str, cut: int = 0) -> None:
        text = TEXTS[docs.index(doc)]
        i = text.index(word)
        store.execute(Create(doc, i, i + len(word) - cut, label))

    mark(kim, docs[0], "부산시", "LOCATION")
    mark(kim, docs[0], "북항 재개발", "PROJECT")
    mark(kim, docs[0], "2조원", "MONEY")
    mark(lee, docs[0], "부산시는", "LOCATION", cut=1)  # the same span
    mark(lee, docs[0], "북항 재개발에", "PROJECT")  # with the particle: F1 miss, kappa hit
    mark(lee, docs[0], "2조원", "MONEY")
    mark(kim, docs[1], "인천시", "LOCATION")
    mark(lee, docs[1], "인천시", "ORG")
    mark(park, docs[1], "인천시", "LOCATION")
    mark(review, docs[1], "인천시", "LOCATION")
    lee.execute(SetStatus(docs[2], "done"))  # lee found nothing in doc 3; kim never opened it
    yield path, docs
    kim.close()


def test_agreement_from_the_store(team) -> None:
    path, docs = team
    store = ProjectStore.open(path, "kim")
    assert annotators(store) == ["kim", "lee", "park"]
    report = agreement(store)
    assert report.annotators == ("kim", "lee", "park")
    pairs = {(p.a, p.b): p for p in report.pairs}
    assert set(pairs) == {("kim", "lee"), ("kim", "park"), ("lee", "park")}
    kl = pairs[("kim", "lee")]
    assert kl.documents == 2  # doc 3: kim never worked on it
    by_label = {x.label: x for x in kl.labels}
    assert (by_label["LOCATION"].a, by_label["LOCATION"].b, by_label["LOCATION"].matched) == (
        2, 1, 1)
    assert by_label["PROJECT"].matched == 0 and by_label["MONEY"].f1 == 1.0
    assert by_label["ORG"].b == 1 and by_label["ORG"].f1 == 0.0
    assert kl.overall.matched == 2 and kl.overall.a == 4 and kl.overall.b == 4
    # Pooled tokens: doc 1 has 6 eojeol (all agree), doc 2 has 7 (one disagrees).
    assert kl.tokens == 13 and kl.observed == pytest.approx(12 / 13)
    per_doc = {(p.a, p.b, p.document_id): p for p in report.documents}
    assert per_doc[("kim", "lee", docs[0])].kappa == 1.0
    assert per_doc[("kim", "park", docs[1])].overall.f1 == 1.0
    assert ("kim", "park", docs[0]) not in per_doc
    with_review = agreement(store, include_review=True)
    assert REVIEWER in with_review.annotators
    only = agreement(store, ["kim", "lee"], [docs[1]])
    assert [(p.a, p.b, p.documents) for p in only.pairs] == [("kim", "lee", 1)]
    assert "kim × lee" in report.to_table(by_document=True)
    store.close()


def _cli(*argv: str) -> int:
    """The real ``bitgeul`` entry point (errors become exit code 2 and one line on stderr)."""
    return main(list(argv))


def test_agreement_command(team, capsys: pytest.CaptureFixture[str]) -> None:
    path, _docs = team
    assert _cli("--db", str(path), "agreement", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["token_unit"] == "eojeol" and len(data["pairs"]) == 3
    first = data["pairs"][0]
    assert {"a", "b", "kappa", "f1", "labels", "tokens"} <= set(first)
    assert _cli("--db", str(path), "agreement", "--annotators", "kim,park") == 0
    out = capsys.readouterr().out
    assert out.startswith("kim × park: 1 documents") and "LOCATION" in out
