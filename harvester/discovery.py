"""Finding article URLs: sitemaps, feeds, listing pagination, and the dates listings show.

Pure functions over bytes, trees and URLs, so the spider stays a thin adapter.
Sitemaps are read with Scrapy's own parser and feeds with feedparser; what
neither does is Vietnamese listing pages, whose item dates decide when a
date-bounded crawl can stop paging back in time.
"""
from __future__ import annotations

import gzip
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
import lxml.html
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from pipelines.dates import VN_TZ
from pipelines.listing import dated_items


@dataclass(frozen=True)
class Entry:
    url: str
    date: datetime | None  # lastmod or published, when the source gives one


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=VN_TZ)


def _iso(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return _aware(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


def robots_sitemaps(robots_txt: bytes, base_url: str) -> list[str]:
    return list(sitemap_urls_from_robots(robots_txt, base_url=base_url))


def parse_sitemap(body: bytes) -> tuple[str, list[Entry]]:
    """("sitemapindex" | "urlset" | "", entries) for an XML or gzipped sitemap."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except OSError:
            return "", []
    try:
        sitemap = Sitemap(body)
    except Exception:  # lxml raises several kinds on garbage; a broken sitemap is just no sitemap
        return "", []
    entries = [Entry(e["loc"].strip(), _iso(e.get("lastmod"))) for e in sitemap if e.get("loc")]
    return sitemap.type, entries


def parse_feed(body: bytes) -> list[Entry]:
    if b"<!ENTITY" in body[:65536].upper():
        # Feeds never need entity declarations; they are how XML bombs and external-entity reads come.
        return []
    feed = feedparser.parse(body)
    out = []
    for item in feed.entries:
        link = item.get("link")
        if not link:
            continue
        parsed = item.get("published_parsed") or item.get("updated_parsed")
        date = datetime.fromtimestamp(time.mktime(parsed), timezone.utc) if parsed else None
        out.append(Entry(link, date))
    return out


def feed_links(tree: lxml.html.HtmlElement, base_url: str) -> list[str]:
    hrefs = tree.xpath(
        "//link[@rel='alternate'][contains(@type,'rss') or contains(@type,'atom')]/@href"
    )
    return [urljoin(base_url, h.strip()) for h in hrefs if h.strip()]


# -- pagination ----------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    series: str  # the listing with its page parameter removed
    number: int


def page_of(url: str, patterns: Iterable[str]) -> Page | None:
    """The listing series and page number a pagination URL points at, if it is one."""
    for pattern in patterns:
        m = re.search(pattern, url)
        if m:
            start, end = m.span()
            rest = (url[:start] + url[end:]).replace("?&", "?").rstrip("?&/")
            return Page(rest, int(m.group("page")))
    return None


def next_pages(current_url: str, links: Iterable[str], patterns: tuple[str, ...]) -> set[str]:
    """Pagination links to follow from a page: only the next step of each series.

    From page n of a series only page n+1 (the smallest number above n) is
    followed, so paging is a chain that a date-bounded crawl can cut; from a
    page outside the series (the listing's first page, a menu), its first step.
    """
    here = page_of(current_url, patterns)
    best: dict[str, tuple[int, str]] = {}
    for url in links:
        page = page_of(url, patterns)
        if page is None:
            continue
        floor = here.number if here and here.series == page.series else 0
        if page.number <= floor:
            continue
        if page.series not in best or page.number < best[page.series][0]:
            best[page.series] = (page.number, url)
    return {url for _, url in best.values()}


# -- dates on listing pages -------------------------------------------------------

def item_dates(tree: lxml.html.HtmlElement, base_url: str, is_item: Callable[[str], bool],
               trailing_slash: str | None = None) -> dict[str, datetime]:
    """{article URL: the date its listing item shows}, chrome (sidebars, widgets) excluded."""
    out: dict[str, datetime] = {}
    for item in dated_items(tree, base_url, is_item, trailing_slash):
        out.setdefault(item.url, item.date)
    return out
