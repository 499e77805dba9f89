"""Search at scale: latency of search, counts over time and concordance on a large corpus.

Builds an SQLite corpus of N articles (default 1,000,000) from the sentences of our own
gold articles (bench/corpus.py), with portals, departments and document links, then
measures over a fixed set of queries, against the naive baseline (a LIKE scan of the
same table) in the same run:

- filtered phrase search returning the first page (20 hits), median and p95;
- a monthly count over the whole corpus for a query;
- a concordance (first 20 articles).

    .venv/bin/python bench/search.py                 # 1,000,000 articles (several minutes)
    .venv/bin/python bench/search.py --quick         # 20,000 articles (CI smoke run)
    .venv/bin/python bench/search.py --write         # also update docs/BENCHMARKS.md
    .venv/bin/python bench/search.py --db /tmp/b.sqlite  # keep the corpus, reuse it next time
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import text  # noqa: E402

import models  # noqa: E402
from corpus import templates  # noqa: E402
from harvester.query import Filters, concordance, counts_by_period, search  # noqa: E402
from report import replace_block  # noqa: E402

QUERIES = ['"nông thôn mới"', '"Ban Tuyên giáo"', "nghị quyết AND chuyển", '"bảo vệ nền tảng"', "đảng viên",
           '"cải cách hành chính"', "hội nghị NOT tỉnh", '"dân vận khéo"']
PORTALS = ["longan-portal", "thanhhoa-dcs", "baolongan-news", "benluc", "namtruc", "thanhbinh"]


def build(db: Path, n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    _, pool = templates()
    engine = models.make_engine(db)
    models.init_db(engine)
    start = datetime(2019, 1, 1, tzinfo=timezone.utc)
    with engine.begin() as conn:
        for i, key in enumerate(PORTALS, 1):
            conn.execute(text("INSERT INTO portals (id, key, name, base_url, platform, province) "
                              "VALUES (:i, :k, :k, :u, 'generic', 'Long An')"), {"i": i, "k": key, "u": f"https://{key}.vn/"})
        conn.execute(text("INSERT INTO departments (id, name, kind, level, locality, aliases) VALUES "
                          "(1, 'Ban Tuyên giáo Huyện uỷ Thạnh Hoá', 'Ban Tuyên giáo', 'huyện', 'Thạnh Hoá', '[]'),"
                          "(2, 'UBND tỉnh Long An', 'UBND', 'tỉnh', 'Long An', '[]')"))
        conn.execute(text("INSERT INTO document_refs (id, number, kind) VALUES (1, '35-NQ/TW', 'Nghị quyết')"))
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        batch = 5000
        for lo in range(0, n, batch):
            rows, deps, docs = [], [], []
            for i in range(lo, min(n, lo + batch)):
                body = " ".join(rng.sample(pool, 6))
                published = start + timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60))
                rows.append((i + 1, f"https://bench.vn/bai-{i}", rng.randint(1, len(PORTALS)),
                             " ".join(rng.sample(pool, 1))[:120], body, published.strftime("%Y-%m-%d %H:%M:%S.000000"),
                             "", 0, 0, "", "{}", "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000", "vi"))
                if i % 3 == 0:
                    deps.append((i + 1, 1 + i % 2, "mentioned", 1))
                if i % 7 == 0:
                    docs.append((i + 1, 1, 1))
            cur.executemany("INSERT INTO articles (id, url, portal_id, title, text, published_at, text_hash, "
                            "sentence_count, word_count, segmented, processed_with, first_seen, last_processed, "
                            "language) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            cur.executemany("INSERT INTO article_departments (article_id, department_id, role, count) VALUES (?,?,?,?)", deps)
            cur.executemany("INSERT INTO article_document_refs (article_id, document_id, count) VALUES (?,?,?)", docs)
            raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    engine.dispose()


def like_scan(engine, query: str, filtered: bool = True) -> int:
    """The naive answer to the filtered question: the same filters, the query's first term as
    a LIKE pattern, newest first (a LIKE scan cannot rank)."""
    words = [w for w in re.findall(r'"([^"]+)"|(\S+)', query)]
    terms = [a or b for a, b in words if (a or b) not in ("AND", "OR", "NOT")][:1]
    where = ("(text LIKE :p OR title LIKE :p) AND portal_id = 2 AND published_at >= '2020-12-31 17:00:00' "
             "AND EXISTS (SELECT 1 FROM article_departments ad WHERE ad.article_id = articles.id "
             "AND ad.department_id = 1)") if filtered else "(text LIKE :p OR title LIKE :p)"
    with engine.connect() as conn:
        return len(conn.execute(text(f"SELECT id FROM articles WHERE {where} ORDER BY published_at DESC LIMIT 20"),
                                {"p": f"%{terms[0]}%"}).all())


def like_monthly(engine, query: str) -> int:
    term = query.strip('"')
    with engine.connect() as conn:
        return len(conn.execute(text("SELECT substr(published_at, 1, 7) m, count(*) FROM articles "
                                     "WHERE text LIKE :p GROUP BY m"), {"p": f"%{term}%"}).all())


def timings(fn, args_list) -> list[float]:
    out = []
    for args in args_list:
        started = time.perf_counter()
        fn(*args)
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--db", type=Path, help="build the corpus here and keep it; reused when it exists")
    args = parser.parse_args()
    n = 20_000 if args.quick else args.articles
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.sqlite"
        started = time.perf_counter()
        reused = db.exists()
        if not reused:
            build(db, n)
        built = time.perf_counter() - started
        engine = models.make_engine(db)
        models.init_db(engine)  # a kept corpus from an older version gets today's index
        with engine.connect() as conn:
            n = conn.scalar(text("SELECT count(*) FROM articles"))
        filt = Filters(portals=("thanhhoa-dcs",), since=datetime(2021, 1, 1).date(), department="Ban Tuyên giáo")
        runs = [(engine, q) for q in QUERIES] * 3
        # One untimed pass: the first reads of a freshly built corpus measure the disk, not the search.
        timings(lambda e, q: (search(e, q, filt, limit=20), like_scan(e, q)), runs[: len(QUERIES)])
        ours = timings(lambda e, q: search(e, q, filt, limit=20), runs)
        ours_date = timings(lambda e, q: search(e, q, filt, limit=20, order="date"), runs)
        ours_plain = timings(lambda e, q: search(e, q, limit=20), runs)
        base = timings(like_scan, runs[: len(QUERIES)])
        base_plain = timings(lambda e, q: like_scan(e, q, filtered=False), runs[: len(QUERIES)])
        monthly = timings(lambda e, q: counts_by_period(e, "month", query=q), [(engine, '"nông thôn mới"')])
        monthly_all = timings(lambda e: counts_by_period(e, "month"), [(engine,)])
        monthly_base = timings(like_monthly, [(engine, "nông thôn mới")])
        kwic = timings(lambda e, q: concordance(e, q, limit=20), [(engine, '"Ban Tuyên giáo"')] * 3)
        engine.dispose()
    rows = [
        "| measure | project | baseline (LIKE scan, newest first) |",
        "|---|---|---|",
        f"| phrase search, filtered (portal, date, department), first 20 by BM25: median / p95 | "
        f"{statistics.median(ours):.0f} / {p95(ours):.0f} ms | {statistics.median(base):.0f} / {p95(base):.0f} ms |",
        f"| the same, newest first: median / p95 | {statistics.median(ours_date):.0f} / {p95(ours_date):.0f} ms | ″ |",
        f"| phrase search, unfiltered, first 20 by BM25: median / p95 | {statistics.median(ours_plain):.0f} / "
        f"{p95(ours_plain):.0f} ms | {statistics.median(base_plain):.0f} / {p95(base_plain):.0f} ms |",
        f"| monthly count of a phrase over the whole corpus | {monthly[0]:.0f} ms | {monthly_base[0]:.0f} ms |",
        f"| monthly count of every article | {monthly_all[0]:.0f} ms | – |",
        f"| concordance, first 20 articles: median | {statistics.median(kwic):.0f} ms | – |",
    ]
    made = "kept from an earlier build with --db" if reused else f"built in {built:.0f} s"
    text_out = f"{n:,} generated articles ({made}), {len(runs)} timed searches per row.\n\n" + "\n".join(rows)
    print(text_out)
    if args.write:
        replace_block("search", text_out)


if __name__ == "__main__":
    main()
