"""Several `harvester crawl --redis` workers at once over the local test sites (tests and bench).

Every site (data/demo/*, tests/sites/*) is served on loopback, each on its own port, with a
log of the requests it answered; the workers are real command-line processes started together.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from harvester.demo_server import serve_sites
from tests.sitegold import ROOT, SiteGold, all_sites


def registry(sites: list[SiteGold], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for site in sites:
        shutil.copy(site.folder / "portal.toml", folder / f"{site.key}.toml")
    return folder


@dataclass
class Served:
    origins: dict[str, str]
    requests: list[tuple[int, str]]  # (port, path), as the servers answered them

    def fetch_counts(self) -> Counter[str]:
        ports = {int(o.rsplit(":", 1)[1]): k for k, o in self.origins.items()}
        return Counter(f"{ports[port]}{path}" for port, path in self.requests)


@contextmanager
def served(sites: list[SiteGold]) -> Iterator[Served]:
    log: list[tuple[int, str]] = []
    with serve_sites({s.key: s.site for s in sites}, requests=log) as origins:
        yield Served(origins, log)


@dataclass
class Fleet:
    seconds: float
    results: list[subprocess.CompletedProcess]


def crawl_args(sites: list[SiteGold], origins: dict[str, str], db: str, folder: Path) -> list[str]:
    args = ["crawl", "--registry", str(registry(sites, folder / "registry")), "--db", db,
            "--workers", "0", "--delay", "0", "--set", "AUTOTHROTTLE_ENABLED=False"]
    for key, origin in origins.items():
        args += ["--mirror", f"{key}={origin}"]
    return args


def run_fleet(n: int, args: list[str], *, redis_url: str | None, frontier: str,
              timeout: float = 600) -> Fleet:
    """`n` workers of one crawl started together (n=1 without a Redis URL: a plain solo crawl)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    extra = ["--redis", redis_url, "--frontier", frontier, "--fleet", str(n)] if redis_url else []
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "harvester.cli", *args, *extra], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(n)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return Fleet(time.perf_counter() - started, results)


def sites() -> list[SiteGold]:
    return all_sites()
