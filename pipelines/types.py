"""Values that flow between the processing stages.

Plain dataclasses with no Scrapy or database inside, so every stage can be
tested on inline HTML and run in a worker process (they pickle).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

CaptureSource = Literal["live", "wayback", "warc", "file"]
Role = Literal["publisher", "author", "mentioned"]


@dataclass(frozen=True)
class Capture:
    """One fetched page, as it came off the wire."""

    url: str  # the page's own (canonical-host) URL
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    source: CaptureSource = "live"
    fetched_url: str | None = None  # where the bytes really came from (mirror, archive)
    archive_timestamp: str | None = None


@dataclass(frozen=True)
class PortalInfo:
    """What processing needs to know about the portal a page came from."""

    key: str
    name: str = ""
    base_url: str = ""
    platform: str = "generic"
    province: str | None = None
    district: str | None = None
    commune: str | None = None  # commune portals (level "xã")
    level: str | None = None  # "tỉnh" | "huyện" | "xã" | "Trung ương"
    owner: str | None = None  # the publishing body, e.g. "Ban Tuyên giáo Huyện ủy Thạnh Hóa"
    # Profile rules (from the platform family, overridable per portal).
    article_patterns: tuple[str, ...] = ()
    listing_patterns: tuple[str, ...] = ()
    non_article_patterns: tuple[str, ...] = ()
    title_suffixes: tuple[str, ...] = ()
    furniture_xpaths: tuple[str, ...] = ()
    date_xpaths: tuple[str, ...] = ()
    body_xpaths: tuple[str, ...] = ()
    title_xpaths: tuple[str, ...] = ()
    pagination_patterns: tuple[str, ...] = ()
    trailing_slash: str | None = None


@dataclass(frozen=True)
class ProcessOptions:
    """Corpus-wide choices that change stored text; recorded in each article's processed_with."""

    tone_style: str = "new"  # "new" (hoà, thuỷ) or "old" (hòa, thủy); see pipelines.normalize


@dataclass(frozen=True)
class DepartmentMention:
    name: str  # canonical name, e.g. "Ban Tuyên giáo Huyện ủy Thạnh Hóa"
    kind: str  # e.g. "Ban Tuyên giáo", "UBND", "Huyện ủy"
    level: str | None
    locality: str | None
    role: Role
    count: int = 1
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class PublishedDate:
    value: datetime  # timezone-aware, Asia/Ho_Chi_Minh unless the page says otherwise
    raw: str
    method: str  # "meta", "date-area", "url", "body", "htmldate", "capture-time"
    confidence: float


@dataclass
class Article:
    url: str
    portal_key: str
    title: str
    text: str
    lead: str | None = None
    author: str | None = None
    source_credit: str | None = None
    published_at: datetime | None = None
    published_raw: str | None = None
    date_method: str | None = None
    date_confidence: float | None = None
    updated_at: datetime | None = None
    language: str = "vi"
    text_hash: str = ""
    departments: list[DepartmentMention] = field(default_factory=list)
    documents: list = field(default_factory=list)  # pipelines.docrefs.DocRef
    people: list = field(default_factory=list)  # pipelines.departments.PersonMention
    sentences: list[str] = field(default_factory=list)
    segmented: str = ""
    sentence_count: int = 0
    word_count: int = 0
    processed_with: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    url: str
    reason: str  # short machine-readable slug, e.g. "listing-page", "too-short"
    detail: str = ""


ProcessResult = Article | Rejected
