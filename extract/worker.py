"""The extraction stage's handler: `raw.documents` -> `events` (keyed by event key) and
`events.topic.<topic>` for every topic an event carries. Exceptions go to `dlq.extract` (runner)."""
from __future__ import annotations

from collections.abc import Sequence

from extract.pipeline import extract_document, prime_documents
from streams.records import DocumentRecord, EventRecord
from streams.topics import EVENTS, topic_stream


def handle(doc: DocumentRecord) -> list[tuple[str, str, EventRecord]]:
    out: list[tuple[str, str, EventRecord]] = []
    for event in extract_document(doc):
        out.append((EVENTS, event.key, event))
        for topic in event.topics:
            out.append((topic_stream(topic), event.key, event))
    return out


def prime(docs: Sequence[DocumentRecord], limit: int | None = None) -> int:
    """Work ahead for a batch about to be handled one document at a time (Korean texts through Kiwi): the same
    outputs, less CPU. At most `limit` characters (None: the default). Returns the characters analysed ahead."""
    return prime_documents(docs, limit)
