"""Schema migrations (Alembic) on SQLite and PostgreSQL, and moving a corpus between them."""
from __future__ import annotations

import threading

from alembic import command
from click.testing import CliRunner
import pytest
from sqlalchemy import inspect, select, text

import models
from harvester import fts, schema
from harvester.cli import cli
from harvester.errors import DatabaseError
from harvester.query import Filters, departments, search
from pipelines.store import ensure_department
from pipelines.types import DepartmentMention
from tests.test_search_facets import index_without_facets


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def url_of(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def build_v1_corpus(engine) -> None:
    """A corpus as the code before Alembic left it: schema_info version 1, no alembic_version,
    and a department stored twice (the old unique constraint let NULL level/locality repeat)."""
    with engine.begin() as conn:
        command.upgrade(schema._config(conn), schema.BASELINE)
        conn.execute(text("DROP TABLE alembic_version"))
    fts.ensure_index(engine)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            index_without_facets(conn)
        conn.execute(text("INSERT INTO schema_info (id, version, created_at) VALUES (1, 1, '2024-07-01 00:00:00')"))
        conn.execute(text("INSERT INTO portals (id, key, name, base_url, platform) VALUES "
                          "(1, 'thanhhoa', 'Huyện ủy Thạnh Hóa', 'https://thanhhoa.test.invalid/', 'dcs')"))
        conn.execute(text(
            "INSERT INTO articles (id, url, portal_id, title, text, language, text_hash, sentence_count, word_count, "
            "segmented, processed_with, first_seen, last_processed) VALUES (1, 'https://thanhhoa.test.invalid/a.311', 1, "
            "'Hội nghị quán triệt Nghị quyết 35', 'Ban Tuyên giáo Huyện ủy Thạnh Hóa tổ chức hội nghị quán triệt.', "
            "'vi', 'h1', 1, 10, '', '{}', '2024-07-01 00:00:00', '2024-07-01 00:00:00')"))
        for dept_id in (1, 2):
            conn.execute(text("INSERT INTO departments (id, name, kind, aliases) VALUES "
                              "(:i, 'Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo', '[]')"), {"i": dept_id})
        conn.execute(text("INSERT INTO article_departments (article_id, department_id, role, count) VALUES "
                          "(1, 1, 'mentioned', 1), (1, 2, 'mentioned', 2), (1, 2, 'author', 1)"))


@pytest.fixture(params=["sqlite", "postgresql"])
def blank(request, tmp_path):
    if request.param == "sqlite":
        eng = models.make_engine(tmp_path / "old.sqlite")
        yield eng
        eng.dispose()
        return
    pg = request.getfixturevalue("pg_engine")  # built by init_db: empty it for the old schema
    models.Base.metadata.drop_all(pg)
    with pg.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    yield pg


def test_a_pre_alembic_corpus_is_refused_then_upgraded_in_place(blank):
    build_v1_corpus(blank)
    assert schema.state(blank).legacy
    # Commands that open the corpus refuse an old schema with one line, and touch nothing.
    with pytest.raises(DatabaseError, match="harvester db upgrade"):
        models.init_db(blank)
    result = run("search", "hội nghị", "--db", url_of(blank))
    assert result.exit_code == 1 and "run `harvester db upgrade`" in result.output

    result = run("db", "upgrade", "--db", url_of(blank))
    assert result.exit_code == 0, result.output
    assert f"from {schema.BASELINE} to {schema.head()}" in result.output
    assert schema.state(blank).up_to_date and models.schema_version(blank) == models.SCHEMA_VERSION

    # The duplicate body is one row now, with every link of both kept (counts of the kept row win).
    with blank.connect() as conn:
        assert conn.execute(text("SELECT id FROM departments")).scalars().all() == [1]
        assert sorted(conn.execute(text("SELECT department_id, role FROM article_departments"))) == [
            (1, "author"), (1, "mentioned")]
    assert {c["name"] for c in inspect(blank).get_columns("captures")} >= {"claimed_by", "claimed_at", "article_url"}
    assert "capture_id" in {c["name"] for c in inspect(blank).get_columns("articles")}
    # The article written before the upgrade is still found (by the rebuilt index, through its
    # portal facet on SQLite), and the corpus opens normally.
    models.init_db(blank)
    assert [h.title for h in search(blank, "quán triệt")] == ["Hội nghị quán triệt Nghị quyết 35"]
    assert [h.title for h in search(blank, "quán triệt", Filters(portals=("thanhhoa",)))] == [
        "Hội nghị quán triệt Nghị quyết 35"]
    assert [d.name for d in departments(blank)] == ["Ban Tuyên giáo Trung ương"]
    assert "already at" in run("db", "upgrade", "--db", url_of(blank)).output


def test_fresh_databases_are_built_at_head_and_departments_are_stored_once(any_corpus):
    # HEAD lets an up-to-date corpus open without Alembic: it must name the newest migration.
    assert schema.HEAD == schema.head()
    assert schema.state(any_corpus).current == schema.head()
    sessions = models.session_factory(any_corpus)
    mention = DepartmentMention(name="Ban Tổ chức Trung ương", kind="Ban Tổ chức", level=None, locality=None,
                                role="mentioned")
    with sessions.begin() as s:
        first = ensure_department(s, mention)
    with sessions.begin() as s:
        assert ensure_department(s, mention) == first
        with pytest.raises(Exception):  # the identity index itself refuses a NULL-level twin
            s.execute(text("INSERT INTO departments (name, kind, aliases) VALUES "
                           "('Ban Tổ chức Trung ương', 'Ban Tổ chức', '[]')"))


def test_a_database_newer_than_the_code_is_refused(tmp_path):
    eng = models.make_engine(tmp_path / "c.sqlite")
    models.init_db(eng)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    result = run("search", "x", "--db", str(tmp_path / "c.sqlite"))
    assert result.exit_code == 1 and "unknown to this harvester" in result.output
    assert run("db", "upgrade", "--db", str(tmp_path / "c.sqlite")).exit_code == 1


def test_db_copy_moves_a_sqlite_corpus_into_postgresql(corpus, pg_engine):
    models.Base.metadata.drop_all(pg_engine)
    with pg_engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    result = run("db", "copy", "--from", url_of(corpus), "--to", url_of(pg_engine))
    assert result.exit_code == 0, result.output
    assert "Copied 3 articles, 3 captures" in result.output
    for name in ("articles", "captures", "article_departments", "departments", "portals", "crawl_runs"):
        table = models.Base.metadata.tables[name]
        with corpus.connect() as a, pg_engine.connect() as b:
            assert a.execute(select(table).order_by(table.c.id)).all() == \
                   b.execute(select(table).order_by(table.c.id)).all()
    # Same answers from both, and the copy keeps growing after the copied ids.
    assert [h.url for h in search(pg_engine, "nền tảng")] == [h.url for h in search(corpus, "nền tảng")]
    with models.session_factory(pg_engine).begin() as s:
        new = ensure_department(s, DepartmentMention(name="Ban Dân vận Tỉnh ủy Long An", kind="Ban Dân vận",
                                                     level="tỉnh", locality="Long An", role="mentioned"))
    with corpus.connect() as conn:
        assert new > conn.scalar(select(models.Department.id).order_by(models.Department.id.desc()).limit(1))
    # A second copy into the now non-empty database is refused, the database untouched.
    result = run("db", "copy", "--from", url_of(corpus), "--to", url_of(pg_engine))
    assert result.exit_code == 1 and "already holds 3 article(s)" in result.output


@pytest.mark.parametrize("args", [["db", "status"], ["db", "upgrade"]])
def test_an_unreachable_database_is_one_line(args):
    result = run(*args, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/corpus")
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open database postgresql+psycopg://nobody@127.0.0.1:1/corpus")


def test_workers_starting_together_build_a_fresh_database_once(blank):
    from concurrent.futures import ThreadPoolExecutor

    url = url_of(blank)
    start = threading.Barrier(4)

    def open_corpus(_):
        engine = models.make_engine(url)  # each worker its own engine, as separate processes have
        start.wait()
        try:
            models.init_db(engine)
        finally:
            engine.dispose()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(open_corpus, range(4)))  # any worker's error is raised here
    assert schema.state(blank).current == schema.head()
    with blank.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalars().all() == [models.SCHEMA_VERSION]


def test_the_migrations_build_what_the_models_describe(blank):
    """Upgrading an empty database through every migration gives the models' schema: a model
    change without its migration (or a migration that differs) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with blank.begin() as conn:
        command.upgrade(schema._config(conn), "head")
    # The search index is fts.py's (triggers, virtual tables, expression indexes), not the models'.
    search_index = ("articles_fts", "articles_search_source", "ix_articles_tsv")
    with blank.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), models.Base.metadata)
    diffs = [d for d in diffs if not (isinstance(d, tuple) and any(
        str(getattr(part, "name", "")).startswith(search_index) for part in d[1:]))]
    if blank.dialect.name == "sqlite":
        # SQLite does not report the name of a constraint added with its column (0003's
        # capture_id), so the same foreign key reads as removed and added under a name.
        diffs = [d for d in diffs if not (isinstance(d, tuple) and d[0] in ("remove_fk", "add_fk"))]
    assert diffs == []
