"""Stage entry points: each wires one stage to the configured bus and index and runs it until stopped.

`readout run` starts each of these in its own process (`readout stage NAME`); a deployment can
run one per container and scale extraction and indexing with consumer-group members.
"""
from __future__ import annotations

import logging
import signal
import subprocess
import threading
from collections.abc import Callable
from datetime import datetime

from crawlers.schedule import Scheduled, ScheduleState, due_jobs, effective, utc_clock
from readout.proc import inherit_lock, readout_argv
from readout.settings import Settings, export_extract_settings
from readout.status import status_name, write_status
from streams.bus import Bus, open_bus
from streams.records import CrawlJob, DocumentRecord, EventNotice, EventRecord, Record, ReportVersion
from streams.runner import Output, StageStats, run_stage
from streams.subscriptions import SubscriptionStore, match_alerts, record_fired
from streams.topics import CRAWL_JOBS, MERGED, STAGE_INPUT

log = logging.getLogger(__name__)
STAGES = ("scheduler", "crawl", "extract", "index", "alerts", "webhooks", "api")


def _bus(settings: Settings) -> Bus:
    return open_bus(settings.bus_url, partitions=settings.partitions)


def _reporter(settings: Settings, stage: str) -> Callable[[StageStats], None]:
    return lambda stats: write_status(settings.data_dir, stage, stats)


def stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def versioned(handle: Callable[[DocumentRecord], list[Output]]) -> Callable[[Record], list[Output]]:
    """Stamp every event drawn from a document with the document's version, so the newest version wins in
    the index whatever order reports arrive in (a replayed older fetch changes nothing)."""
    def stamped(doc: Record) -> list[Output]:
        assert isinstance(doc, DocumentRecord)
        version = ReportVersion.of(doc)
        copies: dict[int, EventRecord] = {}
        out: list[Output] = []
        for topic, key, value in handle(doc):
            if isinstance(value, EventRecord):  # one copy per event, shared by its topic streams
                value = copies.setdefault(id(value), value.model_copy(update={"version": version}))
            out.append((topic, key, value))
        return out

    return stamped


def ahead(prime: Callable[[list[DocumentRecord], int], int], limit: int) -> Callable[[list[Record]], object] | None:
    """A batch's work ahead, up to `limit` characters (none at 0)."""
    if limit <= 0:
        return None
    return lambda docs: prime(docs, limit)  # type: ignore[arg-type]


def run_extract(settings: Settings, stop: threading.Event, *, exit_when_idle: bool = False) -> StageStats:
    """Extraction with a CPU budget per document: a pathological one goes to dlq.extract, the rest moves on."""
    from readout.extract_budget import BudgetedExtractor

    export_extract_settings(settings)  # before the budgeted child process starts: it inherits the environment
    if settings.extract_cpu_budget:
        extractor: BudgetedExtractor | None = BudgetedExtractor(settings.extract_cpu_budget)
        # Models load before the group join: a first batch that outlived the partition leases would be
        # handed to another worker and extracted twice.
        extractor.start()
        handle, prime = extractor.handle, extractor.prime
    else:
        from extract.worker import handle, prime

        extractor = None
    write_status(settings.data_dir, status_name("extract"))  # up: the models are loaded
    try:
        with _bus(settings) as bus:
            return run_stage(bus, stage="extract", topics=[STAGE_INPUT["extract"]], record_type=DocumentRecord,
                             handle=versioned(handle),  # type: ignore[arg-type]
                             before_batch=ahead(prime, settings.extract_ahead_chars),
                             stop=stop, max_batch=50, exit_when_idle=exit_when_idle,
                             on_batch=_reporter(settings, status_name("extract")))
    finally:
        if extractor is not None:
            extractor.close()


def run_index(settings: Settings, stop: threading.Event, *, exit_when_idle: bool = False) -> StageStats:
    from index.indexer import make_handler
    from readout.api import open_search_index

    write_status(settings.data_dir, "index")
    index = open_search_index(settings)
    try:
        with _bus(settings) as bus:
            bus.ensure_topics([MERGED])
            return run_stage(bus, stage="index", topics=[STAGE_INPUT["index"]], record_type=EventRecord,
                             handle_batch=make_handler(index, bus), stop=stop, max_batch=500,
                             exit_when_idle=exit_when_idle, on_batch=_reporter(settings, "index"))
    finally:
        index.close()


def scheduled_sources(settings: Settings) -> list[Scheduled]:
    from crawlers.sources import load_registry

    registry = load_registry(settings.sources or None)
    planned = effective([Scheduled(s.id, s.schedule, s.enabled) for s in registry], ScheduleState(settings.data_dir),
                        settings.schedules)
    only = settings.only()
    if only:  # an explicit selection: just these, enabled or not
        planned = [Scheduled(s.id, s.schedule, True) for s in planned if s.id in only]
    return planned


def run_scheduler(settings: Settings, stop: threading.Event, *, clock: Callable[[], datetime] = utc_clock,
                  tick: float = 15.0) -> None:
    """Publish a crawl job per due source to `crawl.jobs`; crawler workers take them as a group."""
    state = ScheduleState(settings.data_dir)
    fired = 0
    with _bus(settings) as bus:
        bus.ensure_topics([CRAWL_JOBS])
        while not stop.is_set():
            jobs = due_jobs(scheduled_sources(settings), state, clock())
            bus.publish_many((CRAWL_JOBS, j.source, j) for j in jobs)
            fired += len(jobs)
            write_status(settings.data_dir, "scheduler", note=f"{fired} jobs fired")
            stop.wait(tick)


def crawl_job(settings: Settings, job: CrawlJob, *, clock: Callable[[], datetime] = utc_clock) -> list:
    """Run one crawl job, unless the same source is being crawled right now (then the job is dropped)."""
    state = ScheduleState(settings.data_dir)
    if not state.try_start(job.source, job.job_id, clock()):
        log.warning("crawl of %s already running; job %s refused", job.source, job.job_id)
        return []
    try:
        # Scrapy's reactor cannot restart inside one process: each crawl runs in its own.
        subprocess.run(readout_argv("crawl", job.source), check=True, **inherit_lock())
    finally:
        state.finish(job.source, job.job_id)
    return []


def run_crawl_worker(settings: Settings, stop: threading.Event, *, exit_when_idle: bool = False) -> StageStats:
    write_status(settings.data_dir, "crawl")
    with _bus(settings) as bus:
        return run_stage(bus, stage="crawl", topics=[STAGE_INPUT["crawl"]], record_type=CrawlJob,
                         handle=lambda job: crawl_job(settings, job), stop=stop, max_batch=1,
                         exit_when_idle=exit_when_idle, on_batch=_reporter(settings, "crawl"))


def run_alerts(settings: Settings, stop: threading.Event, *, exit_when_idle: bool = False) -> StageStats:
    """Evaluate standing subscriptions on every event notice; matches go to `alerts.<name>`."""
    from readout.textmatch import install

    install()  # subscriptions' free text matches like a search
    store = SubscriptionStore(settings.data_dir)
    write_status(settings.data_dir, "alerts")
    with _bus(settings) as bus:
        return run_stage(bus, stage="alerts", topics=[STAGE_INPUT["alerts"]], record_type=EventNotice,
                         handle=lambda e: match_alerts(store, e), stop=stop, exit_when_idle=exit_when_idle,
                         after_commit=lambda outputs: record_fired(store, outputs),
                         on_batch=_reporter(settings, "alerts"))


def run_webhooks_stage(settings: Settings, stop: threading.Event) -> StageStats:
    """POST each alert of a subscription with a webhook, signed, with retries (readout/webhooks.py)."""
    from readout.webhooks import run_webhooks

    return run_webhooks(settings, stop)


def run_api(settings: Settings, stop: threading.Event) -> None:
    from readout.api_guard import UnsafeBinding
    from readout.app import serve

    write_status(settings.data_dir, "api", note=f"http://{settings.api_host}:{settings.api_port}/")
    try:
        serve(settings, settings.api_host, settings.api_port, log_level="warning")
    except UnsafeBinding as exc:  # a setting to fix, not a crash to restart: say so and wait
        log.error("%s", exc)
        write_status(settings.data_dir, "api", note=f"not serving: {exc}")
        stop.wait()


def run_named(name: str, settings: Settings) -> None:
    stop = stop_on_signals()
    runners: dict[str, Callable[[Settings, threading.Event], object]] = {
        "scheduler": run_scheduler, "crawl": run_crawl_worker, "extract": run_extract, "index": run_index,
        "alerts": run_alerts, "webhooks": run_webhooks_stage, "api": run_api}
    runners[name](settings, stop)
