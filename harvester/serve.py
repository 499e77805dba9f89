"""`harvester serve`: the corpus in Datasette, read-only, with the project's metadata.

Datasette (https://datasette.io) is the browser researchers already know: tables with
facets, full-text search, row pages, SQL, CSV and JSON. This module gives it what it
cannot guess about the corpus:

- `datasette_metadata(db_path)`: column descriptions, the FTS5 index behind `articles`
  (`articles_fts`, external content, rowid = `articles.id`), facets, hidden tables and
  the canned queries of the researchers' usual questions;
- three SQL views (`article_list`, `article_departments_named`, `article_documents_named`)
  that join portals, departments and documents in and compute the Vietnamese-time month,
  so that portal, province, department and month are facets. They are the only thing
  `serve` writes, once, before the server starts (`ensure_views`); Datasette itself opens
  the file read-only (`mode=ro`);
- a small plugin: `vnfold()` in SQL (diacritic-free matching, as `search --fold`), titles
  in the views linked to the article's row page, and big columns (`captures.body_gz`,
  `articles.text`, ...) left out of default table views (`?_col=NAME` brings one back).
"""
from __future__ import annotations

import socket
import sqlite3
import sys
from pathlib import Path

from datasette import hookimpl

from harvester.errors import DatabaseError, InputError

# Vietnam has kept UTC+7 all year since 1975; published_at is stored in UTC.
VN_OFFSET = "'+7 hours'"


def _local(column: str, fmt: str) -> str:
    return f"strftime('{fmt}', {column}, {VN_OFFSET})"


# Every view carries the article's Vietnamese-time date at three grains (facets) ...
_DATES = f"""       {_local('a.published_at', '%Y-%m-%d %H:%M')} AS published,
       {_local('a.published_at', '%Y-%m')} AS month,
       {_local('a.published_at', '%Y')} AS year,
"""
# ... and the link views the article's title and portal beside each department or document.
_ARTICLE_CONTEXT = f"""{_DATES}       a.title AS title,
       p.key AS portal,
       p.province AS province,
"""

VIEWS: dict[str, str] = {
    "article_list": f"""CREATE VIEW article_list AS
SELECT a.id AS id,
{_DATES}       a.title AS title,
       p.key AS portal,
       p.name AS portal_name,
       p.province AS province,
       p.district AS district,
       p.level AS level,
       a.author AS author,
       (SELECT json_group_array(DISTINCT d.name) FROM article_departments ad
          JOIN departments d ON d.id = ad.department_id WHERE ad.article_id = a.id) AS departments,
       (SELECT json_group_array(DISTINCT r.number) FROM article_document_refs ar
          JOIN document_refs r ON r.id = ar.document_id WHERE ar.article_id = a.id) AS documents,
       a.word_count AS word_count,
       a.cluster_id AS cluster_id,
       a.url AS url
FROM articles a JOIN portals p ON p.id = a.portal_id""",
    "article_departments_named": f"""CREATE VIEW article_departments_named AS
SELECT ad.id AS id,
       ad.article_id AS article_id,
{_ARTICLE_CONTEXT}       d.name AS department,
       d.kind AS kind,
       d.level AS level,
       d.locality AS locality,
       ad.role AS role,
       ad.count AS mentions
FROM article_departments ad
JOIN articles a ON a.id = ad.article_id
JOIN portals p ON p.id = a.portal_id
JOIN departments d ON d.id = ad.department_id""",
    "article_documents_named": f"""CREATE VIEW article_documents_named AS
SELECT ar.id AS id,
       ar.article_id AS article_id,
{_ARTICLE_CONTEXT}       r.number AS document,
       r.kind AS kind,
       r.issuer AS issuer,
       r.year AS document_year,
       ar.count AS mentions
FROM article_document_refs ar
JOIN articles a ON a.id = ar.article_id
JOIN portals p ON p.id = a.portal_id
JOIN document_refs r ON r.id = ar.document_id""",
}

# The column of each view that holds the article's id (its title links to the row page).
ARTICLE_KEY = {"article_list": "id", "article_departments_named": "article_id", "article_documents_named": "article_id"}

# Columns too big (or binary) for a table page; a row page still shows them.
DEFAULT_HIDDEN_COLUMNS = {
    "articles": ["text", "segmented", "processed_with"],
    "captures": ["body_gz", "headers", "processed_with"],
}

PLUGIN = "harvester"

# ---------------------------------------------------------------------------
# Descriptions: English, with the Vietnamese term where a researcher would look for it.

PUBLISHED_VN = "Publication time, Vietnam time (UTC+7), YYYY-MM-DD HH:MM"
MONTH_VN = "Month of publication, Vietnam time (YYYY-MM)"
YEAR_VN = "Year of publication, Vietnam time"

TABLES: dict[str, dict] = {
    "articles": {
        "description": "One row per article (bài viết), identified by its canonical URL. "
                       "Search box: every word must occur (\"quoted phrases\" work); "
                       "add _searchmode=raw to the URL for FTS5 syntax (OR, NOT, prefix*).",
        "columns": {
            "id": "Article id",
            "url": "Canonical URL of the article on its portal",
            "portal_id": "Portal that published it (cổng thông tin) → portals",
            "title": "Headline (tiêu đề)",
            "lead": "Lead paragraph (sapo), when the page marks one",
            "text": "Main text, furniture removed (nội dung)",
            "author": "Author from the byline (tác giả)",
            "source_credit": "Credited source, e.g. 'Theo Báo Long An' (nguồn)",
            "published_at": "Publication time in UTC (add 7 hours for Vietnam time)",
            "published_raw": "Date as written on the page",
            "date_method": "Where the date was found (metadata, date area, URL, ...; capture-time: "
                           "only an archive's capture time, an upper bound)",
            "date_confidence": "Confidence in the date, 0–1",
            "updated_at": "Last-updated time the page declares (UTC)",
            "language": "Language code (vi)",
            "text_hash": "SHA-256 of the normalized text (exact duplicates share it)",
            "cluster_id": "Near-duplicate cluster (articles republished across portals)",
            "sentence_count": "Number of sentences",
            "word_count": "Number of words (segmented, tách từ)",
            "segmented": "Text segmented into words, multi-syllable words joined with _",
            "processed_with": "Versions of the code that processed it (JSON)",
            "first_seen": "When the crawler first stored it (UTC)",
            "last_processed": "When it was last processed (UTC)",
            "capture_id": "The capture it was stored from (the best of several: live, Wayback, WARC)",
        },
        "label_column": "title",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "sort_desc": "published_at",
        "facets": ["portal_id"],
    },
    "portals": {
        "description": "Portals crawled (cổng/trang thông tin điện tử), from data/portals/*.toml",
        "columns": {
            "id": "Portal id",
            "key": "Registry key",
            "name": "Name of the portal",
            "base_url": "Home page",
            "platform": "Platform family (liferay, dcs, newspaper, ...)",
            "province": "Province (tỉnh)",
            "district": "District (huyện), for district portals",
            "level": "Level: Trung ương, tỉnh, huyện or xã",
            "owner": "Publishing body (cơ quan chủ quản)",
            "active_from": "First day the portal publishes",
            "active_to": "Last day (district portals ended on 2025-06-30)",
        },
        "label_column": "name",
        "facets": ["province", "level", "platform"],
    },
    "departments": {
        "description": "Canonical Party and state bodies (cơ quan, đơn vị) named in articles",
        "columns": {
            "id": "Department id",
            "name": "Canonical name (tên cơ quan)",
            "kind": "Kind of body: Ban Tuyên giáo, UBND, Huyện ủy, ... (loại)",
            "level": "Level: Trung ương, tỉnh, huyện or xã (cấp)",
            "locality": "Province, district or commune it belongs to (địa phương)",
            "valid_from": "First day the body existed under this name",
            "valid_to": "Last day (mergers of 2025, end of districts)",
            "aliases": "Other spellings and abbreviations seen (JSON)",
        },
        "label_column": "name",
        "facets": ["kind", "level"],
    },
    "article_departments": {
        "description": "Which bodies an article concerns, and how",
        "columns": {
            "id": "Link id",
            "article_id": "Article → articles",
            "department_id": "Body → departments",
            "role": "publisher (portal owner), author (the body that wrote it) or mentioned",
            "count": "Number of mentions in the article",
        },
        "facets": ["role"],
    },
    "document_refs": {
        "description": "Party and state documents cited (văn bản: nghị quyết, chỉ thị, ...), by normalized number",
        "columns": {
            "id": "Document id",
            "number": "Normalized number, e.g. 35-NQ/TW (số hiệu)",
            "kind": "Kind: Nghị quyết, Chỉ thị, Quyết định, Kết luận, ... (loại văn bản)",
            "issuer": "Issuing body: Bộ Chính trị, Trung ương Đảng, Quốc hội, ... (cơ quan ban hành)",
            "level": "Level of the issuer",
            "year": "Year of issue, when the number or citation gives it",
        },
        "label_column": "number",
        "facets": ["kind", "issuer", "year"],
    },
    "article_document_refs": {
        "description": "Documents an article cites",
        "columns": {
            "id": "Link id",
            "article_id": "Article → articles",
            "document_id": "Document → document_refs",
            "count": "Number of citations in the article",
        },
    },
    "article_people": {
        "description": "People named with a title that links them to a body (chức danh + họ tên)",
        "columns": {
            "id": "Link id",
            "article_id": "Article → articles",
            "name": "Person's name (họ tên)",
            "title": "Title as written, e.g. 'Trưởng Ban Tuyên giáo Huyện ủy' (chức danh)",
            "department_id": "The body of the title → departments",
        },
        "facets": ["department_id"],
    },
    "captures": {
        "description": "Every page fetched, kept gzipped so it can be processed again. "
                       "body_gz, headers and processed_with are hidden here (?_col=body_gz shows one).",
        "columns": {
            "id": "Capture id",
            "url": "Canonical URL",
            "fetched_url": "URL actually fetched (a mirror or archive)",
            "portal_key": "Portal registry key",
            "fetched_at": "Fetch time (UTC)",
            "source": "live, wayback, warc or file",
            "archive_timestamp": "Archive timestamp (YYYYMMDDhhmmss), for archived captures",
            "status": "HTTP status",
            "headers": "HTTP response headers (JSON)",
            "body_gz": "Raw page, gzip-compressed (binary)",
            "body_hash": "SHA-256 of the raw page",
            "outcome": "'article' or why the page is not one (listing-page, home-page, ...)",
            "processed_with": "Versions of the code that decided the outcome (JSON)",
            "is_article": "1 when the page became an article",
            "article_url": "The article this page was processed into (all captures of one article share it)",
            "claimed_by": "The `harvester process` worker (host:pid) holding this page, while it works on it",
            "claimed_at": "When that worker took it (a claim lapses after ten minutes)",
        },
        "facets": ["outcome", "portal_key", "source"],
    },
    "crawl_runs": {
        "description": "One row per crawl: pages, new and updated articles, rejections, errors",
    },
    "article_list": {
        "description": "Articles with their portal, province, month, departments and documents: "
                       "the view to browse and facet. Click a title for the full article.",
        "columns": {
            "id": "Article id → articles",
            "published": PUBLISHED_VN,
            "month": MONTH_VN,
            "year": YEAR_VN,
            "title": "Headline (tiêu đề)",
            "portal": "Portal key",
            "portal_name": "Portal name",
            "province": "Province of the portal (tỉnh)",
            "district": "District of the portal (huyện)",
            "level": "Level of the portal",
            "author": "Author (tác giả)",
            "departments": "Bodies linked to the article as publisher, author or mentioned (JSON list)",
            "documents": "Documents cited (JSON list of numbers)",
            "word_count": "Number of words",
            "cluster_id": "Near-duplicate cluster",
            "url": "Canonical URL",
        },
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "sort_desc": "published",
        "facets": ["portal", "province", "month", {"array": "departments"}, "year", {"array": "documents"}],
    },
    "article_departments_named": {
        "description": "One row per article and body it concerns, with names: facet by department, "
                       "role, kind, portal and month. The search box searches the articles.",
        "columns": {
            "id": "Link id",
            "article_id": "Article id → articles",
            "published": PUBLISHED_VN,
            "month": MONTH_VN,
            "year": YEAR_VN,
            "title": "Headline",
            "portal": "Portal key",
            "province": "Province of the portal",
            "department": "Canonical name of the body",
            "kind": "Kind of body",
            "level": "Level of the body",
            "locality": "Locality of the body",
            "role": "publisher, author or mentioned",
            "mentions": "Mentions in the article",
        },
        "fts_table": "articles_fts",
        "fts_pk": "article_id",
        "sort_desc": "published",
        "facets": ["department", "role", "kind", "portal", "month"],
    },
    "article_documents_named": {
        "description": "One row per article and document it cites: facet by document, kind, issuer, "
                       "portal and month.",
        "columns": {
            "id": "Link id",
            "article_id": "Article id → articles",
            "published": PUBLISHED_VN,
            "month": MONTH_VN,
            "year": YEAR_VN,
            "title": "Headline",
            "portal": "Portal key",
            "province": "Province of the portal",
            "document": "Document number, e.g. 35-NQ/TW",
            "kind": "Kind of document",
            "issuer": "Issuing body",
            "document_year": "Year of the document",
            "mentions": "Citations in the article",
        },
        "fts_table": "articles_fts",
        "fts_pk": "article_id",
        "sort_desc": "published",
        "facets": ["document", "kind", "issuer", "portal", "month"],
    },
    # Internal: the version record, and the shadow tables of the FTS5 indexes (Datasette
    # hides FTS tables itself; named here so the metadata says so).
    "schema_info": {"hidden": True},
    "articles_fts": {"hidden": True},
    "articles_fts_folded": {"hidden": True},
    "articles_search_source": {"hidden": True},  # the view the exact index reads (fts.CONTENT_VIEW)
}
for _suffix in ("data", "idx", "docsize", "config", "content"):
    TABLES[f"articles_fts_{_suffix}"] = {"hidden": True}
    TABLES[f"articles_fts_folded_{_suffix}"] = {"hidden": True}

MONTH = _local("a.published_at", "%Y-%m")

QUERIES: dict[str, dict] = {
    "articles_per_month_citing_document": {
        "title": "Articles per month citing a document",
        "description": "How many articles cite a document each month (Vietnam time). :document is its number "
                       "as stored, e.g. 35-NQ/TW, or its start (35-NQ); diacritics are optional (QD = QĐ).",
        "sql": f"""select {MONTH} as month,
       count(distinct a.id) as articles,
       count(distinct a.portal_id) as portals,
       group_concat(distinct r.number) as documents
from articles a
join article_document_refs ar on ar.article_id = a.id
join document_refs r on r.id = ar.document_id
where vnfold(r.number) like vnfold(:document) || '%'
group by month
order by month""",
    },
    "articles_per_month_by_department": {
        "title": "Articles per month by a department",
        "description": "Articles per month linked to a body whose name contains :department (e.g. "
                       "'Ban Tuyên giáo Huyện ủy Thạnh Hóa', or 'Tuyen giao'): diacritics and tone placement "
                       "(ủy/uỷ) do not matter; split by the body's role.",
        "sql": f"""select {MONTH} as month,
       count(distinct a.id) as articles,
       count(distinct case when ad.role = 'publisher' then a.id end) as published_by,
       count(distinct case when ad.role = 'author' then a.id end) as written_by,
       count(distinct case when ad.role = 'mentioned' then a.id end) as mentioning,
       group_concat(distinct d.name) as departments
from articles a
join article_departments ad on ad.article_id = a.id
join departments d on d.id = ad.department_id
where vnfold(d.name) like '%' || vnfold(:department) || '%'
group by month
order by month""",
    },
    "most_active_departments": {
        "title": "Most active departments",
        "description": "Bodies by the number of articles linked to them, with the split by role.",
        "sql": """select d.name as department, d.kind, d.level, d.locality,
       count(distinct ad.article_id) as articles,
       count(distinct case when ad.role = 'publisher' then ad.article_id end) as published,
       count(distinct case when ad.role = 'author' then ad.article_id end) as authored,
       count(distinct case when ad.role = 'mentioned' then ad.article_id end) as mentioned_in
from departments d
join article_departments ad on ad.department_id = d.id
group by d.id
order by articles desc, d.name
limit 200""",
    },
    "phrase_per_portal": {
        "title": "Articles mentioning a phrase, per portal",
        "description": "Articles whose title, lead or text contain the phrase :q (words in this order, "
                       "diacritics significant), counted per portal, with first and last dates.",
        "sql": f"""select p.key as portal, p.name as portal_name, p.province,
       count(*) as articles,
       min({_local('a.published_at', '%Y-%m-%d')}) as first,
       max({_local('a.published_at', '%Y-%m-%d')}) as last
from articles_fts
join articles a on a.id = articles_fts.rowid
join portals p on p.id = a.portal_id
where articles_fts match '"' || replace(:q, '"', '""') || '"'
group by p.id
order by articles desc, p.key""",
    },
    "phrase_per_month": {
        "title": "Articles mentioning a phrase, per month",
        "description": "Articles containing the phrase :q each month (Vietnam time), and on how many portals.",
        "sql": f"""select {MONTH} as month, count(*) as articles, count(distinct a.portal_id) as portals
from articles_fts
join articles a on a.id = articles_fts.rowid
where articles_fts match '"' || replace(:q, '"', '""') || '"'
group by month
order by month""",
    },
    "phrase_without_diacritics": {
        "title": "Articles mentioning a phrase, diacritics ignored",
        "description": "Like harvester search --fold: 'tuyen giao' finds 'tuyên giáo' (and 'tuyến giao').",
        "sql": f"""select a.id, {_local('a.published_at', '%Y-%m-%d')} as published, p.key as portal, a.title, a.url
from articles_fts_folded f
join articles a on a.id = f.rowid
join portals p on p.id = a.portal_id
where articles_fts_folded match '"' || replace(vnfold(:q), '"', '""') || '"'
order by a.published_at desc
limit 1000""",
    },
    "most_cited_documents": {
        "title": "Most cited documents",
        "description": "Documents by the number of articles citing them.",
        "sql": """select r.number as document, r.kind, r.issuer, r.year,
       count(distinct ar.article_id) as articles,
       sum(ar.count) as citations
from document_refs r
join article_document_refs ar on ar.document_id = r.id
group by r.id
order by articles desc, r.number
limit 200""",
    },
}


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file (its stem), which its URLs use."""
    return Path(db_path).stem


def datasette_metadata(db_path: str | Path) -> dict:
    """Datasette metadata for the corpus at `db_path` (a plain dict, JSON-serializable)."""
    import copy

    tables = copy.deepcopy(TABLES)
    for table, columns in DEFAULT_HIDDEN_COLUMNS.items():
        tables[table].setdefault("plugins", {})[PLUGIN] = {"default_hidden_columns": list(columns)}
    return {
        "title": "Vietnamese local Party and government news",
        "description_html": (
            "A corpus built by <code>harvester</code>. Start with "
            "<strong>article_list</strong> (facets by portal, province, month and department; "
            "search box), <strong>article_departments_named</strong> and "
            "<strong>article_documents_named</strong>, or the research queries below the tables. "
            "Times are stored in UTC; <em>published</em> and <em>month</em> are Vietnam time. "
            "Read-only."
        ),
        "databases": {
            database_name(db_path): {
                "description": f"Corpus file {Path(db_path).name}",
                "tables": tables,
                "queries": copy.deepcopy(QUERIES),
            }
        },
    }


# ---------------------------------------------------------------------------
# The corpus file and its views


def corpus_path(db: str | Path | None) -> Path:
    """The SQLite file behind --db (a path or an sqlite:/// URL); one-line errors otherwise."""
    import models

    url = models.database_url(db)
    if not url.startswith("sqlite:///"):
        raise DatabaseError(f"serve needs an SQLite corpus file, not a {url.split('://')[0].split('+')[0]} database")
    path = Path(url[len("sqlite:///"):].split("?")[0])
    if not path.is_file():
        raise DatabaseError(f"no corpus at {path} (run a crawl first, or pass --db)")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot open {path}: {exc}") from None
    if not {"articles", "portals"} <= names:
        raise DatabaseError(f"{path} is not a harvester corpus (no articles table)")
    return path


def _same_sql(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.split()) == " ".join(b.split())


def ensure_views(db_path: str | Path) -> tuple[list[str], str | None]:
    """Create or update the browsing views. Returns (views written, warning or None).

    Views change no data; a file that cannot be written keeps the tables browsable,
    without the views' facets (the warning says so)."""
    conn = None
    try:
        conn = sqlite3.connect(str(db_path), timeout=30)
        existing = dict(conn.execute("select name, sql from sqlite_master where type = 'view'").fetchall())
        stale = [name for name, sql in VIEWS.items() if not _same_sql(existing.get(name), sql)]
        if stale:
            with conn:
                for name in stale:
                    conn.execute(f"DROP VIEW IF EXISTS {name}")
                    conn.execute(VIEWS[name])
        return stale, None
    except sqlite3.Error as exc:
        return [], f"cannot add the browsing views to the corpus ({exc}): {', '.join(VIEWS)} may be missing or out of date"
    finally:
        if conn is not None:
            conn.close()


# ---------------------------------------------------------------------------
# The Datasette plugin (registered in-process by make_datasette)


def _vnfold(value):
    from pipelines.normalize import fold

    return fold(value) if isinstance(value, str) else value


def _hidden_columns(metadata: dict) -> dict[tuple[str, str], list[str]]:
    hidden = {}
    for db_name, db in (metadata.get("databases") or {}).items():
        for table, meta in (db.get("tables") or {}).items():
            columns = ((meta.get("plugins") or {}).get(PLUGIN) or {}).get("default_hidden_columns")
            if columns:
                hidden[(db_name, table)] = columns
    return hidden


def with_default_hidden_columns(scope: dict, hidden: dict[tuple[str, str], list[str]]) -> dict:
    """The request scope with `_nocol=` added for a table page (HTML, JSON or CSV) that
    chooses no columns itself (`_col`/`_nocol`)."""
    from urllib.parse import parse_qsl, quote, urlencode

    from datasette.utils import tilde_decode

    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2:
        return scope
    db_name, table = tilde_decode(parts[0]), tilde_decode(parts[1])
    for ext in (".json", ".csv"):
        if table.endswith(ext) and (db_name, table[: -len(ext)]) in hidden:
            table = table[: -len(ext)]
    columns = hidden.get((db_name, table))
    if not columns:
        return scope
    query = scope.get("query_string", b"").decode("latin-1")
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(key in ("_col", "_nocol") for key, _ in pairs):
        return scope
    extra = urlencode([("_nocol", c) for c in columns], quote_via=quote)
    new_query = f"{query}&{extra}" if query else extra
    return dict(scope, query_string=new_query.encode("latin-1"))


# An article's row page is one wide table row: give the text room, keep its paragraphs.
CSS = """
body.row td.col-text, body.row td.col-segmented { min-width: 36em; white-space: pre-wrap; }
body.row td.col-lead { min-width: 20em; }
body.row td.col-title { min-width: 14em; font-weight: bold; }
"""
CSS_PATH = "/-/harvester.css"


async def _css(request):
    from datasette.utils.asgi import Response

    return Response(CSS, content_type="text/css; charset=utf-8")


class HarvesterPlugin:
    """Datasette hooks (pluggy reads the hookimpl markers off these static methods)."""

    @staticmethod
    @hookimpl
    def register_routes():
        return [(r"^/-/harvester\.css$", _css)]

    @staticmethod
    @hookimpl
    def extra_css_urls():
        return [CSS_PATH]

    @staticmethod
    @hookimpl
    def prepare_connection(conn):
        conn.create_function("vnfold", 1, _vnfold, deterministic=True)

    @staticmethod
    @hookimpl
    def asgi_wrapper(datasette):
        hidden = _hidden_columns(datasette.metadata())

        def wrap(app):
            async def wrapped(scope, receive, send):
                if scope.get("type") == "http":
                    scope = with_default_hidden_columns(scope, hidden)
                await app(scope, receive, send)

            return wrapped

        return wrap

    @staticmethod
    @hookimpl
    def render_cell(row, value, column, table, database, datasette):
        key = ARTICLE_KEY.get(table)
        if not key or column != "title" or not value:
            return None
        try:
            article_id = row[key]
        except (IndexError, KeyError):
            return None
        from markupsafe import Markup

        href = datasette.urls.row(database, "articles", str(article_id))
        return Markup('<a href="{}">{}</a>').format(href, value)


SETTINGS = {
    # Research queries aggregate the whole corpus; facets on views join several tables.
    "sql_time_limit_ms": 10_000,
    "facet_time_limit_ms": 2_000,
    "default_page_size": 50,
}


def make_datasette(db_path: str | Path):
    """A Datasette instance over the corpus file, read-only, with our metadata and plugin."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    if pm.get_plugin(PLUGIN) is None:
        pm.register(HarvesterPlugin, name=PLUGIN)
    return Datasette(files=[str(db_path)], metadata=datasette_metadata(db_path), settings=SETTINGS)


def _listen(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host}: {exc.strerror}") from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def serve(db: str | Path | None, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the corpus until interrupted (Ctrl+C or SIGTERM)."""
    import uvicorn

    path = corpus_path(db)
    written, warning = ensure_views(path)
    if written:
        print(f"Added browsing views to the corpus: {', '.join(written)}")
    if warning:
        print(f"Warning: {warning}", file=sys.stderr)
    ds = make_datasette(path)
    sock = _listen(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    from datasette.utils import tilde_encode

    print(f"Serving {path} read-only at http://{shown}:{bound_port}/{tilde_encode(database_name(path))}")
    if not (bound_host.startswith("127.") or bound_host == "::1"):
        print(f"Warning: listening on {bound_host}: other machines can reach this server", file=sys.stderr)
    print("Press Ctrl+C to stop.", flush=True)
    config = uvicorn.Config(ds.app(), log_level="warning", lifespan="on", access_log=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
