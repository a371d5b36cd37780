"""Live routes: `/streams/events` as Server-Sent Events (resumable with Last-Event-ID), `/alerts/{name}`."""
from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from readout.follow import build_filter
from readout.settings import Settings
from streams.bus import Bus, Consumer, UnknownTopic, open_bus
from streams.records import AlertRecord, EventFilter, EventNotice
from streams.subscriptions import NAME, unique
from streams.topics import MERGED, alerts

router = APIRouter(tags=["streams"])
POSITIONS = re.compile(r"^\d{1,4}-\d{1,18}(\.\d{1,4}-\d{1,18}){0,255}$")  # partition-offset pairs, in range
HEARTBEAT_S = 15.0
Positions = dict[int, int]  # partition of `events.merged` -> next offset to read


def encode_positions(positions: Positions) -> str:
    return ".".join(f"{p}-{o}" for p, o in sorted(positions.items()))


def decode_positions(value: str) -> Positions:
    if not POSITIONS.match(value) or len(value) > 4000:
        raise ValueError("Last-Event-ID is not a stream position sent by this server")
    return {int(p): int(o) for p, o in (pair.split("-") for pair in value.split("."))}


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def _filter(topic: list[str] | None, country: list[str] | None, person: str | None, series: str | None,
            type_: list[str] | None, updates: bool) -> EventFilter:
    try:
        return build_filter(topic, country, person, series, type_, updates=updates)
    except ValidationError as exc:
        raise HTTPException(422, detail=exc.errors(include_url=False, include_context=False)) from exc


def sse(kind: str, notice: EventNotice, position: Positions) -> str:
    """One message: `event` (data: the event) the first time, `updated`/`removed` (data: key, changes, event)."""
    if kind == "new":
        data = notice.event.model_dump(mode="json")
        name = "event"
    else:
        data = {"key": notice.key, "aliases": notice.aliases, "changes": notice.changes,
                "event": notice.event.model_dump(mode="json")}
        name = kind
    return f"id: {encode_positions(position)}\nevent: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


async def _events(bus: Bus, reader: Consumer, flt: EventFilter, request: Request,
                  sent: Positions) -> AsyncIterator[str]:
    """Matching notices as they land. Each id is where this stream stands after the message: for every
    partition, the next offset not yet considered, so resuming from it repeats nothing and skips nothing."""
    # One thread per stream runs every call on the reader, closing included: a client that hangs up
    # mid-poll must not close the reader under the running poll.
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sse")
    loop = asyncio.get_running_loop()
    quiet = 0.0
    shown: set[str] = set()
    try:
        yield "retry: 2000\n\n"
        while not await request.is_disconnected():
            batch = await loop.run_in_executor(worker, reader.poll, 100, 0.5)
            for (_, p), at in (await loop.run_in_executor(worker, reader.positions)).items():
                if p not in sent:  # a partition this stream had no position for: it starts where the reader did
                    sent[p] = min([m.offset for m in batch if m.partition == p] or [at])
            if not batch:
                quiet += 0.5
                if quiet >= HEARTBEAT_S:
                    quiet = 0.0
                    yield ": keep-alive\n\n"
                continue
            quiet = 0.0
            for m in batch:
                sent[m.partition] = m.offset + 1
                try:
                    notice = EventNotice.model_validate_json(m.value)
                except ValueError:
                    continue
                kind = notice.verdict(flt)
                keys = {notice.key, *notice.aliases}
                if kind is None or (kind == "new" and keys & shown):
                    continue
                if kind == "new":
                    shown |= keys
                yield sse(kind, notice, sent)
    finally:
        worker.submit(reader.close)
        worker.submit(bus.close)
        worker.shutdown(wait=False)


@router.get("/streams/events", summary="Events as Server-Sent Events: each once, then its updates",
            response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}})
async def stream_events(request: Request, topic: Annotated[list[str] | None, Query()] = None,
                        country: Annotated[list[str] | None, Query()] = None, person: str | None = None,
                        series: str | None = None, type: Annotated[list[str] | None, Query()] = None,
                        updates: bool = True, last_event_id: Annotated[str | None, Header()] = None,
                        from_beginning: bool = False) -> StreamingResponse:
    """Each matching event once as it appears (`event: event`), then `event: updated` when a later report adds
    something (`updates=false` turns them off). Reconnect with `Last-Event-ID` to resume with nothing repeated
    and nothing missed."""
    flt = _filter(topic, country, person, series, type, updates)
    try:
        resume = decode_positions(last_event_id) if last_event_id else None
    except ValueError as exc:
        raise HTTPException(422, detail=str(exc)) from exc
    settings = _settings(request)
    bus = open_bus(settings.bus_url, partitions=settings.partitions)
    bus.ensure_topics([MERGED])
    reader = bus.consumer(None, [MERGED], from_beginning=from_beginning or resume is not None)
    sent: Positions = {}
    for p, offset in (resume or {}).items():  # seek every partition the id names, before the first poll
        reader.seek(MERGED, p, offset)
        sent[p] = offset
    return StreamingResponse(_events(bus, reader, flt, request, sent), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/alerts/{name}", response_model=list[AlertRecord], summary="Alerts a standing subscription fired")
def get_alerts(request: Request, name: str, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[AlertRecord]:
    if not NAME.match(name):
        raise HTTPException(422, detail="subscription names are 1-64 lowercase letters, digits, '-' or '_'")
    settings = _settings(request)
    with open_bus(settings.bus_url, partitions=settings.partitions) as bus:
        try:
            reader = bus.consumer(None, [alerts(name)])
        except UnknownTopic:
            return []
        with reader:
            out: list[AlertRecord] = []
            while len(out) < 10_000:
                batch = reader.poll(1000, 0.2)
                if not batch:
                    break
                out.extend(AlertRecord.model_validate_json(m.value) for m in batch)
    return unique(out)[-limit:]
