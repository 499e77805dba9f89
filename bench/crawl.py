"""Crawl throughput: `harvester crawl` against trafilatura's crawler plus extraction, on one site.

A generated portal (bench/sitegen.py: home, paged category listings, article pages in
the *.dcs.vn family's markup with our own Vietnamese text) is served on loopback by a
threaded server. Each tool crawls it from the home page in its own process, with
politeness delays off (robots.txt still obeyed):

- `harvester crawl --delay 0 --set AUTOTHROTTLE_ENABLED=False`: fetch, process
  (extraction, dates, bylines, departments, segmentation) in worker processes, store;
- the baseline: `trafilatura.spider.focused_crawler` (SLEEP_TIME 0) with
  `trafilatura.extract` run on every page it fetches, in the same pass;
- the same plus `underthesea.word_tokenize` on each extracted text: what a script
  would do to get words, as the harvester stores them.

Measured for each: pages fetched per second of wall time (start-up included), peak
resident memory of the whole process tree, gold articles found (recall), pages output
that are not articles, and CPU seconds (user + system, all processes) per article.
`--memory-sizes` crawls larger sites with the harvester alone to show memory against
pages.

    .venv/bin/python bench/crawl.py                  # 5,000 articles, then 10,000 (harvester alone)
    .venv/bin/python bench/crawl.py --write          # also update docs/BENCHMARKS.md
    .venv/bin/python bench/crawl.py --memory-sizes 10000,20000 --write
    .venv/bin/python bench/crawl.py --quick          # 150 articles (CI smoke run)
"""
from __future__ import annotations

import argparse
import json
import os
import re
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
PROGRESS = re.compile(r"\b(\d+) pages: ")
SAMPLE_EVERY = 0.25  # seconds between memory and CPU samples of the measured process tree


@dataclass(frozen=True)
class Usage:
    wall: float
    cpu: float  # user + system seconds of every process of the tree
    peak_rss_mb: float  # largest sum of resident sets of the tree at one sample
    peak_pss_mb: float  # the same with shared pages divided among the processes sharing them
    returncode: int
    load: float = 0.0  # mean 1-minute load average of the machine during the run (other work included)
    curve: tuple[tuple[int, float], ...] = ()  # (pages done, tree PSS in MB) along the run


@dataclass(frozen=True)
class Run:
    tool: str
    usage: Usage
    pages: int
    found: int  # gold articles in the output
    others: int  # pages output that are not gold articles


def measure(cmd: list[str], log: Path, env: dict | None = None, progress=None) -> Usage:
    """Run cmd to its end, sampling its process tree's memory and CPU (and progress(), pages done)."""
    import psutil

    cpu_by_pid: dict[int, float] = {}
    peak = peak_pss = 0
    curve: list[tuple[int, float]] = []
    loads: list[float] = []
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
            loads.append(os.getloadavg()[0])
            if progress is not None:
                curve.append((progress(), pss / 2**20))
            time.sleep(SAMPLE_EVERY)
        proc.wait()
        wall = time.perf_counter() - started
    return Usage(wall, sum(cpu_by_pid.values()), peak / 2**20, peak_pss / 2**20, proc.returncode,
                 sum(loads) / max(len(loads), 1), tuple(curve))


def progress_lines(log: Path):
    """Pages done, read from the last progress line the crawl wrote to its log ("850 pages: ...")."""
    state = {"offset": 0, "pages": 0}

    def pages() -> int:
        try:
            with open(log, "rb") as f:
                f.seek(state["offset"])
                chunk = f.read()
        except OSError:
            return state["pages"]
        cut = chunk.rfind(b"\n") + 1  # a line still being written is read next time
        state["offset"] += cut
        for m in PROGRESS.finditer(chunk[:cut].decode("utf-8", "replace")):
            state["pages"] = int(m.group(1))
        return state["pages"]
    return pages


def run_harvester(site, origin: str, tmp: Path, per_site: int | None = None) -> Run:
    """`harvester crawl` with delays off; per_site: requests at a time to the site (default 2)."""
    import models
    from sqlalchemy import func, select

    name = f"harvester-{len(site.articles)}" + (f"-{per_site}" if per_site else "")
    db = tmp / f"{name}.sqlite"
    cmd = [sys.executable, "-m", "harvester.cli", "crawl", "--db", str(db), "--registry", str(site.registry),
           "--mirror", origin, "--delay", "0", "--set", "AUTOTHROTTLE_ENABLED=False",
           *(["--set", f"CONCURRENT_REQUESTS_PER_DOMAIN={per_site}"] if per_site else [])]
    log = tmp / f"{name}.log"
    usage = measure(cmd, log, {**os.environ, "PYTHONPATH": str(ROOT)}, progress=progress_lines(log))
    if usage.returncode not in (0, 3):
        raise SystemExit(f"harvester crawl failed ({usage.returncode}): {log.read_text()[-800:]}")
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        pages = s.scalar(select(func.sum(models.CrawlRun.pages))) or 0
        stored = set(s.scalars(select(models.Article.url)))
    engine.dispose()
    gold = set(site.articles)
    tool = "harvester crawl (fetch, process, store)" + (f", {per_site} requests at a time" if per_site else "")
    return Run(tool, usage, pages, len(stored & gold), len(stored - gold))


PEERS = {
    "extract": "trafilatura focused_crawler + extract",
    "segment": "trafilatura focused_crawler + extract + underthesea word_tokenize",
}


def run_peer(site, port: int, tmp: Path, work: str) -> Run:
    from harvester.urls import canonical

    out, log = tmp / f"trafilatura-{work}.json", tmp / f"trafilatura-{work}.log"
    origin = f"http://{PEER_HOST}:{port}"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--peer-child", work, origin, str(site.pages + 50), str(out)]
    usage = measure(cmd, log)
    if usage.returncode != 0:
        raise SystemExit(f"trafilatura crawl failed: {log.read_text()[-800:]}")
    result = json.loads(out.read_text(encoding="utf-8"))
    extracted = {canonical(u.replace(origin, site.base_url, 1)) for u in result["extracted"]}
    gold = set(site.articles)
    return Run(PEERS[work], usage, result["fetched"], len(extracted & gold), len(extracted - gold))


def peer_child(work: str, origin: str, max_pages: int, out: Path) -> None:
    """A baseline, in its own process: trafilatura's crawler, extracting every page it fetches
    (work "extract"), and segmenting the text into words as a script would (work "segment")."""
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
    from underthesea import word_tokenize
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
            if text and work == "segment":
                word_tokenize(text)
            extracted[response.url] = bool(text)

    spider.process_response = read_and_extract
    spider.focused_crawler(origin + "/", max_seen_urls=max_pages, max_known_urls=10 * max_pages, config=config)
    out.write_text(json.dumps({"fetched": len(extracted) + 1,  # + the home page, read for links only
                               "extracted": [u for u, ok in extracted.items() if ok]}), encoding="utf-8")


def crawl_table(n: int, site_pages: int, runs: list[Run]) -> str:
    """runs[0] is the baseline the ratios are taken against."""
    rows = ["| crawler | pages fetched | seconds | pages/s | vs trafilatura | articles found (recall) "
            "| other pages output | CPU s per article | peak PSS / RSS (MB) | load average during |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    base_rate = runs[0].pages / runs[0].usage.wall
    for r in runs:
        rate = r.pages / r.usage.wall
        rows.append(f"| {r.tool} | {r.pages} | {r.usage.wall:.1f} | {rate:.1f} | {rate / base_rate:.2f}× | "
                    f"{r.found} ({r.found / n:.3f}) | {r.others} | {r.usage.cpu / max(r.found, 1):.3f} | "
                    f"{r.usage.peak_pss_mb:.0f} / {r.usage.peak_rss_mb:.0f} | {r.usage.load:.1f} |")
    return f"{n} generated articles, {site_pages} pages in all.\n\n" + "\n".join(rows)


def memory_table(runs: list[tuple[int, Run]]) -> str:
    rows = ["| articles on the site | pages fetched | seconds | pages/s | peak PSS / RSS (MB) |", "|---|---|---|---|---|"]
    for n, r in sorted(runs, key=lambda m: m[0]):
        rows.append(f"| {n} | {r.pages} | {r.usage.wall:.0f} | "
                    f"{r.pages / r.usage.wall:.1f} | {r.usage.peak_pss_mb:.0f} / {r.usage.peak_rss_mb:.0f} |")
    return "\n".join(rows)


def curve_table(usage: Usage, points: int = 10) -> str:
    """Memory at every tenth of the crawl: flat memory shows as a flat column."""
    rows = ["| pages done | tree PSS then (MB) | peak so far (MB) |", "|---|---|---|"]
    final = max((p for p, _ in usage.curve), default=0)
    peak, k = 0.0, 1
    for pages, pss in usage.curve:
        peak = max(peak, pss)
        if final and pages >= final * k / points:
            rows.append(f"| {pages} | {pss:.0f} | {peak:.0f} |")
            while pages >= final * k / points:
                k += 1
    return "\n".join(rows)


def goals(n: int, ours: Run, peer: Run, memory: list[tuple[int, Run]]) -> str:
    speed = (ours.pages / ours.usage.wall) / (peer.pages / peer.usage.wall)
    cores = os.cpu_count() or 1
    ours_cpu, peer_cpu = ours.usage.cpu / ours.pages, peer.usage.cpu / peer.pages
    lines = [f"- 2× trafilatura's pages/s with equal or better recall: "
             f"{'met' if speed >= 2 and ours.found >= peer.found else 'missed'} "
             f"({speed:.2f}× by the faster harvester run, {ours.tool}; recall {ours.found / n:.3f} against {peer.found / n:.3f}). The harvester spends "
             f"{ours_cpu * 1000:.0f} ms of CPU per page fetched, trafilatura {peer_cpu * 1000:.0f} ms, so even with all "
             f"{cores} cores to itself the harvester could fetch at most {cores / ours_cpu:.0f} pages/s here, "
             f"against the {2 / peer_cpu:.0f} pages/s that 2× a single-threaded trafilatura given a whole core "
             f"would need."]
    biggest, run = max(memory, key=lambda m: m[0])
    seen = [(pages, pss) for pages, pss in run.usage.curve if pages]
    growth = (f", {seen[0][1]:.0f} MB after the first {seen[0][0]} pages, "
              f"{max(pss for _, pss in seen) - seen[0][1]:+.0f} MB from there to the end") if seen else ""
    lines.append("- Under 500 MB, flat, for a 100,000-page crawl: "
                 + ("met" if biggest >= 100_000 and run.usage.peak_pss_mb < 500 else
                    f"not measured at that size; up to {biggest:,} articles ({run.pages:,} pages): peak "
                    f"{run.usage.peak_pss_mb:.0f} MB (tree PSS){growth}")
                 + ".")
    return "\n".join(lines)


def crawl_site(n: int, tmp: Path, with_peers: bool, per_site: int | None = None) -> tuple[Run, list[Run], int]:
    """The harvester's run (default settings), and the others: the baselines and, with per_site,
    the harvester allowed that many requests at a time to the site."""
    import sitegen
    from harvester.demo_server import serve_sites

    folder = tmp / f"site-{n}"
    site = sitegen.build(folder, n)
    with serve_sites({"site": site.root}) as origins:
        origin = origins["site"]
        port = int(origin.rsplit(":", 1)[1])
        peers = [run_peer(site, port, folder, work) for work in PEERS] if with_peers else []
        ours = run_harvester(site, origin, folder)
        if per_site:
            peers.append(run_harvester(site, origin, folder, per_site))
    shutil.rmtree(folder)  # a 20,000-article site is 300 MB of files
    return ours, peers, site.pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--memory-sizes", default="10000",
                        help="comma-separated larger sites, harvester only (none with --quick)")
    parser.add_argument("--per-site", type=int, default=8, metavar="N",
                        help="also crawl with N requests at a time to the site (the default is 2; not with --quick)")
    parser.add_argument("--quick", action="store_true", help="150 articles")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    parser.add_argument("--peer-child", nargs=4, metavar=("WORK", "ORIGIN", "MAX_PAGES", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer_child:
        work, origin, max_pages, out = args.peer_child
        peer_child(work, origin, int(max_pages), Path(out))
        return
    n = 150 if args.quick else args.articles
    sizes = [] if args.quick else [int(x) for x in args.memory_sizes.split(",") if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        ours, peers, site_pages = crawl_site(n, Path(tmp), with_peers=True,
                                             per_site=None if args.quick else args.per_site)
        memory = [(n, ours)]
        report(n, site_pages, peers, ours, memory, args.write)
        for size in sizes:  # the block is rewritten after each, so a long run stopped early keeps what it measured
            print(f"memory run: {size} articles", file=sys.stderr)
            memory.append((size, crawl_site(size, Path(tmp), with_peers=False)[0]))
            report(n, site_pages, peers, ours, memory, args.write)


def report(n: int, site_pages: int, peers: list[Run], ours: Run, memory: list[tuple[int, Run]], write: bool) -> None:
    biggest, longest = max(memory, key=lambda m: m[0])
    baselines, extras = peers[:len(PEERS)], peers[len(PEERS):]
    fastest = max([ours, *extras], key=lambda r: r.pages / r.usage.wall)
    text = "\n\n".join([crawl_table(n, site_pages, [*baselines, ours, *extras]),
                        "Memory against site size (harvester crawl alone):\n\n" + memory_table(memory),
                        f"Memory along the {biggest:,}-article crawl (progress lines of the crawl, sampled every "
                        f"{SAMPLE_EVERY} s):\n\n" + curve_table(longest.usage),
                        "Goals:\n\n" + goals(n, fastest, baselines[0], memory)])
    print(text, flush=True)
    if write:
        from report import replace_block

        replace_block("crawl", text)


if __name__ == "__main__":
    main()
