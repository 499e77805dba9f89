"""One crawl at a time per corpus: a lock that a second run under cron fails to take.

SQLite: an exclusive flock on "<db>.lock" beside the database (released by the kernel
when the process dies, even under SIGKILL, so a killed run never blocks the next).
PostgreSQL: a session advisory lock, released the same way when the connection ends.
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
def crawl_lock(db: str | Path | None) -> Iterator[None]:
    url = make_url(models.database_url(db))
    if url.get_backend_name() == "sqlite":
        path = Path(f"{url.database}.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "another process"
                raise CrawlLocked(f"another crawl is running on {url.database} ({holder})") from None
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
            fh.flush()
            try:
                yield
            finally:
                fh.seek(0)
                fh.truncate()
                fcntl.flock(fh, fcntl.LOCK_UN)
        return
    engine = models.make_engine(db)
    key = int.from_bytes(hashlib.sha256(b"harvester-crawl").digest()[:8], "big", signed=True)
    with engine.connect() as conn:
        if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
            raise CrawlLocked(f"another crawl is running on {url.render_as_string(hide_password=True)}")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
    engine.dispose()
