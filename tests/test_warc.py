"""WARC in and out: a crawl archived with --warc-out and imported into a fresh corpus gives the
same articles; malformed records are rejected one by one with their reason."""
from __future__ import annotations

import gzip
import hashlib
from io import BytesIO
from pathlib import Path

from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import models
from harvester.demo_server import serve_sites
from tests.conftest import PARAS, article_html
from tests.sitegold import load_site, run_cli

SITE = load_site(Path(__file__).parent / "sites" / "sharepoint" / "portal.toml")
FIELDS = ("url", "title", "lead", "text", "author", "source_credit", "published_at", "published_raw", "date_method",
          "date_confidence", "text_hash", "segmented", "word_count")


def registry(tmp_path: Path) -> Path:
    path = tmp_path / "portal.toml"
    path.write_text((SITE.folder / "portal.toml").read_text(encoding="utf-8") + 'platform = "sharepoint"\n',
                    encoding="utf-8")
    return path


def corpus(db: Path) -> tuple[dict[str, tuple], list[models.Capture]]:
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        articles = {a.url: tuple(getattr(a, f) for f in FIELDS) for a in s.scalars(select(models.Article))}
        captures = list(s.scalars(select(models.Capture)))
    engine.dispose()
    return articles, captures


def test_a_crawl_written_as_warc_imports_into_a_fresh_corpus_with_identical_articles(tmp_path):
    reg, warcs = registry(tmp_path), tmp_path / "warc"
    live_db, imported_db = tmp_path / "live.sqlite", tmp_path / "imported.sqlite"
    with serve_sites({SITE.key: SITE.site}) as origins:
        crawl = run_cli("crawl", "--registry", str(reg), "--mirror", origins[SITE.key], "--db", str(live_db),
                        "--workers", "0", "--delay", "0", "--warc-out", str(warcs))
    assert crawl.returncode == 0, crawl.stdout + crawl.stderr[-3000:]
    files = sorted(warcs.glob("*.warc.gz"))
    assert files
    # Mirrored pages are recorded under the portal's own URLs, bodies readable as served.
    with files[0].open("rb") as fh:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert set(SITE.articles) <= {u.split("?")[0] if "utm_" in u else u for u in uris}

    result = run_cli("import-warc", *map(str, files), "--registry", str(reg), "--db", str(imported_db),
                     "--workers", "0")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    live, _ = corpus(live_db)
    imported, captures = corpus(imported_db)
    assert set(live) == set(SITE.articles)
    assert imported == live
    assert {c.source for c in captures} == {"warc"} and all(c.archive_timestamp for c in captures)
    assert f"{len(live)} new" in result.stdout and "record(s) of other hosts left out" in result.stdout

    again = run_cli("import-warc", *map(str, files), "--registry", str(reg), "--db", str(imported_db), "--workers", "0")
    assert again.returncode == 0 and "0 new" in again.stdout and "skipped (already processed" in again.stdout
    assert corpus(imported_db)[0] == live


def _record(writer: WARCWriter, url: str, body: bytes, **warc_headers: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                     warc_headers_dict=warc_headers or None)


def _raw_record(uri: str | None, block: bytes, date: str = "2023-03-12T01:00:00Z", **extra: str) -> bytes:
    lines = ["WARC/1.0", "WARC-Type: response", f"WARC-Date: {date}",
             "WARC-Record-ID: <urn:uuid:" + hashlib.md5(block + (uri or "").encode()).hexdigest() + ">",
             "Content-Type: application/http; msgtype=response", f"Content-Length: {len(block)}"]
    if uri:
        lines.insert(2, f"WARC-Target-URI: {uri}")
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in extra.items()]
    return gzip.compress(("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n")


def test_malformed_records_are_rejected_with_a_reason_and_the_rest_imported(tmp_path):
    good_page = article_html("Hội nghị quán triệt Nghị quyết", "12/03/2023 07:30", PARAS).encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(_record(writer, "https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/hoi-nghi.aspx", good_page))
    data = buf.getvalue()
    data += _raw_record(None, http + good_page)  # no target URI
    data += _raw_record("https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/a.aspx", b"HTPT/9 OK\r\n\r\n" + good_page)
    data += _raw_record("https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/b.aspx", http + good_page,
                        WARC_Payload_Digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    data += _raw_record("https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/c.aspx", http + good_page,
                        date="yesterday")
    cut = _raw_record("https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/d.aspx", http + good_page)
    data += cut[: len(cut) // 2]  # the file ends inside this record
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(data)
    reg = registry(tmp_path)
    db = tmp_path / "c.sqlite"
    result = run_cli("import-warc", str(path), "--registry", str(reg), "--db", str(db), "--workers", "0")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    reasons = [line for line in result.stderr.splitlines() if "rejected record" in line]
    for expected in ("without WARC-Target-URI", "a.aspx", "HTTP headers do not parse", "WARC-Payload-Digest does not match",
                     "no valid WARC-Date ('yesterday')", "record is cut short"):
        assert any(expected in line for line in reasons), (expected, reasons)
    assert len(reasons) == 5
    articles, captures = corpus(db)
    assert list(articles) == ["https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/hoi-nghi.aspx"]
    assert len(captures) == 1

    (tmp_path / "empty.warc.gz").write_bytes(b"this is not an archive")
    bad = run_cli("import-warc", str(tmp_path / "empty.warc.gz"), "--registry", str(reg), "--db", str(db))
    assert bad.returncode == 1 and "no HTTP response records" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_cli("import-warc", str(tmp_path / "nope.warc"), "--db", str(db))
    assert missing.returncode != 0 and "Error: cannot read" in missing.stderr


def test_arc_files_are_read_too(tmp_path):
    """ARC (the Internet Archive's older format, as in early Archive-It and Wayback downloads)."""
    page = article_html("Hội nghị quán triệt Nghị quyết", "12/03/2013 07:30", PARAS).encode("utf-8")
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    head = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://crawl.arc 0.0.0.0 20130315010203 text/plain %d\n" % len(head) + head + b"\n"
    url = b"http://www.thanhbinh.dongthap.test.invalid/tin-tuc/Pages/hoi-nghi.aspx"
    record = url + b" 10.0.0.1 20130315010203 text/html %d\n" % len(http) + http + b"\n"
    path = tmp_path / "crawl.arc.gz"
    path.write_bytes(gzip.compress(filedesc) + gzip.compress(record))
    db = tmp_path / "c.sqlite"
    result = run_cli("import-warc", str(path), "--registry", str(registry(tmp_path)), "--db", str(db), "--workers", "0")
    assert result.returncode == 0, result.stdout + result.stderr
    articles, captures = corpus(db)
    # www. and http are spellings of the portal's host: stored under its own URL.
    assert list(articles) == ["https://thanhbinh.dongthap.test.invalid/tin-tuc/Pages/hoi-nghi.aspx"]
    assert captures[0].archive_timestamp == "20130315010203" and captures[0].fetched_url == url.decode()
