"""A local site that misbehaves on purpose, for crawl robustness tests (loopback only)."""
from __future__ import annotations

import gzip
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import urlsplit

from tests.conftest import PARAS, article_html

GOOD = ["/bai-viet/hoi-nghi-mot.html", "/bai-viet/hoi-nghi-hai.html", "/bai-viet/sau-loi.html"]
FAULTS = {
    "/loi-500.html": "5xx answers (retried, then given up)",
    "/cham.html": "no answer within the download timeout",
    "/ngat.html": "connection reset",
    "/lap.html": "redirect loop",
    "/qua-lon.html": "page over the size limit",
    "/bom-gzip.html": "gzip bomb",
    "/hong.html": "malformed HTML",
    "/khong-charset.html": "windows-1258 bytes, no charset anywhere",
    "/rong.html": "empty 200 answer",
    "/rieng/bi-cam.html": "disallowed by robots.txt",
    "/lich?trang=1": "endless pagination",
    "/feed.xml": "feed with an XML entity bomb",
    "/sitemap.xml": "sitemap with external entities",
}
def _article(title: str, day: str) -> bytes:
    return article_html(title, day, PARAS).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        path, query = parts.path, parts.query
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /rieng/\nSitemap: /sitemap.xml\n", "text/plain")
        if path == "/":
            links = "".join(f'<li><a href="{u}">Liên kết {i}</a></li>' for i, u in enumerate([*GOOD, *FAULTS]))
            return self._send(200, f"<html><body><h1>Trang thử lỗi</h1><ul>{links}</ul></body></html>".encode())
        if path == "/bai-viet/hoi-nghi-mot.html":
            return self._send(200, _article("Hội nghị quán triệt Nghị quyết ở xã", "18/06/2024 08:39"))
        if path == "/bai-viet/hoi-nghi-hai.html":
            return self._send(200, _article("Hội nghị sơ kết công tác dân vận năm 2023", "22/05/2023 18:00"))
        if path == "/bai-viet/sau-loi.html":
            return self._send(200, _article("Tổng kết phong trào thi đua sau các trang lỗi", "19/01/2022 10:15"))
        if path == "/loi-500.html":
            return self._send(503, b"<html>Service Unavailable</html>", Retry_After="0")
        if path == "/cham.html":
            time.sleep(6)
            return self._send(200, b"<html>too late</html>")
        if path == "/ngat.html":
            self.request.shutdown(2)  # reset the connection mid-request
            return None
        if path == "/lap.html":
            self.send_response(302)
            self.send_header("Location", "/lap.html")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if path == "/qua-lon.html":
            return self._send(200, b"<html><body>" + b"x" * 400_000 + b"</body></html>")
        if path == "/bom-gzip.html":
            return self._send(200, gzip.compress(b"<html>" + b"0" * 50_000_000), Content_Encoding="gzip")
        if path == "/hong.html":
            return self._send(200, "<html><body><div><p>Hội nghị <b>dở dang <i>không đóng thẻ".encode())
        if path == "/khong-charset.html":
            html = article_html("Trang cũ không khai báo bảng mã", "05/03/2021", PARAS)
            return self._send(200, html.encode("cp1258", errors="replace"), "text/html")
        if path == "/rong.html":
            return self._send(200, b"")
        if path == "/lich":
            n = int((query.split("=")[-1] or "1")) if "trang=" in query else 1
            return self._send(200, f'<html><body><a href="/lich?trang={n + 1}">Trang sau</a></body></html>'.encode())
        if path == "/feed.xml":
            bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
                f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
            ) + b']><rss><channel><item><link>&lol9;</link></item></channel></rss>'
            return self._send(200, bomb, "application/rss+xml")
        if path == "/sitemap.xml":
            xxe = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url>'
                   b'<url><loc>/bai-viet/sau-loi.html</loc></url></urlset>')
            return self._send(200, xxe, "application/xml")
        return self._send(404, b"<html>404</html>")


@contextmanager
def fault_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
