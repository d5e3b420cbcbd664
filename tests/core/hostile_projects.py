"""Makers of hostile project files and folders for the tests (built in tmp_path, never committed).

Each maker starts from a real project that Bitgeul wrote, then does to it what someone who sends
it could: a view or a trigger in place of a table, a schema revision from the future, forged
rows and decision snapshots, damaged model bytes, links planted beside the project.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path

from models.domain import Analysis, ImportedDoc, Span
from models.store.commands import Accept, Create
from models.store.project import ProjectStore

ARTICLE = "광주시는 인공지능 집적단지 조성에 4천억원을 투입한다고 밝혔다. 박서연 시장이 말했다."


def real_project(path: Path, annotator: str = "kim", text: str = ARTICLE) -> Path:
    """A genuine project with one article, suggestions and one accepted span (a path that
    already holds a project is left as it is)."""
    if path.exists():
        return path
    store = ProjectStore.open(path, annotator)
    (doc,) = store.add_documents([ImportedDoc(text, outlet="빛고을신문")]).document_ids
    word = "4천억원" if "4천억원" in text else text[:3]
    i = text.index(word)
    store.save_analysis(doc, "test", Analysis([Span(i, i + len(word), "MONEY", word, "test",
                                                    0.9)], []))
    sugg = store.document(doc).suggestions[0]
    store.execute(Accept(sugg.id))
    store.execute(Create(doc, 0, 3, "LOCATION"))
    store.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sql(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for st in statements:
            conn.execute(st)
        conn.commit()
    finally:
        conn.close()
    return path


def recursive_view(path: Path) -> Path:
    """``annotations`` replaced by a view over a recursive query that never ends."""
    real_project(path)
    return _sql(path, "DROP TABLE relations", "ALTER TABLE annotations RENAME TO annotations_old",
                "CREATE VIEW annotations AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                "SELECT n + 1 FROM r) SELECT n AS id, 1 AS document_id, 3 AS doc_length, "
                "'kim' AS annotator, 0 AS start, 1 AS \"end\", 'MONEY' AS label, "
                "'manual' AS status, NULL AS value, NULL AS suggestion_id, 1 AS version, "
                "'2026-01-01' AS updated_at FROM r")


def wiping_trigger(path: Path) -> Path:
    """A trigger that deletes every annotation on the next import."""
    real_project(path)
    return _sql(path, "CREATE TRIGGER wipe AFTER INSERT ON documents BEGIN "
                "DELETE FROM annotations; END")


def extra_table(path: Path) -> Path:
    real_project(path)
    return _sql(path, "CREATE TABLE payload (x)")


def future_revision(path: Path) -> Path:
    """A project a newer Bitgeul upgraded: a schema revision this version does not know."""
    real_project(path)
    return _sql(path, "UPDATE alembic_version SET version_num = '0099_future'")


def forged_spans(path: Path) -> Path:
    """Their file lies about a text's length and hash: a MONEY span past the end of a three-
    character text, worth 1조원, and a span in the reviewed layer."""
    real_project(path, "lee")
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA ignore_check_constraints=ON")
        conn.execute("INSERT INTO documents (project_id, text, length, content_hash, title, meta, "
                     "repeats, imported_at) VALUES (1, '짧다.', 300, 'forged', '짧다', '{}', "
                     "'[]', '2026-01-01 00:00:00')")
        doc = conn.execute("SELECT max(id) FROM documents").fetchone()[0]
        value = json.dumps({"value": 10**12, "currency": "KRW"})
        conn.execute("INSERT INTO annotations (document_id, doc_length, annotator, start, "
                     "\"end\", label, status, value, version, updated_at) VALUES "
                     f"({doc}, 300, 'lee', 100, 104, 'MONEY', 'manual', '{value}', 1, "
                     "'2026-01-01 00:00:00')")
        conn.commit()
    finally:
        conn.close()
    return path


def review_layer(path: Path) -> Path:
    """A span filed in the reviewed layer (annotator ``review``), which reports can export."""
    real_project(path, "lee")
    return _sql(path, "UPDATE annotations SET annotator = 'review' WHERE label = 'LOCATION'")


def forged_decision(path: Path, victim_span: int, as_who: str = "alice") -> Path:
    """A decision filed under ``as_who`` whose snapshot names someone else's span: merged as it
    is, it would become ``as_who``'s newest undo step, and undo would delete that span."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT id, document_id, doc_length, annotator, start, \"end\", "
                           "label, status, value, suggestion_id, version, updated_at FROM "
                           "annotations WHERE id = ?", (victim_span,)).fetchone()
        keys = ("id", "document_id", "doc_length", "annotator", "start", "end", "label",
                "status", "value", "suggestion_id", "version", "updated_at")
        snap = dict(zip(keys, row, strict=True))
        snap["value"] = json.loads(snap["value"]) if snap["value"] else None
        conn.execute("INSERT INTO decisions (group_id, at, annotator, action, document_id, "
                     "annotation_id, description, before, after) VALUES (0, "
                     "'2030-01-01 00:00:00', ?, 'create', ?, ?, '새 주석', ?, ?)",
                     (as_who, snap["document_id"], victim_span,
                      json.dumps({f"annotation:{victim_span}": None}),
                      json.dumps({f"annotation:{victim_span}": snap})))
        conn.execute("UPDATE decisions SET group_id = id WHERE group_id = 0")
        conn.commit()
    finally:
        conn.close()
    return path


def malformed_snapshot(path: Path) -> Path:
    """A decision whose snapshot key is not ``kind:id``."""
    real_project(path, "lee")
    return _sql(path, "UPDATE decisions SET after = '{\"annotation:x\": null, \"status\": 1}' "
                "WHERE id = (SELECT max(id) FROM decisions)")


# -- model blobs ---------------------------------------------------------------------------------


def model_zip(crf: bytes, header: dict[str, object] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("header.json", json.dumps(header or {}))
        zf.writestr("model.crfsuite", crf)
    return buf.getvalue()


def inflating_zip(unpacked_mb: int) -> bytes:
    """A model blob whose crfsuite member is megabytes of zeros packed into a few KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("header.json", "{}")
        with zf.open("model.crfsuite", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(unpacked_mb):
                fh.write(chunk)
    return buf.getvalue()


def mutations(data: bytes, count: int, seed: int = 7) -> list[bytes]:
    """``count`` copies of ``data``, each with a few bytes changed or cut short (deterministic)."""
    import random

    rng = random.Random(seed)
    out = []
    for n in range(count):
        b = bytearray(data)
        if n % 3 == 0:
            b = b[:rng.randrange(1, len(b))]
        for _ in range(rng.randint(1, 8)):
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
        out.append(bytes(b))
    return out


def plant_link(link: Path, target: Path) -> Path:
    link.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, link)
    return link
