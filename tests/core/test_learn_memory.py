"""What every decision teaches at once: rejected suggestions stay away in similar contexts,
accepted names are found again across the corpus, user labels are suggested from their examples.
Real temp projects, the real engine and Kiwi; the sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from models.domain import Analysis, ImportedDoc, Span
from models.learn.memory import Memory, context_of, load_memory, similar
from models.learn.predict import analyzer_for
from models.store.commands import Create, Reject
from models.store.project import ProjectStore
from models.suggest import run_suggestions


@pytest.fixture
def project(tmp_path):
    store = ProjectStore.open(tmp_path / "learn.sqlite3", "tester")
    yield store
    store.close()


def _add(store: ProjectStore, *texts: str) -> list[int]:
    return store.add_documents([ImportedDoc(text=t, date=date(2025, 5, 1)) for t in texts]
                               ).document_ids


def _suggested(store: ProjectStore, doc_id: int) -> list[tuple[str, str, str]]:
    return [(s.text, s.label, s.source) for s in store.document(doc_id).suggestions]


def _find(store: ProjectStore, doc_id: int, text: str, label: str) -> int:
    for s in store.document(doc_id).suggestions:
        if s.text == text and s.label == label:
            return s.id
    raise AssertionError(f"no {label} suggestion {text!r} in {_suggested(store, doc_id)}")


def test_context_is_the_words_around_without_particles() -> None:
    here = context_of("어제 서울 우유를 두 팩 샀다.", 3, 5)
    assert (here.left, here.attach, here.right) == ("어제", "", "우유")
    glued = context_of("서울에서 회의가 열렸다.", 0, 2)
    assert (glued.left, glued.attach, glued.right) == ("", "에서", "회의")
    assert similar(here, context_of("서울 우유가 잘 팔린다.", 0, 2))
    assert not similar(here, glued)


def test_a_rejected_suggestion_stays_away_in_a_similar_context(project: ProjectStore) -> None:
    first, same_brand, the_city = _add(
        project, "서울 우유가 잘 팔린다는 소식이다.", "어제 서울 우유를 두 팩 샀다.",
        "서울에서 큰 회의가 열렸다.")
    run_suggestions(project, workers=1)
    assert ("서울", "LOCATION", "gazetteer") in _suggested(project, same_brand)
    project.execute(Reject(_find(project, first, "서울", "LOCATION")))

    run_suggestions(project, force=True, workers=1)
    # The brand (서울 … 우유) is not suggested again; the city still is.
    assert not [s for s in _suggested(project, same_brand) if s[0] == "서울"]
    assert ("서울", "LOCATION", "gazetteer") in _suggested(project, the_city)
    # Money and dates are untouched by someone else's rejection.
    assert ("어제", "DATE", "rule:date") in _suggested(project, same_brand)


def test_twice_rejected_and_never_accepted_is_suppressed_everywhere(project: ProjectStore) -> None:
    a, c = _add(project, "나주 배가 올해도 맛있다.", "나주에서 축제가 열렸다.")
    run_suggestions(project, workers=1)
    project.execute(Reject(_find(project, a, "나주", "LOCATION")))
    mem = load_memory(project)
    assert mem.is_suppressed("나주 배가 싸다.", Span(0, 2, "LOCATION", "나주"))
    assert not mem.is_suppressed("나주에서 축제가 열렸다.", Span(0, 2, "LOCATION", "나주"))

    # A second rejection in another context: now 나주 is not suggested anywhere.
    run_suggestions(project, [c], force=True, workers=1)
    project.execute(Reject(_find(project, c, "나주", "LOCATION")))
    assert load_memory(project).is_suppressed("목포와 나주를 잇는 길", Span(4, 6, "LOCATION", "나주"))
    # Undoing the rejection takes the lesson back.
    project.undo()
    assert not load_memory(project).is_suppressed("목포와 나주를 잇는 길",
                                                  Span(4, 6, "LOCATION", "나주"))


def test_an_accepted_name_is_found_again_at_morpheme_boundaries(project: ProjectStore) -> None:
    first, later = _add(project, "어제 다온누리 대표가 기자들을 만났다.",
                        "다온누리가 새 앱을 출시했다.")
    run_suggestions(project, workers=1)
    assert not [s for s in _suggested(project, later) if s[0] == "다온누리"]  # engine misses it
    project.execute(Create(first, 3, 7, "ORG"))

    run_suggestions(project, force=True, workers=1)
    assert [s[:2] for s in _suggested(project, later)] == [("다온누리", "ORG")]
    # Kiwi cut it in three (다/온/누리): the learned match still starts and ends on morphemes.
    mem = load_memory(project)
    assert [(s.text, s.label) for s in mem.learned_spans("다온누리가 새 앱을", None)] == [
        ("다온누리", "ORG")]


def test_a_user_label_is_suggested_from_its_accepted_examples(project: ProjectStore) -> None:
    first, later, other = _add(project, "빛누리 스타즈가 어제 경기에서 이겼다.",
                               "주말에 빛누리 스타즈는 홈 경기를 치른다.",
                               "김민수 장관은 광주시청에서 10조원 규모의 사업을 발표했다.")
    run_suggestions(project, workers=1)
    # The engine takes the team for a person; the researcher makes a label of their own.
    wrong = _find(project, first, "빛누리 스타즈", "PERSON")
    project.add_label("TEAM")
    project.execute([Reject(wrong), Create(first, 0, 7, "TEAM")])

    run_suggestions(project, force=True, workers=1)
    got = _suggested(project, later)
    assert ("빛누리 스타즈", "TEAM", "learned") in got
    assert not [s for s in got if s[1] == "PERSON" and "스타즈" in s[0]]
    # Nothing else changes: people, places and amounts are still the engine's.
    labels = {s[1] for s in _suggested(project, other)}
    assert {"PERSON", "MONEY"} <= labels


def test_memory_never_overrides_amounts_and_survives_pickling() -> None:
    import pickle

    text = "10조원 규모의 빛누리 사업"
    base = Analysis([Span(0, 4, "MONEY", "10조원", "rule:money")], [])
    mem = Memory(terms=[("10조원", "TEAM"), ("빛누리", "TEAM")], user_labels=frozenset({"TEAM"}))
    out = pickle.loads(pickle.dumps(mem)).apply(text, base)
    assert [(s.text, s.label) for s in out.spans] == [("10조원", "MONEY"), ("빛누리", "TEAM")]


def test_analyzer_for_a_fresh_project_is_the_plain_engine(project: ProjectStore) -> None:
    from models.engine import ENGINE_NAME, analyze

    analyzer = analyzer_for(project)
    assert analyzer.name == ENGINE_NAME and analyzer.model is None
    text = "김민수 장관은 광주시청에서 10조원 규모의 사업을 발표했다."
    assert analyzer(text, None).spans == analyze(text).spans


def test_an_accepted_project_the_rules_find_again_is_suggested_once() -> None:
    text = "빛누리 복합문화센터 건립 사업에 300억원을 들인다."
    rule = Span(0, 18, "PROJECT", text[0:18], "rule:project")
    base = Analysis([rule], [])
    mem = Memory(terms=[("빛누리 복합문화센터 건립", "PROJECT")])
    out = mem.apply(text, base)
    assert [(s.label, s.source) for s in out.spans] == [("PROJECT", "rule:project")]


def test_a_name_accepted_under_two_labels_is_learned_only_where_they_agree(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """미국 marked four times a place and once an actor is a place (4 of 5); 한빛 marked a
    person and a firm as often is no learned term: the engine and the model decide in context,
    and the project's gazetteer does not relabel it by whichever label sorts last."""
    def doc(text: str, *names: tuple[str, str]) -> ImportedDoc:
        spans, at = [], 0
        for name, label in names:
            at = text.index(name, at)
            spans.append(Span(at, at + len(name), label, name, "import"))
            at += len(name)
        return ImportedDoc(text=text, spans=spans)

    store = ProjectStore.open(tmp_path / "agree.sqlite3", "tester")
    store.add_documents([
        doc("미국에서 열린 회의와 미국의 공장, 미국 시장을 보았다.",
            ("미국", "LOCATION"), ("미국", "LOCATION"), ("미국", "LOCATION")),
        doc("미국은 관세를 올렸고 한빛은 물러섰다. 미국 도시도 많다.",
            ("미국", "ORG"), ("한빛", "PERSON"), ("미국", "LOCATION")),
        doc("한빛이 새 제품을 냈다.", ("한빛", "ORG")),
    ])
    memory = load_memory(store)
    assert ("미국", "LOCATION") in memory.terms
    assert not [t for t in memory.terms if t[0] == "한빛"]
    analyzer = analyzer_for(store, use_model=False)
    assert ("미국", "LOCATION") in analyzer.terms and ("미국", "ORG") not in analyzer.terms
    assert not [t for t in analyzer.terms if t[0] == "한빛"]
    assert (entry := analyzer.gazetteer().lookup("미국")) is not None and entry.label == "LOCATION"
    store.close()
