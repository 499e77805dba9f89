"""Run a crawl from Python: the library function behind `harvester crawl` and the demo.

Scrapy's reactor cannot be restarted, so one process runs one crawl; callers
that need several (tests) run the command line in subprocesses.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from sqlalchemy import select

import models
from harvester.portals import Portal
from harvester.spiders.portal import PortalSpider
from pipelines.workers import quiet_libraries


@dataclass(frozen=True)
class CrawlReport:
    run_id: int
    pages: int
    new_articles: int
    updated_articles: int
    rejected: dict[str, int]
    errors: dict[str, int]
    status: str
    stats: dict[str, int]


def project_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule("harvester.settings", priority="project")
    for key, value in overrides.items():
        if value is not None:
            settings.set(key, value, priority="cmdline")
    return settings


def _progress_to_stderr() -> None:
    """Progress lines stay visible when Scrapy's log is turned down to warnings."""
    progress = logging.getLogger("harvester.progress")
    if not any(getattr(h, "_harvester", False) for h in progress.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        handler._harvester = True
        progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False


def run_crawl(
    portals: dict[str, Portal],
    db: str | Path | None = None,
    *,
    mirrors: dict[str, str] | None = None,
    workers: int | None = None,
    settings: dict | None = None,
    log_file: str | None = None,
    verbose: bool = False,
    since: date | None = None,
    until: date | None = None,
    refresh: bool = False,
    refresh_older_than: int | None = None,
) -> CrawlReport:
    return run_spider(PortalSpider, db, workers=workers, settings=settings, log_file=log_file, verbose=verbose,
                      portals=portals, mirrors=mirrors or {}, since=since, until=until,
                      refresh=refresh, refresh_older_than=refresh_older_than)


def run_spider(spider_cls, db: str | Path | None = None, *, workers: int | None = None,
               settings: dict | None = None, log_file: str | None = None, verbose: bool = False,
               **spider_kwargs) -> CrawlReport:
    """One crawl (live portals, or an archive backfill) through the processing pipeline; its recorded run."""
    quiet = not verbose and not log_file
    s = project_settings(
        HARVESTER_DB=str(db) if db is not None else None,
        HARVESTER_WORKERS=workers,
        LOG_FILE=log_file,
        # Scrapy's own INFO lines drown the progress lines on a terminal.
        LOG_LEVEL="WARNING" if quiet else None,
        HARVESTER_ONE_LINE_ERRORS=quiet,
        **(settings or {}),
    )
    if quiet:
        _progress_to_stderr()
    process = CrawlerProcess(s)
    if quiet:
        quiet_libraries()
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **spider_kwargs)
    process.start()
    # This crawl's own run: workers of a shared frontier record theirs in the same corpus.
    run_id = getattr(crawler, "harvester_run_id", None)
    engine = models.make_engine(db)
    try:
        with models.session_factory(engine)() as session:
            run = session.get(models.CrawlRun, run_id) if run_id is not None else None
            if run is None:
                return CrawlReport(0, 0, 0, 0, {}, {"no-run-recorded": 1}, "failed", {})
            return CrawlReport(run.id, run.pages, run.new_articles, run.updated_articles,
                               dict(run.rejected), dict(run.errors), run.status, dict(run.stats or {}))
    finally:
        engine.dispose()
