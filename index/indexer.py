"""The indexer: a stage-runner batch handler that writes `events` into the index.

Each batch's changes (an event appeared, was updated or went away) are published on `events.merged`
before the index write, then the write is made; the runner commits the batch's offsets after that.
A crash in between redoes the same plan: followers may get a change twice, with the same notice id,
but never miss one. Items the index refused come back in `failed` and go to `dlq.index`. When the
index itself cannot write (down, lock held, disk full, timeouts, 429, 5xx) the batch is kept: `RetryLater`.
"""
from __future__ import annotations

from collections.abc import Callable

from index.notices import notice
from index.port import EventIndex, Unavailable
from streams.bus import Bus
from streams.records import EventRecord, Record
from streams.runner import BatchResult, RetryLater
from streams.topics import MERGED

STAGE = "index"


def make_handler(index: EventIndex, bus: Bus | None = None) -> Callable[[list[Record]], BatchResult]:
    """`bus`: where to publish the changes (none: index only, as `readout index FILE` does)."""
    def handle_batch(records: list[Record]) -> BatchResult:
        events: list[EventRecord] = []
        failed: dict[int, str] = {}
        positions: list[int] = []
        for i, r in enumerate(records):
            if isinstance(r, EventRecord):
                events.append(r)
                positions.append(i)
            else:
                failed[i] = f"not an event record: {type(r).__name__}"
        try:
            pending = index.prepare(events)
            if bus is not None and pending.changes:
                try:
                    bus.publish_many((MERGED, c.key, notice(c)) for c in pending.changes)
                except Exception as exc:  # the bus refused: nothing written yet, retry the whole batch
                    raise RetryLater(f"publishing changes failed: {exc}") from exc
            written = index.apply(pending)
        except Unavailable as exc:  # the index's state, not the records: keep the batch, commit nothing
            raise RetryLater(str(exc)) from exc
        for j, error in written.items():
            failed[positions[j]] = error
        return BatchResult(outputs=[], failed=failed)

    return handle_batch
