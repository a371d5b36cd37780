"""The index stage tells followers what happened to each event: once when it appears, then real updates."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from events import english_report, korean_report

from index.indexer import make_handler
from index.model import Analyzer
from index.port import EventIndex
from index.tantivy_index import TantivyIndex
from readout.follow import follow
from readout.vocabulary import vocabulary
from streams.bus import open_bus
from streams.records import EventFilter, EventNotice, EventRecord, ReportVersion
from streams.topics import MERGED

pytestmark = pytest.mark.timeout(180)


def index_round(bus_url: str, index: EventIndex, reports: list[EventRecord]) -> None:
    """One batch through the indexer's handler (what the stage runner calls per batch)."""
    with open_bus(bus_url) as bus:
        assert make_handler(index, bus)(list(reports)).failed == {}


def notices(bus_url: str) -> list[EventNotice]:
    with open_bus(bus_url) as bus, bus.consumer(None, [MERGED]) as reader:
        out: list[EventNotice] = []
        while batch := reader.poll(500, 2):
            out += [EventNotice.model_validate_json(m.value) for m in batch]
        return out


def fetched(r: EventRecord, day: str, source: str | None = None) -> EventRecord:
    version = ReportVersion(fetched_at=f"2024-06-{day}T00:00:00+00:00")
    return r.model_copy(update={"version": version, "source": source or r.source})


def test_once_per_event_then_updates_and_no_alert_for_a_page_found_again(
        bus_url: str, tmp_path: Path, analyze: Analyzer) -> None:
    tag = uuid.uuid4().hex[:6]  # the Kafka broker is shared: this test's events and groups
    key = f"dialogue:2024-06-05:{tag}"
    ko = fetched(korean_report(id=f"ko-{tag}", doc_id=f"ko-{tag}", key=key,
                               delegates=[{"name": "왕윤종", "name_en": f"Wang {tag}", "country": "KOR"}]), "06")
    en = fetched(english_report(id=f"en-{tag}", doc_id=f"en-{tag}", key=key), "07")
    with TantivyIndex(tmp_path / "index", analyze, vocabulary()) as index:
        index_round(bus_url, index, [ko, ko])  # one release, delivered twice
        index_round(bus_url, index, [fetched(ko, "08", "kr.sitemap")])  # the same page found via another source
        index_round(bus_url, index, [en])  # a second release: new delegates, a new topic
        index_round(bus_url, index, [en])  # a replay
    mine = [n for n in notices(bus_url) if n.key == key]
    assert [n.kind for n in mine] == ["new", "updated"]
    assert "new report: us.state (en)" in mine[1].changes and "new delegate: Kurt Campbell" in mine[1].changes
    with open_bus(bus_url) as bus:
        shown = list(follow(bus, EventFilter(person=f"Wang {tag}"), name=None, from_beginning=True, idle_exit=2))
        quiet = list(follow(bus, EventFilter(person=f"Wang {tag}", updates=False), name=None, from_beginning=True,
                            idle_exit=2))
    assert [d.kind for d in shown] == ["new", "updated"] and [d.kind for d in quiet] == ["new"]


def test_notices_published_before_the_write_are_repeated_not_lost(make_index: Callable[[str], EventIndex],
                                                                   tmp_path: Path) -> None:
    """A crash between publishing a batch's changes and the index write: the redelivered batch publishes the
    same changes again (same ids, which followers drop), and nothing is missed."""
    bus_url = f"local://{tmp_path / 'bus'}"
    index = make_index("tantivy")
    handler = make_handler(index, open_bus(bus_url))
    apply = index.apply
    index.apply = lambda pending: (_ for _ in ()).throw(RuntimeError("killed"))  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        handler([korean_report()])
    index.apply = apply  # type: ignore[method-assign]
    handler([korean_report()])
    sent = notices(bus_url)
    assert [n.kind for n in sent] == ["new", "new"] and sent[0].id == sent[1].id
    with open_bus(bus_url) as bus:
        assert len(list(follow(bus, EventFilter(), name=None, from_beginning=True, idle_exit=1))) == 1
