"""The per-word cache of the entity rules (models.nlp.word_facts, Gazetteer.memo) must follow a
project gazetteer that changes: results after an add() or discard() are those of a fresh run."""

from __future__ import annotations

from models.nlp.entities import find_entities
from models.nlp.gazetteer import builtin_gazetteer


def test_memo_is_emptied_when_terms_change():
    gaz = builtin_gazetteer().copy()
    gaz.memo("test")["x"] = 1
    gaz.add("빛누리재단", "ORG")
    assert "x" not in gaz.memo("test")
    gaz.memo("test")["x"] = 1
    gaz.discard("빛누리재단")
    assert gaz.memo("test") == {}


def test_memo_has_a_size_limit():
    gaz = builtin_gazetteer().copy()
    memo = gaz.memo("test", limit=2)
    memo.update({"a": 1, "b": 2})
    assert gaz.memo("test", limit=2) == {}


def test_project_terms_added_later_are_seen(kiwi):
    text = "새솔마루 일행은 오후에 떠났다."
    gaz = builtin_gazetteer().copy()
    before = [(s.text, s.label) for s in find_entities(text, kiwi, gaz)]
    assert ("새솔마루", "LOCATION") not in before
    gaz.add("새솔마루", "LOCATION")
    assert ("새솔마루", "LOCATION") in [(s.text, s.label) for s in find_entities(text, kiwi, gaz)]
    gaz.discard("새솔마루")
    assert [(s.text, s.label) for s in find_entities(text, kiwi, gaz)] == before
    # the shared built-in gazetteer keeps its own cache
    assert ("새솔마루", "LOCATION") not in [(s.text, s.label) for s in find_entities(text, kiwi)]


def test_compound_firsts_covers_compound_terms():
    gaz = builtin_gazetteer().copy()
    gaz.add("빛누리 재단", "ORG")
    assert "빛" in gaz.compound_firsts
