"""Publish and consume records/s for 2 KB records on both bus backends (median of several runs).

    python -m benchmarks.bus [--records 20000] [--runs 5]

The Kafka figures come from the Tansu broker started here (memory only), not a real Kafka cluster.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid

from streams.bus import Bus, open_bus
from streams.services import tansu

PAYLOAD = ("{" + '"text": "' + "경제안보 supply chain " * 80)[:2040].encode() + b'"}'


def one_run(bus: Bus, records: int, batch: int) -> tuple[float, float]:
    topic = f"bench.{uuid.uuid4().hex[:8]}"
    bus.ensure_topics([topic])
    start = time.perf_counter()
    for i in range(0, records, batch):
        bus.publish_many((topic, f"k{j % 64}", PAYLOAD) for j in range(i, min(i + batch, records)))
    publish = records / (time.perf_counter() - start)
    consumer = bus.consumer(f"g.{topic}", [topic])
    consumer.poll(1, 30.0)  # join the group first: a join is not throughput
    got, start = 1, time.perf_counter()
    while got < records:
        msgs = consumer.poll(1000, 5.0)
        if not msgs:
            break
        got += len(msgs)
        consumer.commit()
    consume = (got - 1) / (time.perf_counter() - start)
    consumer.close()
    return publish, consume


def report(name: str, bus: Bus, records: int, runs: int, batch: int) -> None:
    results = [one_run(bus, records, batch) for _ in range(runs)]
    pub = statistics.median(r[0] for r in results)
    con = statistics.median(r[1] for r in results)
    print(f"{name:28} publish {pub:10,.0f} rec/s   consume {con:10,.0f} rec/s   "
          f"(2 KB records, {records} x {runs} runs, publish batches of {batch}, median)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        with open_bus(f"local://{d}") as bus:
            report("local log, batched", bus, a.records, a.runs, 500)
            report("local log, one per publish", bus, a.records // 4, a.runs, 1)
    with tansu() as addr, open_bus(f"kafka://{addr}") as bus:
        report("kafka (Tansu), batched", bus, a.records, a.runs, 500)


if __name__ == "__main__":
    main()
