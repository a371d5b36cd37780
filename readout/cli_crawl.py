"""CLI for the crawl stage: `readout crawl`, `readout sources list|check`, `readout serve-samples`."""
from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from readout.lock import writer_lock
from readout.settings import Settings, load_settings

console = Console()
if not console.is_terminal:
    # Piped or redirected: Rich would wrap at 80 columns; a wide table stays readable in logs and files.
    console = Console(width=220)
err = Console(stderr=True)
sources_app = typer.Typer(help="The source registry: list sources, check them against the live sites.",
                          no_args_is_help=True)


def scrapy_overrides(settings: Settings, *, quiet: bool = False) -> dict[str, Any]:
    """Readout settings → Scrapy settings: crawlers/ never imports readout, it receives values."""
    out: dict[str, Any] = {
        "READOUT_DATA_DIR": str(settings.data_dir.resolve()),
        "READOUT_BUS": settings.bus_url,
        "READOUT_ALLOW_PRIVATE_ADDRESSES": settings.allow_private_addresses,
        "READOUT_ALLOWED_ADDRESSES": [a.strip() for a in settings.allowed_addresses.split(",") if a.strip()],
        "READOUT_USER_AGENT_CONTACT": settings.user_agent_contact,
        "READOUT_SAMPLES_URL": settings.samples_url,
        "USER_AGENT": f"Readout/0.1 (+research crawler of public releases; contact {settings.user_agent_contact})",
    }
    if settings.sources:
        out["READOUT_SOURCES"] = settings.sources
    if quiet:
        out["LOG_LEVEL"] = "CRITICAL"  # failures are in the table and the run record, not as tracebacks
    return out


def _registry(settings: Settings) -> Any:
    from crawlers.sources import RegistryError, load_registry

    try:
        return load_registry(settings.sources or None, settings.samples_url)
    except RegistryError as e:
        err.print(f"[red]registry error:[/red] {e}")
        raise typer.Exit(2) from e


def crawl(sources: list[str] = typer.Argument(..., help="Source ids (see `readout sources list`)"),
          max_pages: int | None = typer.Option(None, "--max-pages", min=1,
                                               help="Listing/feed/sitemap pages per source (default: registry)"),
          verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Scrapy's log"),
          as_json: bool = typer.Option(False, "--json", help="Print the run records as JSON lines"),
          now: bool = typer.Option(False, "--now", help="Go through the job path: publish a crawl job per source "
                                   "to crawl.jobs and work the queue here (refused while that source is running)")
          ) -> None:
    """Crawl sources now, publish new documents to raw.documents, and show each run's stats."""
    settings = load_settings()
    registry = _registry(settings)
    unknown = [s for s in sources if s not in registry.sources]
    if unknown:
        err.print(f"[red]unknown source(s) {', '.join(unknown)}[/red]; see `readout sources list`")
        raise typer.Exit(2)
    with writer_lock(settings, "readout crawl " + " ".join(sources)):
        runs = _crawl(settings, sources, now=now, max_pages=max_pages, verbose=verbose)
    if as_json:
        for run in runs:
            print(json.dumps(asdict(run), ensure_ascii=False))
    else:
        table = Table(title="Crawl runs")
        for col in ("source", "pages", "new", "dupes", "seen", "empty", "no date", "failures", "secs", "health"):
            table.add_column(col, justify="left" if col in ("source", "failures", "health") else "right")
        for r in runs:
            fails = ", ".join(f"{k}={v}" for k, v in sorted(r.failures.items())) or "-"
            health = r.health if not r.health_reasons else f"{r.health}: {'; '.join(r.health_reasons)}"
            colour = {"healthy": "green", "unhealthy": "red"}.get(r.health, "yellow")
            table.add_row(r.source, str(r.pages_fetched), str(r.new_docs), str(r.duplicates), str(r.skipped_seen),
                          str(r.empty_text), str(r.no_date), fails, f"{r.duration_s:.1f}",
                          f"[{colour}]{health}[/{colour}]")
        console.print(table)


def _crawl(settings: Settings, sources: list[str], *, now: bool, max_pages: int | None, verbose: bool) -> list[Any]:
    from crawlers.runs import get_run
    from crawlers.sources import RegistryError

    if now:
        return crawl_through_jobs(settings, sources)
    from crawlers.run import crawl as run_crawl

    try:
        run_ids = run_crawl(sources, scrapy_overrides(settings, quiet=not verbose), max_pages=max_pages)
    except RegistryError as e:
        err.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from e
    runs = [r for r in (get_run(settings.data_dir, rid) for rid in run_ids.values()) if r is not None]
    if len(runs) != len(run_ids):
        err.print("[red]some crawls did not record a run (see --verbose)[/red]")
        raise typer.Exit(1)
    return runs


def crawl_through_jobs(settings: Settings, sources: list[str]) -> list[Any]:
    """Publish manual crawl jobs and work the crawl.jobs queue in this process until it is empty."""
    import threading

    from crawlers.runs import list_runs, now_iso
    from readout.stages import run_crawl_worker
    from streams.bus import open_bus
    from streams.records import CrawlJob, stable_id
    from streams.topics import CRAWL_JOBS

    started = now_iso()
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        for source in sources:
            job = CrawlJob(source=source, reason="manual", job_id=stable_id("manual", source, started))
            bus.publish(CRAWL_JOBS, source, job)
            err.print(f"queued crawl job {job.job_id} for {source} on {CRAWL_JOBS}")
    run_crawl_worker(settings, threading.Event(), exit_when_idle=True)
    runs = [r for s in sources for r in list_runs(settings.data_dir, s, limit=5) if r.started_at >= started[:19]]
    if len(runs) < len(sources):
        err.print("[yellow]not every job ran here: another crawler worker (readout run) may have taken it, or the "
                  "source was already being crawled; see `readout runs`[/yellow]")
    return runs


@sources_app.command("list")
def sources_list(as_json: bool = typer.Option(False, "--json", help="Print JSON lines")) -> None:
    """Every source in the registry: id, country, language, discovery, schedule, start URL."""
    from crawlers.schedule import ScheduleState

    settings = load_settings()
    registry = _registry(settings)
    flags = ScheduleState(settings.data_dir).enabled_overrides()
    if as_json:
        for s in registry:
            print(json.dumps({**s.model_dump(), "enabled": flags.get(s.id, s.enabled), "sample": is_sample(s.id)},
                             ensure_ascii=False))
        return
    live = [s for s in registry if not is_sample(s.id)]
    local = [s for s in registry if is_sample(s.id)]
    for title, group in ((f"{len(live)} sources", live),
                         (f"{len(local)} samples: the bundled offline site (readout demo, readout run --samples)",
                          local)):
        table = Table(title=title)
        for col in ("id", "name", "country", "lang", "discovery", "schedule", "enabled", "start URL"):
            table.add_column(col, overflow="fold")
        for s in group:
            on = flags.get(s.id, s.enabled)
            table.add_row(s.id, s.name, s.country, s.language, s.discovery, s.schedule,
                          "yes" if on else "[yellow]no[/yellow]",
                          s.start_urls[0] + (f" (+{len(s.start_urls) - 1})" if len(s.start_urls) > 1 else ""))
        console.print(table)


@sources_app.command("check")
def sources_check(ids: list[str] = typer.Argument(None, help="Source ids (default: every enabled source)"),
                  verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Scrapy's log"),
                  as_json: bool = typer.Option(False, "--json", help="Print the results as JSON")) -> None:
    """Fetch each start URL and one article: status, article links found, and a sample extraction."""
    from crawlers.run import check

    settings = load_settings()
    registry = _registry(settings)
    for sid in ids or []:
        if sid not in registry.sources:
            err.print(f"[red]unknown source {sid!r}[/red]")
            raise typer.Exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "check.json"
        # One attempt per URL: a check reports what happens now, quickly.
        check(list(ids or []), str(out), scrapy_overrides(settings, quiet=not verbose) | {"RETRY_TIMES": 0})
        results = json.loads(out.read_text(encoding="utf-8")) if out.exists() else []
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        table = Table(title="Source check")
        for col in ("source", "status", "articles", "sample title", "published", "lang", "chars", "verdict"):
            numeric = col in ("status", "articles", "chars")
            table.add_column(col, overflow="fold", justify="right" if numeric else "left")
        for r in results:
            verdict = "[green]ok[/green]" if r["ok"] else "[red]" + "; ".join(
                ([r["error"]] if r["error"] else []) + r["problems"] or ["no sample"]) + "[/red]"
            table.add_row(r["source"], str(r["status"] or "-"), str(r["articles_found"]), r["sample_title"] or "-",
                          r["sample_published"] or "-", r["sample_lang"] or "-", str(r["sample_chars"]), verdict)
        console.print(table)
    if not results or not all(r["ok"] for r in results):
        raise typer.Exit(1)


def is_sample(source_id: str) -> bool:
    return source_id.startswith("sample.")


def _set_enabled(source_ids: list[str] | None, every: bool, enabled: bool) -> None:
    from crawlers.schedule import ScheduleState

    settings = load_settings()
    registry = _registry(settings)
    if every == bool(source_ids):
        err.print("[red]name one or more sources, or --all[/red]; see `readout sources list`")
        raise typer.Exit(2)
    ids = [s.id for s in registry if not is_sample(s.id)] if every else list(dict.fromkeys(source_ids or []))
    unknown = [s for s in ids if s not in registry.sources]
    if unknown:
        err.print(f"[red]unknown source(s) {', '.join(unknown)}[/red]; see `readout sources list`")
        raise typer.Exit(2)
    state = ScheduleState(settings.data_dir)
    for sid in ids:
        state.set_enabled(sid, enabled)
    console.print(f"{len(ids)} source(s) {'enabled' if enabled else 'disabled'}: {', '.join(ids)}; the scheduler "
                  f"{'fires them on their schedules' if enabled else 'skips them until enabled again'}")


ALL = typer.Option(False, "--all", help="Every source of the registry (not the bundled samples)")


@sources_app.command("enable")
def sources_enable(source_ids: list[str] = typer.Argument(None, help="Source ids"), every: bool = ALL) -> None:
    """Let the scheduler crawl sources again (overrides the registry's enabled flag)."""
    _set_enabled(source_ids, every, True)


@sources_app.command("disable")
def sources_disable(source_ids: list[str] = typer.Argument(None, help="Source ids"), every: bool = ALL) -> None:
    """Stop the scheduler from crawling sources (manual crawls still work)."""
    _set_enabled(source_ids, every, False)


def serve_samples(host: str = typer.Option("127.0.0.1", help="Address to bind (loopback by default)"),
                  port: int = typer.Option(8765, help="Port (READOUT_SAMPLES_URL must match)"),
                  crawl_delay: float | None = typer.Option(None, help="Override robots.txt Crawl-delay")) -> None:
    """Serve the offline sample site (samples/site) for demos and tests."""
    from crawlers.sampleserver import SampleSite

    site = SampleSite(host=host, port=port, crawl_delay=crawl_delay).start()
    console.print(f"sample site on {site.url}  (crawl it with READOUT_ALLOWED_ADDRESSES={site.url.split('//')[1]} "
                  f"READOUT_SAMPLES_URL={site.url} readout crawl sample.en-feed)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        site.stop()


def register(app: typer.Typer) -> None:
    app.command("crawl")(crawl)
    app.command("serve-samples")(serve_samples)
    app.add_typer(sources_app, name="sources")


def main() -> None:
    """Only these commands, for running before the full CLI exists: `python -m readout.cli_crawl`."""
    app = typer.Typer(no_args_is_help=True, add_completion=False)
    register(app)
    app()


if __name__ == "__main__":
    main()
    sys.exit(0)
