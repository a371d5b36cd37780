"""RunRecorder: at the end of each crawl, one run record per source with counts and a health verdict."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawlers.runs import RunRecord, judge_health, now_iso, record_run

log = logging.getLogger(__name__)
FAILURE_PREFIX = "readout/failures/"


class RunRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.data_dir = Path(crawler.settings.get("READOUT_DATA_DIR", ".readout"))
        self.max_share = crawler.settings.getfloat("READOUT_HEALTH_MAX_SHARE", 0.5)
        self.min_pages = crawler.settings.getint("READOUT_HEALTH_MIN_PAGES", 3)
        self.started_at = now_iso()
        self.t0 = time.monotonic()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        self.started_at = now_iso()
        self.t0 = time.monotonic()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        source = getattr(spider, "source_id", None)
        if not source or not getattr(spider, "records_runs", True):
            return
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}

        def n(key: str) -> int:
            return int(stats.get(key, 0) or 0)

        failures = {k[len(FAILURE_PREFIX):]: int(v) for k, v in stats.items() if k.startswith(FAILURE_PREFIX)}
        run = RunRecord(
            source=source, started_at=self.started_at, finished_at=now_iso(),
            duration_s=round(time.monotonic() - self.t0, 3),
            pages_fetched=n("response_received_count"), articles_parsed=n("readout/articles_parsed"),
            new_docs=n("readout/new_docs"), duplicates=n("readout/duplicates"),
            skipped_seen=n("readout/skipped_seen"), empty_text=n("readout/empty_text"),
            no_date=n("readout/no_date"), failures=failures, finish_reason=reason,
        )
        if getattr(spider, "run_id", None):
            run.run_id = spider.run_id
        health = judge_health(run.articles_parsed, run.empty_text, run.no_date, failures, run.pages_fetched,
                              max_share=self.max_share, min_pages=self.min_pages)
        run.health, run.health_reasons = health.verdict, health.reasons
        record_run(self.data_dir, run)
        level = logging.WARNING if health.verdict == "unhealthy" else logging.INFO
        log.log(level, "run %s for %s: %d new, %d duplicates, %d skipped as seen, health %s %s", run.run_id,
                source, run.new_docs, run.duplicates, run.skipped_seen, health.verdict, "; ".join(health.reasons))
