"""Merging another researcher's project file into this project, without a server.

Documents are matched by content hash, recomputed from their text (the same text from the same
outlet); theirs that we lack are added with their engine runs and suggestions. Their
annotations, links, rejections, document statuses and decision log are copied with their
annotator names kept, under new ids. The decision snapshots are rewritten to the new ids, so
each annotator can still undo what they did in the other file, and only that: a step that names
someone else's row is kept in the log but cannot change that row.

A merge is not a plain union: each file's decision log says which spans were deleted (or their
suggestion rejected) there. A span deleted here is not brought back from their file unless they
changed it after it was deleted (a true conflict: kept, and listed for review); a span they
deleted is deleted here too unless it was changed here afterwards (again a conflict). The
reviewed layer (annotator ``review``) is taken only when asked for.

A row we already have is recognised by its content (a span by document, annotator, bounds and
label; a decision by annotator, time, action and description), so merging the same file twice
changes nothing. It all happens in one transaction: on any error nothing is merged, and a dry
run rolls it back and reports what it would have changed. Their file is only read
(``models.team.their_file``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from models.domain import InputError
from models.store import ingest
from models.store import schema as s
from models.store.db import head_revision
from models.team import REVIEWER
from models.team.their_file import PLACEHOLDER, Checker, naive_utc, open_their_file

if TYPE_CHECKING:
    from models.store.project import ProjectStore

_STATUS_RANK = {"new": 0, "in_progress": 1, "done": 2}
_ACTIONS = {"accept", "reject", "correct", "create", "delete", "update", "link", "unlink",
            "status", "undo", "redo"}
_PLACEHOLDER = PLACEHOLDER
SpanKey = tuple[int, str, int, int, str]  # (our document id, annotator, start, end, label)


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
    deleted: int = 0  # our spans removed: deleted in their file after our last change
    kept_deleted: int = 0  # their spans not brought back: deleted or rejected here
    review_skipped: int = 0  # rows of their reviewed layer, not taken (include_review=False)
    recomputed: int = 0  # documents whose stored length or hash did not match their text
    foreign_steps: int = 0  # snapshot entries dropped: a step naming someone else's row
    notes: list[str] = field(default_factory=list)  # the true conflicts, one line each
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def added(self) -> int:
        """How many changes the merge makes (0: nothing new)."""
        return (self.documents_added + self.annotations + self.relations + self.rejections
                + self.statuses + self.decisions + self.deleted)

    def lines(self) -> list[str]:
        """What the merge changed (or, in a dry run, would change), for people."""
        verb = "would add" if self.dry_run else "added"
        out = [f"{self.documents_added} documents {verb}, {self.documents_matched} already "
               f"here; {self.annotations} spans, {self.relations} links, {self.decisions} "
               f"decisions {verb} (annotators: {', '.join(self.annotators) or '-'})"]
        if self.deleted:
            out.append(f"{self.deleted} spans deleted in that file {'would be' if self.dry_run else 'were'} "
                       "deleted here too")
        if self.kept_deleted:
            out.append(f"{self.kept_deleted} spans deleted or rejected here stay deleted")
        if self.conflicts or self.notes:
            out.append(f"{self.conflicts} conflicts kept for review (`bitgeul review`)")
            out.extend(f"  {note}" for note in self.notes[:20])
        if self.review_skipped:
            out.append(f"{self.review_skipped} rows of their reviewed layer not taken "
                       "(--include-review takes them)")
        if self.recomputed:
            out.append(f"{self.recomputed} documents had a wrong length or hash in that file "
                       "(recomputed from the text)")
        if self.foreign_steps:
            out.append(f"{self.foreign_steps} logged steps named someone else's span; kept in "
                       "the log, not undoable")
        if not self.added:
            out.append("nothing new to merge")
        return out


def merge_project(store: ProjectStore, other: str | os.PathLike[str], *, dry_run: bool = False,
                  include_review: bool = False) -> MergeSummary:
    """Merge the SQLite project file ``other`` into ``store``'s project (one transaction).

    ``dry_run``: work it all out, report it, change nothing. ``include_review``: take their
    reviewed layer too (it is what reports export with ``--annotator review``).
    """
    path = Path(other).expanduser().resolve()
    check = Checker(path)
    with open_their_file(path, head_revision(store.db.engine)) as theirs, \
            store.db.session() as ours:
        try:
            summary = _Merger(theirs, ours, store.project_id, check, include_review).run()
            summary.dry_run = dry_run
            if dry_run:
                ours.rollback()
            else:
                ours.commit()
        except InputError:
            ours.rollback()
            raise
        except (SQLAlchemyError, ValueError, TypeError, KeyError) as exc:
            # A value SQLite kept that is not what the column says (a date that is no date…)
            ours.rollback()
            first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["?"])[0]
            raise InputError(str(path), f"cannot merge this file ({first[:200]}); nothing was "
                             "merged") from exc
    return summary


def _utc(at: Any) -> datetime:
    """SQLite hands times back without a zone; they are UTC (``schema.utcnow``). Say so, or a
    PostgreSQL server would read them in its own zone. Anything not a time becomes now."""
    if not isinstance(at, datetime):
        return datetime.now(UTC)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _at_key(at: datetime) -> str:
    """Decision times compare across backends: naive UTC (SQLite drops the zone)."""
    return naive_utc(at).isoformat()


class _Merger:
    def __init__(self, theirs: Session, ours: Session, project_id: int, check: Checker,
                 include_review: bool) -> None:
        self.t, self.o, self.project_id = theirs, ours, project_id
        self.check = check
        self.include_review = include_review
        self.sum = MergeSummary()
        self.docs: dict[int, int] = {}  # their id → our id, per table
        self.suggs: dict[int, int] = {}
        self.anns: dict[int, int] = {}
        self.rels: dict[int, int] = {}
        self.decs: dict[int, int] = {}
        self.lengths: dict[int, int] = {}  # our document id → length
        self.their_lengths: dict[int, int] = {}  # their document id → length of its text
        self.owner: dict[int, str] = {}  # our annotation id → its annotator

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

    def _skip(self, who: str) -> bool:
        """Their reviewed layer is not taken unless asked for."""
        if who == REVIEWER and not self.include_review:
            self.sum.review_skipped += 1
            return True
        return False

    # -- documents, labels, suggestions ------------------------------------------------------------

    def _documents(self) -> set[int]:
        ours = dict(self.o.execute(select(s.Document.content_hash, s.Document.id)).all())
        new: set[int] = set()
        for d in self.t.scalars(select(s.Document).order_by(s.Document.id)):
            text = self.check.text(d.id, d.text)
            outlet = d.outlet if isinstance(d.outlet, str) else None
            # Never their word for it: the length guards every span, the hash matches texts.
            key = ingest.document_key(text, outlet)
            self.their_lengths[d.id] = len(text)
            if (d.length, d.content_hash) != (len(text), key):
                self.sum.recomputed += 1
            if key in ours:
                self.docs[d.id] = ours[key]
                self.sum.documents_matched += 1
                continue
            repeats = d.repeats if isinstance(d.repeats, list) and all(
                isinstance(r, list) and len(r) == 3 and all(isinstance(x, int) for x in r)
                and 0 <= r[0] < r[1] <= len(text) and 0 <= r[2] < len(text)
                for r in d.repeats) else []
            row = s.Document(project_id=self.project_id, text=text, length=len(text),
                             content_hash=key, title=_cut(d.title, 500) or text[:40],
                             date=d.date, outlet=_cut(outlet, 200), author=_cut(d.author, 200),
                             url=_cut(d.url, 2000), external_id=_cut(d.external_id, 200),
                             source_file=_cut(d.source_file, 1000),
                             meta=d.meta if isinstance(d.meta, dict) else {}, repeats=repeats,
                             imported_at=_utc(d.imported_at))
            self.o.add(row)
            self.o.flush()
            ours[key] = self.docs[d.id] = row.id
            new.add(d.id)
            self.sum.documents_added += 1
        self.lengths = dict(self.o.execute(select(s.Document.id, s.Document.length)).all())
        return new

    def _labels(self) -> None:
        names = set(self.t.scalars(select(s.Annotation.label).distinct()))
        names |= set(self.t.scalars(select(s.Suggestion.label).distinct()))
        for name in sorted(names):
            ingest.ensure_label(self.o, self.project_id, self.check.label(name))

    def _span(self, what: str, their_doc: int, start: Any, end: Any) -> int:
        """Our document id for their span, after checking its bounds against the text."""
        if their_doc not in self.docs:
            raise self.check.fail(f"{what} names document {their_doc}, which is not in the file")
        self.check.bounds(f"{what} in document {their_doc}:", start, end,
                          self.their_lengths[their_doc])
        return self.docs[their_doc]

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
                row = s.Run(document_id=self.docs[run.document_id],
                            engine=_cut(str(run.engine), 100) or "?",
                            created_at=_utc(run.created_at))
                self.o.add(row)
                self.o.flush()
                runs[run.id] = row.id
        copied: dict[int, s.Suggestion] = {}
        for g in self.t.scalars(select(s.Suggestion).order_by(s.Suggestion.id)):
            doc = self._span(f"suggestion {g.id}", g.document_id, g.start, g.end)
            label = self.check.label(g.label)
            if g.run_id in runs:
                copied[g.id] = s.Suggestion(
                    run_id=runs[g.run_id], document_id=doc, doc_length=self.lengths[doc],
                    start=g.start, end=g.end, label=label, source=_cut(str(g.source), 50),
                    score=_score(g.score), value=g.value if isinstance(g.value, dict) else None)
            elif (doc, g.start, g.end, label) in ours:
                self.suggs[g.id] = ours[(doc, g.start, g.end, label)]
        self.o.add_all(copied.values())
        self.o.flush()  # one INSERT … RETURNING for all of them
        self.suggs.update((their, row.id) for their, row in copied.items())
        self.sum.suggestions += len(copied)
        for link in self.t.scalars(select(s.SuggestionLink)):
            if link.head_id in copied and link.tail_id in copied:
                self.o.add(s.SuggestionLink(head_id=self.suggs[link.head_id],
                                            tail_id=self.suggs[link.tail_id],
                                            label=self.check.label(link.label),
                                            score=_score(link.score), attrs=_attrs(link.attrs)))
        self.o.flush()

    # -- annotations and what hangs on them --------------------------------------------------------

    def _annotations(self) -> None:
        from models.team.merge_log import rejection_times, span_events

        key_to_id: dict[SpanKey, int] = {}
        changed_at: dict[int, datetime] = {}
        spans_of: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        taken: set[tuple[int, str]] = set()  # (suggestion, annotator): accepted once each
        for aid, doc, who, start, end, label, sid, at in self.o.execute(select(
                s.Annotation.id, s.Annotation.document_id, s.Annotation.annotator,
                s.Annotation.start, s.Annotation.end, s.Annotation.label,
                s.Annotation.suggestion_id, s.Annotation.updated_at)):
            key_to_id.setdefault((doc, who, start, end, label), aid)
            changed_at[aid] = naive_utc(at)
            self.owner[aid] = who
            spans_of.setdefault((doc, who), []).append((start, end, label))
            if sid is not None:
                taken.add((sid, who))
        ours_log = span_events(self.o, None, None)
        theirs_log = span_events(self.t, self.docs, self.check)
        our_rejected = rejection_times(self.o)
        rejected_here = {(sid, who) for sid, who in self.o.execute(
            select(s.Rejection.suggestion_id, s.Rejection.annotator))}
        rows = []
        for a in self.t.scalars(select(s.Annotation).order_by(s.Annotation.id)):
            doc = self._span(f"span {a.id}", a.document_id, a.start, a.end)
            who, label = self.check.name(a.annotator), self.check.label(a.label)
            if a.status not in ("accepted", "corrected", "manual"):
                raise self.check.fail(f"span {a.id} has an unknown status {str(a.status)[:20]!r}")
            if self._skip(who):
                continue
            rows.append((a, (doc, who, a.start, a.end, label)))
        their_keys = {key for _a, key in rows}

        # Their deletions: a span of ours that they deleted (its owner did) after our last
        # change goes here too; one changed here since is a conflict, kept.
        for key, aid in key_to_id.items():
            event = theirs_log.get(key)
            if key in their_keys or event is None or event.present or event.who != key[1]:
                continue
            if changed_at[aid] <= event.at:
                self.o.execute(delete(s.Relation).where(
                    (s.Relation.head_id == aid) | (s.Relation.tail_id == aid)))
                self.o.execute(delete(s.Annotation).where(s.Annotation.id == aid))
                for their_id in event.ids:
                    self.anns[their_id] = aid  # their log's steps act on our row
                self.sum.deleted += 1
            else:
                self._note(key, "deleted in their file, changed here since: kept")

        who_seen: set[str] = set()
        added: dict[SpanKey, s.Annotation] = {}
        pending: dict[int, SpanKey] = {}  # their id → key of a new row
        for a, key in rows:
            doc, who = key[0], key[1]
            who_seen.add(who)
            if key in key_to_id:
                self.anns[a.id] = key_to_id[key]
                continue
            if key in added:
                pending[a.id] = key
                continue
            when = naive_utc(_utc(a.updated_at))
            event = ours_log.get(key)
            sid = self.suggs.get(a.suggestion_id) if a.suggestion_id is not None else None
            if event is not None and not event.present:
                if when <= event.at:  # deleted here after their last change: stays deleted
                    self.sum.kept_deleted += 1
                    continue
                self._note(key, "deleted here, changed in their file since: kept")
            if sid is not None and (sid, who) in rejected_here:
                if when <= our_rejected.get((sid, who), datetime.max):
                    self.sum.kept_deleted += 1  # rejected here after they accepted it
                    continue
                self.o.execute(delete(s.Rejection).where(s.Rejection.suggestion_id == sid,
                                                         s.Rejection.annotator == who))
                rejected_here.discard((sid, who))
                self._note(key, "rejected here, accepted in their file since: kept")
            if sid is not None and (sid, who) in taken:
                sid = None
            mine = spans_of.get((doc, who), ())
            if any(st < a.end and a.start < e for st, e, _l in mine):
                self.sum.conflicts += 1
            added[key] = s.Annotation(
                document_id=doc, doc_length=self.lengths[doc], annotator=who, start=a.start,
                end=a.end, label=key[4], status=a.status,
                value=a.value if isinstance(a.value, dict) else None, suggestion_id=sid,
                version=a.version if isinstance(a.version, int) and a.version > 0 else 1,
                updated_at=_utc(a.updated_at))
            pending[a.id] = key
            if sid is not None:
                taken.add((sid, who))
        self.o.add_all(added.values())
        self.o.flush()
        for their, key in pending.items():
            self.anns[their] = added[key].id
            self.owner[added[key].id] = key[1]
        self.sum.annotations += len(added)
        self.sum.annotators = sorted(who_seen)

    def _note(self, key: SpanKey, what: str) -> None:
        doc, who, start, end, label = key
        self.sum.conflicts += 1
        self.sum.notes.append(f"document {doc}: {who}'s {label} {start}..{end} {what}")

    def _relations(self) -> None:
        ours = {(h, t, label): rid for rid, h, t, label in self.o.execute(select(
            s.Relation.id, s.Relation.head_id, s.Relation.tail_id, s.Relation.label))}
        added: dict[tuple[int, int, str], s.Relation] = {}
        pending: dict[int, tuple[int, int, str]] = {}
        for r in self.t.scalars(select(s.Relation).order_by(s.Relation.id)):
            if r.head_id not in self.anns or r.tail_id not in self.anns:
                continue  # an end not taken (their reviewed layer, deleted here)
            who = self.check.name(r.annotator)
            if self._skip(who):
                continue
            key = (self.anns[r.head_id], self.anns[r.tail_id], self.check.label(r.label))
            if key in ours:
                self.rels[r.id] = ours[key]
                continue
            added.setdefault(key, s.Relation(head_id=key[0], tail_id=key[1], label=key[2],
                                             annotator=who, status=_relation_status(r.status),
                                             score=_score(r.score), attrs=_attrs(r.attrs)))
            pending[r.id] = key
        self.o.add_all(added.values())
        self.o.flush()
        for their, key in pending.items():
            self.rels[their] = added[key].id
        self.sum.relations += len(added)

    def _rejections(self) -> None:
        ours: set[tuple[int, str]] = {(sid, who) for sid, who in self.o.execute(
            select(s.Rejection.suggestion_id, s.Rejection.annotator))}
        accepted = {(sid, who) for sid, who in self.o.execute(
            select(s.Annotation.suggestion_id, s.Annotation.annotator))}
        for r in self.t.scalars(select(s.Rejection).order_by(s.Rejection.id)):
            sid = self.suggs.get(r.suggestion_id)
            who = self.check.name(r.annotator)
            if sid is None or (sid, who) in ours or (sid, who) in accepted or self._skip(who):
                continue
            self.o.add(s.Rejection(suggestion_id=sid, annotator=who))
            ours.add((sid, who))
            self.sum.rejections += 1
        self.o.flush()

    def _statuses(self) -> None:
        for st in self.t.scalars(select(s.DocStatus)):
            doc = self.docs.get(st.document_id)
            who = self.check.name(st.annotator)
            if doc is None or st.status not in _STATUS_RANK or self._skip(who):
                continue
            row = self.o.get(s.DocStatus, (doc, who))
            if row is None:
                self.o.add(s.DocStatus(document_id=doc, annotator=who, status=st.status,
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
            who = self.check.name(d.annotator)
            if d.action not in _ACTIONS:
                raise self.check.fail(f"decision {d.id} has an unknown action "
                                      f"{str(d.action)[:20]!r}")
            if not isinstance(d.before, dict) or not isinstance(d.after, dict):
                raise self.check.fail(f"decision {d.id} has a malformed snapshot")
            at = _utc(d.at)
            description = str(d.description or "")[:200]
            same = ours.get((who, _at_key(at), d.action, description))
            if same:
                self.decs[d.id] = same.pop(0)
                continue
            if self._skip(who):
                continue
            doc = self.docs.get(d.document_id) if d.document_id is not None else None
            row = s.Decision(
                group_id=self.decs.get(d.group_id, 0), at=at, annotator=who,
                action=d.action, document_id=doc,
                suggestion_id=self.suggs.get(d.suggestion_id) if d.suggestion_id else None,
                annotation_id=self.anns.get(d.annotation_id) if d.annotation_id else None,
                reverts=self.decs.get(d.reverts) if d.reverts is not None else None,
                description=description, before=self._snapshot(d.id, who, d.before, doc),
                after=self._snapshot(d.id, who, d.after, doc))
            self.o.add(row)
            self.o.flush()
            self.decs[d.id] = row.id
            if d.group_id == d.id or row.group_id == 0:
                row.group_id = row.id
            self.sum.decisions += 1

    def _snapshot(self, decision: int, who: str, snap: dict[str, Any],
                  doc: int | None) -> dict[str, Any]:
        """Their snapshot under our ids, checked; entries naming a row that is not ``who``'s
        are dropped (the step stays in the log, but undo cannot touch someone else's row)."""
        out: dict[str, Any] = {}
        for key, value in snap.items():
            kind, parts = self.check.snapshot_key(decision, key)
            if kind == "annotation":
                value = self.check.ann_snapshot(decision, value)
                their_id = int(parts[0])
                new_id = self._ann(their_id, doc, who)
                if value is not None:
                    our_doc = self.docs.get(value["document_id"])
                    if our_doc is None:
                        continue
                    self.check.bounds(f"decision {decision}: span", value["start"],
                                      value["end"], self.lengths[our_doc])
                    value = {**value, "id": new_id, "document_id": our_doc,
                             "doc_length": self.lengths[our_doc],
                             "suggestion_id": self.suggs.get(value["suggestion_id"])}
                if self.owner.get(new_id) != who or (value is not None
                                                     and value["annotator"] != who):
                    self.sum.foreign_steps += 1
                    continue
                out[f"annotation:{new_id}"] = value
            elif kind == "relation":
                value = self.check.rel_snapshot(decision, value)
                new_id = self._rel(int(parts[0]), doc)
                if value is not None:
                    head, tail = (self._ann(value["head_id"], doc, who),
                                  self._ann(value["tail_id"], doc, who))
                    if value["annotator"] != who or self.owner.get(head) != who:
                        self.sum.foreign_steps += 1
                        continue
                    value = {**value, "id": new_id, "head_id": head, "tail_id": tail}
                out[f"relation:{new_id}"] = value
            elif kind == "rejection":
                sid, owner = int(parts[0]), parts[1]
                if owner != who:
                    self.sum.foreign_steps += 1
                elif sid in self.suggs:
                    out[f"rejection:{self.suggs[sid]}:{owner}"] = bool(value)
            else:
                their_doc, owner = int(parts[0]), parts[1]
                if owner != who or value not in (None, *_STATUS_RANK):
                    self.sum.foreign_steps += owner != who
                elif their_doc in self.docs:
                    out[f"status:{self.docs[their_doc]}:{owner}"] = value
        return out

    def _ann(self, their_id: int, doc: int | None, who: str) -> int:
        if their_id not in self.anns:  # deleted in their file: reserve an id never used here
            self.anns[their_id] = self._reserve(doc)[0]
            self.owner[self.anns[their_id]] = who
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


def _cut(value: Any, width: int) -> str | None:
    return None if value is None else str(value)[:width]


def _score(value: Any) -> float:
    try:
        score = float(value)
    except (TypeError, ValueError):
        return 0.0
    return score if 0.0 <= score <= 1.0 else 0.0


def _relation_status(value: Any) -> str:
    """Their relation's status, or "suggested" (unconfirmed) when it is not one we write."""
    return value if value in ("accepted", "manual", "suggested") else "suggested"


def _attrs(value: Any) -> dict[str, str] | None:
    """A relation's attributes (post, funding source) as short strings; anything else dropped."""
    if not isinstance(value, dict):
        return None
    kept = {str(k)[:40]: str(v)[:200] for k, v in value.items() if isinstance(v, str | int | float)}
    return kept or None
