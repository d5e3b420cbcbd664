"""PDF, HWP 5, HWPX, DOCX and saved news pages: real files of each kind (written by the
tests, our own texts), their text, pages or paragraphs, metadata; bad files refused in one line,
nothing stored."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from models.cli.main import main
from models.domain import InputError
from models.importers.document import locate
from models.importers.registry import iter_files, read_file
from tests.samples.hwp import file_header, paragraph, table, write_cfb, write_hwp
from tests.samples.office import write_docx, write_hwpx
from tests.samples.pdf import write_pdf
from tests.samples.web import news_page, write_mhtml

LEAD = "2026년 지역 균형 발전 계획"
SPEND = "정부는 총 4조 2천억원을 배정한다."
ROWS = [["사업", "예산"], ["수소 도시", "3천억원"]]
TABLE_LINES = "사업 | 예산\n수소 도시 | 3천억원"


def where(doc, needle):
    return locate(doc.meta, doc.text.index(needle))


def test_pdf_pages_text_and_scanned_pages(tmp_path):
    path = write_pdf(tmp_path / "예산 보고서.pdf", [
        [LEAD, "정부는 총 4조 2천억원을", "배정한다."], [], ["둘째 쪽: 수소 도시 3천억원"]])
    (doc,) = read_file(path).docs
    assert doc.text == f"{LEAD}\n정부는 총 4조 2천억원을\n배정한다.\n둘째 쪽: 수소 도시 3천억원"
    assert doc.title == LEAD
    assert doc.meta["file"] == "예산 보고서.pdf"
    assert doc.meta["pages"] == [[0, 1], [doc.text.index("둘째"), 3]]
    assert doc.meta["page_count"] == 3 and doc.meta["pages_without_text"] == [2]
    assert where(doc, "3천억원") == ("page", 3) and where(doc, "4조") == ("page", 1)


def test_hwp5_paragraphs_tables_sections_compressed_or_not(tmp_path):
    for compressed in (True, False):
        sec0 = paragraph(LEAD) + paragraph("정부는 총 4조\t2천억원을 배정한다.") + table(ROWS) \
            + paragraph("끝 문단.")
        path = write_hwp(tmp_path / f"계획{compressed}.hwp", [sec0, paragraph("둘째 구역")],
                         compressed=compressed)
        (doc,) = read_file(path).docs
        assert doc.text == f"{LEAD}\n{SPEND}\n{TABLE_LINES}\n끝 문단.\n둘째 구역"
        assert where(doc, "3천억원") == ("paragraph", 3)
        assert where(doc, "둘째 구역") == ("paragraph", 5)
        assert doc.title == LEAD


def test_hwpx_and_docx(tmp_path):
    blocks = [LEAD, "정부는 총 4조\t2천억원을 배정한다.", ROWS, "끝 문단."]
    hwpx = write_hwpx(tmp_path / "계획.hwpx", [blocks[:2], blocks[2:]])
    docx = write_docx(tmp_path / "계획.docx", blocks, title="지역 균형 발전")
    for path in (hwpx, docx):
        (doc,) = read_file(path).docs
        assert doc.text == f"{LEAD}\n{SPEND}\n{TABLE_LINES}\n끝 문단."
        assert where(doc, "3천억원") == ("paragraph", 3)
        assert doc.meta["file"] == path.name
    assert read_file(docx).docs[0].title == "지역 균형 발전"


PARAS = ["세종시는 14일 행정수도 완성 사업에 1조 5천억원을 투입한다고 밝혔다.",
         "시 관계자는 \"내년 상반기 설계를 마치겠다\"고 말했다.",
         "사업은 2030년 마무리될 예정이다."]


@pytest.mark.parametrize("marked", [True, False])
def test_saved_news_page_keeps_the_article_and_drops_the_rest(tmp_path, marked):
    path = tmp_path / "기사.html"
    path.write_text(news_page("세종시 행정수도 1조5천억 투입", PARAS, marked=marked),
                    encoding="utf-8")
    (doc,) = read_file(path).docs
    assert doc.text == "\n".join(PARAS)
    assert doc.title == "세종시 행정수도 1조5천억 투입"
    assert (doc.outlet, doc.date) == ("가상일보", date(2026, 3, 14))
    assert doc.author == "이가람 기자 입력 2026.03.14"
    assert doc.url == "https://news.example.kr/article/2026/03/14/123"


def test_euc_kr_page_and_mhtml(tmp_path):
    htm = tmp_path / "page.htm"
    htm.write_bytes(news_page("충북 예산", PARAS, charset="euc-kr").encode("cp949"))
    mht = write_mhtml(tmp_path / "page.mhtml", news_page("충북 예산", PARAS),
                      "https://news.example.kr/m/1")
    for path in (htm, mht):
        (doc,) = read_file(path).docs
        assert doc.text == "\n".join(PARAS) and doc.title == "충북 예산"
    resources = tmp_path / "page_files"  # what "save complete page" puts beside it
    resources.mkdir()
    (resources / "ad-frame.html").write_text("<p>광고</p>", encoding="utf-8")
    assert iter_files([tmp_path]) == [htm, mht]


def refused(capsys, tmp_path: Path, path: Path, *words: str) -> None:
    db = tmp_path / "p.sqlite3"
    code = main(["--db", str(db), "import", "--no-progress", str(path)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and str(path) in err, err
    for word in words:
        assert word in err, err
    from models.store.project import ProjectStore

    store = ProjectStore.open(db, "tester")
    try:
        assert store.document_ids() == []
    finally:
        store.close()


def test_bad_documents_are_refused_in_one_line(capsys, tmp_path):
    cases = [
        (write_pdf(tmp_path / "암호.pdf", [["비밀"]], encrypted=True), ("encrypted", "password")),
        (write_pdf(tmp_path / "scan.pdf", [[], []]), ("no text layer", "OCR")),
        (write_hwp(tmp_path / "암호.hwp", [paragraph("비밀")], password=True), ("password",)),
        (write_hwp(tmp_path / "배포.hwp", [paragraph("비밀")], distribution=True), ("배포용",)),
        (write_hwpx(tmp_path / "암호.hwpx", [["비밀"]], encrypted=True), ("password",)),
    ]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(write_docx(tmp_path / "ok.docx", ["문단"]).read_bytes()[:300])
    cases.append((broken, ("not a readable Word document",)))
    ole_docx = tmp_path / "protected.docx"
    write_cfb(ole_docx, [("EncryptionInfo", b"\x04\x00\x04\x00"), ("EncryptedPackage", b"x")])
    cases.append((ole_docx, ("protected by a password",)))
    not_hwp = tmp_path / "other.hwp"
    write_cfb(not_hwp, [("WordDocument", b"\0" * 10)])
    cases.append((not_hwp, ("not an HWP 5 document",)))
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    cases.append((garbage, ("not a readable PDF",)))
    bomb = tmp_path / "bomb.hwpx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Contents/section0.xml", b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>")
    cases.append((bomb, ("zip bomb",)))
    for path, words in cases:
        refused(capsys, tmp_path, path, *words)


def test_hwp_section_that_inflates_too_far_is_refused(tmp_path):
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = c.compress(b"\0" * (20 * 1024 * 1024)) + c.flush()
    path = tmp_path / "bomb.hwp"
    write_cfb(path, [("FileHeader", file_header(compressed=True)), ("BodyText/Section0", bomb)])
    with pytest.raises(InputError, match="zip bomb"):
        read_file(path)


@pytest.mark.parametrize("at, value", [(32, 133), (30, 43)])
def test_hwp_whose_header_claims_an_impossible_sector_size_is_refused(tmp_path, at, value):
    # Found by mutating a sample: header bytes 30 and 32 are the sector and mini sector shifts
    # (9 and 6). A mini shift of 133 made olefile raise OverflowError; a shift of 43 made it
    # read 2**43 bytes at once (MemoryError).
    path = write_hwp(tmp_path / "shift.hwp", [paragraph("시는 예산을 늘린다.")])
    data = bytearray(path.read_bytes())
    data[at] = value
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as err:
        read_file(path)
    assert "shift.hwp" in str(err.value) and "damaged" in str(err.value)


def test_portal_page_shape_without_open_graph(tmp_path):
    """A portal's article page: no og: tags, the headline in #title_area, the time in a
    data-date-time attribute, <title> ending with the site's name."""
    path = tmp_path / "portal.html"
    path.write_text(
        '<html><head><meta charset="utf-8"><title>세종시 예산 기사 - 가상 뉴스</title></head>'
        '<body><div class="gnb"><a href="/">메인</a><a href="/e">경제 섹션으로 이동합니다</a></div>'
        '<div class="media_end_head"><h2 class="media_end_head_headline"><span id="title_area">'
        "세종시 예산 기사</span></h2><span class=\"_ARTICLE_DATE_TIME\" "
        'data-date-time="2026-02-03 10:00:00">2026.02.03.</span></div>'
        f'<article id="dic_area" class="go_trans">{PARAS[0]}<br><br>{PARAS[1]}<br>{PARAS[2]}'
        '<span class="end_photo_org"><em class="img_desc">사진 설명 문구</em></span></article>'
        '<div class="byline"><span class="byline_s">한빛 기자</span></div>'
        '<div class="copyright">무단 전재 금지</div></body></html>', encoding="utf-8")
    (doc,) = read_file(path).docs
    assert doc.text.split("\n")[:3] == PARAS
    assert (doc.title, doc.date, doc.author) == ("세종시 예산 기사", date(2026, 2, 3), "한빛 기자")


def test_report_cites_file_and_page_of_an_amount(tmp_path, store):
    from dataclasses import replace

    import openpyxl

    from models.domain import Span, Value
    from models.export.run import export

    path = write_pdf(tmp_path / "예산 보고서.pdf", [[LEAD], ["둘째 쪽: 수소 도시 3천억원"]])
    doc = read_file(path).docs[0]
    start = doc.text.index("3천억원")
    money = Span(start, start + 4, "MONEY", "3천억원", source="import",
                 value=Value(3e11, 3e11, 3e11, "KRW", False))
    store.add_documents([replace(doc, spans=[money])])
    out = tmp_path / "report.xlsx"
    export(store, "xlsx", out)
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb["금액"].iter_rows(values_only=True))
    header = next(r for r in rows if "출처 위치" in r)
    col = header.index("출처 위치")
    assert [r[col] for r in rows[rows.index(header) + 1:] if r[col]] == ["예산 보고서.pdf 2쪽"]
    wb.close()
