"""Merging another researcher's project file into this project, without a server.

Documents are matched by content hash (the same text from the same outlet); theirs that we lack
are added with their engine runs and suggestions. Their annotations, links, rejections, document
statuses and decision log are copied with their annotator names kept, under new ids. The
decision snapshots are rewritten to the new ids, so each annotator can still undo what they did
in the other file (ids of rows deleted there get fresh ids here, never ones in use).

Merging is a union and is idempotent: a row we already have is recognised by its content
(a span by document, annotator, bounds and label; a decision by annotator, time, action and
description) and not added again, so merging the same file twice adds nothing. It all happens in
one transaction: on any error nothing is merged.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.domain import InputError
from models.store import ingest
from models.store import schema as s
from models.store.db import current_revision, head_revision, open_database

if TYPE_CHECKING:
    from models.store.project import ProjectStore

_STATUS_RANK = {"new": 0, "in_progress": 1, "done": 2}
_PLACEHOLDER = "(merge)"  # annotator name of the throwaway rows that reserve ids


@dataclass
class MergeSummary:
    documents_added: int = 0
    documents_matched: int = 0
    suggestions: int = 0
    annotations: int = 0
    relations: int = 0
    rejections: int = 0
    statuses: int = 0
    decisions: int = 0
    # Spans added for an annotator who already had a different, overlapping span there (the
    # same person worked on the document in both files): both are kept, for review.
    conflicts: int = 0
    annotators: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def added(self) -> int:
        return (self.documents_added + self.annotations + self.relations + self.rejections
                + self.statuses + self.decisions)


@contextmanager
def _open_other(path: Path, head: str) -> Iterator[Session]:
    """A session on the other file, upgraded (as a temporary copy) to our schema if older."""
    if not path.is_file():
        raise InputError(str(path), "no such project file")
    db = open_database(path, migrate=False, backup=False)
    tmp: Path | None = None
    try:
        try:
            rev = current_revision(db.engine)
        except Exception as exc:  # not SQLite, damaged …
            raise InputError(str(path), f"not a Bitgeul project ({exc})") from exc
        if rev is None:
            raise InputError(str(path), "not a Bitgeul project")
        if rev != head:
            db.close()
            # Never change their file: upgrade a copy.
            fd, name = tempfile.mkstemp(suffix=".sqlite3", prefix="bitgeul-merge-")
            os.close(fd)
            tmp = Path(name)
            src = sqlite3.connect(path)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                src.close()
                dst.close()
            try:
                db = open_database(tmp, backup=False)
            except Exception as exc:  # a revision this version does not know
                raise InputError(str(path), f"cannot read this project file ({exc}); "
                                 "is it from a newer Bitgeul?") from exc
        with db.session() as session:
            yield session
    finally:
        db.close()
        if tmp is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)


def merge_project(store: ProjectStore, other: str | os.PathLike[str]) -> MergeSummary:
    """Merge the SQLite project file ``other`` into ``store``'s project (one transaction)."""
    path = Path(other).expanduser().resolve()
    with _open_other(path, head_revision(store.db.engine)) as theirs, \
            store.session() as ours:
        return _Merger(theirs, ours, store.project_id).run()


def _utc(at: datetime) -> datetime:
    """SQLite hands times back without a zone; they are UTC (``schema.utcnow``). Say so, or a
    PostgreSQL server would read them in its own zone."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _at_key(at: datetime) -> str:
    """Decision times compare across backends: naive UTC (SQLite drops the zone)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat()


class _Merger:
    def __init__(self, theirs: Session, ours: Session, project_id: int) -> None:
        self.t, self.o, self.project_id = theirs, ours, project_id
        self.sum = MergeSummary()
        self.docs: dict[int, int] = {}  # their id → our id, per table
        self.suggs: dict[int, int] = {}
        self.anns: dict[int, int] = {}
        self.rels: dict[int, int] = {}
        self.decs: dict[int, int] = {}
        self.lengths: dict[int, int] = {}  # our document id → length

    def run(self) -> MergeSummary:
        new_docs = self._documents()
        self._labels()
        self._suggestions(new_docs)
        self._annotations()
        self._relations()
        self._rejections()
        self._statuses()
        self._decisions()
        self.o.flush()
        return self.sum

    # -- documents, labels, suggestions ------------------------------------------------------------

    def _documents(self) -> set[int]:
        ours = dict(self.o.execute(select(s.Document.content_hash, s.Document.id)).all())
        new: set[int] = set()
        for d in self.t.scalars(select(s.Document).order_by(s.Document.id)):
            if d.content_hash in ours:
                self.docs[d.id] = ours[d.content_hash]
                self.sum.documents_matched += 1
                continue
            row = s.Document(project_id=self.project_id, text=d.text, length=d.length,
                             content_hash=d.content_hash, title=d.title, date=d.date,
                             outlet=d.outlet, author=d.author, url=d.url,
                             external_id=d.external_id, source_file=d.source_file,
                             meta=d.meta, repeats=d.repeats, imported_at=_utc(d.imported_at))
            self.o.add(row)
            self.o.flush()
            ours[d.content_hash] = self.docs[d.id] = row.id
            new.add(d.id)
            self.sum.documents_added += 1
        self.lengths = dict(self.o.execute(select(s.Document.id, s.Document.length)).all())
        return new

    def _labels(self) -> None:
        names = set(self.t.scalars(select(s.Annotation.label).distinct()))
        names |= set(self.t.scalars(select(s.Suggestion.label).distinct()))
        for name in sorted(names):
            ingest.ensure_label(self.o, self.project_id, name)

    def _suggestions(self, new_docs: set[int]) -> None:
        # Matched documents: their suggestion stands for ours with the same bounds and label
        # (the newest such one); a suggestion we never made maps to nothing.
        ours: dict[tuple[int, int, int, str], int] = {}
        for sid, doc, start, end, label in self.o.execute(select(
                s.Suggestion.id, s.Suggestion.document_id, s.Suggestion.start, s.Suggestion.end,
                s.Suggestion.label).order_by(s.Suggestion.id)):
            ours[(doc, start, end, label)] = sid
        runs: dict[int, int] = {}
        for run in self.t.scalars(select(s.Run).order_by(s.Run.id)):
            if run.document_id in new_docs:
                row = s.Run(document_id=self.docs[run.document_id], engine=run.engine,
                            created_at=_utc(run.created_at))
                self.o.add(row)
                self.o.flush()
                runs[run.id] = row.id
        copied: dict[int, s.Suggestion] = {}
        for g in self.t.scalars(select(s.Suggestion).order_by(s.Suggestion.id)):
            doc = self.docs[g.document_id]
            if g.run_id in runs:
                copied[g.id] = s.Suggestion(
                    run_id=runs[g.run_id], document_id=doc, doc_length=g.doc_length,
                    start=g.start, end=g.end, label=g.label, source=g.source, score=g.score,
                    value=g.value)
            elif (doc, g.start, g.end, g.label) in ours:
                self.suggs[g.id] = ours[(doc, g.start, g.end, g.label)]
        self.o.add_all(copied.values())
        self.o.flush()  # one INSERT … RETURNING for all of them
        self.suggs.update((their, row.id) for their, row in copied.items())
        self.sum.suggestions += len(copied)
        for link in self.t.scalars(select(s.SuggestionLink)):
            if link.head_id in copied and link.tail_id in copied:
                self.o.add(s.SuggestionLink(head_id=self.suggs[link.head_id],
                                            tail_id=self.suggs[link.tail_id], label=link.label,
                                            score=link.score, attrs=link.attrs))
        self.o.flush()

    # -- annotations and what hangs on them --------------------------------------------------------

    def _annotations(self) -> None:
        key_to_id: dict[tuple[int, str, int, int, str], int] = {}
        spans_of: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        taken: set[tuple[int, str]] = set()  # (suggestion, annotator): accepted once each
        for aid, doc, who, start, end, label, sid in self.o.execute(select(
                s.Annotation.id, s.Annotation.document_id, s.Annotation.annotator,
                s.Annotation.start, s.Annotation.end, s.Annotation.label,
                s.Annotation.suggestion_id)):
            key_to_id.setdefault((doc, who, start, end, label), aid)
            spans_of.setdefault((doc, who), []).append((start, end, label))
            if sid is not None:
                taken.add((sid, who))
        who_seen: set[str] = set()
        added: dict[tuple[int, str, int, int, str], s.Annotation] = {}
        pending: dict[int, tuple[int, str, int, int, str]] = {}  # their id → key of a new row
        for a in self.t.scalars(select(s.Annotation).order_by(s.Annotation.id)):
            doc = self.docs[a.document_id]
            key = (doc, a.annotator, a.start, a.end, a.label)
            who_seen.add(a.annotator)
            if key in key_to_id:
                self.anns[a.id] = key_to_id[key]
                continue
            if key in added:
                pending[a.id] = key
                continue
            sid = self.suggs.get(a.suggestion_id) if a.suggestion_id is not None else None
            if sid is not None and (sid, a.annotator) in taken:
                sid = None
            mine = spans_of.get((doc, a.annotator), ())
            if any(st < a.end and a.start < e for st, e, _l in mine):
                self.sum.conflicts += 1
            added[key] = s.Annotation(
                document_id=doc, doc_length=a.doc_length, annotator=a.annotator, start=a.start,
                end=a.end, label=a.label, status=a.status, value=a.value, suggestion_id=sid,
                version=a.version, updated_at=_utc(a.updated_at))
            pending[a.id] = key
            if sid is not None:
                taken.add((sid, a.annotator))
        self.o.add_all(added.values())
        self.o.flush()
        for their, key in pending.items():
            self.anns[their] = added[key].id
        self.sum.annotations += len(added)
        self.sum.annotators = sorted(who_seen)

    def _relations(self) -> None:
        ours = {(h, t, label): rid for rid, h, t, label in self.o.execute(select(
            s.Relation.id, s.Relation.head_id, s.Relation.tail_id, s.Relation.label))}
        added: dict[tuple[int, int, str], s.Relation] = {}
        pending: dict[int, tuple[int, int, str]] = {}
        for r in self.t.scalars(select(s.Relation).order_by(s.Relation.id)):
            key = (self.anns[r.head_id], self.anns[r.tail_id], r.label)
            if key in ours:
                self.rels[r.id] = ours[key]
                continue
            added.setdefault(key, s.Relation(head_id=key[0], tail_id=key[1], label=r.label,
                                             annotator=r.annotator, status=r.status,
                                             score=r.score, attrs=r.attrs))
            pending[r.id] = key
        self.o.add_all(added.values())
        self.o.flush()
        for their, key in pending.items():
            self.rels[their] = added[key].id
        self.sum.relations += len(added)

    def _rejections(self) -> None:
        ours: set[tuple[int, str]] = {(sid, who) for sid, who in self.o.execute(
            select(s.Rejection.suggestion_id, s.Rejection.annotator))}
        for r in self.t.scalars(select(s.Rejection).order_by(s.Rejection.id)):
            sid = self.suggs.get(r.suggestion_id)
            if sid is None or (sid, r.annotator) in ours:
                continue
            self.o.add(s.Rejection(suggestion_id=sid, annotator=r.annotator))
            ours.add((sid, r.annotator))
            self.sum.rejections += 1
        self.o.flush()

    def _statuses(self) -> None:
        for st in self.t.scalars(select(s.DocStatus)):
            doc = self.docs[st.document_id]
            row = self.o.get(s.DocStatus, (doc, st.annotator))
            if row is None:
                self.o.add(s.DocStatus(document_id=doc, annotator=st.annotator, status=st.status,
                                       updated_at=_utc(st.updated_at)))
                self.sum.statuses += 1
            elif _STATUS_RANK[st.status] > _STATUS_RANK[row.status]:
                row.status, row.updated_at = st.status, _utc(st.updated_at)
                self.sum.statuses += 1
        self.o.flush()

    # -- the decision log --------------------------------------------------------------------------

    def _decisions(self) -> None:
        ours: dict[tuple[str, str, str, str], list[int]] = {}
        for did, who, at, action, desc in self.o.execute(select(
                s.Decision.id, s.Decision.annotator, s.Decision.at, s.Decision.action,
                s.Decision.description).order_by(s.Decision.id)):
            ours.setdefault((who, _at_key(at), action, desc), []).append(did)
        for d in self.t.scalars(select(s.Decision).order_by(s.Decision.id)):
            same = ours.get((d.annotator, _at_key(d.at), d.action, d.description))
            if same:
                self.decs[d.id] = same.pop(0)
                continue
            doc = self.docs.get(d.document_id) if d.document_id is not None else None
            row = s.Decision(
                group_id=self.decs.get(d.group_id, 0), at=_utc(d.at), annotator=d.annotator,
                action=d.action, document_id=doc,
                suggestion_id=self.suggs.get(d.suggestion_id) if d.suggestion_id else None,
                annotation_id=self._ann(d.annotation_id, doc) if d.annotation_id else None,
                reverts=self.decs.get(d.reverts) if d.reverts is not None else None,
                description=d.description, before=self._snapshot(d.before, doc),
                after=self._snapshot(d.after, doc))
            self.o.add(row)
            self.o.flush()
            self.decs[d.id] = row.id
            if d.group_id == d.id or row.group_id == 0:
                row.group_id = row.id
            self.sum.decisions += 1

    def _snapshot(self, snap: dict[str, Any], doc: int | None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in (snap or {}).items():
            kind, _, rest = key.partition(":")
            if kind == "annotation":
                new_id = self._ann(int(rest), doc)
                out[f"annotation:{new_id}"] = None if value is None else {
                    **value, "id": new_id, "document_id": self.docs[value["document_id"]],
                    "suggestion_id": self.suggs.get(value["suggestion_id"])}
            elif kind == "relation":
                new_id = self._rel(int(rest), doc)
                out[f"relation:{new_id}"] = None if value is None else {
                    **value, "id": new_id, "head_id": self._ann(value["head_id"], doc),
                    "tail_id": self._ann(value["tail_id"], doc)}
            elif kind == "rejection":
                sid, _, who = rest.partition(":")
                if int(sid) in self.suggs:
                    out[f"rejection:{self.suggs[int(sid)]}:{who}"] = value
            elif kind == "status":
                their_doc, _, who = rest.partition(":")
                if int(their_doc) in self.docs:
                    out[f"status:{self.docs[int(their_doc)]}:{who}"] = value
        return out

    def _ann(self, their_id: int, doc: int | None) -> int:
        if their_id not in self.anns:  # deleted in their file: reserve an id never used here
            self.anns[their_id] = self._reserve(doc)[0]
        return self.anns[their_id]

    def _rel(self, their_id: int, doc: int | None) -> int:
        if their_id not in self.rels:
            self.rels[their_id] = self._reserve(doc, relation=True)[1]
        return self.rels[their_id]

    def _reserve(self, doc: int | None, *, relation: bool = False) -> tuple[int, int]:
        """Take a fresh annotation (and relation) id by adding a row and removing it again.

        Ids are never reused (AUTOINCREMENT / sequences), so undo can re-create the row
        there later without touching anyone else's.
        """
        doc = doc if doc is not None else next(iter(self.lengths))
        ann = s.Annotation(document_id=doc, doc_length=self.lengths[doc], annotator=_PLACEHOLDER,
                           start=0, end=1, label="_", status="manual", version=1)
        self.o.add(ann)
        self.o.flush()
        rel_id = 0
        if relation:
            rel = s.Relation(head_id=ann.id, tail_id=ann.id, label="_", annotator=_PLACEHOLDER)
            self.o.add(rel)
            self.o.flush()
            rel_id = rel.id
            self.o.delete(rel)
            self.o.flush()
        self.o.delete(ann)
        self.o.flush()
        return ann.id, rel_id
