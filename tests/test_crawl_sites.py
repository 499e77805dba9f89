"""Every platform family: a crawl from nothing but the home page finds every article.

Each local site (the demo portals and tests/sites/*) is served on loopback and
crawled through the real command line, with its platform left for the crawler
to detect; a second crawl with --since must stop paging where the listing
turns older than the bound.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import models
from harvester.demo_server import serve_sites
from harvester.detect import detect_platform
from tests.sitegold import SiteGold, all_sites, captured_urls, field_problems, run_cli, stored_articles

SITES = all_sites()


def unnamed_platform_registry(site: SiteGold, tmp_path: Path) -> Path:
    """The site's portal entry with its platform line removed, so the crawl must detect it."""
    lines = (site.folder / "portal.toml").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "portal.toml"
    path.write_text("\n".join(l for l in lines if not l.strip().startswith("platform")) + "\n", encoding="utf-8")
    return path


def crawl(site: SiteGold, tmp_path: Path, *extra: str):
    db = tmp_path / "corpus.sqlite"
    registry = unnamed_platform_registry(site, tmp_path)
    with serve_sites({site.key: site.site}) as origins:
        result = run_cli("crawl", "--registry", str(registry), "--mirror", origins[site.key],
                         "--db", str(db), "--workers", "0", "--delay", "0", *extra)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return db, result


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.key)
def test_family_is_detected_from_the_home_page(site):
    html = (site.site / "index.html").read_text(encoding="utf-8")
    found = detect_platform(html, str(site.portal.base_url))
    assert found.platform == site.platform, found


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.key)
def test_crawl_from_home_finds_every_article_and_nothing_else(site, tmp_path):
    db, result = crawl(site, tmp_path)
    stored = stored_articles(db)
    found, gold = set(stored), set(site.articles)
    precision = len(found & gold) / len(found) if found else 0.0
    recall = len(found & gold) / len(gold)
    assert (precision, recall) == (1.0, 1.0), (
        f"missing {sorted(gold - found)}; not articles {sorted(found - gold)}")
    assert not found & site.others
    assert f"detected platform: {site.platform}" in result.stdout
    problems = [p for url, art in stored.items() for p in field_problems(url, art, site.articles[url])]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("site", [s for s in SITES if s.since], ids=lambda s: s.key)
def test_since_stores_only_newer_articles_and_stops_paging(site, tmp_path):
    db, result = crawl(site, tmp_path, "--since", site.since)
    assert set(stored_articles(db)) == site.since_articles
    fetched = captured_urls(db)
    assert not fetched & site.not_fetched_with_since, "paged past --since"
    assert "paging stopped at" in result.stdout
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        run = s.query(models.CrawlRun).one()
        assert run.stats.get("pagination-stopped-by-since", 0) >= 1
    engine.dispose()
