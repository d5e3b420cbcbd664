"""``bitgeul analyze``: the stable JSONL contract for other tools.

Offsets in the output index the caller's ``text`` exactly as given. The engine works on the
NFC-normalised text, so spans are mapped back through the normaliser's offset map.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from typing import Any

from models.domain import Analysis
from models.nlp.relations import entity_ids
from models.textnorm import Normalized, normalize


def _parse_date(obj: dict[str, Any]) -> date | None:
    raw = obj.get("date") or (obj.get("meta") or {}).get("date")
    if not isinstance(raw, str):
        return None
    digits = "".join(ch for ch in raw[:10] if ch.isdigit())
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


class _BackMap:
    """Normalised offset → raw offset, built from the forward map of every raw boundary."""

    def __init__(self, raw_len: int, forward: Any) -> None:
        self.raw: list[int] = []
        self.norm: list[int] = []
        for r in range(raw_len + 1):
            n = forward(r)
            if n is not None and (not self.norm or n > self.norm[-1]):
                self.raw.append(r)
                self.norm.append(n)

    def start(self, n: int) -> int:
        i = bisect_left(self.norm, n)
        return self.raw[min(i, len(self.raw) - 1)]

    def end(self, n: int) -> int:
        i = bisect_left(self.norm, n)
        return self.raw[min(i, len(self.raw) - 1)]


def analyze_record(obj: dict[str, Any], *, rules_only: bool = False,
                   analyzer: Callable[[str, date | None], Analysis] | None = None
                   ) -> dict[str, Any]:
    return analyze_records([obj], rules_only=rules_only, analyzer=analyzer)[0]


def analyze_records(objs: list[dict[str, Any]], *, rules_only: bool = False,
                    analyzer: Callable[[str, date | None], Analysis] | None = None
                    ) -> list[dict[str, Any]]:
    """Several records at once: Kiwi tokenizes the batch on its own threads (models.engine)."""
    from models.engine import analyze_many, analyze_rules

    prepared = [(obj, normalize(obj["text"]), _parse_date(obj)) for obj in objs]
    results: list[Analysis]
    if rules_only:
        results = [analyze_rules(norm.text, day) for _, norm, day in prepared]
    elif analyzer is not None:
        results = [analyzer(norm.text, day) for _, norm, day in prepared]
    else:
        results = list(analyze_many([(norm.text, day) for _, norm, day in prepared]))
    return [_output(obj, norm, result) for (obj, norm, _), result in zip(prepared, results,
                                                                          strict=True)]


def _output(obj: dict[str, Any], norm: Normalized, result: Analysis) -> dict[str, Any]:
    raw = obj["text"]
    back = None if norm.identity else _BackMap(len(raw), norm.map_offset)
    spans = []
    for sp in result.spans:
        start, end = (sp.start, sp.end) if back is None else (back.start(sp.start),
                                                              back.end(sp.end))
        item: dict[str, Any] = {"start": start, "end": end, "label": sp.label,
                                "text": raw[start:end], "source": sp.source,
                                "score": round(sp.score, 4)}
        if sp.value is not None:
            v = sp.value.to_json()
            if sp.label == "MONEY":
                for key in ("value", "low", "high", "currency"):
                    v.setdefault(key, None)
                v.setdefault("approx", False)
            item.update(v)
        spans.append(item)
    for item, entity in zip(spans, entity_ids(result.spans, result.relations), strict=True):
        if entity is not None:
            item["entity"] = entity
    out = dict(obj)
    out["spans"] = spans
    out["relations"] = [{"from": r.head, "to": r.tail, "label": r.label,
                         "score": round(r.score, 4), **dict(r.attrs)}
                        for r in result.relations]
    return out
