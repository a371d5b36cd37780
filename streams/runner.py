"""The stage runner: a consumer-group member that feeds records to a handler and publishes its outputs.

Offsets are committed only after the outputs (and dead letters) are acknowledged, so a crash
redelivers the batch (at-least-once); sinks are idempotent by record id.
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from streams.bus import Bus, Message
from streams.records import DeadLetter, Record
from streams.topics import dlq

log = logging.getLogger(__name__)

Output = tuple[str, str | None, BaseModel]
MAX_RETRY_WAIT = 30.0


class RetryLater(Exception):
    """Raised by a handler when its sink is down: the batch is retried, not dead-lettered, and not committed."""


@dataclass
class BatchResult:
    outputs: list[Output] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)  # index in the batch -> error text


@dataclass
class StageStats:
    stage: str
    records_in: int = 0
    records_out: int = 0
    errors: int = 0
    batches: int = 0
    started: float = field(default_factory=time.time)
    last_batch: float | None = None
    waiting: str = ""  # why the current batch is held back (its sink is down), empty while it flows
    retries: int = 0


def dead_letter(stage: str, msg: Message, error: str) -> DeadLetter:
    return DeadLetter(stage=stage, topic=msg.topic, key=msg.key, error=error[:4000],
                      payload=msg.value.decode("utf-8", errors="replace"),
                      partition=msg.partition, offset=msg.offset)


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return f"invalid record: {exc.error_count()} error(s): " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors()[:10])
    return f"{type(exc).__name__}: {exc}"


def process_batch(stage: str, messages: list[Message], record_type: type[Record],
                  handle: Callable[[Record], Iterable[Output]] | None,
                  handle_batch: Callable[[list[Record]], BatchResult] | None,
                  before: Callable[[list[Record]], object] | None = None) -> tuple[list[Output], int]:
    """Decode, handle and collect outputs; anything that fails becomes a dead letter. Returns (outputs, errors).
    `before` sees a per-record handler's decoded batch first (work it can do ahead for all of them); if it
    fails, the records are handled as they would have been without it."""
    outputs: list[Output] = []
    letters: list[Output] = []
    decoded: list[tuple[Message, Record]] = []
    for msg in messages:
        try:
            decoded.append((msg, record_type.model_validate_json(msg.value)))
        except ValidationError as exc:
            letters.append((dlq(stage), msg.key, dead_letter(stage, msg, describe(exc))))
    if handle_batch is not None:
        try:
            result = handle_batch([r for _, r in decoded])
        except RetryLater:
            raise
        except Exception as exc:  # the whole batch failed: every record goes to the DLQ, the stage moves on
            log.exception("stage %s: batch handler failed", stage)
            result = BatchResult(failed={i: describe(exc) for i in range(len(decoded))})
        outputs.extend(result.outputs)
        for i, error in result.failed.items():
            msg = decoded[i][0]
            letters.append((dlq(stage), msg.key, dead_letter(stage, msg, error)))
    elif handle is not None:
        if before is not None and decoded:
            try:
                before([r for _, r in decoded])
            except Exception as exc:
                log.warning("stage %s: the work ahead of a batch failed (%s); handling it record by record",
                            stage, describe(exc))
        for msg, record in decoded:
            try:
                outputs.extend(handle(record))
            except RetryLater:
                raise
            except Exception as exc:
                log.warning("stage %s: %s at %s[%d]@%d", stage, describe(exc), msg.topic, msg.partition, msg.offset)
                letters.append((dlq(stage), msg.key, dead_letter(stage, msg, describe(exc))))
    return outputs + letters, len(letters)


IDLE_GRACE = 30.0  # seconds of empty polls after which an exiting stage leaves records to other members


def drained(bus: Bus, group: str, topics: Sequence[str]) -> bool:
    """The group has committed everything on `topics`."""
    infos = {t.name: t for t in bus.topics()}
    return all(infos[t].lag.get(group, infos[t].size) == 0 for t in topics if t in infos)


def run_stage(bus: Bus, *, stage: str, topics: Sequence[str], record_type: type[Record],
              handle: Callable[[Record], Iterable[Output]] | None = None,
              handle_batch: Callable[[list[Record]], BatchResult] | None = None,
              before_batch: Callable[[list[Record]], object] | None = None,
              group: str | None = None, stop: threading.Event | None = None, max_batch: int = 200,
              poll_timeout: float = 0.5, exit_when_idle: bool = False,
              on_batch: Callable[[StageStats], None] | None = None,
              after_commit: Callable[[list[Output]], None] | None = None,
              install_signals: bool = False) -> StageStats:
    """Consume `topics` as group `group` (default: the stage name) until `stop` is set.

    With `exit_when_idle`, returns after an empty poll once the group has nothing left on `topics` (for batch jobs
    and tests): under load a first poll can come back empty while the group join or the first fetch is slow.
    `after_commit` sees each batch's outputs once they are acknowledged and the offsets committed. `before_batch`
    (with `handle`) sees each decoded batch before its records are handled one by one.
    """
    if (handle is None) == (handle_batch is None):
        raise ValueError("give exactly one of handle or handle_batch")
    stop = stop or threading.Event()
    if install_signals:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())  # finish the current batch, commit, return
    stats = StageStats(stage)
    bus.ensure_topics([*topics, dlq(stage)])  # the dead-letter topic exists before anything fails
    consumer = bus.consumer(group or stage, topics)
    idle_since: float | None = None
    try:
        while not stop.is_set():
            messages = consumer.poll(max_batch, poll_timeout)
            if not messages:
                if exit_when_idle:
                    idle_since = idle_since or time.monotonic()
                    if time.monotonic() - idle_since > IDLE_GRACE or drained(bus, group or stage, topics):
                        break
                continue
            idle_since = None
            wait = 1.0
            while True:
                try:
                    outputs, errors = process_batch(stage, messages, record_type, handle, handle_batch,
                                                     before_batch)
                    break
                except RetryLater as exc:
                    log.warning("stage %s: %s; retrying the batch in %.0fs", stage, exc, wait)
                    stats.waiting, stats.retries = f"retrying: {exc}", stats.retries + 1
                    if on_batch:
                        on_batch(stats)  # `readout run` shows why the stage is stuck
                    if stop.wait(wait):
                        return stats  # stopped while the sink is down: nothing committed, redelivered later
                    wait = min(wait * 2, MAX_RETRY_WAIT)
            bus.publish_many(outputs)  # returns once every output is acknowledged
            consumer.commit()
            if after_commit:
                after_commit(outputs)
            stats.records_in += len(messages)
            stats.records_out += len(outputs) - errors
            stats.errors += errors
            stats.batches += 1
            stats.waiting = ""
            stats.last_batch = time.time()
            if on_batch:
                on_batch(stats)
    finally:
        consumer.close()
    return stats
