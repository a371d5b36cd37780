"""Following events on both backends: each event once, then its updates; named resume; alerts once."""
from __future__ import annotations

import threading
import time
import uuid
from datetime import date
from pathlib import Path

from readout.follow import Delivery, follow
from streams.bus import open_bus
from streams.records import AlertRecord, Commitment, Delegate, EventFilter, EventNotice, EventRecord, stable_id
from streams.runner import run_stage
from streams.subscriptions import SubscriptionStore, match_alerts, record_fired, unique
from streams.topics import MERGED, alerts
from tests.streams.slow_join import SlowJoin

TAG = uuid.uuid4().hex[:6]  # the Kafka broker is shared by the session: ids tell this module's events apart


def event(i: int, *, topic: str = "semiconductors", parts: tuple[str, ...] = ("KOR", "USA"),
          person: str = "Wang Yun-jong", day: str = "2024-06-05") -> EventRecord:
    key = f"dialogue:{day}:{TAG}{i}"
    return EventRecord(id=key, key=key, doc_id=f"d{i}", type="dialogue", date=day,
                       name=f"Dialogue {i}", participants=list(parts), topics=[topic],
                       delegates=[Delegate(name="왕윤종", name_en=person, country="KOR", head=True)],
                       commitments=[Commitment(topic=topic, action="cooperate", text="…", parties=list(parts))])


def notice(e: EventRecord, kind: str = "new", previous: EventRecord | None = None,
           changes: tuple[str, ...] = ()) -> EventNotice:
    return EventNotice(id=stable_id(kind, e.key, *changes), kind=kind, key=e.key, event=e,  # type: ignore[arg-type]
                       previous=previous, changes=list(changes))


def publish(url: str, notices: list[EventNotice]) -> None:
    with open_bus(url) as bus:
        bus.publish_many((MERGED, n.key, n) for n in notices)


def test_filter_matches_and_resolves_country_names() -> None:
    e = event(1)
    assert EventFilter().matches(e)
    assert EventFilter(topics=["semiconductors"], countries=["kor"], person="wang yunjong").matches(e)
    assert EventFilter(countries=["ROK"]).matches(e) and EventFilter(countries=["미국"]).matches(e)
    assert EventFilter(person="왕윤종", types=["dialogue"], since=date(2024, 6, 1)).matches(e)
    assert not EventFilter(countries=["JPN"]).matches(e)
    assert not EventFilter(topics=["ai"]).matches(e)
    assert not EventFilter(since=date(2024, 7, 1)).matches(e)
    assert not EventFilter(person="Jake Sullivan").matches(e)


def test_verdict_new_the_first_time_it_matches_then_updates() -> None:
    before, after = event(1, parts=("KOR",)), event(1, parts=("KOR", "JPN"))
    jpn, kor = EventFilter(countries=["JPN"]), EventFilter(countries=["KOR"])
    update = notice(after, "updated", before, ("new participant: JPN",))
    assert update.verdict(kor) == "updated"  # it matched before: an update
    assert update.verdict(jpn) == "new"  # it matches only now: the first time this follower hears of it
    assert update.verdict(EventFilter(countries=["KOR"], updates=False)) is None
    assert notice(before, "removed", before).verdict(kor) == "removed"
    assert notice(before, "removed", before).verdict(jpn) is None


def test_live_event_reaches_subscriber_filtered(bus_url: str) -> None:
    got: list[Delivery] = []
    stop = threading.Event()
    joined = threading.Event()
    with open_bus(bus_url) as bus:
        bus.ensure_topics([MERGED])

    def listen() -> None:
        with open_bus(bus_url) as bus:
            flt = EventFilter(topics=["semiconductors"], countries=["Japan"])
            for d in follow(bus, flt, name=None, from_beginning=False, stop=stop.is_set, on_ready=joined.set):
                got.append(d)

    t = threading.Thread(target=listen)
    t.start()
    assert joined.wait(20)  # the subscriber sits at the end of the stream
    publish(bus_url, [notice(event(1, parts=("KOR", "USA"))), notice(event(2, parts=("JPN", "KOR"))),
                      notice(event(3, topic="ai", parts=("JPN",)))])
    deadline = time.monotonic() + 20
    while not got and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    t.join(10)
    assert [(d.kind, d.event.key) for d in got] == [("new", f"dialogue:2024-06-05:{TAG}2")]


def test_named_subscription_resumes_without_repeats_or_gaps(bus_url: str) -> None:
    name = f"n{uuid.uuid4().hex[:6]}"
    mine = EventFilter(person=f"Person {name}")
    publish(bus_url, [notice(event(i, person=f"Person {name}")) for i in range(5)])
    with open_bus(bus_url) as bus:
        first = [d.event.key for d in follow(bus, mine, name=name, from_beginning=True, idle_exit=3)]
    publish(bus_url, [notice(event(i, person=f"Person {name}")) for i in range(5, 8)])
    with open_bus(bus_url) as bus:
        second = [d.event.key for d in follow(bus, mine, name=name, from_beginning=True, idle_exit=3)]
    assert sorted(first) == sorted(f"dialogue:2024-06-05:{TAG}{i}" for i in range(5))
    assert sorted(second) == sorted(f"dialogue:2024-06-05:{TAG}{i}" for i in range(5, 8))


def test_alert_fires_once_per_event_then_once_per_update(bus_url: str, tmp_path: Path) -> None:
    store = SubscriptionStore(tmp_path)
    sub, quiet = f"chips{uuid.uuid4().hex[:6]}", f"quiet{uuid.uuid4().hex[:6]}"
    store.add(sub, EventFilter(topics=["semiconductors"], countries=["JPN"], person=f"Person {sub}"))
    store.add(quiet, EventFilter(countries=["JPN"], person=f"Person {sub}", updates=False))
    group = f"alerts{uuid.uuid4().hex[:6]}"
    matching = event(1, parts=("JPN", "KOR"), person=f"Person {sub}")
    other = event(2, parts=("KOR",), person=f"Person {sub}")
    grown = matching.model_copy(update={"participants": ["JPN", "KOR", "USA"]})
    update = notice(grown, "updated", matching, ("new report: us.state (en)", "new participant: USA"))
    # The same notice redelivered, and a second `new` for the event (as after a re-keying): one alert each.
    publish(bus_url, [notice(matching), notice(other), notice(matching), update, update])
    with open_bus(bus_url) as bus:
        for _ in range(2):  # a second pass (restart) fires nothing new
            run_stage(bus, stage=group, topics=[MERGED], record_type=EventNotice,
                      handle=lambda n: match_alerts(store, n), after_commit=lambda o: record_fired(store, o),
                      exit_when_idle=True, poll_timeout=5)
        fired = {}
        for name in (sub, quiet):
            with bus.consumer(None, [alerts(name)]) as reader:
                fired[name] = unique(AlertRecord.model_validate_json(m.value) for m in reader.poll(100, 5))
    assert [(a.kind, a.event.key) for a in fired[sub]] == [("new", matching.key), ("updated", matching.key)]
    assert fired[sub][1].changes == ["new report: us.state (en)", "new participant: USA"]
    assert [(a.kind, a.event.key) for a in fired[quiet]] == [("new", matching.key)]


def test_idle_exit_counts_from_the_join_not_from_the_start(bus_url: str) -> None:
    # Under load a Kafka group join can take longer than the idle window: that wait is not an idle topic.
    person = f"Slow {uuid.uuid4().hex[:6]}"
    publish(bus_url, [notice(event(900, person=person))])
    with open_bus(bus_url) as bus:
        real = bus.consumer
        bus.consumer = lambda *a, **k: SlowJoin(real(*a, **k), 2.5)  # type: ignore[method-assign]
        started = time.monotonic()
        got = list(follow(bus, EventFilter(person=person), name=None, from_beginning=True, idle_exit=1))
    assert [d.event.delegates[0].name_en for d in got] == [person]
    assert time.monotonic() - started < 20
