"""The extraction stage's handler: `raw.documents` -> `events` (keyed by event key) and
`events.topic.<topic>` for every topic an event carries. Exceptions go to `dlq.extract` (runner)."""
from __future__ import annotations

from extract.pipeline import extract_document
from streams.records import DocumentRecord, EventRecord
from streams.topics import EVENTS, topic_stream


def handle(doc: DocumentRecord) -> list[tuple[str, str, EventRecord]]:
    out: list[tuple[str, str, EventRecord]] = []
    for event in extract_document(doc):
        out.append((EVENTS, event.key, event))
        for topic in event.topics:
            out.append((topic_stream(topic), event.key, event))
    return out
