"""Downloader middlewares: the SSRF guard, and robots.txt Crawl-delay with retry backoff."""
from __future__ import annotations

import asyncio
import time

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached

from crawlers.ssrf import SSRFGuardMiddleware

__all__ = ["PolitenessMiddleware", "SSRFGuardMiddleware"]


def robots_crawl_delay(parser: RobotParser, user_agent: str) -> float | None:
    """Scrapy parses robots.txt but ignores Crawl-delay; Protego and the stdlib parser both expose it."""
    inner = getattr(parser, "rp", None)
    getter = getattr(inner, "crawl_delay", None)
    if getter is None:
        return None
    try:
        value = getter(user_agent)
    except Exception:  # a parser without the user agent's group, or a malformed value
        return None
    return float(value) if value else None


class PolitenessMiddleware:
    """Spaces requests to a host by its robots.txt Crawl-delay, and backs off before retries.

    AutoThrottle may lower a slot's delay below Crawl-delay, so the spacing is enforced here: each
    request reserves the next free time for its host and sleeps until then.
    """

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.user_agent = s.get("ROBOTSTXT_USER_AGENT") or s.get("USER_AGENT")
        self.max_delay = s.getfloat("READOUT_MAX_CRAWL_DELAY", 30.0)
        self.backoff = s.getfloat("READOUT_RETRY_BACKOFF", 2.0)
        self.backoff_max = s.getfloat("READOUT_RETRY_BACKOFF_MAX", 60.0)
        self.delays: dict[str, float] = {}
        self.next_free: dict[str, float] = {}
        self.stats = crawler.stats
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PolitenessMiddleware:
        return cls(crawler)

    def robots_parsed(self, robotparser: RobotParser, request: Request) -> None:
        delay = robots_crawl_delay(robotparser, self.user_agent)
        if delay:
            self.delays[urlparse_cached(request).netloc] = min(delay, self.max_delay)
            if self.stats is not None:
                self.stats.set_value("readout/crawl_delay", min(delay, self.max_delay))

    async def process_request(self, request: Request) -> None:
        wait = 0.0
        retries = int(request.meta.get("retry_times", 0))
        if retries:
            wait = min(self.backoff * 2 ** (retries - 1), self.backoff_max)
        netloc = urlparse_cached(request).netloc
        delay = self.delays.get(netloc)
        if delay and not request.meta.get("dont_obey_robotstxt"):
            now = time.monotonic()
            start = max(now + wait, self.next_free.get(netloc, 0.0))
            self.next_free[netloc] = start + delay
            wait = start - now
        if wait > 0:
            await asyncio.sleep(wait)
