"""One crawl, three workers: a shared Redis frontier and one PostgreSQL corpus (issue #11).

Real servers (CI starts them: .ci/postgres.sh, .ci/redis.sh), real `harvester crawl`
processes started together over every local test site.
"""
from __future__ import annotations

import uuid

import pytest
import redis
from sqlalchemy import func, select

import models
from harvester.frontier import keys
from harvester.lock import CrawlLocked, crawl_lock
from tests.fleet import crawl_args, run_fleet, served, sites

SITES = sites()


def article_rows(engine) -> dict[str, tuple]:
    A = models.Article
    with engine.connect() as conn:
        return {r.url: (r.title, r.published_at, r.author, r.text_hash)
                for r in conn.execute(select(A.url, A.title, A.published_at, A.author, A.text_hash))}


def test_three_workers_share_one_crawl_and_match_a_single_worker(pg_engine, redis_url, tmp_path):
    db = pg_engine.url.render_as_string(hide_password=False)
    frontier = f"test-{uuid.uuid4().hex[:8]}"
    with served(SITES) as srv:
        fleet = run_fleet(3, crawl_args(SITES, srv.origins, db, tmp_path), redis_url=redis_url, frontier=frontier)
        fetched = srv.fetch_counts()
    for r in fleet.results:
        assert r.returncode == 0, r.stdout + r.stderr[-3000:]

    # Every gold article of every site is stored, once; nothing else is.
    gold = {url for s in SITES for url in s.articles}
    stored = article_rows(pg_engine)
    assert set(stored) == gold, "\n".join(f"worker {i}:\n{r.stdout[-1500:]}\n{r.stderr[-1500:]}"
                                          for i, r in enumerate(fleet.results))
    with pg_engine.connect() as conn:
        C = models.Capture
        assert conn.execute(select(func.count(), func.count(C.url.distinct())).select_from(C)).one() == \
            tuple([conn.scalar(select(func.count(C.url.distinct())))] * 2)
        runs = conn.execute(select(models.CrawlRun.pages, models.CrawlRun.status)).all()
    # Three runs recorded, the work shared between them, their pages adding up to the captures.
    assert len(runs) == 3 and all(status == "finished" for _, status in runs)
    assert sum(1 for pages, _ in runs if pages) >= 2
    with pg_engine.connect() as conn:
        assert sum(p for p, _ in runs) == conn.scalar(select(func.count()).select_from(models.Capture))

    # No URL was fetched twice across the fleet. robots.txt is the exception Scrapy makes: each
    # worker's RobotsTxtMiddleware reads it once for itself, besides the spider's own sitemap lookup.
    twice = {path: n for path, n in fetched.items() if n > 1 and not path.endswith("/robots.txt")}
    assert not twice
    assert max(n for path, n in fetched.items() if path.endswith("/robots.txt")) <= 4

    # The workers left no trace but the crawl's fingerprints, which expire.
    client = redis.Redis.from_url(redis_url)
    k = keys(frontier)
    assert not list(client.scan_iter(match=k["workers"] + "*"))
    assert client.scard(k["seen"]) >= len(gold) and 0 < client.ttl(k["seen"])

    # The same corpus as one worker without Redis.
    solo_db = tmp_path / "solo.sqlite"
    with served(SITES) as srv:
        solo = run_fleet(1, crawl_args(SITES, srv.origins, str(solo_db), tmp_path / "solo"),
                         redis_url=None, frontier="")
    assert solo.results[0].returncode == 0, solo.results[0].stderr[-3000:]
    solo_engine = models.make_engine(solo_db)
    assert article_rows(solo_engine) == stored
    solo_engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_fleet_workers_share_the_corpus_lock_and_exclude_a_solo_crawl(backend, tmp_path, request):
    db = str(tmp_path / "c.sqlite") if backend == "sqlite" else \
        request.getfixturevalue("pg_engine").url.render_as_string(hide_password=False)
    with crawl_lock(db, shared=True), crawl_lock(db, shared=True):
        with pytest.raises(CrawlLocked, match="another crawl is running"):
            with crawl_lock(db):
                pass
    with crawl_lock(db):
        with pytest.raises(CrawlLocked, match="without --redis is running"):
            with crawl_lock(db, shared=True):
                pass


def test_an_unreachable_redis_is_one_line(tmp_path):
    from tests.sitegold import run_cli

    result = run_cli("crawl", "--db", str(tmp_path / "c.sqlite"), "--redis", "redis://127.0.0.1:1/0",
                     "--portal", "longan-portal", "--registry", "data/demo/longan-portal/portal.toml")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: cannot reach Redis at redis://127.0.0.1:1/0")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--frontier", "crawl 30/11"], "--frontier: 'crawl 30/11' is not a frontier name"),
    (["--mirror", "no-such-portal=http://127.0.0.1:9"], "--mirror no-such-portal=http://127.0.0.1:9: no portal"),
])
def test_bad_fleet_options_are_one_line(redis_url, tmp_path, args, message):
    from click.testing import CliRunner

    from harvester.cli import cli

    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "c.sqlite"), "--redis", redis_url,
                                      "--registry", "data/demo/longan-portal/portal.toml", *args])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {message}") and len(result.output.splitlines()) == 1
