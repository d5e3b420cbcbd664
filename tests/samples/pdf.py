"""Small PDFs written byte by byte: pages of Korean text with a text layer, a page without one
(as a scan has), and an encrypted file.

The text is drawn with a CID font (Identity-H) that is not embedded; its ToUnicode map is what
text extraction reads, as in the reports the ministries publish.
"""

from __future__ import annotations

from pathlib import Path


def _cmap(chars: list[str]) -> bytes:
    lines = [f"<{i + 1:04X}> <{ord(c):04X}>" for i, c in enumerate(chars)]
    body = "\n".join(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar"
                     for chunk in (lines[k:k + 100] for k in range(0, len(lines), 100)))
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{body}\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()


def write_pdf(path: Path, pages: list[list[str]], *, encrypted: bool = False) -> Path:
    """One PDF page per item of ``pages`` (its lines; an empty list is a page without text)."""
    chars = sorted({c for page in pages for line in page for c in line})
    code = {c: i + 1 for i, c in enumerate(chars)}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    page_tree = add(b"")
    cmap = _cmap(chars)
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descendant = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Batang "
                     b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                     b" /FontDescriptor << /Type /FontDescriptor /FontName /Batang /Flags 4 "
                     b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 "
                     b"/CapHeight 700 /StemV 80 >> /DW 1000 >>")
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /Batang /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode))
    kids = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 14 TL 50 780 Td"]
        for line in lines:
            ops.append(b"<" + "".join(f"{code[c]:04X}" for c in line).encode() + b"> Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) if lines else b"0.5 g 50 50 400 600 re f"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources "
                        b"<< /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (page_tree, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % page_tree
    objects[page_tree - 1] = (b"<< /Type /Pages /Count %d /Kids [" % len(kids)
                              + b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    encrypt = None
    if encrypted:  # the standard handler with a user password the reader does not know
        encrypt = add(b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"41" * 32
                      + b"> /U <" + b"7f" * 32 + b"> >>")
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if encrypt is not None:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt, b"00" * 16, b"00" * 16)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path
