"""Discovery quality: precision and recall of stored articles on every local test site.

Each site (data/demo/*, tests/sites/*) is served on loopback and crawled from
its home page twice in the same run: with the platform left for the crawler
to detect (the project as users run it) and with the platform forced to the
generic fallback (the baseline: no family knowledge). Precision is the share
of stored articles that are gold articles; recall the share of gold articles
stored.

    .venv/bin/python bench/discovery.py            # print the table
    .venv/bin/python bench/discovery.py --write    # also update docs/BENCHMARKS.md
    .venv/bin/python bench/discovery.py --quick    # two sites only (CI smoke run)
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harvester.demo_server import serve_sites  # noqa: E402
from tests.sitegold import all_sites, run_cli, stored_articles  # noqa: E402
from report import replace_block  # noqa: E402



def crawl(site, platform: str | None, tmp: Path) -> tuple[float, float, int]:
    lines = [l for l in (site.folder / "portal.toml").read_text(encoding="utf-8").splitlines()
             if not l.strip().startswith("platform")]
    if platform:
        lines.append(f'platform = "{platform}"')
    registry = tmp / f"{site.key}-{platform or 'detect'}.toml"
    registry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp / f"{site.key}-{platform or 'detect'}.sqlite"
    with serve_sites({site.key: site.site}) as origins:
        result = run_cli("crawl", "--registry", str(registry), "--mirror", origins[site.key],
                         "--db", str(db), "--workers", "0", "--delay", "0")
    if result.returncode not in (0, 3):
        raise SystemExit(f"crawl of {site.key} failed: {result.stderr[-500:]}")
    found, gold = set(stored_articles(db)), set(site.articles)
    precision = len(found & gold) / len(found) if found else 0.0
    recall = len(found & gold) / len(gold)
    return precision, recall, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    parser.add_argument("--quick", action="store_true", help="two sites only")
    args = parser.parse_args()
    sites = all_sites()[:2] if args.quick else all_sites()
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for site in sites:
            ours = crawl(site, None, Path(tmp))
            base = crawl(site, "generic", Path(tmp))
            rows.append((site.key, site.platform, len(site.articles), ours, base))
    table = ["| site | family | gold articles | precision | recall | generic-profile precision | generic-profile recall |",
             "|---|---|---|---|---|---|---|"]
    for key, family, n, (p, r, _), (bp, br, _) in rows:
        table.append(f"| {key} | {family} | {n} | {p:.3f} | {r:.3f} | {bp:.3f} | {br:.3f} |")
    text = "\n".join(table)
    print(text)
    print(f"\n{len(rows)} sites, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.write:
        replace_block("discovery", text)


if __name__ == "__main__":
    main()
