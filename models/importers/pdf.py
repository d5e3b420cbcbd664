"""PDF reports with a text layer, read with PDFium (pypdfium2: BSD-3/Apache-2.0, wheels for
Windows, macOS and Linux; it reads a 200-page report several times faster than pure-Python
readers, see tests/bench/bench_documents.py). Page by page; no OCR: a document whose pages have
no text (a scan) is refused with that reason, and scanned pages inside a text document are
listed in ``meta["pages_without_text"]``.
"""

from __future__ import annotations

from pathlib import Path

from models.domain import ImportedDoc, InputError
from models.importers.document import Pieces
from models.progress import Progress


def read_pdf(path: Path, progress: Progress | None = None) -> ImportedDoc:
    import pypdfium2 as pdfium

    where = str(path)
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise InputError(where, "not a PDF file (no %PDF header)")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        raise InputError(where, _problem(str(err))) from None
    try:
        pieces = Pieces("page")
        blank: list[int] = []
        n = len(pdf)
        for i in range(n):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_bounded()
                finally:
                    textpage.close()
            finally:
                page.close()
            if text.strip():
                pieces.add(i + 1, text)
            else:
                blank.append(i + 1)
            if progress is not None:
                progress(i + 1, n)
        title = _title(pdf.get_metadata_dict().get("Title"))
    except pdfium.PdfiumError as err:
        raise InputError(where, f"damaged PDF: {err}") from None
    finally:
        pdf.close()
    empty = ("no text layer on any page (a scanned document?); text recognition (OCR) is not "
             "supported — use a PDF with text") if n else "the PDF has no pages"
    return pieces.doc(path, title=title, empty=empty, page_count=n, pages_without_text=blank)


def _title(value: str | None) -> str | None:
    """The title in the PDF's properties, unless it is only the name of the file it was
    printed from ("Microsoft Word - 보고서.docx", "보고서.hwp")."""
    title = " ".join((value or "").split())
    low = title.lower()
    if not title or low.startswith("microsoft") or low.endswith(
            (".hwp", ".hwpx", ".doc", ".docx", ".pdf", ".ppt", ".pptx", ".xlsx")):
        return None
    return title


def _problem(message: str) -> str:
    low = message.lower()
    if "password" in low:
        return "the PDF is encrypted with a password; save an unprotected copy and import that"
    if "format" in low or "file" in low:
        return f"not a readable PDF ({message.split('(PDFium: ')[-1].rstrip(').')})"
    return f"not a readable PDF ({message})"
