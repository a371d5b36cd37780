"""Elasticsearch specifics: alias and strict mapping, item-by-item bulk failures, retries with backoff."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import ApiError
from elasticsearch import ConnectionError as ESConnectionError
from events import event

from index.es_index import ElasticIndex, Unavailable
from index.model import Analyzer
from index.port import EventIndex, Stored

pytestmark = pytest.mark.timeout(60)


def test_versioned_index_behind_alias_with_strict_mapping(make_index: Callable[[str], EventIndex]) -> None:
    ix = make_index("es")
    assert isinstance(ix, ElasticIndex)
    aliases = ix.es.indices.get_alias(name=ix.alias).body
    assert list(aliases) == [f"{ix.alias}-v1"]
    mapping = ix.es.indices.get_mapping(index=ix.alias).body[f"{ix.alias}-v1"]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["properties"]["delegates"]["type"] == "nested"
    assert mapping["properties"]["text_en"]["analyzer"] == "english"
    assert mapping["properties"]["text_ko"]["analyzer"] == "readout_ko"


def test_bulk_item_refused_by_elasticsearch_fails_alone(make_index: Callable[[str], EventIndex],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ix = make_index("es")
    assert isinstance(ix, ElasticIndex)
    source = ix._source

    def with_unknown_field(s: Stored) -> dict[str, Any]:
        doc = source(s)
        if s.event.key.endswith(":2"):
            doc["not_in_mapping"] = 1  # the strict mapping refuses this document only
        return doc

    monkeypatch.setattr(ix, "_source", with_unknown_field)
    batch = [event(id=f"s{i}", key=f"statement:2024-01-0{i}:{i}", doc_id=f"s{i}", type="statement",
                   date=f"2024-01-0{i}") for i in (1, 2, 3)]
    failed = ix.write(batch)
    assert list(failed) == [1] and "elasticsearch 400" in failed[1]
    assert ix.count() == 2


class FakeIndices:
    def put_index_template(self, **_: Any) -> None: ...

    def exists_alias(self, **_: Any) -> bool:
        return True

    def put_mapping(self, **_: Any) -> None: ...


class FakeES:
    """Fails the way a busy or unreachable cluster does, then succeeds."""

    def __init__(self, failures: list[Exception], bulk_statuses: list[list[int]]) -> None:
        self.indices = FakeIndices()
        self.failures = failures
        self.bulk_statuses = bulk_statuses
        self.bulk_calls: list[list[str]] = []

    def mget(self, **_: Any) -> dict[str, Any]:
        if self.failures:
            raise self.failures.pop(0)
        return {"docs": []}

    def search(self, **_: Any) -> dict[str, Any]:  # identity's look-up of stored events: none here
        return {"hits": {"hits": []}}

    def bulk(self, operations: list[dict[str, Any]], **_: Any) -> dict[str, Any]:
        ids = [op["index"]["_id"] for op in operations[::2]]
        self.bulk_calls.append(ids)
        statuses = self.bulk_statuses.pop(0)
        return {"items": [{"index": {"_id": i, "status": s, "error": {"type": "es_rejected_execution_exception"}}}
                          for i, s in zip(ids, statuses, strict=True)]}

    def close(self) -> None: ...


def api_error(status: int) -> ApiError:
    meta = ApiResponseMeta(status=status, http_version="1.1", headers=HttpHeaders(), duration=0.0,
                           node=NodeConfig("http", "localhost", 9200))
    return ApiError("busy", meta=meta, body={})


def test_retries_429_and_connection_errors_then_resends_only_rejected_items(analyze: Analyzer,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr("index.es_index.time.sleep", sleeps.append)
    monkeypatch.setattr("index.es_index.random.random", lambda: 0.5)  # no jitter
    fake = FakeES([ESConnectionError("refused"), api_error(429)], [[201, 429], [201]])
    ix = ElasticIndex("http://unused", analyze, client=fake, backoff=0.1)  # type: ignore[arg-type]
    batch = [event(id=f"r{i}", key=f"k{i}", doc_id=f"r{i}", type="statement", date=None) for i in (1, 2)]
    assert ix.write(batch) == {}
    assert fake.bulk_calls == [["k1", "k2"], ["k2"]]  # only the rejected item is sent again
    assert sleeps == [0.1, 0.2, 0.1]  # doubling per attempt: connection error, 429; then the item's 429


def test_gives_up_after_retries(analyze: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("index.es_index.time.sleep", lambda _: None)
    fake = FakeES([ESConnectionError("refused")] * 10, [])
    ix = ElasticIndex("http://unused", analyze, client=fake, retries=3)  # type: ignore[arg-type]
    with pytest.raises(Unavailable):
        ix.write([event(id="r", key="k", doc_id="r", type="statement", date=None)])
    fake = FakeES([api_error(400)], [])
    ix = ElasticIndex("http://unused", analyze, client=fake)  # type: ignore[arg-type]
    with pytest.raises(ApiError):  # not retryable: raised at once
        ix.write([event(id="r", key="k", doc_id="r", type="statement", date=None)])
