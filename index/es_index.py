"""The scale-out backend: Elasticsearch 8 through the official client."""
from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from elasticsearch import ApiError, ConnectionTimeout, Elasticsearch, NotFoundError
from elasticsearch import ConnectionError as ESConnectionError

from index import es_mapping as m
from index.fields import RANK_BOOSTS, keyword_filters, search_fields, stored_record
from index.identity import stored_probes
from index.lexicon import Vocabulary
from index.model import FACETS, TOTAL_CAP, Analyzer, Bucket, Facets, MergedEvent, SearchQuery
from index.pivot import PivotRow, pivot_aggs, pivot_rows
from index.plan import Stored
from index.port import (
    EventIndex,
    Found,
    TextQuery,
    Unavailable,
    carried_total,
    decode_cursor,
    encode_cursor,
    with_total,
)
from streams.records import EventRecord

log = logging.getLogger(__name__)
T = TypeVar("T")

FACET_FIELDS = {"type": "type", "participants": "participants", "topics": "topics", "persons": "persons",
                "series": "series", "source": "source", "lang": "lang", "month": "month"}
assert set(FACET_FIELDS) == set(FACETS)
FACET_SIZE = 50
# The node's state, not the document: busy, failing, or blocked (a full disk makes indices read-only).
BLOCKED = ("cluster_block_exception", "es_rejected_execution_exception")
NOT_RETURNED = ["records", "text_en", "text_ko", "persons", "person_names", "source", "lang", "doc_ids", "month",
                "sort", "probes", "flags", "concepts"]
MAX_FOUND = 10_000  # the result window


__all__ = ["ElasticIndex", "Unavailable"]


def transient_status(status: int, error_type: str | None = None) -> bool:
    """429, any 5xx and cluster blocks are about the node, not the document: retry them."""
    return status == 429 or status >= 500 or error_type in BLOCKED


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, ESConnectionError | ConnectionTimeout):
        return True
    if not isinstance(exc, ApiError):
        return False
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error")
    return transient_status(exc.meta.status, error.get("type") if isinstance(error, dict) else None)


class ElasticIndex(EventIndex):
    def __init__(self, url: str, analyze: Analyzer, *, refresh: bool = False, retries: int = 6,
                 backoff: float = 0.5, client: Elasticsearch | None = None, alias: str = m.ALIAS,
                 vocab: Vocabulary | None = None) -> None:
        """`refresh=True` makes every write searchable before returning (tests); otherwise within ~1 s."""
        super().__init__(analyze, vocab)
        self._unrefreshed = False  # identity searches must see the previous batch's writes
        self.es = client or Elasticsearch(url, max_retries=0, request_timeout=30)  # retries are ours, with backoff
        self.refresh_writes = refresh
        self.alias = alias  # tests use one alias per index; users keep the default
        self.retries = retries
        self.backoff = backoff
        self._call(self.ensure_index)

    # -- plumbing -----------------------------------------------------------------------------------
    def _call(self, fn: Callable[[], T]) -> T:
        """Run `fn`, retrying 429 / 5xx-unavailable / connection errors with exponential backoff and jitter."""
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except Exception as exc:
                if not _retryable(exc) or attempt == self.retries:
                    if _retryable(exc):
                        raise Unavailable(f"Elasticsearch unavailable after {attempt + 1} attempts: {exc}") from exc
                    raise
                delay = min(30.0, self.backoff * 2**attempt) * (0.5 + random.random())
                log.warning("elasticsearch: %s; retrying in %.1fs", exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def ensure_index(self) -> None:
        """Template, then the versioned index behind the alias (idempotent; safe to race)."""
        self.es.indices.put_index_template(name=self.alias, **m.template(self.alias))
        if self.es.indices.exists_alias(name=self.alias):
            # Fields added since the index was created (adding fields is allowed on a live index).
            self.es.indices.put_mapping(index=self.alias, properties=m.PROPERTIES)
            return
        index = m.versioned(self.alias)
        try:
            self.es.indices.create(index=index, aliases={self.alias: {"is_write_index": True}})
        except ApiError as exc:
            if "resource_already_exists" not in str(exc):
                raise
            self.es.indices.put_alias(index=index, name=self.alias)

    # -- storage ------------------------------------------------------------------------------------
    def _source(self, s: Stored) -> dict[str, Any]:
        f = search_fields(s.event, self.analyze, self.vocab, self._primed)
        doc = s.event.model_dump(mode="json")
        doc.update(text_en=f.text_en, text_ko=f.text_ko, persons=f.persons, person_names=f.person_names,
                   source=f.sources, lang=f.langs, doc_ids=f.doc_ids, month=f.month, sort=f.sort,
                   probes=stored_probes(s.records, self.vocab), flags=f.flags, concepts=f.concepts,
                   records=[stored_record(r) for r in s.records])
        return doc

    @staticmethod
    def _event(src: dict[str, Any]) -> MergedEvent:
        return MergedEvent.model_validate({k: v for k, v in src.items() if k in MergedEvent.model_fields})

    @classmethod
    def _stored(cls, src: dict[str, Any]) -> Stored:
        return Stored(cls._event(src), [EventRecord.model_validate(r) for r in src["records"]])

    def _load(self, keys: list[str]) -> dict[str, Stored]:
        if not keys:
            return {}
        res = self._call(lambda: self.es.mget(index=self.alias, ids=keys, source_excludes=NOT_RETURNED[1:]))
        return {d["_id"]: self._stored(d["_source"]) for d in res["docs"] if d.get("found")}

    def _where(self, field: str, values: list[str], size: int) -> dict[str, Stored]:
        if not values:
            return {}
        if self._unrefreshed:  # a search sees writes after a refresh only
            self.refresh()
            self._unrefreshed = False
        res = self._call(lambda: self.es.search(index=self.alias, query={"terms": {field: values}}, size=size,
                                                source_excludes=NOT_RETURNED[1:]))
        return {h["_id"]: self._stored(h["_source"]) for h in res["hits"]["hits"]}

    def _find(self, probes: list[str]) -> dict[str, Stored]:
        found = self._where("probes", probes, MAX_FOUND)
        if len(found) >= MAX_FOUND:  # candidates past the window are not compared: say so, never silently
            log.warning("identity: %d candidate events for one write (the cap); some reports may not merge",
                        len(found))
        return found

    def _lookup(self, alias: str) -> Stored | None:
        return next(iter(self._where("aliases", [alias], 1).values()), None)

    def _store(self, docs: list[Stored], deletes: Sequence[str] = ()) -> dict[str, str]:
        pending = {s.event.key: self._source(s) for s in docs}
        errors: dict[str, str] = {}
        self._unrefreshed = not self.refresh_writes
        for attempt in range(self.retries + 1):
            ops: list[dict[str, Any]] = [{"delete": {"_index": self.alias, "_id": k}} for k in deletes if attempt == 0]
            for key, src in pending.items():
                ops += [{"index": {"_index": self.alias, "_id": key}}, src]
            if not ops:
                return errors
            res = self._call(lambda ops=ops: self.es.bulk(operations=ops, refresh=self.refresh_writes))  # type: ignore[misc]
            retry: dict[str, dict[str, Any]] = {}
            for item in res["items"]:
                if "delete" in item:
                    continue  # deleting what is gone already is fine (404)
                r = item["index"]
                status, err = r.get("status", 500), r.get("error") or {}
                if status < 300:
                    continue
                reason = f"elasticsearch {status}: {err.get('type')}: {err.get('reason')}"
                if transient_status(status, err.get("type")):  # the node is busy or blocked: resend just these
                    if attempt == self.retries:
                        raise Unavailable(f"Elasticsearch kept refusing writes: {reason}")
                    retry[r["_id"]] = pending[r["_id"]]
                else:
                    errors[r["_id"]] = reason  # about this document (a mapping error): refused alone
            if not retry:
                return errors
            pending = retry
            time.sleep(min(30.0, self.backoff * 2**attempt) * (0.5 + random.random()))
        return errors

    # -- queries ------------------------------------------------------------------------------------
    def _query(self, q: SearchQuery, text: TextQuery) -> dict[str, Any]:
        must: list[dict[str, Any]] = []
        if not text.empty:
            should = []
            if text.ko_terms:
                should.append({"match": {"text_ko": {"query": " ".join(text.ko_terms), "operator": "and"}}})
            if text.en_text:
                should.append({"match": {"text_en": {"query": text.en_text, "operator": "and"}}})
            if text.concepts:  # every concept, in whichever language it was reported; the words only rank
                must.append({"bool": {"filter": [{"term": {"concepts": c}} for c in text.concepts],
                                      "should": should}})
            else:
                must.append({"bool": {"should": should, "minimum_should_match": 1}} if should else {"match_none": {}})
        flt: list[dict[str, Any]] = [{"terms": {field: values}} for field, values in keyword_filters(q)]
        if q.mentioned is not None:
            flt.append({"term": {"mentioned": q.mentioned}})
        if q.date_from or q.date_to:
            rng = {}
            if q.date_from:
                rng["gte"] = q.date_from.isoformat()
            if q.date_to:
                rng["lte"] = q.date_to.isoformat()
            flt.append({"range": {"date": rng}})
        if not must and not flt:
            return {"match_all": {}}
        return {"bool": {"must": must, "filter": flt}}

    def _search(self, q: SearchQuery, text: TextQuery, size: int, cap: int | None = TOTAL_CAP) -> Found:
        """Totals counted up to `cap` (`track_total_hits`); a later page takes the total from its cursor."""
        cursor = decode_cursor(q.search_after, q.sort) if q.search_after else {}
        known = carried_total(cursor, cap)
        sort: list[Any] = [{"sort": "desc"}, {"key": "asc"}] if q.sort == "date" else ["_score", {"key": "asc"}]
        query = self._query(q, text)
        if q.sort != "date":  # held before mentioned, dated before undated, then the text score
            query = {"bool": {"must": [query], "should": [
                {"constant_score": {"filter": {"term": {"flags": flag}}, "boost": boost}}
                for flag, boost in RANK_BOOSTS.items()]}}
        body: dict[str, Any] = {"query": query, "sort": sort, "size": size + 1,
                                "track_total_hits": False if known else True if cap is None else cap}
        if "after" in cursor:
            body["search_after"] = cursor["after"]
        res = self._call(lambda: self.es.search(index=self.alias, source_excludes=NOT_RETURNED, **body))
        raw = res["hits"]["hits"]
        hits = raw[: size]
        if known is None:
            counted = res["hits"]["total"]
            known = int(counted["value"]), counted["relation"] == "eq"
        total, exact = known
        nxt = encode_cursor(with_total({"s": q.sort, "after": hits[-1]["sort"]}, total, exact)) \
            if len(raw) > size else None
        return Found(total, exact, [self._event(h["_source"]) for h in hits], nxt)

    def _facets(self, q: SearchQuery, text: TextQuery, exact: bool = False) -> Facets:
        """Every match counted: Elasticsearch's aggregations scale with the cluster."""
        aggs = {name: {"terms": {"field": field, "size": 1000 if name == "month" else FACET_SIZE}}
                for name, field in FACET_FIELDS.items()}
        res = self._call(lambda: self.es.search(index=self.alias, query=self._query(q, text), aggs=aggs, size=0))
        out: dict[str, list[Bucket]] = {}
        for name in FACET_FIELDS:
            buckets = [Bucket(value=str(b["key"]), count=int(b["doc_count"]))
                       for b in res["aggregations"][name]["buckets"]]
            out[name] = sorted(buckets, key=lambda b: b.value) if name == "month" else buckets
        return Facets(**out)

    def _pivot(self, q: SearchQuery, text: TextQuery, outer: str, inner: str, outer_size: int, inner_size: int
               ) -> list[PivotRow]:
        aggs = pivot_aggs(FACET_FIELDS[outer], FACET_FIELDS[inner], outer_size, inner_size)
        res = self._call(lambda: self.es.search(index=self.alias, query=self._query(q, text), aggs=aggs, size=0))
        return pivot_rows(res["aggregations"], outer)

    def refresh(self) -> None:
        self._call(lambda: self.es.indices.refresh(index=self.alias))

    def count(self) -> int:
        try:
            return int(self._call(lambda: self.es.count(index=self.alias))["count"])
        except NotFoundError:
            return 0

    def close(self) -> None:
        self.es.close()
