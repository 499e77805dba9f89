"""SQLite FTS5 index over articles, kept in sync by triggers.

`remove_diacritics 0` keeps Vietnamese tone marks significant: with FTS5's
default (1) "tuyên" would match "tuyến" and "Đảng" would not match at all
consistently, which corrupts exact counts. A second, folded index serves
diacritic-free search.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

FTS_TABLE = "articles_fts"
FOLDED_TABLE = "articles_fts_folded"
CONTENT_VIEW = "articles_search_source"

# Each article's portal and publication day (Vietnamese time) are indexed as words of a
# fourth column of the exact index, `facets`, so a filtered search intersects them with the
# query inside FTS5 instead of reading the article row of every match: a common phrase
# matches a third of a million-article corpus, and per-match row reads were what made
# filtered search slow. Words: p<portal id, 6 digits>, y<year>, m<year><month>,
# d<year><month><day>, and the same three date words behind the portal (p000002y2021 ...),
# so "this portal in these months" is one doclist per piece of the range (harvester/facets.py
# builds the expression). Plain SQL, not a Python function, so every SQLite tool can still
# read the view, edit articles and rebuild the index.
_DAY = "strftime('%Y%m%d', {p}published_at, '+7 hours')"
FACETS_SQL = (
    "printf('p%06d', {p}portal_id) || coalesce("
    "' y' || substr(" + _DAY + ", 1, 4) || ' m' || substr(" + _DAY + ", 1, 6) || ' d' || " + _DAY
    + " || printf(' p%06dy', {p}portal_id) || substr(" + _DAY + ", 1, 4)"
    + " || printf(' p%06dm', {p}portal_id) || substr(" + _DAY + ", 1, 6)"
    + " || printf(' p%06dd', {p}portal_id) || " + _DAY + ", '')"
)


def facets_sql(prefix: str = "") -> str:
    """The facets words of an article as an SQL expression over its columns (`new.`, `old.`)."""
    return FACETS_SQL.replace("{p}", prefix)


_COLUMNS = "title, lead, text, facets"
_EXACT = f"new.title, new.lead, new.text, {facets_sql('new.')}"
_EXACT_OLD = f"old.title, old.lead, old.text, {facets_sql('old.')}"
_FOLDED_COLUMNS = "title, lead, text"
_FOLDED = "vnfold(new.title), vnfold(coalesce(new.lead, '')), vnfold(new.text)"
_FOLDED_OLD = "vnfold(old.title), vnfold(coalesce(old.lead, '')), vnfold(old.text)"

_DDL = [
    # External content through a view, because `facets` is computed, not stored.
    f"CREATE VIEW IF NOT EXISTS {CONTENT_VIEW} AS SELECT id, title, lead, text, {facets_sql()} AS facets FROM articles",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        {_COLUMNS}, content='{CONTENT_VIEW}', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0")""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_EXACT});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_EXACT_OLD});
    END""",
    # Also on a date or portal correction: the facets words come from them.
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, lead, text, portal_id, published_at
        ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_EXACT_OLD});
        INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_EXACT});
    END""",
]


# Diacritic-free search ("tuyen giao" finds "tuyên giáo", "dang" finds "Đảng"): a contentless
# index of the folded text, fed through vnfold(), which models.make_engine registers. It has
# no facets column: its triggers would then fire on a date or portal correction too, and
# every tool without vnfold (the sqlite3 shell, Datasette) could no longer make one.
_DDL += [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FOLDED_TABLE} USING fts5(
        {_FOLDED_COLUMNS}, content='', tokenize="unicode61 remove_diacritics 0")""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_folded_ai AFTER INSERT ON articles BEGIN
        INSERT INTO {FOLDED_TABLE}(rowid, {_FOLDED_COLUMNS}) VALUES (new.id, {_FOLDED});
    END""",
    # A contentless index forgets a row only when told its old values ('delete' command).
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_folded_ad AFTER DELETE ON articles BEGIN
        INSERT INTO {FOLDED_TABLE}({FOLDED_TABLE}, rowid, {_FOLDED_COLUMNS}) VALUES ('delete', old.id, {_FOLDED_OLD});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_folded_au AFTER UPDATE OF title, lead, text ON articles BEGIN
        INSERT INTO {FOLDED_TABLE}({FOLDED_TABLE}, rowid, {_FOLDED_COLUMNS}) VALUES ('delete', old.id, {_FOLDED_OLD});
        INSERT INTO {FOLDED_TABLE}(rowid, {_FOLDED_COLUMNS}) VALUES (new.id, {_FOLDED});
    END""",
]


# PostgreSQL: the same searches through tsvector expressions with GIN indexes. The
# 'simple' configuration keeps every word as written (no stemming suits Vietnamese);
# unaccent folds diacritics and đ, wrapped as IMMUTABLE so it can be indexed.
PG_DOCUMENT = "coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(text, '')"
PG_VECTOR = f"to_tsvector('simple'::regconfig, {PG_DOCUMENT})"
PG_FOLDED_VECTOR = f"to_tsvector('simple'::regconfig, harvester_unaccent({PG_DOCUMENT}))"
_PG_DDL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """CREATE OR REPLACE FUNCTION harvester_unaccent(text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent', $1) $$""",
    f"CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles USING gin (({PG_VECTOR}))",
    f"CREATE INDEX IF NOT EXISTS ix_articles_tsv_folded ON articles USING gin (({PG_FOLDED_VECTOR}))",
]


def available(engine: Engine) -> bool:
    """SQLite's FTS5 index (PostgreSQL searches its own way, see PG_VECTOR)."""
    return engine.dialect.name == "sqlite"


def ensure_index(bind: Engine | Connection) -> None:
    """Create the search index where it is missing or out of date (an engine, or the
    connection of a migration)."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            _ensure(conn)
    else:
        _ensure(bind)


def _ensure(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        for stmt in _PG_DDL:
            conn.execute(text(stmt))
        return
    if conn.dialect.name != "sqlite":
        return
    exact_ok, folded_ok = _has_column(conn, FTS_TABLE, "facets"), _has_column(conn, FOLDED_TABLE, "text")
    # A corpus indexed before the facets column existed, or before the folded index:
    # drop what is out of date and build it again from the articles.
    if not exact_ok:
        for trigger in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
        conn.execute(text(f"DROP VIEW IF EXISTS {CONTENT_VIEW}"))
    for stmt in _DDL:
        conn.execute(text(stmt))
    if not exact_ok:
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
    if not folded_ok:
        conn.execute(text(f"INSERT INTO {FOLDED_TABLE}(rowid, {_FOLDED_COLUMNS}) SELECT id, vnfold(title), "
                          f"vnfold(coalesce(lead, '')), vnfold(text) FROM articles"))


def _has_column(conn, table: str, name: str) -> bool:
    return name in [row[1] for row in conn.execute(text(f"PRAGMA table_info({table})"))]
