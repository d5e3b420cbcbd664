"""JSONL export: one document per line, read as it is by us, by doccano and by Prodigy.

- ``spans`` (Prodigy): start, end, label, text, token_start/token_end (inclusive, into
  ``tokens``), status and the normalised value fields;
- ``label`` (doccano's default sequence-labelling import): ``[[start, end, "LABEL"], …]``;
- ``tokens`` (Prodigy): the text's words, cut at span boundaries (Korean spans end inside an
  eojeol: "10조원을"), each ``{text, start, end, id, ws}``;
- ``relations`` (Prodigy's relation format): ``head``/``child`` are token indices (the last
  token of each span), ``head_span``/``child_span`` give the spans themselves.

Round-trips through ``bitgeul import``: text, metadata, labels, normalised values and relations.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import Value
from models.store import schema as s


def document_records(session: Session, annotator: str, *, doc_ids: Sequence[int] | None = None,
                     keep_label: Callable[[str], bool] | None = None,
                     only_annotated: bool = False, batch: int = 500) -> Iterator[dict[str, Any]]:
    """One record per document (all, or ``doc_ids`` in that order), read in batches."""
    if doc_ids is None:
        doc_ids = list(session.scalars(select(s.Document.id).order_by(s.Document.id)))
    for i in range(0, len(doc_ids), batch):
        chunk = list(doc_ids[i:i + batch])
        docs = {d.id: d for d in session.scalars(
            select(s.Document).where(s.Document.id.in_(chunk)))}
        anns: dict[int, list[s.Annotation]] = {}
        for a in session.scalars(select(s.Annotation).where(
                s.Annotation.document_id.in_(chunk), s.Annotation.annotator == annotator)
                .order_by(s.Annotation.start, s.Annotation.end, s.Annotation.id)):
            if keep_label is None or keep_label(a.label):
                anns.setdefault(a.document_id, []).append(a)
        all_ann_ids = [a.id for group in anns.values() for a in group]
        rels: dict[int, list[s.Relation]] = {}
        if all_ann_ids:
            for r in session.scalars(select(s.Relation).where(
                    s.Relation.head_id.in_(all_ann_ids)).order_by(s.Relation.id)):
                rels.setdefault(r.head_id, []).append(r)
        for doc_id in chunk:
            spans = anns.get(doc_id, [])
            if doc_id not in docs or (only_annotated and not spans):
                continue
            yield _record(docs[doc_id], spans, rels)


def _record(doc: s.Document, spans: list[s.Annotation],
            rels: dict[int, list[s.Relation]]) -> dict[str, Any]:
    meta: dict[str, Any] = dict(doc.meta or {})
    for key in ("title", "outlet", "author", "url", "external_id", "source_file"):
        v = getattr(doc, key)
        if v:
            meta[key] = v
    if doc.date:
        meta["date"] = doc.date.isoformat()
    index = {a.id: i for i, a in enumerate(spans)}
    tokens = tokenize(doc.text, [(a.start, a.end) for a in spans]) if spans else []
    first = {t["start"]: t["id"] for t in tokens}
    last = {t["end"]: t["id"] for t in tokens}
    out_spans = []
    for a in spans:
        span: dict[str, Any] = {"start": a.start, "end": a.end, "label": a.label,
                                "text": doc.text[a.start:a.end], "token_start": first[a.start],
                                "token_end": last[a.end], "status": a.status}
        value = Value.from_json(a.value)
        if value is not None:
            span.update(value.to_json())
        out_spans.append(span)

    def ref(i: int) -> dict[str, Any]:
        s = out_spans[i]
        return {k: s[k] for k in ("start", "end", "token_start", "token_end", "label")}

    out_rels = [{"head": out_spans[h]["token_end"], "child": out_spans[c]["token_end"],
                 "head_span": ref(h), "child_span": ref(c), "label": r.label,
                 **({"status": r.status} if r.status != "accepted" else {}), **(r.attrs or {})}
                for a in spans for r in rels.get(a.id, []) if r.tail_id in index
                for h, c in [(index[r.head_id], index[r.tail_id])]]
    record: dict[str, Any] = {"text": doc.text, "meta": meta, "spans": out_spans,
                              "label": [[a.start, a.end, a.label] for a in spans]}
    if tokens:
        record["tokens"] = tokens
    if out_rels:
        record["relations"] = out_rels
    return record


_PIECE = re.compile(r"\S+|\s+")


def tokenize(text: str, cuts: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Prodigy tokens: runs of non-space cut at every span boundary; a single space after a
    token is its ``ws``, other whitespace (line breaks, runs of spaces) a token of its own."""
    bounds = sorted({b for pair in cuts for b in pair})
    tokens: list[dict[str, Any]] = []
    k = 0
    for m in _PIECE.finditer(text):
        start, end = m.span()
        while k < len(bounds) and bounds[k] <= start:
            k += 1
        if m.group() == " " and tokens and tokens[-1]["end"] == start:
            tokens[-1]["ws"] = True
            continue
        pieces = []
        at = start
        while k < len(bounds) and bounds[k] < end:  # a span boundary inside the run
            pieces.append((at, bounds[k]))
            at = bounds[k]
            k += 1
        pieces.append((at, end))
        for a, b in pieces:
            tokens.append({"text": text[a:b], "start": a, "end": b, "id": len(tokens),
                           "ws": False})
    return tokens


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
