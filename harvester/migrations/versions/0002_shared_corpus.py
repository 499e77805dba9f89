"""Shared corpus: department identity for ON CONFLICT, capture claims for distributed processing.

- `uq_departments_identity` on (name, coalesce(level, ''), coalesce(locality, '')): the old
  unique constraint lets (name, NULL, NULL) in twice, which concurrent workers would do.
  Duplicates an older database may hold are merged into the lowest id first.
- `captures.claimed_by` / `claimed_at`: a lease taken by `harvester process` workers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 03:30:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_IDENTITY = "name, coalesce(level, ''), coalesce(locality, '')"


def _merge_duplicate_departments() -> None:
    keep = f"(SELECT min(d2.id) FROM departments d2 WHERE (d2.name, coalesce(d2.level, ''), coalesce(d2.locality, '')) " \
           f"= (departments.name, coalesce(departments.level, ''), coalesce(departments.locality, '')))"
    dup = f"departments.id <> {keep}"
    # Links of a duplicate that the kept row already has would collide: drop them, then repoint the rest.
    op.execute(sa.text(f"""
        DELETE FROM article_departments WHERE id IN (
          SELECT ad.id FROM article_departments ad JOIN departments ON departments.id = ad.department_id
          WHERE {dup} AND EXISTS (
            SELECT 1 FROM article_departments k WHERE k.article_id = ad.article_id AND k.role = ad.role
              AND k.department_id = {keep}))"""))
    for table in ("article_departments", "article_people"):
        op.execute(sa.text(f"""
            UPDATE {table} SET department_id = (
              SELECT {keep} FROM departments WHERE departments.id = {table}.department_id)
            WHERE department_id IN (SELECT id FROM departments WHERE {dup})"""))
    op.execute(sa.text(f"DELETE FROM departments WHERE {dup}"))


def upgrade() -> None:
    _merge_duplicate_departments()
    op.execute(sa.text(f"CREATE UNIQUE INDEX uq_departments_identity ON departments ({_IDENTITY})"))
    with op.batch_alter_table("captures") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("claimed_at", models.UTCDateTime(timezone=True), nullable=True))
    op.execute(sa.text("UPDATE schema_info SET version = 2"))


def downgrade() -> None:
    with op.batch_alter_table("captures") as batch:
        batch.drop_column("claimed_at")
        batch.drop_column("claimed_by")
    op.execute(sa.text("DROP INDEX uq_departments_identity"))
    op.execute(sa.text("UPDATE schema_info SET version = 1"))
