"""`harvester db copy`: move a corpus to another database (SQLite to PostgreSQL, typically).

Every table of the models is copied row for row, ids included, in one transaction on the
target: it ends holding the whole corpus or nothing. The search index is the target's own
(SQLite triggers fill FTS5 on insert; PostgreSQL indexes expressions), so it is not copied.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

import models
from harvester import schema
from harvester.errors import InputError

# schema_info describes the target's own build; alembic_version is not a model table.
_SKIP = {"schema_info"}


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table -> rows copied


def copy_corpus(source: Engine, target: Engine, *, batch: int = 500,
                progress: Callable[[str, int], None] | None = None) -> CopyReport:
    st = schema.state(source)
    if st.empty:
        raise InputError("the source database holds no corpus")
    if not st.up_to_date:
        raise InputError(f"the source corpus schema is {st.describe()} (on the source)")
    models.init_db(target)
    with target.connect() as conn:
        held = {t: conn.scalar(select(func.count()).select_from(models.Base.metadata.tables[t]))
                for t in ("articles", "captures")}
    if any(held.values()):
        raise InputError(f"the target already holds {held['articles']} article(s) and {held['captures']} "
                         "capture(s); copy into an empty database")
    tables = [t for t in models.Base.metadata.sorted_tables if t.name not in _SKIP]
    rows: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        for table in tables:
            n = 0
            result = src.execution_options(yield_per=batch).execute(select(table).order_by(*table.primary_key))
            for chunk in result.mappings().partitions(batch):
                dst.execute(table.insert(), [dict(r) for r in chunk])
                n += len(chunk)
                if progress:
                    progress(table.name, len(chunk))
            rows[table.name] = n
        if target.dialect.name == "postgresql":
            # Ids came with the rows; the sequences must continue after them.
            for table in tables:
                if "id" in table.c and table.c.id.primary_key:
                    dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                     f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
    return CopyReport(rows)


def count_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return sum(conn.scalar(select(func.count()).select_from(t)) or 0
                   for t in models.Base.metadata.sorted_tables if t.name not in _SKIP)
