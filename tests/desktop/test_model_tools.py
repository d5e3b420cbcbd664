"""The Model menu on real temp projects: Train now, the status widget, versions, uncertainty
order, automatic retraining after decisions and the refresh of the open document after a
rejection. The sentences are written for these tests; the CRF is real (and tiny)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from qt_helpers import Key, open_window, press, selected

from models.domain import Analysis, ImportedDoc, Span
from models.learn.modelstore import list_models
from models.store.commands import Create, SetStatus
from models.store.project import ProjectStore

TRAIN_TIMEOUT = 300_000  # ms; the CRF runs in a child process, a slow CI machine must not fail

SURNAMES = ["김", "이", "박", "최", "정", "한", "윤"]
GIVEN = ["하람", "도현", "세아", "주원", "미소", "태린"]
ORGS = [p + s for p in ["솔빛", "한결", "다움", "새봄"] for s in ["연구소", "재단", "기술"]]
PLACES = ["청주", "전주", "강릉", "안동", "제천"]
FRAMES = [
    "{p} 소장은 {o}에서 새 사업을 설명했다.",
    "{o}는 {l}에 새 연구동을 세운다고 알렸다.",
    "{p} 씨는 {l}에서 열린 토론회에 나왔다.",
]
# Open suggestions for the navigation test: text, label, score (text order).
SCORED = [("강릉", "LOCATION", 0.9), ("한결재단", "ORG", 0.55), ("김하람", "PERSON", 0.3),
          ("전주", "LOCATION", 0.99)]
SCORED_TEXT = "강릉 시민들은 한결재단의 계획을 들었고 김하람 씨는 전주에서 그 소식을 전했다."


def _annotated_docs(n: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    seen: set[str] = set()
    i = -1
    while len(out) < n:
        i += 1
        frame = FRAMES[i % len(FRAMES)]
        person = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 2) % len(GIVEN)]
        org, place = ORGS[(i * 7) % len(ORGS)], PLACES[(i // 3) % len(PLACES)]
        text = frame.format(p=person, o=org, l=place)
        if text in seen:
            continue
        seen.add(text)
        spans = []
        for name, label, mark in ((person, "PERSON", "{p}"), (org, "ORG", "{o}"),
                                  (place, "LOCATION", "{l}")):
            if mark in frame:
                start = text.index(name)
                spans.append((start, start + len(name), label))
        out.append((text, spans))
    return out


def make_training_project(path: Path, n: int = 36) -> list[int]:
    """``n`` documents whose names the researcher marked by hand (decisions), plus one
    document with open suggestions of known scores (the last id)."""
    store = ProjectStore.open(path, "tester")
    docs = _annotated_docs(n)
    ids = store.add_documents([ImportedDoc(text=t, date=date(2025, 6, 2)) for t, _ in docs]
                              ).document_ids
    for doc_id, (_text, spans) in zip(ids, docs, strict=True):
        store.execute([*(Create(doc_id, a, b, label) for a, b, label in spans),
                       SetStatus(doc_id, "done")])
    open_id, = store.add_documents([ImportedDoc(text=SCORED_TEXT, date=date(2025, 6, 3))]
                                   ).document_ids
    spans, pos = [], 0
    for needle, label, score in SCORED:
        start = SCORED_TEXT.index(needle, pos)
        spans.append(Span(start, start + len(needle), label, needle, "model:crf", score))
        pos = start + len(needle)
    store.save_analysis(open_id, "test-engine", Analysis(spans=spans))
    store.close()
    return [*ids, open_id]


@pytest.fixture
def training_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "train.sqlite3"
    ids = make_training_project(path)
    return path, ids[-1]


def _open_on(qtbot, prefs, db: Path, doc_id: int):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, prefs, db)
    window.doc_list.select_doc(doc_id)
    qtbot.waitUntil(lambda: window.editor.view is not None and window.editor.view.id == doc_id)
    window.article.setFocus()
    return window


def _menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def test_train_now_makes_a_model_version_and_the_status_shows_it(
        app, qtbot, prefs, training_db) -> None:  # type: ignore[no-untyped-def]
    db, open_id = training_db
    window = _open_on(qtbot, prefs, db, open_id)
    tools = window.model_tools
    assert "&Model" in _menu_titles(window)
    assert tools.label.text() == "No model · rules only"

    window.actions_by_name["train_model"].trigger()
    assert tools.training and tools.progress_dialog is not None
    assert not window.actions_by_name["train_model"].isEnabled()
    # The progress window does not block the article: annotating goes on meanwhile.
    from PySide6.QtCore import Qt

    assert tools.progress_dialog.windowModality() == Qt.WindowModality.NonModal
    # Nor does it take the keyboard: N, pressed where the keyboard really is, selects.
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(window.isActiveWindow)
    window.editor.select(None)
    qtbot.keyClick(QApplication.focusWidget() or window, Key.Key_N)
    assert selected(window) is not None
    qtbot.keyClick(QApplication.focusWidget() or window, Key.Key_Space)  # not the Cancel button
    assert tools.training
    qtbot.waitUntil(lambda: not tools.training, timeout=TRAIN_TIMEOUT)

    assert [m.version for m in list_models(window.store)] == [1]
    assert tools.label.text().startswith("Model v1")
    assert "training in 50 decisions" in tools.label.text()
    assert "Decisions since the last training: 0" in tools.label.toolTip()
    assert tools.progress_dialog is None
    assert window.actions_by_name["train_model"].isEnabled()
    assert "Model v1 trained" in window.statusBar().currentMessage()

    # The versions dialog lists it as the one in use.
    from desktop.learning.model_versions import VersionsDialog

    dialog = VersionsDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "v1"
    assert dialog.table.item(0, 7).text() == "✓"
    dialog.table.selectRow(0)
    assert not dialog.use_button.isEnabled()  # already in use


def test_too_little_to_train_on_says_so_without_a_model(
        app, qtbot, prefs, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    db = tmp_path / "small.sqlite3"
    ids = make_training_project(db, n=1)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    window = _open_on(qtbot, prefs, db, ids[-1])
    # A failure from a training already ended (closing a project stops it; the worker may have
    # queued its result just before) opens no dialog over what the window shows next.
    from desktop.tasks.worker import TaskWorker
    from models.learn.train import TrainingError

    ended = TaskWorker(lambda progress, cancel: None, "train")
    ended.failed.connect(window.model_tools._train_failed)
    ended.failed.emit(TrainingError("only 0 annotated spans"))  # not the running worker: none is
    assert shown == [] and not window.model_tools.training
    # The running training's failure is told.
    window.model_tools.train_now()
    qtbot.waitUntil(lambda: not window.model_tools.training, timeout=TRAIN_TIMEOUT)
    assert shown and "annotated spans" in shown[0]
    assert list_models(window.store) == []


def walk(qtbot, window, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts N visits from nothing selected, as the researcher walks with the key."""
    window.editor.select(None)
    seen = []
    for _ in range(n):
        press(qtbot, window, Key.Key_N)
        seen.append(selected(window).text)
    return seen


def test_uncertain_suggestions_first_changes_the_navigation_order(
        app, qtbot, prefs, training_db) -> None:  # type: ignore[no-untyped-def]
    db, open_id = training_db
    window = _open_on(qtbot, prefs, db, open_id)

    assert walk(qtbot, window, len(SCORED)) == ["강릉", "한결재단", "김하람", "전주"]  # text order
    window.actions_by_name["uncertainty_order"].trigger()
    assert window.editor.uncertainty_first
    assert walk(qtbot, window, len(SCORED)) == ["한결재단", "김하람", "강릉", "전주"]  # closest to 0.5 first
    press(qtbot, window, Key.Key_P)
    assert selected(window).text == "강릉"

    # Accepting goes on to the next uncertain one, not the next in the text.
    window.editor.select(None)
    press(qtbot, window, Key.Key_N)
    assert selected(window).text == "한결재단"
    press(qtbot, window, Key.Key_A)
    assert selected(window).text == "김하람"

    # Both switches are remembered across a restart.
    window.actions_by_name["auto_train"].trigger()
    window.close()
    from desktop.config import Preferences

    saved = Preferences.load()
    assert saved.uncertainty_first and not saved.auto_train
    again = _open_on(qtbot, saved, db, open_id)
    assert again.editor.uncertainty_first and not again.model_tools.auto_train
    assert again.actions_by_name["uncertainty_order"].isChecked()
    assert not again.actions_by_name["auto_train"].isChecked()
    again.actions_by_name["uncertainty_order"].trigger()
    again.actions_by_name["auto_train"].trigger()  # back to the defaults for the other tests
    again.close()


def test_automatic_training_starts_when_enough_decisions_were_made(
        app, qtbot, prefs, training_db) -> None:  # type: ignore[no-untyped-def]
    from models.learn.train import train

    db, open_id = training_db
    store = ProjectStore.open(db, "tester")
    assert train(store).version == 1  # decisions_since is 0 from here
    store.close()
    window = _open_on(qtbot, prefs, db, open_id)
    tools = window.model_tools
    tools.retrain_after = 2
    tools.update_status()
    assert tools.label.text().endswith("training in 2 decisions")

    window.editor.select(None)
    press(qtbot, window, Key.Key_N)
    press(qtbot, window, Key.Key_A)  # one decision: not yet
    assert not tools.training
    assert tools.label.text().endswith("training in 1 decisions")
    press(qtbot, window, Key.Key_X)  # two: retrain in the background
    assert tools.training and tools.progress_dialog is None
    assert tools.label.text().startswith("Training")
    qtbot.waitUntil(lambda: not tools.training, timeout=TRAIN_TIMEOUT)
    assert [m.version for m in list_models(window.store)] == [2, 1]
    assert tools.label.text().startswith("Model v2")
    assert "Model v2 trained" in window.statusBar().currentMessage()

    # Switched off: the same number of decisions does not start a training.
    window.actions_by_name["auto_train"].trigger()
    assert not tools.auto_train
    window.editor.select(None)
    press(qtbot, window, Key.Key_N)
    press(qtbot, window, Key.Key_A)
    press(qtbot, window, Key.Key_N)
    if selected(window) is not None and selected(window).is_suggestion:
        press(qtbot, window, Key.Key_X)
    assert not tools.training
    assert tools.label.text().endswith("retraining due")


MEMORY_TEXT = "서울 우유가 잘 팔린다는 소식이다. 어제 서울 우유를 두 팩 샀다. 서울에서 큰 회의가 열렸다."


def test_a_rejection_refreshes_the_document_and_the_memory_drops_the_same_text(
        app, qtbot, prefs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from models.suggest import run_suggestions

    db = tmp_path / "memory.sqlite3"
    store = ProjectStore.open(db, "tester")
    doc_id, = store.add_documents([ImportedDoc(text=MEMORY_TEXT, date=date(2025, 5, 1))]
                                  ).document_ids
    run_suggestions(store, workers=1)  # the real engine (and Kiwi)
    seoul = [s.start for s in store.document(doc_id).suggestions
             if (s.text, s.label) == ("서울", "LOCATION")]
    store.close()
    assert seoul == [0, 23, 38]

    window = _open_on(qtbot, prefs, db, doc_id)
    tools = window.model_tools
    tools.refresh_after_decisions = True
    tools.refresh_delay_ms = 50
    first = next(it for it in window.editor.items.suggestions() if it.start == 0)
    window.editor.select(first.key)
    press(qtbot, window, Key.Key_X)
    after = selected(window)
    assert after is not None and after.start > 0  # auto-advance picked the next suggestion

    def places() -> list[int]:
        view = window.editor.view
        return [s.start for s in view.suggestions if (s.text, s.label) == ("서울", "LOCATION")]

    # "서울 우유를" has the same next word as the rejected "서울 우유가": gone; "서울에서"
    # (a city, another context) stays.
    qtbot.waitUntil(lambda: places() == [38], timeout=60_000)
    qtbot.waitUntil(lambda: tools.refresher is None)
    now = selected(window)
    if after.start != 23:  # the selection stays where the user was
        assert now is not None and (now.start, now.end) == (after.start, after.end)


def test_a_bypassed_model_says_that_the_rules_are_used() -> None:
    from datetime import UTC, datetime

    from desktop.learning.model_status import status_text, status_tip
    from models.learn.modelstore import ModelInfo, ModelStatus

    info = ModelInfo(version=1, created_at=datetime(2026, 3, 1, tzinfo=UTC), source="project",
                     n_documents=40, n_sentences=300, n_spans=500, labels=("PERSON",),
                     evaluation={"policy": "rules", "model": {"f1": 0.88},
                                 "rules": {"f1": 0.9}, "documents": 30})
    status = ModelStatus(info, decisions_since=0)
    assert "rules used instead" in status_text(status, auto=False)
    assert "suggestions come from the rules" in status_tip(status)
    used = ModelInfo(**{**{f: getattr(info, f) for f in info.__dataclass_fields__},
                        "evaluation": {"policy": "confident", "model": {"f1": 0.9}}})
    assert "rules used instead" not in status_text(ModelStatus(used, 0), auto=False)


RULE_TEXT = "청년 창업 지원 사업에 300억원을 쓰고 강릉과 한결재단이 함께한다."


def test_uncertainty_order_puts_the_rule_projects_fixed_score_after_the_scored_ones(
        app, qtbot, prefs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "rules.sqlite3"
    store = ProjectStore.open(db, "tester")
    doc_id, = store.add_documents([ImportedDoc(text=RULE_TEXT)]).document_ids
    wanted = [("청년 창업 지원 사업", "PROJECT", "rule:project", 0.5),
              ("300억원", "MONEY", "rule:money", 1.0), ("강릉", "LOCATION", "gazetteer", 0.9),
              ("한결재단", "ORG", "model:crf", 0.62)]
    store.save_analysis(doc_id, "test-engine", Analysis(spans=[
        Span(RULE_TEXT.index(t), RULE_TEXT.index(t) + len(t), label, t, source, score)
        for t, label, source, score in wanted]))
    store.close()
    window = _open_on(qtbot, prefs, db, doc_id)
    window.actions_by_name["uncertainty_order"].trigger()

    # The model's doubt first; the project rule's 0.5 is a fixed confidence, not a coin toss.
    expected = ["한결재단", "강릉", "청년 창업 지원 사업", "300억원"]
    assert walk(qtbot, window, len(wanted)) == expected
    window.close()

    from desktop.config import Preferences

    again = _open_on(qtbot, Preferences.load(), db, doc_id)  # after a restart: still on
    assert again.actions_by_name["uncertainty_order"].isChecked()
    assert walk(qtbot, again, len(wanted)) == expected
    again.actions_by_name["uncertainty_order"].trigger()  # back to the default
    again.close()
