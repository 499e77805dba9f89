"""Tables for the small helpers: segmentation, URLs, the demo server's file mapping, backoff."""
from __future__ import annotations

from pathlib import Path

import pytest

from harvester.demo_server import resolve
from harvester.middlewares import backoff_delay
from harvester.urls import canonical, origin, rebase
from pipelines.tokenize import segment


def test_segment_sentences_and_words():
    seg = segment(["Ban Tuyên giáo Huyện ủy tổ chức hội nghị. Đồng chí Bí thư phát biểu chỉ đạo."])
    assert seg.sentences == ["Ban Tuyên giáo Huyện ủy tổ chức hội nghị.", "Đồng chí Bí thư phát biểu chỉ đạo."]
    lines = seg.segmented.split("\n")
    assert len(lines) == 2
    assert "Ban_Tuyên_giáo" in lines[0].split() and "hội_nghị" in lines[0].split()
    assert "Bí_thư" in lines[1].split()
    # Punctuation is a token but not a word.
    assert seg.word_count == len([t for line in lines for t in line.split() if t != "."])


def test_segment_empty():
    assert segment([]).word_count == 0 and segment(["  "]).sentences == []


@pytest.mark.parametrize(
    "url, slash, expected",
    [
        ("HTTPS://Example.VN/Tin-Tuc/a.html#top", None, "https://example.vn/Tin-Tuc/a.html"),
        ("https://x.vn", None, "https://x.vn/"),
        ("https://x.vn:443/a", None, "https://x.vn/a"),
        ("http://127.0.0.1:8123/a", None, "http://127.0.0.1:8123/a"),
        # Query order is not identity.
        ("https://x.vn/a?b=1&a=2", None, "https://x.vn/a?a=2&b=1"),
        # Share buttons and analytics.
        ("https://x.vn/a.html?utm_source=zalo&utm_medium=social", None, "https://x.vn/a.html"),
        ("https://x.vn/a.html?fbclid=IwAR0abc&id=5", None, "https://x.vn/a.html?id=5"),
        ("https://x.vn/a.html?zarsrc=31&gidzl=abc", None, "https://x.vn/a.html"),
        # Session ids in the query, in the path (Java), and ASP.NET cookieless sessions.
        ("https://x.vn/a.jsp?PHPSESSID=abc&id=7", None, "https://x.vn/a.jsp?id=7"),
        ("https://x.vn/tin;jsessionid=0A1B2C?id=7", None, "https://x.vn/tin?id=7"),
        ("https://x.vn/(S(abcdef))/Default.aspx?ID=3", None, "https://x.vn/Default.aspx?ID=3"),
        # Print views of the same article.
        ("https://x.vn/tin-tuc/12-hoi-nghi.html?tmpl=component&print=1", None, "https://x.vn/tin-tuc/12-hoi-nghi.html"),
        ("https://x.vn/bai.php?id=4&print=1", None, "https://x.vn/bai.php?id=4"),
        # Trailing slashes, by the family's habit.
        ("https://x.vn/2024/06/18/hoi-nghi", "add", "https://x.vn/2024/06/18/hoi-nghi/"),
        ("https://x.vn/2024/06/18/hoi-nghi/", "add", "https://x.vn/2024/06/18/hoi-nghi/"),
        ("https://x.vn/feed.xml", "add", "https://x.vn/feed.xml"),
        ("https://x.vn/chuyen-muc/", "strip", "https://x.vn/chuyen-muc"),
        ("https://x.vn/", "strip", "https://x.vn/"),
        ("https://x.vn/chuyen-muc/", None, "https://x.vn/chuyen-muc/"),
        # Liferay paging keeps its parameters.
        ("https://x.vn/web/guest/tin-tuc?p_p_id=p&_p_cur=2", None, "https://x.vn/web/guest/tin-tuc?_p_cur=2&p_p_id=p"),
    ],
)
def test_canonical(url, slash, expected):
    assert canonical(url, slash) == expected


def test_rebase_between_portal_and_mirror():
    assert rebase("https://x.vn/a/b?c=1", "https://x.vn", "http://127.0.0.1:8123") == "http://127.0.0.1:8123/a/b?c=1"
    assert rebase("https://other.vn/a", "https://x.vn", "http://127.0.0.1:8123") == "https://other.vn/a"
    assert origin("http://127.0.0.1:8123/a/b") == "http://127.0.0.1:8123"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for rel in ["index.html", "a/index.html", "a/b.html", "c", "list@page=2.html", "d/index@x=1.html", "robots.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(rel)
    return tmp_path


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/", "index.html"), ("/a/", "a/index.html"), ("/a", "a/index.html"), ("/a/b", "a/b.html"),
        ("/c", "c"), ("/list?page=2", "list@page=2.html"), ("/d?x=1", "d/index@x=1.html"),
        ("/robots.txt", "robots.txt"), ("/missing", None), ("/list?page=3", None), ("/../etc/passwd", None),
    ],
)
def test_demo_server_resolves_urls_to_files(site, path, expected):
    found = resolve(site, path)
    assert (found.relative_to(site.resolve()).as_posix() if found else None) == expected


@pytest.mark.parametrize(
    "retry, retry_after, expected",
    [(1, None, 2.0), (2, None, 4.0), (3, None, 8.0), (10, None, 120.0), (1, "30", 30.0), (1, "999", 120.0),
     (2, "Wed, 21 Oct 2026 07:28:00 GMT", 4.0)],
)
def test_backoff_delay(retry, retry_after, expected):
    assert backoff_delay(retry, base=2.0, cap=120.0, retry_after=retry_after) == expected


def test_demo_server_accepts_query_in_any_order(tmp_path):
    (tmp_path / "tin-tuc@p_p_id=x&_x_cur=2.html").write_text("page 2")
    assert resolve(tmp_path, "/tin-tuc?_x_cur=2&p_p_id=x").name == "tin-tuc@p_p_id=x&_x_cur=2.html"
    assert resolve(tmp_path, "/tin-tuc?_x_cur=3&p_p_id=x") is None


@pytest.mark.parametrize(
    "name, body, expected",
    [
        ("a.html", b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', "text/html; charset=windows-1258"),
        ("a.html", b'<meta charset="utf-8"><p>x</p>', "text/html; charset=utf-8"),
        ("index.html", b'<?xml version="1.0"?><rss version="2.0">', "application/rss+xml; charset=utf-8"),
        ("sitemap.xml", b"<?xml version='1.0'?><urlset/>", "application/xml; charset=utf-8"),
        ("robots.txt", b"User-agent: *", "text/plain; charset=utf-8"),
    ],
)
def test_demo_server_content_types(name, body, expected):
    from harvester.demo_server import content_type

    assert content_type(Path(name), body) == expected
