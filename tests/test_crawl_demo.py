"""`harvester demo`: the bundled portals crawled into a corpus, then crawled again."""
from __future__ import annotations

import sys

import pytest
from sqlalchemy import func, select

import models
from pipelines.normalize import apply_tone_style
from harvester.demo import DEMO_DIR
from harvester.demo_server import serve_sites
from tests.sitegold import ROOT, all_sites, captured_urls, field_problems, run_cli, stored_articles

DEMO = [s for s in all_sites() if s.folder.parent == DEMO_DIR]
GOLD = {url: exp for s in DEMO for url, exp in s.articles.items()}
OTHERS = set().union(*(s.others for s in DEMO))


def table_counts(db) -> dict[str, int]:
    engine = models.make_engine(db)
    with engine.connect() as conn:
        out = {m.__tablename__: conn.scalar(select(func.count()).select_from(m))
               for m in (models.Article, models.ArticleDepartment, models.Department, models.Portal,
                         models.Capture)}
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "corpus.sqlite"
    result = run_cli("demo", "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr[-3000:]
    return db, result


def test_demo_prints_summary(demo_db):
    _, result = demo_db
    assert f"Corpus: {len(GOLD)} article(s) from 3 portal(s)" in result.stdout
    assert "Published: 24/04/2021 – 16/05/2025" in result.stdout
    # A person reads progress lines, not Scrapy's or the libraries' own chatter.
    assert "Scrapy" not in result.stderr and "Traceback" not in result.stderr
    # Stored in the new tone placement (Huyện uỷ, Thạnh Hoá), whatever the page wrote.
    assert "Top departments" in result.stdout and "Ban Tuyên giáo Huyện uỷ Thạnh Hoá" in result.stdout


def test_demo_stores_exactly_the_demo_articles_with_gold_fields(demo_db):
    db, _ = demo_db
    stored = stored_articles(db)
    assert set(stored) == set(GOLD)
    problems = [p for url, art in stored.items() for p in field_problems(url, art, GOLD[url])]
    assert not problems, "\n".join(problems)
    for url, art in stored.items():
        assert art.segmented and art.word_count > 50 and art.published_at.tzinfo is not None
        (publisher,) = [ad.department.name for ad in art.departments if ad.role == "publisher"]
        assert publisher.split()[:2] == apply_tone_style(GOLD[url]["owner"], "new").split()[:2]


def test_crawl_obeys_robots_and_stays_on_site(demo_db):
    db, _ = demo_db
    urls = captured_urls(db)
    assert {u.split("/")[2] for u in urls} == {"longan.demo.invalid", "thanhhoa.longan.demo.invalid",
                                                "baolongan.demo.invalid"}
    # robots.txt of the demo sites disallows these, and every page links to them.
    assert not [u for u in urls if "/admin/" in u or "/c/portal/login" in u]
    # Articles were fetched; of the rest only listings, never the profile's non-article pages.
    assert set(GOLD) <= urls and not (urls - set(GOLD)) - OTHERS


def test_second_crawl_changes_nothing(demo_db):
    db, _ = demo_db
    before = table_counts(db)
    result = run_cli("demo", "--db", str(db), "--workers", "0")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "0 new articles, 0 updated" in result.stdout
    assert table_counts(db) == before


def test_scrapy_crawl_from_project_root(tmp_path):
    import os
    import subprocess

    (site,) = [s for s in DEMO if s.key == "thanhhoa-dcs"]
    db = tmp_path / "one.sqlite"
    with serve_sites({site.key: site.site}) as origins:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"portal={site.key}",
             "-a", f"registry={site.folder / 'portal.toml'}", "-a", f"mirror={origins[site.key]}",
             "-s", f"HARVESTER_DB={db}", "-s", "HARVESTER_WORKERS=0", "-s", "DOWNLOAD_DELAY=0",
             "-s", "AUTOTHROTTLE_ENABLED=False"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert set(stored_articles(db)) == set(site.articles)
