"""The embedded backend: a tantivy index in a directory (the single-machine default)."""
from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tantivy
from pydantic import TypeAdapter
from tantivy import FieldType, Occur, Order, Query

from index import analyzers
from index.fields import RANK_BOOSTS, keyword_filters, search_fields
from index.identity import stored_probes
from index.lexicon import Vocabulary
from index.model import FACETS, Analyzer, Bucket, Facets, MergedEvent, SearchQuery
from index.pivot import PivotRow, pivot_aggs, pivot_rows
from index.plan import Stored
from index.port import (
    MAX_CURSOR_OFFSET,
    EventIndex,
    IndexDamaged,
    IndexOutdated,
    TextQuery,
    Unavailable,
    decode_cursor,
    encode_cursor,
)
from streams.records import EventRecord

log = logging.getLogger(__name__)
RECORDS = TypeAdapter(list[EventRecord])  # parsed straight from the stored JSON: a write reads many
KEYWORDS = ("type", "participants", "topics", "series", "source", "lang", "persons", "person_names",
            "doc_ids", "month", "mentioned", "level", "country", "aliases", "probes", "flags", "concepts")
SCHEMA_VERSION = 2  # bump when the schema changes: an index built with another one must be rebuilt
MAX_FOUND = 10_000
FACET_FIELDS = {"type": "type", "participants": "participants", "topics": "topics", "persons": "persons",
                "series": "series", "source": "source", "lang": "lang", "month": "month"}
assert set(FACET_FIELDS) == set(FACETS)
FACET_SIZE = 50
WRITER_HEAP = 64_000_000
MIN_FREE_BYTES = 64 * 1024 * 1024  # below this, a failed commit is reported as a full disk


def schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("key", stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    for name in KEYWORDS:
        b.add_text_field(name, stored=False, fast=True, tokenizer_name="raw", index_option="basic")
    b.add_text_field("text_en", stored=False, tokenizer_name=analyzers.ENGLISH)
    b.add_text_field("text_ko", stored=False, tokenizer_name=analyzers.KOREAN)
    b.add_date_field("date", indexed=True, fast=True)
    b.add_integer_field("sort", indexed=True, fast=True)
    # Stored separately so searches parse only the merged event, not the reports behind it.
    b.add_bytes_field("event_json", stored=True)
    b.add_bytes_field("records_json", stored=True)
    return b.build()


def _day(d: str) -> datetime:
    return datetime.fromisoformat(d).replace(tzinfo=UTC)


class TantivyIndex(EventIndex):
    def __init__(self, path: str | Path, analyze: Analyzer, vocab: Vocabulary | None = None) -> None:
        super().__init__(analyze, vocab)
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.schema = schema()
        self._check_version()
        try:
            self.index = tantivy.Index(self.schema, path=str(self.path), reuse=True)
        except ValueError as exc:
            raise IndexDamaged(f"the tantivy index at {self.path} cannot be opened ({str(exc)[:200]})") from exc
        analyzers.register(self.index)  # analyzers are not persisted: register on every open
        self._en = analyzers.english()
        self._writer: tantivy.IndexWriter | None = None  # opened on first write: readers never lock
        self._meta_stamp: tuple[int, int, int] | None = None

    def _searcher(self) -> tantivy.Searcher:
        """A searcher on the latest commit. Another process's commit (the indexer's) shows at once instead of
        at tantivy's 500 ms file-watch tick: a stat of meta.json per search, a reload only when it changed."""
        try:
            st = (self.path / "meta.json").stat()
            stamp: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp != self._meta_stamp:
            self._meta_stamp = stamp
            self.index.reload()
        return self.index.searcher()

    def _check_version(self) -> None:
        marker = self.path / "readout-schema.json"
        if any(self.path.glob("meta.json")):
            found = json.loads(marker.read_text()).get("version") if marker.exists() else 1
            if found != SCHEMA_VERSION:
                raise IndexOutdated(f"the index at {self.path} was built by another Readout version (layout "
                                    f"{found}, this one reads {SCHEMA_VERSION})")
        else:
            marker.write_text(json.dumps({"version": SCHEMA_VERSION}))

    # -- storage ----------------------------------------------------------------------------------
    def _document(self, s: Stored) -> tantivy.Document:
        ev, f = s.event, search_fields(s.event, self.analyze, self.vocab)
        values: dict[str, list[str]] = {
            "type": [ev.type], "participants": ev.participants, "topics": list(ev.topics),
            "series": [ev.series] if ev.series else [], "source": f.sources, "lang": f.langs,
            "persons": f.persons, "person_names": f.person_names, "doc_ids": f.doc_ids,
            "month": [f.month] if f.month else [], "mentioned": [str(ev.mentioned).lower()],
            "level": [ev.level] if ev.level else [], "country": [ev.location.country] if ev.location.country else [],
            "aliases": ev.aliases, "probes": stored_probes(s.records, self.vocab), "flags": f.flags,
            "concepts": f.concepts,
        }
        doc = tantivy.Document()
        doc.add_text("key", ev.key)
        for name, vals in values.items():
            for v in vals:
                doc.add_text(name, v)
        doc.add_text("text_en", f.text_en)
        doc.add_text("text_ko", f.text_ko)
        if ev.date:
            doc.add_date("date", _day(ev.date))
        doc.add_integer("sort", f.sort)
        doc.add_bytes("event_json", ev.model_dump_json().encode())
        doc.add_bytes("records_json", json.dumps([r.model_dump(mode="json") for r in s.records],
                                                 ensure_ascii=False).encode())
        return doc

    @staticmethod
    def _event(doc: tantivy.Document) -> MergedEvent:
        return MergedEvent.model_validate_json(bytes(doc.get_first("event_json")))

    @classmethod
    def _parse(cls, doc: tantivy.Document) -> tuple[str, Stored]:
        raw = bytes(doc.get_first("event_json"))
        return doc.get_first("key"), Stored(lambda: MergedEvent.model_validate_json(raw),
                                            RECORDS.validate_json(bytes(doc.get_first("records_json"))))

    def _where(self, field: str, values: list[str], limit: int) -> dict[str, Stored]:
        if not values:
            return {}
        searcher = self._searcher()
        found = searcher.search(Query.term_set_query(self.schema, field, values), limit=limit, count=False)
        out = {}
        for _, addr in found.hits:
            key, s = self._parse(searcher.doc(addr))
            out[key] = s
        return out

    def _load(self, keys: list[str]) -> dict[str, Stored]:
        return self._where("key", keys, max(len(keys), 1))

    def _find(self, probes: list[str]) -> dict[str, Stored]:
        found = self._where("probes", probes, MAX_FOUND)
        if len(found) >= MAX_FOUND:  # candidates past the window are not compared: say so, never silently
            log.warning("identity: %d candidate events for one write (the cap); some reports may not merge",
                        len(found))
        return found

    def _lookup(self, alias: str) -> Stored | None:
        return next(iter(self._where("aliases", [alias], 1).values()), None)

    def _store(self, docs: list[Stored], deletes: Sequence[str] = ()) -> dict[str, str]:
        errors: dict[str, str] = {}
        prepared = []
        for s in docs:
            try:
                prepared.append((s.event.key, self._document(s)))
            except (ValueError, OverflowError) as exc:
                errors[s.event.key] = f"{type(exc).__name__}: {exc}"
        try:
            if self._writer is None:
                self._writer = self.index.writer(WRITER_HEAP, 1)
            for key in deletes:
                self._writer.delete_documents_by_term("key", key)
            for key, doc in prepared:
                # Upsert: delete by key and add in the same commit.
                self._writer.delete_documents_by_term("key", key)
                self._writer.add_document(doc)
            self._writer.commit()
        except ValueError as exc:
            # The writer's state (lock held by another process, disk full, I/O error), not a document's:
            # nothing was committed; a killed writer is dropped and a new one opened on the next attempt.
            self._writer = None
            raise Unavailable(self._why(exc)) from exc
        self.index.reload()  # read our own writes at once
        return errors

    def _why(self, exc: Exception) -> str:
        if "LockBusy" in str(exc):
            return f"the tantivy index {self.path} is locked by another writer (is another indexer running?)"
        free = shutil.disk_usage(self.path).free
        if free < MIN_FREE_BYTES:
            return f"no space left for the tantivy index {self.path} ({free} bytes free)"
        return f"the tantivy index {self.path} cannot write: {exc}"

    # -- queries ------------------------------------------------------------------------------------
    def _text(self, text: TextQuery) -> Query | None:
        parts = []
        if text.ko_terms:
            parts.append(Query.boolean_query(
                [(Occur.Must, Query.term_query(self.schema, "text_ko", t)) for t in text.ko_terms]))
        en_terms = list(dict.fromkeys(self._en.analyze(text.en_text))) if text.en_text else []
        if en_terms:
            parts.append(Query.boolean_query(
                [(Occur.Must, Query.term_query(self.schema, "text_en", t)) for t in en_terms]))
        if text.concepts:  # every concept, in whichever language it was reported; the words only rank
            return Query.boolean_query([*((Occur.Must, Query.term_query(self.schema, "concepts", c))
                                          for c in text.concepts), *((Occur.Should, p) for p in parts)])
        if not parts:
            return None
        return Query.boolean_query([(Occur.Should, p) for p in parts])

    def _query(self, q: SearchQuery, text: TextQuery, extra: list[Query] | None = None) -> Query:
        must: list[Query] = []
        if not text.empty:
            tq = self._text(text)
            must.append(tq if tq is not None else Query.empty_query())  # text without a term matches nothing
        must.extend(Query.term_set_query(self.schema, field, values) for field, values in keyword_filters(q))
        if q.mentioned is not None:
            must.append(Query.term_query(self.schema, "mentioned", str(q.mentioned).lower()))
        if q.date_from or q.date_to:
            must.append(Query.range_query(
                self.schema, "date", FieldType.Date,
                _day(q.date_from.isoformat()) if q.date_from else None,
                _day(q.date_to.isoformat()) if q.date_to else None))
        must.extend(extra or [])
        if not must:
            return Query.all_query()
        return Query.boolean_query([(Occur.Must, m) for m in must])

    def _ranked(self, query: Query) -> Query:
        """Relevance with what users want first: held before mentioned, dated before undated (tiers far above
        any text score), then the text score."""
        tiers = [(Occur.Should, Query.const_score_query(Query.term_query(self.schema, "flags", flag), boost))
                 for flag, boost in RANK_BOOSTS.items()]
        return Query.boolean_query([(Occur.Must, query), *tiers])

    def _top_tier(self, query: Query) -> Query:
        """The events of the first tier of `_ranked` (held and dated, most events), scored by the text alone."""
        tier = [(Occur.Must, Query.const_score_query(Query.term_query(self.schema, "flags", flag), 0.0))
                for flag in RANK_BOOSTS]
        return Query.boolean_query([(Occur.Must, query), *tier])

    def _count(self, searcher: tantivy.Searcher, q: SearchQuery, text: TextQuery) -> int:
        """How many events match, without scoring them (a constant score spares a text score per match); all of
        them (browsing newest first) without visiting any."""
        if text.empty and not keyword_filters(q) and q.mentioned is None and not (q.date_from or q.date_to):
            return searcher.num_docs
        return searcher.search(Query.const_score_query(self._query(q, text), 1.0), limit=1, count=True).count

    def _search(self, q: SearchQuery, text: TextQuery, size: int) -> tuple[int, list[MergedEvent], str | None]:
        searcher = self._searcher()
        cursor = decode_cursor(q.search_after, q.sort) if q.search_after else {}
        if q.sort == "date":
            extra = []
            if "after" in cursor:  # strictly older than the last event of the previous page
                extra.append(Query.range_query(self.schema, "sort", FieldType.Integer, None, int(cursor["after"]),
                                               include_upper=False))
            res = searcher.search(self._query(q, text, extra), limit=size + 1, count=not extra,
                                  order_by_field="sort", order=Order.Desc)
            # After a cursor the page's query is narrower: count the whole result set separately.
            total = self._count(searcher, q, text) if extra else res.count
            hits = res.hits[: size]
            nxt = encode_cursor({"s": q.sort, "after": hits[-1][0]}) if len(res.hits) > size else None
        else:
            offset = int(cursor.get("offset", 0))
            query = self._query(q, text)
            # A page inside the first tier is that tier's best by text score: scoring it alone skips the tier
            # clauses on every match; a page reaching past it is ranked across all tiers.
            res = searcher.search(self._top_tier(query), limit=size + 1, offset=offset, count=False)
            if len(res.hits) <= size:
                res = searcher.search(self._ranked(query), limit=size + 1, offset=offset, count=False)
            total = self._count(searcher, q, text)
            hits = res.hits[: size]
            more = len(res.hits) > size and offset + size <= MAX_CURSOR_OFFSET
            nxt = encode_cursor({"s": q.sort, "offset": offset + size}) if more else None
        events = [self._event(searcher.doc(addr)) for _, addr in hits]
        return total, events, nxt

    def _facets(self, q: SearchQuery, text: TextQuery) -> Facets:
        searcher = self._searcher()
        aggs: dict[str, Any] = {name: {"terms": {"field": field, "size": 1000 if name == "month" else FACET_SIZE}}
                                for name, field in FACET_FIELDS.items()}
        result = searcher.aggregate(self._query(q.without_paging(), text), aggs)
        out: dict[str, list[Bucket]] = {}
        for name in FACET_FIELDS:
            buckets = [Bucket(value=str(b["key"]), count=int(b["doc_count"])) for b in result[name]["buckets"]]
            out[name] = sorted(buckets, key=lambda b: b.value) if name == "month" else buckets
        return Facets(**out)

    def _pivot(self, q: SearchQuery, text: TextQuery, outer: str, inner: str, outer_size: int, inner_size: int
               ) -> list[PivotRow]:
        aggs = pivot_aggs(FACET_FIELDS[outer], FACET_FIELDS[inner], outer_size, inner_size)
        return pivot_rows(self._searcher().aggregate(self._query(q, text), aggs), outer)

    def count(self) -> int:
        return self._searcher().num_docs

    def close(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            try:
                writer.commit()  # every write already committed: this only ends the writer's merges
                writer.wait_merging_threads()
            except ValueError as exc:  # a full disk: what was acknowledged is committed already
                log.warning("tantivy: closing the writer: %s", exc)
