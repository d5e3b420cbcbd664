"""An .xlsx written the way Apache POI (BigKinds' exporter) writes it.

POI's streaming writer declares ``<dimension ref="A1"/>`` whatever the sheet holds, writes
strings inline (``t="inlineStr"``) or as shared strings, and leaves the styles part out. openpyxl
never writes such a file, so the tests build it byte by byte.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape


def _col(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def write_poi_xlsx(path: Path, rows: list[list[object]], *, shared: bool = False) -> Path:
    strings: list[str] = []
    index: dict[str, int] = {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{_col(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, int | float):
                cells.append(f'<c r="{ref}" t="n"><v>{value}</v></c>')
            elif shared:
                k = index.setdefault(str(value), len(strings))
                if k == len(strings):
                    strings.append(str(value))
                cells.append(f'<c r="{ref}" t="s"><v>{k}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0" tabSelected="true"/>'
             '</sheetViews><sheetFormatPr defaultRowHeight="15.0"/><sheetData>'
             + "".join(xml_rows) + '</sheetData><pageMargins bottom="0.75" footer="0.3" '
             'header="0.3" left="0.7" right="0.7" top="0.75"/></worksheet>')
    ns_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    types = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats'
             '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
             'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
             '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
             '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.spreadsheetml.worksheet+xml"/>'
             + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared
                else "") + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{ns_rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = ('<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.'
                f'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{ns_rel}"><workbookPr '
                'date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
                '<sheet name="sheet" r:id="rId3" sheetId="1"/></sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships">'
               + (f'<Relationship Id="rId1" Target="sharedStrings.xml" Type="{ns_rel}/'
                  'sharedStrings"/>' if shared else "")
               + f'<Relationship Id="rId3" Target="worksheets/sheet1.xml" Type="{ns_rel}/'
               'worksheet"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared:
            sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
            zf.writestr("xl/sharedStrings.xml",
                        '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.'
                        'openxmlformats.org/spreadsheetml/2006/main" count="'
                        f'{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
    return path
