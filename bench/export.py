"""Export speed and memory: `harvester export` in each format against `sqlite-utils rows --nl`.

A synthetic corpus is inserted straight into a fresh SQLite database (Article rows with a
publisher department and a capture each; bodies recombined from the sentences of our gold
articles, as bench/corpus.py does; the segmented text imitated by joining syllable pairs, since
real segmentation of 20,000 articles would take minutes and is not what is measured). One
article in ten is republished on a provincial newspaper portal two days later, half word for
word and half with an edited title and an extra paragraph, so `harvester dedup` has copies to
find. Every command then runs as a child process on that database in the same run, and its
wall time and peak resident memory (os.wait4) are recorded; exporting a quarter of the corpus
beside the whole shows whether memory grows with the rows.

    .venv/bin/python bench/export.py              # 20,000 articles
    .venv/bin/python bench/export.py --write      # also update docs/BENCHMARKS.md
    .venv/bin/python bench/export.py --quick      # 2,000 articles
    .venv/bin/python bench/export.py --memory 200000 --write   # and peak memory on 200,000
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import insert, select  # noqa: E402

import models  # noqa: E402
from corpus import templates  # noqa: E402
from harvester.portals import load_registry  # noqa: E402
from pipelines.process import text_hash, versions  # noqa: E402
from pipelines.store import ensure_portal  # noqa: E402
from report import replace_block  # noqa: E402

VN = ZoneInfo("Asia/Ho_Chi_Minh")
BIN = Path(sys.executable).parent


def imitate_segmentation(text: str, rng: random.Random) -> str:
    lines = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = sentence.split(" ")
        out, i = [], 0
        while i < len(words):
            if i + 1 < len(words) and rng.random() < 0.4:
                out.append(words[i] + "_" + words[i + 1])
                i += 2
            else:
                out.append(words[i])
                i += 1
        lines.append(" ".join(out))
    return "\n".join(lines)


def build(db: Path, n: int, seed: int = 7, chunk: int = 2000) -> int:
    """Insert n articles (about a tenth of them republished copies); return the number of copies.

    Rows are inserted `chunk` at a time and copies are drawn from the last 20,000 originals, so
    building a corpus of a million articles needs no more memory than one of 20,000.
    """
    rng = random.Random(seed)
    _, pool = templates()
    engine = models.make_engine(db)
    models.init_db(engine)
    registry = load_registry()
    portals = [p for p in registry.values() if p.level == "huyện"] or list(registry.values())
    papers = [p for p in registry.values() if p.platform == "newspaper"] or portals
    A, AD, C = models.Article, models.ArticleDepartment, models.Capture
    with models.session_factory(engine).begin() as s:
        ids = {p.key: ensure_portal(s, p) for p in registry.values()}
        dept, by_identity = {}, {}
        for key, p in registry.items():
            # Portals sharing an owner (several on one province's Party committee) share its row:
            # departments are unique by identity.
            identity = (p.owner or p.name, "Ban Tuyên giáo", p.level, p.district or p.province)
            if identity not in by_identity:
                by_identity[identity] = s.execute(insert(models.Department).values(
                    name=identity[0], kind=identity[1], level=identity[2], locality=identity[3],
                    aliases=[])).inserted_primary_key[0]
            dept[key] = by_identity[identity]
    pw = versions()
    articles, links, captures = [], [], []
    originals: deque = deque(maxlen=20_000)
    copies = 0
    start = datetime(2019, 1, 1, 8, tzinfo=VN)

    def flush() -> None:
        with models.session_factory(engine).begin() as s:
            s.execute(insert(A), articles)
            s.execute(insert(C), captures)
            by_url = dict(s.execute(select(A.url, A.id).where(A.url.in_([u for u, _ in links]))).all())
            s.execute(insert(AD), [{"article_id": by_url[u], "department_id": d, "role": "publisher", "count": 1}
                                   for u, d in links])
        for rows in (articles, captures, links):
            rows.clear()

    for i in range(n):
        copy = originals and rng.random() < 0.1
        if copy:
            copies += 1
            src = rng.choice(originals)
            portal = rng.choice(papers)
            paras = list(src["paras"])
            title = src["title"]
            if rng.random() < 0.5:
                title = "Tin địa phương: " + title
                paras.append(" ".join(rng.sample(pool, 2)))
            published = src["published"] + timedelta(days=2)
        else:
            portal = rng.choice(portals)
            paras = [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(4, 9))]
            title = rng.choice(pool)[:120]
            published = start + timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60))
        text = "\n".join(paras)
        url = str(portal.base_url).rstrip("/") + f"/bench/bai-{i}.html"
        if not copy:
            originals.append({"paras": paras, "title": title, "published": published})
        articles.append({"url": url, "portal_id": ids[portal.key], "title": title, "lead": None, "text": text,
                         "author": "Phóng viên", "published_at": published, "published_raw": published.strftime("%d/%m/%Y"),
                         "date_method": "date-area", "date_confidence": 0.85, "language": "vi",
                         "text_hash": text_hash(text), "sentence_count": text.count(".") + 1,
                         "word_count": len(text.split()), "segmented": imitate_segmentation(title + "\n" + text, rng),
                         "processed_with": pw, "first_seen": published + timedelta(hours=6),
                         "last_processed": published + timedelta(hours=6)})
        body = f"<html><body><h1>{title}</h1>{text}</body></html>".encode()
        captures.append({"url": url, "portal_key": portal.key, "fetched_at": published + timedelta(hours=6),
                         "source": "live", "status": 200, "headers": {}, "body_gz": gzip.compress(body, mtime=0),
                         "body_hash": hashlib.sha256(body).hexdigest(), "outcome": "article", "is_article": True})
        links.append((url, dept[portal.key]))
        if len(articles) == chunk:
            flush()
    if articles:
        flush()
    engine.dispose()
    return copies


def tree_pss_peak(pid: int, done: threading.Event, peak: list[float]) -> None:
    """Sample the summed PSS of `pid` and its descendants (the export's worker processes) until
    `done`; the highest sum goes to peak[0] in MB. PSS divides the pages forked workers share
    with their parent among them, so the sum counts each page once."""
    import psutil

    try:
        top = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    while not done.is_set():
        total = 0
        try:
            tree = [top, *top.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for p in tree:
            try:
                total += p.memory_full_info().pss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        peak[0] = max(peak[0], total / 2**20)
        done.wait(0.02)


def timed(cmd: list[str], stdout=None) -> tuple[float, float, float, float]:
    """Wall seconds, peak resident MB of the command's own process, CPU seconds (user + system,
    all threads and worker processes) and peak PSS MB of its whole process tree.

    The resident peak comes from GNU time (`/usr/bin/time -f %M`): a child forked straight from
    this process would count this process's own pages in its peak until it execs.
    """
    gnu_time = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        full = [str(gnu_time), "-f", "%M", "-o", rss.name, *cmd] if gnu_time.exists() else cmd
        started = time.perf_counter()
        proc = subprocess.Popen(full, stdout=stdout or subprocess.DEVNULL, stderr=subprocess.PIPE)
        done, tree_peak = threading.Event(), [0.0]
        sampler = threading.Thread(target=tree_pss_peak, args=(proc.pid, done, tree_peak), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        err = proc.stderr.read().decode("utf-8", "replace")
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
        kb = int(rss.read().strip().splitlines()[-1]) if gnu_time.exists() else usage.ru_maxrss
    return seconds, kb / 1024, usage.ru_utime + usage.ru_stime, tree_peak[0]


def size_mb(paths) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


class Runs:
    """Commands timed on one database; each row: label, records, wall s, CPU s, peak MB, output MB."""

    def __init__(self, work: Path):
        self.work, self.rows = work, []

    def run(self, label: str, cmd: list[str], out_glob: str, records: int, stdout_file: str | None = None,
            repeat: int = 1) -> None:
        """The best wall time of `repeat` runs (the machine is shared: the others measure its load)."""
        best = None
        for attempt in range(repeat):
            out_dir = self.work / f"{label.replace(' ', '_').replace('/', '_')}-{attempt}"
            out_dir.mkdir()
            full = [c.replace("{out}", str(out_dir)) for c in cmd]
            if stdout_file is not None:
                with open(out_dir / stdout_file, "wb") as fh:
                    seconds, peak, cpu, tree = timed(full, stdout=fh)
            else:
                seconds, peak, cpu, tree = timed(full)
            out = size_mb(out_dir.glob(out_glob))
            shutil.rmtree(out_dir)
            if best is None or seconds < best[0]:
                best = (seconds, cpu, peak, tree, out)
            print(f"{label:45} {seconds:7.2f}s {cpu:7.2f}s CPU {peak:7.0f} MB, tree {tree:7.0f} MB", file=sys.stderr)
        self.rows.append((label, records, *best))

    def table(self) -> list[str]:
        base, base_cpu = self.rows[0][2], self.rows[0][3]
        lines = ["| run | records | seconds | records/s | vs sqlite-utils | CPU seconds | CPU vs sqlite-utils "
                 "| peak RSS, main process (MB) | peak PSS, all processes (MB) | output (MB) |",
                 "|---|---|---|---|---|---|---|---|---|---|"]
        for label, records, seconds, cpu, peak, tree, out in self.rows:
            lines.append(f"| {label} | {records} | {seconds:.1f} | {records / seconds:.0f} | {seconds / base:.2f}× | "
                         f"{cpu:.1f} | {cpu / base_cpu:.2f}× | {peak:.0f} | {tree:.0f} | {out:.1f} |")
        return lines


def corpus(work: Path, n: int) -> tuple[Path, int]:
    db = work / f"corpus-{n}.sqlite"
    started = time.perf_counter()
    planted = build(db, n)
    print(f"corpus: {n} articles in {time.perf_counter() - started:.0f}s ({db.stat().st_size / 1e6:.0f} MB)",
          file=sys.stderr)
    return db, planted


def machine() -> str:
    return f"Measured {datetime.now():%Y-%m-%d} on a {os.cpu_count()}-core machine, Python {platform.python_version()}."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true", help="2,000 articles, each command once, no memory run")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the baseline and of `export .jsonl`, the best kept [default: 3]")
    parser.add_argument("--memory", type=int, default=0, metavar="N",
                        help="also export a corpus of N articles (e.g. 200000) for peak memory")
    parser.add_argument("--memory-only", action="store_true", help="with --memory: skip the speed runs")
    parser.add_argument("--memory-db", type=Path, default=None, metavar="PATH",
                        help="with --memory: a corpus this script built before (kept with --keep), instead of a new one")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    args = parser.parse_args()
    n = 2_000 if args.quick else args.articles
    repeat = 1 if args.quick else args.repeat

    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    harvester, sqlite_utils = str(BIN / "harvester"), str(BIN / "sqlite-utils")
    if not (args.memory_only and args.memory):
        speed(work, n, repeat, args, harvester, sqlite_utils)
    if args.memory and not args.quick:
        memory(work, args, harvester, sqlite_utils)
    if args.keep:
        print(f"kept {work}", file=sys.stderr)
    else:
        shutil.rmtree(work)


def speed(work: Path, n: int, repeat: int, args, harvester: str, sqlite_utils: str) -> None:
    db, planted = corpus(work, n)
    runs = Runs(work)
    run = runs.run

    # Dates splitting the corpus: the first quarter of the rows.
    engine = models.make_engine(db)
    with engine.connect() as conn:
        dates = sorted(d for (d,) in conn.execute(select(models.Article.published_at)))
    engine.dispose()
    quarter_until = dates[len(dates) // 4].astimezone(VN).date().isoformat()
    quarter = sum(1 for d in dates if d.astimezone(VN).date().isoformat() <= quarter_until)

    run("baseline: sqlite-utils rows --nl", [sqlite_utils, "rows", str(db), "articles", "--nl"], "*.jsonl", n,
        stdout_file="rows.jsonl", repeat=repeat)
    run("export .jsonl", [harvester, "export", "{out}/ds.jsonl", "--db", str(db)], "ds*.jsonl", n, repeat=repeat)
    run("export .jsonl --tokens", [harvester, "export", "{out}/ds.jsonl", "--db", str(db), "--tokens"],
        "ds*.jsonl", n, repeat=repeat)
    run("export .jsonl --workers 0 (one process)", [harvester, "export", "{out}/ds.jsonl", "--db", str(db),
                                                     "--workers", "0"], "ds*.jsonl", n)
    run("export .jsonl, first quarter (--until)", [harvester, "export", "{out}/ds.jsonl", "--db", str(db),
                                                   "--until", quarter_until], "ds*.jsonl", quarter)
    run("export .jsonl.gz", [harvester, "export", "{out}/ds.jsonl.gz", "--db", str(db)], "ds*.gz", n)
    run("export .jsonl.zst", [harvester, "export", "{out}/ds.jsonl.zst", "--db", str(db)], "ds*.zst", n)
    run("export .jsonl.gz --shard-size-mb 20", [harvester, "export", "{out}/ds.jsonl.gz", "--db", str(db),
                                                "--shard-size-mb", "20"], "ds*.gz", n)
    run("export .parquet", [harvester, "export", "{out}/ds.parquet", "--db", str(db)], "ds*.parquet", n)
    run("export .csv", [harvester, "export", "{out}/ds.csv", "--db", str(db)], "ds*.csv", n)
    run("dedup (threshold 0.8)", [harvester, "dedup", "--db", str(db)], "none", n)
    engine = models.make_engine(db)
    from harvester.clusters import duplicate_report

    report = duplicate_report(engine)
    engine.dispose()
    run("export .jsonl.gz --dedup", [harvester, "export", "{out}/ds.jsonl.gz", "--db", str(db), "--dedup"],
        "ds*.gz", report.clusters)

    lines = [f"{n} synthetic articles ({db.stat().st_size / 1e6:.0f} MB database); "
             f"{planted} republished copies planted; `harvester dedup` found {report.duplicates} copies in "
             f"{report.shared} clusters ({report.exact} of them exact copies only). {machine()} The baseline, "
             f"`export .jsonl` and `export .jsonl --tokens` are the best of {repeat} runs each.", "", *runs.table()]
    text = "\n".join(lines)
    print(text)
    if args.write:
        replace_block("export", text)
    if not args.keep:
        db.unlink()  # room on the disk for the large corpus


def memory(work: Path, args, harvester: str, sqlite_utils: str) -> None:
    big = args.memory_db if args.memory_db else corpus(work, args.memory)[0]
    runs = Runs(work)
    runs.run("baseline: sqlite-utils rows --nl", [sqlite_utils, "rows", str(big), "articles", "--nl"],
             "*.jsonl", args.memory, stdout_file="rows.jsonl")
    runs.run("export .jsonl", [harvester, "export", "{out}/ds.jsonl", "--db", str(big)], "ds*.jsonl",
             args.memory)
    runs.run("export .jsonl --tokens", [harvester, "export", "{out}/ds.jsonl", "--db", str(big), "--tokens"],
             "ds*.jsonl", args.memory)
    runs.run("export .jsonl.zst", [harvester, "export", "{out}/ds.jsonl.zst", "--db", str(big)], "ds*.zst",
             args.memory)
    runs.run("export .parquet", [harvester, "export", "{out}/ds.parquet", "--db", str(big)], "ds*.parquet",
             args.memory)
    runs.run("export .parquet --tokens", [harvester, "export", "{out}/ds.parquet", "--db", str(big), "--tokens"],
             "ds*.parquet", args.memory)
    runs.run("export .parquet --tokens --shard-size-mb 500", [harvester, "export", "{out}/ds.parquet", "--db", str(big),
                                                              "--tokens", "--shard-size-mb", "500"],
             "ds*.parquet", args.memory)
    text = "\n".join([f"{args.memory} synthetic articles, the same generator ({big.stat().st_size / 1e6:.0f} MB "
                      f"database). {machine()}", "", *runs.table()])
    print(text)
    if args.write:
        replace_block("export-memory", text)


if __name__ == "__main__":
    main()
