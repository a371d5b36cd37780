"""Following event streams: which topic to read for a filter, and printing events as they land."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date

from rich.console import Console
from rich.markup import escape

from streams.bus import Bus
from streams.records import EventFilter, EventRecord
from streams.topics import EVENTS, topic_stream


def build_filter(topics: list[str] | None, countries: list[str] | None, person: str | None, series: str | None,
                 types: list[str] | None, since: date | None = None) -> EventFilter:
    """A filter from CLI or query parameters (raises pydantic's ValidationError on bad values)."""
    return EventFilter(topics=topics or [], countries=[c.upper() for c in countries or []], person=person,
                       series=series, types=types or [], since=since)


def source_topic(flt: EventFilter) -> str:
    """One topic filter reads its own stream; anything else reads `events` (no repeats across streams)."""
    return topic_stream(flt.topics[0]) if len(flt.topics) == 1 else EVENTS


def follow(bus: Bus, flt: EventFilter, *, name: str | None, from_beginning: bool,
           stop: Callable[[], bool] = lambda: False, idle_exit: float | None = None) -> Iterator[EventRecord]:
    """Yield matching events as they land. A named subscription commits as it goes and resumes there."""
    topic = source_topic(flt)
    bus.ensure_topics([topic])
    group = f"subscribe.{name}" if name else f"subscribe.anon.{uuid.uuid4().hex[:12]}"
    seen: set[str] = set()
    last = time.monotonic()
    with bus.consumer(group, [topic], from_beginning=from_beginning or flt.since is not None) as consumer:
        while not stop():
            batch = consumer.poll(200, 0.5)
            if not batch:
                if idle_exit is not None and time.monotonic() - last > idle_exit:
                    return
                continue
            last = time.monotonic()
            for m in batch:
                try:
                    event = EventRecord.model_validate_json(m.value)
                except ValueError:
                    continue  # not an event: the extraction stage's DLQ holds the story
                if flt.matches(event) and event.id not in seen:
                    seen.add(event.id)
                    yield event
            consumer.commit()


def summary(event: EventRecord) -> str:
    heads = ", ".join(d.name_en or d.name for d in event.delegates if d.head)
    topics = ",".join(event.topics)
    where = event.location.city or event.location.country or ""
    return (f"[bold]{event.date or 'undated'}[/bold] {event.type:9} {escape(event.name or event.series or '')} "
            f"[cyan]{'/'.join(event.participants)}[/cyan] {escape(where)} "
            f"[green]{topics}[/green]" + (f" · led by {escape(heads)}" if heads else ""))


def printer(as_json: bool, console: Console) -> Callable[[EventRecord], None]:
    if as_json:
        return lambda e: print(json.dumps(e.model_dump(mode="json"), ensure_ascii=False), flush=True)
    return lambda e: console.print(summary(e), highlight=False)
