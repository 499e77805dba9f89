"""Captures from files on disk: saved pages (.html, .html.gz) and WARC/ARC archives."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

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


def warc_captures(path: Path) -> Iterator[Capture]:
    """One capture per HTTP response record (WARC) or per ARC response."""
    responses = 0
    try:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh, arc2warc=True):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                responses += 1
                url = rec.rec_headers.get_header("WARC-Target-URI")
                date = rec.rec_headers.get_header("WARC-Date")
                ts = "".join(ch for ch in (date or "") if ch.isdigit())[:14] or None
                yield Capture(
                    url=url,
                    body=rec.content_stream().read(),
                    status=int(rec.http_headers.get_statuscode() or 0),
                    headers=dict(rec.http_headers.headers),
                    fetched_at=_parse_warc_date(date),
                    source="warc",
                    archive_timestamp=ts,
                )
    except ArchiveLoadFailed as exc:
        raise InputError(f"{path}: not a readable WARC/ARC file ({str(exc).splitlines()[0]})") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if responses == 0:
        # warcio reads almost anything leniently; a file with no responses is most likely not an archive.
        raise InputError(f"{path}: no HTTP response records (not a WARC/ARC file?)")


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
