"""What a write reads back: stored events' reports, parsed once and reused while their stored bytes are the same.

A write finds the stored events its reports may join and needs their reports parsed; the next writes of the
same days read the same events again, and parsing their JSON was a quarter of a write. The cache is checked
against the stored bytes on every read, so it can only save a parse, never serve what the index does not hold:
after another writer's commit, a failed commit or a restart the bytes differ (or the cache is empty) and the
stored JSON is parsed as before.
"""
from __future__ import annotations

from itertools import islice

from pydantic import TypeAdapter

from streams.records import EventRecord

RECORDS = TypeAdapter(list[EventRecord])  # parsed straight from the stored JSON
LIMIT = 60_000  # reports kept parsed (~3 KB each): the oldest half goes when full


class ParsedReports:
    """Parsed reports by event key, with the stored bytes they were parsed from (records are never mutated)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._by_key: dict[str, tuple[bytes, list[EventRecord]]] = {}
        self._size = 0
        self.hits = self.misses = 0

    def get(self, key: str, raw: bytes, remember: bool = True) -> list[EventRecord]:
        """The reports stored as `raw`; `remember`: keep them parsed (a write's read, not a page's)."""
        found = self._by_key.get(key)
        if found is not None and found[0] == raw:
            self.hits += 1
            return list(found[1])
        self.misses += 1
        records = RECORDS.validate_json(raw)
        if remember:
            self.put(key, raw, records)
        return list(records)

    def put(self, key: str, raw: bytes, records: list[EventRecord]) -> None:
        """Remember what was written (after the commit) or read."""
        self.drop(key)
        self._by_key[key] = (raw, list(records))
        self._size += len(records)
        if self._size > self.limit:
            old = list(islice(self._by_key, len(self._by_key) // 2 + 1))
            for k in old:
                self.drop(k)

    def drop(self, key: str) -> None:
        found = self._by_key.pop(key, None)
        if found is not None:
            self._size -= len(found[1])

    def clear(self) -> None:
        self._by_key.clear()
        self._size = 0

    def __len__(self) -> int:
        return len(self._by_key)
