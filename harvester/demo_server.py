"""Serve the bundled demo sites (data/demo/<key>/site/) on loopback, one port per site.

Static files stand for URLs: "/a/b" is a/b, a/b.html or a/b/index.html, and
"/a/b?q" is a/b@q, a/b@q.html or a/b/index@q.html, so listing pages with
query-string pagination (Liferay's _cur=2) are plain files too.
"""
from __future__ import annotations

import hashlib
import re
import threading
import time
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

CONTENT_TYPES = {
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
}


def resolve(root: Path, raw_path: str) -> Path | None:
    """The file that stands for a request path (with its query), or None."""
    parts = urlsplit(raw_path)
    rel = unquote(parts.path).lstrip("/")
    base = root / rel if rel else root
    if parts.query:
        q = parts.query
        candidates = [base.with_name(base.name + "@" + q), base.with_name(base.name + "@" + q + ".html"),
                      base / f"index@{q}.html"] if rel else [root / f"index@{q}.html"]
    else:
        candidates = ([base, base.with_name(base.name + ".html")] if rel else []) + [base / "index.html"]
    if parts.query:
        candidates += _same_query_files(base if rel else root / "index", parts.query)
    root_resolved = root.resolve()
    for c in candidates:
        try:
            real = c.resolve()
        except OSError:
            continue
        if real.is_file() and real.is_relative_to(root_resolved):
            return real
    return None


def content_type(path: Path, body: bytes) -> str:
    """By suffix, else by sniffing: feeds and sitemaps often live at extension-less URLs (/feed/)."""
    if path.name == "robots.txt":
        return CONTENT_TYPES[".txt"]
    if path.suffix in CONTENT_TYPES:
        return CONTENT_TYPES[path.suffix]
    head = body[:300].lstrip()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head:
            return "application/rss+xml; charset=utf-8" if b"<rss" in head else "application/atom+xml; charset=utf-8"
        return CONTENT_TYPES[".xml"]
    declared = _META_CHARSET.search(body[:2048])
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        # Legacy pages (windows-1258) are served as their own markup declares, as their servers did.
        return f"text/html; charset={declared.group(1).decode('ascii')}"
    return "text/html; charset=utf-8"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def _same_query_files(base: Path, query: str) -> list[Path]:
    """Files for the same parameters in another order: crawlers sort query strings."""
    wanted = sorted(parse_qsl(query, keep_blank_values=True))
    found = []
    for folder, stem in ((base.parent, base.name), (base, "index")):
        if not folder.is_dir():
            continue
        for f in folder.glob(f"{stem}@*"):
            q = f.name[len(stem) + 1:]
            q = q[:-5] if q.endswith(".html") else q
            if sorted(parse_qsl(q, keep_blank_values=True)) == wanted:
                found.append(f)
    return found


class _Handler(BaseHTTPRequestHandler):
    server_version = "DemoPortal/1.0"

    def __init__(self, *args, root: Path, requests: list | None = None, latency: float = 0.0, **kwargs):
        self.root = root
        self.requests = requests
        self.latency = latency
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.requests is not None:
            self.requests.append((self.server.server_address[1], self.path))
        if self.latency:
            time.sleep(self.latency)
        path = resolve(self.root, self.path)
        if path is None:
            body = "<html><body><h1>404 - Không tìm thấy trang</h1></body></html>".encode()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = path.read_bytes()
            # Validators as real servers send them, so re-crawls can be conditional.
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            ctype = content_type(path, body)
            self.send_header("Content-Type", ctype)
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # keep the crawl's output readable
        pass


@contextmanager
def serve_sites(sites: dict[str, Path], host: str = "127.0.0.1",
                requests: list | None = None, latency: float = 0.0) -> Iterator[dict[str, str]]:
    """Serve each site folder on its own free port; yield {key: "http://host:port"}.
    `requests`, when given, collects (port, path) of every request served; `latency` seconds
    pass before each answer (a remote portal's, for benchmarks)."""
    servers: list[ThreadingHTTPServer] = []
    origins: dict[str, str] = {}
    try:
        for key, root in sites.items():
            server = ThreadingHTTPServer((host, 0), partial(_Handler, root=Path(root), requests=requests, latency=latency))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
            origins[key] = f"http://{host}:{server.server_address[1]}"
        yield origins
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
