"""Totals stop at a cap like Elasticsearch's `track_total_hits` (exact up to it, "N+" beyond, later pages carry the
first page's count), and facets count every value of every event whatever the columns behind them, on both backends.
"""
from __future__ import annotations

from collections import Counter

import pytest
from events import event
from fastapi.testclient import TestClient
from test_index_conformance import corpus

import index.port
from index import facet_columns
from index.fields import search_fields
from index.model import FACETS, Bucket, Facets, SearchQuery
from index.port import EventIndex
from index.tantivy_index import FACET_FIELDS, FACET_SIZE, TantivyIndex
from readout.app import build_app
from readout.settings import Settings


@pytest.fixture
def loaded(index: EventIndex) -> EventIndex:
    assert index.write(corpus()) == {}  # 5 events: 3 held and dated, 1 mentioned, 1 undated
    return index


@pytest.mark.parametrize("sort", ["date", "relevance"])
@pytest.mark.parametrize("text", [None, "경제 안보"])
def test_totals_stop_at_the_cap_and_later_pages_carry_them(loaded: EventIndex, sort: str, text: str | None) -> None:
    # Without text every match ties: relevance pages come from the first tier (3 events), and the other tiers'
    # 2 events are counted only while the first tier's count is under the cap.
    q = SearchQuery(q=text, sort=sort, size=1)
    tq = loaded.text_query(text)
    everything = loaded._search(q, tq, 50, None).total
    assert everything == (5 if text is None else 2)
    for cap in (None, 6, 5, 4, 3, 2, 1):
        want = (everything, True) if cap is None or everything <= cap else (cap, False)
        first = loaded._search(q, tq, 1, cap)
        assert (first.total, first.exact) == want, cap
        assert first.next
        second = loaded._search(q.model_copy(update={"search_after": first.next}), tq, 1, cap)
        assert (second.total, second.exact) == want, cap
        if not want[1]:  # an exact count asked on a page whose first page stopped at the cap: counted again
            again = loaded._search(q.model_copy(update={"search_after": first.next}), tq, 1, None)
            assert (again.total, again.exact) == (everything, True)


def test_search_reports_the_relation(loaded: EventIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    page = loaded.search(SearchQuery(size=2))
    assert (page.total, page.total_relation) == (5, "eq")
    monkeypatch.setattr(index.port, "TOTAL_CAP", 3)
    page = loaded.search(SearchQuery(size=2))
    assert (page.total, page.total_relation) == (3, "gte")
    page = loaded.search(SearchQuery(size=2), exact_total=True)
    assert (page.total, page.total_relation) == (5, "eq")
    page = loaded.search(SearchQuery(participants=["AUS", "EU"], size=2))
    assert (page.total, page.total_relation) == (2, "eq")


def crowded() -> list:
    """Events with more values of each facet than the tantivy backend has slots for (several reports each)."""
    parts = ["KOR", "USA", "JPN", "CHN", "AUS", "GBR", "FRA", "IND"]
    topics = ["supply_chain", "semiconductors", "critical_minerals", "energy", "ai", "trade", "quantum"]
    sources = ["kr.mofa", "us.state", "jp.mofa", "au.dfat", "kr.president"]
    people = [("Penny Wong", "AUS"), ("Antony Blinken", "USA"), ("Cho Tae-yul", "KOR"), ("Kamikawa Yoko", "JPN"),
              ("David Lammy", "GBR"), ("Wang Yi", "CHN"), ("S. Jaishankar", "IND")]
    out = []
    for i in range(12):
        k = 2 + i % 7  # 2..8 parties, topics, delegates
        key = f"dialogue:2024-0{1 + i % 9}-1{i % 10}:{i}"
        for j in range(1 + i % 5):  # 1..5 reports, each from its own source
            out.append(event(
                id=f"c{i}-{j}", key=key, doc_id=f"doc-c{i}-{j}", date=f"2024-0{1 + i % 9}-1{i % 10}",
                participants=parts[:k], topics=topics[: min(k, len(topics))], source=sources[j],
                lang="ko" if j % 2 else "en", series="Crowded Forum" if i % 3 == 0 else None,
                name=f"Crowded forum {i}", evidence=f"Crowded forum number {i} met.",
                delegates=[{"name": n, "name_en": n, "country": c} for n, c in people[: min(k, len(people))]]))
    return out


def counted(index: EventIndex, q: SearchQuery) -> dict[str, dict[str, int]]:
    """Facet counts worked out from the matching events themselves."""
    out: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for ev in index.scan(q):
        f = search_fields(ev, index.analyze, index.vocab)
        values = {"type": [ev.type], "participants": ev.participants, "topics": ev.topics, "persons": f.persons,
                  "series": [ev.series] if ev.series else [], "source": f.sources, "lang": f.langs,
                  "month": [f.month] if f.month else []}
        for name, vals in values.items():
            out[name].update(set(vals))
    return {name: dict(c) for name, c in out.items()}


def as_dicts(f: Facets) -> dict[str, dict[str, int]]:
    return {name: {b.value: b.count for b in getattr(f, name)} for name in FACETS}


@pytest.mark.parametrize("query", [{}, {"participants": ["GBR"]}, {"q": "crowded forum", "langs": ["ko"]},
                                   {"topics": ["quantum"], "date_from": "2024-03-01"}])
def test_facets_count_every_value(index: EventIndex, query: dict) -> None:
    assert index.write(crowded() + corpus()) == {}
    q = SearchQuery(**query)
    facets = index.facets(q)
    assert as_dicts(facets) == counted(index, q)
    assert (facets.sample, facets.approximate) == (1, False)
    assert [b.value for b in facets.month] == sorted(b.value for b in facets.month)
    for name in FACETS:  # most frequent first (months: in order)
        counts = [b.count for b in getattr(facets, name)]
        assert name == "month" or counts == sorted(counts, reverse=True), name


def test_tantivy_slot_facets_equal_the_multi_valued_columns(make_index) -> None:  # noqa: ANN001 - fixture
    """The tantivy backend counts slot columns; the multi-valued columns it counted before give the same."""
    ix = make_index("tantivy")
    assert isinstance(ix, TantivyIndex)
    assert ix.write(crowded() + corpus()) == {}
    for q in (SearchQuery(), SearchQuery(participants=["IND"]), SearchQuery(q="forum")):
        text = ix.text_query(q.q)
        aggs = {name: {"terms": {"field": field, "size": 1000 if name == "month" else FACET_SIZE}}
                for name, field in FACET_FIELDS.items()}
        before = ix._searcher().aggregate(ix._query(q, text), aggs)
        old = {name: {str(b["key"]): int(b["doc_count"]) for b in before[name]["buckets"]} for name in FACETS}
        assert as_dicts(ix.facets(q)) == old


def test_facets_keep_the_most_frequent_values(make_index) -> None:  # noqa: ANN001 - fixture
    """More values than a facet shows: the most frequent, ties by value, the same on both backends' contract."""
    ix = make_index("tantivy")
    many = [event(id=f"m{i}", key=f"statement:2024-02-{1 + i % 28:02d}:{i}", doc_id=f"m{i}", type="statement",
                  date=f"2024-02-{1 + i % 28:02d}", participants=["KOR", f"P{i % 60:02d}", f"Q{i % 7}"],
                  evidence="many parties")
            for i in range(120)]
    assert ix.write(many) == {}
    got = ix.facets(SearchQuery()).participants
    assert len(got) == FACET_SIZE
    assert got[0] == Bucket(value="KOR", count=120)
    assert [b.value for b in got[1:8]] == [f"Q{i}" for i in range(7)]
    assert all(b.count == 2 for b in got[8:])  # P00..P59 twice each: the first of them by value
    assert [b.value for b in got[8:]] == [f"P{i:02d}" for i in range(FACET_SIZE - 8)]


def test_broad_queries_are_counted_on_a_sample(make_index, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Above `EXACT_UP_TO` matches the embedded index counts the events of one sample level, scaled up; asked for
    exact counts, or under the threshold, it counts every match."""
    monkeypatch.setattr(facet_columns, "SAMPLE_LEVELS", (2, 4))
    monkeypatch.setattr(facet_columns, "EXACT_UP_TO", 10)
    ix = make_index("tantivy")
    assert ix.write(crowded() + corpus()) == {}  # 17 events
    for q in (SearchQuery(), SearchQuery(participants=["KOR"])):
        exact = ix.facets(q, exact=True)
        assert exact.sample == 1 and as_dicts(exact) == counted(ix, q)
        matches = list(ix.scan(q))
        estimate = 4 * sum("4" in facet_columns.sample_levels(e.key) for e in matches)  # from the sparsest sample
        level = next((n for n in (1, 2, 4) if estimate / n <= 10), 4)
        assert level > 1
        in_sample = [e for e in matches if str(level) in facet_columns.sample_levels(e.key)]
        sampled = ix.facets(q)
        assert sampled.sample == level and sampled.approximate and not exact.approximate
        assert as_dicts(sampled)["type"] == {t: level * n for t, n in Counter(e.type for e in in_sample).items()}
        assert as_dicts(sampled)["participants"] == {
            c: level * n for c, n in Counter(c for e in in_sample for c in e.participants).items()}
    narrow = ix.facets(SearchQuery(participants=["GBR"]))  # few matches: every one counted
    assert narrow.sample == 1 and not narrow.approximate
    assert as_dicts(narrow) == counted(ix, SearchQuery(participants=["GBR"]))


def test_estimated_facets_say_so_in_the_api_and_on_the_web_page(index: EventIndex, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """Facets counted on a sample are `approximate` (like Elasticsearch's sampler aggregation) in the API and shown
    as estimates on the web page; Elasticsearch counts every match, so its facets never are; `exact=true` counts
    every match on both."""
    monkeypatch.setattr(facet_columns, "SAMPLE_LEVELS", (2, 4))
    monkeypatch.setattr(facet_columns, "EXACT_UP_TO", 10)
    assert index.write(crowded() + corpus()) == {}
    sampling = isinstance(index, TantivyIndex)
    app = build_app(Settings(index="tantivy://unused"), index=index)
    with TestClient(app) as c:
        body = c.get("/facets").json()
        assert (body["approximate"], body["sample"] > 1) == (sampling, sampling)
        exact = c.get("/facets", params={"exact": "true"}).json()
        assert (exact["approximate"], exact["sample"]) == (False, 1)
        assert {b["value"]: b["count"] for b in exact["type"]} == counted(index, SearchQuery())["type"]
        assert "approximate" in c.get("/openapi.json").json()["components"]["schemas"]["Facets"]["properties"]
        page = c.get("/search", params={"facets": "true"}).json()
        assert page["facets"]["approximate"] == sampling
        web = c.get("/").text
    shown = index.search(SearchQuery(mentioned=False), facets=True).facets
    assert shown is not None and shown.approximate == sampling
    assert ("Approximate counts: estimated from 1 in" in web) == sampling
    assert ('<span class="count">≈ ' in web) == sampling


def test_tantivy_facets_are_remembered_per_commit(make_index) -> None:  # noqa: ANN001 - fixture
    """The embedded index remembers a query's facets while the index is the same commit: a later page shows the
    first page's, and a commit, by this index or by another writer (the indexer's), is counted at once."""
    ix = make_index("tantivy")
    assert isinstance(ix, TantivyIndex)
    assert ix.write(corpus()) == {}
    reader = TantivyIndex(ix.path, ix.analyze, ix.vocab)  # the web process; `ix` is the indexer's writer
    q = SearchQuery(size=1, sort="date")
    first = reader.search(q, facets=True)
    assert first.next and first.facets is not None
    later = reader.search(q.model_copy(update={"search_after": first.next}), facets=True)
    assert later.facets is first.facets  # remembered, not counted again
    assert reader.facets(q.model_copy(update={"sort": "relevance", "size": 7})) is first.facets
    assert as_dicts(first.facets) == counted(reader, q)
    assert ix.write(crowded()) == {}  # another writer's commit
    after = reader.facets(q)
    assert after is not first.facets and as_dicts(after) == counted(reader, q) != as_dicts(first.facets)
    assert ix.write(corpus()[:1] + crowded()[:1]) == {}  # the same reports again: a commit with nothing new
    assert as_dicts(ix.facets(q)) == as_dicts(after) == counted(ix, q)
    ix.facet_cache = 0  # nothing remembered: counted every time
    assert ix.facets(q) is not ix.facets(q)
    reader.close()
