"""DOCX (Word) and HWPX (Hangul's XML format): ZIP files of XML, read with defusedxml.

Both are checked like workbooks before anything is unpacked (limits.check_zip: zip bombs, too
many parts). The body's paragraphs become lines and each table row one line, its cells joined
by " | ". ``meta["paragraphs"]`` numbers the body's blocks (a paragraph or a table) from 1.

DOCX: ``word/document.xml``, ``w:body`` → ``w:p`` (runs ``w:t``, ``w:tab``, ``w:br``) and
``w:tbl`` → ``w:tr`` → ``w:tc``; the title from ``docProps/core.xml``. A password-protected
.docx is not a ZIP but an OLE file holding the encrypted package: refused with that reason.

HWPX (KS X 6101, OWPML): ``Contents/section0.xml``, … in the order of ``Contents/content.hpf``;
``hp:p`` → ``hp:run`` → ``hp:t``, tables ``hp:tbl`` → ``hp:tr`` → ``hp:tc``. An encrypted HWPX
lists ``encryption-data`` in ``META-INF/manifest.xml``.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.domain import ImportedDoc, InputError
from models.importers.document import Pieces
from models.importers.limits import check_zip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _open(path: Path, kind: str) -> zipfile.ZipFile:
    where = str(path)
    with path.open("rb") as fh:
        head = fh.read(4)
    if not head:
        raise InputError(where, "empty file")
    if head == _OLE:
        raise InputError(where, f"the {kind} document is protected by a password (or is an "
                         "old binary file); save it without a password and import that")
    if not head.startswith(b"PK"):
        raise InputError(where, f"not a {kind} document (it should be a ZIP file; this is not)")
    check_zip(path, f"{kind} document", "document")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as err:
        raise InputError(where, f"not a readable {kind} document: {err}") from None


def _xml(zf: zipfile.ZipFile, name: str, where: str, kind: str) -> Any:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(zf.read(name))
    except KeyError:
        raise InputError(where, f"not a {kind} document: {name} is missing") from None
    except DefusedXmlException:
        raise InputError(where, f"refused: {name} contains XML entity or DTD declarations, "
                         f"which {kind} never writes") from None
    except (ParseError, zipfile.BadZipFile, EOFError, OSError, ValueError,
            NotImplementedError) as err:  # NotImplementedError: a compression zipfile lacks
        raise InputError(where, f"damaged {kind} document: {name}: "
                         f"{str(err).splitlines()[0] if str(err) else type(err).__name__}"
                         ) from None
    except RuntimeError:  # zipfile: the entry is encrypted (it asks for a password)
        raise InputError(where, f"the {kind} document is protected by a password; save it "
                         "without a password and import that") from None


def _text(node: Any, text_tag: str, tab_tag: str, break_tags: tuple[str, ...],
          skip: tuple[str, ...] = ()) -> str:
    """The text of a paragraph element, tabs and line breaks kept."""
    out: list[str] = []

    def walk(el: Any) -> None:
        name = _local(el.tag)
        if name in skip:
            return
        if name == text_tag:
            out.append(el.text or "")
            for child in el:  # HWPX puts tabs and breaks inside hp:t
                walk(child)
                out.append(child.tail or "")
            return
        if name == tab_tag:
            out.append("\t")
        elif name in break_tags:
            out.append("\n")
        for child in el:
            walk(child)

    walk(node)
    return "".join(out)


def _blocks(parent: Any, p: str, tbl: str, row: str, cell: str,
            para_text: Any) -> Iterator[str]:
    """Body blocks in order: a paragraph's text, or a table's rows (one line each)."""
    for el in parent:
        name = _local(el.tag)
        if name == p:
            nested = list(_top_tables(el, tbl))
            text = para_text(el)
            if nested:  # HWPX keeps a table inside the paragraph that anchors it
                yield "\n".join([text, *(_table(t, p, row, cell, para_text) for t in nested)])
            else:
                yield text
        elif name == tbl:
            yield _table(el, p, row, cell, para_text)
        elif name in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
            yield from _blocks(el, p, tbl, row, cell, para_text)


def _top_tables(el: Any, tbl: str) -> Iterator[Any]:
    """Tables inside ``el`` that are not inside another table (those are read with it)."""
    for child in el:
        if _local(child.tag) == tbl:
            yield child
        else:
            yield from _top_tables(child, tbl)


def _table(tbl: Any, p: str, row: str, cell: str, para_text: Any) -> str:
    lines = []
    for tr in (el for el in tbl if _local(el.tag) == row):
        cells = []
        for tc in (el for el in tr if _local(el.tag) == cell):
            paras = [para_text(q) for q in tc.iter() if _local(q.tag) == p]
            cells.append(" ".join(" ".join(t.split()) for t in paras if t.strip()))
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def read_docx(path: Path) -> ImportedDoc:
    where = str(path)
    with _open(path, "Word") as zf:
        root = _xml(zf, "word/document.xml", where, "Word")
        core = _xml(zf, "docProps/core.xml", where, "Word") \
            if "docProps/core.xml" in zf.namelist() else None
    body = next((el for el in root if _local(el.tag) == "body"), None)
    if body is None:
        raise InputError(where, "not a Word document: word/document.xml has no body")

    def para_text(el: Any) -> str:
        return _text(el, "t", "tab", ("br", "cr"), skip=("tbl", "del", "instrText"))

    pieces = Pieces("paragraph")
    for n, block in enumerate(_blocks(body, "p", "tbl", "tr", "tc", para_text), 1):
        pieces.add(n, block)
    title = None
    if core is not None:
        title = next((" ".join((el.text or "").split()) for el in core
                      if _local(el.tag) == "title"), None) or None
    return pieces.doc(path, title=title, empty="no text in the Word document")


def read_hwpx(path: Path) -> ImportedDoc:
    where = str(path)
    with _open(path, "HWPX") as zf:
        names = zf.namelist()
        if "META-INF/manifest.xml" in names:
            manifest = _xml(zf, "META-INF/manifest.xml", where, "HWPX")
            if any(_local(el.tag) == "encryption-data" for el in manifest.iter()):
                raise InputError(where, "the HWPX document is protected by a password; open it "
                                 "in Hangul, remove the password and save it again")
        sections = _hwpx_sections(zf, names, where)
        if not sections:
            raise InputError(where, "not an HWPX document: no Contents/section*.xml")
        roots = [_xml(zf, name, where, "HWPX") for name in sections]

    def para_text(el: Any) -> str:
        return _text(el, "t", "tab", ("lineBreak",), skip=("tbl", "ctrl", "pic", "equation"))

    pieces = Pieces("paragraph")
    n = 0
    for root in roots:
        for block in _blocks(root, "p", "tbl", "tr", "tc", para_text):
            n += 1
            pieces.add(n, block)
    return pieces.doc(path, empty="no text in the HWPX document")


def _hwpx_sections(zf: zipfile.ZipFile, names: list[str], where: str) -> list[str]:
    """Section parts in reading order: the manifest's spine, else by number."""
    found = [n for n in names if re.fullmatch(r"Contents/section\d+\.xml", n)]
    if "Contents/content.hpf" in names:
        hpf = _xml(zf, "Contents/content.hpf", where, "HWPX")
        items = {el.get("id"): el.get("href") for el in hpf.iter() if _local(el.tag) == "item"}
        spine = [items.get(el.get("idref")) for el in hpf.iter() if _local(el.tag) == "itemref"]
        ordered = [h if h.startswith("Contents/") else f"Contents/{h}"
                   for h in spine if h and "section" in h]
        if ordered and all(h in names for h in ordered):
            return ordered
    return sorted(found, key=lambda n: int(re.sub(r"\D", "", n.rsplit("/", 1)[-1])))
