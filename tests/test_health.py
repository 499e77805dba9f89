from __future__ import annotations

from datetime import date, datetime, timezone

import models
from harvester.health import health


def add_runs(engine, per_portal_runs, stats=None):
    with models.session_factory(engine).begin() as s:
        for per_portal in per_portal_runs:
            s.add(models.CrawlRun(started_at=datetime(2026, 1, 1, tzinfo=timezone.utc), status="finished",
                                  portals=sorted(per_portal), per_portal=per_portal, stats=stats or {}))
        s.add(models.Portal(key="frozen", name="F", base_url="https://f.vn/", active_to=date(2025, 6, 30)))


def flags(engine, **kw):
    return {h.portal: h.flags for h in health(engine, today=date(2026, 11, 30), **kw)}


def test_healthy_portal(engine):
    add_runs(engine, [{"a": {"pages": 10, "new": 2}}] * 3)
    assert flags(engine) == {"a": []}


def test_no_new_articles_while_the_site_answers(engine):
    add_runs(engine, [{"a": {"pages": 10, "new": 0}, "frozen": {"pages": 5, "new": 0}}] * 3)
    got = flags(engine)
    assert got["a"] == ["no new article in the last 3 runs, while the site answers"]
    assert got["frozen"] == []  # a portal that ended (district portals after July 2025) is expected to be quiet


def test_failures_and_missing_dates(engine):
    add_runs(engine, [{"a": {"pages": 10, "new": 3, "rejected:no-publication-date": 0}},
                      {"a": {"pages": 10, "new": 3, "rejected:no-publication-date": 0}},
                      {"a": {"pages": 10, "new": 1, "errors": 4, "rejected:no-publication-date": 6}}])
    (a,) = flags(engine).values()
    assert a == ["processing failed on 4 of 10 pages in the last run",
                 "60% of pages had no date in the last run (before: 0%)"]
