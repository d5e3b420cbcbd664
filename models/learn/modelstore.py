"""Trained models, versioned in the project database (table ``learned_models``, migration 0003).

Each training adds a version: the model bytes and what the GUI shows about it (when, on how
much, which labels, how it scored on documents its models did not see). The newest version is active unless the
user goes back to an older one (:func:`activate`). Only the newest few versions keep their bytes;
older ones keep their metadata, so the history stays readable and the file small.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    func,
    select,
    update,
)

if TYPE_CHECKING:
    from models.store.project import ProjectStore

KEEP_BLOBS = 5
# Retrain in the background once this many decisions were made since the last training.
RETRAIN_AFTER = 50
TEACHING_ACTIONS = ("accept", "reject", "correct", "create", "delete", "update")

_metadata = MetaData()
# Mirrors migration 0003 (and ``schema.LearnedModel`` once the store declares it).
_TABLE = Table(
    "learned_models", _metadata,
    Column("id", Integer, primary_key=True),
    Column("project_id", Integer, ForeignKey("projects.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("source", String(1000), nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("n_sentences", Integer, nullable=False),
    Column("n_spans", Integer, nullable=False),
    Column("labels", JSON, nullable=False),
    Column("params", JSON, nullable=False),
    Column("evaluation", JSON),
    Column("decision_mark", Integer, nullable=False),
    Column("seconds", Float, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("size", Integer, nullable=False),
    Column("blob", LargeBinary),
    UniqueConstraint("project_id", "version", name="uq_learned_models_project_version"),
)


def table() -> Table:
    from models.store import schema as s

    cls = getattr(s, "LearnedModel", None)
    return cls.__table__ if cls is not None else _TABLE


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One trained model (``version`` is None until it is stored in a project)."""

    version: int | None
    created_at: datetime
    source: str  # "project" or "file:<path>"
    n_documents: int
    n_sentences: int
    n_spans: int
    labels: tuple[str, ...]
    params: dict[str, Any] = field(default_factory=dict)
    evaluation: dict[str, Any] | None = None  # scores on unseen documents, see train._Halves
    decision_mark: int = 0  # the newest decision id the training saw
    seconds: float = 0.0
    active: bool = False
    size: int = 0
    kind: str = "crf"

    @property
    def outdated(self) -> bool:
        """Trained with features this version of Bitgeul no longer computes: retrain."""
        from models.learn.features import FEATURE_VERSION

        return self.params.get("feature_version") != FEATURE_VERSION

    @property
    def f1(self) -> float | None:
        """Typed F1 of the model combined with the rules on documents it did not see (None:
        not evaluated)."""
        ev = self.evaluation or {}
        value = ev.get("model", {}).get("f1")
        return None if value is None else float(value)

    @property
    def bypassed(self) -> bool:
        """Training found the rules alone better on documents it did not see: the model is stored
        but its spans are not used (policy "rules")."""
        return (self.evaluation or {}).get("policy") == "rules"

    def summary(self) -> str:
        when = self.created_at.strftime("%Y-%m-%d %H:%M")
        f1 = f", F1 {self.f1:.3f}" if self.f1 is not None else ""
        return (f"v{self.version} ({when}, {self.n_sentences} sentences, "
                f"{self.n_spans} spans{f1})")


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """What the app shows about learning: the active model and how stale it is."""

    model: ModelInfo | None
    decisions_since: int  # teaching decisions since the active model was trained
    retrain_after: int = RETRAIN_AFTER
    imported_since: int = 0  # spans imported as gold (accepted, no decision) since then

    @property
    def teaching_since(self) -> int:
        """What counts toward the next automatic training: decisions and imported gold spans."""
        return self.decisions_since + self.imported_since

    @property
    def should_retrain(self) -> bool:
        """Enough new decisions or gold spans, or a model this Bitgeul cannot use."""
        outdated = self.model is not None and self.model.outdated
        return outdated or self.teaching_since >= self.retrain_after

    @property
    def version(self) -> int | None:
        return None if self.model is None else self.model.version

    @property
    def last_evaluation(self) -> dict[str, Any] | None:
        return None if self.model is None else self.model.evaluation

    def summary(self) -> str:
        gold = f", {self.imported_since} imported spans" if self.imported_since else ""
        if self.model is None:
            return f"no trained model ({self.decisions_since} decisions{gold} so far)"
        if self.model.outdated:
            return f"model v{self.model.version} was trained by an older Bitgeul: retrain it"
        return f"model {self.model.summary()}; {self.decisions_since} decisions{gold} since"


def _row_info(r: Any) -> ModelInfo:
    created = r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC)
    return ModelInfo(version=r.version, created_at=created, source=r.source,
                     n_documents=r.n_documents, n_sentences=r.n_sentences, n_spans=r.n_spans,
                     labels=tuple(r.labels or ()), params=dict(r.params or {}),
                     evaluation=r.evaluation, decision_mark=r.decision_mark, seconds=r.seconds,
                     active=bool(r.active), size=r.size, kind=r.kind)


_INFO_COLUMNS = ("version", "kind", "created_at", "source", "n_documents", "n_sentences",
                 "n_spans", "labels", "params", "evaluation", "decision_mark", "seconds",
                 "active", "size")


def _info_select() -> Any:
    t = table()
    return select(*(t.c[name] for name in _INFO_COLUMNS))


def save_model(store: ProjectStore, blob: bytes, info: ModelInfo) -> ModelInfo:
    """Store a new version, make it the active one, and drop the bytes of old versions.

    A model this process trained needs no trial load in a child when it is used (``trial``).
    """
    from models.learn.crf import ModelBlob, ModelError
    from models.learn.trial import trust

    with contextlib.suppress(ModelError):  # bytes that are no model are refused when loaded
        made = ModelBlob.from_bytes(blob)
        trust(made.crf)
        if made.ranker is not None:
            trust(made.ranker)
    t = table()
    with store.session() as session:
        newest = session.scalar(select(func.max(t.c.version)).where(
            t.c.project_id == store.project_id)) or 0
        version = int(newest) + 1
        session.execute(update(t).where(t.c.project_id == store.project_id).values(active=False))
        session.execute(t.insert().values(
            project_id=store.project_id, version=version, kind=info.kind,
            created_at=info.created_at, source=info.source[:1000],
            n_documents=info.n_documents, n_sentences=info.n_sentences, n_spans=info.n_spans,
            labels=list(info.labels), params=info.params, evaluation=info.evaluation,
            decision_mark=info.decision_mark, seconds=info.seconds, active=True, size=len(blob),
            blob=blob))
        old = session.scalars(select(t.c.version).where(
            t.c.project_id == store.project_id, t.c.blob.isnot(None))
            .order_by(t.c.version.desc()).offset(KEEP_BLOBS)).all()
        if old:
            session.execute(update(t).where(t.c.project_id == store.project_id,
                                            t.c.version.in_(old)).values(blob=None))
    return ModelInfo(**{**_asdict(info), "version": version, "active": True, "size": len(blob)})


def _asdict(info: ModelInfo) -> dict[str, Any]:
    return {name: getattr(info, name) for name in ModelInfo.__dataclass_fields__}


def list_models(store: ProjectStore) -> list[ModelInfo]:
    """Every stored version, newest first."""
    t = table()
    with store.session() as session:
        rows = session.execute(_info_select().where(t.c.project_id == store.project_id)
                               .order_by(t.c.version.desc())).all()
    return [_row_info(r) for r in rows]


def active_model(store: ProjectStore) -> ModelInfo | None:
    t = table()
    with store.session() as session:
        row = session.execute(_info_select().where(
            t.c.project_id == store.project_id, t.c.active.is_(True))).first()
    return None if row is None else _row_info(row)


def load_blob(store: ProjectStore, version: int | None = None) -> tuple[ModelInfo, bytes] | None:
    """The active model's (or a given version's) info and bytes; None when there is none."""
    t = table()
    cond = t.c.version == version if version is not None else t.c.active.is_(True)
    with store.session() as session:
        row = session.execute(select(*(t.c[n] for n in _INFO_COLUMNS), t.c.blob).where(
            t.c.project_id == store.project_id, cond)).first()
    if row is None or row.blob is None:
        return None
    return _row_info(row), bytes(row.blob)


def activate(store: ProjectStore, version: int) -> ModelInfo:
    """Go back (or forward) to a stored version that still has its bytes."""
    t = table()
    with store.session() as session:
        has = session.scalar(select(t.c.id).where(
            t.c.project_id == store.project_id, t.c.version == version, t.c.blob.isnot(None)))
        if has is None:
            raise KeyError(f"model version {version} is not stored (or its data was pruned)")
        session.execute(update(t).where(t.c.project_id == store.project_id).values(active=False))
        session.execute(update(t).where(t.c.id == has).values(active=True))
    info = active_model(store)
    assert info is not None
    return info


def decision_mark(store: ProjectStore) -> int:
    """The newest decision id: training records it to count the decisions made since."""
    from models.store import schema as s

    with store.session() as session:
        return int(session.scalar(select(func.max(s.Decision.id))) or 0)


def marks(store: ProjectStore) -> tuple[int, int]:
    """The newest decision id and the newest annotation id, read together: a training records
    both, to count what was decided and what was imported since."""
    from models.store import schema as s

    with store.session() as session:
        return (int(session.scalar(select(func.max(s.Decision.id))) or 0),
                int(session.scalar(select(func.max(s.Annotation.id))) or 0))


# The decisions that make an annotation: its span is the researcher's word, counted as a decision.
MAKING_ACTIONS = ("accept", "correct", "create")


def imported_since(store: ProjectStore, decision: int, annotation: int) -> int:
    """Annotations added after ``annotation`` that no decision made: spans imported as gold
    (an annotated JSONL, doccano, CoNLL or KLP file) or merged from a colleague's file.

    Only the decisions that make an annotation exclude it: a deletion of an imported span that
    was undone leaves it counted again (the deletion's log row names it too), and an imported
    span corrected afterwards is still one (its correction counts as a decision besides)."""
    from models.store import schema as s

    with store.session() as session:
        made = select(s.Decision.annotation_id).where(
            s.Decision.id > decision, s.Decision.action.in_(MAKING_ACTIONS),
            s.Decision.annotation_id.isnot(None))
        return int(session.scalar(select(func.count()).select_from(s.Annotation).where(
            s.Annotation.id > annotation, s.Annotation.id.not_in(made))) or 0)


def any_imported(store: ProjectStore, ids: Collection[int], decision: int,
                 annotation: int) -> bool:
    """Whether any of annotations ``ids`` (present or deleted since) is of the kind
    :func:`imported_since` counts: added after ``annotation`` and made by no decision. A change
    that touched none of them leaves that count as it was (one query on a few ids)."""
    from models.store import schema as s

    later = [i for i in ids if i > annotation]
    if not later:
        return False
    with store.session() as session:
        made = set(session.scalars(select(s.Decision.annotation_id).where(
            s.Decision.id > decision, s.Decision.action.in_(MAKING_ACTIONS),
            s.Decision.annotation_id.in_(later))))
    return any(i not in made for i in later)


def decisions_since(store: ProjectStore, mark: int) -> int:
    from models.store import schema as s

    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(s.Decision).where(
            s.Decision.id > mark, s.Decision.action.in_(TEACHING_ACTIONS))) or 0)


def model_status(store: ProjectStore, retrain_after: int = RETRAIN_AFTER,
                 imported: int | None = None, touched: Collection[int] = ()) -> ModelStatus:
    """The active model and what was decided and imported since it was trained (three
    queries). A model trained before annotation marks were recorded counts no imports.

    ``imported``: the count of imported spans, when the caller knows it has not changed (a
    decision does not import; the app counts again after imports and trainings: on a project
    without a model the count reads every annotation, 35–60 ms for 80k of them). ``touched``:
    the annotations a change since that count touched (``Change.annotation_ids``); when one of
    them is an imported span (deleted, or brought back by an undo) it is counted again."""
    info = active_model(store)
    dmark = info.decision_mark if info is not None else 0
    since = decisions_since(store, dmark)
    amark = 0 if info is None else info.params.get("annotation_mark")
    if imported is not None and touched and amark is not None and any_imported(
            store, touched, dmark, int(amark)):
        imported = None
    if imported is None:
        imported = 0 if amark is None else imported_since(store, dmark, int(amark))
    return ModelStatus(info, since, retrain_after, imported)


def now() -> datetime:
    return datetime.now(UTC)
