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
    assert "Tuyên_giáo" in lines[0].split() and "hội_nghị" in lines[0].split()
    assert "Bí_thư" in lines[1].split()
    # Punctuation is a token but not a word.
    assert seg.word_count == len([t for line in lines for t in line.split() if t != "."])


def test_segment_empty():
    assert segment([]).word_count == 0 and segment(["  "]).sentences == []


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTPS://Example.VN/Tin-Tuc/a.html#top", "https://example.vn/Tin-Tuc/a.html"),
        ("https://x.vn", "https://x.vn/"),
        ("https://x.vn/a?b=1&a=2", "https://x.vn/a?b=1&a=2"),
    ],
)
def test_canonical(url, expected):
    assert canonical(url) == expected


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
