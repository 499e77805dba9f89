"""Crawls as unattended jobs: one at a time, incremental, and safe to kill at any moment."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harvester.demo_server import serve_sites
from harvester.lock import crawl_lock
from tests.sitegold import ROOT, all_sites, run_cli

SITE = next(s for s in all_sites() if s.key == "thanhhoa-dcs")


def crawl_args(origin: str, db: Path, *extra: str) -> list[str]:
    return ["crawl", "--registry", str(SITE.folder / "portal.toml"), "--mirror", origin, "--db", str(db),
            "--workers", "0", *extra]


def articles(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT url, title, published_at, author, text_hash FROM articles ORDER BY url").fetchall()


def test_second_run_is_refused_while_one_holds_the_corpus(tmp_path):
    db = tmp_path / "corpus.sqlite"
    with serve_sites({SITE.key: SITE.site}) as origins, crawl_lock(db):
        result = run_cli(*crawl_args(origins[SITE.key], db))
    assert result.returncode == 4
    assert "Error: another crawl is running on" in result.stderr and "Traceback" not in result.stderr


def test_incremental_second_run_fetches_only_what_changed(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE.site, site)
    db = tmp_path / "corpus.sqlite"
    with serve_sites({SITE.key: site}) as origins:
        first = run_cli(*crawl_args(origins[SITE.key], db))
        assert first.returncode == 0, first.stderr[-2000:]
        second = run_cli(*crawl_args(origins[SITE.key], db))
        assert second.returncode == 0
        assert "0 pages, 0 new articles, 0 updated" in second.stdout
        assert "nothing changed since the last run" in second.stdout
        # A new article appears on the home page: only what changed is fetched.
        new = site / "bai-moi-ve-nghi-quyet.311.html"
        new.write_text((site / "ban-tuyen-giao-huyen-uy-thanh-hoa-to-chuc-hoi-nghi-bao-cao-vien-quy-ii-nam-2024.311.html")
                       .read_text(encoding="utf-8").replace("quý II năm 2024", "quý III năm 2024"), encoding="utf-8")
        home = site / "index.html"
        home.write_text(home.read_text(encoding="utf-8").replace(
            "</body>", '<a href="/bai-moi-ve-nghi-quyet.311">Bài mới</a></body>'), encoding="utf-8")
        third = run_cli(*crawl_args(origins[SITE.key], db))
    assert third.returncode == 0
    assert "1 new articles" in third.stdout
    assert "known article link(s) not fetched" in third.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(SITE.articles) + 1
        assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 3


def test_refresh_fetches_known_articles_again(tmp_path):
    db = tmp_path / "corpus.sqlite"
    with serve_sites({SITE.key: SITE.site}) as origins:
        run_cli(*crawl_args(origins[SITE.key], db))
        again = run_cli(*crawl_args(origins[SITE.key], db, "--refresh"))
    assert again.returncode == 0
    # Every article was fetched again; its bytes and the code are the same, so it is unchanged.
    assert "0 new articles, 0 updated" in again.stdout
    unchanged = int(again.stdout.split(" page(s) unchanged since the last run")[0].rsplit(" ", 1)[1])
    assert unchanged >= len(SITE.articles)


def test_a_killed_crawl_resumes_to_the_same_corpus(tmp_path):
    with serve_sites({SITE.key: SITE.site}) as origins:
        origin = origins[SITE.key]
        whole = tmp_path / "whole.sqlite"
        assert run_cli(*crawl_args(origin, whole)).returncode == 0

        killed = tmp_path / "killed.sqlite"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen([sys.executable, "-m", "harvester.cli", *crawl_args(origin, killed, "--delay", "0.3")],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                with sqlite3.connect(killed, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 3:
                break
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = articles(killed)
        assert 3 <= len(partial) < len(SITE.articles)

        resumed = run_cli(*crawl_args(origin, killed))
        assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert articles(killed) == articles(whole)
    with sqlite3.connect(killed) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM (SELECT url FROM captures GROUP BY url, body_hash HAVING count(*) > 1)"
                            ).fetchone()[0] == 0
        statuses = [s for (s,) in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
    # The killed run never finished its record; the next one did.
    assert statuses == ["running", "finished"]


@pytest.mark.parametrize("args, code", [(["runs"], 0), (["runs", "--json"], 0)])
def test_runs_lists_the_history(tmp_path, args, code):
    db = tmp_path / "corpus.sqlite"
    with serve_sites({SITE.key: SITE.site}) as origins:
        run_cli(*crawl_args(origins[SITE.key], db))
    result = run_cli(*args, "--db", str(db))
    assert result.returncode == code
    assert "thanhhoa-dcs" in result.stdout and "finished" in result.stdout


def test_researchers_can_query_while_a_crawl_writes(tmp_path):
    import models
    from harvester.query import search, summary

    db = tmp_path / "corpus.sqlite"
    engine = models.make_engine(db)
    models.init_db(engine)
    with serve_sites({SITE.key: SITE.site}) as origins:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen([sys.executable, "-m", "harvester.cli", *crawl_args(origins[SITE.key], db, "--delay", "0.1")],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen, queries = [], 0
        while proc.poll() is None:
            # Each query runs while the crawler commits pages (WAL: readers never wait for the writer).
            seen.append(summary(engine).articles)
            search(engine, "hội nghị", limit=5)
            queries += 1
            time.sleep(0.05)
        assert proc.returncode == 0
    engine.dispose()
    assert queries > 5
    assert seen == sorted(seen)  # the reader saw the corpus grow, never a half-written state
    assert summary(models.make_engine(db)).articles == len(SITE.articles)
