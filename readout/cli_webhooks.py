"""`readout subscriptions webhook`: deliver a standing subscription's alerts to a URL (readout/webhooks.py)."""
from __future__ import annotations

from datetime import UTC, datetime

import typer
from rich.table import Table

from readout.console import make_console
from readout.settings import load_settings
from readout.webhooks import SIGNATURE, WebhookStore
from streams.subscriptions import SubscriptionStore

console = make_console()
err = make_console(stderr=True)


def webhook(name: str, url: str | None = typer.Argument(None, help="http(s) URL to POST each alert to"),
            secret: str | None = typer.Option(None, "--secret", help="HMAC key (default: a new random one)"),
            off: bool = typer.Option(False, "--off", help="Stop delivering NAME's alerts")) -> None:
    """Deliver NAME's new alerts to URL as signed JSON POSTs (the `webhooks` stage of `readout run`)."""
    settings = load_settings()
    store = WebhookStore(settings.data_dir)
    if off:
        if not store.remove(name):
            err.print(f"[red]no webhook for {name!r}[/red]")
            raise typer.Exit(2)
        console.print(f"webhook for {name} removed")
        return
    if url is None:
        hook = store.all().get(name)
        console.print(f"{name}: {hook.url}" if hook else f"no webhook for {name}")
        return
    if name not in SubscriptionStore(settings.data_dir).all():
        err.print(f"[red]no subscription named {name!r}[/red]: add it first (readout subscriptions add {name} …)")
        raise typer.Exit(2)
    try:
        hook = store.set(name, url, secret)
    except ValueError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    console.print(f"alerts of {name} go to {hook.url}, signed in {SIGNATURE} with the secret:", highlight=False)
    print(hook.secret)


def webhooks() -> None:
    """List webhooks: subscription, URL, since when."""
    table = Table("subscription", "url", "since")
    for hook in WebhookStore(load_settings().data_dir).all().values():
        table.add_row(hook.name, hook.url, datetime.fromtimestamp(hook.since, UTC).isoformat(timespec="seconds"))
    console.print(table)


def register_webhooks(subs: typer.Typer) -> None:
    subs.command("webhook")(webhook)
    subs.command("webhooks")(webhooks)
