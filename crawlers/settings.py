"""Scrapy settings for Readout's crawlers.

`readout crawl` sets the READOUT_* values from readout.settings.Settings; a plain `scrapy crawl`
reads the same READOUT_* environment variables here, so both paths behave alike.
"""
from __future__ import annotations

import os

BOT_NAME = "readout"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# --- Readout ---------------------------------------------------------------------------------------
READOUT_DATA_DIR = os.environ.get("READOUT_DATA_DIR", ".readout")
READOUT_BUS = os.environ.get("READOUT_BUS", "")  # empty: local://<data dir>/bus
READOUT_SOURCES = os.environ.get("READOUT_SOURCES", "")  # comma-separated registry files; empty: built-in
READOUT_SAMPLES_URL = os.environ.get("READOUT_SAMPLES_URL", "http://127.0.0.1:8765")
READOUT_ALLOW_PRIVATE_ADDRESSES = os.environ.get("READOUT_ALLOW_PRIVATE_ADDRESSES", "").lower() in ("1", "true", "yes")
# Single private addresses (or address:port) to allow while the rest stay refused, e.g. an intranet source.
READOUT_ALLOWED_ADDRESSES = [a for a in os.environ.get("READOUT_ALLOWED_ADDRESSES", "").split(",") if a]
READOUT_USER_AGENT_CONTACT = os.environ.get("READOUT_USER_AGENT_CONTACT", "readout-operators@example.org")
READOUT_PUBLISH_TIMEOUT = 30.0  # seconds to wait for the broker's acknowledgement of one document
READOUT_HEALTH_MAX_SHARE = 0.5  # more than this share of pages without text or date: unhealthy
READOUT_HEALTH_MIN_PAGES = 3
READOUT_RETRY_BACKOFF = 2.0  # seconds before the first retry, doubled for each further one
READOUT_RETRY_BACKOFF_MAX = 60.0
READOUT_MAX_CRAWL_DELAY = 30.0  # cap on a robots.txt Crawl-delay, so one site cannot stall a run

# --- Politeness ------------------------------------------------------------------------------------
USER_AGENT = f"Readout/0.1 (+research crawler of public releases; contact {READOUT_USER_AGENT_CONTACT})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "Readout"
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# --- Limits ----------------------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # also bounds decompressed bodies (HttpCompressionMiddleware)
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DEPTH_LIMIT = 60
CLOSESPIDER_PAGECOUNT = 2000  # a hard stop per run, whatever the registry says
CLOSESPIDER_TIMEOUT = 3600
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REFERER_ENABLED = True

# --- Components ------------------------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # First of all, so nothing (not even robots.txt) is fetched from a refused address.
    "crawlers.middlewares.SSRFGuardMiddleware": 50,
    # After RobotsTxtMiddleware (100), which has parsed the host's robots.txt by then.
    "crawlers.middlewares.PolitenessMiddleware": 110,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.DedupPipeline": 200,
    "crawlers.pipelines.PublishPipeline": 300,
}
EXTENSIONS = {
    "crawlers.extensions.RunRecorder": 500,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = os.environ.get("READOUT_CRAWL_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
