"""Kafka faults against Tansu: a broker restart while producing, and a rebalance during a slow batch.

Tansu keeps its data in memory: a restarted Tansu is an empty broker (real Kafka keeps its log on disk).
What the test can and does check: the producer reconnects by itself, and every send that was not
acknowledged is reported to the caller (an exception), never dropped silently nor delivered later behind its
back; what was acknowledged after the restart is all there.
"""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
import traceback
import uuid
from collections.abc import Iterable

import pytest
from kafka.errors import KafkaError

from streams.bus import open_bus
from streams.records import DocumentRecord
from streams.runner import run_stage
from streams.services import free_port, tansu_binary, wait_port

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(240)]


def start_tansu(port: int) -> subprocess.Popen[bytes]:
    addr = f"tcp://127.0.0.1:{port}"
    proc = subprocess.Popen([str(tansu_binary()), "broker", "--listener-url", addr, "--advertised-listener-url",
                             addr, "--silent"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    wait_port(port)
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def read_ids(url: str, topic: str, expected: Iterable[str] = ()) -> list[str]:
    """Every record's id, read from the beginning: until a poll comes back empty, and (under a loaded machine a
    partition's fetch can lag one empty poll) until every `expected` id is in or 30 s have passed."""
    want = set(expected)
    deadline = time.monotonic() + 30
    with open_bus(url) as bus, bus.consumer(None, [topic]) as reader:
        out: list[str] = []
        while (batch := reader.poll(500, 3.0)) or (want - set(out) and time.monotonic() < deadline):
            out += [DocumentRecord.model_validate_json(m.value).id for m in batch]
        return out


def io_threads() -> set[threading.Thread]:
    """kafka-python's producer I/O threads still running in this process."""
    return {t for t in threading.enumerate() if t.is_alive() and t.name.endswith("-network-thread")}


def test_broker_restart_while_producing_reports_failed_sends(tmp_path) -> None:  # noqa: ANN001
    port = free_port()
    broker = start_tansu(port)
    url = f"kafka://127.0.0.1:{port}"
    topic = f"restart-{uuid.uuid4().hex[:6]}"
    earlier = io_threads()
    bus = open_bus(url)
    acked_after: list[str] = []
    failed = 0
    try:
        bus.ensure_topics([topic])
        for i in range(20):
            bus.publish(topic, str(i), DocumentRecord(id=f"before-{i}", text="x"))
        stop(broker)
        for i in range(3):  # the broker is gone: each send is reported, none silently dropped
            try:
                bus.publish(topic, str(i), DocumentRecord(id=f"down-{i}", text="x"), timeout=2.0)
            except KafkaError:
                failed += 1
        left_running = len(io_threads() - earlier)  # the bus gave up its producer after each failed send
        broker = start_tansu(port)
        restarted = time.monotonic()
        reconnect = None
        for i in range(50):
            try:
                bus.publish(topic, str(i), DocumentRecord(id=f"after-{i}", text="x"), timeout=10.0)
            except KafkaError:
                continue  # reported too; the producer keeps trying to reconnect
            reconnect = reconnect or time.monotonic() - restarted
            acked_after.append(f"after-{i}")
        bus.flush()
    finally:
        bus.close()
    present = set(read_ids(url, topic, acked_after))
    stop(broker)
    dropped = [i for i in acked_after if i not in present]
    late = sorted(i for i in present if i.startswith("down-"))
    print(f"\nbroker restart: {failed}/3 sends during the outage reported as failed, {len(late)} of them delivered "
          f"later anyway ({left_running} failed producers still running); reconnected in {reconnect or -1:.1f}s; "
          f"{len(acked_after)} acknowledged after the restart, silently dropped {len(dropped)}")
    # A failed producer is stopped with its unsent batches: what was reported as failed does not land behind the
    # caller's back (it did once in CI, from a producer whose I/O thread outlived its close).
    assert failed == 3 and not left_running and not late and reconnect is not None and acked_after and not dropped


def test_rebalance_during_a_slow_batch_loses_nothing(kafka_bootstrap: str) -> None:
    url = f"kafka://{kafka_bootstrap}?session_timeout_ms=6000&heartbeat_interval_ms=1000"
    src, out, group = (f"{name}-{uuid.uuid4().hex[:6]}" for name in ("src", "out", "grp"))
    n = 400
    with open_bus(url) as bus:
        bus.ensure_topics([src, out])
        bus.publish_many((src, str(i), DocumentRecord(id=f"d{i}", text="x")) for i in range(n))
    sink: dict[str, int] = {}
    lock, first_batch, stop_all = threading.Lock(), threading.Event(), threading.Event()

    def handler(slow: bool):  # noqa: ANN202
        def handle(doc: DocumentRecord) -> list:
            if slow and not first_batch.is_set():
                first_batch.set()
                time.sleep(8)  # the other member joins meanwhile: the partitions move under this batch
            with lock:
                sink[doc.id] = sink.get(doc.id, 0) + 1
            return [(out, doc.id, doc)]
        return handle

    def member(slow: bool) -> None:
        with open_bus(url) as bus:
            run_stage(bus, stage=group, topics=[src], record_type=DocumentRecord, handle=handler(slow),
                      stop=stop_all, max_batch=50, poll_timeout=0.5)

    threads = [threading.Thread(target=member, args=(True,), daemon=True)]
    threads[0].start()
    assert first_batch.wait(60)
    threads.append(threading.Thread(target=member, args=(False,), daemon=True))
    threads[1].start()
    deadline = time.monotonic() + 120
    while len(sink) < n and time.monotonic() < deadline:
        time.sleep(0.2)
    stop_all.set()
    for t in threads:
        t.join(60)
    published = read_ids(url, out)
    lost = n - len(sink)
    redelivered = sum(c - 1 for c in sink.values())
    print(f"\nrebalance during a slow batch: {n} records, lost {lost}, duplicated in the (idempotent) sink 0, "
          f"redelivered {redelivered}, duplicate publishes on the output topic {len(published) - len(set(published))}")
    assert lost == 0 and set(published) == set(sink)


def test_failed_send_reports_its_own_error_not_the_closing_producers(tmp_path) -> None:  # noqa: ANN001
    """A send that times out while the broker is down raises its own timeout: closing the failed producer, which
    kafka-python 3 flushes with the records still unsent, must not replace it with another (it did in CI once:
    `publish_many` → `_reset` → `close(timeout=0)` → `flush` raised), and the bus works again after a restart."""
    port = free_port()
    broker = start_tansu(port)
    url = f"kafka://127.0.0.1:{port}"
    topic = f"closing-{uuid.uuid4().hex[:6]}"
    bus = open_bus(url)
    try:
        bus.ensure_topics([topic])
        bus.publish(topic, "0", DocumentRecord(id="before", text="x"))
        stop(broker)
        raised: list[str] = []
        for i in range(3):
            try:
                bus.publish(topic, str(i), DocumentRecord(id=f"down-{i}", text="x"), timeout=2.0)
            except KafkaError as exc:
                raised += [f.name for f in traceback.extract_tb(exc.__traceback__)]
        broker = start_tansu(port)
        sent = False
        for _ in range(20):
            try:
                bus.publish(topic, "1", DocumentRecord(id="after", text="x"), timeout=10.0)
                sent = True
                break
            except KafkaError:
                continue
    finally:
        bus.close()
        stop(broker)
    print(f"\nfailed sends: {raised.count('publish_many')} frames of publish_many, {raised.count('_reset')} of _reset;"
          f" sent after the restart: {sent}")
    assert "publish_many" in raised and "_reset" not in raised and sent


def test_a_lingering_record_keeps_its_leader_when_a_new_topic_refreshes_metadata(kafka_bootstrap: str) -> None:
    """Tansu answers a metadata request for no topics with every topic, so kafka-python learns leaders of topics it
    does not track; the refresh for a new topic then dropped them, and a record still lingering for such a topic
    waited out its delivery timeout (`publish_many` stuck 30 s in CI). The bus tracks every topic it sends to."""
    old, new = f"linger-{uuid.uuid4().hex[:6]}", f"linger-new-{uuid.uuid4().hex[:6]}"
    with open_bus(f"kafka://{kafka_bootstrap}?linger_ms=1000", partitions=1) as bus:
        bus.ensure_topics([old])  # exists before the producer does: learnt from the broker's answer for no topics
        bus.publish(old, "0", DocumentRecord(id="first", text="x"))
        started = time.monotonic()
        error = None
        try:  # the first record lingers 1 s while the send to the new topic refreshes metadata
            bus.publish_many([(old, "1", DocumentRecord(id="lingering", text="x")),
                              (new, "2", DocumentRecord(id="new", text="x"))], timeout=10.0)
        except KafkaError as exc:
            error = exc
        took = time.monotonic() - started
    print(f"\nrecord lingering across a refresh for a new topic: {'stuck' if error else 'acknowledged'} "
          f"after {took:.1f}s")
    assert error is None and took < 10
