"""an index on documents.title, for the document list sorted by title

Revision ID: 0005_title_index
Revises: 0004_relations
Create Date: 2026-12-03

The list pages in the database (``ORDER BY title, id LIMIT 500``); without an index SQLite sorts
every document for each page: 0.37 s per page at 100,000 articles.
"""

from __future__ import annotations

from alembic import op

revision = "0005_title_index"
down_revision = "0004_relations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_title", "documents", ["title"])


def downgrade() -> None:
    op.drop_index("ix_documents_title", table_name="documents")
