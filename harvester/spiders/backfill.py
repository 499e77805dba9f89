"""Backfill from the Wayback Machine: the archived pages of portals that are gone.

A Scrapy spider rather than a plain client, because what the archive asks of
us is what Scrapy already does well and the live crawl already relies on: one
request at a time to the archive's host with a delay (AutoThrottle slowing down
when answers slow down), retries that back off on 429 and 5xx honouring
Retry-After (harvester.middlewares), and processing in worker processes with
one transaction per page (pipelines.scrapy_adapter), so a killed backfill
loses at most the page in flight.

For each portal it pages through the CDX index of the portal's host (resume
keys, CDX requests ahead of captures so the index is read first), keeps
captures whose URLs the profile names as articles or listings, and fetches
each one's raw bytes (`id_`). Captures already in the corpus are not fetched
again. Archived listing pages (and the home page) are read for links: an
article URL the index query did not return is looked up on its own.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import scrapy
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor

from harvester import wayback
from harvester.items import PageItem
from harvester.portals import Portal, find_portal, load_registry
from harvester.spiders.portal import ARTICLE, LISTING, OTHER, _Site, detect_site
from harvester.urls import bare_host, onto_origin, origin
from pipelines.provenance import parse_timestamp
from pipelines.types import Capture

CDX_PRIORITY = 10  # read the index before fetching captures: links found later are then truly missing from it


class BackfillSpider(scrapy.Spider):
    name = "backfill"
    custom_settings = {
        # The archive is one host shared with everyone: one request at a time, a second apart.
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": 1.0,
    }

    def __init__(self, portals: dict[str, Portal] | None = None, archive: str = wayback.DEFAULT_ARCHIVE,
                 from_: str | None = None, to: str | None = None, portal: str | None = None,
                 registry: str | None = None, **kwargs: Any):
        # `scrapy crawl backfill -a portal=KEY[,KEY] -a from=2019 -a to=2025 [-a registry=DIR]` works too.
        from_ = wayback.time_bound(kwargs.pop("from", from_), name="from")
        to = wayback.time_bound(to, name="to")
        super().__init__(**kwargs)
        if portals is None:
            known = load_registry(*(Path(d) for d in registry.split(","))) if registry else load_registry()
            portals = {k: find_portal(known, k) for k in (portal or "").split(",") if k}
        self.sites: dict[str, _Site] = {k: _Site.of(p) for k, p in portals.items()}
        self.archive = wayback.archive_base(archive)
        self.from_, self.to = from_, to
        self.page_size = 5000
        self.cdx_output = "json"
        # The pipeline's --since/--until filter: a backfill bounds capture times, not publication.
        self.since = self.until = None
        self._links = LinkExtractor(deny_extensions=[], unique=True)
        self.stored: set[tuple[str, str]] = set()  # (own URL, archive timestamp) already in the corpus
        self.scheduled: set[tuple[str, str]] = set()
        self.digests: set[tuple[str, str]] = set()  # (URL key, content digest) already taken
        self.indexed: set[str] = set()  # own URLs the index returned
        self.looked_up: set[str] = set()  # own URLs looked up on their own
        # Links of archived listings wait until the portal's index has been read to its end:
        # only then is it known which ones the index lacks.
        self.index_done: set[str] = set()
        self.pending: dict[str, dict[str, str]] = {k: {} for k in self.sites}

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._load_state(crawler.settings.get("HARVESTER_DB"))
        spider.page_size = crawler.settings.getint("HARVESTER_CDX_PAGE_SIZE", 5000)
        spider.cdx_output = crawler.settings.get("HARVESTER_CDX_OUTPUT") or "json"
        return spider

    def _load_state(self, db) -> None:
        import models
        from sqlalchemy import select

        engine = models.make_engine(db)
        try:
            models.init_db(engine)
            C = models.Capture
            with engine.connect() as conn:
                rows = conn.execute(select(C.url, C.archive_timestamp).where(
                    C.source == "wayback", C.portal_key.in_(list(self.sites))))
                self.stored = {(u, ts) for u, ts in rows}
        finally:
            engine.dispose()

    def _stat(self, name: str, n: int = 1) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(f"harvester/{name}", n)

    # -- the index ------------------------------------------------------------
    def _cdx(self, key: str, query: str, resume_key: str | None = None, lookup: bool = False) -> scrapy.Request:
        url = wayback.cdx_url(self.archive, query, from_=self.from_, to=self.to, limit=self.page_size,
                              resume_key=resume_key, output=self.cdx_output)
        return scrapy.Request(url, callback=self.parse_cdx, priority=CDX_PRIORITY,
                              meta={"portal": key, "query": query, "lookup": lookup})

    async def start(self):
        if self.settings.getbool("HARVESTER_ONE_LINE_ERRORS"):
            from harvester.logs import one_line_errors

            one_line_errors()
        for key, site in self.sites.items():
            yield self._cdx(key, wayback.host_query(site.portal.host))

    def parse_cdx(self, response: Response) -> Iterator[Any]:
        key = response.meta["portal"]
        try:
            page = wayback.parse_cdx(response.body)
        except wayback.CdxFormatError as exc:
            self.logger.error("%s: unreadable CDX answer from %s: %s", key, response.url, exc)
            self._stat("cdx-unreadable")
            return
        self._stat("cdx-answers")
        self._stat("archive/index-rows", len(page.rows))
        for row in page.rows:
            yield from self._consider(key, row, response.meta["lookup"])
        if page.resume_key:
            self._stat("archive/index-resumed")
            yield self._cdx(key, response.meta["query"], page.resume_key, response.meta["lookup"])
        elif not response.meta["lookup"]:
            self.index_done.add(key)
            waiting, self.pending[key] = self.pending[key], {}
            for own, link in waiting.items():
                yield from self._look_up(key, own, link)

    def _own(self, key: str, url: str) -> str:
        site = self.sites[key]
        return onto_origin(url, origin(str(site.portal.base_url)), site.portal.effective_rules().trailing_slash)

    def _kind(self, key: str, own: str) -> str:
        if own.rstrip("/") == origin(own):
            return LISTING  # the home page: links, not an article
        return self.sites[key].kind(own)

    def _wanted(self, key: str, original: str, own: str) -> bool:
        site = self.sites[key]
        if bare_host(original) != bare_host(str(site.portal.base_url)) or any(p.search(own) for p in site.deny):
            return False
        kind = self._kind(key, own)
        # Without article patterns (a generic site) any page may be an article; processing decides.
        return kind in (ARTICLE, LISTING) or (kind == OTHER and not site.info.article_patterns)

    def _consider(self, key: str, row: wayback.CdxRow, lookup: bool) -> Iterator[scrapy.Request]:
        own = self._own(key, row.original)
        if not self._wanted(key, row.original, own):
            self._stat("archive/skipped-not-article-url")
            return
        self.indexed.add(own)
        if row.digest and (row.urlkey, row.digest) in self.digests:
            self._stat("archive/skipped-same-content")
            return
        if (own, row.timestamp) in self.stored:
            self._stat("archive/already-stored")
            return
        if (own, row.timestamp) in self.scheduled:
            return
        self.scheduled.add((own, row.timestamp))
        if row.digest:
            self.digests.add((row.urlkey, row.digest))
        if lookup:
            self._stat("discovered/archived-listing")
        yield scrapy.Request(wayback.capture_url(self.archive, row.timestamp, row.original),
                             callback=self.parse_capture,
                             meta={"portal": key, "own": own, "timestamp": row.timestamp})

    # -- captures -------------------------------------------------------------
    def parse_capture(self, response: Response) -> Iterator[Any]:
        key = response.meta["portal"]
        own, ts = response.meta["own"], response.meta["timestamp"]
        moved = wayback.split_capture_url(response.url)
        if moved and moved[0] != ts:
            # The archive answered with the nearest capture it has: record what was really received.
            ts, own = moved[0], self._own(key, moved[1])
            self._stat("archive/redirected-to-nearest")
        original = moved[1] if moved else own
        if not self.sites[key].detected and isinstance(response, HtmlResponse):
            # A portal registered without its platform: named from the first archived page, as the
            # live spider does; index rows read before that were chosen by the generic rules.
            detect_site(self, key, response.text, own)
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        yield PageItem(capture=Capture(url=own, body=response.body, status=response.status, headers=headers,
                                       fetched_at=datetime.now(timezone.utc), source="wayback",
                                       fetched_url=response.url, archive_timestamp=ts), portal_key=key)
        if isinstance(response, HtmlResponse) and self._kind(key, own) == LISTING:
            yield from self._discover(key, response.replace(url=original))

    def _discover(self, key: str, page: HtmlResponse) -> Iterator[scrapy.Request]:
        """Links of an archived listing that the index did not return: look each up on its own."""
        for link in self._links.extract_links(page):
            own = self._own(key, link.url)
            if not self._wanted(key, link.url, own):
                continue
            if key in self.index_done:
                yield from self._look_up(key, own, link.url)
            else:
                self.pending[key].setdefault(own, link.url)

    def _look_up(self, key: str, own: str, link: str) -> Iterator[scrapy.Request]:
        if own in self.indexed or own in self.looked_up:
            return
        self.looked_up.add(own)
        self._stat("archive/lookups")
        yield self._cdx(key, link.split("#")[0], lookup=True)

    def warc_target(self, response: Response) -> tuple[str, datetime | None]:
        """For --warc-out: a capture is recorded under its original URL and the archive's capture time."""
        moved = wayback.split_capture_url(response.url) if "timestamp" in response.meta else None
        if moved:
            return moved[1], parse_timestamp(moved[0])
        return response.url, None

