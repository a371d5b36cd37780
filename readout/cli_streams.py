"""Analysts' commands: follow events, manage standing subscriptions, read alerts."""
from __future__ import annotations

from datetime import date

import typer
from pydantic import ValidationError
from rich.table import Table

from readout.console import make_console
from readout.follow import Delivery, build_filter, follow, printer, summary
from readout.settings import load_settings
from streams.bus import UnknownTopic, open_bus
from streams.records import AlertRecord, EventFilter
from streams.subscriptions import SubscriptionStore, unique
from streams.topics import alerts as alerts_topic

console = make_console()
err = make_console(stderr=True)


def make_filter(topic: list[str] | None, country: list[str] | None, person: str | None, series: str | None,
                type_: list[str] | None, since: str | None, updates: bool = True) -> EventFilter:
    try:
        return build_filter(topic, country, person, series, type_, date.fromisoformat(since) if since else None,
                            updates)
    except ValidationError as exc:
        for e in exc.errors():
            err.print(f"[red]invalid filter: {'.'.join(str(p) for p in e['loc'])}: {e['msg']}[/red]")
        raise typer.Exit(2) from None
    except ValueError as exc:
        err.print(f"[red]invalid filter:[/red] {exc}")
        raise typer.Exit(2) from None


TOPIC = typer.Option(None, "--topic", help="Topic (repeatable), e.g. semiconductors")
COUNTRY = typer.Option(None, "--country", help="Participant: code or name in Korean or English (repeatable), "
                                               "e.g. JPN, ROK, 미국")
PERSON = typer.Option(None, "--person", help="A delegate, any spelling")
SERIES = typer.Option(None, "--series", help="Dialogue series name (part of it)")
TYPE = typer.Option(None, "--type", help="dialogue, launch, agreement or statement (repeatable)")
UPDATES = typer.Option(True, "--updates/--no-updates", help="Also show updates: a later report added something")
TEXT = typer.Option(None, "--text", help="Free text, Korean or English, matched like a search (e.g. 경제안보)")


def with_text(flt: EventFilter, text: str | None) -> EventFilter:
    try:
        return EventFilter.model_validate({**flt.model_dump(), "text": text or None})
    except ValidationError as exc:
        err.print(f"[red]invalid filter:[/red] --text: {exc.errors()[0]['msg']}")
        raise typer.Exit(2) from None


def subscribe(topic: list[str] | None = TOPIC, country: list[str] | None = COUNTRY, person: str | None = PERSON,
              series: str | None = SERIES, type_: list[str] | None = TYPE,
              from_beginning: bool = typer.Option(False, "--from-beginning", help="Replay the whole stream first"),
              since: str | None = typer.Option(None, "--since", help="Only events on or after this date (YYYY-MM-DD)"),
              name: str | None = typer.Option(None, "--name", help="Resume where this named subscription stopped"),
              updates: bool = UPDATES,
              as_json: bool = typer.Option(False, "--json", help="JSON lines instead of summary lines")) -> None:
    """Print each matching event once as it appears, then its updates (Ctrl-C stops)."""
    flt = make_filter(topic, country, person, series, type_, since, updates)
    settings = load_settings()
    emit = printer(as_json, console)
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        try:
            for delivery in follow(bus, flt, name=name, from_beginning=from_beginning):
                emit(delivery)
        except KeyboardInterrupt:
            return


subs = typer.Typer(help="Standing subscriptions: saved filters whose matches land on alerts.<name>.",
                   no_args_is_help=True)


@subs.command("add")
def subs_add(name: str, topic: list[str] | None = TOPIC, country: list[str] | None = COUNTRY,
             person: str | None = PERSON, series: str | None = SERIES, type_: list[str] | None = TYPE,
             updates: bool = UPDATES, text: str | None = TEXT) -> None:
    """Save a filter under NAME; the alerts stage (in `readout run`) alerts once per matching event."""
    flt = with_text(make_filter(topic, country, person, series, type_, None, updates), text)
    store = SubscriptionStore(load_settings().data_dir)
    try:
        store.add(name, flt)
    except ValueError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    console.print(f"subscription [bold]{name}[/bold] saved: {flt.model_dump(exclude_defaults=True)}")


@subs.command("list")
def subs_list() -> None:
    """List standing subscriptions and their filters."""
    table = Table("name", "filter", "topic")
    for name, flt in SubscriptionStore(load_settings().data_dir).all().items():
        table.add_row(name, str(flt.model_dump(mode="json", exclude_defaults=True)), alerts_topic(name))
    console.print(table)


@subs.command("remove")
def subs_remove(name: str) -> None:
    """Delete a standing subscription (its alerts stay on the bus)."""
    if not SubscriptionStore(load_settings().data_dir).remove(name):
        err.print(f"[red]no subscription named {name!r}[/red]")
        raise typer.Exit(2)
    console.print(f"removed {name}")


def alerts(name: str, as_json: bool = typer.Option(False, "--json"),
           follow_: bool = typer.Option(False, "--follow", "-f", help="Keep waiting for new alerts")) -> None:
    """Show the alerts a standing subscription has fired, oldest first."""
    settings = load_settings()
    emit = printer(as_json, console, details=True)
    seen: set[str] = set()
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        try:
            reader = bus.consumer(None, [alerts_topic(name)])
        except UnknownTopic:
            err.print(f"[yellow]no alerts yet for {name!r}[/yellow]")
            raise typer.Exit(0 if name in SubscriptionStore(settings.data_dir).all() else 2) from None
        with reader:
            while True:
                batch = reader.poll(500, 1.0)
                for r in unique(AlertRecord.model_validate_json(m.value) for m in batch):
                    mark = f"new:{r.event.key}" if r.kind == "new" else f"{r.kind}:{r.notice}"
                    if mark not in seen:  # across polls too
                        seen.add(mark)
                        emit(Delivery(r.kind, r.event, tuple(r.changes), r.notice))
                if not batch and not follow_:
                    return


def register(app: typer.Typer) -> None:
    from readout.cli_webhooks import register_webhooks

    register_webhooks(subs)
    app.command()(subscribe)
    app.command()(alerts)
    app.add_typer(subs, name="subscriptions")


__all__ = ["register", "summary"]
