"""Schema versions through Alembic, on SQLite and PostgreSQL alike.

A fresh database is built from the models (create_all, search index) and stamped at the
newest revision; an existing one moves forward only through `upgrade()` (`harvester db
upgrade`), so several workers never race to alter a shared database at crawl start.
Databases built before Alembic (a `schema_info` table, no `alembic_version`) are the
baseline revision: they are stamped at it, then upgraded like any other.
"""
from __future__ import annotations

import fcntl
import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from harvester.errors import DatabaseError

# The revision that describes schema_info version 1, the schema before Alembic.
BASELINE = "0001"
# The newest revision, written out so that opening an up-to-date corpus reads one row instead
# of importing Alembic and reading every migration script (a tenth of a second for every
# command); tests/test_schema.py holds it to Alembic's own head. Alembic is imported only to
# stamp, upgrade or explain.
HEAD = "0003"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """Alembic's newest revision, read from the migration scripts (HEAD is the same, by test)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # Alembic revision; None for an empty or pre-Alembic database
    head: str
    empty: bool  # no corpus tables at all
    legacy: bool  # corpus tables without alembic_version: the baseline

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    def describe(self) -> str:
        if self.empty:
            return f"empty database (head is {self.head})"
        now = f"{BASELINE} (before Alembic)" if self.legacy else self.current
        return f"at {now}, head is {self.head}" + ("" if self.up_to_date else ": run `harvester db upgrade`")


def state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = None
        if "alembic_version" in tables:  # what Alembic's MigrationContext reads, without Alembic
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    empty = "articles" not in tables
    return SchemaState(current=current, head=HEAD, empty=empty,
                       legacy=not empty and current is None)


def check(engine: Engine) -> SchemaState:
    """The database's state; a DatabaseError when it is behind (or ahead of) this code."""
    st = state(engine)
    if st.empty or st.up_to_date:
        return st
    if st.current is not None and st.current not in _known_revisions():
        raise DatabaseError(f"the corpus schema is at revision {st.current}, unknown to this harvester "
                            f"(newer code wrote it?); head here is {st.head}")
    raise DatabaseError(f"the corpus schema is {st.describe()} --db …")


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


@contextmanager
def building(engine: Engine) -> Iterator[None]:
    """Workers starting together on an empty database build it one at a time: a PostgreSQL
    advisory lock, or a file lock beside an SQLite file (create_all is many statements)."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database in (None, "", ":memory:"):
            yield
            return
        # Not the crawl lock's file: a fleet worker holds that one shared while it opens the corpus.
        with open(f"{database}.schema-lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    key = int.from_bytes(hashlib.sha256(b"harvester-schema").digest()[:8], "big", signed=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()


def stamp_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.stamp(_config(conn), "head")


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the database to `revision`; returns (from, to). An empty database is built
    from the models and stamped, like `init_db` does."""
    from alembic import command

    import models

    if state(engine).empty:
        models.init_db(engine)  # takes the building lock itself
        return None, head()
    with building(engine):
        st = state(engine)
        if st.current is not None and st.current not in _known_revisions():
            check(engine)  # raises the one-line explanation
        with engine.begin() as conn:
            cfg = _config(conn)
            if st.legacy:
                command.stamp(cfg, BASELINE)
            command.upgrade(cfg, revision)
    # Anything the migrations do not own (the search index) is ensured as on every open.
    from harvester import fts

    fts.ensure_index(engine)
    return (BASELINE if st.legacy else st.current), state(engine).current
