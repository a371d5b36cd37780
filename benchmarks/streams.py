"""Subscription fan-out: event notices/s through the alerts stage with 10 standing subscriptions, and through
`readout subscribe`'s follower, on the embedded log and on Kafka (Tansu, an in-memory test broker).

    python -m benchmarks.streams [--events 5000]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from pathlib import Path

from readout.follow import follow
from streams.bus import open_bus
from streams.records import TOPICS, Delegate, EventFilter, EventNotice, EventRecord
from streams.runner import run_stage
from streams.services import tansu
from streams.subscriptions import SubscriptionStore, match_alerts, record_fired
from streams.topics import MERGED
from streams.vocabulary import EVENT_TYPES

COUNTRIES = ["KOR", "USA", "JPN", "CHN", "IND", "AUS", "DEU", "GBR", "EU"]
SUBSCRIPTIONS = [EventFilter(topics=[t]) for t in ("semiconductors", "critical_minerals", "ai", "batteries")] + [
    EventFilter(countries=[c]) for c in ("JPN", "IND", "EU")] + [
    EventFilter(person="Wang Yun-jong"), EventFilter(types=["agreement"], countries=["USA"]),
    EventFilter(series="Economic Security Dialogue", topics=["supply_chain"])]


def events(n: int) -> list[EventRecord]:
    rnd = random.Random(1)
    out = []
    for i in range(n):
        parts = sorted(rnd.sample(COUNTRIES, 2))
        out.append(EventRecord(
            id=f"b{i}", key=f"dialogue:2024-{i % 12 + 1:02d}-01:{'-'.join(parts)}:{i}", doc_id=f"d{i}",
            type=rnd.choice(EVENT_TYPES), date=f"2024-{i % 12 + 1:02d}-01",
            name="Economic Security Dialogue", participants=parts, topics=rnd.sample(TOPICS[:-1], 2),
            delegates=[Delegate(name="왕윤종", name_en=rnd.choice(["Wang Yun-jong", "Cho Hyun"]), country="KOR")],
            evidence="x" * 400))
    return out


def run(label: str, url: str, n: int, data: Path) -> None:
    evs = [EventNotice(id=f"n{e.id}", kind="new", key=e.key, event=e) for e in events(n)]
    with open_bus(url) as bus:
        bus.ensure_topics([MERGED])
        bus.publish_many((MERGED, e.key, e) for e in evs)
        store = SubscriptionStore(data / uuid.uuid4().hex)
        for i, flt in enumerate(SUBSCRIPTIONS):
            store.add(f"s{i}", flt)
        wall_start = time.time()
        stats = run_stage(bus, stage=f"alerts-{uuid.uuid4().hex[:6]}", topics=[MERGED], record_type=EventNotice,
                          handle=lambda e: match_alerts(store, e), after_commit=lambda o: record_fired(store, o),
                          exit_when_idle=True, poll_timeout=10.0, max_batch=500)
        # up to the last batch: the idle poll that ends the run is not work
        alerts_s = stats.records_in / ((stats.last_batch or time.time()) - wall_start)
        start, got, last = time.perf_counter(), 0, 0.0
        for _ in follow(bus, EventFilter(types=["dialogue"], countries=["JPN"]), name=None,
                        from_beginning=True, idle_exit=5.0):
            got, last = got + 1, time.perf_counter()
        follow_s = n / (last - start) if last else 0.0
    print(f"{label:16} alerts stage, {len(SUBSCRIPTIONS)} subscriptions: {alerts_s:8,.0f} events/s "
          f"({stats.records_out} alerts)   subscribe follower: {follow_s:8,.0f} events/s ({got} matched, "
          "group join included)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=5000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        run("local log", f"local://{d}/bus", a.events, Path(d))
        with tansu() as addr:
            fast = "?session_timeout_ms=2000&heartbeat_interval_ms=500"  # quick group joins on Tansu
            run("kafka (Tansu)", f"kafka://{addr}{fast}", a.events, Path(d))


if __name__ == "__main__":
    main()
