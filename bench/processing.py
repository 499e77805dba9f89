"""Processing speed: articles per second of the full path, against the naive baseline.

The baseline, measured in the same run on the same pages, is what a script would do:
one `trafilatura.extract` and one `underthesea.word_tokenize` per article, in one
process. The project's path is `process_page` (decode, normalize, extract, dates,
bylines, departments, segmentation) on one core and on every core, then
`harvester process` over the stored corpus twice (the second pass finds nothing
changed). Pages come from bench/corpus.py.

    .venv/bin/python bench/processing.py              # 2,000 pages
    .venv/bin/python bench/processing.py --write      # also update docs/BENCHMARKS.md
    .venv/bin/python bench/processing.py --quick      # 150 pages (CI smoke run)
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import trafilatura  # noqa: E402
from underthesea import word_tokenize  # noqa: E402

import models  # noqa: E402
from corpus import Page, generate  # noqa: E402
from harvester.reprocess import reprocess  # noqa: E402
from pipelines import tokenize  # noqa: E402
from pipelines.process import process_page  # noqa: E402
from pipelines.store import ensure_portal, store_capture  # noqa: E402
from pipelines.types import Article, Capture  # noqa: E402
from pipelines.workers import _warm_up  # noqa: E402
from report import replace_block  # noqa: E402



def baseline(page: Page) -> int:
    text = trafilatura.extract(page.html.decode("utf-8"), url=page.url) or ""
    return len(word_tokenize(text))


def ours(page: Page) -> str:
    result = process_page(Capture(url=page.url, body=page.html, headers={"Content-Type": "text/html; charset=utf-8"}),
                          page.portal.info())
    return result.segmented if isinstance(result, Article) else result.reason


def timed(fn, pages) -> tuple[float, list]:
    started = time.perf_counter()
    out = [fn(p) for p in pages]
    return time.perf_counter() - started, out


def on_all_cores(pages: list[Page], workers: int) -> tuple[float, list]:
    with ProcessPoolExecutor(workers, initializer=_warm_up) as pool:
        list(pool.map(ours, pages[:workers]))  # workers are up and warm before the clock starts
        started = time.perf_counter()
        out = list(pool.map(ours, pages, chunksize=16))
        return time.perf_counter() - started, out


def identical_to_uncached(pages: list[Page], cached: list) -> bool:
    """The sentence cache may only save time: a cold per-article run gives the same output."""
    for page, want in zip(pages, cached):
        tokenize.segment_sentence.cache_clear()
        if ours(page) != want:
            return False
    return True


def reprocessing(pages: list[Page], workers: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = models.make_engine(Path(tmp) / "bench.sqlite")
        models.init_db(engine)
        sessions = models.session_factory(engine)
        with sessions.begin() as s:
            for portal in {p.portal.key: p.portal for p in pages}.values():
                ensure_portal(s, portal)
            for p in pages:
                store_capture(s, Capture(url=p.url, body=p.html, headers={"Content-Type": "text/html"}), p.portal.key)
        first = time.perf_counter()
        reprocess(engine, workers=workers)
        first = time.perf_counter() - first
        second = time.perf_counter()
        outcome = reprocess(engine, workers=workers)
        second = time.perf_counter() - second
        engine.dispose()
        assert set(outcome) == {"skipped"}, outcome
    return first, second


PROFILED = {
    "segmentation (underthesea CRF + our domain rules)": ("tokenize.py", "segment"),
    "trafilatura extraction": ("trafilatura/core.py", "extract"),
    "HTML parsing (lxml)": ("lxml", "fromstring"),
    "date finding": ("dates.py", "find_published_date"),
    "listing items and chrome": ("listing.py", "dated_items"),
    "department recognition": ("departments.py", "article_departments"),
    "bylines": ("bylines.py", "split_byline"),
    "sentence splitting": ("sent_tokenize", "sent_tokenize"),
}


def profile(pages: list[Page], run=None, wanted: dict[str, tuple[str, str]] = PROFILED) -> str:
    """cProfile over run(page) for each page (default: process_page), summarized by stage."""
    run = run or ours
    tokenize.segment_sentence.cache_clear()
    prof = cProfile.Profile()
    prof.enable()
    for p in pages:
        run(p)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    total = stats.total_tt
    rows = []
    for label, (file_part, func) in wanted.items():
        cum = max((v[3] for k, v in stats.stats.items() if file_part in k[0] and k[2] == func), default=0.0)
        rows.append(f"| {label} | {cum:.2f} s | {cum / total:.0%} |")
    return "\n".join(["| stage (cumulative) | time | share of total |", "|---|---|---|", *rows,
                      f"| total, {len(pages)} pages on one core | {total:.2f} s | 100% |"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    n = 150 if args.quick else args.pages
    workers = os.cpu_count() or 1
    pages = generate(n)
    ours(pages[0]), baseline(pages[0])  # load models outside the clocks
    tokenize.segment_sentence.cache_clear()

    base_t, _ = timed(baseline, pages)
    tokenize.segment_sentence.cache_clear()
    one_t, one_out = timed(ours, pages)
    all_t, all_out = on_all_cores(pages, workers)
    same = identical_to_uncached(pages[:100], one_out[:100]) and one_out == all_out
    first, second = reprocessing(pages, workers)
    prof = profile(pages[: min(200, n)])

    rate = lambda t: n / t  # noqa: E731
    table = "\n".join([
        "| run | pages/s | vs baseline |",
        "|---|---|---|",
        f"| baseline: trafilatura.extract + underthesea.word_tokenize, 1 process | {rate(base_t):.1f} | 1.00× |",
        f"| process_page, 1 core | {rate(one_t):.1f} | {base_t / one_t:.2f}× |",
        f"| process_page, {workers} cores | {rate(all_t):.1f} | {base_t / all_t:.2f}× |",
        f"| harvester process, first pass ({workers} workers) | {rate(first):.1f} | {base_t / first:.2f}× |",
        f"| harvester process, unchanged corpus | {rate(second):.1f} | {first / second:.0f}× faster than the first pass |",
    ])
    text = (f"{n} generated pages; output identical to an uncached per-article run: {'yes' if same else 'NO'}.\n\n"
            f"{table}\n\nWhere the time goes (cProfile, one core):\n\n{prof}")
    print(text)
    if args.write:
        replace_block("processing", text)
    if not same:
        raise SystemExit("cached segmentation changed the output")


if __name__ == "__main__":
    main()
