"""What a project's decision log says about each span: when it last appeared or went away.

A merge uses it to honour deletions and rejections instead of bringing back what one side
removed: a span is known by its content (document, annotator, bounds, label), since the two
files give it different ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.store import schema as s
from models.team.their_file import Checker, naive_utc

SpanKey = tuple[int, str, int, int, str]


@dataclass
class SpanEvent:
    at: datetime  # naive UTC
    present: bool  # after this step the span exists (False: deleted, moved or relabelled)
    who: str  # who took the step
    ids: set[int] = field(default_factory=set)  # the span's ids in that file's log


def _key(value: Any, docs: dict[int, int] | None) -> SpanKey | None:
    if not isinstance(value, dict):
        return None
    doc = value.get("document_id")
    if docs is not None:
        doc = docs.get(doc) if isinstance(doc, int) else None
    if doc is None:
        return None
    try:
        return (int(doc), str(value["annotator"]), int(value["start"]), int(value["end"]),
                str(value["label"]))
    except (KeyError, TypeError, ValueError):
        return None


def _when(at: Any) -> datetime:
    if not isinstance(at, datetime):
        return datetime.min
    return naive_utc(at if at.tzinfo is not None else at.replace(tzinfo=UTC))


def span_events(session: Session, docs: dict[int, int] | None,
                check: Checker | None) -> dict[SpanKey, SpanEvent]:
    """The last step that touched each span, keyed by content under our document ids (``docs``
    maps the file's ids to ours; None: they are ours). ``check`` refuses a malformed snapshot
    in their file; in ours a malformed one is passed over."""
    events: dict[SpanKey, SpanEvent] = {}
    ids: dict[SpanKey, set[int]] = {}
    for did, who, at, before, after in session.execute(select(
            s.Decision.id, s.Decision.annotator, s.Decision.at, s.Decision.before,
            s.Decision.after).order_by(s.Decision.id)):
        if not isinstance(before, dict) or not isinstance(after, dict):
            if check is not None:
                raise check.fail(f"decision {did} has a malformed snapshot")
            continue
        when = _when(at)
        for key in {*before, *after}:
            if not str(key).startswith("annotation:"):
                continue
            old, new = before.get(key), after.get(key)
            if check is not None:
                check.snapshot_key(did, key)
                old, new = check.ann_snapshot(did, old), check.ann_snapshot(did, new)
            elif not str(key)[len("annotation:"):].isdigit():
                continue
            span_id = int(str(key)[len("annotation:"):])
            was, now = _key(old, docs), _key(new, docs)
            for k in (was, now):
                if k is not None:
                    ids.setdefault(k, set()).add(span_id)
            if was is not None and was != now:
                events[was] = SpanEvent(when, False, str(who), ids[was])
            if now is not None:
                events[now] = SpanEvent(when, True, str(who), ids[now])
    return events


def rejection_times(session: Session) -> dict[tuple[int, str], datetime]:
    """When each (suggestion, annotator) rejection was last made, from the log."""
    out: dict[tuple[int, str], datetime] = {}
    for at, after in session.execute(select(s.Decision.at, s.Decision.after)
                                     .order_by(s.Decision.id)):
        if not isinstance(after, dict):
            continue
        for key, value in after.items():
            kind, _, rest = str(key).partition(":")
            sid, _, who = rest.partition(":")
            if kind == "rejection" and value and sid.isdigit():
                out[(int(sid), who)] = _when(at)
    return out
