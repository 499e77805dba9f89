"""Downloader middlewares: retries that back off, as public servers deserve.

Scrapy's RetryMiddleware re-queues a failed request at once; a struggling
provincial server then gets hit again immediately. This subclass waits
RETRY_BACKOFF_BASE * 2**(n-1) seconds (or the server's Retry-After) before
the n-th retry, without holding a download slot while it waits.
"""
from __future__ import annotations

import asyncio
import time

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.settings import BaseSettings

_NOT_BEFORE = "harvester_not_before"


def backoff_delay(retry_number: int, base: float, cap: float, retry_after: str | None = None) -> float:
    if retry_after and retry_after.strip().isdigit():
        return min(float(retry_after.strip()), cap)
    return min(base * (2 ** max(retry_number - 1, 0)), cap)


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 120.0)

    async def process_request(self, request: Request) -> None:
        wait = request.meta.get(_NOT_BEFORE, 0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response, spider=None):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            retry_after = response.headers.get("Retry-After", b"").decode("latin-1") or None
            self._schedule(result, retry_after)
        return result

    def process_exception(self, request: Request, exception: Exception, spider=None):
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            self._schedule(result, None)
        return result

    def _schedule(self, request: Request, retry_after: str | None) -> None:
        delay = backoff_delay(request.meta.get("retry_times", 1), self.base, self.cap, retry_after)
        request.meta[_NOT_BEFORE] = time.monotonic() + delay
