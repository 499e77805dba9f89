"""A crawl shared by many workers on many machines: scrapy-redis holds the frontier.

`harvester crawl --redis URL` swaps Scrapy's in-memory scheduler and duplicate filter for
scrapy-redis's (one request queue and one set of request fingerprints in Redis), so every
worker pops from the same queue and no request is fetched twice, whichever worker found it.
What scrapy-redis does not do is written here, small:

- Key names per crawl (`harvester:<frontier>:requests|seen`), kept after a worker stops
  (SCHEDULER_PERSIST): scrapy-redis would otherwise clear the whole shared crawl when the
  first worker finishes. Keys expire a week after the last worker closes.
- Workers stay alive while another worker is still busy (`SharedCrawlEnd`): a worker whose
  share of the queue ran dry would otherwise stop although the busy one is about to add
  requests. Correctness never depends on it: a worker never closes while the shared queue
  holds requests, and the one holding a request processes what it finds.
- An idle worker looks at the queue twice a second: Scrapy itself asks the scheduler again
  only at its 5-second heartbeat, which left idle workers out of a short crawl's work.
- Politeness: each worker's download slot, delay and AutoThrottle are its own (there is no
  established Redis-based per-domain throttle for Scrapy), so a fleet of N splits the
  one-crawler budget: per-site concurrency and AutoThrottle's target divided by N, delays
  multiplied by N. That bounds the fleet's average rate per site by one crawler's; it does
  not make two workers' requests to a site mutually exclusive at every instant.
"""
from __future__ import annotations

import os
import re
import socket
import warnings
from datetime import datetime, timezone

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured, ScrapyDeprecationWarning

from harvester.errors import ConfigError


NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
KEY_TTL = 7 * 24 * 3600  # a finished crawl's queue and fingerprints are kept a week, then dropped
WORKER_TTL = 30  # a worker that stops refreshing its state (killed) is forgotten after this
REFRESH_EVERY = 5.0
POLL_EVERY = 0.5


def default_name() -> str:
    """Workers started the same (UTC) day share a crawl unless told otherwise."""
    return "crawl-" + datetime.now(timezone.utc).strftime("%Y-%m-%d")


def keys(name: str) -> dict[str, str]:
    base = f"harvester:{name}"
    return {"requests": f"{base}:requests", "seen": f"{base}:seen", "workers": f"{base}:worker:"}


def connect(redis_url: str):
    """A client for `redis_url`, checked now so a typo is one line, not a crawl's traceback."""
    import redis

    try:
        client = redis.Redis.from_url(redis_url)
        client.ping()
    except ValueError as exc:
        raise ConfigError(f"--redis: not a Redis URL ({exc})") from None
    except redis.RedisError as exc:
        raise ConfigError(f"cannot reach Redis at {redis_url}: {exc}") from None
    return client


def frontier_settings(redis_url: str, name: str, fleet: int = 1, base: dict | None = None) -> dict:
    """Scrapy settings for one worker of a shared crawl named `name` run by `fleet` workers."""
    if not NAME_PATTERN.fullmatch(name):
        raise ConfigError(f"--frontier: {name!r} is not a frontier name (letters, digits, . _ : -)")
    if fleet < 1:
        raise ConfigError("--fleet must be at least 1")
    from harvester.crawl import project_settings

    # scrapy-redis 0.9.1 still passes `spider=` to the stats collector; the quiet command line
    # would show Scrapy's deprecation warning for every worker.
    warnings.filterwarnings("ignore", message="Passing a 'spider' argument to StatsCollector",
                            category=ScrapyDeprecationWarning)
    s = project_settings(**(base or {}))
    k = keys(name)
    out = {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "REDIS_URL": redis_url,
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": k["requests"],
        "SCHEDULER_DUPEFILTER_KEY": k["seen"],
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,  # a blocking pop would stall the reactor
        "HARVESTER_FRONTIER": name,
        "EXTENSIONS": {**s.getdict("EXTENSIONS"), "harvester.frontier.SharedCrawlEnd": 500},
    }
    if fleet > 1:
        out["CONCURRENT_REQUESTS_PER_DOMAIN"] = max(1, s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") // fleet)
        out["DOWNLOAD_DELAY"] = s.getfloat("DOWNLOAD_DELAY") * fleet
        out["AUTOTHROTTLE_TARGET_CONCURRENCY"] = s.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY") / fleet
    return out


class SharedCrawlEnd:
    """Keeps an idle worker alive while another is busy, and marks the crawl's keys to expire."""

    def __init__(self, crawler, name: str):
        self.crawler = crawler
        self.keys = keys(name)
        self.me = f"{socket.gethostname()}:{os.getpid()}"
        self.state = "busy"
        self.server = None
        self.queue = None
        self.loops = []
        self.closing = False  # this worker said it may close: it takes no more requests itself

    @classmethod
    def from_crawler(cls, crawler):
        name = crawler.settings.get("HARVESTER_FRONTIER")
        if not name:
            raise NotConfigured("no shared frontier")
        ext = cls(crawler, name)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.busy, signal=signals.request_reached_downloader)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def _publish(self) -> None:
        self.server.set(self.keys["workers"] + self.me, self.state, ex=WORKER_TTL)

    def opened(self, spider) -> None:
        from scrapy.utils.misc import load_object
        from scrapy_redis.connection import from_settings
        from twisted.internet import task

        settings = self.crawler.settings
        self.server = from_settings(settings)
        self.queue = load_object(settings.get("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue"))(
            server=self.server, spider=spider, key=self.keys["requests"])
        self._publish()
        for every, call in ((REFRESH_EVERY, self._publish), (POLL_EVERY, self._poll)):
            loop = task.LoopingCall(call)
            loop.start(every, now=False)
            self.loops.append(loop)

    def _poll(self) -> None:
        if self.state != "idle" or self.closing:
            return
        request = self.queue.pop()
        if request is None:
            return
        # Handed to the engine through its public door; its fingerprint is already in the
        # shared filter, so it must pass unfiltered (it is in the queue once, now here).
        self.busy(request, None)
        try:
            self.crawler.engine.crawl(request.replace(dont_filter=True))
        except Exception:  # the engine is going away after all: the request goes back for the others
            self.queue.push(request)
            raise

    def busy(self, request, spider) -> None:
        self.closing = False
        if self.state != "busy":
            self.state = "busy"
            self._publish()

    def others_busy(self) -> list[str]:
        prefix = self.keys["workers"]
        mine = prefix + self.me
        found = []
        for key in self.server.scan_iter(match=prefix + "*", count=200):
            key = key.decode() if isinstance(key, bytes) else key
            if key != mine and self.server.get(key) == b"busy":
                found.append(key[len(prefix):])
        return found

    def idle(self, spider) -> None:
        self.state = "idle"
        self._publish()
        if self.server.zcard(self.keys["requests"]) or self.others_busy():
            raise DontCloseSpider
        self.closing = True

    def closed(self, spider, reason: str) -> None:
        for loop in self.loops:
            if loop.running:
                loop.stop()
        if self.server is None:
            return
        self.server.delete(self.keys["workers"] + self.me)
        for key in (self.keys["requests"], self.keys["seen"]):
            self.server.expire(key, KEY_TTL)
