"""Operators' commands: `readout schedule list`, `readout runs`."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import typer
from rich.table import Table

from crawlers.schedule import utc_clock
from readout.console import make_console
from readout.ops import run_rows, schedule_rows
from readout.settings import load_settings

console = make_console()


def when(iso: str | None, empty: str = "-") -> str:
    """A stored time for a table, with its zone: `2026-11-26 04:40:32 UTC`."""
    if not iso:
        return empty
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:  # written before times carried zones: they were UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
schedule_app = typer.Typer(help="Crawl schedules: what runs when.", no_args_is_help=True)


@schedule_app.command("list")
def schedule_list(as_json: bool = typer.Option(False, "--json", help="JSON lines")) -> None:
    """Each source: its schedule, last run, next run and health."""
    rows = schedule_rows(load_settings(), utc_clock())
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table(title="Crawl schedules")
    for col in ("source", "schedule", "enabled", "last run", "next run", "health"):
        table.add_column(col, overflow="fold")
    for r in rows:
        colour = {"healthy": "green", "unhealthy": "red"}.get(r["health"], "yellow")
        health = r["health"] + (f": {'; '.join(r['health_reasons'])}" if r["health_reasons"] else "")
        state = "running" if r["running_since"] else ("yes" if r["enabled"] else "[yellow]no[/yellow]")
        table.add_row(r["source"], r["schedule"], state, when(r["last_run"], "never"), when(r["next_run"]),
                      f"[{colour}]{health}[/{colour}]")
    console.print(table)


def runs(source: str | None = typer.Option(None, "--source", help="Only this source"),
         failed: bool = typer.Option(False, "--failed", help="Only runs with failures or an unhealthy verdict"),
         limit: int = typer.Option(30, min=1, max=1000),
         as_json: bool = typer.Option(False, "--json", help="JSON lines")) -> None:
    """Crawl run history, newest first: pages, new documents, duplicates, failures, health."""
    rows = run_rows(load_settings(), source, failed, limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table(title="Crawl runs" + (f" of {source}" if source else "") + (" with failures" if failed else ""))
    for col in ("started", "source", "secs", "pages", "new", "dupes", "failures", "empty", "no date", "health"):
        table.add_column(col, overflow="fold")
    for r in rows:
        fails = ", ".join(f"{k}={v}" for k, v in sorted(r["failures"].items())) or "-"
        colour = {"healthy": "green", "unhealthy": "red"}.get(r["health"], "yellow")
        table.add_row(when(r["started_at"]), r["source"], f"{r['duration_s']:.1f}", str(r["pages_fetched"]),
                      str(r["new_docs"]), str(r["duplicates"]), fails, str(r["empty_text"]), str(r["no_date"]),
                      f"[{colour}]{r['health']}[/{colour}]")
    if not rows:
        console.print("no crawl runs recorded yet" + (f" for {source}" if source else ""))
        return
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(schedule_app, name="schedule")
    app.command()(runs)
