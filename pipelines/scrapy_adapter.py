"""The only module of `pipelines` that knows Scrapy: process in workers, store, count.

process_page is CPU-heavy (trafilatura, underthesea), so it runs in a process
pool and the crawler's event loop only awaits its result; storing is a short
transaction done on the loop thread, which keeps SQLite to one writer.
"""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import datetime, timezone

from scrapy import signals
from scrapy.crawler import Crawler

import models
from harvester.items import PageItem, ValidatorItem
from pipelines.normalize import DEFAULT_TONE_STYLE, TONE_STYLES
from pipelines.process import versions
from pipelines.workers import make_executor, safe_process
from pipelines.store import already_processed, store_page, store_validator, touch_capture
from pipelines.types import ProcessOptions, ProcessResult, Rejected

log = logging.getLogger("harvester.progress")


def within_dates(result: ProcessResult, since, until) -> ProcessResult:
    """A --since/--until crawl stores only articles published inside the bounds."""
    if isinstance(result, Rejected) or result.published_at is None:
        return result
    if (since and result.published_at < since) or (until and result.published_at > until):
        return Rejected(result.url, "outside-date-range", result.published_at.isoformat())
    return result


class ProcessAndStorePipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.db = settings.get("HARVESTER_DB")
        workers = settings.get("HARVESTER_WORKERS")
        self.workers = None if workers in (None, "") else int(workers)
        self.progress_every = settings.getint("HARVESTER_PROGRESS_EVERY", 50)
        tone = settings.get("HARVESTER_TONE_STYLE") or DEFAULT_TONE_STYLE
        if tone not in TONE_STYLES:
            raise ValueError(f"HARVESTER_TONE_STYLE must be one of {', '.join(TONE_STYLES)}, not {tone!r}")
        self.options = ProcessOptions(tone_style=tone)
        self.versions = versions(self.options)
        self.counts: Counter[str] = Counter()
        self.per_portal: dict[str, Counter[str]] = {}
        self.pending_validators: dict[str, ValidatorItem] = {}
        self.rejected: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessAndStorePipeline:
        pipeline = cls(crawler)
        # The finish reason is known only once the spider has closed, after close_spider.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.engine = models.make_engine(self.db)
        models.init_db(self.engine)
        self.sessions = models.session_factory(self.engine)
        self.executor = make_executor(self.workers)
        self.spider = self.crawler.spider
        with self.sessions.begin() as s:
            run = models.CrawlRun(portals=sorted(self.spider.sites), status="running")
            s.add(run)
            s.flush()
            self.run_id = run.id
        self.crawler.harvester_run_id = self.run_id  # run_crawl reports this run, not the newest one

    async def process_item(self, item):
        if isinstance(item, ValidatorItem):
            # Kept until the run ends well: a listing answered "not modified" next time must
            # not hide articles this run never got to (killed, or failed to fetch).
            self.pending_validators[item.url] = item
            return item
        if already_processed(self.sessions, item.capture, self.versions):
            # Same bytes, same code: the stored outcome stands; nothing is extracted or segmented again.
            touch_capture(self.sessions, item.capture)
            self._count(item, None, "unchanged")
            return item
        # Looked up per page: the spider refines a portal once it has detected its platform.
        site = self.spider.sites[item.portal_key]
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(self.executor, safe_process, item.capture, site.info, self.options)
        result = within_dates(result, self.spider.since, self.spider.until)
        outcome = store_page(self.sessions, site.portal, item.capture, result, self.versions)
        self._count(item, result, outcome)
        return item

    def _count(self, item: PageItem, result: ProcessResult | None, outcome: str) -> None:
        """Tally a page; `result` is None for a page skipped as unchanged."""
        portal = self.per_portal.setdefault(item.portal_key, Counter())
        portal["pages"] += 1
        portal[outcome] += 1
        if isinstance(result, Rejected):
            portal[f"rejected:{result.reason}"] += 1
            if result.reason == "processing-error":
                portal["errors"] += 1
        stats = self.crawler.stats
        self.counts["pages"] += 1
        self.counts[outcome] += 1
        stats.inc_value("harvester/pages")
        if result is None:
            stats.inc_value("harvester/unchanged-pages")
        elif isinstance(result, Rejected):
            if result.reason == "processing-error":
                self.errors[result.detail.split(":")[0]] += 1
            else:
                self.rejected[result.reason] += 1
            stats.inc_value(f"harvester/rejected/{result.reason}")
        else:
            stats.inc_value(f"harvester/articles/{outcome}")
        if self.counts["pages"] % self.progress_every == 0:
            log.info(self.progress_line())

    def progress_line(self) -> str:
        c = self.counts
        return (f"{c['pages']} pages: {c['new']} new articles, {c['updated']} updated, "
                f"{c['unchanged']} unchanged, {c['rejected']} not articles")

    def _download_errors(self) -> Counter[str]:
        """Fetch failures Scrapy counted (timeouts, refused connections, HTTP errors)."""
        out: Counter[str] = Counter()
        for key, value in (self.crawler.stats.get_stats() or {}).items():
            if key.startswith("downloader/exception_type_count/"):
                out[key.rsplit(".", 1)[-1]] += value
            elif key.startswith("httperror/response_ignored_status_count/"):
                out["HTTP " + key.rsplit("/", 1)[-1]] += value
        return out

    def _discovery_stats(self) -> dict[str, int]:
        """What the spider counted about discovery (sitemaps, feeds, paging stops, detection)."""
        prefix = "harvester/"
        skip = ("harvester/pages", "harvester/rejected/", "harvester/articles/")
        return {k[len(prefix):]: v for k, v in (self.crawler.stats.get_stats() or {}).items()
                if k.startswith(prefix) and not k.startswith(skip)}

    def close_spider(self) -> None:
        self.executor.shutdown(wait=True)

    def spider_closed(self, spider, reason: str) -> None:
        self.errors.update(self._download_errors())
        serious = {k for k in self.errors if not (k.startswith("HTTP 4") and k != "HTTP 429")}
        if reason == "finished" and not serious:
            for v in self.pending_validators.values():
                store_validator(self.sessions, v.url, v.etag, v.last_modified)
        with self.sessions.begin() as s:
            run = s.get(models.CrawlRun, self.run_id)
            run.finished_at = datetime.now(timezone.utc)
            run.pages = self.counts["pages"]
            run.new_articles = self.counts["new"]
            run.updated_articles = self.counts["updated"]
            run.rejected = dict(self.rejected)
            run.errors = dict(self.errors)
            run.stats = self._discovery_stats()
            run.per_portal = {k: dict(v) for k, v in self.per_portal.items()}
            run.status = "finished" if reason == "finished" else str(reason)
        log.info("done: " + self.progress_line())
        self.engine.dispose()
