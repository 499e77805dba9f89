"""Scrapy settings: politeness suited to public government servers, and the pipeline."""
from __future__ import annotations

BOT_NAME = "harvester"
SPIDER_MODULES = ["harvester.spiders"]
NEWSPIDER_MODULE = "harvester.spiders"

USER_AGENT = "vn-party-news-harvester/0.1 (+research corpus; contact: set HARVESTER_CONTACT)"
ROBOTSTXT_OBEY = True

# Small provincial servers: never more than two requests at once per site.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 60
# Article pages are small; anything larger is a file dump or a broken page.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

# The spider bounds its own walk (hops through unknown pages, HARVESTER_MAX_LISTING_PAGES
# down a listing): a depth limit would cut a long archive of listing pages short.
DEPTH_LIMIT = 0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "pipelines.scrapy_adapter.ProcessAndStorePipeline": 300,
}

# Project settings (read in from_crawler, never from a global).
HARVESTER_DB = None  # path or SQLAlchemy URL; None means data/corpus.sqlite
HARVESTER_WORKERS = None  # processes for extraction and segmentation; None = CPU count, 0 = in a thread
HARVESTER_PROGRESS_EVERY = 50  # log a progress line every N pages

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "harvester.middlewares.BackoffRetryMiddleware": 550,
}
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 120.0
HARVESTER_TONE_STYLE = None  # "new" (hoà, thuỷ, the default) or "old" (hòa, thủy) placement of stored text
HARVESTER_MAX_LISTING_PAGES = 1000  # pages followed down one listing series (pagination traps end here)
HARVESTER_ONE_LINE_ERRORS = False  # failed fetches logged on one line (the quiet command line sets it)

# `--warc-out DIR`: every response also written as WARC records (harvester.warc_out); off when None.
EXTENSIONS = {"harvester.warc_out.WarcWriterExtension": 500}
HARVESTER_WARC_OUT = None
HARVESTER_WARC_MAX_BYTES = 1_000_000_000  # start a new .warc.gz past this size, as archives do
HARVESTER_CDX_PAGE_SIZE = 5000  # backfill: captures per CDX answer (the rest follows with a resume key)
HARVESTER_CDX_OUTPUT = "json"  # backfill: CDX answers as "json" or "text" (plain CDX lines); both are read
