"""The `readout` command. Stages add their subcommands through `register(app)`."""
from __future__ import annotations

import json
import os
import sys
import time
from importlib.metadata import version as dist_version

import typer
from rich.table import Table

from readout import cli_crawl, cli_eval, cli_extract, cli_index, cli_ops, cli_repair, cli_streams, cli_views
from readout.console import make_console
from readout.errors import plain_error
from readout.lock import writer_lock
from readout.settings import load_settings
from readout.stages import STAGES, run_named
from readout.supervise import supervise
from streams.bus import UnknownTopic, open_bus
from streams.topics import is_standard

app = typer.Typer(help="Readout: Korean and English releases into a searchable knowledge base of events.",
                  no_args_is_help=True, add_completion=False,
                  context_settings={"help_option_names": ["-h", "--help"]})  # subcommands inherit it
console = make_console()
err = make_console(stderr=True)


@app.command()
def version() -> None:
    """Print the installed version."""
    print(dist_version("readout"))


@app.command()
def topics() -> None:
    """List topics with their sizes and each consumer group's lag."""
    settings = load_settings()
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        infos = bus.topics()
    table = Table(title=f"Topics on {settings.bus_url}")
    for col in ("topic", "partitions", "records", "group lag"):
        table.add_column(col, justify="right" if col in ("partitions", "records") else "left")
    for info in infos:
        lag = ", ".join(f"{g}={n}" for g, n in sorted(info.lag.items())) or "-"
        table.add_row(info.name, str(info.partitions), str(info.size), lag)
    if not infos:
        console.print(f"no topics yet on {settings.bus_url}")
        return
    console.print(table)


@app.command()
def tail(topic: str, from_beginning: bool = typer.Option(False, "--from-beginning", help="Start at the oldest record"),
         follow: bool = typer.Option(False, "--follow", "-f", help="Keep waiting for new records"),
         limit: int = typer.Option(0, help="Stop after this many records (0: no limit)")) -> None:
    """Print a topic's records as JSON lines (key, partition, offset, value)."""
    settings = load_settings()
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        if is_standard(topic):
            bus.ensure_topics([topic])  # Readout's own topics exist from the start, empty until used
        try:
            reader = bus.consumer(None, [topic], from_beginning=from_beginning)
        except UnknownTopic:
            known = ", ".join(t.name for t in bus.topics()) or "none"
            err.print(f"[red]unknown topic {topic!r}[/red] (topics: {known})")
            raise typer.Exit(2) from None
        printed = 0
        try:
            with reader:
                while True:
                    batch = reader.poll(500, 1.0)
                    for m in batch:
                        try:
                            value = json.loads(m.value)
                        except ValueError:
                            value = m.value.decode("utf-8", errors="replace")
                        line = {"topic": m.topic, "partition": m.partition, "offset": m.offset, "key": m.key,
                                "value": value}
                        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
                        printed += 1
                        if limit and printed >= limit:
                            return
                    sys.stdout.flush()
                    if not batch and not follow:
                        return
                    if not batch:
                        time.sleep(0.2)
        except KeyboardInterrupt:
            return


@app.command()
def run(stages: str = typer.Option(",".join(STAGES), help="Comma-separated stages to run: " + ", ".join(STAGES)),
        workers: int = typer.Option(1, "--workers", min=1,
                                    help="Extraction worker processes (one consumer group; at most the partitions "
                                         "of raw.documents do work)"),
        dry_run: bool = typer.Option(False, "--dry-run", help="Show what would run and crawl, start nothing"),
        samples: bool = typer.Option(False, "--samples", help="Crawl only the bundled sample site (served here), "
                                     "never the live sources"),
        only: list[str] = typer.Option([], "--only", help="Crawl only this source (repeatable), enabled or not"),
        ) -> None:
    """Run the pipeline: every stage as a supervised process, with a live status line per stage."""
    from readout.demo import SAMPLE_SOURCES
    from readout.run_plan import print_plan

    names = [s.strip() for s in stages.split(",") if s.strip()]
    unknown = [s for s in names if s not in STAGES]
    if unknown or not names:
        err.print(f"[red]unknown stage(s) {', '.join(unknown) or '(none)'}[/red]; choose from {', '.join(STAGES)}")
        raise typer.Exit(2)
    selected = ",".join([*only, *(SAMPLE_SOURCES if samples else ())])
    settings = load_settings()
    if selected:
        settings = settings.model_copy(update={"only_sources": selected})
    if dry_run:
        raise typer.Exit(print_plan(names, settings, console, samples=samples))
    if selected:
        os.environ["READOUT_ONLY_SOURCES"] = selected  # the stage processes read it too
    if set(names) == {"api"}:  # a reader only
        raise typer.Exit(supervise(names, settings, console))
    site = None
    if samples:
        from crawlers.sampleserver import SampleSite

        site = SampleSite(crawl_delay=0).start()
        # The crawl reaches the sample site through the narrow allowlist, its address and port only.
        os.environ.update(READOUT_SAMPLES_URL=site.url, READOUT_ALLOWED_ADDRESSES=site.url.split("//", 1)[1])
        settings = load_settings()  # with the selection and the sample site's address
    try:
        with writer_lock(settings, "readout run --stages " + ",".join(names)):
            code = supervise(names, settings, console, workers=workers)
    finally:
        if site is not None:
            site.stop()
    raise typer.Exit(code)


@app.command()
def demo() -> None:
    """Serve the sample site, crawl, extract and index it offline, then show what was built."""
    from readout.demo import run_demo

    settings = load_settings()
    with writer_lock(settings, "readout demo"):
        code = run_demo(settings, console)
    raise typer.Exit(code)


@app.command(hidden=True)
def stage(name: str) -> None:
    """Run one stage in this process (what `readout run` starts for each stage)."""
    if name not in STAGES:
        err.print(f"[red]unknown stage {name!r}[/red]; choose from {', '.join(STAGES)}")
        raise typer.Exit(2)
    settings = load_settings()
    if name == "api":
        run_named(name, settings)
        return
    with writer_lock(settings, f"readout stage {name}"):
        run_named(name, settings)


for module in (cli_crawl, cli_extract, cli_eval, cli_index, cli_streams, cli_ops, cli_repair, cli_views):
    module.register(app)


def main() -> None:
    try:
        app()
    except Exception as exc:
        message = plain_error(exc)
        if message is None:
            raise
        err.print(f"[red]{message}[/red]")
        raise SystemExit(4) from None
