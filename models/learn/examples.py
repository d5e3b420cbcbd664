"""Training examples: from the project's decisions, or from an annotated corpus file.

A document the researcher marked done is fully annotated: everything not annotated in it is
"not an entity". In a document still in progress only the sentences that hold a decision (an
accepted or created span, or a rejected suggestion) count; the rest may simply not have been read
yet, and teaching the model that they hold nothing would teach it to miss names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.domain import RULE_LABELS, ImportedDoc, InputError, Span

if TYPE_CHECKING:
    from models.store.project import ProjectStore

TRAIN_FORMATS = ("bio", "kmou", "klp", "jsonl")


@dataclass(slots=True)
class Example:
    text: str
    spans: list[Span]  # gold
    doc_date: date | None = None
    # Character positions of decisions: only sentences holding one are used. None: all of them.
    anchors: list[int] | None = None
    key: str = ""  # stable document key (for splits)
    # A copy made for training only (models.learn.augment): it shares its original's key, so
    # the two always fall on the same side of a split, and it is never scored.
    synthetic: bool = False


@dataclass(slots=True)
class TrainingSet:
    examples: list[Example]
    source: str  # "project" or "file:<path>"
    hint_terms: list[tuple[str, str]] = field(default_factory=list)  # BigKinds hints
    decision_mark: int = 0
    annotation_mark: int = 0  # the newest annotation id: gold imported later counts as new

    @property
    def labels(self) -> list[str]:
        seen: dict[str, None] = {}
        for ex in self.examples:
            for s in ex.spans:
                seen.setdefault(s.label, None)
        return list(seen)


def doc_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def from_docs(docs: Iterable[ImportedDoc], source: str) -> TrainingSet:
    """Every document of an annotated corpus, fully annotated."""
    examples = [Example(d.text, list(d.spans), d.date, None, d.external_id or doc_key(d.text))
                for d in docs if d.text.strip()]
    return TrainingSet(examples, source)


def read_corpus(paths: Sequence[str | Path], fmt: str | None = None,
                limit: int | None = None, *, skip_invalid: bool = False,
                skipped: list[InputError] | None = None) -> TrainingSet:
    """An annotated corpus the user owns: KLUE-style BIO, KMOU, 2016klp or our JSONL with spans.

    ``skip_invalid``: a bad sentence or line is left out (and appended to ``skipped``) instead
    of refusing the whole corpus, as ``bitgeul import --skip-invalid`` does."""
    from models.importers.klp import iter_klp
    from models.importers.kmou import iter_kmou_corpus, read_kmou
    from models.importers.registry import iter_files, read_file

    if fmt is not None and fmt not in TRAIN_FORMATS:
        raise InputError(str(paths[0]) if paths else "train",
                         f"unknown format '{fmt}'; use one of: {', '.join(TRAIN_FORMATS)}")
    def each() -> Iterator[ImportedDoc]:
        for raw in paths:
            path = Path(raw)
            if not path.exists():
                raise InputError(str(path), "no such file or folder")
            if fmt == "kmou":
                yield from (iter_kmou_corpus(path) if path.is_dir() else read_kmou(path))
            elif fmt == "klp":
                yield from iter_klp(path)
            else:
                for f in iter_files([path]):
                    result = read_file(f, fmt={"bio": "klue"}.get(fmt or "", fmt),
                                       skip_invalid=skip_invalid)
                    if skipped is not None:
                        skipped.extend(result.skipped)
                    yield from result.docs

    docs = list(islice(each(), limit)) if limit is not None else list(each())
    annotated = [d for d in docs if d.spans]
    if not annotated:
        raise InputError(" ".join(str(p) for p in paths),
                         "no annotated spans found: training needs an annotated corpus")
    return from_docs(docs, "file:" + ", ".join(str(p) for p in paths))


def from_store(store: ProjectStore, annotator: str | None = None) -> TrainingSet:
    """The current annotator's decisions as training examples (see the module docstring)."""
    from models.learn.modelstore import marks
    from models.store import schema as s

    who = annotator or store.annotator
    mark, ann_mark = marks(store)
    with store.session() as session:
        ann_rows = session.execute(select(
            s.Annotation.document_id, s.Annotation.start, s.Annotation.end, s.Annotation.label)
            .where(s.Annotation.annotator == who)).all()
        rej_rows = session.execute(select(s.Suggestion.document_id, s.Suggestion.start)
                                   .join(s.Rejection, s.Rejection.suggestion_id == s.Suggestion.id)
                                   .where(s.Rejection.annotator == who)).all()
        done = set(session.scalars(select(s.DocStatus.document_id).where(
            s.DocStatus.annotator == who, s.DocStatus.status == "done")).all())
        doc_ids = sorted({r[0] for r in ann_rows} | {r[0] for r in rej_rows} | done)
        docs: dict[int, tuple[str, date | None, dict[str, object]]] = {}
        for n in range(0, len(doc_ids), 500):
            for row in session.execute(select(s.Document.id, s.Document.text, s.Document.date,
                                              s.Document.meta)
                                       .where(s.Document.id.in_(doc_ids[n:n + 500]))).all():
                docs[row[0]] = (row[1], row[2], row[3] or {})
        hints = session.scalars(select(s.Document.meta)).all()
    spans: dict[int, list[Span]] = {}
    anchors: dict[int, list[int]] = {}
    for doc_id, start, end, label in ann_rows:
        text = docs[doc_id][0]
        spans.setdefault(doc_id, []).append(Span(start, end, label, text[start:end], "gold"))
        anchors.setdefault(doc_id, []).append(start)
    for doc_id, start in rej_rows:
        anchors.setdefault(doc_id, []).append(start)
    examples = []
    for doc_id in doc_ids:
        text, doc_date, _meta = docs[doc_id]
        gold = _without_overlaps(spans.get(doc_id, []))
        examples.append(Example(text, gold, doc_date,
                                None if doc_id in done else sorted(anchors.get(doc_id, [])),
                                f"doc:{doc_id}"))
    hint_terms = sorted({(name, label) for meta in hints
                         for label, names in (meta or {}).get("hints", {}).items()
                         for name in names if name and label not in RULE_LABELS})
    return TrainingSet(examples, "project", hint_terms, mark, ann_mark)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """A flat layer for BIO: a PROJECT may contain entities, so it yields to them; otherwise
    the longer span wins."""
    order = sorted(spans, key=lambda s: (s.label == "PROJECT", -(s.end - s.start), s.start))
    kept: list[Span] = []
    for s in order:
        if not any(s.overlaps(k) for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)
