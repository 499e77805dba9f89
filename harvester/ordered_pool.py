"""`map` over worker processes, results in input order, a bounded number of items in flight.

The export's reader (one connection, one read snapshot) must stay in one process, while
turning rows into records and bytes is pure CPU work that a second core can share. The
standard ProcessPoolExecutor.map submits every item before the first result is read, which
would hold the whole corpus in memory; this submits a few ahead of the one being read.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int, ahead: int | None = None) -> Iterator[R]:
    """fn(item) for each item, in order; with `workers` > 1, computed by that many forked
    processes, at most `ahead` items (default twice the workers) submitted but not yet read.

    `fn` must be a module-level function (workers look it up by name). Fork is required: the
    workers inherit the modules already imported (start-up in milliseconds, not seconds) and
    see the parent's state as it was when they started. Where there is no fork, or one worker
    is asked for, everything runs in this process.
    """
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, items)
        return
    ahead = max(1, ahead or 2 * workers)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    pending: deque = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Stopped early (an error, an interrupt, the consumer gone): drop what has not started.
        pool.shutdown(wait=True, cancel_futures=True)
