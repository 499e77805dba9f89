"""Backfill from a web archive: a closed district portal through a fake Wayback Machine on loopback.

tests/fakewayback.py holds captures of tests/sites/sharepoint (gold dates known), one page
only the archive kept (no date on it), one article captured three times, one article the
index query misses but an archived listing links, and pages a backfill must leave alone.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

import models
from harvester import wayback
from harvester.errors import InputError
from harvester.portals import load_portal_file
from pipelines.process import process_page
from pipelines.provenance import CAPTURE_TIME_METHOD, Candidate, parse_timestamp, replaces
from pipelines.types import Article, Capture, Rejected
from tests.fakewayback import (FLAKY_TS, HOST, MULTI, MULTI_TS, UNDATED, UNDATED_TS, UNINDEXED, FakeWayback, serve_archive)
from tests.sitegold import field_problems, load_site, run_cli

SITE = load_site(Path(__file__).parent / "sites" / "sharepoint" / "portal.toml")
BASE = f"https://{HOST}"


def registry(tmp_path: Path) -> Path:
    """The portal as a researcher registers it for a backfill: with its platform named."""
    path = tmp_path / "portal.toml"
    path.write_text((SITE.folder / "portal.toml").read_text(encoding="utf-8") + 'platform = "sharepoint"\n',
                    encoding="utf-8")
    return path


def backfill(tmp_path: Path, base: str, db: Path, *extra: str):
    return run_cli("backfill", "--portal", "sharepoint", "--registry", str(registry(tmp_path)), "--archive-url", base,
                   "--from", "2019", "--to", "2025", "--db", str(db), "--workers", "0", "--delay", "0",
                   "--set", "RETRY_BACKOFF_BASE=0", "--set", "AUTOTHROTTLE_ENABLED=False",
                   "--set", "HARVESTER_CDX_PAGE_SIZE=4", *extra)


def articles_with_captures(db: Path) -> dict[str, tuple[models.Article, models.Capture]]:
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        rows = s.execute(select(models.Article, models.Capture)
                         .join(models.Capture, models.Capture.id == models.Article.capture_id)).all()
    engine.dispose()
    return {a.url: (a, c) for a, c in rows}


@pytest.fixture(scope="module")
def backfilled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("backfill")
    db = tmp / "corpus.sqlite"
    with serve_archive() as (base, archive):
        first = backfill(tmp, base, db, "--warc-out", str(tmp / "warc"))
        fetched_first = [p for p in archive.log if p.startswith("/web/")]
        # Again, reading the index as plain CDX lines this time: every capture is known already.
        second = backfill(tmp, base, db, "--set", "HARVESTER_CDX_OUTPUT=text")
        fetched_second = [p for p in archive.log if p.startswith("/web/")][len(fetched_first):]
    return db, first, second, archive, fetched_first, fetched_second


def test_every_archived_article_is_stored_once_with_its_gold_date(backfilled):
    db, first, *_ = backfilled
    assert first.returncode == 0, first.stdout + first.stderr[-3000:]
    stored = articles_with_captures(db)
    assert set(stored) == set(SITE.articles) | {BASE + UNDATED}
    problems = [p for url, gold in SITE.articles.items() for p in field_problems(url, stored[url][0], gold)]
    assert not problems, "\n".join(problems)
    for url, gold in SITE.articles.items():
        article, capture = stored[url]
        assert article.date_method != CAPTURE_TIME_METHOD
        # Provenance: where the bytes came from, kept apart from the publication date.
        assert capture.source == "wayback" and capture.url == url
        assert capture.fetched_url.endswith(f"/web/{capture.archive_timestamp}id_/" + capture.fetched_url.split("id_/", 1)[1])
        assert parse_timestamp(capture.archive_timestamp) > article.published_at


def test_an_undated_archived_page_is_dated_by_its_capture_with_low_confidence(backfilled):
    db, *_ = backfilled
    article, capture = articles_with_captures(db)[BASE + UNDATED]
    assert article.date_method == CAPTURE_TIME_METHOD and article.date_confidence <= 0.2
    assert article.published_at == datetime(2022, 7, 16, 9, 30, tzinfo=timezone.utc)
    assert article.published_raw == f"archive capture {UNDATED_TS}"
    assert capture.archive_timestamp == UNDATED_TS and capture.fetched_url.startswith("http://127.0.0.1")


def test_an_article_captured_three_times_is_stored_from_the_first_with_the_others_listed(backfilled):
    db, *_ = backfilled
    article, capture = articles_with_captures(db)[BASE + MULTI]
    assert capture.archive_timestamp == MULTI_TS[0]
    listed = run_cli("captures", BASE + MULTI, "--db", str(db), "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["chosen"], r["archive_timestamp"]) for r in rows] == [
        (True, MULTI_TS[0]), (False, MULTI_TS[1]), (False, MULTI_TS[2])]
    assert all(r["source"] == "wayback" and r["url"] == BASE + MULTI for r in rows)
    assert "utm_source" in rows[2]["fetched_url"]  # the original link is kept, the identity is canonical


def test_the_archive_is_asked_politely_and_only_for_what_is_needed(backfilled):
    _, first, _, archive, fetched, _ = backfilled
    # Refused once with 429 (and a capture with 503): retried, never given up.
    assert archive.statuses[429] >= 1 and archive.statuses[503] == 1
    assert "errors:" not in first.stdout
    # The index is paged with resume keys, and the one article it misses is looked up on its own.
    assert any("resumeKey=" in p for p in archive.log)
    # The link is looked up as the listing gave it: over http or https, whichever capture of a
    # listing was read first (the index matches either), so the scheme is left out here.
    lookups = [p.split("url=")[1].split("&")[0] for p in archive.log if p.startswith("/cdx/") and "url=http" in p]
    assert {p.split("%3A%2F%2F", 1)[1] for p in lookups} == {
        HOST + "%2Ftin-tuc%2FPages%2F" + UNINDEXED.rsplit("/", 1)[1]}
    assert "discovered through archived-listing 1" in first.stdout
    # Raw bytes only (id_), each capture once; nothing outside --from/--to, no print view,
    # contact page, image, error capture, or repeat of identical bytes.
    assert all("id_/" in p for p in fetched)
    assert {p: n for p, n in Counter(fetched).items() if n > 1} == {
        p: 2 for p in fetched if f"/web/{FLAKY_TS}id_/" in p}  # only the capture answered 503, retried once
    for never in ("/web/20170310", "print.aspx", "lien-he", ".jpg", "bai-da-xoa", "/web/20211220081600"):
        assert not any(never in p for p in fetched), never


def test_a_second_backfill_fetches_no_capture_again(backfilled):
    db, first, second, _, fetched_first, fetched_second = backfilled
    assert second.returncode == 0, second.stdout + second.stderr[-3000:]
    assert fetched_second == []
    # Every capture the index lists is known (the looked-up one is not in the index listing).
    assert f"{len(set(fetched_first)) - 1} already stored" in second.stdout
    assert len(articles_with_captures(db)) == len(SITE.articles) + 1


def test_a_backfill_kept_as_warc_reimports_with_the_same_articles_and_capture_times(backfilled, tmp_path):
    db, *_ = backfilled
    files = sorted((db.parent / "warc").glob("*.warc.gz"))
    fresh = tmp_path / "fresh.sqlite"
    result = run_cli("import-warc", *map(str, files), "--registry", str(registry(tmp_path)), "--db", str(fresh),
                     "--workers", "0")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    before, after = articles_with_captures(db), articles_with_captures(fresh)
    assert set(after) == set(before)
    for url, (article, capture) in after.items():
        old, old_capture = before[url]
        assert (article.title, article.text, article.published_at, article.date_method) == (
            old.title, old.text, old.published_at, old.date_method), url
        # WARC-Date carried the archive's capture time, so the provenance survives the round trip.
        assert capture.source == "warc" and capture.archive_timestamp == old_capture.archive_timestamp


# -- the parts, on their own --------------------------------------------------

def test_cdx_answers_parse_in_both_formats_with_their_resume_key():
    archive = FakeWayback()
    for output in ("json", "text"):
        query = wayback.cdx_url("http://a", wayback.host_query("www." + HOST), from_="2019", to="2025",
                                limit=3, output=output).split("?", 1)[1]
        ctype, text = archive.cdx(query)
        page = wayback.parse_cdx(text)
        assert len(page.rows) == 3 and page.resume_key and page.resume_key.endswith("%21")
        assert all(r.timestamp >= "2019" and r.original.startswith("http") for r in page.rows)
        rest = wayback.parse_cdx(archive.cdx(query + "&resumeKey=" + page.resume_key)[1])
        assert rest.rows[0] != page.rows[-1] and rest.rows[0].urlkey >= page.rows[-1].urlkey
    assert wayback.parse_cdx("[]") == wayback.CdxPage([], None)
    assert wayback.parse_cdx("") == wayback.CdxPage([], None)
    with pytest.raises(wayback.CdxFormatError):
        wayback.parse_cdx("<html>Service Unavailable</html>")


@pytest.mark.parametrize("url, expected", [
    ("https://web.archive.org/web/20211220081500id_/https://a.vn/x.aspx?p=1", ("20211220081500", "https://a.vn/x.aspx?p=1")),
    ("http://127.0.0.1:9/web/2021id_/http:/a.vn/", ("2021", "http://a.vn/")),
    ("https://a.vn/tin-tuc/bai.html", None),
])
def test_capture_urls_give_back_timestamp_and_original(url, expected):
    assert wayback.split_capture_url(url) == expected


@pytest.mark.parametrize("value", ["19", "2019-07", "1800", "abcd", "201907011230451"])
def test_time_bounds_are_checked(value):
    with pytest.raises(InputError):
        wayback.time_bound(value, name="--from")


def _c(source, method, conf, when):
    return Candidate(source, method, conf, datetime(*when, tzinfo=timezone.utc))


@pytest.mark.parametrize("new, old, expected", [
    # a date the page states beats a capture time, whichever came first
    (_c("wayback", "date-area", 0.85, (2024, 1, 1)), _c("wayback", "capture-time", 0.1, (2020, 1, 1)), True),
    (_c("wayback", "capture-time", 0.1, (2020, 1, 1)), _c("wayback", "url", 0.6, (2024, 1, 1)), False),
    # two capture times: the earliest bounds publication best
    (_c("wayback", "capture-time", 0.1, (2020, 1, 1)), _c("warc", "capture-time", 0.1, (2021, 1, 1)), True),
    (_c("wayback", "capture-time", 0.1, (2022, 1, 1)), _c("wayback", "capture-time", 0.1, (2021, 1, 1)), False),
    # equal evidence between snapshots: the earliest; stronger evidence wins first
    (_c("wayback", "date-area", 0.85, (2023, 1, 1)), _c("wayback", "date-area", 0.85, (2021, 1, 1)), False),
    (_c("wayback", "meta", 0.95, (2023, 1, 1)), _c("wayback", "date-area", 0.85, (2021, 1, 1)), True),
    # live re-crawls update as they always did; an archive does not override the live site
    (_c("live", "date-area", 0.85, (2023, 1, 1)), _c("live", "meta", 0.95, (2024, 1, 1)), True),
    (_c("wayback", "date-area", 0.85, (2019, 1, 1)), _c("live", "date-area", 0.85, (2024, 1, 1)), False),
    (_c("live", "date-area", 0.85, (2024, 1, 1)), _c("wayback", "date-area", 0.85, (2019, 1, 1)), True),
])
def test_the_best_capture_of_an_article(new, old, expected):
    assert replaces(new, old) is expected


def test_capture_time_is_a_last_resort_for_archived_article_urls_only():
    portal = load_portal_file(SITE.folder / "portal.toml").model_copy(update={"platform": "sharepoint"}).info()
    page = (Path(__file__).parent / "archive" / "pages" / UNDATED.rsplit("/", 1)[1]).read_bytes()
    headers = {"Content-Type": "text/html; charset=utf-8"}
    live = process_page(Capture(url=BASE + UNDATED, body=page, headers=headers), portal)
    assert isinstance(live, Rejected) and live.reason == "no-publication-date"
    archived = process_page(Capture(url=BASE + UNDATED, body=page, headers=headers, source="wayback",
                                    archive_timestamp=UNDATED_TS), portal)
    assert isinstance(archived, Article) and archived.date_method == CAPTURE_TIME_METHOD
    # A page outside the article patterns (standing text) is not made an article by a capture time.
    elsewhere = process_page(Capture(url=BASE + "/SitePages/thong-tin-chung.aspx", body=page, headers=headers,
                                     source="wayback", archive_timestamp=UNDATED_TS), portal)
    assert isinstance(elsewhere, Rejected)
    # A page's own date stays its date; a date after the capture is impossible and is not taken.
    dated = (SITE.site / "tin-tuc" / "Pages" / "hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3.aspx").read_bytes()
    url = BASE + "/tin-tuc/Pages/hoi-lhpn-huyen-thanh-binh-hop-mat-ky-niem-ngay-quoc-te-phu-nu-8-3.aspx"
    kept = process_page(Capture(url=url, body=dated, headers=headers, source="wayback",
                                archive_timestamp="20250101000000"), portal)
    assert kept.published_at.date().isoformat() == "2024-03-08" and kept.date_method != CAPTURE_TIME_METHOD
    early = process_page(Capture(url=url, body=dated, headers=headers, source="wayback",
                                 archive_timestamp="20240101000000"), portal)
    assert isinstance(early, Rejected) or early.published_at <= parse_timestamp("20240101000000")


@pytest.mark.parametrize("args, message", [
    (["backfill", "--db", "{db}"], "Error: give the portal(s) to backfill with --portal KEY"),
    (["backfill", "--portal", "sharepoint", "--registry", "{reg}", "--from", "2019-07", "--db", "{db}"],
     "Error: --from takes a year or a timestamp"),
    (["backfill", "--portal", "sharepoint", "--registry", "{reg}", "--from", "2025", "--to", "2019", "--db", "{db}"],
     "Error: --from is after --to"),
    (["backfill", "--portal", "sharepoint", "--registry", "{reg}", "--archive-url", "web.archive.org", "--db", "{db}"],
     "Error: --archive-url must be an http(s) URL"),
    (["backfill", "--portal", "nope", "--registry", "{reg}", "--db", "{db}"], "Error: no portal with key 'nope'"),
    (["captures", "https://x.test.invalid/none.aspx", "--db", "{db}"], "Error: no article with URL"),
])
def test_bad_backfill_input_gives_one_line_error(tmp_path, args, message):
    from click.testing import CliRunner

    from harvester.cli import cli

    values = {"db": str(tmp_path / "c.sqlite"), "reg": str(registry(tmp_path))}
    if args[0] == "captures":
        models.init_db(models.make_engine(values["db"]))
    result = CliRunner().invoke(cli, [a.format(**values) for a in args])
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request, tmp_path):
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_engine")
        return
    engine = models.make_engine(tmp_path / "c.sqlite")
    models.init_db(engine)
    yield engine
    engine.dispose()


def test_the_store_keeps_the_best_capture_whatever_order_they_arrive_in(any_engine):
    from pipelines.store import store_page

    portal = load_portal_file(SITE.folder / "portal.toml").model_copy(update={"platform": "sharepoint"})
    page = (SITE.site / "tin-tuc" / "Pages" / "uy-ban-kiem-tra-huyen-uy-thanh-binh-so-ket-6-thang-dau-nam-2023.aspx").read_bytes()
    url = BASE + "/tin-tuc/Pages/uy-ban-kiem-tra-huyen-uy-thanh-binh-so-ket-6-thang-dau-nam-2023.aspx"
    sessions = models.session_factory(any_engine)
    outcomes = []
    for ts, body in (("20240101000000", page + b"<!-- later -->"), ("20230725103000", page),
                     ("20250101000000", page + b"<!-- latest -->")):
        cap = Capture(url=url, body=body, headers={"Content-Type": "text/html; charset=utf-8"}, source="wayback",
                      archive_timestamp=ts, fetched_at=datetime.now(timezone.utc))
        outcomes.append(store_page(sessions, portal, cap, process_page(cap, portal.info())))
    assert outcomes == ["new", "unchanged", "unchanged"]  # same text: the earlier snapshot takes over quietly
    with sessions() as s:
        article = s.scalars(select(models.Article)).one()
        chosen = s.get(models.Capture, article.capture_id)
        listed = s.scalars(select(models.Capture.archive_timestamp).where(models.Capture.article_url == url)).all()
    assert chosen.archive_timestamp == "20230725103000"
    assert sorted(listed) == ["20230725103000", "20240101000000", "20250101000000"]


def test_a_portal_without_its_platform_is_detected_from_its_first_archived_page(tmp_path):
    unnamed = tmp_path / "unnamed.toml"
    unnamed.write_text((SITE.folder / "portal.toml").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    with serve_archive() as (base, _):
        result = run_cli("backfill", "--portal", "sharepoint", "--registry", str(unnamed), "--archive-url", base,
                         "--from", "2019", "--db", str(db), "--workers", "0", "--delay", "0",
                         "--set", "RETRY_BACKOFF_BASE=0", "--set", "AUTOTHROTTLE_ENABLED=False")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "detected platform: sharepoint" in result.stdout
    assert set(articles_with_captures(db)) == set(SITE.articles) | {BASE + UNDATED}


def test_an_unreachable_archive_is_a_failed_backfill_not_a_traceback(tmp_path):
    result = run_cli("backfill", "--portal", "sharepoint", "--registry", str(registry(tmp_path)),
                     "--archive-url", "http://127.0.0.1:9", "--db", str(tmp_path / "c.sqlite"), "--workers", "0",
                     "--delay", "0", "--set", "RETRY_TIMES=0")
    assert result.returncode == 1
    assert "ConnectionRefusedError" in result.stdout.split("errors:")[1] and "Traceback" not in result.stderr


def test_an_export_says_which_archive_each_article_came_from(backfilled, tmp_path):
    import shutil
    from sqlalchemy import text

    db = tmp_path / "copy.sqlite"
    shutil.copy(backfilled[0], db)
    # A later live fetch of one article that was not processed into it (the portal now
    # answers with an error page, say) must not change where the article came from.
    engine = models.make_engine(db)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO captures (url, portal_key, fetched_at, source, status, headers, body_gz, "
                          "body_hash, outcome, is_article) SELECT url, portal_key, '2030-01-01 00:00:00.000000', "
                          "'live', 200, '{}', body_gz, 'x', 'not-an-article', 0 FROM captures WHERE url = :u LIMIT 1"),
                     {"u": BASE + MULTI})
    engine.dispose()
    out = tmp_path / "archived.jsonl"
    result = run_cli("export", str(out), "--db", str(db), "--no-tokens")
    assert result.returncode == 0, result.stderr
    records = {r["metadata"]["url"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records and {r["metadata"]["capture_source"] for r in records.values()} == {"wayback"}
    assert records[BASE + UNDATED]["metadata"]["date_method"] == CAPTURE_TIME_METHOD
