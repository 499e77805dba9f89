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
from tests.sitegold import ROOT, SiteGold, all_sites, load_site


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
def served(sites: list[SiteGold], latency: float = 0.0) -> Iterator[Served]:
    log: list[tuple[int, str]] = []
    with serve_sites({s.key: s.site for s in sites}, requests=log, latency=latency) as origins:
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


def run_fleet(n: int, args: list[str], *, redis_url: str | None, frontier: str, fleet: int | None = None,
              timeout: float = 600) -> Fleet:
    """`n` workers of one crawl started together (n=1 without a Redis URL: a plain solo crawl);
    `fleet` is their --fleet (the politeness split) [default: n]."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    extra = ["--redis", redis_url, "--frontier", frontier, "--fleet", str(fleet or n)] if redis_url else []
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


def replicate(sites: list[SiteGold], copies: int, folder: Path) -> list[SiteGold]:
    """The sites and `copies - 1` more of each under other hosts and keys ("c1-" + host), so a
    benchmark crawls many portals at once as a national crawl does, from text we wrote once."""
    out = list(sites)
    for site in sites:
        host = site.portal.base_url.host
        for i in range(1, copies):
            copy = folder / f"{site.key}-c{i}"
            shutil.copytree(site.folder, copy)
            for path in copy.rglob("*"):
                if not path.is_file():
                    continue
                try:
                    text = path.read_text(encoding="utf-8")
                except UnicodeDecodeError:
                    continue  # a legacy-encoded page keeps its links as they were
                text = text.replace(f"//{host}", f"//c{i}-{host}")
                if path.name == "portal.toml":
                    text = text.replace(f'key = "{site.key}"', f'key = "{site.key}-c{i}"')
                path.write_text(text, encoding="utf-8")
            out.append(load_site(copy / "portal.toml"))
    return out


@contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database on the server of `admin_url`; dropped afterwards. Yields its URL."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"harvester_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
