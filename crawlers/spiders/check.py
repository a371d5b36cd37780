"""`check`: fetch each source's first start URL and one article; report status, links and a sample.

Operators run it (via `readout sources check`) after adding or fixing a registry entry. It goes
through the same middlewares as a crawl (SSRF guard, robots.txt, size limits) and publishes nothing.
"""
from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawlers.discovery import Link, feed_links, listing_links, sitemap_links
from crawlers.document import build_document
from crawlers.failures import failure_reason
from crawlers.sources import Source
from crawlers.spiders.base import registry_for, response_html
from crawlers.urls import in_domains


@dataclass
class CheckResult:
    source: str
    start_url: str
    status: int | None = None
    error: str | None = None
    articles_found: int = 0
    next_page: str | None = None
    sample_url: str | None = None
    sample_status: int | None = None
    sample_title: str | None = None
    sample_published: str | None = None
    sample_lang: str | None = None
    sample_chars: int = 0
    sample_text: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.articles_found > 0 and self.sample_chars > 0 and not self.problems


class CheckSpider(scrapy.Spider):
    name = "check"
    publishes = False
    records_runs = False

    def __init__(self, sources: str = "", out: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source_ids = [s for s in sources.split(",") if s]
        self.out = out
        self.results: dict[str, CheckResult] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CheckSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        registry = registry_for(crawler.settings)
        ids = spider.source_ids or [s.id for s in registry if s.enabled]
        spider.sources = {sid: registry.get(sid) for sid in ids}
        return spider

    async def start(self) -> AsyncIterator[Request]:
        for src in self.sources.values():
            url = src.start_urls[0]
            self.results[src.id] = CheckResult(src.id, url)
            yield Request(url, callback=self.parse_start, errback=self.start_failed, dont_filter=True,
                          cb_kwargs={"source_id": src.id})

    def parse_start(self, response: Response, source_id: str) -> Iterator[Request]:
        src: Source = self.sources[source_id]
        result = self.results[source_id]
        result.status = response.status
        links, children = self.discover(src, response)
        if not links and children:
            # A sitemap index: look one level down.
            yield Request(children[0], callback=self.parse_start, errback=self.start_failed, dont_filter=True,
                          cb_kwargs={"source_id": source_id})
            return
        result.articles_found = len(links)
        if not links:
            result.problems.append("no article links: check start_urls and article_patterns")
            return
        result.sample_url = links[0].url
        yield Request(links[0].url, callback=self.parse_sample, errback=self.sample_failed, dont_filter=True,
                      cb_kwargs={"source_id": source_id, "hint": links[0].published})

    def discover(self, src: Source, response: Response) -> tuple[list[Link], list[str]]:
        if src.discovery == "feed":
            links, children = feed_links(response.body, response.url), []
        elif src.discovery == "sitemap":
            links, children = sitemap_links(response.body, response.url)
        else:
            links, nxt = listing_links(response_html(response, src.language), response.url, src)
            self.results[src.id].next_page = nxt
            children = []
        wanted = [x for x in links if in_domains(x.url, src.allowed_domains) and src.is_article(x.url)]
        return wanted, children

    def parse_sample(self, response: Response, source_id: str, hint: str | None) -> None:
        src = self.sources[source_id]
        result = self.results[source_id]
        result.sample_status = response.status
        if not isinstance(response, TextResponse):
            result.problems.append("sample is not HTML")
            return
        extraction = build_document(response_html(response, src.language), response.url, src, hint_published=hint)
        result.problems += [{"empty_text": "no main text: set selectors.text",
                             "no_date": "no date: set selectors.date or date_formats"}[p] for p in extraction.problems]
        if extraction.record is not None:
            rec = extraction.record
            result.sample_title = rec.title
            result.sample_published = rec.published.isoformat() if rec.published else None
            result.sample_lang = rec.lang
            result.sample_chars = len(rec.text)
            result.sample_text = rec.text[:300]

    def start_failed(self, failure: Failure) -> None:
        source_id = failure.request.cb_kwargs["source_id"]  # type: ignore[attr-defined]
        self.results[source_id].error = failure_reason(failure) + ": " + failure.getErrorMessage()[:200]

    def sample_failed(self, failure: Failure) -> None:
        source_id = failure.request.cb_kwargs["source_id"]  # type: ignore[attr-defined]
        self.results[source_id].problems.append("sample fetch failed: " + failure_reason(failure))

    def closed(self, reason: str) -> None:
        if self.out:
            data = [asdict(r) | {"ok": r.ok} for r in self.results.values()]
            Path(self.out).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
