"""Extraction quality: `harvester eval` over the public benchmarks and our Vietnamese gold.

Writes one table (project and baseline measured in the same run) into README.md and
docs/BENCHMARKS.md between quality markers.

    .venv/bin/python bench/quality.py            # print the table
    .venv/bin/python bench/quality.py --write    # also update README.md and docs/BENCHMARKS.md
    .venv/bin/python bench/quality.py --quick    # Vietnamese gold only (CI smoke run)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harvester.evaluate import BASELINE, PROJECT, evaluate_sets, find_sets  # noqa: E402
from report import BENCHMARKS, replace_block  # noqa: E402

SHARED_EVAL = ROOT.parent / "shared" / "eval"
HEADLINE = {"extraction": ("f1", "precision", "recall"), "dates": ("accuracy",), "bodies": ("f1",)}
SITE_METRICS = ("title", "published", "author", "snippet_f1", "article", "non_article")


def table(quick: bool) -> str:
    rows = ["| set | pages | metric | project | baseline (trafilatura + htmldate) |", "|---|---|---|---|---|"]
    if not quick and SHARED_EVAL.is_dir():
        for s in evaluate_sets(find_sets(SHARED_EVAL)):
            for metric in HEADLINE[s.kind]:
                rows.append(f"| {s.name} | {s.pages} | {metric} | {s.metrics[PROJECT][metric]:.3f} | "
                            f"{s.metrics[BASELINE][metric]:.3f} |")
    sites = evaluate_sets(find_sets(ROOT / "data" / "demo", ROOT / "tests" / "sites"))
    pages = sum(s.pages for s in sites)
    for metric in SITE_METRICS:
        worst = min(s.metrics[PROJECT][metric] for s in sites)
        mean = sum(s.metrics[PROJECT][metric] for s in sites) / len(sites)
        rows.append(f"| Vietnamese gold ({len(sites)} sites) | {pages} | {metric} (mean / worst site) | "
                    f"{mean:.3f} / {worst:.3f} | – |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    text = table(args.quick)
    print(text)
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.write:
        for path in (ROOT / "README.md", BENCHMARKS):
            replace_block("quality", text, path)


if __name__ == "__main__":
    main()
