"""The Wayback Machine's CDX API and raw captures, as pure functions.

Query URLs, parsing of both answer formats (JSON arrays and plain CDX lines,
each with an optional resume key after a blank row), and the `id_` form of a
capture URL, which returns the bytes the archive received, without the
archive's toolbar or rewritten links. The requests themselves are made by
harvester.spiders.backfill, so Scrapy's throttling and retries apply.

No maintained Python library speaks the CDX API with resume keys and leaves the
HTTP to a caller (waybackpy and cdx_toolkit do their own blocking requests), so
this small part is written here.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from harvester.errors import InputError

DEFAULT_ARCHIVE = "https://web.archive.org"
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
# "/web/20210314083000id_/https://host/path": the timestamp and the original URL of a capture.
_CAPTURE_URL = re.compile(r"/web/(\d{4,14})(?:[a-z]{2}_)?/(.+)$")


@dataclass(frozen=True)
class CdxRow:
    urlkey: str
    timestamp: str
    original: str
    mimetype: str = ""
    statuscode: str = ""
    digest: str = ""


@dataclass(frozen=True)
class CdxPage:
    rows: list[CdxRow]
    resume_key: str | None  # as the server printed it (already URL-encoded)


def archive_base(url: str) -> str:
    """The archive's origin (and path prefix), checked: http(s) with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--archive-url must be an http(s) URL such as {DEFAULT_ARCHIVE}, not {url!r}")
    return url.strip().rstrip("/")


def time_bound(value: str | int | None, *, name: str) -> str | None:
    """A --from/--to bound: 4 to 14 digits of yyyyMMddhhmmss, as the CDX API takes them."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if not text.isdigit() or not 4 <= len(text) <= 14 or not 1990 <= int(text[:4]) <= 2100:
        raise InputError(f"{name} takes a year or a timestamp (2019, 201907, 20190701...), not {value!r}")
    return text


def host_query(host: str) -> str:
    """Every URL of a host: the CDX prefix form, which also matches http/https and www. variants."""
    return host.lower().removeprefix("www.") + "/*"


def cdx_url(archive: str, url: str, *, from_: str | None = None, to: str | None = None, limit: int = 5000,
            resume_key: str | None = None, output: str = "json") -> str:
    """A CDX query for successful HTML captures, duplicates of adjacent captures collapsed.

    `collapse=digest` drops a capture whose content equals the one before it; CDX lines are
    sorted by URL key, so that is a capture of the same URL with the same bytes (the backfill
    spider also drops repeats of one URL key and digest that are not adjacent).
    """
    params: list[tuple[str, str]] = [("url", url)]
    if output == "json":
        params.append(("output", "json"))
    params += [("fl", ",".join(CDX_FIELDS)), ("filter", "statuscode:200"), ("filter", "mimetype:text/html"),
               ("collapse", "digest"), ("showResumeKey", "true"), ("limit", str(limit))]
    if from_:
        params.append(("from", from_))
    if to:
        params.append(("to", to))
    query = urlencode(params)
    if resume_key:
        # The server prints the key URL-encoded, to be sent back exactly as printed.
        query += "&resumeKey=" + resume_key
    return f"{archive}/cdx/search/cdx?{query}"


def capture_url(archive: str, timestamp: str, original: str) -> str:
    """The raw bytes of one capture (the `id_` flag: no toolbar, no rewritten links)."""
    return f"{archive}/web/{timestamp}id_/{original}"


def split_capture_url(url: str) -> tuple[str, str] | None:
    """(timestamp, original URL) of a capture URL, e.g. after the archive redirected to the nearest capture."""
    m = _CAPTURE_URL.search(url)
    if not m:
        return None
    original = m.group(2)
    if original.startswith(("http:/", "https:/")) and not original.startswith(("http://", "https://")):
        original = original.replace(":/", "://", 1)  # some servers squash the double slash
    return m.group(1), original


class CdxFormatError(ValueError):
    """An answer that is neither CDX JSON nor CDX lines."""


def parse_cdx(body: bytes | str) -> CdxPage:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    stripped = text.strip()
    if not stripped:
        return CdxPage([], None)
    if stripped.startswith("["):
        return _parse_json(stripped)
    return _parse_lines(text)


def _parse_json(text: str) -> CdxPage:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CdxFormatError(f"CDX JSON does not parse: {exc}") from None
    if not isinstance(data, list) or not all(isinstance(r, list) for r in data):
        raise CdxFormatError("CDX JSON is not a list of rows")
    if not data:
        return CdxPage([], None)  # no captures: the server answers []
    header, rows, resume = data[0], data[1:], None
    if len(rows) >= 2 and rows[-2] == [] and len(rows[-1]) == 1:
        resume, rows = rows[-1][0], rows[:-2]
    rows = [r for r in rows if r]
    missing = {"timestamp", "original"} - set(header)
    if missing:
        raise CdxFormatError(f"CDX JSON lacks the fields {sorted(missing)}")
    return CdxPage([_row(dict(zip(header, r))) for r in rows], resume)


def _parse_lines(text: str) -> CdxPage:
    lines = text.splitlines()
    resume = None
    # The resume key follows a blank (or whitespace-only) line at the end.
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) >= 2 and not lines[-2].strip() and len(lines[-1].split()) == 1:
        resume, lines = lines[-1].strip(), lines[:-2]
    rows = []
    for line in lines:
        if not line.strip():
            continue
        fields = line.split(" ")
        if len(fields) < 3:
            raise CdxFormatError(f"CDX line with {len(fields)} field(s): {line[:80]!r}")
        rows.append(_row(dict(zip(CDX_FIELDS, fields))))
    return CdxPage(rows, resume)


def _row(d: dict) -> CdxRow:
    ts = str(d.get("timestamp", ""))
    if not ts.isdigit():
        raise CdxFormatError(f"CDX timestamp {ts!r} is not digits")
    return CdxRow(urlkey=str(d.get("urlkey", "")), timestamp=ts, original=str(d["original"]),
                  mimetype=str(d.get("mimetype", "")), statuscode=str(d.get("statuscode", "")),
                  digest=str(d.get("digest", "")))
