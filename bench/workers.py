"""Crawl throughput with 1, 2 and 3 workers sharing one Redis frontier and one PostgreSQL corpus.

Every local test site (data/demo/*, tests/sites/*) is served on loopback and crawled by N
`harvester crawl --redis` processes started together, politeness off (no delay, no
AutoThrottle, `--fleet 1`: no worker gives up per-site concurrency for the others), each
processing pages in its own thread (`--workers 0`). The servers wait before each answer, as
a remote portal does (a loopback answer takes microseconds, which would measure only CPU);
two scenarios (SCENARIOS) bound each worker by the network or by the CPU. Each measurement gets a fresh database and frontier. The baseline is one
worker of the same setup, measured in the same run; a plain crawl without Redis is shown beside it.

Pages per second are counted two ways: over the crawl (first worker's run start to the last
page stored, from crawl_runs and captures), and over the wall clock of the whole command, which
adds each process's start-up (imports, the segmenter's model) to a crawl of a few seconds.

    .venv/bin/python bench/workers.py --pg URL --redis URL          # print the table
    .venv/bin/python bench/workers.py ... --write                   # also update docs/BENCHMARKS.md
    .venv/bin/python bench/workers.py ... --quick                   # three sites, one round

The full run serves every site three times under other hosts (27 portals), so the crawl is
wide enough for several workers to share, as a national crawl of hundreds of portals is.

URLs default to $HARVESTER_TEST_PG and $HARVESTER_TEST_REDIS (.ci/postgres.sh, .ci/redis.sh).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

import models  # noqa: E402
from tests.fleet import crawl_args, pg_database, replicate, run_fleet, served, sites  # noqa: E402
from report import replace_block  # noqa: E402


# (title, seconds each answer waits, requests one worker keeps in flight)
SCENARIOS = [
    ("Slow portals, few connections per worker (I/O-bound: where adding workers pays)", 0.5, 4),
    ("Fast portals, Scrapy's 16 connections per worker (CPU-bound on this machine)", 0.2, 16),
]
FLEETS = [("1 worker, no Redis (plain crawl)", None), ("1 worker (baseline)", 1), ("2 workers", 2), ("3 workers", 3)]


def measure(n: int | None, site_list, admin_url: str, redis_url: str, tmp: Path,
            latency: float, concurrency: int) -> tuple[int, int, float, float]:
    """(pages, articles, crawl seconds, wall seconds) for n workers (None: one worker without Redis)."""
    with pg_database(admin_url) as db:
        engine = models.make_engine(db)
        models.init_db(engine)  # `harvester db upgrade`, done once before the fleet starts
        with served(site_list, latency=latency) as srv:
            args = [*crawl_args(site_list, srv.origins, db, tmp / uuid.uuid4().hex),
                    "--set", f"CONCURRENT_REQUESTS={concurrency}"]
            fleet = run_fleet(n or 1, args, redis_url=redis_url if n else None,
                              frontier=f"bench-{uuid.uuid4().hex[:8]}", fleet=1)
        for r in fleet.results:
            if r.returncode != 0:
                raise SystemExit(f"a worker failed ({r.returncode}): {r.stderr[-800:]}")
        R, C = models.CrawlRun, models.Capture
        with engine.connect() as conn:
            # To the last page stored: a worker's own end waits a moment to be sure no other
            # worker will hand it more, which is not crawling.
            pages, start = conn.execute(select(func.sum(R.pages), func.min(R.started_at))).one()
            end = conn.scalar(select(func.max(C.fetched_at)))
            articles = conn.scalar(select(func.count()).select_from(models.Article))
        engine.dispose()
    return int(pages), articles, (end - start).total_seconds(), fleet.seconds


def table(title: str, latency: float, concurrency: int, rows: list, n_sites: int, rounds: int) -> str:
    base = rows[1][1] / rows[1][3]
    lines = [f"**{title}.** {n_sites} local portals answering after {latency:g} s, {concurrency} requests in "
             f"flight per worker; {rows[1][1]} pages ({rows[1][2]} articles) per crawl; best of {rounds}.",
             "",
             "| workers | pages | articles | crawl s | pages/s (crawl) | vs 1 worker | wall s | pages/s (wall) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, pages, articles, crawl_s, wall_s in rows:
        rate = pages / crawl_s
        lines.append(f"| {label} | {pages} | {articles} | {crawl_s:.1f} | {rate:.1f} | {rate / base:.2f}× | "
                     f"{wall_s:.1f} | {pages / wall_s:.1f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("HARVESTER_TEST_PG"), help="PostgreSQL admin URL")
    parser.add_argument("--redis", default=os.environ.get("HARVESTER_TEST_REDIS"), help="Redis URL")
    parser.add_argument("--rounds", type=int, default=2, help="best of this many runs per row")
    parser.add_argument("--copies", type=int, default=3, help="each site served this many times, under other hosts")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    parser.add_argument("--quick", action="store_true", help="three sites, once each, one round, first scenario")
    args = parser.parse_args()
    if not args.pg or not args.redis:
        raise SystemExit("needs --pg and --redis (or HARVESTER_TEST_PG / HARVESTER_TEST_REDIS; "
                         "see .ci/postgres.sh and .ci/redis.sh)")
    rounds = 1 if args.quick else args.rounds
    tables = []
    with tempfile.TemporaryDirectory() as tmp:
        site_list = sites()[:3] if args.quick else replicate(sites(), args.copies, Path(tmp) / "copies")
        for title, latency, concurrency in SCENARIOS[:1] if args.quick else SCENARIOS:
            rows = []
            for label, n in FLEETS:
                # Best of `rounds`: the machine is shared, and the slowest run measures the neighbours.
                best = min((measure(n, site_list, args.pg, args.redis, Path(tmp), latency, concurrency)
                            for _ in range(rounds)), key=lambda m: m[2])
                rows.append((label, *best))
                if best[1] != rows[0][2]:  # a fleet must store what one crawler stores
                    raise SystemExit(f"{label}: {best[1]} articles, the plain crawl {rows[0][2]}")
                print(f"{title[:20]}… {label}: {best[0]} pages, {best[1]} articles, crawl {best[2]:.1f} s, "
                      f"wall {best[3]:.1f} s", file=sys.stderr)
            tables.append(table(title, latency, concurrency, rows, len(site_list), rounds))
    load = os.getloadavg()[0]
    text = "\n\n".join(tables) + (f"\n\n{os.cpu_count()} CPU cores, load average {load:.1f} at the end "
                                  "(the machine is shared).")
    print(text)
    if args.write:
        replace_block("workers", text)


if __name__ == "__main__":
    main()
