"""The store's front door: one short session per user action, plain dataclasses out.

The GUI and the CLI call these methods; neither ever holds an ORM session. Every change goes
through :meth:`ProjectStore.execute` (or undo/redo) and returns a :class:`Change` saying what
changed, so windows can refresh from it.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.domain import Analysis, ImportedDoc
from models.store import commands, ingest, queries
from models.store import schema as s
from models.store.commands import Command, CommandError
from models.store.db import Database, open_database
from models.store.queries import DocQuery
from models.store.views import (
    Change,
    DocSummary,
    DocView,
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
        try:
            with self.session() as session:
                self.project_id = ingest.ensure_project(session).id
        except IntegrityError:  # another client created the project just now: use theirs
            with self.session() as session:
                self.project_id = ingest.ensure_project(session).id

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
            raise CommandError("this span was changed by someone else meanwhile; reload to see "
                               "their change") from exc
        except IntegrityError as exc:
            raise CommandError("someone else made a conflicting change meanwhile; reload and "
                               f"try again ({_first_line(exc.orig)})") from exc
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

    def unanalysed(self, engine: str) -> list[int]:
        """Documents whose latest engine pass is not ``engine`` (so ``suggest`` can resume)."""
        with self.session() as session:
            latest = (select(s.Run.document_id, func.max(s.Run.id).label("rid"))
                      .group_by(s.Run.document_id).subquery())
            done = select(s.Run.document_id).join(latest, latest.c.rid == s.Run.id).where(
                s.Run.engine == engine)
            stmt = select(s.Document.id).where(s.Document.id.not_in(done)).order_by(s.Document.id)
            return list(session.scalars(stmt).all())

    def project_terms(self) -> dict[str, set[str]]:
        with self.session() as session:
            return ingest.project_terms(session)

    # -- writing outside the decision log ------------------------------------------------------

    def add_documents(self, docs: Iterable[ImportedDoc]) -> ImportSummary:
        """All of ``docs`` in one transaction: wholly in, or (on any error) wholly out."""
        with self.session() as session:
            return ingest.add_documents(session, self.project_id, docs, self.annotator)

    def save_analysis(self, doc_id: int, engine: str, analysis: Analysis) -> int:
        with self.session() as session:
            return ingest.save_analysis(session, doc_id, engine, analysis)

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

    def execute(self, cmds: Command | Sequence[Command], description: str | None = None) -> Change:
        """Run commands as one undoable group, in one transaction, logged at once."""
        batch: Sequence[Command] = (cmds,) if not isinstance(cmds, Sequence) else cmds
        if not batch:
            raise CommandError("nothing to do")
        with self._decision() as session:
            group: int | None = None
            docs: set[int] = set()
            anns: set[int] = set()
            first_action = ""
            for cmd in batch:
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
            session.execute(update(s.Decision)
                            .where(s.Decision.group_id == group).values(description=text[:200]))
            return Change(group, text, frozenset(docs), frozenset(anns))

    def history(self, limit: int = 200) -> list[HistoryEntry]:
        """This annotator's undoable groups, oldest first, with whether each is in effect."""
        with self.session() as session:
            return _history(session, self.annotator, limit)

    def undo(self) -> Change | None:
        with self._decision() as session:
            hist = _history(session, self.annotator, None)
            target = next((h for h in reversed(hist) if h.done), None)
            return None if target is None else _replay(session, self.annotator, target, undo=True)

    def redo(self) -> Change | None:
        with self._decision() as session:
            hist = _history(session, self.annotator, None)
            last_done = max((h.group_id for h in hist if h.done), default=0)
            target = next((h for h in hist if not h.done and h.group_id > last_done), None)
            return None if target is None else _replay(session, self.annotator, target, undo=False)


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


def _history(session: Session, who: str, limit: int | None) -> list[HistoryEntry]:
    originals = session.execute(
        select(s.Decision.group_id, func.min(s.Decision.description),
               func.min(s.Decision.document_id))
        .where(s.Decision.annotator == who, s.Decision.action.not_in(("undo", "redo")))
        .group_by(s.Decision.group_id).order_by(s.Decision.group_id)).all()
    # The last undo/redo aimed at a group says whether it is in effect now.
    last = {g: action for g, action in session.execute(
        select(s.Decision.reverts, s.Decision.action)
        .where(s.Decision.annotator == who, s.Decision.action.in_(("undo", "redo")))
        .order_by(s.Decision.id)).all()}
    out = [HistoryEntry(g, d or "", doc, last.get(g) != "undo") for g, d, doc in originals]
    return out[-limit:] if limit else out


def _replay(session: Session, who: str, entry: HistoryEntry, *, undo: bool) -> Change:
    decisions = session.scalars(select(s.Decision).where(s.Decision.group_id == entry.group_id)
                                .order_by(s.Decision.id)).all()
    replaced = commands.restore(session, decisions, undo=undo)
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
