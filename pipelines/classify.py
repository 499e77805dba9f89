"""Is a fetched page an article? Rules on URL and page structure, each with a reason.

A rejection names the rule that fired, so crawl stats say why pages were left out.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit
from dataclasses import dataclass

from pipelines.types import PortalInfo

MIN_TEXT_CHARS = 350
MIN_PARAGRAPHS = 2
# Listing and home pages are mostly link text; article pages carry their own prose.
MAX_LINK_TEXT_RATIO = 0.6
# A category page whose text trafilatura kept is mostly the teasers of its dated items.
MAX_TEASER_SHARE = 0.5


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""
    detail: str = ""


ACCEPT = Verdict(True)


def _matches(patterns: tuple[str, ...], url: str) -> str | None:
    for p in patterns:
        if re.search(p, url):
            return p
    return None


def by_response(status: int, headers: dict[str, str]) -> Verdict:
    if status != 200:
        return Verdict(False, "http-status", str(status))
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "text/html")
    if "html" not in ctype.lower() and "xml" not in ctype.lower():
        return Verdict(False, "not-html", ctype)
    return ACCEPT


def by_url(url: str, portal: PortalInfo) -> Verdict:
    parts = urlsplit(url)
    if (parts.path in ("", "/") and not parts.query) or url.rstrip("/") == portal.base_url.rstrip("/"):
        return Verdict(False, "home-page")
    p = _matches(portal.non_article_patterns, url)
    if p:
        return Verdict(False, "non-article-url", p)
    if _matches(portal.article_patterns, url):
        return ACCEPT
    p = _matches(portal.listing_patterns, url)
    if p:
        return Verdict(False, "listing-page", p)
    return ACCEPT


def by_structure(text_chars: int, paragraphs: int, link_text_ratio: float,
                 has_title: bool, has_date: bool, teaser_share: float = 0.0) -> Verdict:
    if not has_title:
        return Verdict(False, "no-title")
    if text_chars < MIN_TEXT_CHARS or paragraphs < MIN_PARAGRAPHS:
        return Verdict(False, "too-short", f"{text_chars} chars, {paragraphs} paragraphs")
    if link_text_ratio > MAX_LINK_TEXT_RATIO:
        return Verdict(False, "listing-page", f"link text {link_text_ratio:.0%}")
    if teaser_share >= MAX_TEASER_SHARE:
        return Verdict(False, "listing-page", f"{teaser_share:.0%} of the text is teasers of other articles")
    if not has_date:
        # News articles carry a date; pages of standing text (introductions,
        # guides) do not, and dating them by crawl time would corrupt counts.
        return Verdict(False, "no-publication-date")
    return ACCEPT


def is_article_url(url: str, portal: PortalInfo) -> bool:
    """The profile's article patterns name this URL (and no non-article pattern does)."""
    return (bool(portal.article_patterns) and _matches(portal.article_patterns, url) is not None
            and _matches(portal.non_article_patterns, url) is None)
