"""Web archives and the search index's facets.

- `articles.capture_id`: the capture an article's fields came from (several archive snapshots
  of one article: the best one is chosen, pipelines/provenance.py).
- `captures.article_url`: the article a capture was processed into. Older captures of
  articles are filled with their own URL, which is what the crawler stored them under.
- SQLite: the exact FTS5 index gains its `facets` column (portal and local publication day,
  harvester/fts.py) and is rebuilt from the articles: on a large corpus this is the long step.

Plain ADD COLUMN, not batch mode: copying `articles` would drop the search triggers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 04:20:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    from harvester import fts

    bind = op.get_bind()
    # SQLite adds a column with an inline REFERENCES clause; PostgreSQL gets a named constraint.
    if bind.dialect.name == "sqlite":
        op.execute(sa.text("ALTER TABLE articles ADD COLUMN capture_id INTEGER "
                           "CONSTRAINT fk_articles_capture_id_captures REFERENCES captures (id) ON DELETE SET NULL"))
    else:
        op.add_column("articles", sa.Column("capture_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_articles_capture_id_captures", "articles", "captures", ["capture_id"], ["id"],
                              ondelete="SET NULL")
    op.add_column("captures", sa.Column("article_url", sa.String(length=1000), nullable=True))
    op.create_index("ix_captures_article_url", "captures", ["article_url"])
    op.execute(sa.text("UPDATE captures SET article_url = url WHERE is_article"))
    fts.ensure_index(bind)
    op.execute(sa.text("UPDATE schema_info SET version = 3"))


def downgrade() -> None:
    op.drop_index("ix_captures_article_url", table_name="captures")
    with op.batch_alter_table("captures") as batch:
        batch.drop_column("article_url")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_articles_capture_id_captures", "articles", type_="foreignkey")
    op.drop_column("articles", "capture_id")
    op.execute(sa.text("UPDATE schema_info SET version = 2"))
