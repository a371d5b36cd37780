"""Following events: each real-world event once when it appears, then its updates, printed as they land."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from rich.console import Console
from rich.markup import escape

from streams.bus import Bus
from streams.records import EventFilter, EventNotice, EventRecord, NoticeKind
from streams.topics import MERGED


def build_filter(topics: list[str] | None, countries: list[str] | None, person: str | None, series: str | None,
                 types: list[str] | None, since: date | None = None, updates: bool = True) -> EventFilter:
    """A filter from CLI or query parameters (raises pydantic's ValidationError on bad values)."""
    return EventFilter(topics=topics or [], countries=countries or [], person=person,
                       series=series, types=types or [], since=since, updates=updates)


@dataclass(frozen=True)
class Delivery:
    """What a follower is shown: an event the first time it matches, then its updates."""

    kind: NoticeKind
    event: EventRecord
    changes: tuple[str, ...] = ()
    notice: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "event": self.event.model_dump(mode="json"), "changes": list(self.changes)}


_JOIN_GRACE = 30.0  # seconds an idle-exiting follower waits for its group join before it gives up


def follow(bus: Bus, flt: EventFilter, *, name: str | None, from_beginning: bool,
           stop: Callable[[], bool] = lambda: False, idle_exit: float | None = None,
           on_ready: Callable[[], None] | None = None) -> Iterator[Delivery]:
    """Yield each matching event once as it appears, then its updates (unless the filter turns them off).

    Reads `events.merged`, where the index stage says what happened to each real-world event. A named
    subscription commits as it goes and resumes there. `on_ready` runs once the follower holds its
    partitions and positions.
    """
    bus.ensure_topics([MERGED])
    group = f"subscribe.{name}" if name else f"subscribe.anon.{uuid.uuid4().hex[:12]}"
    seen: set[str] = set()  # notices already shown (a redelivery repeats one)
    shown: set[str] = set()  # keys of events shown as new in this session
    start = time.monotonic()
    last: float | None = None  # idle time counts from the join: a slow group join is not an idle topic
    with bus.consumer(group, [MERGED], from_beginning=from_beginning or flt.since is not None) as consumer:
        while not stop():
            batch = consumer.poll(200, 0.5)
            if last is None and (batch or consumer.positions()):  # joined, and where it starts is settled
                last = time.monotonic()
                if on_ready is not None:
                    on_ready()
                    on_ready = None
            if not batch:
                if idle_exit is not None and time.monotonic() - (last or start + _JOIN_GRACE) > idle_exit:
                    return
                continue
            last = time.monotonic()
            for m in batch:
                try:
                    notice = EventNotice.model_validate_json(m.value)
                except ValueError:
                    continue
                kind = notice.verdict(flt)
                keys = {notice.key, *notice.aliases}
                if kind is None or notice.id in seen or (kind == "new" and keys & shown):
                    continue
                seen.add(notice.id)
                if kind == "new":
                    shown |= keys
                yield Delivery(kind, notice.event, tuple(notice.changes) if kind != "new" else (), notice.id)
            consumer.commit()


def summary(event: EventRecord) -> str:
    heads = ", ".join(d.name_en or d.name for d in event.delegates if d.head)
    topics = ",".join(event.topics)
    where = event.location.city or event.location.country or ""
    return (f"[bold]{event.date or 'undated'}[/bold] {event.type:9} {escape(event.name or event.series or '')} "
            f"[cyan]{'/'.join(event.participants)}[/cyan] {escape(where)} "
            f"[green]{topics}[/green]" + (f" · led by {escape(heads)}" if heads else ""))


def delivery_line(d: Delivery) -> str:
    if d.kind == "new":
        return summary(d.event)
    mark = "[yellow]updated[/yellow]" if d.kind == "updated" else "[red]removed[/red]"
    return f"  {mark} {escape(d.event.name or d.event.key)}: {escape('; '.join(d.changes))}"


def commitment_lines(event: EventRecord, most: int = 4) -> list[str]:
    """The event's commitments as readers see them: one line per clause with its topics."""
    from readout.present import clauses

    items = clauses(event.commitments)
    lines = [f"    · {escape('; '.join(c.all_actions()))} [dim]\\[{', '.join(c.tags())}][/dim]" for c in items[:most]]
    return lines + ([f"    · … {len(items) - most} more"] if len(items) > most else [])


def printer(as_json: bool, console: Console, *, details: bool = False) -> Callable[[Delivery], None]:
    """`details`: also each commitment clause of a new event (alerts)."""
    if as_json:
        return lambda d: print(json.dumps(d.as_json(), ensure_ascii=False), flush=True)

    def emit(d: Delivery) -> None:
        console.print(delivery_line(d), highlight=False)
        for line in commitment_lines(d.event) if details and d.kind == "new" else []:
            console.print(line, highlight=False)

    return emit
