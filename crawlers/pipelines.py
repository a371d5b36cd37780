"""Item pipelines: drop exact-content duplicates, then publish to raw.documents and await the ack."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers.items import DocumentItem
from crawlers.seen import SeenStore
from streams.bus import Bus, default_bus_url, open_bus
from streams.topics import RAW_DOCUMENTS

log = logging.getLogger(__name__)


def bus_url(crawler: Crawler) -> str:
    configured = crawler.settings.get("READOUT_BUS")
    if configured:
        return str(configured)
    return default_bus_url(crawler.settings.get("READOUT_DATA_DIR", ".readout"))


def seen_store(crawler: Crawler) -> SeenStore:
    store = getattr(crawler.spider, "seen", None)
    if not isinstance(store, SeenStore):
        raise RuntimeError("Readout pipelines need a spider with a seen-store (crawlers.spiders.base.SourceSpider)")
    return store


class DedupPipeline:
    """The same release under two URLs is one document: the first URL published wins."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_hashes: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, DocumentItem) or not item.record.content_hash:
            return item
        record = item.record
        known = self.run_hashes.get(record.content_hash) or seen_store(self.crawler).doc_for_hash(record.content_hash)
        if known is not None and known != record.id:
            # Remember this URL too, so the next run does not fetch the copy again.
            seen_store(self.crawler).add(item.seen_urls, known)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("readout/duplicates")
            raise DropItem(f"same content as document {known}: {record.url}")
        self.run_hashes[record.content_hash] = record.id
        return item


class PublishPipeline:
    """Publishes each DocumentRecord keyed by id and marks its URLs seen only after the broker's ack."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.timeout = crawler.settings.getfloat("READOUT_PUBLISH_TIMEOUT", 30.0)
        self.bus: Bus | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PublishPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        if not getattr(self.crawler.spider, "publishes", True):
            return  # `check` fetches and extracts but never publishes
        self.bus = open_bus(bus_url(self.crawler))
        self.bus.ensure_topics([RAW_DOCUMENTS])

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, DocumentItem):
            return item
        assert self.bus is not None and self.crawler.stats is not None
        record = item.record
        ack = self.bus.send(RAW_DOCUMENTS, record.id, record)
        # Waiting in a thread keeps the reactor free while the broker acknowledges.
        await asyncio.to_thread(ack.get, self.timeout)
        seen_store(self.crawler).add(item.seen_urls, record.id, record.content_hash)
        self.crawler.stats.inc_value("readout/new_docs")
        return item

    def close_spider(self) -> None:
        if self.bus is not None:
            try:
                self.bus.flush(self.timeout)
            finally:
                self.bus.close()
                self.bus = None
