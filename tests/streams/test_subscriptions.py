"""Topic streams on both backends: live delivery with filters, named resume, alerts once per event."""
from __future__ import annotations

import threading
import time
import uuid
from datetime import date
from pathlib import Path

from readout.follow import follow, source_topic
from streams.bus import open_bus
from streams.records import AlertRecord, Commitment, Delegate, EventFilter, EventRecord
from streams.runner import run_stage
from streams.subscriptions import SubscriptionStore, match_alerts, record_fired, unique
from streams.topics import EVENTS, alerts, topic_stream

TAG = uuid.uuid4().hex[:6]  # the Kafka broker is shared by the session: ids tell this module's events apart


def event(i: int, *, topic: str = "semiconductors", parts: tuple[str, ...] = ("KOR", "USA"),
          person: str = "Wang Yun-jong", day: str = "2024-06-05") -> EventRecord:
    return EventRecord(id=f"{TAG}-e{i}", key=f"dialogue:{day}:{TAG}{i}", doc_id=f"d{i}", type="dialogue", date=day,
                       name=f"Dialogue {i}", participants=list(parts), topics=[topic],
                       delegates=[Delegate(name="왕윤종", name_en=person, country="KOR", head=True)],
                       commitments=[Commitment(topic=topic, action="cooperate", text="…", parties=list(parts))])


def publish(url: str, events: list[EventRecord]) -> None:
    with open_bus(url) as bus:
        out = []
        for e in events:
            out.append((EVENTS, e.key, e))
            out.extend((topic_stream(t), e.key, e) for t in e.topics)
        bus.publish_many(out)


def test_filter_matches() -> None:
    e = event(1)
    assert EventFilter().matches(e)
    assert EventFilter(topics=["semiconductors"], countries=["kor"], person="wang yunjong").matches(e)
    assert EventFilter(person="왕윤종", types=["dialogue"], since=date(2024, 6, 1)).matches(e)
    assert not EventFilter(countries=["JPN"]).matches(e)
    assert not EventFilter(topics=["ai"]).matches(e)
    assert not EventFilter(since=date(2024, 7, 1)).matches(e)
    assert not EventFilter(person="Jake Sullivan").matches(e)
    assert source_topic(EventFilter(topics=["ai"])) == "events.topic.ai"
    assert source_topic(EventFilter(topics=["ai", "space"])) == EVENTS


def test_live_event_reaches_subscriber_filtered(bus_url: str) -> None:
    got: list[EventRecord] = []
    stop = threading.Event()
    with open_bus(bus_url) as bus:
        bus.ensure_topics([EVENTS, topic_stream("semiconductors")])

    def listen() -> None:
        with open_bus(bus_url) as bus:
            flt = EventFilter(topics=["semiconductors"], countries=["JPN"])
            for e in follow(bus, flt, name=None, from_beginning=False, stop=stop.is_set):
                got.append(e)

    t = threading.Thread(target=listen)
    t.start()
    time.sleep(4)  # the subscriber has joined and sits at the end of the stream
    publish(bus_url, [event(1, parts=("KOR", "USA")), event(2, parts=("JPN", "KOR")), event(3, topic="ai",
                                                                                         parts=("JPN",))])
    deadline = time.monotonic() + 20
    while not got and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)
    stop.set()
    t.join(10)
    assert [e.id for e in got] == [f"{TAG}-e2"]


def test_named_subscription_resumes_without_repeats_or_gaps(bus_url: str) -> None:
    name = f"n{uuid.uuid4().hex[:6]}"
    mine = EventFilter(person=f"Person {name}")
    publish(bus_url, [event(i, person=f"Person {name}") for i in range(5)])
    with open_bus(bus_url) as bus:
        first = [e.id for e in follow(bus, mine, name=name, from_beginning=True, idle_exit=3)]
    publish(bus_url, [event(i, person=f"Person {name}") for i in range(5, 8)])
    with open_bus(bus_url) as bus:
        second = [e.id for e in follow(bus, mine, name=name, from_beginning=True, idle_exit=3)]
    assert sorted(first) == [f"{TAG}-e{i}" for i in range(5)]
    assert sorted(second) == [f"{TAG}-e{i}" for i in range(5, 8)]


def test_alert_fires_once_per_matching_event(bus_url: str, tmp_path: Path) -> None:
    store = SubscriptionStore(tmp_path)
    sub = f"chips{uuid.uuid4().hex[:6]}"
    store.add(sub, EventFilter(topics=["semiconductors"], countries=["JPN"], person=f"Person {sub}"))
    group = f"alerts{uuid.uuid4().hex[:6]}"
    matching = event(1, parts=("JPN", "KOR"), person=f"Person {sub}")
    other = event(2, parts=("KOR",), person=f"Person {sub}")
    publish(bus_url, [matching, other, matching])  # the same event again, as after a re-extraction
    with open_bus(bus_url) as bus:
        for _ in range(2):  # a second pass (restart) fires nothing new
            run_stage(bus, stage=group, topics=[EVENTS], record_type=EventRecord,
                      handle=lambda e: match_alerts(store, e), after_commit=lambda o: record_fired(store, o),
                      exit_when_idle=True, poll_timeout=5)
        with bus.consumer(None, [alerts(sub)]) as reader:
            raw = [AlertRecord.model_validate_json(m.value) for m in reader.poll(100, 5)]
    assert [a.event.id for a in unique(raw)] == [f"{TAG}-e1"]
    assert len(raw) <= 2 and all(a.subscription == sub for a in raw)
