"""Captures from files on disk: saved pages (.html, .html.gz) and WARC/ARC archives."""
from __future__ import annotations

import base64
import gzip
import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

from harvester.errors import InputError
from pipelines.types import Capture

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def html_capture(path: Path, url: str | None = None) -> Capture:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    if path.suffix.lower() == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: not a valid gzip file ({exc})") from None
    return Capture(
        url=url or path.resolve().as_uri(),
        body=raw,
        headers={"Content-Type": "text/html"},
        fetched_at=datetime.fromtimestamp(path.stat().st_mtime, timezone.utc),
        source="file",
    )


@dataclass(frozen=True)
class BadRecord:
    """A WARC/ARC record that cannot be used, and why (one line, for the person importing)."""

    path: Path
    offset: int
    reason: str
    fatal: bool = False  # the rest of the file cannot be read

    def __str__(self) -> str:
        return f"{self.path.name} @{self.offset}: {self.reason}"


# HTTP/2 captures (Browsertrix, recent Heritrix) write "HTTP/2 200"; warcio's default parser knows 1.x only.
_HTTP = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"], verify=False)


def warc_records(path: Path) -> Iterator[Capture | BadRecord]:
    """One capture per HTTP response record (WARC) or ARC response; a BadRecord for each one that
    is malformed (no target URI or date, HTTP headers that do not parse, a payload digest that does
    not match, an undecodable body), so one bad record costs that record, not the file."""
    responses = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        # HTTP headers are parsed here rather than by warcio (no_record_parse): its parser raises
        # out of the iterator on a bad status line, which would end the whole file.
        records = ArchiveIterator(fh, arc2warc=True, no_record_parse=True)
        offset = 0
        while True:
            try:
                rec = next(records)
            except StopIteration:
                break
            except (ArchiveLoadFailed, EOFError, ValueError, zlib.error, OSError) as exc:
                yield BadRecord(path, offset, _one_line("unreadable from here on", exc), fatal=True)
                break
            try:
                block = rec.raw_stream.read() if rec.rec_type == "response" else b""
                offset = records.get_record_offset()  # (reads the record to its end)
            except (ArchiveLoadFailed, EOFError, ValueError, zlib.error, OSError) as exc:
                yield BadRecord(path, offset, _one_line("record is truncated", exc), fatal=True)
                break
            if rec.rec_type != "response":
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI") or ""
            if not url.startswith(("http://", "https://")):
                if not url:
                    yield BadRecord(path, offset, "response record without WARC-Target-URI")
                continue  # dns:, ftp: and the like are not pages
            responses += 1
            yield _response(path, offset, rec, url, block)
    if responses == 0:
        # warcio reads almost anything leniently; a file with no responses is most likely not an archive.
        raise InputError(f"{path}: no HTTP response records (not a WARC/ARC file?)")


def _response(path: Path, offset: int, rec, url: str, block: bytes) -> Capture | BadRecord:
    date = rec.rec_headers.get_header("WARC-Date")
    fetched_at = _parse_warc_date(date)
    if fetched_at is None:
        return BadRecord(path, offset, f"no valid WARC-Date ({date!r}) for {url}")
    declared = rec.rec_headers.get_header("Content-Length")
    if declared and declared.isdigit() and rec.format == "warc" and len(block) != int(declared):
        return BadRecord(path, offset, f"record is cut short: {len(block)} of {declared} bytes for {url}")
    if not _digest_ok(rec.rec_headers.get_header("WARC-Block-Digest"), block):
        return BadRecord(path, offset, f"WARC-Block-Digest does not match the record (altered or cut) for {url}")
    stream = BytesIO(block)
    try:
        rec.http_headers = _HTTP.parse(stream)
        status = int(rec.http_headers.get_statuscode())
    except (StatusAndHeadersParserException, EOFError, ValueError) as exc:
        return BadRecord(path, offset, _one_line(f"HTTP headers do not parse for {url}", exc))
    payload = stream.read()
    if not _digest_ok(rec.rec_headers.get_header("WARC-Payload-Digest"), payload):
        return BadRecord(path, offset, f"WARC-Payload-Digest does not match the payload (altered or cut) for {url}")
    rec.raw_stream = BytesIO(payload)  # content_stream() undoes chunking and Content-Encoding from here
    try:
        body = rec.content_stream().read()
    except (EOFError, ValueError, zlib.error, OSError) as exc:
        return BadRecord(path, offset, _one_line(f"body cannot be decoded for {url}", exc))
    return Capture(
        url=url,
        body=body,
        status=status,
        headers=dict(rec.http_headers.headers),
        fetched_at=fetched_at,
        source="warc",
        archive_timestamp=fetched_at.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S"),
    )


def _digest_ok(declared: str | None, data: bytes) -> bool:
    """A WARC digest ("sha1:BASE32", or hex) matches the bytes; no digest, or an unknown algorithm, passes."""
    if not declared or ":" not in declared:
        return True
    algo, _, value = declared.partition(":")
    try:
        h = hashlib.new(algo.strip().lower().replace("-", ""), data).digest()
    except ValueError:
        return True
    value = value.strip()
    return value.upper() == base64.b32encode(h).decode("ascii") or value.lower() == h.hex()


def _one_line(what: str, exc: BaseException) -> str:
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"{what} ({detail[:160]})"


def warc_captures(path: Path) -> Iterator[Capture]:
    """The usable responses of a WARC/ARC file (`harvester extract`); a file that cannot be read at all is an error."""
    for item in warc_records(path):
        if isinstance(item, Capture):
            yield item
        elif item.fatal and item.offset == 0:
            raise InputError(f"{path}: not a readable WARC/ARC file ({item.reason})")


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
