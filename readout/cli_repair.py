"""`readout doctor`, `readout index rebuild`, `readout dlq replay`: find what is wrong, repair from the bus."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from readout.cli_index import index_app
from readout.console import make_console
from readout.lock import writer_lock
from readout.repair import doctor, index_from_topic, rebuild_tantivy, replay_dead_letters
from readout.settings import Settings, load_settings
from streams.bus import open_bus

console = make_console()
err = make_console(stderr=True)
dlq_app = typer.Typer(help="Dead letters: replay them after a fix.", no_args_is_help=True)


def _open_index(settings: Settings):  # noqa: ANN202 - the index type stays inside index/
    from readout.api import open_search_index

    return open_search_index(settings)


def doctor_command() -> None:
    """Check the bus (SQLite quick_check), the index (opens, counts, compared with the events topic), offsets,
    dead letters and the data dir's lock, and say what to do."""
    settings = load_settings()
    checks = doctor(settings, lambda: _open_index(settings))
    table = Table(title=f"readout doctor · {settings.data_dir.resolve()}")
    for col in ("check", "state", "detail", "what to do"):
        table.add_column(col, overflow="fold")
    for c in checks:
        table.add_row(c.name, "[green]ok[/green]" if c.ok else "[red]problem[/red]", c.detail, c.todo)
    console.print(table)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


@index_app.command("rebuild")
def rebuild() -> None:
    """Rebuild the index from the `events` topic (the bus is the source of truth), then swap it in."""
    settings = load_settings()
    started = time.monotonic()
    last = [0.0]

    def progress(written: int, refused: int) -> None:
        if time.monotonic() - last[0] > 1.0:
            err.print(f"rebuild: {written} report(s) written, {refused} refused")
            last[0] = time.monotonic()

    with writer_lock(settings, "readout index rebuild"), open_bus(settings.bus_url,
                                                                   partitions=settings.partitions) as bus:
        if settings.index_url.startswith("tantivy://"):
            from extract.analysis import analyze
            from index.tantivy_index import TantivyIndex

            def build(path: Path) -> tuple[int, int]:
                with TantivyIndex(path, analyze) as fresh:
                    return index_from_topic(bus, fresh, progress)

            written, refused = rebuild_tantivy(Path(settings.index_url.removeprefix("tantivy://")), build)
        else:
            from readout.repair_es import rebuild_elastic

            written, refused = rebuild_elastic(settings.index_url, lambda ix: index_from_topic(bus, ix, progress))
    with _open_index(settings) as index:
        total = index.count()
    err.print(f"rebuilt {settings.index_url} from the events topic in {time.monotonic() - started:.1f}s: "
              f"{written} report(s) written, {refused} refused; {total} merged event(s)")


@dlq_app.command("replay")
def replay(topic: Annotated[str, typer.Argument(help="a dead-letter topic, e.g. dlq.extract")],
           contains: Annotated[str | None, typer.Option("--filter", help="only letters whose key, error or "
                                                        "payload contains this text")] = None,
           dry_run: Annotated[bool, typer.Option("--dry-run", help="count, publish nothing")] = False) -> None:
    """Publish dead letters' original records to their original topic again (after the fix), with their keys."""
    if not topic.startswith("dlq."):
        err.print(f"[red]{topic!r} is not a dead-letter topic (dlq.<stage>)[/red]")
        raise typer.Exit(2)
    settings = load_settings()
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        replayed, skipped = replay_dead_letters(bus, topic, contains, dry_run)
    verb = "would replay" if dry_run else "replayed"
    console.print(f"{verb} {replayed} dead letter(s) from {topic}" + (f"; {skipped} did not match" if skipped else ""))


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor_command)
    app.add_typer(dlq_app, name="dlq")
