"""One conformance suite for both index backends: tantivy (embedded) and Elasticsearch (noida-db)."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from events import KEY, english_report, event, korean_report

from index.merge import merge
from index.model import InvalidCursor, SearchQuery
from index.port import EventIndex
from streams.records import ReportVersion

pytestmark = pytest.mark.timeout(120)


def keys(index: EventIndex, **q: object) -> set[str]:
    page = index.search(SearchQuery.model_validate({"size": 100, **q}))
    assert page.total == len(page.hits)
    return {h.event.key for h in page.hits}


# -- writes: upsert, merge, replacement, replay -------------------------------------------------------

def test_upsert_is_idempotent(index: EventIndex) -> None:
    ko = korean_report()
    assert index.write([ko]) == {}
    first = index.get(KEY)
    assert index.write([ko, ko]) == {}
    assert index.write([ko]) == {}
    assert index.count() == 1
    assert index.get(KEY) == first
    assert [r.doc_id for r in first.reports] == ["doc-ko"]


def test_korean_and_english_reports_merge_into_one_event(index: EventIndex) -> None:
    ko, en = korean_report(), english_report()
    assert index.write([ko]) == {}
    assert index.write([en]) == {}
    assert index.count() == 1
    ev = index.get(KEY)
    assert ev is not None
    assert ev == merge([en, ko])  # the merged event does not depend on arrival order
    assert {(r.doc_id, r.url, r.source, r.lang, r.published) for r in ev.reports} == {
        ("doc-ko", "https://www.mofa.go.kr/1", "kr.mofa", "ko", "2024-06-06"),
        ("doc-en", "https://www.state.gov/1", "us.state", "en", "2024-06-07")}
    people = {p.person: p for p in ev.delegates}
    assert set(people) == {"Wang Yun-jong", "Kurt Campbell"}  # one Wang across three spellings
    assert set(people["Wang Yun-jong"].names) == {"왕윤종", "Wang Yun-jong", "Yunjong Wang"}
    assert people["Wang Yun-jong"].head and people["Kurt Campbell"].head
    assert ev.topics == ["supply_chain", "critical_minerals", "semiconductors"]  # in TOPICS order
    assert {c.topic for c in ev.commitments} == {"critical_minerals", "semiconductors"}
    assert ev.series == "US-Japan-ROK Economic Security Dialogue" and ev.ordinal == 2
    assert ev.location.city == "San Diego" and ev.next and ev.next.ordinal == 3
    assert [r.doc_id for r in index.reports(KEY)] and len(index.reports(KEY)) == 2


def test_reextracted_report_replaces_its_earlier_version(index: EventIndex) -> None:
    first = ReportVersion(fetched_at="2024-06-07T00:00:00Z", extracted_at="2024-06-07T00:01:00Z")
    index.write([korean_report(), english_report(version=first)])
    again = first.model_copy(update={"extracted_at": datetime(2024, 6, 8, tzinfo=UTC)})  # the same fetch, re-extracted
    newer = english_report(id="en2", extractor="x2", topics=["quantum"], commitments=[], version=again,
                           delegates=[{"name": "Kurt M. Campbell", "name_en": "Kurt M. Campbell", "country": "USA"}],
                           evidence="Officials discussed quantum computing in San Diego.")
    assert index.write([newer]) == {}
    ev = index.get(KEY)
    assert ev is not None and index.count() == 1
    assert sorted(r.id for r in ev.reports) == ["en2", "ko1"]
    assert "semiconductors" not in ev.topics and "quantum" in ev.topics
    assert "Kurt Campbell" not in {p.person for p in ev.delegates}
    assert keys(index, q="sanctions") == set()  # the old wording is gone from the index too
    assert keys(index, q="quantum") == {KEY}


def test_replay_changes_nothing(index: EventIndex) -> None:
    batch = [korean_report(), english_report()]
    index.write(batch)
    before = (index.get(KEY), index.reports(KEY))
    for r in batch:  # redelivered one by one, then as a batch
        assert index.write([r]) == {}
    assert index.write(batch) == {}
    assert (index.get(KEY), index.reports(KEY)) == before and index.count() == 1


def test_invalid_event_fails_alone(index: EventIndex) -> None:
    bad = event(id="bad", key="statement:2024-02-30:KOR", doc_id="b", type="statement", date="2024-02-30")
    good = [event(id=f"g{i}", key=f"statement:2024-02-0{i}:KOR", doc_id=f"g{i}", type="statement",
                  date=f"2024-02-0{i}") for i in (1, 2)]
    failed = index.write([good[0], bad, good[1]])
    assert list(failed) == [1] and "2024-02-30" in failed[1]
    assert index.count() == 2


# -- search: a small corpus, every filter and facet -------------------------------------------------

CORPUS_KEYS = {"A": KEY, "B": "agreement:2024-03-10:AUS-KOR", "C": "launch:2023-11-20:JPN-KOR-USA",
               "D": "statement:2024-01-15:EU-KOR", "E": "dialogue:undated:CHN-KOR:1"}


def corpus() -> list:
    return [
        korean_report(), english_report(),
        event(id="b", key=CORPUS_KEYS["B"], doc_id="doc-b", type="agreement", date="2024-03-10", lang="en",
              participants=["KOR", "AUS"], source="au.dfat", topics=["critical_minerals"],
              name="Critical Minerals Partnership", evidence="Korea and Australia signed a minerals agreement.",
              delegates=[{"name": "Penny Wong", "name_en": "Penny Wong", "country": "AUS", "person_id": "P-WONG"}]),
        event(id="c", key=CORPUS_KEYS["C"], doc_id="doc-c", type="launch", date="2023-11-20", lang="en",
              mentioned=True, source="us.state", topics=["supply_chain"],
              name="Supply Chain Resilience Network", evidence="The network launched in November."),
        event(id="d", key=CORPUS_KEYS["D"], doc_id="doc-d", type="statement", date="2024-01-15", lang="ko",
              participants=["KOR", "EU"], source="kr.mofa", topics=["economic_coercion"],
              name="한-EU 경제 안보 공동 성명", evidence="한국과 EU는 경제 안보 공동 성명을 발표했다."),
        event(id="e", key=CORPUS_KEYS["E"], doc_id="doc-e", type="dialogue", date=None, lang="ko",
              participants=["KOR", "CHN"], source="kr.mofa", topics=["trade"],
              name="한중 통상 협의", evidence="한중 통상 당국이 협의를 열었다."),
    ]


@pytest.fixture
def loaded(index: EventIndex) -> EventIndex:
    assert index.write(corpus()) == {}
    return index


def K(*names: str) -> set[str]:  # noqa: N802
    return {CORPUS_KEYS[n] for n in names}


FILTER_CASES: list[tuple[dict[str, object], set[str]]] = [
    ({}, K("A", "B", "C", "D", "E")),
    ({"types": ["agreement"]}, K("B")),
    ({"types": ["dialogue", "launch"]}, K("A", "C", "E")),
    ({"date_from": "2024-01-01"}, K("A", "B", "D")),
    ({"date_to": "2023-12-31"}, K("C")),
    ({"date_from": "2024-03-01", "date_to": "2024-03-10"}, K("B")),
    ({"participants": ["AUS", "EU"]}, K("B", "D")),
    ({"participants": ["KOR", "JPN"], "participants_mode": "all"}, K("A", "C")),
    ({"topics": ["critical_minerals"]}, K("A", "B")),
    ({"person": "Yunjong Wang"}, K("A")),
    ({"person": "왕 윤종"}, K("A")),
    ({"person": "wang yun-jong"}, K("A")),
    ({"person": "P-WONG"}, K("B")),
    ({"person": "Wong, Penny"}, K("B")),
    ({"series": ["US-Japan-ROK Economic Security Dialogue"]}, K("A")),
    ({"sources": ["us.state"]}, K("A", "C")),
    ({"langs": ["ko"]}, K("A", "D", "E")),
    ({"langs": ["en"]}, K("A", "B", "C")),
    ({"mentioned": True}, K("C")),
    ({"mentioned": False}, K("A", "B", "D", "E")),
    ({"q": "network", "types": ["launch"], "date_to": "2024-01-01"}, K("C")),
]


def test_every_filter(loaded: EventIndex) -> None:
    for query, expected in FILTER_CASES:
        assert keys(loaded, **query) == expected, query


def test_facets(loaded: EventIndex) -> None:
    f = loaded.facets(SearchQuery())
    as_dict = lambda buckets: {b.value: b.count for b in buckets}  # noqa: E731
    assert as_dict(f.type) == {"dialogue": 2, "agreement": 1, "launch": 1, "statement": 1}
    assert as_dict(f.participants) == {"KOR": 5, "USA": 2, "JPN": 2, "AUS": 1, "EU": 1, "CHN": 1}
    assert as_dict(f.topics)["critical_minerals"] == 2 and as_dict(f.topics)["trade"] == 1
    assert as_dict(f.persons) == {"Wang Yun-jong": 1, "Kurt Campbell": 1, "P-WONG": 1}
    assert as_dict(f.series) == {"US-Japan-ROK Economic Security Dialogue": 1}
    assert as_dict(f.source) == {"kr.mofa": 3, "us.state": 2, "au.dfat": 1}
    assert as_dict(f.lang) == {"ko": 3, "en": 3}
    assert [(b.value, b.count) for b in f.month] == [("2023-11", 1), ("2024-01", 1), ("2024-03", 1), ("2024-06", 1)]
    narrowed = loaded.search(SearchQuery(topics=["critical_minerals"]), facets=True).facets
    assert narrowed is not None and as_dict(narrowed.type) == {"dialogue": 1, "agreement": 1}


def test_korean_morpheme_search(loaded: EventIndex) -> None:
    assert keys(loaded, q="경제안보") == K("A", "D")  # written `경제 안보` in both
    assert keys(loaded, q="경제안보대화") == K("A")
    assert keys(loaded, q="핵심광물 공급망") == K("A")  # a commitment clause
    assert keys(loaded, q="통상협의를") == K("E")  # particles do not matter
    assert keys(loaded, q="반도체") == K("A")  # through the lexicon: its English report is about chips
    assert keys(loaded, q="양자컴퓨터") == set()


def test_english_stemming(loaded: EventIndex) -> None:
    assert keys(loaded, q="sanction") == K("A")  # `sanctions talks`
    assert keys(loaded, q="coordinated export control") == K("A")  # `coordinating export controls`
    assert keys(loaded, q="networks") == K("C")
    assert keys(loaded, q="Minerals Agreements") == K("B")
    assert keys(loaded, q="Campbell") == K("A")  # delegates are searchable


def test_highlights_mark_the_original_text(loaded: EventIndex) -> None:
    hit = loaded.search(SearchQuery(q="경제안보대화")).hits[0]
    assert any("<em>경제 안보 대화</em>" in s for s in hit.highlights["evidence"]), hit.highlights
    hit = loaded.search(SearchQuery(q="sanction")).hits[0]
    assert any("<em>sanctions</em> talks" in s for s in hit.highlights["evidence"]), hit.highlights
    assert loaded.search(SearchQuery(types=["launch"])).hits[0].highlights == {}


def test_query_syntax_is_plain_text(loaded: EventIndex) -> None:
    for q in ['name:(foo AND bar) OR "x"~2', "[a TO b] {c TO d} \\ / * ? ^2", "key:*", "*:*", "(((", "!!",
              "\x00\x1f\u200b", "network AND NOT launch"]:
        page = loaded.search(SearchQuery(q=q))
        assert page.total == 0 or q.startswith("network"), q  # `*:*` must not mean "everything"


def test_sort_by_date_and_paging(index: EventIndex) -> None:
    batch = [event(id=f"p{i}", key=f"statement:2023-01-{1 + i % 28:02d}:{i}", doc_id=f"p{i}", type="statement",
                   date=f"2023-01-{1 + i % 28:02d}", evidence=f"trade statement {i}") for i in range(25)]
    batch.append(event(id="pu", key="statement:undated:x", doc_id="pu", type="statement", date=None,
                       evidence="trade statement undated"))
    assert index.write(batch) == {}
    for sort in ("date", "relevance"):
        seen: list[str] = []
        dates: list[str] = []
        page = index.search(SearchQuery(q="trade", sort=sort, size=10))
        assert page.total == 26
        while True:
            seen += [h.event.key for h in page.hits]
            dates += [h.event.date or "" for h in page.hits]
            if not page.next:
                break
            page = index.search(SearchQuery(q="trade", sort=sort, size=10, search_after=page.next))
        assert len(seen) == len(set(seen)) == 26, sort
        if sort == "date":
            assert dates[:-1] == sorted(dates[:-1], reverse=True) and dates[-1] == ""  # undated last
    with pytest.raises(InvalidCursor):
        index.search(SearchQuery(sort="date", search_after="garbage"))
    cursor = index.search(SearchQuery(sort="relevance", q="trade", size=1)).next
    with pytest.raises(InvalidCursor):
        index.search(SearchQuery(sort="date", search_after=cursor))


def test_paging_past_ten_thousand(index: EventIndex) -> None:
    n = 10_050
    # Distinct events: one day and partner each (same-day statements of Korea with one partner are one event).
    partners = ["USA", "JPN", "CHN", "AUS", "GBR"]
    batch = [event(id=f"x{i}", key=f"statement:{i:05d}", doc_id=f"x{i}", type="statement",
                   participants=["KOR", partners[i // 2100]], date=f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}")
             for i in range(n)]
    for start in range(0, n, 3400):  # few bulk requests
        assert index.write(batch[start:start + 3400]) == {}
    index.refresh()
    assert index.count() == n
    for sort in ("relevance", "date"):  # counted up to 10,000 (Elasticsearch's `track_total_hits`), then "10,000+"
        page = index.search(SearchQuery(size=5, sort=sort))
        assert (page.total, page.total_relation) == (10_000, "gte")
        later = index.search(SearchQuery(size=5, sort=sort, search_after=page.next))
        assert (later.total, later.total_relation) == (10_000, "gte")
        page = index.search(SearchQuery(size=5, sort=sort), exact_total=True)
        assert (page.total, page.total_relation) == (n, "eq")
        page = index.search(SearchQuery(participants=["USA"], size=5, sort=sort))
        assert (page.total, page.total_relation) == (2100, "eq")
    seen = [(e.date, e.key) for e in index.scan()]  # pages of 1,000 with search_after
    assert len(seen) == len({k for _, k in seen}) == n
    assert [d for d, _ in seen] == sorted((d for d, _ in seen), reverse=True)


RESTART_CHILD = """
import sys
from index import open_index
from streams.records import EventRecord
options = {"alias": sys.argv[2]} if len(sys.argv) > 2 else {}
ix = open_index(sys.argv[1], lambda text, lang: text.lower().split(), **options)
ix.write([EventRecord(id=f"r{i}", key=f"statement:2024-05-0{i}:KOR", doc_id=f"r{i}", type="statement",
                      date=f"2024-05-0{i}", lang="en", evidence="Restart survivors issued a statement.")
          for i in range(1, 4)])
ix.close()
"""


def test_restart_keeps_the_index(make_index: Callable[[str], EventIndex], backend: str, tmp_path: Path) -> None:
    first = make_index(backend)  # creates the index (and, for Elasticsearch, picks the alias)
    url, extra = (f"tantivy://{tmp_path / 'index'}", []) if backend == "tantivy" else (
        first.es.transport.node_pool.get().base_url, [first.alias])  # type: ignore[attr-defined]
    first.close()
    subprocess.run([sys.executable, "-c", RESTART_CHILD, url, *extra], check=True, timeout=60,
                   cwd=Path(__file__).resolve().parents[2])
    reopened = make_index(backend)
    reopened.refresh()
    assert reopened.count() == 3
    assert len(reopened.search(SearchQuery(q="survivor statements")).hits) == 3
