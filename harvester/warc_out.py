"""`--warc-out DIR`: every response a crawl receives, written as WARC records (warcio).

A crawl archived this way can be re-processed years later, or imported into
another corpus, with `harvester import-warc`. A Scrapy extension on the
`response_received` signal, switched off (NotConfigured) unless
HARVESTER_WARC_OUT names a folder.

Scrapy hands over bodies already decompressed, so the records carry the
decoded body with Content-Encoding/Transfer-Encoding dropped and the length
set to match; a reader would otherwise try to gunzip plain bytes.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harvester.errors import InputError

_DROPPED = {b"content-encoding", b"transfer-encoding", b"content-length"}


def http_headers(status: int, headers, body: bytes) -> StatusAndHeaders:
    """The response's status and headers as they describe the decoded body."""
    from http import HTTPStatus

    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    pairs = [(k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items()
             if k.lower() not in _DROPPED for v in values]
    pairs.append(("Content-Length", str(len(body))))
    return StatusAndHeaders(f"{status} {reason}".strip(), pairs, protocol="HTTP/1.1")


def warc_folder(path: str | Path) -> Path:
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--warc-out: cannot create {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK):
        raise InputError(f"--warc-out: {folder} is not writable")
    return folder


class WarcWriterExtension:
    def __init__(self, folder: Path, max_bytes: int, prefix: str):
        self.folder, self.max_bytes, self.prefix = folder, max_bytes, prefix
        self.serial = 0
        self.fh = None
        self.writer: WARCWriter | None = None
        self.records = 0

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("HARVESTER_WARC_OUT")
        if not folder:
            raise NotConfigured
        ext = cls(warc_folder(folder), crawler.settings.getint("HARVESTER_WARC_MAX_BYTES", 1_000_000_000),
                  crawler.settings.get("BOT_NAME", "harvester"))
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _open(self) -> None:
        # One name per run and part: never overwrites an earlier crawl's file.
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        path = self.folder / f"{self.prefix}-{stamp}-{os.getpid()}-{self.serial:05d}.warc.gz"
        self.serial += 1
        self.fh = path.open("xb")
        self.writer = WARCWriter(self.fh, gzip=True)
        self.writer.write_record(self.writer.create_warcinfo_record(
            path.name, {"software": "vn-party-news-harvester", "format": "WARC File Format 1.0"}))

    def response_received(self, response, request, spider) -> None:
        if self.writer is None:
            self._open()
        target = getattr(spider, "warc_target", None)
        uri, when = target(response) if target else (response.url, None)
        when = when or datetime.now(timezone.utc)
        body = response.body
        record = self.writer.create_warc_record(
            uri, "response", payload=BytesIO(body),
            http_headers=http_headers(response.status, response.headers, body),
            warc_headers_dict={"WARC-Date": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        self.writer.write_record(record)
        self.records += 1
        if self.fh.tell() >= self.max_bytes:
            self._close()

    def _close(self) -> None:
        if self.fh is not None:
            self.fh.close()
        self.fh = self.writer = None

    def spider_closed(self, spider) -> None:
        self._close()
