"""A broadcast news script's anchor lead ([앵커] …) tells in a sentence what the reporter's part
([기자] …, [리포트]) then tells at length: an amount of the lead that the reporter's part gives
again (the same value and currency) is that money told again, not money of its own, as a
headline's is. For ``models.export.report_data``; CONTEXT.md ("An anchor's lead") says what it
means."""

from __future__ import annotations

import re

from models.domain import Value
from models.export.dispatches import dispatch_twins

# a part's label opening a line: "[앵커]", "[기자]", "[인터뷰: …]", "◀ 앵커 ▶", "◀ 리포트 ▶"
_LABEL = re.compile(r"^[ \t]*(?:\[([^\]\n]{1,30})\]|◀\s*([^▶\n]{1,20}?)\s*▶)", re.MULTILINE)
_ANCHOR = re.compile(r"앵커(?:\s?멘트)?")
_REPORTER = re.compile(r"기자|리포트")


def anchor_twins(text: str, amounts: list[tuple[int, Value | None]]) -> dict[int, int]:
    """Amounts of an anchor's lead that a reporter's part after it gives again: index → index of
    the first such amount. ``amounts``: (start, value) in text order. A text with no anchor's
    part followed by a reporter's has none (an anchor's closing words after the report are left
    to the rules of one text)."""
    if "앵커" not in text:
        return {}
    parts: list[tuple[int, str]] = []  # (start, kind) of each labelled part, in text order
    for m in _LABEL.finditer(text):
        label = (m.group(1) or m.group(2) or "").strip()
        kind = "anchor" if _ANCHOR.fullmatch(label) else "reporter" if _REPORTER.fullmatch(label) else ""
        parts.append((m.start(), kind))
    if not any(k == "anchor" for _, k in parts) or not any(k == "reporter" for _, k in parts):
        return {}

    def kind_at(start: int) -> str:
        return next((k for at, k in reversed(parts) if at <= start), "")

    out: dict[int, int] = {}
    for i, (start, v) in enumerate(amounts):
        if kind_at(start) != "anchor" or v is None or (v.value is None and v.low is None):
            continue
        key = (v.currency or "KRW", v.value, v.low, v.high)
        for j in range(i + 1, len(amounts)):
            at, w = amounts[j]
            if w is not None and kind_at(at) == "reporter" and (w.currency or "KRW", w.value, w.low, w.high) == key:
                out[i] = j
                break
    return out


def retold_twins(text: str, amounts: list[tuple[int, Value | None]]) -> dict[int, int]:
    """Amounts a later dispatch of a wire story gives again (:func:`dispatch_twins`) and those of
    an anchor's lead that the reporter's part gives again: index → index of the other telling."""
    return dispatch_twins(text, amounts) | anchor_twins(text, amounts)
