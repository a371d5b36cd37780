"""The indexer as a stage-runner handler: partial failures to dlq.index, crash and restart without duplicates."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from events import event

from index.indexer import STAGE, make_handler
from index.model import Analyzer
from index.port import EventIndex
from index.tantivy_index import TantivyIndex
from streams.bus import open_bus
from streams.local import LocalBus
from streams.records import DeadLetter, EventRecord
from streams.runner import run_stage
from streams.topics import EVENTS, dlq

pytestmark = pytest.mark.timeout(120)


def dead_letters(bus_url: str) -> list[DeadLetter]:
    bus = open_bus(bus_url)
    try:
        with bus.consumer(None, [dlq(STAGE)]) as c:
            out: list[DeadLetter] = []
            while batch := c.poll(500, 2.0):
                out += [DeadLetter.model_validate_json(m.value) for m in batch]
            return out
    finally:
        bus.close()


def publish_batch_with_bad_event(bus_url: str) -> None:
    bus = open_bus(bus_url)
    good = [event(id=f"g{i}", key=f"statement:2024-04-0{i}:KOR", doc_id=f"g{i}", type="statement",
                  date=f"2024-04-0{i}") for i in range(1, 5)]
    bad = event(id="bad", key="statement:2024-04-31:KOR", doc_id="bad", type="statement", date="2024-04-31")
    bus.ensure_topics([EVENTS, dlq(STAGE)])
    bus.publish_many([(EVENTS, r.key, r) for r in good[:2] + [bad] + good[2:]])
    bus.publish(EVENTS, "junk", b"{not json")
    bus.close()


def run_indexer(bus_url: str, index: EventIndex, *, session_timeout: float | None = None) -> None:
    bus = LocalBus(bus_url.removeprefix("local://"), session_timeout=session_timeout) if session_timeout \
        else open_bus(bus_url)
    try:
        run_stage(bus, stage=STAGE, topics=[EVENTS], record_type=EventRecord, handle_batch=make_handler(index),
                  exit_when_idle=True, poll_timeout=3.0)
    finally:
        bus.close()


def test_bad_event_goes_to_dlq_and_the_rest_is_indexed(bus_url: str, tmp_path: Path, analyze: Analyzer) -> None:
    publish_batch_with_bad_event(bus_url)
    with TantivyIndex(tmp_path / "index", analyze) as index:
        run_indexer(bus_url, index)
        assert index.count() == 4
    letters = dead_letters(bus_url)
    assert sorted(d.key or "" for d in letters) == ["junk", "statement:2024-04-31:KOR"]
    assert any("2024-04-31" in d.error and "calendar date" in d.error for d in letters)


def test_bad_event_on_elasticsearch(make_index: Callable[[str], EventIndex], tmp_path: Path) -> None:
    bus_url = f"local://{tmp_path / 'bus'}"
    publish_batch_with_bad_event(bus_url)
    index = make_index("es")
    run_indexer(bus_url, index)
    assert index.count() == 4
    assert len(dead_letters(bus_url)) == 2


def test_killed_indexer_restarted_indexes_every_event_once(tmp_path: Path, analyze: Analyzer) -> None:
    bus_url, index_path = f"local://{tmp_path / 'bus'}", tmp_path / "index"
    bus = open_bus(bus_url)
    bus.ensure_topics([EVENTS])
    # 300 reports of 150 events: each event reported by two documents (events three days apart).
    days = [(date(2020, 1, 1) + timedelta(days=3 * (i % 150))).isoformat() for i in range(300)]
    reports = [event(id=f"r{i}", key=f"statement:{days[i]}", doc_id=f"doc{i}", type="statement", date=days[i],
                     lang="en", evidence=f"report {i}") for i in range(300)]
    bus.publish_many([(EVENTS, r.key, r) for r in reports])
    bus.close()
    child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("indexer_child.py")), bus_url,
                              f"tantivy://{index_path}"], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[2])
    try:
        assert child.stdout is not None
        while int(child.stdout.readline() or 10**9) < 100:  # let it index a few batches, then kill it mid-run
            pass
    finally:
        child.kill()
        child.wait()
    with TantivyIndex(index_path, analyze) as index:
        assert 0 < index.count() <= 150
        run_indexer(bus_url, index, session_timeout=1.0)  # the dead member's leases lapse after 1 s
        events = list(index.scan())
        assert len(events) == index.count() == 150
        assert all(sorted(r.doc_id for r in e.reports) == sorted({r.doc_id for r in e.reports}) for e in events)
        assert sum(len(e.reports) for e in events) == 300
