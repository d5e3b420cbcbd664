"""The agreement and review panels on a real project with two annotators (offscreen Qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from models.domain import ImportedDoc  # noqa: E402
from models.store.commands import Create  # noqa: E402
from models.store.project import ProjectStore  # noqa: E402
from models.team import REVIEWER  # noqa: E402

TEXT = "전주시는 탄소 소재 국가산단 조성에 3000억원을 들인다. 최민준 과장이 밝혔다."


def _at(word: str, cut: int = 0) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word) - cut


@pytest.fixture
def project(tmp_path: Path):
    kim = ProjectStore.open(tmp_path / "team.sqlite3", "kim")
    lee = ProjectStore(kim.db, "lee")
    (doc,) = kim.add_documents([ImportedDoc(TEXT, title="탄소 산단")]).document_ids
    for store in (kim, lee):
        store.execute(Create(doc, *_at("전주시"), "LOCATION"))
        store.execute(Create(doc, *_at("3000억원"), "MONEY"))
    kim.execute(Create(doc, *_at("탄소 소재 국가산단 조성"), "PROJECT"))
    lee.execute(Create(doc, *_at("탄소 소재 국가산단"), "PROJECT"))
    kim.execute(Create(doc, *_at("최민준"), "PERSON"))
    yield kim, doc
    kim.close()


def test_agreement_panel_shows_pairs_labels_and_documents(qtbot, project) -> None:
    from desktop.team.agreement_panel import AgreementPanel, agreement_dialog

    store, doc = project
    panel = AgreementPanel(store)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.pairs.rowCount() == 1
    assert [panel.pairs.item(0, c).text() for c in range(3)] == ["kim", "lee", "1"]
    labels = {panel.labels.item(r, 0).text(): panel.labels.item(r, 6).text()
              for r in range(panel.labels.rowCount())}
    assert labels["MONEY"] == "1.000" and labels["PROJECT"] == "0.000"
    assert labels["ALL"] == f"{2 * 2 / (4 + 3):.3f}"
    assert panel.docs.rowCount() == 1 and panel.docs.item(0, 0).text() == str(doc)
    with qtbot.waitSignal(panel.document_activated) as opened:
        panel.docs.cellDoubleClicked.emit(0, 0)
    assert opened.args == [doc]
    dialog = agreement_dialog(store)
    qtbot.addWidget(dialog)
    assert dialog.panel.pairs.rowCount() == 1


def test_agreement_panel_without_shared_documents(qtbot, tmp_path: Path) -> None:
    from desktop.team.agreement_panel import AgreementPanel

    store = ProjectStore.open(tmp_path / "alone.sqlite3", "kim")
    panel = AgreementPanel(store)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.pairs.rowCount() == 0 and "No document" in panel.summary.text()
    store.close()


def test_review_panel_adopts_and_undoes(qtbot, project) -> None:
    from desktop.team.review_panel import ReviewPanel

    store, doc = project
    panel = ReviewPanel(store)
    qtbot.addWidget(panel)
    panel.show_document(doc)
    statuses = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert statuses == ["agreed", "disputed", "agreed", "disputed"]
    with qtbot.waitSignal(panel.changed):
        panel.adopt_agreed.click()
    review = ProjectStore(store.db, REVIEWER)
    assert [a.text for a in review.document(doc).annotations] == ["전주시", "3000억원"]
    # Pick lee's project: select lee's cell in the project row, then adopt.
    panel.table.setCurrentCell(1, 1 + panel.view.column("lee"))
    panel.adopt_selected.click()
    assert "탄소 소재 국가산단" in [a.text for a in review.document(doc).annotations]
    final_col = panel.table.columnCount() - 1
    assert panel.table.item(1, final_col).text() == "탄소 소재 국가산단 · PROJECT"
    panel.undo_button.click()
    assert len(review.document(doc).annotations) == 2
    panel.table.clearSelection()
    panel.remove_selected.click()
    assert "Select cells" in panel.message.text()
