"""Tables whose columns are lined up with spaces, read like tables with bars.

Text copied out of a PDF or an HWP file gives a table one row a line with its columns lined up
by runs of spaces ("지역 문화시설 확충      11,850      12,400      +550"), where the importers
of reports give " | " between the cells. The readers of tables (models.nlp.table_money and the
export's readers that ask it) know only the bars, so :func:`barred_view` gives a view of a text
in which each such table is written with bars, and nothing else changes.

The view keeps the text's length and every character's offset: a gap of n ≥ 3 spaces becomes
n − 2 spaces and "| ", so a span found in the view is the same span of the text itself (its
numbers and names are the same characters). Only the gaps of a table's lines change.

Strict, so that prose, poetry and indented lists are never taken for a table: a block is a
head line over two rows at least, every line cut by the gaps into the same number of cells
(two at least), each row opening on a name (words) with only numbers after it, the head not a
row of numbers itself. Lines that already have bars are left as they are.
"""

from __future__ import annotations

import re

from models.text_cache import per_text

# the gap between two columns: three spaces at least (one or two are the spaces of a cell's
# own words, "2026 본예산", "지역 문화시설 확충")
_GAP = re.compile(r" {3,}")
# a cell of numbers: "11,850", "+550", "-220", "△50", "12.5", "30%", "96억원", or "-" (none)
_NUMBER_CELL = re.compile(r"[+\-−△▲▽▼]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
                          r"\s?(?:%|％|(?:조|억|천만|백만|만|천)?\s?(?:원|달러))?|[-–—−]")
_WORDS = re.compile(r"[가-힣A-Za-z]")
# "구분   2026   2027": a year heads a column, it is no amount of a row of numbers
_YEAR = re.compile(r"(?:19|20)\d{2}(?:년도?)?")
_DIGIT = re.compile(r"\d")


def barred_view(text: str) -> str:
    """``text`` with each table lined up with spaces written with " | " between its cells, of the
    same length and with the same offsets (see the module's doc); ``text`` itself where it has
    no such table (most texts: found at once)."""
    if "   " not in text:
        return text
    return _view(text)


@per_text
def _view(text: str) -> str:
    lines = text.split("\n")
    cells = [_cells(line) for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        head = cells[k]
        # a head line (not itself a row of numbers) over rows of as many cells
        if head is None or _is_row(head) or not any(_WORDS.search(c) for c in head):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (row := cells[end]) is not None and len(row) == len(head) \
                and _is_row(row):
            end += 1
        if end - k >= 3:
            for j in range(k, end):
                out[j] = _barred(lines[j])
            k = end
        else:
            k += 1
    return "\n".join(out)


def _cells(line: str) -> list[str] | None:
    """The cells of ``line`` between its gaps, None for a line with bars already (a table the
    importer wrote) or with no gap; the line's indent and trailing spaces are no gaps."""
    body = line.strip(" \r")
    if "|" in body or "\t" in body or not _GAP.search(body):
        return None
    return _GAP.split(body)


def _is_row(cells: list[str]) -> bool:
    """A row of a table: its first cell names the item, every cell after it is a number (or "-"
    for none), one at least a number that is no year."""
    return bool(_WORDS.search(cells[0])) and all(_NUMBER_CELL.fullmatch(c) for c in cells[1:]) \
        and any(_DIGIT.search(c) and not _YEAR.fullmatch(c) for c in cells[1:])


def _barred(line: str) -> str:
    """``line`` with each gap between its cells (not its indent, not its trailing spaces) ending
    in "| ": of the same length."""
    lead = len(line) - len(line.lstrip(" "))
    body_end = len(line.rstrip(" \r"))
    body = _GAP.sub(lambda m: " " * (len(m.group()) - 2) + "| ", line[lead:body_end])
    return line[:lead] + body + line[body_end:]
