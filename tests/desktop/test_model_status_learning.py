"""The model's place in the status bar (issue 17): spans imported as gold count toward automatic
training and show in its tooltip; the tooltip reads in Korean in the Korean app; a bypassed model
says that the rules are used. Real temp projects, a real (tiny) CRF, the real import dialog."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from qt_helpers import (
    ALT,
    CTRL,
    SHIFT,
    Key,
    import_through_dialog,
    open_window,
    press,
    selected,
)
from test_model_tools import TRAIN_TIMEOUT, make_training_project

from models.learn.modelstore import list_models
from models.store.project import ProjectStore

# Gold files written for this test: two annotated articles each (name, label).
GOLD = [
    [("도하람 위원장은 솔빛재단에서 새 계획을 밝혔다.", [("도하람", "PERSON"), ("솔빛재단", "ORG")]),
     ("한결연구소는 강릉에 새 건물을 짓는다.", [("한결연구소", "ORG"), ("강릉", "LOCATION")])],
    [("윤세아 소장은 전주에서 열린 회의에 나왔다.", [("윤세아", "PERSON"), ("전주", "LOCATION")]),
     ("새봄기술은 안동에 연구동을 세운다고 알렸다.", [("새봄기술", "ORG"), ("안동", "LOCATION")])],
]


def _gold_file(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"정답{n}.jsonl"
    lines = []
    for text, names in GOLD[n]:
        spans = [{"start": text.index(name), "end": text.index(name) + len(name),
                  "label": label} for name, label in names]
        lines.append(json.dumps({"text": text, "spans": spans}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def trained_db(tmp_path: Path) -> Path:
    from models.learn.train import train

    db = tmp_path / "trained.sqlite3"
    make_training_project(db)
    store = ProjectStore.open(db, "tester")
    assert train(store).version == 1
    store.close()
    return db


@pytest.mark.usefixtures("app")
def test_gold_import_starts_the_automatic_training_and_the_tooltip_counts_it(
        qtbot, prefs, tmp_path, trained_db) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, prefs, trained_db)
    tools = window.model_tools
    tools.retrain_after = 6
    tools.update_status()

    import_through_dialog(qtbot, window, [_gold_file(tmp_path, 0)])  # 4 gold spans: not yet
    assert not tools.training
    assert tools.label.text().endswith("training in 2 decisions")
    assert "Spans imported as gold since then: 4" in tools.label.toolTip()
    assert "Decisions since the last training: 0" in tools.label.toolTip()

    import_through_dialog(qtbot, window, [_gold_file(tmp_path, 1)])  # 8: it retrains
    assert tools.training and tools.progress_dialog is None
    qtbot.waitUntil(lambda: not tools.training, timeout=TRAIN_TIMEOUT)
    assert [m.version for m in list_models(window.store)] == [2, 1]
    assert tools.label.text().startswith("Model v2")
    assert "imported as gold" not in tools.label.toolTip()  # counted from the new training
    qtbot.waitUntil(lambda: window.suggest_worker is None, timeout=TRAIN_TIMEOUT)
    window.close()


@pytest.mark.usefixtures("app")
def test_deleting_an_imported_span_and_undoing_it_keeps_the_count_exact(
        qtbot, prefs, tmp_path, trained_db) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, prefs, trained_db)
    tools = window.model_tools
    import_through_dialog(qtbot, window, [_gold_file(tmp_path, 0)])
    assert "Spans imported as gold since then: 4" in tools.label.toolTip()
    text = GOLD[0][0][0]
    doc_id = next(d.id for d in window.store.documents()
                  if window.store.document(d.id).text == text)
    qtbot.waitUntil(lambda: window.doc_list.list_model.row_of(doc_id) >= 0)  # listed anew
    window.doc_list.select_doc(doc_id)
    qtbot.waitUntil(lambda: window.editor.view is not None and window.editor.view.id == doc_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.article.setFocus()

    # The researcher walks to the imported name with Alt+Down and deletes it with Del.
    for _ in range(10):
        item = selected(window)
        if item is not None and not item.is_suggestion and item.text == "도하람":
            break
        press(qtbot, window, Key.Key_Down, ALT)
    assert (selected(window).text, selected(window).is_suggestion) == ("도하람", False)
    press(qtbot, window, Key.Key_Delete)
    assert [a.text for a in window.store.document(doc_id).annotations] == ["솔빛재단"]
    assert "Spans imported as gold since then: 3" in tools.label.toolTip()
    assert "Decisions since the last training: 1" in tools.label.toolTip()

    press(qtbot, window, Key.Key_Z, CTRL)  # undo: the imported span is back, and counted
    assert len(window.store.document(doc_id).annotations) == 2
    assert "Spans imported as gold since then: 4" in tools.label.toolTip()
    press(qtbot, window, Key.Key_Z, CTRL | SHIFT)  # redo
    assert "Spans imported as gold since then: 3" in tools.label.toolTip()
    window.close()


@pytest.mark.usefixtures("korean")
def test_the_model_status_and_its_tooltip_read_in_korean(qtbot, prefs, trained_db) -> None:
    prefs.language = "ko"
    # The training found the rules alone better on its held-out documents: bypassed.
    with sqlite3.connect(trained_db) as con:
        (evaluation,) = con.execute("SELECT evaluation FROM learned_models").fetchone()
        ev = json.loads(evaluation) if evaluation else {}
        ev.update(policy="rules", documents=ev.get("documents", 8),
                  model={"f1": 0.88}, rules={"f1": 0.9})
        con.execute("UPDATE learned_models SET evaluation = ?", (json.dumps(ev),))
    window = open_window(qtbot, prefs, trained_db)
    tools = window.model_tools
    text, tip = tools.label.text(), tools.label.toolTip()
    assert text.startswith("모델 v1") and "규칙 사용 중" in text, text
    assert "인물" in tip and "결정" in tip and "규칙" in tip, tip
    # No English left: at most "v1" and "F1" (letters followed by a digit).
    assert re.findall(r"[A-Za-z]{2,}", text + "\n" + tip) == [], tip
    window.close()
