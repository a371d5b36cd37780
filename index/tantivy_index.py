"""The embedded backend: a tantivy index in a directory (the single-machine default)."""
from __future__ import annotations

import heapq
import json
import logging
import shutil
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import tantivy
from tantivy import FieldType, Occur, Order, Query

from index import analyzers, facet_columns
from index.fields import LOWER_TIER, RANK_BOOSTS, keyword_filters, search_fields, stored_record
from index.identity import stored_probes
from index.lexicon import Vocabulary, forget_oldest
from index.model import FACETS, TOTAL_CAP, Analyzer, Bucket, Facets, MergedEvent, SearchQuery
from index.pivot import PivotRow, pivot_aggs, pivot_rows
from index.plan import Stored
from index.port import (
    MAX_CURSOR_OFFSET,
    EventIndex,
    Found,
    IndexDamaged,
    IndexOutdated,
    TextQuery,
    Unavailable,
    capped,
    carried_total,
    decode_cursor,
    encode_cursor,
    with_total,
)
from index.stored_cache import ParsedReports
from streams.records import EventRecord

log = logging.getLogger(__name__)
KEYWORDS = ("type", "participants", "topics", "series", "source", "lang", "persons", "person_names",
            "doc_ids", "month", "mentioned", "level", "country", "aliases", "probes", "flags", "concepts")
SCHEMA_VERSION = 3  # bump when the schema changes: an index built with another one must be rebuilt
MAX_FOUND = 10_000
FACET_FIELDS = {"type": "type", "participants": "participants", "topics": "topics", "persons": "persons",
                "series": "series", "source": "source", "lang": "lang", "month": "month"}
assert set(FACET_FIELDS) == set(FACETS)
FACET_SIZE = 50
WRITER_HEAP = 64_000_000
MIN_FREE_BYTES = 64 * 1024 * 1024  # below this, a failed commit is reported as a full disk
MAX_NAMES = 200_000  # facet hashes whose value is remembered (persons: ~50 bytes each)
_NAMES: dict[int, str] = {}
Clause = tuple[Occur, Query]
FEW_TERMS = 16  # a filter of up to this many values is a union of term queries (`_any_of`)
RECORD_JSON_CACHE = 60_000  # reports whose stored JSON is kept (as `ParsedReports` keeps them parsed)
FACET_CACHE = 64  # queries whose facets are remembered per commit (see `_facets`; ~80 KB each)


def schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("key", stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    for name in KEYWORDS:
        b.add_text_field(name, stored=False, fast=True, tokenizer_name="raw", index_option="basic")
    text, hashed = facet_columns.columns()
    for name in text:
        b.add_text_field(name, stored=False, fast=True, tokenizer_name="raw", index_option="basic")
    for name in hashed:
        b.add_unsigned_field(name, fast=True)
    b.add_text_field(facet_columns.KEYS, stored=False, tokenizer_name="raw", index_option="basic")
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
        self._reload_lock = threading.Lock()  # the API serves requests from a thread pool
        self._parsed = ParsedReports()  # stored events' reports, parsed once while their stored bytes are the same
        self._record_json: dict[int, tuple[EventRecord, str]] = {}  # each report's stored JSON, by object
        self.facet_cache = FACET_CACHE  # 0: every facets call counted (the benchmark's figures)
        self._facet_memo: dict[tuple[object, ...], Facets] = {}
        self._facet_stamp: tuple[int, int, int] | None = None
        self._facet_lock = threading.Lock()

    def _searcher(self) -> tantivy.Searcher:
        """A searcher on the latest commit. Another process's commit (the indexer's) shows at once instead of
        at tantivy's 500 ms file-watch tick: a stat of meta.json per search, a reload only when it changed."""
        return self._searcher_at()[0]

    def _searcher_at(self) -> tuple[tantivy.Searcher, tuple[int, int, int] | None]:
        """A searcher and the meta.json stamp it has read at least (what facets are remembered by)."""
        try:
            st = (self.path / "meta.json").stat()
            stamp: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        with self._reload_lock:  # the stamp is set once its commit is loaded, whichever thread loads it
            if stamp != self._meta_stamp:
                self.index.reload()
                self._meta_stamp = stamp
            return self.index.searcher(), self._meta_stamp

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
        ev, f = s.event, search_fields(s.event, self.analyze, self.vocab, self._primed)
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
        for name, vals in facet_columns.values(ev.key, values).items():
            for v in vals:
                if isinstance(v, int):
                    doc.add_unsigned(name, v)
                else:
                    doc.add_text(name, v)
        doc.add_text("text_en", f.text_en)
        doc.add_text("text_ko", f.text_ko)
        if ev.date:
            doc.add_date("date", _day(ev.date))
        doc.add_integer("sort", f.sort)
        doc.add_bytes("event_json", ev.model_dump_json().encode())
        doc.add_bytes("records_json", self._records_json(s.records))
        return doc

    def _records_json(self, records: list[EventRecord]) -> bytes:
        """`json.dumps([stored_record(r) ...], ensure_ascii=False)`, byte for byte, from each report's own JSON made
        once: an event re-merged by later writes stores the same reports again (records are never mutated; a
        report is remembered with the object, which keeps its id its own)."""
        memo = self._record_json
        parts = []
        for r in records:
            found = memo.get(id(r))
            if found is None or found[0] is not r:
                forget_oldest(memo, RECORD_JSON_CACHE)
                found = memo[id(r)] = (r, json.dumps(stored_record(r), ensure_ascii=False))
            parts.append(found[1])
        return f"[{', '.join(parts)}]".encode()

    @staticmethod
    def _event(doc: tantivy.Document) -> MergedEvent:
        return MergedEvent.model_validate_json(bytes(doc.get_first("event_json")))

    def _parse(self, doc: tantivy.Document, remember: bool = False) -> tuple[str, Stored]:
        """`remember`: a write's read, whose events the next writes of their days read again."""
        raw, key = bytes(doc.get_first("event_json")), doc.get_first("key")
        return key, Stored(lambda: MergedEvent.model_validate_json(raw),
                           self._parsed.get(key, bytes(doc.get_first("records_json")), remember))

    def _where(self, field: str, values: list[str], limit: int, remember: bool = False) -> dict[str, Stored]:
        if not values:
            return {}
        searcher = self._searcher()
        found = searcher.search(Query.term_set_query(self.schema, field, values), limit=limit, count=False)
        out = {}
        for _, addr in found.hits:
            key, s = self._parse(searcher.doc(addr), remember)
            out[key] = s
        return out

    def _load(self, keys: list[str]) -> dict[str, Stored]:
        return self._where("key", keys, max(len(keys), 1))

    def _find(self, probes: list[str]) -> dict[str, Stored]:
        found = self._where("probes", probes, MAX_FOUND, remember=True)
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
        self._remember(docs, prepared, deletes)
        return errors

    def _remember(self, docs: list[Stored], prepared: list[tuple[str, tantivy.Document]], deletes: Sequence[str]
                  ) -> None:
        """What a commit wrote, parsed already: the next writes of these days read it back without parsing."""
        for key in deletes:
            self._parsed.drop(key)
        records = {s.event.key: s.records for s in docs}
        for key, doc in prepared:
            self._parsed.put(key, bytes(doc.get_first("records_json")), records[key])

    def _why(self, exc: Exception) -> str:
        if "LockBusy" in str(exc):
            return f"the tantivy index {self.path} is locked by another writer (is another indexer running?)"
        free = shutil.disk_usage(self.path).free
        if free < MIN_FREE_BYTES:
            return f"no space left for the tantivy index {self.path} ({free} bytes free)"
        return f"the tantivy index {self.path} cannot write: {exc}"

    # -- queries ------------------------------------------------------------------------------------
    # A query is built as one flat list of clauses where that means the same: tantivy scores a match once per
    # level of nested boolean queries, and the nested form cost 2-4x the flat one on a broad word (one level for
    # the text, one for the filters, one for the ranking tiers).
    def _all_of(self, field: str, terms: list[str]) -> Query:
        queries = [Query.term_query(self.schema, field, t) for t in terms]
        return queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Must, t) for t in queries])

    def _any_of(self, field: str, values: list[str]) -> Query:
        """Events with any of these keywords, scored 1 (as a term set query is). Up to `FEW_TERMS` values as term
        queries: a term set query builds an automaton and a bitset of the whole segment per search, 0.3-0.5 ms
        whatever the matches (a series filter: 0.53 -> 0.16 ms at 200 k events)."""
        if len(values) > FEW_TERMS:
            return Query.term_set_query(self.schema, field, values)
        terms = [Query.term_query(self.schema, field, v) for v in dict.fromkeys(values)]
        either = terms[0] if len(terms) == 1 else Query.boolean_query([(Occur.Should, t) for t in terms])
        return Query.const_score_query(either, 1.0)

    def _text(self, text: TextQuery) -> list[Clause]:
        """The text's clauses: every concept (in whichever language it was reported) with the words ranking only,
        else all the words of either language's field; without a term, nothing matches."""
        en_terms = list(dict.fromkeys(self._en.analyze(text.en_text))) if text.en_text else []
        fields = [("text_ko", text.ko_terms), ("text_en", en_terms)]
        parts = [(field, terms) for field, terms in fields if terms]
        if text.concepts:
            return [*((Occur.Must, Query.term_query(self.schema, "concepts", c)) for c in text.concepts),
                    *((Occur.Should, self._all_of(field, terms)) for field, terms in parts)]
        if not parts:
            return [(Occur.Must, Query.empty_query())]
        if len(parts) == 1:
            field, terms = parts[0]
            return [(Occur.Must, Query.term_query(self.schema, field, t)) for t in terms]
        return [(Occur.Must, Query.boolean_query([(Occur.Should, self._all_of(f, t)) for f, t in parts]))]

    def _clauses(self, q: SearchQuery, text: TextQuery) -> list[Clause]:
        out = self._text(text) if not text.empty else []
        out.extend((Occur.Must, self._any_of(field, values)) for field, values in keyword_filters(q))
        if q.mentioned:
            out.append((Occur.Must, Query.term_query(self.schema, "mentioned", "true")))
        elif q.mentioned is False:  # the few events only mentioned left out: a sparse list to skip, not a dense one
            out.append((Occur.MustNot, Query.term_query(self.schema, "mentioned", "true")))
        if q.date_from or q.date_to:
            out.append((Occur.Must, Query.range_query(
                self.schema, "date", FieldType.Date,
                _day(q.date_from.isoformat()) if q.date_from else None,
                _day(q.date_to.isoformat()) if q.date_to else None)))
        return out

    @staticmethod
    def _combine(clauses: list[Clause]) -> Query:
        """One boolean query of the clauses; every event where none is required (Should clauses only rank)."""
        if not any(occur == Occur.Must for occur, _ in clauses):
            clauses = [(Occur.Must, Query.all_query()), *clauses]
        if len(clauses) == 1:
            return clauses[0][1]
        return Query.boolean_query(clauses)

    def _query(self, q: SearchQuery, text: TextQuery) -> Query:
        return self._combine(self._clauses(q, text))

    def _ranked(self, clauses: list[Clause]) -> Query:
        """Relevance with what users want first: held before mentioned, dated before undated (tiers far above
        any text score), then the text score."""
        tiers = [(Occur.Should, Query.const_score_query(Query.term_query(self.schema, "flags", flag), boost))
                 for flag, boost in RANK_BOOSTS.items()]
        return self._combine([*clauses, *tiers])

    def _top_tier(self, clauses: list[Clause]) -> Query:
        """The events of the first tier of `_ranked` (held and dated, most events), scored by the text alone:
        the few others are left out (a sparse list to skip) rather than the many kept (two lists to intersect)."""
        return self._combine([*clauses, (Occur.MustNot, Query.term_query(self.schema, "flags", LOWER_TIER))])

    def _lower_tiers(self, clauses: list[Clause]) -> Query:
        return self._combine([*clauses, (Occur.Must, Query.term_query(self.schema, "flags", LOWER_TIER))])

    def _older(self, searcher: tantivy.Searcher, query: Query, after: int, width: int, size: int
               ) -> tantivy.SearchResult:
        """The newest `size + 1` matches strictly older than the sort key `after`: from the window of `width`
        below it when it holds that many (they are then the newest of all older ones), else from all of them."""
        def below(low: int | None) -> tantivy.SearchResult:
            older = Query.range_query(self.schema, "sort", FieldType.Integer, low, after, include_upper=False)
            return searcher.search(Query.boolean_query([(Occur.Must, query), (Occur.Must, older)]), limit=size + 1,
                                   count=False, order_by_field="sort", order=Order.Desc)

        if 0 < width < after:
            res = below(after - width)
            if len(res.hits) > size:
                return res
        return below(None)

    @staticmethod
    def _count(searcher: tantivy.Searcher, query: Query) -> int:
        """How many events match, without scoring them (a constant score spares a text score per match)."""
        return searcher.search(Query.const_score_query(query, 1.0), limit=1, count=True).count

    @staticmethod
    def _everything(q: SearchQuery, text: TextQuery) -> bool:
        return text.empty and not keyword_filters(q) and q.mentioned is None and not (q.date_from or q.date_to)

    def _search(self, q: SearchQuery, text: TextQuery, size: int, cap: int | None = TOTAL_CAP) -> Found:
        """One pass over the matches finds the page and counts them; a later page takes the total from its cursor.
        Relevance pages come from the first tier (most events) when it has enough of them: its count alone, once
        above the cap, is the total ("10,000+"); under it the few events of the other tiers are counted."""
        searcher = self._searcher()
        cursor = decode_cursor(q.search_after, q.sort) if q.search_after else {}
        known = carried_total(cursor, cap)
        clauses = self._clauses(q, text)
        query = self._combine(clauses)
        if q.sort == "date":
            if "after" in cursor:
                res = self._older(searcher, query, int(cursor["after"]), int(cursor.get("w", 0)), size)
            else:
                res = searcher.search(query, limit=size + 1, count=known is None, order_by_field="sort",
                                      order=Order.Desc)
            if known is None:  # after a cursor without a total (made by an older version) the query is narrower
                count = res.count if res.count is not None else (
                    searcher.num_docs if self._everything(q, text) else self._count(searcher, query))
                known = capped(count, cap)
            hits = res.hits[: size]
            # The next page is looked for first among the events just older than this one: a window of eight
            # times this page's span of sort keys, so a deep page need not rank every older event.
            nxt = {"s": q.sort, "after": hits[-1][0], "w": 8 * (hits[0][0] - hits[-1][0]) + 1} \
                if len(res.hits) > size else None
        else:
            offset = int(cursor.get("offset", 0))
            res = searcher.search(self._top_tier(clauses), limit=size + 1, offset=offset, count=known is None)
            if len(res.hits) > size:
                if known is None:
                    count = res.count
                    if cap is None or count <= cap:
                        count += self._count(searcher, self._lower_tiers(clauses))
                    known = capped(count, cap)
            else:  # the page reaches past the first tier: ranked across all tiers
                res = searcher.search(self._ranked(clauses), limit=size + 1, offset=offset, count=known is None)
                known = known or capped(res.count, cap)
            hits = res.hits[: size]
            more = len(res.hits) > size and offset + size <= MAX_CURSOR_OFFSET
            nxt = {"s": q.sort, "offset": offset + size} if more else None
        total, exact = known
        events = [self._event(searcher.doc(addr)) for _, addr in hits]
        return Found(total, exact, events, encode_cursor(with_total(nxt, total, exact)) if nxt else None)

    def _facets(self, q: SearchQuery, text: TextQuery, exact: bool = False) -> Facets:
        """Counted on single-valued columns (`index.facet_columns`); over more than `EXACT_UP_TO` matches, unless
        `exact`, on the sample that holds at most that many of them, scaled up. Remembered while the index is the
        same commit (meta.json unchanged): the web page's later pages and a popular query's facets are not
        counted again. The Facets returned may be shared: callers read them."""
        searcher, stamp = self._searcher_at()
        # Facets depend on the matches only: not on the order, page size or cursor.
        memo = (q.model_dump_json(exclude={"sort", "size", "search_after"}), exact)
        remember = stamp is not None and self.facet_cache > 0
        with self._facet_lock:
            if stamp != self._facet_stamp:
                self._facet_memo.clear()
                self._facet_stamp = stamp
            if remember and (found := self._facet_memo.get(memo)) is not None:
                return found
        out = self._count_facets(searcher, q, text, exact)
        with self._facet_lock:
            if remember and stamp == self._facet_stamp:  # not counted on a commit older than the one remembered
                if len(self._facet_memo) >= self.facet_cache:
                    self._facet_memo.pop(next(iter(self._facet_memo)))  # the oldest
                self._facet_memo[memo] = out
        return out

    def _count_facets(self, searcher: tantivy.Searcher, q: SearchQuery, text: TextQuery, exact: bool) -> Facets:
        query = self._query(q.without_paging(), text)
        level = 1 if exact else self._sample_level(searcher, query)
        if level > 1:
            query = Query.boolean_query([(Occur.Must, query), (Occur.Must, Query.term_query(
                self.schema, facet_columns.SAMPLE, str(level)))])
        counted = facet_columns.counts(searcher.aggregate(query, facet_columns.requests()))
        out: dict[str, list[Bucket]] = {}
        for name in FACETS:
            counts = counted[name]
            if name in facet_columns.HASHED:  # named: the values as many times as the FACET_SIZE-th (ties by name)
                least = heapq.nlargest(FACET_SIZE, counts.values())[-1:] or [0]
                names = self._names(searcher, [h for h, c in counts.items() if c >= least[0]])
                counts = {names[h]: c for h, c in counts.items() if h in names}
            if name == "month":
                top = sorted(counts.items())
            else:
                top = heapq.nsmallest(FACET_SIZE, counts.items(), key=lambda kv: (-kv[1], kv[0]))
            out[name] = [Bucket(value=str(v), count=int(c) * level) for v, c in top]
        return Facets(**out, sample=level)

    def _names(self, searcher: tantivy.Searcher, hashes: list[int | str]) -> dict[int | str, str]:
        """The values of facet hashes: a prefix look-up in the term dictionary, remembered (a hash's value never
        changes). A hash not found (its events deleted since) is left out."""
        out: dict[int | str, str] = {}
        for h in hashes:
            value = _NAMES.get(int(h))
            if value is None:
                prefix = facet_columns.key_term(int(h), "")
                found = searcher.terms_with_prefix(facet_columns.KEYS, prefix, limit=1)
                if not found:
                    continue
                value = found[0][0][len(prefix):]
                if len(_NAMES) >= MAX_NAMES:
                    _NAMES.clear()
                _NAMES[int(h)] = value
            out[h] = value
        return out

    def _sample_level(self, searcher: tantivy.Searcher, query: Query) -> int:
        """1 (every match) when at most `EXACT_UP_TO` events match, else the sparsest sample level holding at most
        that many: the matches are estimated from the sparsest sample."""
        if searcher.num_docs <= facet_columns.EXACT_UP_TO:
            return 1
        sparsest = facet_columns.SAMPLE_LEVELS[-1]
        estimate = sparsest * self._count(searcher, Query.boolean_query([
            (Occur.Must, query), (Occur.Must, Query.term_query(self.schema, facet_columns.SAMPLE, str(sparsest)))]))
        return next((n for n in (1, *facet_columns.SAMPLE_LEVELS) if estimate / n <= facet_columns.EXACT_UP_TO),
                    sparsest)

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
