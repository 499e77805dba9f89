"""`harvester serve`: the Datasette metadata, the views, and a real server over HTTP and in Chromium."""
from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import models
from harvester.cli import cli
from harvester.serve import (
    QUERIES,
    VIEWS,
    database_name,
    datasette_metadata,
    ensure_views,
    with_default_hidden_columns,
)
from tests.conftest import CORPUS, DISTRICT, PROVINCE, ROOT, article_html, capture

DOCUMENTED = ["articles", "portals", "departments", "article_departments", "document_refs",
              "article_document_refs", "article_people", "captures"]
TITLE_35 = "Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"


# -- metadata ----------------------------------------------------------------

def test_metadata_names_the_database_after_the_file_and_is_json():
    meta = datasette_metadata("/data/my corpus.sqlite")
    assert list(meta["databases"]) == ["my corpus"] == [database_name("/data/my corpus.sqlite")]
    assert json.loads(json.dumps(meta, ensure_ascii=False)) == meta


def test_metadata_describes_every_column_of_the_corpus_tables():
    tables = datasette_metadata("corpus.sqlite")["databases"]["corpus"]["tables"]
    for name in DOCUMENTED:
        described = tables[name]["columns"]
        actual = {c.name for c in models.Base.metadata.tables[name].columns}
        assert actual <= set(described), (name, actual - set(described))
        assert all(isinstance(v, str) and v for v in described.values())
    for view in VIEWS:
        assert tables[view]["columns"]


def test_metadata_search_facets_hidden_and_big_columns():
    tables = datasette_metadata("corpus.sqlite")["databases"]["corpus"]["tables"]
    assert tables["articles"]["fts_table"] == "articles_fts" and tables["articles"]["fts_pk"] == "id"
    assert tables["article_list"]["fts_table"] == "articles_fts" and tables["article_list"]["fts_pk"] == "id"
    assert tables["article_departments_named"]["fts_pk"] == "article_id"
    facets = tables["article_list"]["facets"]
    assert {"portal", "province", "month"} <= set(f for f in facets if isinstance(f, str))
    assert {"array": "departments"} in facets
    assert {"department", "month", "portal"} <= set(tables["article_departments_named"]["facets"])
    for hidden in ("schema_info", "articles_fts", "articles_fts_folded", "articles_fts_data", "articles_fts_idx"):
        assert tables[hidden]["hidden"] is True
    assert "body_gz" in tables["captures"]["plugins"]["harvester"]["default_hidden_columns"]
    assert "text" in tables["articles"]["plugins"]["harvester"]["default_hidden_columns"]


def test_metadata_canned_queries():
    queries = datasette_metadata("corpus.sqlite")["databases"]["corpus"]["queries"]
    assert queries == QUERIES
    expected = {
        "articles_per_month_citing_document": ":document",
        "articles_per_month_by_department": ":department",
        "most_active_departments": None,
        "phrase_per_portal": ":q",
    }
    for name, param in expected.items():
        assert queries[name]["title"] and queries[name]["description"]
        if param:
            assert param in queries[name]["sql"]
    assert "articles_fts match" in queries["phrase_per_portal"]["sql"]


def test_default_hidden_columns_are_added_only_when_no_columns_are_chosen():
    hidden = {("corpus", "captures"): ["body_gz", "headers"]}

    def qs(path, query=""):
        scope = {"type": "http", "path": path, "query_string": query.encode()}
        return with_default_hidden_columns(scope, hidden)["query_string"].decode()

    assert qs("/corpus/captures") == "_nocol=body_gz&_nocol=headers"
    assert qs("/corpus/captures.json", "_size=1") == "_size=1&_nocol=body_gz&_nocol=headers"
    assert qs("/corpus/captures", "_col=body_gz") == "_col=body_gz"
    assert qs("/corpus/captures", "_nocol=url") == "_nocol=url"
    assert qs("/corpus/captures/1") == ""  # the row page shows everything
    assert qs("/corpus/articles") == ""
    spaced = {("my corpus.v2", "captures"): ["body_gz"]}  # Datasette's tilde-encoded names
    scope = {"type": "http", "path": "/my+corpus~2Ev2/captures.csv", "query_string": b""}
    assert with_default_hidden_columns(scope, spaced)["query_string"] == b"_nocol=body_gz"


# -- views -------------------------------------------------------------------

def test_views_are_created_once_and_count_months_in_vietnam_time(corpus):
    path = corpus.url.database
    written, warning = ensure_views(path)
    assert sorted(written) == sorted(VIEWS) and warning is None
    assert ensure_views(path) == ([], None)  # nothing to do the second time
    with sqlite3.connect(path) as conn:
        conn.execute("update articles set published_at = '2023-12-31 20:30:00.000000' where title = ?", (TITLE_35,))
        row = conn.execute("select published, month, year, portal, province, departments, documents "
                           "from article_list where title = ?", (TITLE_35,)).fetchone()
        assert row[:5] == ("2024-01-01 03:30", "2024-01", "2024", "thanhhoa-test", "Long An")
        assert "Ban Tuyên giáo Huyện uỷ Thạnh Hoá" in json.loads(row[5])
        assert json.loads(row[6]) == ["35-NQ/TW"]
        named = conn.execute("select department, role from article_departments_named where title = ?",
                             (TITLE_35,)).fetchall()
        assert ("Ban Tuyên giáo Huyện uỷ Thạnh Hoá", "publisher") in named
        docs = conn.execute("select document, kind, month from article_documents_named").fetchall()
        assert docs == [("35-NQ/TW", "Nghị quyết", "2024-01")]


def test_views_on_a_read_only_file_give_a_warning(corpus, tmp_path):
    path = Path(corpus.url.database)
    corpus.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):  # root writes anyway: the views simply get created
            assert ensure_views(path)[1] is None
        else:
            written, warning = ensure_views(path)
            assert written == [] and "article_list" in warning
    finally:
        path.chmod(0o644)


# -- the command's errors ----------------------------------------------------

def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: no corpus at {tmp_path / 'none.sqlite'} "
                                                  "(run a crawl first, or pass --db)"]


def test_serve_refuses_what_is_not_a_corpus(tmp_path):
    (tmp_path / "x.sqlite").write_text("not a database")
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot open")
    sqlite3.connect(tmp_path / "empty.sqlite").execute("create table t (x)").connection.close()
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "empty.sqlite")])
    assert result.exit_code == 1 and "is not a harvester corpus" in result.output
    result = CliRunner().invoke(cli, ["serve", "--db", "postgresql+psycopg://u:secret@db.invalid/c"])
    assert result.exit_code == 1 and "SQLite" in result.output and "secret" not in result.output


def test_serve_help():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "127.0.0.1" in result.output


# -- a real server -------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    from pipelines.process import process_page
    from pipelines.store import store_page
    from pipelines.types import Article

    path = tmp_path_factory.mktemp("serve") / "corpus.sqlite"
    engine = models.make_engine(path)
    models.init_db(engine)
    sessions = models.session_factory(engine)
    for portal, url, title, date, paras, author in CORPUS:
        result = process_page(capture(url, article_html(title, date, paras, author)), portal.info())
        assert isinstance(result, Article), result
        store_page(sessions, portal, capture(url, article_html(title, date, paras, author)), result)
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def server(corpus_file):
    """`harvester serve --port 0` in a subprocess; yields its base URL (http://127.0.0.1:N/corpus)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "harvester.cli", "serve", "--db", str(corpus_file), "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    base, seen, deadline = None, [], time.monotonic() + 60
    while base is None and time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        seen.append(line)
        if line.startswith("Serving ") and " at http://" in line:
            base = line.split(" at ", 1)[1].strip()
    if base is None:
        proc.kill()
        pytest.fail("server did not start:\n" + "".join(seen))
    assert base.startswith("http://127.0.0.1:") and base.endswith("/corpus")
    _wait_until_up(base)
    yield base
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _wait_until_up(base: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + ".json", timeout=5).close()
            return
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def get(base: str, path: str, **params) -> tuple[int, str]:
    url = base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def get_json(base: str, path: str, **params):
    status, body = get(base, path, **params)
    assert status == 200, body[:500]
    return json.loads(body)


def test_database_page_lists_tables_views_and_queries(server):
    status, html = get(server, "")
    assert status == 200
    for text in ("article_list", "article_departments_named", "Articles per month citing a document",
                 "Most active departments", "Articles mentioning a phrase, per portal"):
        assert text in html
    data = get_json(server, ".json")
    tables = {t["name"]: t for t in data["tables"]}
    assert tables["schema_info"]["hidden"] and tables["articles_fts"]["hidden"]
    assert not tables["articles"]["hidden"] and tables["articles"]["count"] == 3
    assert {v["name"] for v in data["views"]} >= set(VIEWS)


def test_articles_table_with_facet_and_column_descriptions(server):
    status, html = get(server, "/articles", _facet="portal_id")
    assert status == 200
    assert "Headline (tiêu đề)" in html and TITLE_35 in html
    data = get_json(server, "/articles.json", _facet="portal_id")
    assert data["filtered_table_rows_count"] == 3
    facet = {r["label"]: r["count"] for r in data["facet_results"]["portal_id"]["results"]}
    assert facet == {DISTRICT.name: 2, PROVINCE.name: 1}  # foreign key shown by its label
    assert "text" not in data["columns"] and "title" in data["columns"]  # big columns left out by default


def test_article_list_facets_by_portal_province_month_and_department(server):
    data = get_json(server, "/article_list.json", _extra="facet_results")
    facets = {name: {r["value"]: r["count"] for r in f["results"]} for name, f in data["facet_results"].items()}
    assert facets["portal"] == {"thanhhoa-test": 2, "longan-test": 1}
    assert facets["province"] == {"Long An": 3}
    assert facets["month"] == {"2024-06": 1, "2022-05": 1, "2022-01": 1}
    assert facets["departments"]["Ban Tuyên giáo Huyện uỷ Thạnh Hoá"] == 2
    rows = get_json(server, "/article_list.json", _shape="array", month="2024-06")
    assert [r["title"] for r in rows] == [TITLE_35]
    named = get_json(server, "/article_departments_named.json", _shape="array",
                     department="UBND tỉnh Long An", role="publisher")
    assert [r["title"] for r in named] == ["HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]


def test_full_text_search(server):
    rows = get_json(server, "/articles.json", _search="nền tảng tư tưởng", _shape="array")
    assert [r["title"] for r in rows] == [TITLE_35]
    rows = get_json(server, "/article_list.json", _search="dân vận", _shape="array")
    assert [r["portal"] for r in rows] == ["thanhhoa-test"]
    rows = get_json(server, "/article_departments_named.json", _search="HĐND", _shape="array")
    assert rows and {r["portal"] for r in rows} == {"longan-test"}
    status, html = get(server, "/articles", _search="nền tảng")
    assert status == 200 and TITLE_35 in html and "1 row" in html


def test_canned_queries_with_parameters(server):
    rows = get_json(server, "/articles_per_month_citing_document.json", document="35-NQ/TW", _shape="array")
    assert rows == [{"month": "2024-06", "articles": 1, "portals": 1, "documents": "35-NQ/TW"}]
    assert get_json(server, "/articles_per_month_citing_document.json", document="35-NQ", _shape="array") == rows
    rows = get_json(server, "/articles_per_month_by_department.json",
                    department="Ban Tuyên giáo Huyện ủy Thạnh Hóa", _shape="array")  # ủy/Hóa as typed
    assert [(r["month"], r["articles"], r["published_by"]) for r in rows] == [("2022-05", 1, 1), ("2024-06", 1, 1)]
    assert get_json(server, "/articles_per_month_by_department.json", department="tuyen giao huyen uy thanh hoa",
                    _shape="array") == rows
    rows = get_json(server, "/phrase_per_portal.json", q="nông thôn mới", _shape="array")
    assert [(r["portal"], r["articles"]) for r in rows] == [("thanhhoa-test", 1)]
    rows = get_json(server, "/phrase_per_month.json", q="kỳ họp", _shape="array")
    assert rows == [{"month": "2022-01", "articles": 1, "portals": 1}]
    rows = get_json(server, "/phrase_without_diacritics.json", q="nen tang tu tuong", _shape="array")
    assert [r["title"] for r in rows] == [TITLE_35]
    top = get_json(server, "/most_active_departments.json", _shape="array")
    assert top[0]["articles"] >= top[-1]["articles"] and top[0]["department"]
    status, html = get(server, "/articles_per_month_citing_document", document="35-NQ/TW")
    assert status == 200 and "2024-06" in html


def test_captures_hide_the_raw_page_unless_asked(server):
    data = get_json(server, "/captures.json", _size="1")
    assert "body_gz" not in data["columns"] and "outcome" in data["columns"]
    data = get_json(server, "/captures.json", _size="1", _col="body_gz")
    assert "body_gz" in data["columns"]


def test_datasette_connections_are_read_only(corpus_file):
    import asyncio

    from harvester.serve import make_datasette

    db = make_datasette(corpus_file).get_database("corpus")

    async def check():
        folded = await db.execute("select vnfold('Đảng ủy')")  # the plugin's function
        assert folded.rows[0][0] == "Dang uy"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await db.execute_fn(lambda conn: conn.execute("update articles set title = 'x'"))

    try:
        asyncio.run(check())
    finally:
        db.close()


def test_server_is_read_only(server, corpus_file):
    status, body = get(server, ".json", sql="update articles set title = 'x'")
    assert status >= 400 or "error" in body.lower()
    with sqlite3.connect(f"file:{corpus_file}?mode=ro", uri=True) as conn:
        assert conn.execute("select count(*) from articles where title = 'x'").fetchone() == (0,)


# -- a real browser ------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def dump_dom(url: str, profile: Path) -> str:
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                    reason="chromium is not installed (apt-get install chromium); CI installs it")
def test_pages_render_in_headless_chromium(server, tmp_path):
    assert CHROMIUM, "CI must have chromium (.ci/run installs it)"
    article_id = get_json(server, "/articles.json", _search="nền tảng", _shape="array")[0]["id"]
    dom = dump_dom(f"{server}/articles/{article_id}", tmp_path / "profile")
    assert TITLE_35 in dom and "Bộ Chính trị" in dom  # the row page shows the article text
    search = server + "/article_list?" + urllib.parse.urlencode({"_search": "nền tảng"})
    dom = dump_dom(search, tmp_path / "profile")
    assert TITLE_35 in dom and f'href="/corpus/articles/{article_id}"' in dom
    assert "Phong trào dân vận khéo" not in dom
