"""The user's example article, end to end: import, suggest, accept, Excel report.

The article (read at run time from ../shared/data, never copied here) lists five pledges with
their amounts, and the paragraph with them appears twice on the page. The report must link each
amount to its project and count the 13조 4,000억원 once.
"""

from __future__ import annotations

from openpyxl import load_workbook

from models.domain import ImportedDoc
from models.engine import analyze
from models.export.run import ExportFilters, export
from models.store.commands import Accept
from models.textnorm import normalize

PLEDGES = [10**13, 10**12, 9 * 10**11, 5 * 10**11, 10**12]


def test_seed_article_report(store, seed_article, tmp_path):
    text = normalize(seed_article.read_text(encoding="utf-8")).text
    doc_id = store.add_documents([ImportedDoc(text, title="seed", outlet="예시일보")]
                                 ).document_ids[0]
    store.save_analysis(doc_id, "test", analyze(text))
    view = store.document(doc_id)
    store.execute([Accept(sg.id) for sg in view.suggestions if sg.label in ("MONEY", "PROJECT")])

    out = tmp_path / "seed.xlsx"
    result = export(store, "xlsx", out, filters=ExportFilters())
    assert result.totals["KRW"] == "13조 4,000억원"
    assert (result.amounts, result.counted, result.duplicates) == (10, 5, 5)

    wb = load_workbook(out)
    rows = list(wb["금액"].iter_rows(values_only=True))
    header = rows[0]
    amounts = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    counted = [a for a in amounts if a["집계 포함"]]
    assert [a["금액"] for a in counted] == PLEDGES
    projects = [a["사업"] for a in counted]
    assert all(projects) and len(set(projects)) == 5
    for a in counted:  # each project is the ▲ item its amount stands in
        bullet = text.rfind("▲", 0, a["시작"])
        assert bullet < text.find(a["사업"], bullet) < a["시작"]
    # The repeated paragraph: shown, linked to the same projects, counted no more.
    repeats = [a for a in amounts if not a["집계 포함"]]
    assert [a["중복 원본 번호"] for a in repeats] == [a["번호"] for a in counted]
    assert [a["사업"] for a in repeats] == projects

    summary = list(wb["요약"].iter_rows(values_only=True))
    krw = next(r for r in summary if r[0] == "KRW" and r[1] == "KRW")
    assert krw[2:5] == (10, 5, 13_400_000_000_000) and krw[7] == "13조 4,000억원"
    per_project = {r[0]: r for r in summary if r[0] in projects and r[1] == "KRW"}
    assert sorted(r[4] for r in per_project.values()) == sorted(PLEDGES)
    assert all(r[2:4] == (2, 1) for r in per_project.values())
