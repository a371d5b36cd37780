"""`readout series [NAME]`: recurring series, and one series' rounds with commitment follow-through and the
announced next round against the one held."""
from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from index.series import SeriesView, find_series, list_series, series_view
from readout.console import make_console
from readout.settings import load_settings

console = make_console()
err = make_console(stderr=True)
STATUS = {"realised": "[green]realised[/green]", "reported_again": "[blue]reported again[/blue]",
          "no_later_report": "no later report yet", "undated": "round undated", "on_time": "[green]on time[/green]",
          "late": "[red]late[/red]", "held": "[green]held[/green]", "not_yet": "not yet"}


def _open_index():  # noqa: ANN202 - the index type stays inside index/
    from readout.api import open_search_index

    return open_search_index(load_settings())


def print_series(view: SeriesView) -> None:
    console.print(f"[bold]{view.name}[/bold] · {len(view.rounds)} round(s) held, {len(view.mentions)} mentioned")
    for r in view.rounds:
        place = ", ".join(x for x in (r.place.city, r.place.country) if x)
        heads = "; ".join(f"{h.name} ({h.country})" if h.country else h.name for h in r.heads)
        console.print(f"\n[bold]{'round ' + str(r.ordinal) if r.ordinal else 'unnumbered round'}[/bold] "
                      f"{r.date or 'undated'} {place} · {r.key}" + (f" · led by {heads}" if heads else ""),
                      highlight=False)
        if r.next:
            n = r.next
            held = f": {n.held_date} ({n.held_key})" if n.held_key else ""
            where = n.place.city or n.place.country
            console.print(f"  next round announced: {('no. ' + str(n.ordinal) + ' ') if n.ordinal else ''}"
                          f"{n.when or 'no date given'}{' in ' + where if where else ''} → {STATUS[n.status]}{held}",
                          highlight=False)
        table = Table("topic", "commitment", "status", "later events", show_edge=False)
        for c in r.commitments:
            table.add_row(c.topic, c.action, STATUS[c.status],
                          "; ".join(f"{e.date} {e.type} {e.name or e.key}" for e in c.events))
        if r.commitments:
            console.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def series(
        name: Annotated[str | None, typer.Argument(help="a series id, name or part of one")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON instead of tables")] = False,
    ) -> None:
        """List recurring series, or show one: rounds, follow-through of each commitment, the next round."""
        with _open_index() as index:
            if name is None:
                found = list_series(index)
                if as_json:
                    sys.stdout.writelines(s.model_dump_json() + "\n" for s in found)
                    return
                table = Table("id", "series", "rounds", "mentions", "first", "latest", title=f"{len(found)} series")
                for s in found:
                    table.add_row(s.id, s.name, str(s.rounds), str(s.mentions), s.first or "-", s.last or "-")
                console.print(table)
                return
            full = find_series(index, name)
            view = series_view(index, full) if full else None
        if view is None:
            err.print(f"[red]no series matches {name!r}[/red] (readout series lists them)")
            raise typer.Exit(2)
        if as_json:
            sys.stdout.write(view.model_dump_json() + "\n")
        else:
            print_series(view)
