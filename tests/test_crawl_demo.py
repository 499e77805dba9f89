"""Real Scrapy crawls of the bundled demo portals, served on loopback, checked against gold."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

import models
from harvester.demo import DEMO_DIR, demo_portals
from harvester.demo_server import serve_sites
from harvester.urls import canonical
from tests.conftest import ROOT

HARVESTER = [sys.executable, "-m", "harvester.cli"]


def gold() -> dict[str, dict]:
    """{url: expected} for every demo article, and the set of non-article URLs."""
    articles, others = {}, set()
    for key, portal in demo_portals().items():
        data = tomllib.loads((DEMO_DIR / key / "expected.toml").read_text(encoding="utf-8"))
        base = str(portal.base_url).rstrip("/")
        slash = portal.effective_rules().trailing_slash
        for art in data["article"]:
            articles[canonical(base + art["path"], slash)] = {**art, "portal": key, "owner": portal.owner}
        others |= {canonical(base + page["path"], slash) for page in data.get("non_article", [])}
    return {"articles": articles, "others": others}


def run(args, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(args, cwd=kw.pop("cwd", ROOT), env=env, capture_output=True, text=True, timeout=300, **kw)


def stored(db: Path) -> dict[str, models.Article]:
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        rows = s.scalars(select(models.Article)).all()
        for a in rows:
            _ = [(ad.role, ad.department.name) for ad in a.departments]
        out = {a.url: a for a in rows}
    engine.dispose()
    return out


def table_counts(db: Path) -> dict[str, int]:
    engine = models.make_engine(db)
    with engine.connect() as conn:
        out = {m.__tablename__: conn.scalar(select(func.count()).select_from(m))
               for m in (models.Article, models.ArticleDepartment, models.Department, models.Portal)}
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "corpus.sqlite"
    result = run([*HARVESTER, "demo", "--db", str(db), "--workers", "1"])
    assert result.returncode == 0, result.stderr[-3000:]
    return db, result


def test_demo_prints_summary(demo_db):
    _, result = demo_db
    n = len(gold()["articles"])
    assert f"Corpus: {n} article(s) from 3 portal(s)" in result.stdout
    assert "Top departments" in result.stdout and "Published:" in result.stdout


def test_demo_stores_exactly_the_demo_articles(demo_db):
    db, _ = demo_db
    expected = gold()
    got = stored(db)
    assert set(got) == set(expected["articles"])
    assert not set(got) & expected["others"]


def test_demo_articles_have_gold_fields(demo_db):
    db, _ = demo_db
    got = stored(db)
    problems = []
    for url, exp in gold()["articles"].items():
        art = got[url]
        published = art.published_at.astimezone(datetime.fromisoformat(exp["published"]).tzinfo)
        checks = {
            "title": (art.title, exp["title"]),
            "published": (published.isoformat(), datetime.fromisoformat(exp["published"]).isoformat()),
            "author": (art.author, exp.get("author")),
            "source_credit": (art.source_credit, exp.get("source_credit")),
        }
        for field, (have, want) in checks.items():
            if have != want:
                problems.append(f"{url} {field}: {have!r} != {want!r}")
        publishers = [ad.department.name for ad in art.departments if ad.role == "publisher"]
        if not publishers:
            problems.append(f"{url}: no publisher department")
        for snippet in exp.get("contains", []):
            if snippet not in art.text and snippet not in (art.lead or ""):
                problems.append(f"{url}: text lacks {snippet!r}")
        for snippet in exp.get("not_contains", []):
            if snippet in art.text:
                problems.append(f"{url}: text keeps furniture {snippet!r}")
        if not art.segmented or art.word_count < 50 or art.published_at.tzinfo is None:
            problems.append(f"{url}: not segmented or no aware date")
    assert not problems, "\n".join(problems)


def test_publisher_is_the_portal_owner(demo_db):
    db, _ = demo_db
    owners = {url: exp["owner"] for url, exp in gold()["articles"].items()}
    for url, art in stored(db).items():
        (publisher,) = [ad.department.name for ad in art.departments if ad.role == "publisher"]
        assert publisher.split()[:2] == owners[url].split()[:2]


def test_second_crawl_changes_nothing(demo_db, tmp_path):
    db, _ = demo_db
    before = table_counts(db)
    result = run([*HARVESTER, "demo", "--db", str(db), "--workers", "0"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert "0 new articles, 0 updated" in result.stdout
    assert table_counts(db) == before


def test_scrapy_crawl_from_project_root(tmp_path):
    db = tmp_path / "one.sqlite"
    key = "thanhhoa-dcs"
    with serve_sites({key: DEMO_DIR / key / "site"}) as origins:
        result = run([sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"portal={key}",
                      "-a", f"registry={DEMO_DIR / key / 'portal.toml'}", "-a", f"mirror={origins[key]}",
                      "-s", f"HARVESTER_DB={db}", "-s", "HARVESTER_WORKERS=0", "-s", "DOWNLOAD_DELAY=0",
                      "-s", "AUTOTHROTTLE_ENABLED=False"])
    assert result.returncode == 0, result.stderr[-3000:]
    expected = {u for u, e in gold()["articles"].items() if e["portal"] == key}
    assert set(stored(db)) == expected


def test_crawl_obeys_robots_and_stays_on_site(demo_db):
    db, _ = demo_db
    engine = models.make_engine(db)
    with engine.connect() as conn:
        urls = set(conn.scalars(select(models.Capture.url)))
        run = conn.execute(select(models.CrawlRun.status, models.CrawlRun.pages,
                                  models.CrawlRun.new_articles, models.CrawlRun.rejected)).first()
    engine.dispose()
    hosts = {u.split("/")[2] for u in urls}
    assert hosts == {"longan.demo.invalid", "thanhhoa.longan.demo.invalid", "baolongan.demo.invalid"}
    # robots.txt of the demo sites disallows these, and every page links to them.
    assert not [u for u in urls if "/admin/" in u or "/c/portal/login" in u]
    expected = gold()
    # Every article page was fetched once; of the other pages, listings were fetched to find
    # articles and the profile's non-article pages (contact, introduction) were not fetched at all.
    assert set(expected["articles"]) <= urls
    assert run.status == "finished" and run.new_articles == len(expected["articles"])
    assert not (urls - set(expected["articles"])) - expected["others"]
