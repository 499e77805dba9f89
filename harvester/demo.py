"""The bundled demo: three static portals served on loopback, crawled into a corpus."""
from __future__ import annotations

from pathlib import Path

from harvester.crawl import CrawlReport, run_crawl
from harvester.demo_server import serve_sites
from harvester.portals import PROJECT_ROOT, Portal, PortalError, load_portal_file

DEMO_DIR = PROJECT_ROOT / "data" / "demo"


def demo_portals(demo_dir: Path = DEMO_DIR) -> dict[str, Portal]:
    portals: dict[str, Portal] = {}
    for path in sorted(demo_dir.glob("*/portal.toml")):
        portal = load_portal_file(path)
        if portal.key != path.parent.name:
            raise PortalError(f"{path}: field 'key': must be the folder name {path.parent.name!r}")
        portals[portal.key] = portal
    return portals


def run_demo(db: str | Path | None = None, *, workers: int | None = None,
             verbose: bool = False, log_file: str | None = None, tone_style: str | None = None) -> CrawlReport:
    portals = demo_portals()
    sites = {key: DEMO_DIR / key / "site" for key in portals}
    with serve_sites(sites) as origins:
        return run_crawl(portals, db, mirrors=origins, workers=workers, verbose=verbose,
                         log_file=log_file, settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                                   "HARVESTER_TONE_STYLE": tone_style})
