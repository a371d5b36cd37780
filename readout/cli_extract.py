"""CLI commands for the extract stage; `register` adds them to the main app."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from readout.settings import export_extract_settings, load_settings

err = Console(stderr=True)
_FIELDS = ("id", "url", "title", "text", "published", "lang", "source")


def _published(value: object) -> date | datetime | None:
    """A date, or an ISO 8601 datetime: with a zone it is kept; without one its date is the day as written."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else _aware_or_day(datetime.fromisoformat(value))
    except ValueError:
        return None


def _aware_or_day(moment: datetime) -> date | datetime:
    return moment if moment.tzinfo is not None else moment.date()


def _read(path: Path) -> tuple[list, int]:
    """Documents from a JSONL file; bad lines are reported with their number and skipped."""
    from streams.records import DocumentRecord

    docs, bad = [], 0
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict) or "id" not in raw or "text" not in raw:
                    raise ValueError("needs an object with `id` and `text`")
                raw = {k: raw[k] for k in _FIELDS if raw.get(k) is not None}
                raw["id"] = str(raw["id"])
                if "published" in raw:
                    raw["published"] = _published(raw["published"])
                    if raw["published"] is None:
                        err.print(f"{path}:{n}: unusable `published`: relative dates stay unresolved", markup=False)
                        raw.pop("published")
                docs.append(DocumentRecord(**raw))
            except (ValueError, ValidationError) as exc:
                bad += 1
                err.print(f"{path}:{n}: skipped: {str(exc).splitlines()[0][:200]}", markup=False, highlight=False)
    return docs, bad


def extract_each(docs: list) -> Iterator[tuple[object, list | None]]:
    """Each document with its events (None when its extraction failed: reported, and the run goes on), with a
    progress bar on a terminal."""
    from extract.pipeline import extract_document

    export_extract_settings(load_settings())  # READOUT_TOPICS/READOUT_EVENTS, also from readout.toml
    with Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not err.is_terminal) as progress:
        task = progress.add_task("docs", total=len(docs))
        for doc in docs:
            try:
                events = extract_document(doc)
            except Exception as exc:  # one broken document must not stop the run
                err.print(f"{doc.id}: extraction failed: {type(exc).__name__}: {exc}", markup=False)
                events = None
            yield doc, events
            progress.advance(task)


def extract_file(inp: Path, out: Path) -> int:
    """`readout extract`: returns the exit status (non-zero only when nothing could be read)."""
    docs, bad = _read(inp)
    if not docs:
        err.print(f"{inp}: no readable documents ({bad} bad lines)")
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    events = failed = 0
    with out.open("w", encoding="utf-8") as f:
        for _, records in extract_each(docs):
            failed += records is None
            for event in records or []:
                f.write(event.model_dump_json() + "\n")
                events += 1
    err.print(f"{len(docs)} documents, {events} events, {bad} bad lines, {failed} failed -> {out}")
    return 0


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_cmd(
        inp: Annotated[Path, typer.Option("--in", help="documents, one JSON object a line")],
        out: Annotated[Path, typer.Option("--out", help="events, one JSON object a line")],
    ) -> None:
        """Extract events from a JSONL file of documents (offline)."""
        if not inp.exists():
            err.print(f"{inp}: no such file")
            raise typer.Exit(1)
        raise typer.Exit(extract_file(inp, out))

    @app.command("extract-text")
    def extract_text_cmd(
        text: Annotated[str, typer.Argument(help="the text; `-` reads stdin")],
        published: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD or ISO 8601)")] = None,
        lang: Annotated[str | None, typer.Option(help="ko or en (detected when missing)")] = None,
        title: Annotated[str | None, typer.Option()] = None,
    ) -> None:
        """Print the events of one text, for quick checks."""
        from extract.pipeline import extract_document
        from streams.records import DocumentRecord

        export_extract_settings(load_settings())
        body = sys.stdin.read() if text == "-" else text
        pub = _published(published) if published else None
        if published and pub is None:
            err.print(f"--published {published!r}: expected YYYY-MM-DD or an ISO 8601 datetime")
            raise typer.Exit(2)
        doc = DocumentRecord(id="text", text=body, published=pub, lang=lang, title=title)
        for event in extract_document(doc):
            print(json.dumps(event.model_dump(mode="json", exclude={"schema_version"}), ensure_ascii=False, indent=2))
