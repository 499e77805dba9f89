"""What spiders yield: one raw page capture and the portal it belongs to."""
from __future__ import annotations

from dataclasses import dataclass

from pipelines.types import Capture


@dataclass
class PageItem:
    capture: Capture
    portal_key: str


@dataclass
class ValidatorItem:
    """What a server said to validate a listing, sitemap or feed next time (ETag, Last-Modified)."""

    url: str
    etag: str | None
    last_modified: str | None
