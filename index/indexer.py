"""The indexer: a stage-runner batch handler that writes `events` into the index.

The runner commits the batch's offsets only after this returns, i.e. after the index acknowledged
the writes; items the index refused come back in `failed` and go to `dlq.index`.
"""
from __future__ import annotations

from collections.abc import Callable

from index.port import EventIndex
from streams.records import EventRecord, Record
from streams.runner import BatchResult

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
        for j, error in index.write(events).items():
            failed[positions[j]] = error
        return BatchResult(outputs=[], failed=failed)

    return handle_batch
