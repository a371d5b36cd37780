"""Search that ranks and matches what users want, on both backends, over the identity set as a fixed index:
Korean and English queries of one thing return the same events; people by any part of their name."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from events import event
from identity_cases import load

from index.model import SearchQuery
from index.port import EventIndex

pytestmark = pytest.mark.timeout(300)
PAIRS = yaml.safe_load((Path(__file__).parent / "search" / "pairs.yaml").read_text(encoding="utf-8"))
FLOOR = 0.9


@pytest.fixture
def fixed(index: EventIndex) -> EventIndex:
    assert index.write([r for r, _ in load()]) == {}
    index.refresh()
    return index


def keys(index: EventIndex, **q: object) -> set[str]:
    return {h.event.key for h in index.search(SearchQuery.model_validate({"size": 100, **q})).hits}


def test_korean_and_english_queries_return_the_same_events(fixed: EventIndex, backend: str) -> None:
    assert len(PAIRS) >= 40
    both = ko_total = en_total = 0
    differ = []
    for ko, en in PAIRS:
        ko_hits, en_hits = keys(fixed, q=ko), keys(fixed, q=en)
        assert ko_hits or en_hits, (ko, en)  # every pair asks for something the index holds
        both += len(ko_hits & en_hits)
        ko_total += len(ko_hits)
        en_total += len(en_hits)
        if ko_hits != en_hits:
            differ.append(f"{ko}/{en}: {len(ko_hits)} vs {len(en_hits)}")
    en_recall, ko_recall = both / ko_total, both / en_total
    print(f"\n{len(PAIRS)} Korean/English query pairs on {backend}: the English query finds {en_recall:.3f} of the "
          f"Korean one's events, the Korean query {ko_recall:.3f} of the English one's; differ: {differ}")
    assert en_recall >= FLOOR and ko_recall >= FLOOR, differ


def test_a_person_by_family_name_or_any_spelling_with_the_matches_named(fixed: EventIndex) -> None:
    for query in ("Blinken", "블링컨", "antony blinken", "토니 블링컨"):
        page = fixed.search(SearchQuery(person=query, size=100))
        assert {h.event.date for h in page.hits} >= {"2024-02-22", "2023-04-26"}, query
        assert all("Antony Blinken" in h.persons for h in page.hits), query
    for query in ("Kishida", "기시다"):
        assert "2023-05-07" in {h.event.date for h in fixed.search(SearchQuery(person=query, size=100)).hits}
    assert {h.event.date for h in fixed.search(SearchQuery(person="Wang", size=100)).hits} == {"2024-06-05"}
    assert keys(fixed, person="Wan") == set()  # a whole word of a name, not any letters


def test_held_before_mentioned_and_dated_before_undated(index: EventIndex) -> None:
    """Text scores favour the short fragments (`quantum` twice in a few words); what was held, and dated, wins."""
    long = "Officials met in Seoul and discussed supply chains, batteries, export controls and also quantum."
    assert index.write([
        event(id="m", doc_id="m", key="dialogue:2024-05-01:KOR-USA", date="2024-05-01", mentioned=True,
              name="quantum quantum consultations", evidence="quantum quantum", participants=["KOR", "USA"]),
        event(id="u", doc_id="u", key="dialogue:undated:KOR-JPN:q", date=None, name="quantum quantum talks",
              evidence="quantum quantum", participants=["KOR", "JPN"]),
        event(id="h", doc_id="h", key="dialogue:2024-03-01:KOR-AUS", date="2024-03-01", name="Korea-Australia talks",
              evidence=long, participants=["KOR", "AUS"]),
    ]) == {}
    index.refresh()
    for q in (SearchQuery(q="quantum"), SearchQuery(q="양자"), SearchQuery(participants=["KOR"])):
        assert [h.event.key for h in index.search(q).hits] == [
            "dialogue:2024-03-01:KOR-AUS", "dialogue:undated:KOR-JPN:q", "dialogue:2024-05-01:KOR-USA"], q
