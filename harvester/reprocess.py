"""Re-run process_page over stored captures, after an extractor or recognizer improves.

Each URL's newest capture is processed again with the current code (in a
process pool, like a crawl) and stored through the same idempotent upsert, so
the corpus ends as if it had been crawled today with the same pages.
"""
from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

import models
from harvester.portals import Portal, load_registry
from pipelines.scrapy_adapter import _safe_process, make_executor
from pipelines.store import store_page
from pipelines.types import Capture


def portal_from_row(row: models.Portal, registry: dict[str, Portal]) -> Portal:
    """The registry entry when there is one (it has the portal's own rules), else the stored row."""
    if row.key in registry:
        return registry[row.key]
    return Portal(key=row.key, name=row.name, base_url=row.base_url, platform=row.platform,
                  province=row.province, district=row.district, level=row.level, owner=row.owner,
                  active_from=row.active_from, active_to=row.active_to)


def _latest_captures(engine: Engine, portal_keys: Iterable[str]) -> Iterator[tuple[str, Capture]]:
    C = models.Capture
    newest = select(C.url, func.max(C.id).label("id")).group_by(C.url)
    keys = tuple(portal_keys)
    if keys:
        newest = newest.where(C.portal_key.in_(keys))
    newest = newest.subquery()
    stmt = select(C).join(newest, newest.c.id == C.id).order_by(C.id)
    with models.session_factory(engine)() as session:
        for cap in session.scalars(stmt.execution_options(yield_per=100)):
            yield cap.portal_key, Capture(
                url=cap.url, body=gzip.decompress(cap.body_gz), status=cap.status, headers=dict(cap.headers),
                fetched_at=cap.fetched_at, source=cap.source, fetched_url=cap.fetched_url,
                archive_timestamp=cap.archive_timestamp or None,
            )


def count_captures(engine: Engine, portal_keys: Iterable[str] = ()) -> int:
    C = models.Capture
    stmt = select(func.count(func.distinct(C.url)))
    keys = tuple(portal_keys)
    if keys:
        stmt = stmt.where(C.portal_key.in_(keys))
    with engine.connect() as conn:
        return conn.scalar(stmt) or 0


def reprocess(engine: Engine, *, portal_keys: Iterable[str] = (), registry_dirs: Iterable[Path] = (),
              workers: int | None = None, progress: Callable[[int], None] | None = None,
              batch: int = 200) -> Counter[str]:
    registry = load_registry(*registry_dirs)
    sessions = models.session_factory(engine)
    with sessions() as s:
        portals = {row.key: portal_from_row(row, registry) for row in s.scalars(select(models.Portal))}
    infos = {k: p.info() for k, p in portals.items()}
    outcomes: Counter[str] = Counter()
    executor = make_executor(workers)
    try:
        # Batches keep memory flat: only `batch` raw pages are held at once.
        for items in _batched(_latest_captures(engine, portal_keys), batch):
            items = [(k, c) for k, c in items if k in portals]
            results = executor.map(_safe_process, [c for _, c in items], [infos[k] for k, _ in items])
            for (key, cap), result in zip(items, results):
                outcomes[store_page(sessions, portals[key], cap, result)] += 1
                if progress:
                    progress(1)
    finally:
        executor.shutdown()
    return outcomes


def _batched(iterable, n: int):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
