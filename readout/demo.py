"""`readout demo`: the whole pipeline offline on the embedded defaults, over the bundled sample site.

Serves the sample site on loopback, crawls it, extracts events, indexes them, then prints what it
built and three example searches. The data stays in the data dir for `readout search` and `readout serve`.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from readout.proc import inherit_lock, readout_argv
from readout.settings import Settings
from streams.bus import open_bus
from streams.topics import EVENTS, RAW_DOCUMENTS

SAMPLE_SOURCES = ("sample.en-feed", "sample.kr-sitemap", "sample.kr-listing", "sample.jp-news")
EXAMPLES = (
    ("핵심광물", {}, "Korean free text"),
    ("semiconductors", {"topics": ["semiconductors"]}, "English, topic filter"),
    (None, {"person": "Wang Yun-jong"}, "a person, any spelling"),
)


def step(console: Console, text: str, work: Callable[[], object]) -> object:
    start = time.monotonic()
    with console.status(text + " …"):
        result = work()
    console.print(f"[green]✓[/green] {text} [dim]({time.monotonic() - start:.1f}s)[/dim]")
    return result


def topic_sizes(settings: Settings) -> dict[str, int]:
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        return {t.name: t.size for t in bus.topics()}


def crawl_samples(settings: Settings, samples_url: str) -> None:
    env = {**os.environ, "READOUT_DATA_DIR": str(settings.data_dir), "READOUT_BUS": settings.bus_url,
           "READOUT_ALLOWED_ADDRESSES": samples_url.split("//", 1)[1], "READOUT_SAMPLES_URL": samples_url}
    # Scrapy's reactor runs once per process: the crawl gets its own.
    subprocess.run(readout_argv("crawl", *SAMPLE_SOURCES), env=env, check=True, stdout=subprocess.DEVNULL,
                   **inherit_lock())


def run_demo(settings: Settings, console: Console) -> int:
    from crawlers.sampleserver import SampleSite
    from index.model import SearchQuery, total_label
    from readout.api import open_search_index
    from readout.stages import run_extract, run_index

    console.rule("[bold]Readout demo[/bold]")
    console.print(f"data dir {settings.data_dir.resolve()} · bus {settings.bus_url} · index {settings.index_url}")
    site = SampleSite(crawl_delay=0).start()
    try:
        step(console, f"Crawling the sample site at {site.url} ({len(SAMPLE_SOURCES)} sources)",
             lambda: crawl_samples(settings, site.url))
    finally:
        site.stop()
    stop = threading.Event()
    extracted = step(console, "Extracting events (Kiwi + spaCy)", lambda: run_extract(settings, stop,
                                                                                     exit_when_idle=True))
    indexed = step(console, "Indexing merged events", lambda: run_index(settings, stop, exit_when_idle=True))
    sizes = topic_sizes(settings)
    index = open_search_index(settings)
    try:
        page = index.search(SearchQuery(size=1), facets=True, exact_total=True)
        summary = Table(title="What the demo built", show_header=False)
        summary.add_row("documents on raw.documents", str(sizes.get(RAW_DOCUMENTS, 0)))
        summary.add_row("documents extracted this run", str(extracted.records_in))  # type: ignore[attr-defined]
        summary.add_row("events on events", str(sizes.get(EVENTS, 0)))
        summary.add_row("events indexed this run", str(indexed.records_in))  # type: ignore[attr-defined]
        summary.add_row("merged events in the index", str(page.total))
        summary.add_row("dead letters", str(sum(n for t, n in sizes.items() if t.startswith("dlq."))))
        console.print(summary)
        if page.facets:
            facets = Table(title="Top facets")
            facets.add_column("facet")
            facets.add_column("values")
            for name in ("type", "participants", "topics", "persons", "series"):
                buckets = getattr(page.facets, name)[:6]
                facets.add_row(name, ", ".join(f"{b.value} ({b.count})" for b in buckets))
            console.print(facets)
        for q, filters, label in EXAMPLES:
            result = index.search(SearchQuery(q=q, size=5, **filters))
            shown = " ".join(f"{k}={v}" for k, v in filters.items())
            table = Table(title=f"readout search {q or ''} {shown}  — {label}: "
                          f"{total_label(result.total, result.total_relation)} event(s)")
            for col in ("date", "type", "event", "participants", "reports"):
                table.add_column(col)
            for hit in result.hits:
                e = hit.event
                table.add_row(e.date or "-", e.type, e.name or e.series or "", "/".join(e.participants),
                              ", ".join(sorted({r.lang or "?" for r in e.reports})))
            console.print(table)
    finally:
        index.close()
    console.print("\nNext: [bold]readout serve[/bold] and open http://127.0.0.1:8321/ (API docs at /docs), "
                  "or [bold]readout search \"경제안보\"[/bold]; [bold]readout run[/bold] keeps the pipeline running.")
    return 0
