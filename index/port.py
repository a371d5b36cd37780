"""The index port: write reports, read merged events, search. Two backends implement the storage part.

Writing is the same for both: reports are grouped by key, merged with the reports already stored
for that key (a report replaces an earlier one from the same document) and the merged documents
written in one bulk request / commit. Failures are reported per input record.
"""
from __future__ import annotations

import base64
import json
import math
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from index.fields import query_terms_ko, query_text_en
from index.highlight import highlight
from index.merge import merge, replace_report
from index.model import Analyzer, Facets, Hit, InvalidCursor, MergedEvent, SearchPage, SearchQuery
from index.pivot import PivotRow, check_pivot
from streams.records import EventRecord

SCAN_PAGE = 1000  # export pages: larger than a search page, still far below the 10,000 result window
MAX_KEY_BYTES = 512  # Elasticsearch's _id limit
MAX_CURSOR_OFFSET = 100_000  # relevance pages by offset on tantivy; `sort=date` pages any depth


class Unavailable(RuntimeError):
    """The index cannot take writes or answer now (down, lock held, disk full, timeouts, 429, 5xx): retry later.

    Anything else a write raises is about the records: it is narrowed down to the documents that cause it.
    """


class IndexDamaged(RuntimeError):
    """The index's files cannot be read: rebuild it from the bus."""


@dataclass
class Stored:
    """What the index keeps per key: the merged event and the reports it was computed from."""

    event: MergedEvent
    records: list[EventRecord]


@dataclass
class TextQuery:
    ko_terms: list[str]
    en_text: str
    given: bool = True  # False: no free text. Text without a single term (`*:*`) matches nothing.

    @property
    def empty(self) -> bool:
        return not self.given

    @property
    def no_terms(self) -> bool:
        return not self.ko_terms and not self.en_text


def check_record(r: EventRecord) -> None:
    """What the index refuses beyond the record schema (it would fail inside the engine otherwise)."""
    if len(r.key.encode()) > MAX_KEY_BYTES:
        raise ValueError(f"key longer than {MAX_KEY_BYTES} bytes")
    if r.date is not None:
        try:
            date.fromisoformat(r.date)
        except ValueError as exc:
            raise ValueError(f"date {r.date!r} is not a calendar date") from exc


def encode_cursor(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str) -> dict[str, Any]:
    """The cursor's contents, checked: a client can send anything (an offset of 10^12 would make the engine
    try to allocate terabytes)."""
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursor("search_after is not a cursor returned by this search") from exc
    if not isinstance(data, dict) or data.get("s") != sort:
        raise InvalidCursor("search_after belongs to a different sort order")
    if not set(data) <= {"s", "offset", "after"} or not _cursor_values_ok(data):
        raise InvalidCursor("search_after is not a cursor returned by this search")
    return data


def _is_int(v: object, low: int, high: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _cursor_values_ok(data: dict[str, Any]) -> bool:
    if "offset" in data and not _is_int(data["offset"], 0, MAX_CURSOR_OFFSET):
        return False
    if "after" not in data:
        return True
    after = data["after"]
    if not isinstance(after, list):  # tantivy: the sort value
        return _is_int(after, -(2**63), 2**63 - 1)
    # Elasticsearch: the sort values, a number and the key
    return 0 < len(after) <= 2 and all(
        _is_int(v, -(2**63), 2**63 - 1) or (isinstance(v, float) and math.isfinite(v))
        or (isinstance(v, str) and len(v) <= MAX_KEY_BYTES) for v in after)


class EventIndex(ABC):
    """One index of merged events. Not thread-safe for writes: one indexer per index (per key partition)."""

    def __init__(self, analyze: Analyzer) -> None:
        self.analyze = analyze

    # -- storage, per backend ------------------------------------------------------------------
    @abstractmethod
    def _load(self, keys: list[str]) -> dict[str, Stored]: ...

    @abstractmethod
    def _store(self, docs: list[Stored]) -> dict[str, str]:
        """Write merged documents (upsert by key); returns errors by key. Durable when it returns."""

    @abstractmethod
    def _search(self, q: SearchQuery, text: TextQuery, size: int) -> tuple[int, list[MergedEvent], str | None]: ...

    @abstractmethod
    def _facets(self, q: SearchQuery, text: TextQuery) -> Facets: ...

    @abstractmethod
    def count(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    # -- shared ---------------------------------------------------------------------------------
    def write(self, records: Sequence[EventRecord]) -> dict[int, str]:
        """Index a batch of reports; returns the failures by position in `records` (the rest are durable)."""
        failed: dict[int, str] = {}
        by_key: dict[str, list[int]] = {}
        for i, r in enumerate(records):
            try:
                check_record(r)
            except ValueError as exc:
                failed[i] = f"invalid event: {exc}"
                continue
            by_key.setdefault(r.key, []).append(i)
        if not by_key:
            return failed
        stored = self._load(list(by_key))
        docs: list[Stored] = []
        for key, idxs in by_key.items():
            before = stored[key].records if key in stored else []
            reports = before
            for i in idxs:
                reports = replace_report(reports, records[i])
            if key in stored and _same(before, reports):
                continue  # a replay: nothing to write
            try:
                docs.append(Stored(merge(reports), reports))
            except ValueError as exc:
                failed.update({i: f"cannot merge: {exc}" for i in idxs})
        for key, error in self._store_each(docs).items():
            failed.update({i: error for i in by_key[key]})
        return failed

    def _store_each(self, docs: list[Stored]) -> dict[str, str]:
        """`_store`, and when the whole write fails for a reason that is not the index's state, the documents
        one by one: only the ones that fail alone are refused (with the error), never the batch."""
        if not docs:
            return {}
        try:
            return self._store(docs)
        except Unavailable:
            raise
        except Exception as exc:
            if len(docs) == 1:
                return {docs[0].event.key: f"refused by the index: {type(exc).__name__}: {exc}"}
        errors: dict[str, str] = {}
        for doc in docs:
            errors.update(self._store_each([doc]))
        return errors

    def scan(self, q: SearchQuery | None = None) -> Iterator[MergedEvent]:
        """Every merged event matching `q` (default: all), newest first, read page by page."""
        page_q = (q or SearchQuery()).model_copy(update={"sort": "date", "search_after": None})
        while True:
            total, events, nxt = self._search(page_q, self.text_query(page_q.q), SCAN_PAGE)
            yield from events
            if not nxt:
                return
            page_q = page_q.model_copy(update={"search_after": nxt})

    def refresh(self) -> None:
        """Make every acknowledged write searchable now (Elasticsearch shows them within ~1 s anyway)."""
        return None  # tantivy: every write is searchable once committed

    def get(self, key: str) -> MergedEvent | None:
        found = self._load([key]).get(key)
        return found.event if found else None

    def reports(self, key: str) -> list[EventRecord]:
        found = self._load([key]).get(key)
        return found.records if found else []

    def search(self, q: SearchQuery, *, facets: bool = False) -> SearchPage:
        text = self.text_query(q.q)
        total, events, nxt = self._search(q, text, q.size)
        hits = [Hit(event=e, highlights=highlight(e, text.ko_terms, text.en_text.split()) if not text.empty else {})
                for e in events]
        return SearchPage(total=total, hits=hits, next=nxt, facets=self._facets(q, text) if facets else None)

    def facets(self, q: SearchQuery) -> Facets:
        return self._facets(q, self.text_query(q.q))

    def pivot(self, q: SearchQuery, outer: str, inner: str, outer_size: int = 50, inner_size: int = 50
              ) -> list[PivotRow]:
        """For each `outer` facet value of the events matching `q`, the counts of `inner` values (engine-side)."""
        sizes = check_pivot(outer, inner, outer_size, inner_size)
        return self._pivot(q.without_paging(), self.text_query(q.q), outer, inner, *sizes)

    def _pivot(self, q: SearchQuery, text: TextQuery, outer: str, inner: str, outer_size: int, inner_size: int
               ) -> list[PivotRow]:
        raise NotImplementedError(f"{type(self).__name__} has no pivot counts")

    def text_query(self, q: str | None) -> TextQuery:
        if not q or not q.strip():
            return TextQuery([], "", given=False)
        return TextQuery(query_terms_ko(q, self.analyze), query_text_en(q))

    def __enter__(self) -> EventIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _same(a: list[EventRecord], b: list[EventRecord]) -> bool:
    key = lambda r: r.doc_id  # noqa: E731
    return [r.model_dump() for r in sorted(a, key=key)] == [r.model_dump() for r in sorted(b, key=key)]
