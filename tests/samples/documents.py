"""One small sample of each document format and an openpyxl workbook, for the tests that damage
files (tests/core/test_hostile_documents) and for the mass run (tests/bench/fuzz_imports)."""

from __future__ import annotations

from pathlib import Path

from tests.samples.hwp import paragraph, table, write_hwp
from tests.samples.office import write_docx, write_hwpx
from tests.samples.pdf import write_pdf
from tests.samples.web import news_page, write_mhtml

TEXT = ["정부는 지역 사업에 3천억원을 배정했다.", "시는 내년 예산을 늘린다."]


def write_documents(d: Path) -> dict[str, Path]:
    """A PDF (with an empty page), an HWP and an HWPX and a DOCX (each with a table), a saved
    page and its MHTML, all holding :data:`TEXT`, written in ``d``; by file name."""
    html = news_page("예산 기사", TEXT)
    (d / "page.html").write_text(html, encoding="utf-8")
    files = [
        write_pdf(d / "a.pdf", [TEXT, [], TEXT]),
        write_hwp(d / "a.hwp", [paragraph(TEXT[0]) + table([["가", "나"]]), paragraph(TEXT[1])]),
        write_hwpx(d / "a.hwpx", [[TEXT[0], [["가", "나"]]], [TEXT[1]]]),
        write_docx(d / "a.docx", [TEXT[0], [["가", "나"]], TEXT[1]]),
        d / "page.html",
        write_mhtml(d / "a.mhtml", html, "https://news.example.kr/1"),
    ]
    return {p.name: p for p in files}


def write_openpyxl_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """A workbook as openpyxl writes it, ``rows`` on its first sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path
