"""`harvester extract`: run process_page over files and describe each article as a dict."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from harvester.files import html_capture, is_warc, warc_captures
from harvester.urls import origin
from harvester.portals import Portal, find_portal, load_registry, portal_for_url
from pipelines.process import process_page
from pipelines.types import Article, Capture, PortalInfo, Rejected


def article_record(a: Article) -> dict:
    return {
        "url": a.url,
        "title": a.title,
        "lead": a.lead,
        "author": a.author,
        "source_credit": a.source_credit,
        "published": a.published_at.isoformat() if a.published_at else None,
        "published_raw": a.published_raw,
        "date_method": a.date_method,
        "date_confidence": a.date_confidence,
        "text": a.text,
        "departments": [{"name": d.name, "role": d.role, "count": d.count} for d in a.departments],
        "sentences": a.sentence_count,
        "words": a.word_count,
    }


def _portal_for(capture: Capture, registry: dict[str, Portal], fixed: Portal | None) -> PortalInfo:
    if fixed is not None:
        return fixed.info()
    host = (urlsplit(capture.url).hostname or "").lower()
    for portal in registry.values():
        if portal.host.lower() == host:
            return portal.info()
    if capture.url.startswith(("http://", "https://")):
        return portal_for_url(origin(capture.url) + "/").info()
    return PortalInfo(key="local", name="local file")


def _captures(files: Iterable[Path], url: str | None) -> Iterator[Capture]:
    for path in files:
        if is_warc(path):
            yield from warc_captures(path)
        else:
            yield html_capture(path, url)


def extract_files(files: Iterable[Path], *, url: str | None = None, portal_key: str | None = None,
                  registry: Iterable[Path] = (), include_rejected: bool = False) -> Iterator[dict]:
    known = load_registry(*registry)
    fixed = find_portal(known, portal_key) if portal_key else None
    for capture in _captures(files, url):
        result = process_page(capture, _portal_for(capture, known, fixed))
        if isinstance(result, Article):
            yield article_record(result)
        elif include_rejected and isinstance(result, Rejected):
            yield {"url": result.url, "rejected": result.reason, "detail": result.detail}
