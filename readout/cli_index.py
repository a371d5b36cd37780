"""CLI commands for the index stage: `readout search`, `readout export`, `readout serve`."""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Table
from rich.text import Text

from index.model import InvalidCursor, SearchPage, SearchQuery, total_label
from readout.console import make_console
from readout.exports import Format, lines
from readout.lock import writer_lock
from readout.present import documents, event_panel
from readout.settings import load_settings
from streams.records import EventRecord

console = make_console()
err = make_console(stderr=True)
_EM = re.compile(r"<em>(.*?)</em>")


def _open_index():  # noqa: ANN202 - the index type stays inside index/
    """The configured index for reading; a clear message (not an empty result) when there is none here."""
    from readout.api import open_search_index

    settings = load_settings()
    url = settings.index_url
    if url.startswith("tantivy://") and not (Path(url.removeprefix("tantivy://")) / "meta.json").exists():
        err.print(f"[yellow]no index at {url.removeprefix('tantivy://')}[/yellow] (data dir "
                  f"{settings.data_dir.resolve()}). Run `readout demo` or `readout run` in this folder first, or "
                  "point READOUT_DATA_DIR (or READOUT_INDEX) at the folder that holds it.")
        raise typer.Exit(1)
    return open_search_index(settings)  # a damaged or outdated index: `readout.errors` says what to do


def _marked(fragment: str) -> Text:
    """A highlight fragment (`<em>` marks, HTML-escaped) as rich text with the matches in bold."""
    out = Text()
    for i, part in enumerate(_EM.split(fragment)):
        out.append(html.unescape(part), style="bold yellow" if i % 2 else "")
    return out


def _table(page: SearchPage) -> Table:
    t = Table(title=f"{total_label(page.total, page.total_relation)} event(s)", show_lines=True)
    for col in ("date", "type", "event", "participants", "delegates", "reports", "match"):
        t.add_column(col, overflow="fold", max_width=60 if col == "match" else None)
    for hit in page.hits:
        e = hit.event
        match = next(iter(hit.highlights.values()), [""])[0]
        docs = documents(e)
        sources = sorted({r.source or "?" for r in docs})
        people = Text(", ".join(p.name_en or p.name for p in e.delegates[:4]))
        if hit.persons:  # the person filter's matches, named
            people = Text("matched: ", style="bold") + Text(", ".join(hit.persons), style="bold yellow")
        t.add_row(e.date or "—", e.type + (" (mentioned)" if e.mentioned else ""), e.name or e.series or e.key,
                  " ".join(e.participants), people, f"{len(docs)}: " + ", ".join(sources), _marked(match))
    return t


TYPE = typer.Option("--type", help="dialogue|launch|agreement|statement")
COUNTRY = typer.Option("--country", help="participant: code or name, Korean or English (KOR, ROK, 한국…); repeat")
ALL = typer.Option("--all-countries", help="every --country, not any")
PERSON = typer.Option("--person", help="any spelling or one name (Blinken, 블링컨, 왕윤종)")
LANG = typer.Option("--lang", help="ko|en: events with a report in that language")
FROM = typer.Option("--from", help="YYYY-MM-DD")
TO = typer.Option("--to", help="YYYY-MM-DD")
HELD = typer.Option("--mentioned/--held", help="only mentioned / only held")


def make_query(fields: dict[str, object]) -> SearchQuery:
    """A search from command-line values; every invalid value is reported by name, and the command exits 2."""
    try:
        return SearchQuery.model_validate(fields)
    except ValidationError as exc:
        names = {"participants": "--country", "langs": "--lang", "date_from": "--from", "date_to": "--to",
                 "types": "--type", "topics": "--topic", "search_after": "--after"}
        for e in exc.errors():
            field = str(e["loc"][0]) if e["loc"] else "query"
            err.print(f"[red]{names.get(field, '--' + field)}: {e['msg']}[/red]")
        raise typer.Exit(2) from exc


index_app = typer.Typer(help="The index: load an events file, rebuild from the bus.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(index_app, name="index")

    @app.command()
    def search(
        text: Annotated[str, typer.Argument(help="free text, Korean or English")] = "",
        type_: Annotated[list[str] | None, TYPE] = None,
        country: Annotated[list[str] | None, COUNTRY] = None,
        all_countries: Annotated[bool, ALL] = False,
        topic: Annotated[list[str] | None, typer.Option("--topic")] = None,
        person: Annotated[str | None, PERSON] = None,
        series: Annotated[list[str] | None, typer.Option("--series")] = None,
        source: Annotated[list[str] | None, typer.Option("--source")] = None,
        lang: Annotated[list[str] | None, LANG] = None,
        from_: Annotated[str | None, FROM] = None,
        to: Annotated[str | None, TO] = None,
        mentioned: Annotated[bool | None, HELD] = None,
        sort: Annotated[str, typer.Option(help="relevance|date")] = "relevance",
        size: Annotated[int, typer.Option(help="results per page, ≤ 100")] = 20,
        after: Annotated[str | None, typer.Option("--after", help="the `next` cursor of a previous page")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON lines: one hit per line, then the cursor")] = False,
    ) -> None:
        """Search merged events, e.g. `readout search "핵심광물" --country Korea --from 2024-01-01`."""
        q = make_query({
            "q": text or None, "types": type_ or [], "participants": country or [],
            "participants_mode": "all" if all_countries else "any", "topics": topic or [], "person": person,
            "series": series or [], "sources": source or [], "langs": lang or [], "date_from": from_,
            "date_to": to, "mentioned": mentioned, "sort": sort, "size": size, "search_after": after})
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
        text: Annotated[str, typer.Argument(help="free text, as for search (default: every event)")] = "",
        format_: Annotated[Format, typer.Option(
            "--format", help="jsonl|csv|plover (PLOVER-style JSON lines, docs/plover.md)")] = "jsonl",
        out: Annotated[Path | None, typer.Option("--out", help="file (default: standard output)")] = None,
        type_: Annotated[list[str] | None, TYPE] = None,
        country: Annotated[list[str] | None, COUNTRY] = None,
        all_countries: Annotated[bool, ALL] = False,
        topic: Annotated[list[str] | None, typer.Option("--topic")] = None,
        person: Annotated[str | None, PERSON] = None,
        series: Annotated[list[str] | None, typer.Option("--series")] = None,
        source: Annotated[list[str] | None, typer.Option("--source")] = None,
        lang: Annotated[list[str] | None, LANG] = None,
        from_: Annotated[str | None, FROM] = None,
        to: Annotated[str | None, TO] = None,
        mentioned: Annotated[bool | None, HELD] = None,
    ) -> None:
        """Export merged events, newest first, with the filters of `readout search` (JSON lines keep everything;
        CSV: one row per event with its delegates and commitments)."""
        q = make_query({
            "q": text or None, "types": type_ or [], "participants": country or [],
            "participants_mode": "all" if all_countries else "any", "topics": topic or [], "person": person,
            "series": series or [], "sources": source or [], "langs": lang or [], "date_from": from_,
            "date_to": to, "mentioned": mentioned})
        n = 0
        with _open_index() as index:
            stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
            try:
                def counted():  # noqa: ANN202
                    nonlocal n
                    for e in index.scan(q):
                        n += 1
                        yield e

                for chunk in lines(counted(), format_):
                    stream.write(chunk)
            finally:
                if out:
                    stream.close()
        err.print(f"{n} event(s) exported")

    @app.command("event")
    def show_event(key: Annotated[str, typer.Argument(help="an event key (or a report's key) from search")],
                   as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """One merged event: facts, delegates, commitments (each clause once, both languages), reports."""
        with _open_index() as index:
            event = index.get(key)
        if event is None:
            err.print(f"[red]no event with key {key!r}[/red]")
            raise typer.Exit(2)
        if as_json:
            sys.stdout.write(event.model_dump_json() + "\n")
            return
        console.print(event_panel(event))

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
        port: Annotated[int | None, typer.Option(min=1, max=65535, help="default: settings api_port")] = None,
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
