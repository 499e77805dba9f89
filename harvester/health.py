"""Is each portal's crawl still healthy? Read from the recorded runs, for monitoring.

A portal is flagged when its results look broken although the crawl itself ran:
no new article in the last N runs while the site still answers (a changed layout
usually looks like this), a processing failure rate above a threshold, or pages
suddenly rejected for lacking a date (a moved date element).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Engine

import models


@dataclass
class PortalHealth:
    portal: str
    runs: int
    pages: int
    new: int
    flags: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.flags


def health(engine: Engine, *, runs: int = 3, max_error_rate: float = 0.2, max_undated_jump: float = 0.3,
           today: date | None = None) -> list[PortalHealth]:
    today = today or date.today()
    R, P = models.CrawlRun, models.Portal
    with models.session_factory(engine)() as session:
        history = list(session.scalars(select(R).where(R.status != "running").order_by(R.id.desc()).limit(200)))
        ended = {p.key: p.active_to for p in session.scalars(select(P))}
    out = []
    for key in sorted({k for r in history for k in (r.portals or [])}):
        mine = [r for r in history if key in (r.portals or [])][:runs]
        stats = [dict((r.per_portal or {}).get(key, {})) for r in mine]
        h = PortalHealth(key, len(mine), sum(s.get("pages", 0) for s in stats), sum(s.get("new", 0) for s in stats))
        answered = all(s.get("pages", 0) > 0 or (r.stats or {}).get("unchanged-304", 0) > 0
                       for r, s in zip(mine, stats))
        frozen = ended.get(key) is not None and ended[key] < today
        if len(mine) >= runs and answered and h.new == 0 and not frozen:
            h.flags.append(f"no new article in the last {runs} runs, while the site answers")
        latest = stats[0] if stats else {}
        if latest.get("pages") and latest.get("errors", 0) / latest["pages"] > max_error_rate:
            h.flags.append(f"processing failed on {latest['errors']} of {latest['pages']} pages in the last run")
        undated = [s.get("rejected:no-publication-date", 0) / s["pages"] for s in stats if s.get("pages")]
        if len(undated) >= 2 and undated[0] - max(undated[1:]) > max_undated_jump:
            h.flags.append(f"{undated[0]:.0%} of pages had no date in the last run (before: {max(undated[1:]):.0%})")
        out.append(h)
    return out
