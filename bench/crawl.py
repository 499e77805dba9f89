"""Crawl throughput: `harvester crawl` against trafilatura's crawler plus extraction, on one site.

A generated portal (bench/sitegen.py: home, paged category listings, article pages in
the *.dcs.vn family's markup with our own Vietnamese text) is served on loopback by a
threaded server. Each tool crawls it from the home page in its own process, with
politeness delays off (robots.txt still obeyed):

- `harvester crawl --delay 0 --set AUTOTHROTTLE_ENABLED=False`: fetch, process
  (extraction, dates, bylines, departments, segmentation) in worker processes, store;
- the baseline: `trafilatura.spider.focused_crawler` (SLEEP_TIME 0) with
  `trafilatura.extract` run on every page it fetches, in the same pass.

Measured for each: pages fetched per second of wall time (start-up included), peak
resident memory of the whole process tree, gold articles found (recall), pages output
that are not articles, and CPU seconds (user + system, all processes) per article.
`--memory-sizes` crawls larger sites with the harvester alone to show memory against
pages.

    .venv/bin/python bench/crawl.py                  # 5,000 articles
    .venv/bin/python bench/crawl.py --write          # also update docs/BENCHMARKS.md
    .venv/bin/python bench/crawl.py --memory-sizes 10000,20000 --write
    .venv/bin/python bench/crawl.py --quick          # 150 articles (CI smoke run)
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

# trafilatura's link filter (courlan) drops URLs whose host is an IP address, so the
# baseline crawls the site under this reserved name (RFC 2606 `.test`), which its process
# resolves to 127.0.0.1 and nothing else.
PEER_HOST = "thanhhoa-bench.test"
SAMPLE_EVERY = 0.1  # seconds between memory and CPU samples of the measured process tree


@dataclass(frozen=True)
class Usage:
    wall: float
    cpu: float  # user + system seconds of every process of the tree
    peak_rss_mb: float  # largest sum of resident sets of the tree at one sample
    peak_pss_mb: float  # the same with shared pages divided among the processes sharing them
    returncode: int


@dataclass(frozen=True)
class Run:
    tool: str
    usage: Usage
    pages: int
    found: int  # gold articles in the output
    others: int  # pages output that are not gold articles


def measure(cmd: list[str], log: Path, env: dict | None = None) -> Usage:
    """Run cmd to its end, sampling its process tree's memory and CPU."""
    import psutil

    cpu_by_pid: dict[int, float] = {}
    peak = peak_pss = 0
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        top = psutil.Process(proc.pid)
        while proc.poll() is None:
            total = pss = 0
            try:
                tree = [top, *top.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for p in tree:
                try:
                    with p.oneshot():
                        mem = p.memory_full_info()
                        total, pss = total + mem.rss, pss + mem.pss
                        t = p.cpu_times()
                        cpu_by_pid[p.pid] = t.user + t.system
                except psutil.NoSuchProcess:
                    pass
            peak, peak_pss = max(peak, total), max(peak_pss, pss)
            time.sleep(SAMPLE_EVERY)
        proc.wait()
        wall = time.perf_counter() - started
    return Usage(wall, sum(cpu_by_pid.values()), peak / 2**20, peak_pss / 2**20, proc.returncode)


def run_harvester(site, origin: str, tmp: Path) -> Run:
    import models
    from sqlalchemy import func, select

    db = tmp / f"harvester-{len(site.articles)}.sqlite"
    cmd = [sys.executable, "-m", "harvester.cli", "crawl", "--db", str(db), "--registry", str(site.registry),
           "--mirror", origin, "--delay", "0", "--set", "AUTOTHROTTLE_ENABLED=False"]
    usage = measure(cmd, tmp / "harvester.log", {**os.environ, "PYTHONPATH": str(ROOT)})
    if usage.returncode not in (0, 3):
        raise SystemExit(f"harvester crawl failed ({usage.returncode}): {(tmp / 'harvester.log').read_text()[-800:]}")
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        pages = s.scalar(select(func.sum(models.CrawlRun.pages))) or 0
        stored = set(s.scalars(select(models.Article.url)))
    engine.dispose()
    gold = set(site.articles)
    return Run("harvester crawl (fetch, process, store)", usage, pages, len(stored & gold), len(stored - gold))


def run_peer(site, port: int, tmp: Path) -> Run:
    from harvester.urls import canonical

    out = tmp / "trafilatura.json"
    origin = f"http://{PEER_HOST}:{port}"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--peer-child", origin, str(site.pages + 50), str(out)]
    usage = measure(cmd, tmp / "trafilatura.log")
    if usage.returncode != 0:
        raise SystemExit(f"trafilatura crawl failed: {(tmp / 'trafilatura.log').read_text()[-800:]}")
    result = json.loads(out.read_text(encoding="utf-8"))
    extracted = {canonical(u.replace(origin, site.base_url, 1)) for u in result["extracted"]}
    gold = set(site.articles)
    return Run("trafilatura focused_crawler + extract", usage, result["fetched"], len(extracted & gold),
               len(extracted - gold))


def peer_child(origin: str, max_pages: int, out: Path) -> None:
    """The baseline, in its own process: trafilatura's crawler, extracting every page it fetches."""
    real = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if host == PEER_HOST:
            host = "127.0.0.1"
        elif host not in ("127.0.0.1", "localhost"):
            raise socket.gaierror(f"{host}: the benchmark stays on loopback")
        return real(host, *args, **kwargs)

    socket.getaddrinfo = loopback_only

    import trafilatura
    from trafilatura import spider
    from trafilatura.settings import use_config
    from trafilatura.utils import decode_file

    config = use_config()
    config.set("DEFAULT", "SLEEP_TIME", "0")  # politeness delay off, as for the harvester
    config.set("DEFAULT", "SSRF_PROTECTION", "off")  # the site is on loopback by design
    extracted: dict[str, bool] = {}
    links_only = spider.process_response

    # The crawler keeps links, not pages: extracting where it reads each page saves the
    # second download that `trafilatura --crawl` followed by `trafilatura -i` would make.
    def read_and_extract(response, params):
        links_only(response, params)
        if response is not None and response.data:
            text = trafilatura.extract(decode_file(response.data), url=response.url, config=config)
            extracted[response.url] = bool(text)

    spider.process_response = read_and_extract
    spider.focused_crawler(origin + "/", max_seen_urls=max_pages, max_known_urls=10 * max_pages, config=config)
    out.write_text(json.dumps({"fetched": len(extracted) + 1,  # + the home page, read for links only
                               "extracted": [u for u, ok in extracted.items() if ok]}), encoding="utf-8")


def crawl_table(n: int, site_pages: int, ours: Run, peer: Run) -> str:
    rows = ["| crawler | pages fetched | seconds | pages/s | vs trafilatura | articles found (recall) "
            "| other pages output | CPU s per article | peak PSS / RSS (MB) |", "|---|---|---|---|---|---|---|---|---|"]
    base_rate = peer.pages / peer.usage.wall
    for r in (peer, ours):
        rate = r.pages / r.usage.wall
        rows.append(f"| {r.tool} | {r.pages} | {r.usage.wall:.1f} | {rate:.1f} | {rate / base_rate:.2f}× | "
                    f"{r.found} ({r.found / n:.3f}) | {r.others} | {r.usage.cpu / max(r.found, 1):.3f} | "
                    f"{r.usage.peak_pss_mb:.0f} / {r.usage.peak_rss_mb:.0f} |")
    return f"{n} generated articles, {site_pages} pages in all.\n\n" + "\n".join(rows)


def memory_table(runs: list[tuple[int, Run]]) -> str:
    rows = ["| articles on the site | pages fetched | seconds | pages/s | peak PSS / RSS (MB) |", "|---|---|---|---|---|"]
    for n, r in sorted(runs, key=lambda m: m[0]):
        rows.append(f"| {n} | {r.pages} | {r.usage.wall:.0f} | "
                    f"{r.pages / r.usage.wall:.1f} | {r.usage.peak_pss_mb:.0f} / {r.usage.peak_rss_mb:.0f} |")
    return "\n".join(rows)


def goals(n: int, ours: Run, peer: Run, memory: list[tuple[int, Run]]) -> str:
    speed = (ours.pages / ours.usage.wall) / (peer.pages / peer.usage.wall)
    lines = [f"- 2× trafilatura's pages/s with equal or better recall: "
             f"{'met' if speed >= 2 and ours.found >= peer.found else 'missed'} "
             f"({speed:.2f}×; recall {ours.found / n:.3f} against {peer.found / n:.3f})."]
    biggest, run = max(memory, key=lambda m: m[0])
    lines.append(f"- Under 500 MB for a 100,000-page crawl: "
                 + ("met" if biggest >= 100_000 and run.usage.peak_pss_mb < 500 else
                    f"measured up to {biggest:,} articles ({run.pages:,} pages): {run.usage.peak_pss_mb:.0f} MB peak PSS")
                 + ".")
    return "\n".join(lines)


def crawl_site(n: int, tmp: Path, with_peer: bool) -> tuple[Run, Run | None, int]:
    import sitegen
    from harvester.demo_server import serve_sites

    folder = tmp / f"site-{n}"
    site = sitegen.build(folder, n)
    with serve_sites({"site": site.root}) as origins:
        origin = origins["site"]
        peer = run_peer(site, int(origin.rsplit(":", 1)[1]), folder) if with_peer else None
        ours = run_harvester(site, origin, folder)
    shutil.rmtree(folder)  # a 20,000-article site is 300 MB of files
    return ours, peer, site.pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--memory-sizes", default="", help="comma-separated larger sites, harvester only")
    parser.add_argument("--quick", action="store_true", help="150 articles")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    parser.add_argument("--peer-child", nargs=3, metavar=("ORIGIN", "MAX_PAGES", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer_child:
        origin, max_pages, out = args.peer_child
        peer_child(origin, int(max_pages), Path(out))
        return
    n = 150 if args.quick else args.articles
    sizes = [int(x) for x in args.memory_sizes.split(",") if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        ours, peer, site_pages = crawl_site(n, Path(tmp), with_peer=True)
        memory = [(n, ours)]
        for size in sizes:
            print(f"memory run: {size} articles", file=sys.stderr)
            memory.append((size, crawl_site(size, Path(tmp), with_peer=False)[0]))
    text = "\n\n".join([crawl_table(n, site_pages, ours, peer),
                        "Memory against site size (harvester crawl alone):\n\n"
                        + memory_table(memory),
                        "Goals:\n\n" + goals(n, ours, peer, memory)])
    print(text)
    if args.write:
        from report import replace_block

        replace_block("crawl", text)


if __name__ == "__main__":
    main()
