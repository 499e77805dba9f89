"""One crawl at a time per corpus: a lock that a second run under cron fails to take.

SQLite: an exclusive flock on "<db>.lock" beside the database (released by the kernel
when the process dies, even under SIGKILL, so a killed run never blocks the next).
PostgreSQL: a session advisory lock, released the same way when the connection ends.

Workers of a shared frontier (`crawl --redis`) are one crawl: they take the lock shared,
so any number of them run together, while a solo crawl (exclusive) waits for none of them
and is refused while they run, and the other way round.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import make_url

import models
from harvester.errors import HarvesterError


class CrawlLocked(HarvesterError):
    """Another crawl holds the corpus."""

    exit_code = 4


@contextmanager
def crawl_lock(db: str | Path | None, *, shared: bool = False) -> Iterator[None]:
    url = make_url(models.database_url(db))
    # A shared taker is refused only by a solo crawl; a solo one by any crawl, workers included.
    what = "a crawl without --redis is running" if shared else "another crawl is running"
    if url.get_backend_name() == "sqlite":
        path = Path(f"{url.database}.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a+") as fh:
            try:
                fcntl.flock(fh, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                raise CrawlLocked(f"{what} on {url.database} ({holder})") from None
            if not shared:  # shared holders would overwrite each other's line
                fh.seek(0)
                fh.truncate()
                fh.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
                fh.flush()
            try:
                yield
            finally:
                if not shared:
                    fh.seek(0)
                    fh.truncate()
                fcntl.flock(fh, fcntl.LOCK_UN)
        return
    engine = models.make_engine(db)
    key = int.from_bytes(hashlib.sha256(b"harvester-crawl").digest()[:8], "big", signed=True)
    with engine.connect() as conn:
        kind = "_shared" if shared else ""
        if not conn.execute(text(f"SELECT pg_try_advisory_lock{kind}(:k)"), {"k": key}).scalar():
            raise CrawlLocked(f"{what} on {url.render_as_string(hide_password=True)}")
        try:
            yield
        finally:
            conn.execute(text(f"SELECT pg_advisory_unlock{kind}(:k)"), {"k": key})
    engine.dispose()
