"""A small stand-in for the Wayback Machine on loopback: the CDX API and `id_` captures.

It answers as the real services do (per the CDX server's documentation): JSON
arrays with a header row or plain space-separated CDX lines; `filter`,
`collapse` (adjacent lines), `from`/`to`, `limit` with `showResumeKey`, the
resume key printed URL-encoded after a blank row; `/web/<ts>id_/<url>` returns
the archived bytes, a timestamp without a capture redirects to the nearest one,
and the replay form without `id_` carries the archive's toolbar. It can answer
429 (with Retry-After) or 503 to a request the first time, and it logs every
request so tests can see what a client asked.

The archive holds captures of tests/sites/sharepoint (a district portal closed
on 30 June 2025), whose gold dates are known, plus a page only the archive kept.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qs, quote_plus, unquote_plus, urlsplit

from harvester.demo_server import resolve

HERE = Path(__file__).resolve().parent
SITE = HERE / "sites" / "sharepoint" / "site"
PAGES = HERE / "archive" / "pages"
HOST = "thanhbinh.dongthap.test.invalid"
FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")

UNDATED = "/tin-tuc/Pages/huyen-doan-thanh-binh-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he.aspx"
UNDATED_TS = "20220716093000"
MULTI = "/tin-tuc/Pages/huyen-uy-thanh-binh-quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx"
MULTI_TS = ("20211220081500", "20230105142000", "20240505101010")
UNINDEXED = "/tin-tuc/Pages/huyen-thanh-binh-ban-giao-45-can-nha-cho-ho-ngheo.aspx"  # only an exact lookup finds it
FLAKY_TS = "20241210090000"  # its id_ capture answers 503 once


def surt(url: str) -> str:
    """The CDX sort key: host reversed without www., lower-cased path and query."""
    p = urlsplit(url)
    host = (p.hostname or "").lower().removeprefix("www.")
    key = ",".join(reversed(host.split("."))) + ")" + (p.path or "/").lower()
    return key + ("?" + p.query.lower() if p.query else "")


@dataclass
class Entry:
    timestamp: str
    original: str
    body: bytes
    mimetype: str = "text/html"
    status: str = "200"
    indexed: bool = True  # False: missing from prefix queries (the index the client pages through)

    @property
    def urlkey(self) -> str:
        return surt(self.original)

    @property
    def digest(self) -> str:
        return base64.b32encode(hashlib.sha1(self.body).digest()).decode("ascii")

    def row(self) -> dict[str, str]:
        return {"urlkey": self.urlkey, "timestamp": self.timestamp, "original": self.original,
                "mimetype": self.mimetype, "statuscode": self.status, "digest": self.digest,
                "length": str(len(self.body))}


def _page(path: str) -> bytes:
    found = resolve(SITE, path)
    assert found is not None, path
    return found.read_bytes()


def default_entries() -> list[Entry]:
    https, http = f"https://{HOST}", f"http://{HOST}"
    listing = "/Pages/tin-tuc-su-kien.aspx"
    entries = [
        Entry("20170310000000", f"{http}/", _page("/")),  # before --from 2019: must not be fetched
        Entry("20210301020304", f"{http}/", _page("/")),
        Entry("20250601000000", f"{https}/", _page("/")),
        Entry("20250615000000", f"{https}{listing}", _page(listing)),
        Entry("20250615000500", f"{https}{listing}?Page=2", _page(listing + "?Page=2")),
        Entry("20250615001000", f"{https}{listing}?Page=3", _page(listing + "?Page=3")),
        # Dated articles, each captured a few days after publication.
        Entry("20240310070000", f"{https}/tin-tuc/Pages/hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3.aspx",
              _page("/tin-tuc/Pages/hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3.aspx")),
        Entry("20230725103000", f"{http}/tin-tuc/Pages/uy-ban-kiem-tra-huyen-uy-thanh-binh-so-ket-6-thang-dau-nam-2023.aspx",
              _page("/tin-tuc/Pages/uy-ban-kiem-tra-huyen-uy-thanh-binh-so-ket-6-thang-dau-nam-2023.aspx")),
        Entry("20240910120000", f"{https}/tin-tuc/Pages/xa-binh-thanh-ra-mat-mo-hinh-dan-van-kheo-ap-sang-xanh-sach-dep.aspx",
              _page("/tin-tuc/Pages/xa-binh-thanh-ra-mat-mo-hinh-dan-van-kheo-ap-sang-xanh-sach-dep.aspx")),
        Entry(FLAKY_TS, f"{https}/tin-tuc/Pages/hdnd-huyen-thanh-binh-to-chuc-ky-hop-thuong-le-cuoi-nam-2024.aspx",
              _page("/tin-tuc/Pages/hdnd-huyen-thanh-binh-to-chuc-ky-hop-thuong-le-cuoi-nam-2024.aspx")),
        Entry("20250205080000", f"{https}/tin-tuc/Pages/huyen-uy-thanh-binh-trao-huy-hieu-dang-dot-3-2-nam-2025.aspx",
              _page("/tin-tuc/Pages/huyen-uy-thanh-binh-trao-huy-hieu-dang-dot-3-2-nam-2025.aspx")),
        Entry("20250625153000", f"{https}{UNINDEXED}", _page(UNINDEXED), indexed=False),
        # Only the archive kept this one, and its page shows no date at all.
        Entry(UNDATED_TS, f"{http}{UNDATED}", (PAGES / UNDATED.rsplit("/", 1)[1]).read_bytes()),
        # Pages a backfill must leave alone: print view, contact page, an image, a capture of a 404.
        Entry("20240311000000", f"{https}/tin-tuc/Pages/print.aspx?p=hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3",
              _page("/tin-tuc/Pages/print.aspx?p=hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3")),
        Entry("20240311000100", f"{https}/Pages/lien-he.aspx", _page("/Pages/lien-he.aspx")),
        Entry("20240311000200", f"{https}/tin-tuc/PublishingImages/hop-mat-8-3-2024.jpg", b"\xff\xd8\xff\xe0jpeg",
              mimetype="image/jpeg"),
        Entry("20240311000300", f"{https}/tin-tuc/Pages/bai-da-xoa.aspx", b"<html>404</html>", status="404"),
    ]
    # One article captured three times: the first, then with a changed visitor counter, then
    # through a shared link with tracking parameters over http. Stored once, all three listed.
    first = _page(MULTI)
    entries += [
        Entry(MULTI_TS[0], f"{https}{MULTI}", first),
        Entry(MULTI_TS[1], f"{https}{MULTI}", first.replace(b"</body>", b"<!-- 1.102.337 -->\n</body>")),
        Entry(MULTI_TS[2], f"{http}{MULTI}?utm_source=zalo&utm_medium=social",
              first.replace(b"</body>", b"<!-- 1.245.019 -->\n</body>")),
        # An identical re-capture right after the first: collapsed by digest, never fetched.
        Entry("20211220081600", f"{https}{MULTI}", first),
    ]
    return sorted(entries, key=lambda e: (e.urlkey, e.timestamp))


class FakeWayback:
    def __init__(self, entries: list[Entry] | None = None, *, throttle_first: bool = True):
        self.entries = entries if entries is not None else default_entries()
        self.throttle_first = throttle_first
        self.log: list[str] = []
        self.statuses: Counter[int] = Counter()
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    # -- CDX -----------------------------------------------------------------
    def cdx(self, query: str) -> tuple[str, str]:
        q = parse_qs(query, keep_blank_values=True)
        url = q["url"][0]
        match_type = q.get("matchType", ["exact"])[0]
        if url.endswith("*"):
            url, match_type = url[:-1], "prefix"
        key = surt(url if "://" in url else "http://" + url)
        if match_type == "prefix":
            rows = [e for e in self.entries if e.urlkey.startswith(key) and e.indexed]
        else:
            rows = [e for e in self.entries if e.urlkey == key]
        lo, hi = q.get("from", [""])[0], q.get("to", [""])[0]
        rows = [e for e in rows if (not lo or e.timestamp[:len(lo)] >= lo) and (not hi or e.timestamp[:len(hi)] <= hi)]
        for f in q.get("filter", []):
            negate = f.startswith("!")
            field, _, pattern = f.lstrip("!").partition(":")
            rows = [e for e in rows if bool(re.fullmatch(pattern, e.row()[field])) != negate]
        if "resumeKey" in q:
            after_key, _, after_ts = q["resumeKey"][0].rstrip("!").rpartition(" ")
            rows = [e for e in rows if (e.urlkey, e.timestamp) > (after_key, after_ts)]
        collapse = q.get("collapse", [])
        if collapse:
            kept, last = [], None
            for e in rows:
                k = tuple(e.row()[c] for c in collapse)
                if k != last:
                    kept.append(e)
                last = k
            rows = kept
        limit = int(q.get("limit", ["0"])[0] or 0)
        resume = None
        if limit and len(rows) > limit:
            rows = rows[:limit]
            if q.get("showResumeKey", ["false"])[0] == "true":
                resume = quote_plus(f"{rows[-1].urlkey} {rows[-1].timestamp}!")
        fields = q.get("fl", [",".join(FIELDS)])[0].split(",")
        if q.get("output", [""])[0] == "json":
            data = [fields] + [[e.row()[f] for f in fields] for e in rows]
            if resume:
                data += [[], [resume]]
            return "application/json", json.dumps(data) if rows or resume else "[]"
        lines = [" ".join(e.row()[f] for f in fields) for e in rows]
        if resume:
            lines += ["", resume]
        return "text/plain", "\n".join(lines) + ("\n" if lines else "")

    # -- captures ------------------------------------------------------------
    def find(self, ts: str, original: str) -> tuple[Entry | None, Entry | None]:
        """(exact capture, nearest capture of the same URL)."""
        same = [e for e in self.entries if e.urlkey == surt(original)]
        exact = next((e for e in same if e.timestamp == ts and e.original == original), None)
        nearest = min(same, key=lambda e: abs(int(e.timestamp) - int(ts.ljust(14, "0"))), default=None)
        return exact, nearest

    def first_time(self, what: str) -> bool:
        with self._lock:
            if what in self._seen:
                return False
            self._seen.add(what)
            return True


class _Handler(BaseHTTPRequestHandler):
    archive: FakeWayback

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.archive.statuses[status] += 1
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self.archive.log.append(self.path)
        parts = urlsplit(self.path)
        if parts.path == "/cdx/search/cdx":
            # Every distinct query is refused once, as a busy archive does.
            if self.archive.throttle_first and self.archive.first_time("cdx " + unquote_plus(parts.query)):
                return self._send(429, b"Too Many Requests", "text/plain", Retry_After="0")
            ctype, text = self.archive.cdx(parts.query)
            return self._send(200, text.encode("utf-8"), ctype + "; charset=utf-8")
        m = re.match(r"^/web/(\d{1,14})(id_)?/(.+)$", self.path)
        if not m:
            return self._send(404, b"<html>Not found</html>")
        ts, raw, original = m.group(1), m.group(2), m.group(3)
        exact, nearest = self.archive.find(ts, original)
        if exact is None:
            if nearest is None:
                return self._send(404, b"<html>Wayback Machine has not archived that URL.</html>")
            return self._send(302, b"", Location=f"/web/{nearest.timestamp}{raw or ''}/{nearest.original}")
        if exact.timestamp == FLAKY_TS and self.archive.first_time("503 " + ts):
            return self._send(503, b"<html>Service Unavailable</html>")
        body = exact.body
        if not raw:
            body = body.replace(b"<body>", b"<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp\">"
                                b"Wayback Machine</div><!-- END WAYBACK TOOLBAR INSERT -->", 1)
        ctype = exact.mimetype + ("; charset=utf-8" if exact.mimetype == "text/html" else "")
        return self._send(int(exact.status), body, ctype, X_Archive_Orig_Server="Microsoft-IIS/8.5",
                          Memento_Datetime=exact.timestamp)

    def log_message(self, format: str, *args) -> None:
        pass


@contextmanager
def serve_archive(archive: FakeWayback | None = None) -> Iterator[tuple[str, FakeWayback]]:
    """Serve the fake archive on a free loopback port; yield (base URL, archive)."""
    archive = archive or FakeWayback()
    handler = type("Handler", (_Handler,), {"archive": archive})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", archive
    finally:
        server.shutdown()
        server.server_close()
