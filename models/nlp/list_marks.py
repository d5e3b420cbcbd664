"""The marks that open the items of a list, in one place: a briefing's ▲ and □ ○ (their kin
◆ ● ■ …), a dash or an asterisk at a line's start, "1." or "1)", circled numbers; and the marks a
field line ("○ 사업비: …") may open with. The report's passes and the project rules read lists
with these (a rank of the marks, outer first, is ``models.export.parts``' own)."""

from __future__ import annotations

import re

ITEM_MARKS = "▲■□○●◆◇•◦▶▷►"
# a line that opens an item: "▲ …", "· …", "- …", "1. …", "1) …", "① …"
ITEM_LINE = re.compile(r"[ \t]*(?:[" + ITEM_MARKS + r"·]|[-*](?=\s)|\d{1,2}[.)]|[①-⑳])")
# an item's mark anywhere in a stretch of text: ▲ and its kin anywhere, the others at a line's start
ITEM_MARK_IN = re.compile(r"[" + ITEM_MARKS + r"]|(?:^|\n)\s*(?:[-*]|\d{1,2}[.)]|[①-⑳])\s")
# the mark a field line ("○ 사업비: …", "- 기간: …") may open with
FIELD_MARK = r"[○●■□◆◇•·▶*\-]"
