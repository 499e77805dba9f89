"""Where a page came from (live site, Wayback Machine, WARC file) and what that means.

Pure functions: the capture time an archive recorded, the publication date that
is left when a page carries none, and which of several captures of one article
the corpus should keep.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from pipelines.types import Capture, PublishedDate

ARCHIVE_SOURCES = ("wayback", "warc")
# A capture time only says the page existed then: it bounds publication from above, nothing more.
CAPTURE_TIME_CONFIDENCE = 0.1
CAPTURE_TIME_METHOD = "capture-time"


def parse_timestamp(ts: str | None) -> datetime | None:
    """An archive timestamp (YYYYMMDDhhmmss, UTC; shorter forms pad with the start of the period)."""
    if not ts or not ts.isdigit() or not 4 <= len(ts) <= 14:
        return None
    padded = ts + "0101000000"[len(ts) - 4:] if len(ts) < 14 else ts
    try:
        return datetime.strptime(padded, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def is_archived(capture: Capture) -> bool:
    return capture.source in ARCHIVE_SOURCES


def capture_time(capture: Capture) -> datetime | None:
    """When an archive saw the page (None for live fetches: their time says nothing about the page)."""
    if not is_archived(capture):
        return None
    return parse_timestamp(capture.archive_timestamp) or capture.fetched_at


def capture_time_date(capture: Capture) -> PublishedDate | None:
    """The last resort for an archived article that shows no date anywhere."""
    when = capture_time(capture)
    if when is None:
        return None
    from pipelines.dates import VN_TZ

    raw = capture.archive_timestamp or when.strftime("%Y%m%d%H%M%S")
    return PublishedDate(when.astimezone(VN_TZ), f"archive capture {raw}", CAPTURE_TIME_METHOD,
                         CAPTURE_TIME_CONFIDENCE)


@dataclass(frozen=True)
class Candidate:
    """What decides between two captures of one article."""

    source: str
    date_method: str | None
    date_confidence: float | None
    when: datetime | None  # archive capture time, or the fetch time of a live page


def replaces(new: Candidate, old: Candidate) -> bool:
    """Should the article be stored from `new` rather than from the capture it came from?

    - A date the page states beats one inferred from a capture time.
    - Two captures dated only by capture time: the earliest, the tightest bound on publication.
    - Two live fetches: the newer (the site's current text; re-crawls have always updated).
    - Otherwise the stronger date evidence; then a live page over an archived one (archives fill
      gaps, they do not override a site that still answers); then, between archived captures,
      the earliest, closest to the article as first published.
    """
    new_page, old_page = new.date_method != CAPTURE_TIME_METHOD, old.date_method != CAPTURE_TIME_METHOD
    if new_page != old_page:
        return new_page
    if not new_page:
        return _earlier(new.when, old.when)
    new_live, old_live = new.source not in ARCHIVE_SOURCES, old.source not in ARCHIVE_SOURCES
    if new_live and old_live:
        return True
    new_conf, old_conf = round(new.date_confidence or 0.0, 3), round(old.date_confidence or 0.0, 3)
    if new_conf != old_conf:
        return new_conf > old_conf
    if new_live != old_live:
        return new_live
    return _earlier(new.when, old.when)


def _earlier(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return b is None and a is not None
    return a < b
