"""What every source spider shares: registry lookup, seen-store, budgets, article parsing, failures."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from crawlers.discovery import Link
from crawlers.document import build_document
from crawlers.encoding import decode_html
from crawlers.failures import failure_reason
from crawlers.items import DocumentItem
from crawlers.seen import SeenStore
from crawlers.sources import Source, load_registry
from crawlers.urls import canonicalize, in_domains

log = logging.getLogger(__name__)


def response_html(response: Response, lang_hint: str | None = None) -> str:
    """The body as text, decoded by our rules rather than Scrapy's header-first ones."""
    content_type = response.headers.get("Content-Type", b"").decode("latin-1")
    return decode_html(response.body, content_type, lang_hint=lang_hint)[0]


def registry_for(settings: BaseSettings) -> Any:
    return load_registry(settings.get("READOUT_SOURCES") or None, settings.get("READOUT_SAMPLES_URL") or None)


class SourceSpider(scrapy.Spider):
    """Base for registry-driven spiders; subclasses implement `parse_discovery`."""

    discovery_kind = ""
    publishes = True
    records_runs = True

    def __init__(self, source: str | None = None, max_pages: str | int | None = None,
                 max_articles: str | int | None = None, run_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not source:
            raise ValueError(f"spider argument `source` is required: scrapy crawl {self.name} -a source=ID")
        self.source_id = source
        self.run_id = run_id
        self._max_pages = int(max_pages) if max_pages else None
        self._max_articles = int(max_articles) if max_articles else None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler.settings)
        return spider

    def configure(self, settings: BaseSettings) -> None:
        self.src: Source = registry_for(settings).get(self.source_id)
        if self.src.spider_name != self.name:
            raise ValueError(f"source {self.src.id} is crawled by spider {self.src.spider_name!r}, not {self.name!r}")
        self.allowed_domains = list(self.src.allowed_domains)
        self.max_pages = self._max_pages or self.src.max_pages
        self.max_articles = self._max_articles or self.src.max_articles
        self.seen = SeenStore.for_source(Path(settings.get("READOUT_DATA_DIR", ".readout")), self.source_id)
        self.pages_followed = 0
        self.articles_requested = 0
        self.queued: set[str] = set()

    def inc(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"readout/{key}", count)

    async def start(self) -> AsyncIterator[Request]:
        for url in self.src.start_urls:
            self.pages_followed += 1
            yield self.discovery_request(url)

    def discovery_request(self, url: str) -> Request:
        return Request(url, callback=self.parse_discovery, errback=self.on_error, dont_filter=True,
                       meta={"readout_role": "discovery"})

    def parse_discovery(self, response: Response) -> Iterator[Request]:
        raise NotImplementedError

    def follow_page(self, url: str) -> Request | None:
        """Another listing page or child sitemap, within the page budget."""
        if self.pages_followed >= self.max_pages:
            self.inc("stopped/page_limit")
            return None
        self.pages_followed += 1
        return self.discovery_request(url)

    def wanted(self, link: Link) -> bool:
        return in_domains(link.url, self.src.allowed_domains) and self.src.is_article(link.url)

    def follow_article(self, link: Link) -> Request | None:
        canonical = canonicalize(link.url, self.src.canonical_rules)
        if canonical in self.queued:
            return None
        self.queued.add(canonical)
        if self.seen.has_url(canonical):
            self.inc("skipped_seen")
            return None
        if self.articles_requested >= self.max_articles:
            self.inc("stopped/article_limit")
            return None
        self.articles_requested += 1
        return Request(link.url, callback=self.parse_article, errback=self.on_error,
                       cb_kwargs={"hint": link.published, "link_canonical": canonical},
                       meta={"readout_role": "article"})

    def parse_article(self, response: Response, hint: str | None = None,
                      link_canonical: str | None = None) -> Iterator[DocumentItem]:
        self.inc("articles_parsed")
        if not isinstance(response, TextResponse):
            self.inc("failures/not_html")
            return
        html = response_html(response, self.src.language)
        extraction = build_document(html, response.url, self.src, hint_published=hint)
        for problem in extraction.problems:
            self.inc(problem)
        if extraction.record is None:
            log.warning("no text extracted from %s", response.url)
            return
        record = extraction.record
        urls = [u for u in (link_canonical, canonicalize(response.url, self.src.canonical_rules),
                            record.canonical_url) if u]
        yield DocumentItem(record, urls)

    def on_error(self, failure: Failure) -> None:
        reason = failure_reason(failure)
        self.inc(f"failures/{reason}")
        request = getattr(failure, "request", None)
        log.info("request failed (%s): %s: %s", reason, getattr(request, "url", "?"), failure.getErrorMessage())

    def closed(self, reason: str) -> None:
        self.seen.close()
