"""`readout run --dry-run`: what would run, where, and which sources the scheduler would crawl when."""
from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from crawlers.schedule import utc_clock
from readout.cli_ops import when
from readout.ops import schedule_rows
from readout.settings import Settings


def print_plan(stages: Sequence[str], settings: Settings, console: Console, *, samples: bool) -> int:
    console.print(f"stages: {', '.join(stages)}")
    console.print(f"data dir {settings.data_dir.resolve()} · bus {settings.bus_url} · index {settings.index_url}")
    if "api" in stages:
        console.print(f"web page and API on http://{settings.api_host}:{settings.api_port}/")
    if "scheduler" not in stages:
        console.print("no scheduler: nothing is crawled on a schedule")
        return 0
    rows = [r for r in schedule_rows(settings, utc_clock()) if r["enabled"]]
    where = "the bundled sample site, served on a loopback port" if samples else "the live sites"
    table = Table(title=f"The scheduler would crawl {len(rows)} source(s) from {where}")
    for col in ("source", "name", "schedule", "next run"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["source"], r["name"] or "", r["schedule"], when(r["next_run"]))
    console.print(table)
    if not samples and not settings.only():
        console.print("Only some, or none live: `readout run --samples`, `readout run --only ID`, "
                      "or `readout sources disable --all`.")
    return 0
