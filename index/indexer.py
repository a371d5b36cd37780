"""The indexer: a stage-runner batch handler that writes `events` into the index.

The runner commits the batch's offsets only after this returns, i.e. after the index acknowledged
the writes; items the index refused come back in `failed` and go to `dlq.index`. When the index
itself cannot write (down, lock held, disk full, timeouts, 429, 5xx) the batch is kept: `RetryLater`.
"""
from __future__ import annotations

from collections.abc import Callable

from index.port import EventIndex, Unavailable
from streams.records import EventRecord, Record
from streams.runner import BatchResult, RetryLater

STAGE = "index"


def make_handler(index: EventIndex) -> Callable[[list[Record]], BatchResult]:
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
            written = index.write(events)
        except Unavailable as exc:  # the index's state, not the records: keep the batch, commit nothing
            raise RetryLater(str(exc)) from exc
        for j, error in written.items():
            failed[positions[j]] = error
        return BatchResult(outputs=[], failed=failed)

    return handle_batch
