"""The Kafka backend (kafka-python): idempotent producer with acks=all, manual commits."""
from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable, Sequence
from urllib.parse import parse_qs, urlsplit

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import CommitFailedError, KafkaError, TopicAlreadyExistsError

from streams.bus import Ack, Bus, Consumer, Message, TopicInfo, UnknownTopic, Value, encode

log = logging.getLogger(__name__)


def _abandon(producer: KafkaProducer) -> None:
    """Stop a failed producer and drop what it had not sent. kafka-python 3's `close(timeout=0)` flushes first and
    raises when that times out, before it stops the I/O thread: the thread then lived on and delivered a send
    already reported as failed once the broker came back (seen in CI, with an acknowledged record of the new
    producer missing beside it). Force-closing the thread first fails those batches' futures instead."""
    sender = getattr(producer, "_sender", None)
    if sender is not None:
        sender.force_close()
        sender.join(5.0)
    try:
        producer.close(timeout=0)
    except KafkaError as exc:
        log.debug("closing the failed producer: %s; its unsent records are the caller's to resend", exc)


class KafkaBus(Bus):
    """`kafka://host:port[,host:port][?session_timeout_ms=6000&heartbeat_interval_ms=2000&replication=1&linger_ms=5]`."""

    def __init__(self, address: str, *, partitions: int = 4) -> None:
        parts = urlsplit("kafka://" + address)
        opts = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.bootstrap = parts.netloc.split(",")
        self.url = "kafka://" + address
        self.partitions = partitions
        self.replication = int(opts.get("replication", 1))
        # 6000/2000 makes a new group's first join take ~3 s instead of ~23 s, and is valid on real Kafka.
        self.group_opts = {"session_timeout_ms": int(opts.get("session_timeout_ms", 6000)),
                           "heartbeat_interval_ms": int(opts.get("heartbeat_interval_ms", 2000))}
        self.linger_ms = int(opts.get("linger_ms", 5))
        self._producer: KafkaProducer | None = None
        self._admin: KafkaAdminClient | None = None
        self._known: set[str] = set()
        self._tracked: set[str] = set()  # topics the current producer keeps in its metadata requests

    @property
    def producer(self) -> KafkaProducer:
        if self._producer is None:
            self._producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", enable_idempotence=True,
                                           linger_ms=self.linger_ms, retries=10,
                                           max_in_flight_requests_per_connection=5,
                                           max_block_ms=10_000)  # a send waits at most this long for a broker
        return self._producer

    @property
    def admin(self) -> KafkaAdminClient:
        if self._admin is None:
            self._admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=10_000,
                                           bootstrap_timeout_ms=5_000)
        return self._admin

    def ensure_topics(self, topics: Sequence[str]) -> None:
        missing = [t for t in topics if t not in self._known]
        if not missing:
            return
        existing = set(self.admin.list_topics())
        new = {t: {"num_partitions": self.partitions, "replication_factor": self.replication}
               for t in missing if t not in existing}
        if new:
            try:
                self.admin.create_topics(new, wait_for_metadata=True)
            except TopicAlreadyExistsError:
                pass  # another process created it first
        self._known.update(missing)

    def publish_many(self, items: Iterable[tuple[str, str | None, Value]], timeout: float = 30.0) -> int:
        try:
            return super().publish_many(items, timeout)
        except KafkaError:
            self._reset()
            raise

    def publish(self, topic: str, key: str | None, value: Value, timeout: float = 30.0) -> None:
        self.publish_many([(topic, key, value)], timeout)

    def _reset(self) -> None:
        """After a failed send, start over: a restarted broker may not know this producer's id (the idempotent
        producer then fails for good) nor our topics, and the admin client may stay stuck on the old node."""
        producer, admin, self._producer, self._admin = self._producer, self._admin, None, None
        self._known.clear()
        self._tracked.clear()
        if producer is not None:
            _abandon(producer)
        if admin is not None:
            admin.close()

    def send(self, topic: str, key: str | None, value: Value) -> Ack:
        self.ensure_topics([topic])
        producer = self.producer
        if topic not in self._tracked:
            self._track(producer, topic)
        return producer.send(topic, key=None if key is None else key.encode("utf-8"), value=encode(value))

    def _track(self, producer: KafkaProducer, topic: str) -> None:
        """Keep `topic` in every metadata request of this producer. A broker that answers a request for no topics
        with all of them (Tansu does) lets kafka-python send to topics it does not track; the next refresh for a
        new topic then drops their leaders, and a record still lingering waits out its delivery timeout (it
        stalled `publish_many` for 30 s in CI). kafka-python's own thread-safe registration, as its
        `send` uses for a topic it has no metadata for."""
        sender = getattr(producer, "_sender", None)
        if sender is not None and hasattr(sender, "add_topic"):
            sender.add_topic(topic)
        self._tracked.add(topic)

    def flush(self, timeout: float = 30.0) -> None:
        if self._producer is not None:
            self._producer.flush(timeout)

    def consumer(self, group: str | None, topics: Sequence[str], *, from_beginning: bool = True,
                 member: str | None = None) -> Consumer:
        return KafkaGroupConsumer(self, group, list(topics), from_beginning=from_beginning)

    def _end_offsets(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        """High watermarks from fetch responses: ListOffsets is off by a batch on some brokers (Tansu)."""
        if not tps:
            return {}
        reader = KafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
                               fetch_max_wait_ms=50)
        try:
            reader.assign(tps)
            listed = reader.end_offsets(tps)
            for tp in tps:
                reader.seek(tp, max(listed[tp] - 1, 0))
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and any(reader.highwater(tp) is None for tp in tps):
                reader.poll(timeout_ms=200, max_records=1)
            return {tp: reader.highwater(tp) if reader.highwater(tp) is not None else listed[tp] for tp in tps}
        finally:
            reader.close()

    def topics(self) -> list[TopicInfo]:
        described = [t for t in self.admin.describe_topics() if not t["name"].startswith("__")]
        tps = [TopicPartition(t["name"], p["partition_index"]) for t in described for p in t["partitions"]]
        ends = self._end_offsets(tps)
        infos = {t["name"]: TopicInfo(t["name"], len(t["partitions"]), 0) for t in described}
        for tp, end in ends.items():
            infos[tp.topic].size += end
        groups = [g["group_id"] if isinstance(g, dict) else g[0] for g in self.admin.list_groups()]
        for group in groups:
            committed = self.admin.list_group_offsets({group: None}).get(group, {})
            for tp, meta in committed.items():
                if tp.topic in infos and tp in ends:
                    infos[tp.topic].lag[group] = infos[tp.topic].lag.get(group, 0) + max(ends[tp] - meta.offset, 0)
        return sorted(infos.values(), key=lambda i: i.name)

    def close(self) -> None:
        if self._producer is not None:
            self._producer.flush()
            self._producer.close()
        if self._admin is not None:
            self._admin.close()


class KafkaGroupConsumer(Consumer):
    def __init__(self, bus: KafkaBus, group: str | None, topics: list[str], *, from_beginning: bool) -> None:
        self.group = group
        common = dict(bootstrap_servers=bus.bootstrap, enable_auto_commit=False,
                      auto_offset_reset="earliest" if from_beginning else "latest", fetch_max_wait_ms=100,
                      client_id=f"readout-{uuid.uuid4().hex[:8]}")
        if group is None:
            self.consumer = KafkaConsumer(group_id=None, **common)
            existing = [t for t in bus.admin.describe_topics(topics) if not t.get("error_code")] if topics else []
            tps = [TopicPartition(t["name"], p["partition_index"]) for t in existing for p in t.get("partitions", [])]
            if not tps:
                raise UnknownTopic(", ".join(topics))
            self.consumer.assign(tps)
            (self.consumer.seek_to_beginning if from_beginning else self.consumer.seek_to_end)(*tps)
        else:
            bus.ensure_topics(topics)
            self.consumer = KafkaConsumer(*topics, group_id=group, **common, **bus.group_opts)

    def poll(self, max_records: int = 500, timeout: float = 1.0) -> list[Message]:
        batches = self.consumer.poll(timeout_ms=int(timeout * 1000), max_records=max_records)
        out = []
        for tp, records in batches.items():
            for r in records:
                out.append(Message(tp.topic, tp.partition, r.offset, None if r.key is None else r.key.decode("utf-8"),
                                   r.value, r.timestamp))
        return out

    def commit(self) -> None:
        if self.group is None:
            return
        try:
            self.consumer.commit()
        except CommitFailedError as exc:
            # A rebalance moved our partitions while the batch ran: the new owner resumes from the last commit,
            # so the batch is redelivered there (at-least-once); this member rejoins on its next poll.
            log.warning("commit refused after a rebalance; the batch is redelivered to the new owner: %s", exc)

    def seek(self, topic: str, partition: int, offset: int) -> None:
        tp = TopicPartition(topic, partition)
        if tp in self.consumer.assignment():
            self.consumer.seek(tp, offset)

    def positions(self) -> dict[tuple[str, int], int]:
        return {(tp.topic, tp.partition): self.consumer.position(tp) for tp in self.consumer.assignment()}

    def close(self) -> None:
        self.consumer.close(autocommit=False)
