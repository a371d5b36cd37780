"""The total past the cap from the term dictionary (`index.match_bound`): never more than the matches, and every
page the same as when the matches are counted (its hits, their order, its total and cursor)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from events import event

from index.match_bound import Span, at_least, whole_months
from index.model import SearchQuery
from index.port import EventIndex
from index.tantivy_index import TantivyIndex
from streams.records import EventRecord


class Frequencies:
    def __init__(self, alive: int, freqs: dict[tuple[str, str], int]) -> None:
        self.num_docs, self.freqs = alive, freqs

    def doc_freq(self, field_name: str, field_value: str) -> int:
        return self.freqs.get((field_name, field_value), 0)


def test_the_bound_takes_deleted_slots_and_exclusions_off() -> None:
    f = Frequencies(90, {("mentioned", "true"): 10, ("mentioned", "false"): 90, ("a", "x"): 95, ("b", "y"): 80,
                         ("b", "z"): 30, ("c", "w"): 4})
    assert at_least(f, []) == 90  # every alive event
    assert at_least(f, [[[("a", "x")]]]) == 85  # 95 slots, of which at most 10 deleted
    assert at_least(f, [[[("a", "x")]], [[("b", "y")]]]) == 65  # 95 + 80 + 90 - 2 * 100
    assert at_least(f, [[[("a", "x")]], [[("b", "z")], [("b", "y")]]]) == 65  # a union: its largest
    assert at_least(f, [[[("a", "x"), ("b", "y")]]]) == 65  # both terms of one alternative
    assert at_least(f, [[[("a", "x")]]], (("c", "w"),)) == 81
    assert at_least(f, [[[("b", "z")]]]) == 20  # 30 + 90 - 100
    assert at_least(f, [[[("c", "w")]]]) == 0  # 4 slots, which may all be deleted ones
    assert at_least(f, [[]]) == 0  # a clause of no term matches nothing

    months = Frequencies(90, {("mentioned", "false"): 100})
    months.terms_with_prefix = lambda field, prefix: [("2024-01", 20), ("2024-02", 30), ("2024-03", 35)]
    assert at_least(months, [Span("month", "2024-02", "~")]) == 55  # 30 + 35 slots, 10 of them maybe deleted
    assert at_least(months, [Span("month", "2024-02", "2024-01")]) == 0


@pytest.mark.parametrize(("first", "last", "low", "high"), [
    (date(2024, 1, 1), None, "2024-01", "~"), (date(2024, 1, 2), None, "2024-02", "~"),
    (date(2024, 12, 2), date(2025, 3, 31), "2025-01", "2025-03"), (None, date(2024, 2, 28), "", "2024-01"),
    (None, date(2024, 2, 29), "", "2024-02"), (date(2024, 5, 3), date(2024, 5, 30), "2024-06", "2024-04")])
def test_a_date_range_holds_its_whole_months(first: date | None, last: date | None, low: str, high: str) -> None:
    assert whole_months(first, last) == Span("month", low, high)


WORDS = ["supply", "chain", "semiconductor", "energy", "health", "maritime", "cyber", "climate"]
KO_WORDS = ["공급망", "반도체", "에너지", "보건", "해양", "사이버"]
PARTIES = ["KOR", "USA", "JPN", "CHN", "AUS", "IND", "GBR"]


def sample(n: int) -> list[EventRecord]:
    """`n` events of our own words: most held and dated, some only mentioned, some undated (the lower tiers)."""
    out = []
    for i in range(n):
        words = " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 5)[: 1 + i % 3])
        ko = KO_WORDS[i % len(KO_WORDS)]
        day = f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}"
        out.append(event(
            id=f"s{i}", key=f"dialogue:{day}:{i}", doc_id=f"doc-s{i}", date=None if i % 11 == 5 else day,
            participants=PARTIES[i % 4: i % 4 + 2 + i % 3], topics=["supply_chain" if i % 2 else "energy"],
            lang="ko" if i % 3 == 0 else "en", source="kr.mofa" if i % 3 == 0 else "us.state",
            mentioned=i % 7 == 3, name=f"Sample talks {i} on {words}",
            evidence=f"양국은 {ko} 협력을 논의했다." if i % 3 == 0 else f"The sides discussed {words} in round {i}.",
            extractor="x1", published="2024-01-01"))
    return out


QUERIES = [
    SearchQuery(), SearchQuery(q="supply"), SearchQuery(q="supply chain"), SearchQuery(q="energy"),
    SearchQuery(q="공급망"), SearchQuery(q="공급망 supply"), SearchQuery(q="nothingatall"),
    SearchQuery(participants=["KOR"]), SearchQuery(participants=["KOR", "JPN"]),
    SearchQuery(participants=["KOR", "USA"], participants_mode="all"), SearchQuery(q="climate", topics=["energy"]),
    SearchQuery(mentioned=True), SearchQuery(mentioned=False), SearchQuery(q="energy", mentioned=False),
    SearchQuery(q="supply", date_from="2023-03-01"), SearchQuery(topics=["supply_chain"], langs=["ko"]),
    SearchQuery(date_from="2023-02-01"), SearchQuery(date_from="2023-02-02", date_to="2023-11-30"),
    SearchQuery(participants=["USA"], date_to="2023-06-30"), SearchQuery(date_from="2023-05-01", date_to="2023-05-31"),
]


@pytest.fixture
def updated(make_index: Callable[[str], EventIndex]) -> EventIndex:
    ix = make_index("tantivy")
    assert ix.write(sample(60)) == {}
    assert ix.write([r.model_copy(update={"topics": ["health"]}) for r in sample(20)]) == {}  # corrected
    searcher = ix._searcher()  # the first versions of the corrected events are deleted slots
    assert (searcher.num_docs, sum(searcher.doc_freq("mentioned", v) for v in ("true", "false"))) == (60, 80)
    return ix


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_pages_are_those_of_the_counted_search(updated: TantivyIndex, sort: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pages, bounded = [], 0
    for q in QUERIES:
        q, tq = q.model_copy(update={"sort": sort, "size": 7}), updated.text_query(q.q)
        every = updated._search(q, tq, 100, None)
        required = updated._required(q, tq)
        excluded = (("mentioned", "true"),) if q.mentioned is False else ()
        assert at_least(updated._searcher(), required, excluded) <= every.total, q
        for cap in (1, 5, 10, 20, 30, 45, 60, 100):
            first = updated._search(q, tq, 7, cap)
            after = q.model_copy(update={"search_after": first.next}) if first.next else None
            pages.append((first, after and updated._search(after, tq, 7, cap)))
            bounded += updated._past_cap(updated._searcher(), q, tq, cap) is not None
    assert bounded > 20  # the bound is what gave these totals
    monkeypatch.setattr(TantivyIndex, "_past_cap", lambda *args: None)  # every total counted, as before
    counted = iter(pages)
    for q in QUERIES:
        q, tq = q.model_copy(update={"sort": sort, "size": 7}), updated.text_query(q.q)
        for cap in (1, 5, 10, 20, 30, 45, 60, 100):
            first = updated._search(q, tq, 7, cap)
            after = q.model_copy(update={"search_after": first.next}) if first.next else None
            assert (first, after and updated._search(after, tq, 7, cap)) == next(counted), (q, cap)
