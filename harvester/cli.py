"""The `harvester` command: a thin click layer over the library functions."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from harvester.errors import DatabaseError, HarvesterError, InputError

DB_HELP = "Corpus database: a file path or any SQLAlchemy URL [default: data/corpus.sqlite]."


def db_option(f):
    return click.option("--db", default=None, metavar="PATH|URL", help=DB_HELP)(f)


def filter_options(f):
    f = click.option("--cites", default=None, metavar="DOC",
                     help="Only articles citing this document (35-NQ/TW, \"NQ 35\").")(f)
    f = click.option("--department", default=None,
                     help="Only articles linked to this body (canonical name or alias, or part of a name).")(f)
    f = click.option("--portal", "portals", multiple=True, metavar="KEY", help="Only this portal (repeatable).")(f)
    f = click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="Published on or before this day (YYYY-MM-DD).")(f)
    f = click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None,
                     help="Published on or after this day (YYYY-MM-DD).")(f)
    return f


def _filters(since, until, portals, department, cites=None):
    from harvester.query import Filters

    return Filters(since=since.date() if since else None, until=until.date() if until else None,
                   portals=tuple(portals), department=department, cites=cites)


def duplicates_option(f):
    """`stats --duplicates`: report duplicate clusters per portal pair instead (see _print_duplicates)."""
    import functools

    @functools.wraps(f)
    def wrapper(*args, duplicates=False, **kwargs):
        if duplicates:
            return _print_duplicates(**kwargs)
        return f(*args, **kwargs)

    return click.option("--duplicates", is_flag=True,
                        help="Duplicate clusters (harvester dedup) shared by each pair of portals.")(wrapper)


def warc_out_option(f):
    """`crawl` and `backfill`: responses also archived as WARC (harvester.warc_out)."""
    return click.option("--warc-out", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="DIR",
                        help="Also write every fetched response into WARC files in DIR (for import-warc later).")(f)


def _warc_settings(warc_out) -> dict:
    if not warc_out:
        return {}
    from harvester.warc_out import warc_folder

    return {"HARVESTER_WARC_OUT": str(warc_folder(warc_out))}


@contextmanager
def database_errors(db):
    """A database that cannot be reached or opened is one line, not a traceback."""
    import models
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseError(f"cannot open database {db or models.DEFAULT_DB}: {reason}") from None
    except ValueError as exc:  # malformed URL
        raise DatabaseError(f"cannot open database {db}: {exc}") from None
    except ImportError as exc:
        raise DatabaseError(f"cannot open database {db}: its driver is not installed ({exc.name})") from None


def _open(db, *, create: bool = False):
    """Open the corpus; reading commands refuse a database that does not exist."""
    import models

    url = models.database_url(db)
    if not create and url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise DatabaseError(f"no corpus at {url[len('sqlite:///'):]} (run a crawl first, or pass --db)")
    with database_errors(db):
        engine = models.make_engine(db)
        models.init_db(engine)
        version = models.schema_version(engine)
    if version is not None and version > models.SCHEMA_VERSION:
        raise DatabaseError(f"database schema version {version} is newer than this program ({models.SCHEMA_VERSION})")
    return engine


class HarvesterGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except HarvesterError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=HarvesterGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="harvester")
def cli():
    """Build and query a corpus of Vietnamese local Party and government news."""


# -- crawling ---------------------------------------------------------------

def _print_report(report) -> None:
    click.echo(f"Crawl run {report.run_id} {report.status}: {report.pages} pages, "
               f"{report.new_articles} new articles, {report.updated_articles} updated")
    if report.rejected:
        click.echo("  not articles: " + ", ".join(f"{k} {v}" for k, v in sorted(report.rejected.items())))
    if report.errors:
        click.echo("  errors: " + ", ".join(f"{k} {v}" for k, v in sorted(report.errors.items())))
    stats = report.stats
    if stats.get("unchanged-304") or stats.get("known-articles-not-fetched") or stats.get("unchanged-pages"):
        click.echo(f"  incremental: {stats.get('unchanged-304', 0)} listing/sitemap/feed request(s) answered "
                   f"'not modified', {stats.get('known-articles-not-fetched', 0)} known article link(s) not fetched, "
                   f"{stats.get('unchanged-pages', 0)} page(s) unchanged since the last run")
        if report.new_articles == 0 and report.updated_articles == 0:
            click.echo("  nothing changed since the last run")
    found = {k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("discovered/")}
    if found:
        click.echo("  discovered through " + ", ".join(f"{k} {v}" for k, v in sorted(found.items())))
    detected = [k.split("/", 1)[1] for k in stats if k.startswith("detected/")]
    if detected:
        click.echo("  detected platform: " + ", ".join(sorted(detected)))
    if stats.get("pagination-stopped-by-since"):
        skipped = sum(v for k, v in stats.items() if k.startswith("skipped/"))
        click.echo(f"  --since: paging stopped at {stats['pagination-stopped-by-since']} listing page(s) "
                   f"holding only older items; {skipped} older link(s) not fetched")


def crawl_exit_code(report, shared: bool = False) -> int:
    """0 clean, 3 partial (pages stored but fetches or processing failed), 1 nothing fetched.

    Dead links (HTTP 4xx other than 429) are a fact of every site, not a failure of the run.
    A worker of a shared frontier may find the queue emptied by the others: no pages is no failure.
    """
    serious = {k: v for k, v in report.errors.items() if not (k.startswith("HTTP 4") and k != "HTTP 429")}
    # An archive index that answered counts: a backfill with every capture already stored fetches no page.
    answered = report.pages + report.stats.get("unchanged-304", 0) + report.stats.get("cdx-answers", 0)
    if answered == 0 and not (shared and report.status == "finished" and not serious):
        return 1  # not one page came back: the site (or the network) is down
    return 0 if report.status == "finished" and not serious else 3


@cli.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per run.")
def runs(db, limit, as_json):
    """The history of crawl runs: when, how long, pages, new and updated articles, rejections, errors."""
    from harvester.query import crawl_runs

    rows = crawl_runs(_open(db), limit=limit)
    for r in rows:
        if as_json:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
            continue
        took = f"{r['seconds']:.0f}s" if r["seconds"] is not None else "-"
        click.echo(f"#{r['id']:<4} {r['started']:%Y-%m-%d %H:%M} {took:>6} {r['status']:10} {r['pages']:6} pages "
                   f"{r['new']:5} new {r['updated']:4} updated  portals: {', '.join(r['portals'])}")
        if r["rejected"]:
            click.echo("      not articles: " + ", ".join(f"{k} {v}" for k, v in sorted(r["rejected"].items())))
        if r["errors"]:
            click.echo("      errors: " + ", ".join(f"{k} {v}" for k, v in sorted(r["errors"].items())))


@cli.command("health")
@db_option
@click.option("--runs", "n_runs", type=click.IntRange(min=1), default=3, show_default=True,
              help="Runs without a new article before a portal is flagged.")
@click.option("--max-error-rate", type=click.FloatRange(0, 1), default=0.2, show_default=True)
@click.option("--strict", is_flag=True, help="Exit with code 5 when a portal is flagged (for monitoring).")
@click.option("--json", "as_json", is_flag=True)
def health_cmd(db, n_runs, max_error_rate, strict, as_json):
    """Flag portals whose crawls look broken: no new articles, failing pages, dates gone."""
    from dataclasses import asdict

    from harvester.health import health

    rows = health(_open(db), runs=n_runs, max_error_rate=max_error_rate)
    for h in rows:
        if as_json:
            click.echo(json.dumps({**asdict(h), "ok": h.ok}, ensure_ascii=False))
        else:
            state = "ok" if h.ok else "CHECK"
            click.echo(f"{state:6} {h.portal:24} {h.runs} run(s), {h.pages} pages, {h.new} new")
            for flag in h.flags:
                click.echo(f"         - {flag}")
    if strict and any(not h.ok for h in rows):
        sys.exit(5)


def _print_summary(engine) -> None:
    from harvester.query import summary
    from harvester.report import format_summary

    click.echo(format_summary(summary(engine)))


@cli.command()
@db_option
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes for extraction and segmentation (0: one thread) [default: CPU count].")
@click.option("--verbose", is_flag=True, help="Show Scrapy's own log lines.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None, help="Write the log to this file.")
@click.option("--tone-style", type=click.Choice(["new", "old"]), default=None,
              help="Tone placement of stored text: new (hoà, thuỷ) or old (hòa, thủy) [default: new].")
def demo(db, workers, verbose, log_file, tone_style):
    """Serve the bundled demo portals on 127.0.0.1, crawl them, and summarize the corpus."""
    from harvester.demo import run_demo

    from harvester.lock import crawl_lock

    engine = _open(db, create=True)
    with crawl_lock(db):
        report = run_demo(db, workers=workers, verbose=verbose, log_file=log_file, tone_style=tone_style)
    _print_report(report)
    _print_summary(engine)


# -- shared frontier (harvester/frontier.py) -----------------------------------

def frontier_options(f):
    f = click.option("--fleet", type=click.IntRange(min=1), default=1, show_default=True,
                     help="With --redis: how many workers share the crawl; each takes 1/N of the per-site "
                          "politeness budget (concurrency, delay, AutoThrottle target).")(f)
    f = click.option("--frontier", default=None, metavar="NAME",
                     help="With --redis: the shared crawl to join [default: crawl-<UTC date>].")(f)
    f = click.option("--redis", "redis_url", default=None, metavar="URL",
                     help="Share the request queue and duplicate filter with other workers through this Redis "
                          "(redis://host:6379/0); any number of workers, on any machines, run one crawl.")(f)
    return f


def _frontier_settings(redis_url, frontier, fleet, overrides, delay) -> dict:
    from harvester.frontier import connect, default_name, frontier_settings

    connect(redis_url)
    base = {**overrides, "DOWNLOAD_DELAY": delay}
    return frontier_settings(redis_url, frontier or default_name(), fleet, base)


@cli.command()
@db_option
@click.option("--portal", "portal_keys", multiple=True, metavar="KEY", help="Crawl this registry portal (repeatable) [default: all].")
@click.option("--url", default=None, help="Crawl a site that is not in the registry, from this base URL.")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Portal TOML file or folder of them [default: data/portals].")
@click.option("--mirror", "mirror", multiple=True, metavar="[KEY=]ORIGIN",
              help="Fetch from this origin (e.g. http://127.0.0.1:8000) but store the portal's own URLs; "
                   "KEY=ORIGIN for one portal (repeatable).")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes for extraction and segmentation (0: one thread) [default: CPU count].")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Store only articles published on or after this day; stop paging back past it.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Store only articles published on or before this day.")
@click.option("--user-agent", default=None, help="User-Agent to send (identify yourself to site owners).")
@click.option("--delay", type=click.FloatRange(min=0), default=None, help="Seconds between requests to one site.")
@click.option("--verbose", is_flag=True, help="Show Scrapy's own log lines.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None, help="Write the log to this file.")
@click.option("--tone-style", type=click.Choice(["new", "old"]), default=None,
              help="Tone placement of stored text: new (hoà, thuỷ) or old (hòa, thủy) [default: new].")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting (DOWNLOAD_TIMEOUT=30, RETRY_TIMES=5, ...), as scrapy -s does.")
@click.option("--refresh", is_flag=True, help="Fetch known articles again (and ignore ETag/Last-Modified).")
@click.option("--refresh-older-than", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="Fetch again known articles last fetched more than DAYS days ago.")
@warc_out_option
@frontier_options
def crawl(db, portal_keys, url, registry, mirror, workers, since, until, user_agent, delay, verbose, log_file,
          tone_style, overrides, refresh, refresh_older_than, warc_out, redis_url, frontier, fleet):
    """Crawl portals into the corpus (a real Scrapy crawl; robots.txt obeyed)."""
    from harvester.portals import find_portal, load_registry, portal_for_url

    if url and portal_keys:
        raise InputError("give either --portal or --url, not both")
    if url:
        one = portal_for_url(url)
        portals = {one.key: one}
    else:
        known = load_registry(*registry)
        portals = {k: find_portal(known, k) for k in portal_keys} if portal_keys else known
    if not portals:
        raise InputError("no portals to crawl (the registry is empty)")
    mirrors = _mirrors(mirror, portals)
    _open(db, create=True)
    if since and until and since > until:
        raise InputError("--since is after --until")
    from harvester.lock import crawl_lock

    extra = {**_settings(overrides), **_warc_settings(warc_out)}
    if redis_url:
        extra.update(_frontier_settings(redis_url, frontier, fleet, extra, delay))
    with crawl_lock(db, shared=bool(redis_url)):
        report = _crawl(portals, db, mirrors, workers, verbose, log_file, user_agent,
                        extra.pop("DOWNLOAD_DELAY", delay), tone_style, since, until,
                        refresh, refresh_older_than, extra)
    _print_report(report)
    sys.exit(crawl_exit_code(report, shared=bool(redis_url)))


def _mirrors(values, portals) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for value in values:
        key, sep, origin = value.partition("=")
        if not sep or "://" in key:
            out.update({k: value for k in portals if k not in out})
        elif key not in portals:
            raise InputError(f"--mirror {value}: no portal {key!r} in this crawl")
        else:
            out[key] = origin
    return out or None


def _settings(overrides) -> dict[str, str]:
    out = {}
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--set takes NAME=VALUE, not {item!r}")
        out[name.strip()] = value.strip()
    return out


def _crawl(portals, db, mirrors, workers, verbose, log_file, user_agent, delay, tone_style, since, until,
           refresh=False, refresh_older_than=None, extra=None):
    from harvester.crawl import run_crawl

    return run_crawl(portals, db, mirrors=mirrors, workers=workers, verbose=verbose, log_file=log_file,
                     settings={"USER_AGENT": user_agent, "DOWNLOAD_DELAY": delay,
                               "HARVESTER_TONE_STYLE": tone_style, **(extra or {})},
                     since=since.date() if since else None, until=until.date() if until else None,
                     refresh=refresh, refresh_older_than=refresh_older_than)


@cli.command()
@db_option
@click.option("--portal", "portal_keys", multiple=True, metavar="KEY", help="Only this portal's pages (repeatable).")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Folder of portal TOML files whose rules apply [default: data/portals].")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes for extraction and segmentation (0: one thread) [default: CPU count].")
@click.option("--force", is_flag=True, help="Also pages the current code has already processed.")
@click.option("--tone-style", type=click.Choice(["new", "old"]), default=None,
              help="Tone placement of stored text: new (hoà, thuỷ) or old (hòa, thủy) [default: new].")
def process(db, portal_keys, registry, workers, force, tone_style):
    """Re-process stored pages with the current extractor (no fetching).

    Pages whose bytes were already processed by the same code versions are skipped,
    so running it again over an unchanged corpus costs almost nothing.
    """
    from harvester.reprocess import count_captures, reprocess
    from pipelines.types import ProcessOptions

    engine = _open(db)
    options = ProcessOptions(tone_style=tone_style or ProcessOptions().tone_style)
    with click.progressbar(length=count_captures(engine, portal_keys), label="Processing", file=sys.stderr) as bar:
        outcomes = reprocess(engine, portal_keys=portal_keys, registry_dirs=registry, workers=workers,
                             progress=bar.update, force=force, options=options)
    elsewhere = outcomes.pop("claimed-elsewhere", 0)
    click.echo("Processed {} page(s): {} new, {} updated, {} unchanged articles, {} not articles; "
               "{} skipped (already processed by this version)".format(
                   sum(outcomes.values()) - outcomes["skipped"], outcomes["new"], outcomes["updated"],
                   outcomes["unchanged"], outcomes["rejected"], outcomes["skipped"])
               + (f"; {elsewhere} taken by other workers" if elsewhere else ""))


# -- archives ---------------------------------------------------------------

def processing_options(f):
    """--workers and --tone-style, as `backfill` and `import-warc` process pages."""
    f = click.option("--tone-style", type=click.Choice(["new", "old"]), default=None,
                     help="Tone placement of stored text: new (hoà, thuỷ) or old (hòa, thủy) [default: new].")(f)
    return click.option("--workers", type=click.IntRange(min=0), default=None,
                        help="Processes for extraction and segmentation (0: one thread) [default: CPU count].")(f)


@cli.command()
@db_option
@click.option("--portal", "portal_keys", multiple=True, metavar="KEY", help="Backfill this registry portal (repeatable).")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Portal TOML file or folder of them [default: data/portals].")
@click.option("--from", "from_", default=None, metavar="YYYY[MM[DD...]]",
              help="Only captures made from this time on (a year, or more digits of yyyyMMddhhmmss).")
@click.option("--to", default=None, metavar="YYYY[MM[DD...]]", help="Only captures made up to this time.")
@click.option("--archive-url", default="https://web.archive.org", show_default=True,
              help="The Wayback Machine (or a compatible archive with a CDX API).")
@click.option("--user-agent", default=None, help="User-Agent to send (identify yourself to the archive).")
@click.option("--delay", type=click.FloatRange(min=0), default=None,
              help="Seconds between requests to the archive [default: 1].")
@click.option("--verbose", is_flag=True, help="Show Scrapy's own log lines.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None, help="Write the log to this file.")
@click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting (RETRY_TIMES=5, ...), as scrapy -s does.")
@processing_options
@warc_out_option
def backfill(db, portal_keys, registry, from_, to, archive_url, workers, user_agent, delay, verbose, log_file,
             tone_style, overrides, warc_out):
    """Backfill portals from the Wayback Machine: archived articles of sites that changed or are gone.

    Captures already in the corpus are not fetched again, so a backfill can be re-run or resumed.
    """
    from harvester import wayback
    from harvester.crawl import run_spider
    from harvester.lock import crawl_lock
    from harvester.portals import find_portal, load_registry
    from harvester.spiders.backfill import BackfillSpider

    if not portal_keys:
        raise InputError("give the portal(s) to backfill with --portal KEY")
    known = load_registry(*registry)
    portals = {k: find_portal(known, k) for k in portal_keys}
    start, end = wayback.time_bound(from_, name="--from"), wayback.time_bound(to, name="--to")
    if start and end and start[:len(end)] > end[:len(start)]:
        raise InputError("--from is after --to")
    archive = wayback.archive_base(archive_url)
    settings = {"USER_AGENT": user_agent, "DOWNLOAD_DELAY": delay, "HARVESTER_TONE_STYLE": tone_style,
                **_settings(overrides), **_warc_settings(warc_out)}
    _open(db, create=True)
    with crawl_lock(db):
        report = run_spider(BackfillSpider, db, workers=workers, settings=settings, log_file=log_file,
                            verbose=verbose, portals=portals, archive=archive, from_=start, to=end)
    _print_report(report)
    s = report.stats
    click.echo(f"  archive: {s.get('cdx-answers', 0)} index answer(s), {s.get('archive/index-rows', 0)} capture(s) "
               f"listed, {s.get('archive/already-stored', 0)} already stored, "
               f"{s.get('archive/skipped-same-content', 0)} same content as another capture, "
               f"{s.get('archive/lookups', 0)} link(s) of archived listings looked up")
    sys.exit(crawl_exit_code(report))


@cli.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--portal", "portal_keys", multiple=True, metavar="KEY",
              help="Only records of this registry portal's host (repeatable) [default: every portal].")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Portal TOML file or folder of them [default: data/portals].")
@processing_options
def import_warc(files, db, portal_keys, registry, workers, tone_style):
    """Import pages of registry portals from WARC/ARC files (Common Crawl, Archive-It, crawl --warc-out).

    Exit code 3 when some records were malformed (each is listed with its reason; the rest are imported).
    """
    from harvester.lock import crawl_lock
    from harvester.portals import find_portal, load_registry
    from harvester.warc_import import import_warcs
    from pipelines.types import ProcessOptions

    for path in files:
        if not path.is_file():
            raise InputError(f"cannot read {path}: no such file")
    known = load_registry(*registry)
    portals = {k: find_portal(known, k) for k in portal_keys} if portal_keys else known
    engine = _open(db, create=True)
    options = ProcessOptions(tone_style=tone_style or ProcessOptions().tone_style)
    with crawl_lock(db):
        report = import_warcs(engine, files, portals, workers=workers, options=options)
    o = report.outcomes
    click.echo(f"Imported {report.pages} page(s) from {len(files)} file(s): {o['new']} new, {o['updated']} updated, "
               f"{o['unchanged']} unchanged articles, {o['rejected']} not articles; "
               f"{o['skipped']} skipped (already processed by this version); "
               f"{report.other_hosts} record(s) of other hosts left out")
    if report.rejected:
        click.echo("  not articles: " + ", ".join(f"{k} {v}" for k, v in sorted(report.rejected.items())))
    for line in report.bad[:50]:
        click.echo(f"  rejected record: {line}", err=True)
    if len(report.bad) > 50:
        click.echo(f"  ... and {len(report.bad) - 50} more rejected record(s)", err=True)
    if report.bad:
        sys.exit(3 if report.pages else 1)


@cli.command()
@click.argument("url")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per capture.")
def captures(url, db, as_json):
    """Every capture of one article (live, Wayback, WARC): the one it is stored from first."""
    from harvester.captures import article_captures

    for c in article_captures(_open(db), url):
        if as_json:
            click.echo(json.dumps(c, ensure_ascii=False))
            continue
        when = c["archive_timestamp"] or c["fetched_at"]
        mark = "*" if c["chosen"] else " "
        click.echo(f"{mark} {c['source']:8} {when:20} {c['outcome'] or '-':12} {c['fetched_url'] or c['url']}")


# -- one page ---------------------------------------------------------------

@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--url", default=None, help="The page's URL (for a single HTML file).")
@click.option("--portal", "portal_key", default=None, metavar="KEY", help="Use this registry portal's profile.")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Portal TOML file or folder of them [default: data/portals].")
@click.option("--all", "show_rejected", is_flag=True, help="Also print a line for pages that are not articles.")
def extract(files, url, portal_key, registry, show_rejected):
    """Extract articles from saved pages (.html, .html.gz) or WARC files, as JSON Lines."""
    from harvester.extract_files import extract_files

    if url and len(files) > 1:
        raise InputError("--url applies to a single HTML file")
    for record in extract_files(files, url=url, portal_key=portal_key, registry=registry,
                                include_rejected=show_rejected):
        click.echo(json.dumps(record, ensure_ascii=False))


# -- reading the corpus -----------------------------------------------------

@cli.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--order", type=click.Choice(["rank", "date"]), default="rank", show_default=True)
@click.option("--fold", is_flag=True, help="Ignore diacritics: \"tuyen giao\" finds \"tuyên giáo\", d finds đ.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search(query, db, since, until, portals, department, cites, limit, order, fold, as_json):
    """Full-text search (phrases in quotes, AND/OR/NOT, prefix*); diacritics count unless --fold."""
    from harvester import query as q

    engine = _open(db)
    hits = q.search(engine, query, _filters(since, until, portals, department, cites), limit=limit, order=order,
                    fold=fold)
    for hit in hits:
        day = hit.published_at.date().isoformat() if hit.published_at else "????-??-??"
        if as_json:
            click.echo(json.dumps({"url": hit.url, "title": hit.title, "published": hit.published_at.isoformat() if hit.published_at else None,
                                   "portal": hit.portal, "author": hit.author, "snippet": hit.snippet}, ensure_ascii=False))
        else:
            click.echo(f"{day}  {hit.portal}  {hit.title}\n    {hit.url}\n    {hit.snippet}")
    if not as_json:
        click.echo(f"{len(hits)} article(s)", err=True)


@cli.command()
@db_option
@filter_options
@duplicates_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default=None,
              help="Count articles per period instead of summarizing.")
@click.option("--query", "text_query", default=None, help="With --by: count only articles matching this search.")
@click.option("--fold", is_flag=True, help="With --query: ignore diacritics.")
@click.option("--split", type=click.Choice(["portal", "province", "department"]), default=None,
              help="With --by: one count per portal, province or department.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --by: also draw the counts as a PNG chart.")
@click.option("--json", "as_json", is_flag=True, help="JSON output (same as --format json).")
def stats(db, since, until, portals, department, cites, by, text_query, fold, split, fmt, plot, as_json):
    """Summarize the corpus, or count articles per period (--by month) for the filters."""
    from dataclasses import asdict

    from harvester.query import counts_by_period_split, summary
    from harvester.report import format_summary

    engine = _open(db)
    filters = _filters(since, until, portals, department, cites)
    fmt = "json" if as_json else fmt
    if by:
        rows = counts_by_period_split(engine, by, filters, query=text_query, split=split, fold=fold)
        _print_rows([{"period": p, **({split: g} if split else {}), "articles": n} for p, g, n in rows], fmt)
        if plot:
            from harvester.plot import plot_counts

            what = f"“{text_query}”" if text_query else "Bài viết"
            plot_counts(rows, plot, title=f"{what} theo {({'day': 'ngày', 'week': 'tuần', 'month': 'tháng', 'year': 'năm'})[by]}",
                        by=by)
            click.echo(f"Chart written to {plot}", err=True)
        return
    if text_query or split or plot:
        raise InputError("--query, --split and --plot go with --by")
    s = summary(engine, filters)
    if fmt == "json":
        click.echo(json.dumps(asdict(s), ensure_ascii=False, default=str, indent=2))
    else:
        click.echo(format_summary(s))


class _Checked(click.ParamType):
    """A number checked by the library: bad values are one-line errors, like every input error."""

    def __init__(self, name: str, convert):
        self.name, self._convert = name, convert

    def convert(self, value, param, ctx):
        if not isinstance(value, str):
            return value
        try:
            return self._convert(value)
        except ValueError:
            raise InputError(f"{param.opts[0]}: {value!r} is not {self.name}") from None


def _threshold(value: str) -> float:
    from pipelines.dedup import check_threshold

    return check_threshold(value)


def _positive(kind):
    def convert(value: str):
        number = kind(value)
        if not number > 0:
            raise ValueError(value)
        return number

    return convert


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@filter_options
@click.option("--tokens/--no-tokens", default=False, show_default=True,
              help="Add the segmented text and its sentences to each record.")
@click.option("--format", "fmt", default=None, metavar="jsonl|parquet|csv",
              help="File format [default: from OUT's extension, else jsonl]. Compression from OUT: .gz, .zst.")
@click.option("--shard-records", type=_Checked("a whole number above 0", _positive(int)), default=None, metavar="N",
              help="At most N articles per file (OUT-00000.jsonl.gz, ...).")
@click.option("--shard-size-mb", type=_Checked("a number of megabytes above 0", _positive(float)), default=None,
              metavar="N",
              help="Start a new file after N MB of (uncompressed) records.")
@click.option("--dedup", is_flag=True,
              help="One article per duplicate cluster (the earliest); the others' URLs in metadata.duplicates.")
@click.option("--license", "license_", default="other", show_default=True, help="License field of the dataset card.")
@click.option("--name", "pretty_name", default=None, help="Dataset name in the dataset card.")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes encoding the records (0: this one only; the files are the same either way) "
                   "[default: CPU count; none for Parquet].")
def export(out, db, since, until, portals, department, cites, tokens, fmt, shard_records, shard_size_mb, dedup,
           license_, pretty_name, workers):
    """Export articles as a dataset: JSON Lines (OUT.jsonl, .jsonl.gz, .jsonl.zst), Parquet or CSV,
    with OUT.manifest.json (counts, filters, versions, checksums) and a README.md dataset card."""
    from harvester.export import count_articles, export as run_export, prepare_target

    prepare_target(out, fmt)  # a bad name, format or folder fails before any work
    engine = _open(db)
    filters = _filters(since, until, portals, department, cites)
    if dedup:
        from harvester.clusters import ensure_current

        run, recomputed = ensure_current(engine)
        if recomputed:
            click.echo(f"Duplicate clusters were missing or out of date: recomputed them (threshold "
                       f"{run.threshold:g}, as harvester dedup does)", err=True)
    total = count_articles(engine, filters, dedup=dedup)
    with click.progressbar(length=total, label="Exporting", file=sys.stderr) as bar:
        result = run_export(engine, out, filters, fmt=fmt, tokens=tokens, dedup=dedup, shard_records=shard_records,
                            shard_size_mb=shard_size_mb, license=license_, pretty_name=pretty_name,
                            command=["harvester", *sys.argv[1:]], progress=bar.update, workers=workers)
    where = result.shards[0].path if len(result.shards) == 1 else f"{len(result.shards)} files " \
        f"({result.shards[0].path.name} ... {result.shards[-1].path.name})"
    left_out = f"; {result.matching - result.records} duplicate(s) left out" if dedup else ""
    click.echo(f"Wrote {result.records} article(s) to {where}{left_out}")
    click.echo(f"Manifest {result.manifest}, dataset card {result.card}")
    for path in result.removed:
        click.echo(f"Removed {path.name} (a file of the previous export)", err=True)


@cli.command("dedup")
@db_option
@click.option("--threshold", type=_Checked("a number above 0 and at most 1", _threshold), default=None, metavar="J",
              help="Jaccard similarity of word 5-shingles above which two articles are copies; 1 keeps exact "
                   "copies only [default: the last run's, else 0.8].")
def dedup_cmd(db, threshold):
    """Recompute the duplicate clusters: exact copies (same text) and near copies (MinHash LSH)."""
    from harvester.clusters import duplicate_report, recompute
    from harvester.export import count_articles

    engine = _open(db)
    with click.progressbar(length=count_articles(engine), label="Clustering", file=sys.stderr) as bar:
        run = recompute(engine, threshold, progress=bar.update)
    report = duplicate_report(engine)
    click.echo(f"{run.articles} article(s) in {run.clusters} cluster(s) (threshold {run.threshold:g}): "
               f"{report.shared} cluster(s) hold copies ({report.exact} exact), {report.duplicates} copy(ies)")


def _print_duplicates(db, since, until, portals, department, cites, **options):
    """`stats --duplicates`."""
    from dataclasses import asdict

    from harvester.clusters import duplicate_report

    report = duplicate_report(_open(db), _filters(since, until, portals, department, cites))
    if options.get("as_json") or options.get("fmt") == "json":
        click.echo(json.dumps(asdict(report), ensure_ascii=False, indent=2))
        return
    if report.threshold is None:
        click.echo("No duplicate clusters yet: run harvester dedup")
        return
    state = "" if report.current else "; the corpus changed since: run harvester dedup again"
    click.echo(f"Duplicate clusters (threshold {report.threshold:g}, computed {report.computed_at[:19]}{state})")
    click.echo(f"{report.articles} article(s) in {report.clusters} cluster(s): {report.shared} cluster(s) hold "
               f"copies ({report.exact} exact), {report.duplicates} copy(ies)"
               + (f"; {report.unclustered} article(s) not clustered yet" if report.unclustered else ""))
    if report.pairs:
        width = max(12, *(len(r.portal_a) for r in report.pairs), *(len(r.portal_b) for r in report.pairs))
        click.echo(f"{'portal':{width}}  {'portal':{width}}  clusters  exact")
        for r in report.pairs:
            click.echo(f"{r.portal_a:{width}}  {r.portal_b:{width}}  {r.clusters:8}  {r.exact:5}")


# -- evaluation -------------------------------------------------------------

@cli.command("eval")
@click.argument("dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes that score pages (0: this process) [default: CPU count].")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_(dirs, workers, as_json):
    """Score the extractor against gold: public benchmark sets (gold.jsonl + pages/) and
    local gold sites (portal.toml + expected.toml + site/), or folders holding them."""
    import time

    from harvester.evaluate import evaluate_sets, extractor_versions, find_sets, format_table

    sets = find_sets(*dirs)
    started = time.monotonic()
    with click.progressbar(length=sum(len(s.tasks) for s in sets), label="Scoring", file=sys.stderr) as bar:
        scores = evaluate_sets(sets, workers=workers, progress=bar.update)
    seconds = time.monotonic() - started
    versions = extractor_versions()
    if as_json:
        click.echo(json.dumps({"extractors": versions, "seconds": round(seconds, 1),
                               "sets": [s.as_dict() for s in scores]}, ensure_ascii=False, indent=2))
        return
    click.echo(format_table(scores))
    click.echo(f"{sum(s.pages for s in scores)} page(s) in {seconds:.0f}s; "
               + "; ".join(f"{k}: {v}" for k, v in versions.items()), err=True)


@cli.command("departments")
@db_option
@filter_options
@click.option("--kind", default=None, help="Only bodies of this kind (Ban Tuyên giáo, UBND, ...).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per body.")
def departments_cmd(db, since, until, portals, department, cites, kind, limit, as_json):
    """List the canonical bodies (departments) with their article counts by role."""
    from dataclasses import asdict

    from harvester.query import departments

    rows = departments(_open(db), _filters(since, until, portals, department, cites), kind=kind, limit=limit)
    for r in rows:
        if as_json:
            click.echo(json.dumps(asdict(r), ensure_ascii=False, default=str))
        else:
            until_ = f"  (until {r.valid_to:%d/%m/%Y})" if r.valid_to else ""
            click.echo(f"{r.articles:6}  {r.name}  [{r.kind}; publisher {r.publisher}, author {r.author}, "
                       f"mentioned {r.mentioned}]{until_}")
    if not as_json:
        click.echo(f"{len(rows)} department(s)", err=True)


def _print_rows(rows: list[dict], fmt: str) -> None:
    """Rows of plain values as an aligned table, CSV or JSON Lines (readable Vietnamese)."""
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if not rows:
        return
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(str(r[k])) for r in rows)) for k in keys}
    click.echo("  ".join(k.ljust(widths[k]) for k in keys))
    for r in rows:
        click.echo("  ".join(str(r[k]).ljust(widths[k]) for k in keys))


@cli.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--width", type=click.IntRange(min=5, max=200), default=40, show_default=True,
              help="Characters of context on each side.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, help="Articles to read at most.")
@click.option("--fold", is_flag=True, help="Ignore diacritics.")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True)
def kwic(query, db, since, until, portals, department, cites, width, limit, fold, fmt):
    """Keyword in context: each occurrence of QUERY with its left and right context."""
    from harvester.query import concordance

    rows = concordance(_open(db), query, _filters(since, until, portals, department, cites), width=width,
                       limit=limit, fold=fold)
    if fmt == "text":
        for r in rows:
            day = r.published_at.date().isoformat() if r.published_at else "?"
            click.echo(f"{r.left.rstrip():>{width}} [{r.match}] {r.right.lstrip():<{width}}  {day} {r.portal}")
        click.echo(f"{len(rows)} line(s)", err=True)
    else:
        _print_rows([{"left": r.left, "match": r.match, "right": r.right,
                      "published": r.published_at.isoformat() if r.published_at else None,
                      "portal": r.portal, "title": r.title, "url": r.url} for r in rows], fmt)


@cli.command()
@click.argument("query", required=False)
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=30, show_default=True)
@click.option("--fold", is_flag=True, help="Ignore diacritics in QUERY.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def words(query, db, since, until, portals, department, cites, limit, fold, fmt):
    """The most frequent words (segmented; stop words left out) in the articles matching QUERY."""
    from harvester.query import top_words

    rows = top_words(_open(db), query, _filters(since, until, portals, department, cites), limit=limit, fold=fold)
    _print_rows([{"word": w, "count": n} for w, n in rows], fmt)


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default lets only this machine in).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8001, show_default=True,
              help="Port to listen on (0: any free port, printed on start).")
def serve_cmd(db, host, port):
    """Browse the corpus in Datasette (read-only): facets, full-text search, research queries."""
    from harvester.serve import serve

    serve(db, host=host, port=port)


# -- the registry -----------------------------------------------------------

@cli.group()
def portals():
    """The portal registry (data/portals/*.toml)."""


@portals.command("list")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Portal TOML file or folder of them [default: data/portals].")
def portals_list(registry):
    """List registered portals (validating every entry)."""
    from harvester.portals import load_registry

    for key, p in load_registry(*registry).items():
        place = ", ".join(x for x in (p.district, p.province) if x) or p.level or ""
        until = f" until {p.active_to:%d/%m/%Y}" if p.active_to else ""
        click.echo(f"{key:16} {p.platform or '(detect)':10} {str(p.base_url):40} {p.name}"
                   + (f" ({place})" if place else "") + until)


@portals.command("detect")
@click.argument("target")
@click.option("--user-agent", default=None, help="User-Agent for fetching a URL.")
def portals_detect(target, user_agent):
    """Name the platform family of a page (a URL or a saved HTML file) and say why."""
    from harvester.detect import detect_platform
    from harvester.fetch import fetch_page

    path = Path(target)
    if path.exists():
        from harvester.files import html_capture
        from pipelines.normalize import decode_body

        cap = html_capture(path)
        html, url = decode_body(cap.body, cap.headers), ""
    elif target.startswith(("http://", "https://")):
        html, url = fetch_page(target, user_agent=user_agent)
    else:
        raise InputError(f"{target}: neither an existing file nor an http(s) URL")
    found = detect_platform(html, url)
    click.echo(f"{found.platform} (score {found.score})")
    for why in found.evidence:
        click.echo(f"  + {why}")
    others = {k: v for k, v in found.scores.items() if k != found.platform}
    if others:
        click.echo("  other families: " + ", ".join(f"{k} {v}" for k, v in sorted(others.items(), key=lambda kv: -kv[1])))


@portals.command("check")
@click.argument("key")
@click.option("--registry", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Portal TOML file or folder of them [default: data/portals].")
@click.option("--pages", type=click.IntRange(min=1), default=40, show_default=True, help="Pages to fetch at most.")
@click.option("--mirror", default=None, metavar="ORIGIN", help="Fetch from this origin instead of the portal's own.")
@click.option("--verbose", is_flag=True, help="Show Scrapy's own log lines.")
def portals_check(key, registry, pages, mirror, verbose):
    """Probe a live portal: does its profile still find dated articles?"""
    from harvester.check import check_portal
    from harvester.portals import find_portal, load_registry

    portal = find_portal(load_registry(*registry), key)
    report = check_portal(portal, mirror=mirror, pages=pages, verbose=verbose)
    c = report.crawl
    platform = report.configured_platform or f"{report.detected_platform} (detected)"
    click.echo(f"{key}: platform {platform}; {c.pages} page(s) fetched, {c.new_articles} article(s)")
    if report.configured_platform and report.detected_platform not in (None, report.configured_platform):
        click.echo(f"  note: markup now looks like {report.detected_platform}")
    if c.rejected:
        click.echo("  not articles: " + ", ".join(f"{k} {v}" for k, v in sorted(c.rejected.items())))
    if c.errors:
        click.echo("  errors: " + ", ".join(f"{k} {v}" for k, v in sorted(c.errors.items())))
    for day, title, url in report.samples:
        click.echo(f"  {day}  {title}\n              {url}")
    verdict = {"ok": "OK: the profile finds dated articles.",
               "no-articles": "PROBLEM: no article found; the site may have changed its layout or URLs.",
               "unreachable": f"PROBLEM: could not fetch {portal.base_url} (network or server down)."}
    click.echo(verdict[report.verdict])
    sys.exit({"ok": 0, "no-articles": 3, "unreachable": 1}[report.verdict])


# -- database administration (harvester/schema.py, harvester/dbcopy.py) ------

def _engine(db):
    """An engine for `db` commands, which must open databases that are behind the code."""
    import models

    with database_errors(db):
        return models.make_engine(db)


@cli.group("db")
def db_group():
    """Schema migrations and moving a corpus between databases."""


@db_group.command("upgrade")
@db_option
def db_upgrade(db):
    """Bring the corpus schema to this version (Alembic migrations; empty databases are built)."""
    from harvester.schema import upgrade

    with database_errors(db):
        before, after = upgrade(_engine(db))
    if before == after:
        click.echo(f"Schema already at {after}.")
    else:
        click.echo(f"Schema upgraded from {before or 'nothing'} to {after}.")


@db_group.command("status")
@db_option
def db_status(db):
    """Show the corpus schema revision and whether `db upgrade` is needed."""
    from harvester.schema import state

    with database_errors(db):
        click.echo(state(_engine(db)).describe())


@db_group.command("copy")
@click.option("--from", "source", required=True, metavar="PATH|URL", help="The corpus to copy.")
@click.option("--to", "target", required=True, metavar="PATH|URL", help="An empty database to copy it into.")
def db_copy(source, target):
    """Copy a whole corpus into an empty database (e.g. SQLite into PostgreSQL), in one transaction."""
    from harvester.dbcopy import copy_corpus, count_rows

    src = _open(source)
    dst = _engine(target)
    with database_errors(target), click.progressbar(length=count_rows(src), label="Copying", file=sys.stderr) as bar:
        report = copy_corpus(src, dst, progress=lambda _table, n: bar.update(n))
    click.echo(f"Copied {report.rows.get('articles', 0)} articles, {report.rows.get('captures', 0)} captures "
               f"({sum(report.rows.values())} rows in {len(report.rows)} tables).")


def main() -> None:
    cli(prog_name="harvester")


if __name__ == "__main__":
    main()
