"""SQLite FTS5 index over articles, kept in sync by triggers.

`remove_diacritics 0` keeps Vietnamese tone marks significant: with FTS5's
default (1) "tuyên" would match "tuyến" and "Đảng" would not match at all
consistently, which corrupts exact counts. Folded search comes later as a
second index.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

FTS_TABLE = "articles_fts"
FOLDED_TABLE = "articles_fts_folded"

_DDL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        title, lead, text, content='articles', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0")""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, title, lead, text) VALUES (new.id, new.title, new.lead, new.text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, lead, text)
        VALUES ('delete', old.id, old.title, old.lead, old.text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, lead, text ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, lead, text)
        VALUES ('delete', old.id, old.title, old.lead, old.text);
        INSERT INTO {FTS_TABLE}(rowid, title, lead, text) VALUES (new.id, new.title, new.lead, new.text);
    END""",
]


# Diacritic-free search ("tuyen giao" finds "tuyên giáo", "dang" finds "Đảng"): a contentless
# index of the folded text, fed through vnfold(), which models.make_engine registers.
_DDL += [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FOLDED_TABLE} USING fts5(
        title, lead, text, content='', tokenize="unicode61 remove_diacritics 0")""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_folded_ai AFTER INSERT ON articles BEGIN
        INSERT INTO {FOLDED_TABLE}(rowid, title, lead, text)
        VALUES (new.id, vnfold(new.title), vnfold(coalesce(new.lead, '')), vnfold(new.text));
    END""",
    # A contentless index forgets a row only when told its old values ('delete' command).
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_folded_ad AFTER DELETE ON articles BEGIN
        INSERT INTO {FOLDED_TABLE}({FOLDED_TABLE}, rowid, title, lead, text)
        VALUES ('delete', old.id, vnfold(old.title), vnfold(coalesce(old.lead, '')), vnfold(old.text));
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS articles_fts_folded_au AFTER UPDATE OF title, lead, text ON articles BEGIN
        INSERT INTO {FOLDED_TABLE}({FOLDED_TABLE}, rowid, title, lead, text)
        VALUES ('delete', old.id, vnfold(old.title), vnfold(coalesce(old.lead, '')), vnfold(old.text));
        INSERT INTO {FOLDED_TABLE}(rowid, title, lead, text)
        VALUES (new.id, vnfold(new.title), vnfold(coalesce(new.lead, '')), vnfold(new.text));
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


def ensure_index(engine: Engine) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for stmt in _PG_DDL:
                conn.execute(text(stmt))
        return
    if not available(engine):
        return
    with engine.begin() as conn:
        had_folded = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": FOLDED_TABLE}).first()
        for stmt in _DDL:
            conn.execute(text(stmt))
        if not had_folded:
            # A corpus built before the folded index existed: index what it holds.
            conn.execute(text(f"INSERT INTO {FOLDED_TABLE}(rowid, title, lead, text) SELECT id, vnfold(title), "
                              f"vnfold(coalesce(lead, '')), vnfold(text) FROM articles"))
