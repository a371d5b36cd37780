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

from readout.follow import build_filter, source_topic
from readout.settings import Settings
from streams.bus import Bus, Consumer, UnknownTopic, open_bus
from streams.records import AlertRecord, EventFilter, EventRecord
from streams.subscriptions import NAME, unique
from streams.topics import alerts

router = APIRouter(tags=["streams"])
POSITIONS = re.compile(r"^\d{1,4}-\d{1,18}(\.\d{1,4}-\d{1,18}){0,255}$")  # partition-offset pairs, in range
HEARTBEAT_S = 15.0


def encode_positions(positions: dict[tuple[str, int], int]) -> str:
    return ".".join(f"{p}-{o}" for (_, p), o in sorted(positions.items()))


def decode_positions(value: str) -> dict[int, int]:
    if not POSITIONS.match(value):
        raise ValueError("Last-Event-ID is not a stream position sent by this server")
    return {int(p): int(o) for p, o in (pair.split("-") for pair in value.split("."))}


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def _filter(topic: list[str] | None, country: list[str] | None, person: str | None, series: str | None,
            type_: list[str] | None) -> EventFilter:
    try:
        return build_filter(topic, country, person, series, type_)
    except ValidationError as exc:
        raise HTTPException(422, detail=exc.errors(include_url=False, include_context=False)) from exc


async def _events(bus: Bus, reader: Consumer, flt: EventFilter, request: Request) -> AsyncIterator[str]:
    # One thread per stream runs every call on the reader, closing included: a client that hangs up
    # mid-poll must not close the reader under the running poll.
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sse")
    loop = asyncio.get_running_loop()
    quiet = 0.0
    try:
        yield "retry: 2000\n\n"
        while not await request.is_disconnected():
            batch = await loop.run_in_executor(worker, reader.poll, 100, 0.5)
            if not batch:
                quiet += 0.5
                if quiet >= HEARTBEAT_S:
                    quiet = 0.0
                    yield ": keep-alive\n\n"
                continue
            quiet = 0.0
            for m in batch:
                position = {**reader.positions(), (m.topic, m.partition): m.offset + 1}
                try:
                    event = EventRecord.model_validate_json(m.value)
                except ValueError:
                    continue
                if flt.matches(event):
                    data = json.dumps(event.model_dump(mode="json"), ensure_ascii=False)
                    yield f"id: {encode_positions(position)}\nevent: event\ndata: {data}\n\n"
    finally:
        worker.submit(reader.close)
        worker.submit(bus.close)
        worker.shutdown(wait=False)


@router.get("/streams/events", summary="New events as Server-Sent Events",
            response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}})
async def stream_events(request: Request, topic: Annotated[list[str] | None, Query()] = None,
                        country: Annotated[list[str] | None, Query()] = None, person: str | None = None,
                        series: str | None = None, type: Annotated[list[str] | None, Query()] = None,
                        last_event_id: Annotated[str | None, Header()] = None,
                        from_beginning: bool = False) -> StreamingResponse:
    """Each matching event as it lands; reconnect with `Last-Event-ID` to resume without gaps."""
    flt = _filter(topic, country, person, series, type)
    try:
        resume = decode_positions(last_event_id) if last_event_id else None
    except ValueError as exc:
        raise HTTPException(422, detail=str(exc)) from exc
    settings = _settings(request)
    bus = open_bus(settings.bus_url, partitions=settings.partitions)
    name = source_topic(flt)
    bus.ensure_topics([name])
    reader = bus.consumer(None, [name], from_beginning=from_beginning or resume is not None)
    if resume is not None:
        for (t, p), _ in reader.positions().items():
            reader.seek(t, p, resume.get(p, 0))
    return StreamingResponse(_events(bus, reader, flt, request), media_type="text/event-stream",
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
