"""Every capture of one article (live fetches, archive snapshots, WARC records), the chosen one first."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine

import models
from harvester.errors import InputError


def article_captures(engine: Engine, url: str) -> list[dict]:
    """The captures an article was (or could have been) stored from; `chosen` marks the one it was."""
    A, C = models.Article, models.Capture
    with engine.connect() as conn:
        article = conn.execute(select(A.url, A.capture_id).where(A.url == url)).first()
        if article is None:
            raise InputError(f"no article with URL {url} in the corpus")
        rows = conn.execute(
            select(C.id, C.source, C.archive_timestamp, C.url, C.fetched_url, C.fetched_at, C.outcome)
            .where(or_(C.article_url == url, C.id == article.capture_id))
        ).all()
    out = [{
        "chosen": r.id == article.capture_id,
        "source": r.source,
        "archive_timestamp": r.archive_timestamp or None,
        "url": r.url,
        "fetched_url": r.fetched_url,
        "fetched_at": r.fetched_at.isoformat() if r.fetched_at else None,
        "outcome": r.outcome,
    } for r in rows]
    # Chosen first, then in the order the pages existed.
    return sorted(out, key=lambda d: (not d["chosen"], d["archive_timestamp"] or d["fetched_at"] or ""))
