"""Benchmark: importing a 200-page PDF report and 1,000 saved news pages, against the raw
libraries in the same run.

    python tests/bench/bench_documents.py [--pages 200] [--html 1000] [--rounds 3] [--pypdf]

* ``pdf``: ``read_file(report.pdf)`` (PDFium through pypdfium2, page starts, normalisation)
  against bare pypdfium2 text extraction of every page of the same file. The PDF is written by
  Qt's QPdfWriter with the bundled Korean font embedded, as office software writes reports.
  ``--pypdf`` also times pure-Python pypdf on it (the alternative weighed for the bundle size).
* ``html``: ``read_file`` on each of 1,000 saved pages (menus, related links, ads, footer around
  the article) against reading and decoding the bytes and a bare ``html.parser`` pass over them.
* ``store``: the 1,000 pages' documents stored in one transaction (a fresh SQLite project).

CPU seconds of this process, best of ``--rounds``; ``ratio`` = ours / raw. Prints one JSON
object. Targets: pdf ratio ≤ 1.3, html ratio ≤ 4 (ours builds a tree and scores it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from models.importers.registry import read_file  # noqa: E402
from tests.samples.web import news_page  # noqa: E402


def make_pdf(path: Path, pages: int) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageSize, QPainter, QPdfWriter

    app = QGuiApplication.instance() or QGuiApplication([])
    font = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "NanumGothic.ttf"))
    family = QFontDatabase.applicationFontFamilies(font)[0]
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    painter = QPainter(writer)
    painter.setFont(QFont(family, 10))
    line = ("{n}. 정부는 {n}번째 사업에 {m}억원을 배정하고 지역 균형 발전을 위한 기반 시설을 "
            "확충한다고 밝혔다. 관계 부처는 예산 집행 상황을 분기마다 점검한다.")
    for page in range(pages):
        if page:
            writer.newPage()
        text = "\n".join(line.format(n=page * 20 + k, m=(k + 1) * 150) for k in range(20))
        painter.drawText(QRectF(80, 80, 1080, 1600), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    del app


def make_pages(folder: Path, n: int) -> list[Path]:
    paths = []
    for k in range(n):
        paras = [f"{k}번 기사: 시는 {k % 97 + 1}일 지역 사업에 {k * 10 + 5}억원을 투입한다고 밝혔다.",
                 "관계자는 \"예산 집행을 서두르겠다\"고 말했다.",
                 f"사업은 {2026 + k % 5}년 마무리될 예정이며 추가 예산 {k + 1}억원이 검토된다."]
        path = folder / f"page{k:04d}.html"
        path.write_text(news_page(f"기사 {k} 예산 투입", paras, marked=k % 2 == 0),
                        encoding="utf-8")
        paths.append(path)
    return paths


def cpu(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.process_time()
    fn()
    return time.process_time() - t


def raw_pdfium(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        tp.get_text_bounded()
        tp.close()
        page.close()
    pdf.close()


def raw_html(paths: list[Path]) -> None:
    for p in paths:
        parser = HTMLParser()
        parser.feed(p.read_bytes().decode("utf-8"))
        parser.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--html", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pypdf", action="store_true")
    args = ap.parse_args()
    out: dict[str, object] = {"bench": "documents"}
    with tempfile.TemporaryDirectory(prefix="bitgeul-docs-") as tmp:
        folder = Path(tmp)
        pdf = folder / "report.pdf"
        make_pdf(pdf, args.pages)
        pages = make_pages(folder, args.html)
        doc = read_file(pdf).docs[0]
        assert len(doc.meta["pages"]) == args.pages, doc.meta["pages"][-1]
        ours_pdf, base_pdf, ours_html, base_html = [], [], [], []
        for _ in range(args.rounds):
            base_pdf.append(cpu(lambda: raw_pdfium(pdf)))
            ours_pdf.append(cpu(lambda: read_file(pdf)))
            base_html.append(cpu(lambda: raw_html(pages)))
            ours_html.append(cpu(lambda: [read_file(p) for p in pages]))
        docs = [read_file(p).docs[0] for p in pages]
        from models.store.project import ProjectStore

        store = ProjectStore.open(folder / "bench.sqlite3", "bench")
        t = time.perf_counter()
        added = store.add_documents(docs).added
        store_s = time.perf_counter() - t
        store.close()
        out.update({
            "pdf_pages": args.pages, "pdf_bytes": pdf.stat().st_size,
            "pdf_chars": len(doc.text),
            "pdf_s": round(min(ours_pdf), 3), "pdf_raw_pdfium_s": round(min(base_pdf), 3),
            "pdf_ratio": round(min(ours_pdf) / min(base_pdf), 2),
            "html_pages": args.html, "html_s": round(min(ours_html), 3),
            "html_raw_parser_s": round(min(base_html), 3),
            "html_ratio": round(min(ours_html) / min(base_html), 2),
            "html_per_page_ms": round(1000 * min(ours_html) / args.html, 2),
            "store_s": round(store_s, 3), "stored": added,
        })
        if args.pypdf:
            import pypdf

            out["pdf_raw_pypdf_s"] = round(cpu(
                lambda: [pg.extract_text() for pg in pypdf.PdfReader(str(pdf)).pages]), 3)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
