"""team safety: ids never reused, one acceptance per annotator, one project per database

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

Several annotators (and undo/redo, and merges) share one database from now on:

* SQLite: ``suggestions``, ``annotations`` and ``relations`` get AUTOINCREMENT, so that the id of
  a deleted row is never handed out again (undo re-inserts rows under their old ids). The tables
  are rebuilt (batch mode) with foreign keys off (``db.upgrade`` turns them off around the
  migration); the new sequences start above every id the decision log mentions. PostgreSQL
  sequences never reuse ids: nothing to do there.
* ``annotations``: unique (suggestion_id, annotator). NULLs are distinct on both backends, so
  manual spans are not affected.
* ``projects``: unique name (a database holds one project).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_AUTOINCREMENT = ("suggestions", "annotations", "relations")

# What the decision log refers to, per table: keys "annotation:12", "relation:3",
# "rejection:45:kim" and snapshot fields "suggestion_id": 45.
_REFERENCES = {
    "annotations": (re.compile(r'"annotation:(\d+)"'),),
    "relations": (re.compile(r'"relation:(\d+)"'),),
    "suggestions": (re.compile(r'"rejection:(\d+):'), re.compile(r'"suggestion_id":\s*(\d+)')),
}


def upgrade() -> None:
    bind = op.get_bind()
    # Rows the new unique constraints would refuse could only come from races under 0001: keep
    # every row, but unlink a second acceptance from its suggestion and rename a second project.
    op.execute("UPDATE annotations SET suggestion_id = NULL WHERE suggestion_id IS NOT NULL "
               "AND id NOT IN (SELECT min(id) FROM annotations WHERE suggestion_id IS NOT NULL "
               "GROUP BY suggestion_id, annotator)")
    op.execute("UPDATE projects SET name = name || ' ' || CAST(id AS VARCHAR(20)) WHERE id NOT IN "
               "(SELECT min(id) FROM projects GROUP BY name)")
    if bind.dialect.name == "sqlite":
        for table in _AUTOINCREMENT:
            with op.batch_alter_table(table, recreate="always",
                                      table_kwargs={"sqlite_autoincrement": True}) as batch:
                if table == "annotations":
                    batch.create_unique_constraint("uq_annotations_sugg_who",
                                                   ["suggestion_id", "annotator"])
        _start_sequences_above_logged_ids(bind)
        with op.batch_alter_table("projects") as batch:
            batch.create_unique_constraint("uq_projects_name", ["name"])
    else:
        op.create_unique_constraint("uq_annotations_sugg_who", "annotations",
                                    ["suggestion_id", "annotator"])
        op.create_unique_constraint("uq_projects_name", "projects", ["name"])


def _start_sequences_above_logged_ids(bind: sa.Connection) -> None:
    """Ids deleted before this upgrade may still be named in the log: never hand them out."""
    high = {table: int(bind.execute(sa.text(f"SELECT coalesce(max(id), 0) FROM {table}"))
                       .scalar() or 0) for table in _AUTOINCREMENT}
    row = bind.execute(sa.text("SELECT coalesce(max(annotation_id), 0), "
                               "coalesce(max(suggestion_id), 0) FROM decisions")).one()
    high["annotations"] = max(high["annotations"], int(row[0]))
    high["suggestions"] = max(high["suggestions"], int(row[1]))
    for before, after in bind.execute(sa.text('SELECT "before", "after" FROM decisions')):
        blob = f"{before} {after}"
        for table, patterns in _REFERENCES.items():
            for pattern in patterns:
                for found in pattern.findall(blob):
                    high[table] = max(high[table], int(found))
    for table, seq in high.items():
        bind.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table})
        bind.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :s)"),
                     {"t": table, "s": seq})


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        with op.batch_alter_table("projects") as batch:
            batch.drop_constraint("uq_projects_name", type_="unique")
        # AUTOINCREMENT stays: it is harmless for revision 0001.
        with op.batch_alter_table("annotations",
                                  table_kwargs={"sqlite_autoincrement": True}) as batch:
            batch.drop_constraint("uq_annotations_sugg_who", type_="unique")
    else:
        op.drop_constraint("uq_projects_name", "projects", type_="unique")
        op.drop_constraint("uq_annotations_sugg_who", "annotations", type_="unique")
