"""The index port: write reports, read merged events, search. Two backends implement the storage part.

Writing is the same for both: the stored events an incoming report could belong to are found by
their identity probes, the newest version of each document wins, the touched reports are clustered
into events again (`index.identity`) and the changed events written, and emptied ones deleted, in
one bulk request / commit. Failures are reported per input record.
"""
from __future__ import annotations

import base64
import functools
import gc
import json
import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from index.fields import (
    matched_persons,
    prime_analysis,
    query_terms_ko,
    query_text_en,
    seed_analysis,
)
from index.highlight import highlight
from index.identity import Features, probes
from index.lexicon import Vocabulary, default_vocabulary
from index.model import TOTAL_CAP, Analyzer, Facets, Hit, InvalidCursor, MergedEvent, SearchPage, SearchQuery
from index.pivot import PivotRow, check_pivot
from index.plan import Change, Plan, Stored, plan
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


class IndexOutdated(IndexDamaged):
    """The index on disk was built by another version of Readout: rebuild it from the bus."""


@dataclass
class Pending:
    """A prepared write (see `EventIndex.prepare`)."""

    failed: dict[int, str] = field(default_factory=dict)
    valid: list[tuple[int, EventRecord]] = field(default_factory=list)
    plan: Plan | None = None

    @property
    def changes(self) -> list[Change]:
        return self.plan.changes if self.plan else []


@dataclass
class Found:
    """One page of a search: how many events match (exactly, or at least `total` when the count stopped at the
    cap), the page's events and the cursor of the next page."""

    total: int
    exact: bool
    events: list[MergedEvent]
    next: str | None


def capped(count: int, cap: int | None) -> tuple[int, bool]:
    """A count as shown: exact up to the cap, else the cap and "or more" (Elasticsearch's `track_total_hits`)."""
    return (count, True) if cap is None or count <= cap else (cap, False)


def carried_total(cursor: dict[str, Any], cap: int | None) -> tuple[int, bool] | None:
    """The total the first page counted, carried by the cursor of the pages after it (they need not count again),
    when it answers this request: an exact total is asked for and the first page stopped at the cap, it does not."""
    if "t" not in cursor:
        return None
    total, exact = int(cursor["t"]), not cursor.get("g", False)
    if not exact and cap is None:
        return None
    return capped(total, cap) if exact else (total, False)


def with_total(data: dict[str, Any], total: int, exact: bool) -> dict[str, Any]:
    return {**data, "t": total, **({} if exact else {"g": True})}


@dataclass
class TextQuery:
    ko_terms: list[str]
    en_text: str
    given: bool = True  # False: no free text. Text without a single term (`*:*`) matches nothing.
    concepts: list[str] | None = None  # a query made only of known names and terms: match these, in any language

    @property
    def empty(self) -> bool:
        return not self.given

    @property
    def no_terms(self) -> bool:
        return not self.ko_terms and not self.en_text


_F = TypeVar("_F", bound=Callable[..., Any])


def gc_deferred(fn: _F) -> _F:
    """No cyclic garbage collection inside one step of a write. A write makes a few objects per report and
    field (merged events, fields, matches) that reference counting frees when it is done; a full collection in
    the middle walks them and every cache the index keeps (remembered matches, features, parsed reports), and
    moves them along to be walked again: 20-30 % of the write path's CPU in the profile, at a few full
    collections per 3,000 reports. Allocations are still counted, so the next collection, after the step,
    finds whatever outlives it."""
    @functools.wraps(fn)
    def deferred(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()
    return deferred  # type: ignore[return-value]


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
    if not set(data) <= {"s", "offset", "after", "t", "g", "w"} or not _cursor_values_ok(data):
        raise InvalidCursor("search_after is not a cursor returned by this search")
    return data


def _is_int(v: object, low: int, high: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _cursor_values_ok(data: dict[str, Any]) -> bool:
    if "offset" in data and not _is_int(data["offset"], 0, MAX_CURSOR_OFFSET):
        return False
    if "t" in data and not _is_int(data["t"], 0, 2**63 - 1) or "g" in data and data["g"] is not True:
        return False
    if "w" in data and not _is_int(data["w"], 0, 2**63 - 1):
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

    def __init__(self, analyze: Analyzer, vocab: Vocabulary | None = None) -> None:
        self.analyze = analyze
        self.vocab = vocab or default_vocabulary()
        self._features: dict[tuple[str, str], Features] = {}  # identity features by report, reused across writes
        self._primed: dict[int, Any] = {}  # the write's events' texts, gathered once (`fields.prime_analysis`)

    # -- storage, per backend ------------------------------------------------------------------
    @abstractmethod
    def _load(self, keys: list[str]) -> dict[str, Stored]: ...

    @abstractmethod
    def _find(self, probes: list[str]) -> dict[str, Stored]:
        """Stored events carrying any of these identity probes."""

    @abstractmethod
    def _lookup(self, alias: str) -> Stored | None:
        """The stored event one of whose aliases (a report's key, a former key) is `alias`."""

    @abstractmethod
    def _store(self, docs: list[Stored], deletes: Sequence[str] = ()) -> dict[str, str]:
        """Write merged documents (upsert by key) and delete emptied ones; errors by key. Durable when it returns."""

    @abstractmethod
    def _search(self, q: SearchQuery, text: TextQuery, size: int, cap: int | None = TOTAL_CAP) -> Found:
        """A page of `size` events; the total counted exactly up to `cap` (None: all of it)."""

    @abstractmethod
    def _facets(self, q: SearchQuery, text: TextQuery, exact: bool = False) -> Facets:
        """Facet counts; `exact`: of every match (a backend may estimate them over broad queries otherwise)."""

    @abstractmethod
    def count(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    # -- shared ---------------------------------------------------------------------------------
    def write(self, records: Sequence[EventRecord]) -> dict[int, str]:
        """Index a batch of reports; returns the failures by position in `records` (the rest are durable)."""
        return self.write_changes(records)[0]

    def write_changes(self, records: Sequence[EventRecord]) -> tuple[dict[int, str], list[Change]]:
        """`write`, and what changed for readers: events that appeared, were updated or removed."""
        pending = self.prepare(records)
        failed = self.apply(pending)
        return failed, pending.changes

    @gc_deferred
    def prepare(self, records: Sequence[EventRecord]) -> Pending:
        """Work out a write without making it: what to store and delete, and the changes readers will see.

        The indexer publishes the changes before `apply`: a crash in between redoes the same plan, so
        readers may see a change twice (with the same id) but never miss one.
        """
        pending = Pending()
        for i, r in enumerate(records):
            try:
                check_record(r)
            except ValueError as exc:
                pending.failed[i] = f"invalid event: {exc}"
                continue
            pending.valid.append((i, r))
        if not pending.valid:
            return pending
        wanted = sorted({p for _, r in pending.valid for p in probes(r, self.vocab, query=True)})
        stored = self._find(wanted)
        fresh = {r.key for _, r in pending.valid} - set(stored)
        known = set(self._load(sorted(fresh))) if fresh else set()
        try:
            pending.plan = plan(stored, [r for _, r in pending.valid], self.vocab, self._features, known=known)
        except ValueError as exc:
            pending.failed.update({i: f"cannot merge: {exc}" for i, _ in pending.valid})
        return pending

    @gc_deferred
    def apply(self, pending: Pending) -> dict[int, str]:
        """Make a prepared write; returns the failures by position in the batch."""
        failed = dict(pending.failed)
        result = pending.plan
        if result is None or (not result.docs and not result.deletes):
            return failed
        seed_analysis([r for d in result.docs for r in d.records], self.analyze)  # what the reports carry
        self._primed = prime_analysis([d.event for d in result.docs], self.analyze, self.vocab)
        try:
            errors = self._store_each(result.docs, result.deletes)
        finally:
            self._primed = {}
        if errors:
            by_report = {(r.doc_id, r.id): d.event.key for d in result.docs for r in d.records}
            for i, r in pending.valid:
                key = by_report.get((r.doc_id, r.id))
                if key in errors:
                    failed[i] = errors[key]
            result.changes = [c for c in result.changes if c.key not in errors]
        return failed

    def _store_each(self, docs: list[Stored], deletes: Sequence[str] = ()) -> dict[str, str]:
        """`_store`, and when the whole write fails for a reason that is not the index's state, the deletions
        then the documents one by one: only the ones that fail alone are refused (with the error), never the batch."""
        if not docs and not deletes:
            return {}
        try:
            return self._store(docs, deletes)
        except Unavailable:
            raise
        except Exception as exc:
            if len(docs) == 1 and not deletes:
                return {docs[0].event.key: f"refused by the index: {type(exc).__name__}: {exc}"}
        errors: dict[str, str] = {}
        if deletes:
            self._store([], deletes)  # deleting by key does not depend on any document
        for doc in docs:
            errors.update(self._store_each([doc]))
        return errors

    def scan(self, q: SearchQuery | None = None) -> Iterator[MergedEvent]:
        """Every merged event matching `q` (default: all), newest first, read page by page."""
        page_q = (q or SearchQuery()).model_copy(update={"sort": "date", "search_after": None})
        while True:
            found = self._search(page_q, self.text_query(page_q.q), SCAN_PAGE)
            yield from found.events
            if not found.next:
                return
            page_q = page_q.model_copy(update={"search_after": found.next})

    def refresh(self) -> None:
        """Make every acknowledged write searchable now (Elasticsearch shows them within ~1 s anyway)."""
        return None  # tantivy: every write is searchable once committed

    def get(self, key: str) -> MergedEvent | None:
        """The merged event by its key, or by any key that led to it (a report's key, a former key)."""
        found = self._load([key]).get(key) or self._lookup(key)
        return found.event if found else None

    def reports(self, key: str) -> list[EventRecord]:
        found = self._load([key]).get(key) or self._lookup(key)
        return found.records if found else []

    def search(self, q: SearchQuery, *, facets: bool = False, exact_total: bool = False) -> SearchPage:
        """A page of events; the total is exact up to `TOTAL_CAP` (`total_relation` "gte" beyond it) unless
        `exact_total` asks for every match to be counted, and so are the facets then."""
        text = self.text_query(q.q)
        found = self._search(q, text, q.size, None if exact_total else TOTAL_CAP)
        hits = [Hit(event=e, highlights=highlight(e, text.ko_terms, text.en_text.split()) if not text.empty else {},
                    persons=matched_persons(e, q.person) if q.person else []) for e in found.events]
        return SearchPage(total=found.total, total_relation="eq" if found.exact else "gte", hits=hits,
                          next=found.next, facets=self._facets(q, text, exact_total) if facets else None)

    def facets(self, q: SearchQuery, *, exact: bool = False) -> Facets:
        return self._facets(q, self.text_query(q.q), exact)

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
        return TextQuery(query_terms_ko(q, self.analyze), query_text_en(q), concepts=self.vocab.query_concepts(q))

    def __enter__(self) -> EventIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
