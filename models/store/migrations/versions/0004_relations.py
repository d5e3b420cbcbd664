"""relations decided like spans: a score and attributes on suggested links, a status, score and
attributes on relations

Revision ID: 0004_relations
Revises: 0003
Create Date: 2026-12-03

``suggestion_links.score`` / ``.attrs`` keep what the engine said of a relation (its score, and
``post`` for MEMBER_OF, ``funding`` for PART_OF). ``relations.status`` says whether the
researcher confirmed one: "accepted" (as suggested), "manual" (drawn or changed by hand) or
"suggested" (carried over from the engine when both its spans were accepted, not yet
confirmed: the report marks it (추정)). Existing relations were real links already: "accepted".
Plain ADD COLUMNs with constant defaults, so no table is rebuilt on SQLite.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_relations"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("suggestion_links",
                  sa.Column("score", sa.Float(), nullable=False, server_default="1"))
    op.add_column("suggestion_links", sa.Column("attrs", sa.JSON(), nullable=True))
    op.add_column("relations", sa.Column("status", sa.String(length=20), nullable=False,
                                         server_default="accepted"))
    op.add_column("relations",
                  sa.Column("score", sa.Float(), nullable=False, server_default="1"))
    op.add_column("relations", sa.Column("attrs", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.drop_column("attrs")
        batch.drop_column("score")
        batch.drop_column("status")
    with op.batch_alter_table("suggestion_links") as batch:
        batch.drop_column("attrs")
        batch.drop_column("score")
