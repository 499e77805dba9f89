"""`harvester portals check`: does a portal's profile still find articles on the live site?

A short real crawl (a page budget, a throw-away database) through the same
spider and pipeline as a full crawl; the report says what was detected, how
many pages turned out to be articles, and why the others were not.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

import models
from harvester.crawl import CrawlReport, run_crawl
from harvester.portals import Portal


@dataclass
class CheckReport:
    portal: str
    configured_platform: str | None
    detected_platform: str | None
    crawl: CrawlReport
    samples: list[tuple[str, str, str]] = field(default_factory=list)  # date, title, url

    @property
    def verdict(self) -> str:
        if self.crawl.pages == 0:
            return "unreachable"
        if self.crawl.new_articles == 0:
            return "no-articles"
        return "ok"


def check_portal(portal: Portal, *, mirror: str | None = None, pages: int = 40,
                 verbose: bool = False) -> CheckReport:
    with tempfile.TemporaryDirectory(prefix="harvester-check-") as tmp:
        db = Path(tmp) / "check.sqlite"
        report = run_crawl({portal.key: portal}, db, mirrors={portal.key: mirror} if mirror else None,
                           workers=0, verbose=verbose,
                           settings={"CLOSESPIDER_PAGECOUNT": pages, "RETRY_TIMES": 1})
        engine = models.make_engine(db)
        try:
            with models.session_factory(engine)() as s:
                rows = s.execute(select(models.Article.published_at, models.Article.title, models.Article.url)
                                 .order_by(models.Article.published_at.desc()).limit(5)).all()
                stored_platform = s.scalar(select(models.Portal.platform).where(models.Portal.key == portal.key))
        finally:
            engine.dispose()
    detected = next((k.split("/", 1)[1] for k in report.stats if k.startswith("detected/")), None)
    return CheckReport(
        portal=portal.key,
        configured_platform=portal.platform,
        detected_platform=detected or (stored_platform if portal.platform is None else None),
        crawl=report,
        samples=[(d.date().isoformat() if d else "?", t, u) for d, t, u in rows],
    )
