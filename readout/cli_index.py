"""CLI commands for the index stage: `readout search`, `readout export`, `readout serve`."""
from __future__ import annotations

import csv
import html
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

import typer
from pydantic import ValidationError
from rich.table import Table
from rich.text import Text

from index.model import InvalidCursor, MergedEvent, SearchPage, SearchQuery
from readout.console import make_console
from readout.lock import writer_lock
from readout.plover import plover_records
from readout.settings import load_settings
from streams.records import EventRecord

console = make_console()
err = make_console(stderr=True)
_EM = re.compile(r"<em>(.*?)</em>")

CSV_COLUMNS = ["key", "type", "date", "name", "series", "ordinal", "level", "city", "country", "participants",
               "topics", "persons", "mentioned", "reports", "sources", "urls"]


def _open_index():  # noqa: ANN202 - the index type stays inside index/
    from readout.api import open_search_index

    return open_search_index(load_settings())


def _marked(fragment: str) -> Text:
    """A highlight fragment (`<em>` marks, HTML-escaped) as rich text with the matches in bold."""
    out = Text()
    for i, part in enumerate(_EM.split(fragment)):
        out.append(html.unescape(part), style="bold yellow" if i % 2 else "")
    return out


def _table(page: SearchPage) -> Table:
    t = Table(title=f"{page.total} event(s)", show_lines=True)
    for col in ("date", "type", "event", "participants", "delegates", "reports", "match"):
        t.add_column(col, overflow="fold", max_width=60 if col == "match" else None)
    for hit in page.hits:
        e = hit.event
        match = next(iter(hit.highlights.values()), [""])[0]
        sources = sorted({r.source or "?" for r in e.reports})
        t.add_row(e.date or "—", e.type + (" (mentioned)" if e.mentioned else ""), e.name or e.series or e.key,
                  " ".join(e.participants), ", ".join(p.name_en or p.name for p in e.delegates[:4]),
                  f"{len(e.reports)}: " + ", ".join(sources), _marked(match))
    return t


def csv_row(e: MergedEvent) -> list[str]:
    return [e.key, e.type, e.date or "", e.name or "", e.series or "", "" if e.ordinal is None else str(e.ordinal),
            e.level or "", e.location.city or "", e.location.country or "", ";".join(e.participants),
            ";".join(e.topics), ";".join(p.person for p in e.delegates), str(e.mentioned).lower(),
            str(len(e.reports)), ";".join(sorted({r.source for r in e.reports if r.source})),
            " ".join(r.url for r in e.reports if r.url)]


index_app = typer.Typer(help="The index: load an events file, rebuild from the bus.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(index_app, name="index")

    @app.command()
    def search(
        text: Annotated[str, typer.Argument(help="free text, Korean or English")] = "",
        type_: Annotated[list[str] | None, typer.Option("--type", help="dialogue|launch|agreement|statement")] = None,
        country: Annotated[list[str] | None, typer.Option("--country", help="participant code (repeat)")] = None,
        all_countries: Annotated[bool, typer.Option("--all-countries", help="every --country, not any")] = False,
        topic: Annotated[list[str] | None, typer.Option("--topic")] = None,
        person: Annotated[str | None, typer.Option("--person", help="any spelling, e.g. 왕윤종")] = None,
        series: Annotated[list[str] | None, typer.Option("--series")] = None,
        source: Annotated[list[str] | None, typer.Option("--source")] = None,
        lang: Annotated[list[str] | None, typer.Option("--lang", help="ko|en: events with such a report")] = None,
        from_: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
        to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
        mentioned: Annotated[bool | None, typer.Option("--mentioned/--held", help="only mentioned / held")] = None,
        sort: Annotated[str, typer.Option(help="relevance|date")] = "relevance",
        size: Annotated[int, typer.Option(help="results per page, ≤ 100")] = 20,
        after: Annotated[str | None, typer.Option("--after", help="the `next` cursor of a previous page")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON lines: one hit per line, then the cursor")] = False,
    ) -> None:
        """Search merged events, e.g. `readout search "핵심광물" --country KOR --from 2024-01-01`."""
        try:
            q = SearchQuery.model_validate({
                "q": text or None, "types": type_ or [], "participants": country or [],
                "participants_mode": "all" if all_countries else "any", "topics": topic or [], "person": person,
                "series": series or [], "sources": source or [], "langs": lang or [], "date_from": from_,
                "date_to": to, "mentioned": mentioned, "sort": sort, "size": size, "search_after": after})
        except ValidationError as exc:
            for e in exc.errors():
                err.print(f"[red]{'.'.join(str(p) for p in e['loc']) or 'query'}: {e['msg']}[/red]")
            raise typer.Exit(2) from exc
        with _open_index() as index:
            try:
                page = index.search(q)
            except InvalidCursor as exc:
                err.print(f"[red]--after: {exc}[/red]")
                raise typer.Exit(2) from exc
        if as_json:
            for hit in page.hits:
                sys.stdout.write(hit.model_dump_json() + "\n")
            if page.next:
                sys.stdout.write(json.dumps({"next": page.next}) + "\n")
            return
        console.print(_table(page))
        if page.next:
            console.print(f"more: --after {page.next}")

    @app.command()
    def export(
        format_: Annotated[Literal["jsonl", "csv", "plover"], typer.Option(
            "--format", help="jsonl|csv|plover (PLOVER-style JSON lines, docs/plover.md)")] = "jsonl",
        out: Annotated[Path | None, typer.Option("--out", help="file (default: standard output)")] = None,
        since: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"],
                                                       help="only events from this day on")] = None,
    ) -> None:
        """Export every merged event, newest first (JSON lines keep everything; CSV one flat row per event)."""
        q = SearchQuery(date_from=since.date()) if since else SearchQuery()
        stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        n = 0
        try:
            with _open_index() as index:
                writer = csv.writer(stream) if format_ == "csv" else None
                if writer:
                    writer.writerow(CSV_COLUMNS)
                for e in index.scan(q):
                    if writer:
                        writer.writerow(csv_row(e))
                    elif format_ == "plover":
                        stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(e))
                    else:
                        stream.write(e.model_dump_json() + "\n")
                    n += 1
        finally:
            if out:
                stream.close()
        err.print(f"{n} event(s) exported")

    @index_app.command("load")
    def index_file(
        events: Annotated[Path, typer.Argument(help="EVENTS.jsonl, as written by `readout extract`")],
        batch: Annotated[int, typer.Option(help="events per write")] = 500,
    ) -> None:
        """Index an events file directly, e.g. `readout index load EVENTS.jsonl` (the pipeline's indexer does this
        from the bus)."""
        bad = written = 0
        with writer_lock(load_settings(), "readout index"), _open_index() as index, \
                events.open(encoding="utf-8") as f:
            lines = [(n, line) for n, line in enumerate(f, 1) if line.strip()]
            for start in range(0, len(lines), batch):
                records: list[EventRecord] = []
                numbers: list[int] = []
                for n, line in lines[start:start + batch]:
                    try:
                        records.append(EventRecord.model_validate_json(line))
                        numbers.append(n)
                    except ValidationError as exc:
                        bad += 1
                        err.print(f"[yellow]line {n}: {exc.error_count()} error(s): {exc.errors()[0]['msg']}[/yellow]")
                failed = index.write(records)
                for i, error in failed.items():
                    err.print(f"[yellow]line {numbers[i]}: {error}[/yellow]")
                bad += len(failed)
                written += len(records) - len(failed)
            index.refresh()
            total = index.count()
        err.print(f"{written} report(s) indexed, {bad} refused; the index holds {total} merged event(s)")
        if bad and not written:
            raise typer.Exit(1)

    @app.command()
    def serve(
        host: Annotated[str | None, typer.Option(help="default: settings api_host (loopback)")] = None,
        port: Annotated[int | None, typer.Option(help="default: settings api_port")] = None,
        public: Annotated[bool, typer.Option("--public", help="allow a non-loopback address without a token: "
                                             "read-only, open to anyone who can reach it")] = False,
    ) -> None:
        """Serve the HTTP API (`/search`, `/events/{key}`, `/facets`; OpenAPI docs at `/docs`)."""
        from readout.api_guard import UnsafeBinding
        from readout.app import serve as serve_app

        settings = load_settings()
        if public:
            settings = settings.model_copy(update={"api_public": True})
        try:
            serve_app(settings, host or settings.api_host, port or settings.api_port)
        except UnsafeBinding as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc
