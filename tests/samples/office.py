"""DOCX and HWPX files in the shapes Word and Hangul write (the parts a reader needs, with the
namespaces and nesting of the real thing): paragraphs with runs, tabs and breaks, and tables."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"

Block = str | list[list[str]]  # a paragraph, or a table's rows of cells


def _w_para(text: str) -> str:
    runs = []
    for k, part in enumerate(text.split("\t")):
        if k:
            runs.append("<w:r><w:tab/></w:r>")
        # Word splits a paragraph into several runs (formatting, spell-check marks).
        half = len(part) // 2
        runs += [f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(p)}</w:t></w:r>'
                 for p in (part[:half], part[half:]) if p]
    return f'<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr>{"".join(runs)}</w:p>'


def write_docx(path: Path, blocks: list[Block], *, title: str | None = None) -> Path:
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_w_para(b))
        else:
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr/>{_w_para(c)}</w:tc>" for c in row)
                           + "</w:tr>" for row in b)
            body.append(f"<w:tbl><w:tblPr/>{rows}</w:tbl>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
           f'"{W_NS}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org'
            f'/dc/elements/1.1/"><dc:title>{escape(title or "")}</dc:title><dc:creator>작성자'
            '</dc:creator></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("word/document.xml", doc)
        zf.writestr("docProps/core.xml", core)
    return path


def _hp_para(text: str, inner: str = "") -> str:
    parts = text.split("\t")
    t = "<hp:tab/>".join(escape(p) for p in parts)
    return (f'<hp:p id="0" paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0">{inner}'
            f'<hp:t>{t}</hp:t></hp:run><hp:linesegarray/></hp:p>')


def _hp_table(rows: list[list[str]]) -> str:
    trs = "".join("<hp:tr>" + "".join(
        f'<hp:tc><hp:subList>{_hp_para(c)}</hp:subList><hp:cellAddr colAddr="{i}" rowAddr="{r}"/>'
        "</hp:tc>" for i, c in enumerate(row)) + "</hp:tr>" for r, row in enumerate(rows))
    return f'<hp:tbl rowCnt="{len(rows)}">{trs}</hp:tbl>'


def write_hwpx(path: Path, sections: list[list[Block]], *, encrypted: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/hwp+zip")
        zf.writestr("version.xml", '<?xml version="1.0"?><hv:HCFVersion xmlns:hv="http://www.'
                    'hancom.co.kr/hwpml/2011/version" major="5" minor="1"/>')
        items = "".join(f'<opf:item id="section{i}" href="Contents/section{i}.xml" '
                        'media-type="application/xml"/>' for i in range(len(sections)))
        spine = "".join(f'<opf:itemref idref="section{i}"/>' for i in range(len(sections)))
        zf.writestr("Contents/content.hpf", '<?xml version="1.0"?><opf:package xmlns:opf='
                    f'"http://www.idpf.org/2007/opf/"><opf:manifest>{items}</opf:manifest>'
                    f"<opf:spine>{spine}</opf:spine></opf:package>")
        manifest = ('<?xml version="1.0"?><odf:manifest xmlns:odf="urn:oasis:names:tc:'
                    'opendocument:xmlns:manifest:1.0">')
        if encrypted:
            manifest += ('<odf:file-entry odf:full-path="Contents/section0.xml"><odf:encryption-'
                         'data odf:checksum-type="SHA1"/></odf:file-entry>')
        zf.writestr("META-INF/manifest.xml", manifest + "</odf:manifest>")
        for i, blocks in enumerate(sections):
            paras = "".join(_hp_para(b) if isinstance(b, str) else _hp_para("", _hp_table(b))
                            for b in blocks)
            zf.writestr(f"Contents/section{i}.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                        f'<hs:sec xmlns:hp="{HP}" xmlns:hs="{HS}">{paras}</hs:sec>')
    return path
