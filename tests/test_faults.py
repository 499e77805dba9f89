"""A crawl of a misbehaving site keeps going, records each fault, corrupts nothing, ends in time."""
from __future__ import annotations

import sqlite3
import time

from tests.faultsite import GOOD, fault_site
from tests.sitegold import run_cli


def test_crawl_survives_a_misbehaving_site(tmp_path):
    registry = tmp_path / "faults.toml"
    registry.write_text('key = "faults"\nname = "Trang thử lỗi"\nbase_url = "https://faults.test.invalid/"\n'
                        'platform = "generic"\nprovince = "Long An"\nlevel = "tỉnh"\n', encoding="utf-8")
    db = tmp_path / "corpus.sqlite"
    started = time.monotonic()
    with fault_site() as origin:
        result = run_cli("crawl", "--registry", str(registry), "--mirror", origin, "--db", str(db), "--workers", "0",
                         "--delay", "0", "--set", "DOWNLOAD_TIMEOUT=2", "--set", "RETRY_TIMES=1",
                         "--set", "RETRY_BACKOFF_BASE=0.1", "--set", "DOWNLOAD_MAXSIZE=200000",
                         "--set", "DOWNLOAD_WARNSIZE=100000", "--set", "HARVESTER_MAX_LISTING_PAGES=20",
                         "--set", "AUTOTHROTTLE_ENABLED=False", timeout=180)
    took = time.monotonic() - started
    assert "Traceback" not in result.stderr  # failed fetches are one log line each
    assert took < 120, f"the crawl took {took:.0f}s"
    # Stored pages were fetched; failed fetches are recorded, not fatal: a partial success.
    assert result.returncode == 3, result.stdout + result.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        stored = {u.rsplit("/", 1)[1] for (u,) in conn.execute("SELECT url FROM articles")}
        captured = {u for (u,) in conn.execute("SELECT url FROM captures")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        import json

        errors = json.loads(conn.execute("SELECT errors FROM crawl_runs").fetchone()[0])
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    # Every good article made it, and the page without a declared charset was read as Vietnamese.
    assert {g.rsplit("/", 1)[1] for g in GOOD} | {"khong-charset.html"} <= stored
    # Faults are recorded by kind.
    assert any("503" in k for k in errors) and any("Timeout" in k for k in errors)
    assert stats.get("pagination-limit-reached") == 1
    # Never fetched: robots.txt forbids it; never stored as an article: a fault page.
    assert not [u for u in captured if "/rieng/" in u]
    assert not stored & {"hong.html", "rong.html", "qua-lon.html", "bom-gzip.html"}
    # The entity bomb and the external entity came to nothing.
    assert not [u for u in captured if "lol" in u or "passwd" in u]
