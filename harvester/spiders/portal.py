"""One generic, profile-driven spider for every portal.

It walks a portal from its start pages, following in-site links that the
portal's profile does not deny, and yields every HTML page as a raw capture;
deciding what is an article is processing's job, not the spider's.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from harvester.items import PageItem
from harvester.portals import Portal, find_portal, load_registry, portal_for_url
from harvester.urls import canonical, origin, rebase
from pipelines.types import Capture


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        portal: str | None = None,
        url: str | None = None,
        mirror: str | None = None,
        registry: str | None = None,
        portals: dict[str, Portal] | None = None,
        mirrors: dict[str, str] | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        dirs = [Path(d) for d in registry.split(",")] if registry else []
        if portals is None:
            if url:
                one = portal_for_url(url)
                portals = {one.key: one}
            else:
                known = load_registry(*dirs)
                keys = [k for k in (portal or "").split(",") if k] or list(known)
                portals = {k: find_portal(known, k) for k in keys}
        self.portals: dict[str, Portal] = portals
        self.mirrors: dict[str, str] = dict(mirrors or {})
        if mirror:
            for key in self.portals:
                self.mirrors.setdefault(key, mirror)
        self._deny = {
            key: [re.compile(p) for p in p_.effective_rules().deny_patterns]
            for key, p_ in self.portals.items()
        }
        self._extractor = LinkExtractor(deny_extensions=[], unique=True)

    # -- URL mapping -------------------------------------------------------
    def _portal_origin(self, key: str) -> str:
        return origin(str(self.portals[key].base_url))

    def fetch_url(self, key: str, url: str) -> str:
        mirror = self.mirrors.get(key)
        return rebase(url, self._portal_origin(key), mirror) if mirror else url

    def own_url(self, key: str, url: str) -> str:
        mirror = self.mirrors.get(key)
        return canonical(rebase(url, mirror, self._portal_origin(key)) if mirror else url)

    # -- crawl -------------------------------------------------------------
    async def start(self):
        for key, portal in self.portals.items():
            starts = [str(u) for u in portal.start_urls] or [str(portal.base_url)]
            for url in starts:
                yield scrapy.Request(self.fetch_url(key, url), callback=self.parse,
                                     meta={"portal": key})

    def _denied(self, key: str, own: str) -> bool:
        return any(p.search(own) for p in self._deny[key])

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        key = response.meta["portal"]
        if not isinstance(response, TextResponse):
            return
        own = self.own_url(key, response.url)
        yield PageItem(capture=self._capture(response, own), portal_key=key)
        if not isinstance(response, HtmlResponse):
            return
        home = self._portal_origin(key).lower()
        for link in self._extractor.extract_links(response):
            target = self.own_url(key, link.url)
            if origin(target).lower() != home or self._denied(key, target):
                continue
            yield response.follow(self.fetch_url(key, target), callback=self.parse,
                                  meta={"portal": key})

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
