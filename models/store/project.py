"""The store's front door: one short session per user action, plain dataclasses out.

The GUI and the CLI call these methods; neither ever holds an ORM session. Every change goes
through :meth:`ProjectStore.execute` (or undo/redo) and returns a :class:`Change` saying what
changed, so windows can refresh from it.
"""

from __future__ import annotations

import getpass
import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.domain import Analysis, ImportedDoc
from models.progress import Progress, report
from models.store import commands, ingest, queries, restore
from models.store import schema as s
from models.store.commands import Command, CommandError
from models.store.db import Database, open_database
from models.store.views import (
    Change,
    DocQuery,
    DocSummary,
    DocView,
    ExportChoices,
    ForeignChange,
    HistoryEntry,
    ImportSummary,
    LabelInfo,
)

__all__ = ["ProjectStore", "CommandError", "default_annotator"]


def default_annotator() -> str:
    try:
        return os.environ.get("BITGEUL_ANNOTATOR") or getpass.getuser() or "researcher"
    except Exception:  # getuser raises when no user name can be found (some containers)
        return "researcher"


_DESCRIPTIONS = {"accept": "수락", "reject": "거절", "correct": "수정 후 수락", "create": "새 주석",
                 "delete": "삭제", "update": "수정", "link": "연결", "unlink": "연결 해제",
                 "status": "상태 변경"}


class ProjectStore:
    def __init__(self, db: Database, annotator: str | None = None) -> None:
        self.db = db
        self.annotator = annotator or default_annotator()
        for attempt in range(5):
            try:
                with self.session() as session:
                    self.project_id = ingest.ensure_project(session).id
                break
            except (IntegrityError, OperationalError) as exc:
                # Another client created the project just now (use theirs), or, on SQLite,
                # wrote between our read and our write (its snapshot is stale): read again.
                if attempt == 4 or (isinstance(exc, OperationalError)
                                    and not _is_contention(exc)):
                    raise
                time.sleep(0.05 * (attempt + 1))

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None,
             annotator: str | None = None) -> ProjectStore:
        return cls(open_database(db), annotator)

    @property
    def url(self) -> str:
        return self.db.url

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.db.session() as session, session.begin():
            yield session

    @contextmanager
    def _decision(self) -> Iterator[Session]:
        """A transaction for a decision: a clash with another writer becomes a CommandError.

        Nothing is overwritten: the whole decision is rolled back and the user is told.
        """
        try:
            with self.session() as session:
                yield session
        except StaleDataError as exc:
            raise CommandError("this span was changed meanwhile (in another window or by a "
                               "colleague); reload to see the change") from exc
        except IntegrityError as exc:
            # Not "someone else": a second window of the same researcher clashes the same way.
            raise CommandError("the project changed meanwhile (in another window or by a "
                               "colleague); reload and try again "
                               f"({_first_line(exc.orig)})") from exc
        except OperationalError as exc:
            if not _is_contention(exc):
                raise
            raise CommandError("the project is busy with another writer's change; try again"
                               ) from exc

    # -- reading -------------------------------------------------------------------------------

    def labels(self) -> list[LabelInfo]:
        with self.session() as session:
            return queries.labels(session)

    def documents(self, query: DocQuery | None = None) -> list[DocSummary]:
        with self.session() as session:
            return queries.list_documents(session, self.annotator, query)

    def count_documents(self, query: DocQuery | None = None) -> int:
        with self.session() as session:
            return queries.count_documents(session, self.annotator, query)

    def summaries(self, doc_ids: list[int]) -> list[DocSummary]:
        """Fresh list rows for these documents (after a decision changed their counts)."""
        with self.session() as session:
            return queries.summaries(session, self.annotator, doc_ids)

    def export_choices(self) -> ExportChoices:
        """Outlets and date range for the export filters: two small queries, not a listing of
        every document (the dialog opens at once on a project of 100k articles)."""
        with self.session() as session:
            outlets = session.scalars(select(s.Document.outlet).where(
                s.Document.outlet.is_not(None), s.Document.outlet != "").distinct()
                .order_by(s.Document.outlet)).all()
            first, last = session.execute(select(func.min(s.Document.date),
                                                 func.max(s.Document.date))).one()
        return ExportChoices([o for o in outlets if o], first, last)

    def document(self, doc_id: int) -> DocView:
        with self.session() as session:
            return queries.document(session, doc_id, self.annotator)

    def stats(self) -> dict[str, Any]:
        with self.session() as session:
            return queries.stats(session, self.annotator)

    def document_ids(self) -> list[int]:
        with self.session() as session:
            return list(session.scalars(select(s.Document.id).order_by(s.Document.id)).all())

    def texts(self, doc_ids: Sequence[int]) -> list[tuple[int, str, Any]]:
        """(id, text, date) for the engine."""
        with self.session() as session:
            rows = session.execute(select(s.Document.id, s.Document.text, s.Document.date)
                                   .where(s.Document.id.in_(doc_ids))).all()
        by_id = {r[0]: (r[0], r[1], r[2]) for r in rows}
        return [by_id[i] for i in doc_ids if i in by_id]

    def unanalysed(self, engine: str, *, any_generation: bool = False) -> list[int]:
        """Documents whose latest engine pass is not ``engine`` (so ``suggest`` can resume).

        ``any_generation``: a pass by the same engine and model made before the project learned
        what it knows now (``engine`` without its "+learned/…" part) counts as done: only the
        documents never analysed by them (the app's automatic run at start-up).
        """
        with self.session() as session:
            latest = (select(s.Run.document_id, func.max(s.Run.id).label("rid"))
                      .group_by(s.Run.document_id).subquery())
            if any_generation:
                base = engine.split("+learned/", 1)[0]
                pattern = base.replace("\\", "\\\\").replace("%", "\\%").replace(
                    "_", "\\_") + "+learned/%"
                same: Any = (s.Run.engine == base) | s.Run.engine.like(pattern, escape="\\")
            else:
                same = s.Run.engine == engine
            done = select(s.Run.document_id).join(latest, latest.c.rid == s.Run.id).where(same)
            stmt = select(s.Document.id).where(s.Document.id.not_in(done)).order_by(s.Document.id)
            return list(session.scalars(stmt).all())

    def learning_signature(self) -> tuple[Any, ...]:
        """A cheap summary of what the project's memory and terms are made of (annotations by
        label, rejections, documents, labels): sums and counts, no text is read. Nearly every
        change a decision or an import makes moves one of them (two different memories with the
        same sums are possible, but unlikely), so ``models.learn.predict`` reuses the learning
        generation it computed for one (reading the memory costs about 30× more)."""
        with self.session() as session:
            anns = session.execute(
                select(s.Annotation.label, func.count(), func.sum(s.Annotation.id),
                       func.sum(s.Annotation.start), func.sum(s.Annotation.end))
                .group_by(s.Annotation.label).order_by(s.Annotation.label)).all()
            rejected = session.execute(select(func.count(), func.sum(s.Rejection.suggestion_id),
                                              func.max(s.Rejection.id))).one()
            docs = session.execute(select(func.count(), func.max(s.Document.id))).one()
            labels = session.scalars(select(s.Label.name).order_by(s.Label.name)).all()
        return (tuple(tuple(r) for r in anns), tuple(rejected), tuple(docs), tuple(labels))

    def project_terms(self) -> dict[str, set[str]]:
        with self.session() as session:
            return ingest.project_terms(session)

    def stated_terms(self) -> set[tuple[str, str]]:
        with self.session() as session:
            return ingest.stated_terms(session)

    # -- writing outside the decision log ------------------------------------------------------

    def add_documents(self, docs: Iterable[ImportedDoc]) -> ImportSummary:
        """All of ``docs`` in one transaction: wholly in, or (on any error) wholly out."""
        with self.session() as session:
            return ingest.add_documents(session, self.project_id, docs, self.annotator)

    def save_analysis(self, doc_id: int, engine: str, analysis: Analysis) -> int:
        with self.session() as session:
            return ingest.save_analysis(session, doc_id, engine, analysis)

    def save_analyses(self, engine: str, results: Sequence[tuple[int, Analysis]]) -> list[int]:
        """Several documents' engine passes in one transaction (the bulk suggestion run)."""
        with self.session() as session:
            return ingest.save_analyses(session, engine, results)

    def add_label(self, name: str) -> None:
        with self.session() as session:
            ingest.ensure_label(session, self.project_id, name)

    def update_label(self, name: str, *, colour: str | None = None,
                     shortcut: str | None = None) -> None:
        with self.session() as session:
            row = session.scalar(select(s.Label).where(s.Label.name == name))
            if row is None:
                raise CommandError(f"no label {name!r}")
            if colour is not None:
                row.colour = colour
            if shortcut is not None:
                row.shortcut = shortcut or None

    # -- decisions, undo and redo --------------------------------------------------------------

    def execute(self, cmds: Command | Sequence[Command], description: str | None = None,
                progress: Progress | None = None) -> Change:
        """Run commands as one undoable group, in one transaction, logged at once.

        ``progress(done, total)`` hears every 100 commands (accepting a big table's thousands of
        suggestions takes seconds; the window runs it on a worker and shows how far it got)."""
        batch: Sequence[Command] = (cmds,) if not isinstance(cmds, Sequence) else cmds
        if not batch:
            raise CommandError("nothing to do")
        with self._decision() as session:
            group: int | None = None
            docs: set[int] = set()
            anns: set[int] = set()
            first_action = ""
            if len(batch) > 1:
                commands.prefetch_suggestions(session, batch)
            for done, cmd in enumerate(batch):
                if done % 100 == 0:
                    report(progress, done, len(batch))
                action, fields = commands.apply(session, self.annotator, cmd)
                first_action = first_action or action
                row = s.Decision(group_id=group or 0, annotator=self.annotator, action=action,
                                 description="", **fields)
                session.add(row)
                session.flush()
                if group is None:
                    group = row.id
                    row.group_id = group
                _collect(fields, docs, anns)
            assert group is not None
            text = description or _DESCRIPTIONS.get(first_action, first_action)
            if len(batch) > 1 and description is None:
                text = f"{text} ×{len(batch)}"
            owners = _others_spans(session, group, self.annotator)
            if owners:  # team mode: changing a colleague's span is said in the log's own words
                text = f"{text} ({', '.join(owners)}의 주석)"
            session.execute(update(s.Decision)
                            .where(s.Decision.group_id == group).values(description=text[:200]))
            return Change(group, text, frozenset(docs), frozenset(anns))

    def changes_by_others(self, owner: str | None = None) -> list[ForeignChange]:
        """Logged steps that changed someone else's span (``owner``'s only, if given)."""
        with self.session() as session:
            return queries.changes_by_others(session, owner)

    def history(self, limit: int = 200) -> list[HistoryEntry]:
        """This annotator's undoable steps then redoable ones, oldest first (``done`` says which)."""
        done, redo = self.undo_stack()
        return (done + redo[::-1])[-limit:]

    def undo_stack(self) -> tuple[list[HistoryEntry], list[HistoryEntry]]:
        """(steps that can be undone, oldest first; steps that can be redone, next last).

        Rebuilt from the decision log, so it survives restarts: a new step clears the redo list,
        as in any editor.
        """
        with self.session() as session:
            return _stack(session, self.annotator)

    def undo(self, group_id: int | None = None) -> Change | None:
        """Undo the newest step (or exactly ``group_id``, which must be undoable)."""
        with self._decision() as session:
            done, _redo = _stack(session, self.annotator)
            target = _pick(done, group_id, "undone")
            return None if target is None else _replay(session, self.annotator, target, undo=True)

    def redo(self, group_id: int | None = None) -> Change | None:
        """Redo the step undone last (or exactly ``group_id``, which must be redoable)."""
        with self._decision() as session:
            _done, redo = _stack(session, self.annotator)
            target = _pick(redo, group_id, "redone")
            return None if target is None else _replay(session, self.annotator, target, undo=False)

    # -- small lookups the window needs ----------------------------------------------------------

    def latest_engine(self, doc_id: int) -> str | None:
        """The engine of the document's newest suggestion run; None if never analysed."""
        with self.session() as session:
            return session.scalar(select(s.Run.engine).where(s.Run.document_id == doc_id)
                                  .order_by(s.Run.id.desc()).limit(1))

    def first_document_id(self) -> int | None:
        """Without listing them all (100k rows take a second or two)."""
        with self.session() as session:
            return session.scalar(select(func.min(s.Document.id)))

    def has_document(self, doc_id: int) -> bool:
        with self.session() as session:
            return session.get(s.Document, doc_id) is not None


def _others_spans(session: Session, group: int, who: str) -> list[str]:
    """Owners other than ``who`` of the spans a group changed (their snapshots before it)."""
    owners: set[str] = set()
    for before in session.scalars(select(s.Decision.before).where(s.Decision.group_id == group)):
        for key, snap in (before or {}).items():
            if key.startswith("annotation:") and isinstance(snap, dict) \
                    and snap.get("annotator") not in (None, who):
                owners.add(str(snap["annotator"]))
    return sorted(owners)


def _first_line(exc: BaseException | None) -> str:
    return str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""


def _is_contention(exc: OperationalError) -> bool:
    """PostgreSQL deadlock or serialization failure; SQLite still locked after busy_timeout."""
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in ("40001", "40P01") or "database is locked" in str(exc.orig)


def _collect(fields: dict[str, Any], docs: set[int], anns: set[int]) -> None:
    if fields.get("document_id") is not None:
        docs.add(fields["document_id"])
    for key in list(fields.get("before", {})) + list(fields.get("after", {})):
        if key.startswith("annotation:"):
            anns.add(int(key.split(":")[1]))


def _stack(session: Session, who: str) -> tuple[list[HistoryEntry], list[HistoryEntry]]:
    """Replay the annotator's log: originals push, undo moves to redo, a new step clears redo."""
    rows = session.execute(
        select(s.Decision.group_id, s.Decision.action, s.Decision.reverts,
               s.Decision.description, s.Decision.document_id)
        .where(s.Decision.annotator == who).order_by(s.Decision.id)).all()
    sizes = Counter(group for group, action, *_ in rows if action not in ("undo", "redo"))
    entries: dict[int, HistoryEntry] = {}
    done: list[HistoryEntry] = []
    redo: list[HistoryEntry] = []
    for group, action, reverts, description, doc in rows:
        if action in ("undo", "redo"):
            entry = entries.get(reverts) if reverts is not None else None
            if entry is None:
                continue
            if action == "undo":
                done = [e for e in done if e.group_id != reverts]
                redo.append(HistoryEntry(entry.group_id, entry.description, entry.document_id,
                                         False, entry.size))
            else:
                redo = [e for e in redo if e.group_id != reverts]
                done.append(entry)
        elif group not in entries:
            entries[group] = HistoryEntry(group, description or "", doc, True, sizes[group])
            done.append(entries[group])
            redo.clear()
    return done, redo


def _pick(stack: list[HistoryEntry], group_id: int | None, what: str) -> HistoryEntry | None:
    if group_id is None:
        return stack[-1] if stack else None
    for entry in stack:
        if entry.group_id == group_id:
            return entry
    raise CommandError(f"step {group_id} cannot be {what} now")


def _replay(session: Session, who: str, entry: HistoryEntry, *, undo: bool) -> Change:
    decisions = session.scalars(select(s.Decision).where(s.Decision.group_id == entry.group_id)
                                .order_by(s.Decision.id)).all()
    replaced = restore.restore(session, decisions, undo=undo)
    target: dict[str, Any] = {}
    for d in decisions:
        target.update(d.before if undo else d.after)
    row = s.Decision(group_id=0, annotator=who, action="undo" if undo else "redo",
                     document_id=entry.document_id, reverts=entry.group_id,
                     description=entry.description, before=replaced, after=target)
    session.add(row)
    session.flush()
    row.group_id = row.id
    docs = {d.document_id for d in decisions if d.document_id is not None}
    anns = {int(k.split(":")[1]) for k in target if k.startswith("annotation:")}
    return Change(entry.group_id, entry.description, frozenset(docs), frozenset(anns),
                  undone=undo)
