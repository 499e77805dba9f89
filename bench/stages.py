"""The pipeline's parts: articles per second of each stage alone and of the whole path.

Every stage `process_page` calls (normalization, extraction, dates, segmentation,
department and document recognition) is wrapped with a clock where process_page looks
it up, and the store is timed around `store_page`; the pages then go through the whole
path (process, then store into SQLite). A stage's rate is articles divided by the time
spent inside it, so the slowest stage is the one with the lowest rate. On every core,
worker processes load their models, wait at a barrier and are released together; the
whole path's rate is articles over the wall time from the release to the last worker's
end, a stage's rate is articles over the largest time any worker spent in it. The store
on every core is every worker writing to one SQLite file (its single writer shows).
Then a cProfile summary of the whole path on one core. Pages come from bench/corpus.py,
with sentences recombined from clauses so that none repeats.

    .venv/bin/python bench/stages.py              # 1,000 pages
    .venv/bin/python bench/stages.py --write      # also update docs/BENCHMARKS.md
    .venv/bin/python bench/stages.py --quick      # 60 pages (CI smoke run)
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import models  # noqa: E402
import pipelines.process as process  # noqa: E402
from corpus import Page, generate  # noqa: E402
from pipelines import tokenize  # noqa: E402
from pipelines.store import ensure_portal, store_page  # noqa: E402
from pipelines.types import Capture  # noqa: E402
from pipelines.workers import _warm_up  # noqa: E402
from processing import PROFILED, profile  # noqa: E402

# The names process_page calls, by stage; classification and the Article's assembly are "other".
STAGES = {
    "normalization (decode, charset, tone placement)": ("decode_body", "_styled"),
    "extraction (trafilatura + profile rules, listing checks, byline)": (
        "extract", "dated_items", "teaser_share", "drop_related_lines", "split_byline", "find_author_area",
        "canonical_link"),
    "dates": ("find_published_date", "find_updated_date"),
    "segmentation (sentences, words)": ("segment",),
    "departments and documents": ("article_departments", "find_documents"),
}
STORAGE = "storage (one transaction per page, SQLite)"
HEADERS = {"Content-Type": "text/html; charset=utf-8"}

spent: dict[str, float] = defaultdict(float)


def _clocked(stage: str, fn):
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] += time.perf_counter() - started
    return timed


def instrument() -> None:
    """Wrap the stages in process_page's namespace (once per process)."""
    if getattr(process, "_bench_clocked", False):
        return
    for stage, names in STAGES.items():
        for name in names:
            setattr(process, name, _clocked(stage, getattr(process, name)))
    process._bench_clocked = True


def whole_path(pages: list[Page], sessions) -> None:
    for page in pages:
        capture = Capture(url=page.url, body=page.html, headers=HEADERS)
        result = process.process_page(capture, page.portal.info())
        started = time.perf_counter()
        store_page(sessions, page.portal, capture, result, process.versions())
        spent[STORAGE] += time.perf_counter() - started


def _worker(pages: list[Page], db: Path, barrier, results) -> None:
    _warm_up()
    instrument()
    engine = models.make_engine(db)
    sessions = models.session_factory(engine)
    whole_path(pages[:2], sessions)  # first-call costs (imports, compiled patterns) outside the clock
    spent.clear()
    tokenize.segment_sentence.cache_clear()
    barrier.wait()
    started, cpu = time.perf_counter(), time.process_time()
    whole_path(pages[2:], sessions)
    ended = time.perf_counter()
    results.put((started, ended, dict(spent), len(pages) - 2, (time.process_time() - cpu) / (ended - started)))
    engine.dispose()


def fresh_db(tmp: Path, name: str, pages: list[Page]) -> Path:
    db = tmp / f"{name}.sqlite"
    engine = models.make_engine(db)
    models.init_db(engine)
    with models.session_factory(engine).begin() as s:
        for portal in {p.portal.key: p.portal for p in pages}.values():
            ensure_portal(s, portal)
    engine.dispose()
    return db


def on_cores(pages: list[Page], tmp: Path, workers: int) -> tuple[float, dict[str, float], int, float]:
    """Wall seconds of the whole path, each stage's largest per-worker seconds, articles timed,
    and the workers' mean share of a core (below 1 when other processes took the CPU)."""
    # fork: the workers start with this process's pages and modules (it runs no threads).
    ctx = multiprocessing.get_context("fork")
    name = f"cores-{workers}"
    db = fresh_db(tmp, name, pages)
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    shares = [pages[i::workers] for i in range(workers)]
    procs = [ctx.Process(target=_worker, args=(share, db, barrier, results)) for share in shares]
    for p in procs:
        p.start()
    done = [results.get() for _ in procs]
    for p in procs:
        p.join()
        if p.exitcode:
            raise SystemExit(f"a worker failed (exit code {p.exitcode})")
    wall = max(d[1] for d in done) - min(d[0] for d in done)
    stage_time = {s: max(d[2].get(s, 0.0) for d in done) for s in [*STAGES, STORAGE]}
    return wall, stage_time, sum(d[3] for d in done), sum(d[4] for d in done) / len(done)


def table(one, every, workers: int) -> str:
    (one_wall, one_stage, one_n, one_cpu), (all_wall, all_stage, all_n, all_cpu) = one, every
    rows = [f"| stage | seconds, 1 core | articles/s, 1 core | share of the path | articles/s, {workers} cores |",
            "|---|---|---|---|---|"]
    for stage in [*STAGES, STORAGE]:
        rows.append(f"| {stage} | {one_stage[stage]:.2f} | {one_n / one_stage[stage]:.0f} | "
                    f"{one_stage[stage] / one_wall:.0%} | {all_n / all_stage[stage]:.0f} |")
    other = one_wall - sum(one_stage.values())
    rows.append(f"| other (classification, assembling the article) | {other:.2f} | – | {other / one_wall:.0%} | – |")
    rows.append(f"| **whole path (process + store)** | {one_wall:.2f} | {one_n / one_wall:.1f} | 100% | "
                f"{all_n / all_wall:.1f} |")
    slowest = min(STAGES.keys() | {STORAGE}, key=lambda s: one_n / one_stage[s])
    return "\n".join(rows) + (
        f"\n\nSlowest stage: {slowest}. CPU each worker process had while timed (CPU time over wall "
        f"time; the rest went to other processes on the machine): {one_cpu:.0%} of a core on the 1-core run, "
        f"{all_cpu:.0%} on the {workers}-core run.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="60 pages")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args()
    n = 60 if args.quick else args.pages
    workers = os.cpu_count() or 1
    pages = generate(n, novel=True)  # no sentence seen twice: the segmenter's cache gets no free hits
    with tempfile.TemporaryDirectory() as tmp:
        one = on_cores(pages, Path(tmp), 1)
        every = on_cores(pages, Path(tmp), workers)
        db = fresh_db(Path(tmp), "profile", pages)
        engine = models.make_engine(db)
        sessions = models.session_factory(engine)
        prof = profile(pages[: min(200, n)], run=lambda p: whole_path([p], sessions),
                       wanted={**PROFILED, "storage (SQLAlchemy + SQLite)": ("store.py", "store_page")})
        engine.dispose()
    text = (f"{n} generated pages (every platform family); {workers} cores.\n\n{table(one, every, workers)}\n\n"
            f"Where the time goes on the whole path (cProfile, one core):\n\n{prof}")
    print(text)
    if args.write:
        from report import replace_block

        replace_block("stages", text)


if __name__ == "__main__":
    main()
