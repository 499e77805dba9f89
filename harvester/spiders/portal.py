"""One generic, profile-driven spider for every portal.

It starts from a portal's home page, its sitemaps (from robots.txt or the
registry) and feeds, and follows in-site links by what the profile says they
are: articles and listings always, pagination one page at a time (so a
--since crawl stops paging once a listing holds only older items), other
pages a few hops deep, non-article pages never. Every page fetched is yielded
as a raw capture; deciding what is an article is processing's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any, Iterator

import lxml.html
import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from harvester import discovery
from harvester.detect import detect_platform
from harvester.errors import InputError
from harvester.logs import one_line_errors
from harvester.items import PageItem, ValidatorItem
from harvester.portals import Portal, find_portal, load_registry, portal_for_url
from harvester.urls import canonical, origin, rebase
from pipelines.dates import VN_TZ
from pipelines.types import Capture, PortalInfo

ARTICLE, LISTING, NON_ARTICLE, OTHER = "article", "listing", "non-article", "other"


def parse_day(value: str | date | None, *, end: bool = False) -> datetime | None:
    """A YYYY-MM-DD bound as an aware datetime at the start (or end) of that day in Vietnam."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise InputError(f"not a date (YYYY-MM-DD): {value!r}") from None
    return datetime.combine(value, time.max if end else time.min, VN_TZ)


@dataclass
class _Site:
    """A portal as the spider uses it; rebuilt when its platform is detected."""

    portal: Portal
    info: PortalInfo
    deny: list[re.Pattern]
    detected: bool

    @classmethod
    def of(cls, portal: Portal) -> _Site:
        rules = portal.effective_rules()
        return cls(portal, portal.info(), [re.compile(p) for p in rules.deny_patterns],
                   detected=portal.platform is not None)

    def kind(self, url: str) -> str:
        i = self.info
        if any(re.search(p, url) for p in i.non_article_patterns):
            return NON_ARTICLE
        if any(re.search(p, url) for p in i.article_patterns):
            return ARTICLE
        if any(re.search(p, url) for p in (*i.listing_patterns, *i.pagination_patterns)):
            return LISTING
        return OTHER


def detect_site(spider: scrapy.Spider, key: str, html: str, url: str) -> None:
    """Name a portal's platform from its first page, and use that profile from then on."""
    found = detect_platform(html, url)
    portal = spider.sites[key].portal.model_copy(update={"platform": found.platform})
    spider.sites[key] = _Site.of(portal)
    spider._stat(f"detected/{found.platform}")
    spider.logger.info("%s: detected platform %s (%s)", key, found.platform, "; ".join(found.evidence))


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        portal: str | None = None,
        url: str | None = None,
        mirror: str | None = None,
        registry: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        portals: dict[str, Portal] | None = None,
        mirrors: dict[str, str] | None = None,
        max_hops: int | str = 3,
        refresh: bool | str = False,
        refresh_older_than: int | str | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        sources = [Path(d) for d in registry.split(",")] if registry else []
        if portals is None:
            if url:
                one = portal_for_url(url)
                portals = {one.key: one}
            else:
                known = load_registry(*sources)
                keys = [k for k in (portal or "").split(",") if k] or list(known)
                portals = {k: find_portal(known, k) for k in keys}
        self.sites: dict[str, _Site] = {k: _Site.of(p) for k, p in portals.items()}
        self.mirrors: dict[str, str] = dict(mirrors or {})
        if mirror:
            for key in self.sites:
                self.mirrors.setdefault(key, mirror)
        self.since = parse_day(since)
        self.until = parse_day(until, end=True)
        self.max_hops = int(max_hops)
        self.refresh = str(refresh).lower() in ("1", "true", "yes")
        self.max_pages = 1000
        self.refresh_older_than = int(refresh_older_than) if refresh_older_than not in (None, "") else None
        self._links = LinkExtractor(deny_extensions=[], unique=True)
        self.known: set[str] = set()  # article URLs already in the corpus: not fetched again
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._load_state(crawler.settings.get("HARVESTER_DB"))
        spider.max_pages = crawler.settings.getint("HARVESTER_MAX_LISTING_PAGES", 1000)
        return spider

    def _load_state(self, db) -> None:
        """What earlier runs learned: known articles, and validators for conditional requests."""
        from datetime import timedelta

        import models
        from sqlalchemy import func, select

        engine = models.make_engine(db)
        try:
            models.init_db(engine)
            with engine.connect() as conn:
                if not self.refresh:
                    A, C = models.Article, models.Capture
                    stmt = select(A.url)
                    if self.refresh_older_than is not None:
                        # Articles whose newest capture is recent enough stay known; older ones are fetched again.
                        cutoff = datetime.now(timezone.utc) - timedelta(days=self.refresh_older_than)
                        fresh = select(C.url).group_by(C.url).having(func.max(C.fetched_at) >= cutoff)
                        stmt = stmt.where(A.url.in_(fresh))
                    self.known = set(conn.scalars(stmt))
                V = models.HttpValidator
                self.validators = {u: (e, m) for u, e, m in conn.execute(select(V.url, V.etag, V.last_modified))}
        finally:
            engine.dispose()

    @property
    def portals(self) -> dict[str, Portal]:
        return {k: s.portal for k, s in self.sites.items()}

    def portal_info(self, key: str) -> PortalInfo:
        return self.sites[key].info

    # -- URL mapping -------------------------------------------------------
    def _portal_origin(self, key: str) -> str:
        return origin(str(self.sites[key].portal.base_url))

    def fetch_url(self, key: str, url: str) -> str:
        mirror = self.mirrors.get(key)
        return rebase(url, self._portal_origin(key), mirror) if mirror else url

    def own_url(self, key: str, url: str) -> str:
        mirror = self.mirrors.get(key)
        slash = self.sites[key].portal.effective_rules().trailing_slash
        return canonical(rebase(url, mirror, self._portal_origin(key)) if mirror else url, slash)

    def warc_target(self, response: Response) -> tuple[str, datetime | None]:
        """For --warc-out: a page fetched from a mirror is recorded under the portal's own URL."""
        key = response.meta.get("portal")
        mirror = self.mirrors.get(key) if key else None
        return (rebase(response.url, mirror, self._portal_origin(key)) if mirror else response.url), None

    def _in_site(self, key: str, own: str) -> bool:
        return (origin(own).lower() == self._portal_origin(key).lower()
                and not any(p.search(own) for p in self.sites[key].deny))

    def _request(self, key: str, own: str, callback=None, conditional: bool = False, **meta: Any) -> scrapy.Request:
        headers = {}
        if conditional and not self.refresh and own in self.validators:
            etag, modified = self.validators[own]
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        if headers:
            meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(self.fetch_url(key, own), callback=callback or self.parse, headers=headers,
                              meta={"portal": key, "own": own, **meta})

    def _unchanged(self, response: Response) -> bool:
        """A 304: the listing, sitemap or feed is as it was; there is nothing new behind it."""
        if response.status == 304:
            self._stat("unchanged-304")
            return True
        return False

    def _validator(self, response: Response):
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        if etag or modified:
            own = response.meta.get("own") or self.own_url(response.meta["portal"], response.url)
            return ValidatorItem(own, etag.decode("latin-1") if etag else None,
                                 modified.decode("latin-1") if modified else None)
        return None

    def _stat(self, name: str, n: int = 1) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(f"harvester/{name}", n)

    # -- start -------------------------------------------------------------
    async def start(self):
        if self.settings.getbool("HARVESTER_ONE_LINE_ERRORS"):
            one_line_errors()  # every log handler of this crawl is in place once it starts
        for key, site in self.sites.items():
            portal = site.portal
            home = self.own_url(key, str(portal.base_url))
            for url in [home, *(self.own_url(key, str(u)) for u in portal.start_urls)]:
                yield self._request(key, url, conditional=True, hops=0)
            yield self._request(key, self._portal_origin(key) + "/robots.txt", self.parse_robots)
            for url in portal.sitemaps:
                yield self._request(key, str(url), self.parse_sitemap, conditional=True)
            for url in portal.feeds:
                yield self._request(key, str(url), self.parse_feed, conditional=True)

    # -- sitemaps and feeds ---------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        key = response.meta["portal"]
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in discovery.robots_sitemaps(response.body, self._portal_origin(key)):
            yield self._request(key, self.own_url(key, url), self.parse_sitemap, conditional=True)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        key = response.meta["portal"]
        if self._unchanged(response):
            return
        if (v := self._validator(response)):
            yield v
        kind, entries = discovery.parse_sitemap(response.body)
        for entry in entries:
            own = self.own_url(key, entry.url)
            if kind == "sitemapindex":
                yield self._request(key, own, self.parse_sitemap, conditional=True)
            else:
                yield from self._discovered(key, own, entry.date, "sitemap")

    def parse_feed(self, response: Response) -> Iterator[Any]:
        key = response.meta["portal"]
        if self._unchanged(response):
            return
        if (v := self._validator(response)):
            yield v
        for entry in discovery.parse_feed(response.body):
            yield from self._discovered(key, self.own_url(key, entry.url), entry.date, "feed")

    def _discovered(self, key: str, own: str, when: datetime | None, source: str) -> Iterator[scrapy.Request]:
        site = self.sites[key]
        if not self._in_site(key, own) or site.kind(own) == NON_ARTICLE:
            return
        if discovery.page_of(own, site.info.pagination_patterns):
            return  # later listing pages are reached by paging, which --since can stop
        if self._out_of_range(when):
            self._stat(f"skipped/{source}-out-of-range")
            return
        if own in self.known:
            self._stat("known-articles-not-fetched")
            return
        self._stat(f"discovered/{source}")
        yield self._request(key, own, hops=0)

    def _out_of_range(self, when: datetime | None) -> bool:
        if when is None:
            return False
        return bool((self.since and when < self.since) or (self.until and when > self.until))

    # -- pages -------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        key = response.meta["portal"]
        if self._unchanged(response) or not isinstance(response, TextResponse):
            return
        if (v := self._validator(response)):
            yield v
        site = self.sites[key]
        if not site.detected and isinstance(response, HtmlResponse):
            self._detect(key, response)
            site = self.sites[key]
        own = self.own_url(key, response.url)
        yield PageItem(capture=self._capture(response, own), portal_key=key)
        if not isinstance(response, HtmlResponse):
            return
        yield from self._follow(key, site, own, response)

    def _detect(self, key: str, response: HtmlResponse) -> None:
        detect_site(self, key, response.text, self.own_url(key, response.url))

    def _follow(self, key: str, site: _Site, own: str, response: HtmlResponse) -> Iterator[scrapy.Request]:
        if not response.body.strip():
            return  # an empty answer links nowhere
        # The tree Scrapy already parsed for the link extractor: parsing the page a second
        # time on the crawler's event loop would cost every listing a few milliseconds more.
        tree = response.selector.root
        if not isinstance(tree, lxml.html.HtmlElement):
            self._stat("unparsable-pages")
            return
        for feed in discovery.feed_links(tree, own):
            yield self._request(key, self.own_url(key, feed), self.parse_feed, conditional=True)
        targets = []
        for link in self._links.extract_links(response):
            target = self.own_url(key, link.url)
            if target != own and self._in_site(key, target):
                targets.append(target)
        slash = site.portal.effective_rules().trailing_slash
        # Without article patterns (generic sites) any in-site page that is not a listing may be an item.
        item_kinds = (ARTICLE,) if site.info.article_patterns else (ARTICLE, OTHER)
        dates = discovery.item_dates(tree, own, lambda u: site.kind(u) in item_kinds and self._in_site(key, u), slash)
        stop_paging = bool(self.since and dates and max(dates.values()) < self.since)
        if stop_paging:
            self._stat("pagination-stopped-by-since")
        paging = discovery.next_pages(own, targets, site.info.pagination_patterns)
        hops = response.meta.get("hops", 0)
        for target in dict.fromkeys(targets):
            if discovery.page_of(target, site.info.pagination_patterns):
                if target in paging and not stop_paging:
                    depth = response.meta.get("page_depth", 0) + 1
                    if depth > self.max_pages:
                        # An endless "next page" (a calendar, a search) is a trap, not a listing.
                        self._stat("pagination-limit-reached")
                        continue
                    yield self._request(key, target, conditional=True, hops=0, page_depth=depth)
                continue
            kind = site.kind(target)
            if kind == NON_ARTICLE:
                continue
            if kind == ARTICLE and self._out_of_range(dates.get(target)):
                self._stat("skipped/listing-out-of-range")
                continue
            if target in self.known:
                self._stat("known-articles-not-fetched")
                continue
            if kind in (ARTICLE, LISTING):
                yield self._request(key, target, conditional=kind == LISTING, hops=0)
            elif hops < self.max_hops:
                yield self._request(key, target, hops=hops + 1)

    @staticmethod
    def _capture(response: Response, own: str) -> Capture:
        headers = {
            k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()
        }
        return Capture(
            url=own,
            body=response.body,
            status=response.status,
            headers=headers,
            fetched_at=datetime.now(timezone.utc),
            source="live",
            fetched_url=response.url,
        )
