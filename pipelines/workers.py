"""Running process_page off the caller's thread: the worker pool and its error guard.

Shared by the crawler's pipeline and `harvester process`; nothing here knows Scrapy.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from pipelines.process import process_page
from pipelines.types import Capture, PortalInfo, ProcessOptions, ProcessResult, Rejected


def quiet_libraries() -> None:
    """trafilatura and htmldate log each page they give up on; the outcome is already
    recorded as the page's rejection reason, so their lines would only bury real warnings."""
    import logging

    for name in ("trafilatura", "htmldate", "readability", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _warm_up() -> None:
    quiet_libraries()
    # Load the segmenter's model once per worker instead of on the first article.
    from pipelines.tokenize import segment

    segment(["Ban Tuyên giáo Huyện ủy tổ chức hội nghị."])


def safe_process(capture: Capture, portal: PortalInfo,
                 options: ProcessOptions = ProcessOptions()) -> ProcessResult:
    try:
        return process_page(capture, portal, options)
    except Exception as exc:  # one broken page must not end the crawl
        return Rejected(capture.url, "processing-error", f"{type(exc).__name__}: {exc}")


def make_executor(workers: int | None) -> Executor:
    if workers == 0:
        return ThreadPoolExecutor(max_workers=1, initializer=_warm_up)
    n = workers or os.cpu_count() or 1
    # forkserver: forking the crawler process itself (threads, reactor) is unsafe.
    return ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_warm_up)


