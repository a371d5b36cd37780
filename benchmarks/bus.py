"""Publish and consume records/s for 2 KB records on both bus backends, and the stage runner over Kafka
against a raw kafka-python consumer on the same broker and the same records.

    python -m benchmarks.bus [--records 20000] [--rounds 5] [--quick]

Figures are medians of `--rounds` rounds, written to benchmarks/results/bus.json. The Kafka figures come
from the Tansu broker started here (memory only), not a real Kafka cluster. Runner and raw consumer run
interleaved, each as a fresh group from the first offset, timed from the first record received (a group
join is not throughput) and committing after every batch. Target: runner ≥ 0.8× raw.
"""
from __future__ import annotations

import argparse
import threading
import time
import uuid

from kafka import KafkaConsumer

from benchmarks.harness import MIN_ROUNDS, Report, interleaved
from streams.bus import Bus, open_bus
from streams.kafka import KafkaBus
from streams.records import DocumentRecord
from streams.runner import run_stage
from streams.services import tansu

PAYLOAD = ("{" + '"text": "' + "경제안보 supply chain " * 80)[:2040].encode() + b'"}'
BATCH = 500


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


def backend(report: Report, label: str, bus: Bus, records: int, rounds: int, batch: int) -> None:
    results = [one_run(bus, records, batch) for _ in range(rounds)]
    report.add(f"{label} publish", [r[0] for r in results], "rec/s")
    report.add(f"{label} consume", [r[1] for r in results], "rec/s")


def documents(n: int) -> list[DocumentRecord]:
    text = "경제안보 supply chain " * 100
    return [DocumentRecord(id=f"d{i}", url=f"https://example.org/{i}", text=text[:1900], lang="ko") for i in range(n)]


def runner_rate(bus: Bus, topic: str, records: int) -> float:
    """The stage runner (decode, handle, publish outputs, commit) with a handler that emits nothing."""
    stop, seen, first = threading.Event(), [0], [0.0]

    def handle(record: DocumentRecord) -> list:
        if not first[0]:
            first[0] = time.perf_counter()
        seen[0] += 1
        if seen[0] >= records:
            stop.set()
        return []

    run_stage(bus, stage=f"bench-{uuid.uuid4().hex[:6]}", topics=[topic], record_type=DocumentRecord,
              handle=handle, stop=stop, max_batch=BATCH)
    return seen[0] / (time.perf_counter() - first[0])


def raw_rate(bus: KafkaBus, topic: str, records: int) -> float:
    """kafka-python alone: poll, decode each value as the record, commit after every batch (the bus's
    group timings, so both sides join alike)."""
    consumer = KafkaConsumer(topic, bootstrap_servers=bus.bootstrap, group_id=f"raw-{uuid.uuid4().hex[:6]}",
                             enable_auto_commit=False, auto_offset_reset="earliest", fetch_max_wait_ms=100,
                             **bus.group_opts)
    got, first = 0, 0.0
    try:
        while got < records:
            batches = consumer.poll(timeout_ms=500, max_records=BATCH)
            if batches and not first:
                first = time.perf_counter()
            for msgs in batches.values():
                for m in msgs:
                    DocumentRecord.model_validate_json(m.value)
                    got += 1
            if batches:
                consumer.commit()
        return got / (time.perf_counter() - first)
    finally:
        consumer.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 3,000 records")
    a = ap.parse_args()
    if a.quick:
        a.records = 3000
    import tempfile

    report = Report("bus", {"quick": a.quick, "records": a.records, "rounds": a.rounds, "record_bytes": 2048})
    with tempfile.TemporaryDirectory() as d:
        with open_bus(f"local://{d}") as bus:
            backend(report, "local log, batched", bus, a.records, a.rounds, BATCH)
            backend(report, "local log, one per publish", bus, a.records // 4, a.rounds, 1)
    with tansu() as addr, open_bus(f"kafka://{addr}") as bus:
        assert isinstance(bus, KafkaBus)
        backend(report, "kafka (Tansu), batched", bus, a.records, a.rounds, BATCH)
        topic = f"bench.docs.{uuid.uuid4().hex[:8]}"
        bus.ensure_topics([topic])
        bus.publish_many((topic, doc.id, doc) for doc in documents(a.records))
        sides = interleaved({"runner": lambda: runner_rate(bus, topic, a.records),
                             "raw": lambda: raw_rate(bus, topic, a.records)}, a.rounds)
        report.add("kafka stage runner consume", sides["runner"], "rec/s")
        report.add("kafka raw kafka-python consume", sides["raw"], "rec/s")
        report.ratio("stage runner / raw kafka-python", sides["runner"], sides["raw"], 0.8)
    report.save()


if __name__ == "__main__":
    main()
