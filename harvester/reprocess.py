"""Re-run process_page over stored captures, after an extractor or recognizer improves.

Each URL's newest capture is processed again with the current code (in a
process pool, like a crawl) and stored through the same idempotent upsert, so
the corpus ends as if it had been crawled today with the same pages.

Any number of `harvester process` runs, on any machines, can share one corpus: each
batch is claimed first (`claim`: an UPDATE of the captures still free, with
SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL), so a page is processed by one of them.
"""
from __future__ import annotations

import gzip
import os
import socket
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlalchemy.engine import Engine

import models
from harvester.portals import Portal, load_registry
from pipelines.workers import make_executor, safe_process
from pipelines.store import store_page
from pipelines.process import versions
from pipelines.types import Capture, ProcessOptions


def portal_from_row(row: models.Portal, registry: dict[str, Portal]) -> Portal:
    """The registry entry when there is one (it has the portal's own rules), else the stored row."""
    if row.key in registry:
        return registry[row.key]
    return Portal(key=row.key, name=row.name, base_url=row.base_url, platform=row.platform,
                  province=row.province, district=row.district, level=row.level, owner=row.owner,
                  active_from=row.active_from, active_to=row.active_to)


def _latest(engine: Engine, portal_keys: Iterable[str]) -> list[tuple[int, str | None, dict | None]]:
    """(id, portal key, processed_with) of the capture each URL's article was stored from, else of
    the URL's newest capture; bodies stay on disk.

    An article chosen from one of several archive snapshots is re-processed from that snapshot,
    not from whichever snapshot happened to be stored last.
    """
    A, C = models.Article, models.Capture
    chosen = select(A.capture_id).where(A.capture_id.is_not(None))
    chosen_urls = select(C.url).where(C.id.in_(chosen))
    newest = select(func.max(C.id).label("id")).where(C.url.not_in(chosen_urls)).group_by(C.url)
    picked = C.id.in_(newest.subquery().select()) | C.id.in_(chosen)
    keys = tuple(portal_keys)
    stmt = select(C.id, C.portal_key, C.processed_with).where(picked)
    if keys:
        stmt = stmt.where(C.portal_key.in_(keys))
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(stmt.order_by(C.id))]


# A claim older than this is free again: its worker died (a batch takes seconds, not minutes).
LEASE = timedelta(minutes=10)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:64]


def claim(engine: Engine, ids: list[int], worker: str, lease: timedelta = LEASE) -> list[int]:
    """Take the captures among `ids` no other worker holds; returns those taken."""
    C = models.Capture
    now = models.utcnow()
    free = (select(C.id).where(C.id.in_(ids), or_(C.claimed_at.is_(None), C.claimed_at < now - lease))
            .with_for_update(skip_locked=True))  # rendered on PostgreSQL; SQLite has one writer anyway
    with engine.begin() as conn:
        return sorted(conn.scalars(update(C).where(C.id.in_(free.scalar_subquery()))
                                   .values(claimed_by=worker, claimed_at=now).returning(C.id)))


def release(engine: Engine, ids: list[int], worker: str) -> None:
    C = models.Capture
    with engine.begin() as conn:
        conn.execute(update(C).where(C.id.in_(ids), C.claimed_by == worker).values(claimed_by=None, claimed_at=None))


def _load(engine: Engine, ids: list[int]) -> list[tuple[str, dict | None, Capture]]:
    with models.session_factory(engine)() as session:
        rows = session.scalars(select(models.Capture).where(models.Capture.id.in_(ids)).order_by(models.Capture.id))
        return [(cap.portal_key, cap.processed_with, Capture(
            url=cap.url, body=gzip.decompress(cap.body_gz), status=cap.status, headers=dict(cap.headers),
            fetched_at=cap.fetched_at, source=cap.source, fetched_url=cap.fetched_url,
            archive_timestamp=cap.archive_timestamp or None,
        )) for cap in rows]


def count_captures(engine: Engine, portal_keys: Iterable[str] = ()) -> int:
    return len(_latest(engine, portal_keys))


def reprocess(engine: Engine, *, portal_keys: Iterable[str] = (), registry_dirs: Iterable[Path] = (),
              workers: int | None = None, progress: Callable[[int], None] | None = None,
              batch: int = 200, force: bool = False,
              options: ProcessOptions = ProcessOptions()) -> Counter[str]:
    """Process each URL's newest capture again; unless `force`, skip those the same code already did."""
    registry = load_registry(*registry_dirs)
    sessions = models.session_factory(engine)
    with sessions() as s:
        portals = {row.key: portal_from_row(row, registry) for row in s.scalars(select(models.Portal))}
    infos = {k: p.info() for k, p in portals.items()}
    current = versions(options)
    outcomes: Counter[str] = Counter()
    todo = []
    for capture_id, key, done_with in _latest(engine, portal_keys):
        if key not in portals:
            continue
        if not force and done_with == current:
            outcomes["skipped"] += 1
            if progress:
                progress(1)
            continue
        todo.append(capture_id)
    if not todo:
        return outcomes
    executor = make_executor(workers)
    me = worker_name()
    try:
        # Batches keep memory flat: only `batch` raw pages are held at once.
        for ids in batched(todo, batch):
            taken = claim(engine, ids, me)
            if len(ids) > len(taken):
                outcomes["claimed-elsewhere"] += len(ids) - len(taken)
                if progress:
                    progress(len(ids) - len(taken))
            if not taken:
                continue
            try:
                items = []
                for key, done_with, cap in _load(engine, taken):
                    if not force and done_with == current:  # another worker finished it since we listed it
                        outcomes["skipped"] += 1
                        if progress:
                            progress(1)
                    else:
                        items.append((key, cap))
                results = executor.map(safe_process, [c for _, c in items], [infos[k] for k, _ in items],
                                       [options] * len(items))
                for (key, cap), result in zip(items, results):
                    outcomes[store_page(sessions, portals[key], cap, result, current)] += 1
                    if progress:
                        progress(1)
            finally:
                release(engine, taken, me)
    finally:
        executor.shutdown()
    return outcomes


def batched(iterable, n: int):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
