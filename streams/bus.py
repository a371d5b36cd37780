"""The bus port: publish keyed records to topics, consume them as a group, commit after processing.

Two backends, chosen by URL: `local:///path` (embedded SQLite log, the default) and
`kafka://host:port[,host:port]`.
"""
from __future__ import annotations

import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs

from pydantic import BaseModel

Value = bytes | str | BaseModel


class UnknownTopic(LookupError):
    """Raised when reading a topic that does not exist."""


@dataclass(frozen=True)
class Message:
    topic: str
    partition: int
    offset: int
    key: str | None
    value: bytes
    timestamp_ms: int


@dataclass
class TopicInfo:
    name: str
    partitions: int
    size: int  # records held (end offset summed over partitions)
    lag: dict[str, int] = field(default_factory=dict)  # group -> records not yet committed


class Ack(Protocol):
    """What `send` returns: `get()` blocks until the broker acknowledged, or raises."""

    def get(self, timeout: float | None = None) -> object: ...


class DoneAck:
    """An acknowledgement that is already complete (the local log writes synchronously)."""

    def get(self, timeout: float | None = None) -> object:
        return None


def encode(value: Value) -> bytes:
    if isinstance(value, BaseModel):
        return value.model_dump_json().encode("utf-8")
    if isinstance(value, str):
        return value.encode("utf-8")
    return value


def partition_for(key: str | None, partitions: int, counter: int = 0) -> int:
    """Keys decide partitions (stable across processes); keyless records spread round-robin."""
    if key is None:
        return counter % partitions
    return zlib.crc32(key.encode("utf-8")) % partitions


class Consumer(ABC):
    """A member of a consumer group (or, with group None, a reader that never commits)."""

    @abstractmethod
    def poll(self, max_records: int = 500, timeout: float = 1.0) -> list[Message]:
        """Next batch from the partitions this member owns; empty after `timeout` seconds."""

    @abstractmethod
    def commit(self) -> None:
        """Commit everything returned by `poll` so far."""

    @abstractmethod
    def seek(self, topic: str, partition: int, offset: int) -> None:
        """Read `topic`/`partition` from `offset` next (readers without a group resume this way)."""

    @abstractmethod
    def positions(self) -> dict[tuple[str, int], int]:
        """The next offset to read per (topic, partition) this member holds."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Consumer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Bus(ABC):
    url: str

    @abstractmethod
    def send(self, topic: str, key: str | None, value: Value) -> Ack:
        """Start publishing one record; the returned ack's `get()` waits for durability."""

    def publish(self, topic: str, key: str | None, value: Value, timeout: float = 30.0) -> None:
        """Publish one record; returns once it is durable (acknowledged by the broker)."""
        self.send(topic, key, value).get(timeout)

    def publish_many(self, items: Iterable[tuple[str, str | None, Value]], timeout: float = 30.0) -> int:
        """Publish several records; returns once all are durable. Returns the count."""
        acks = [self.send(t, k, v) for t, k, v in items]
        for ack in acks:
            ack.get(timeout)
        return len(acks)

    @abstractmethod
    def flush(self, timeout: float = 30.0) -> None: ...

    @abstractmethod
    def consumer(self, group: str | None, topics: Sequence[str], *, from_beginning: bool = True,
                 member: str | None = None) -> Consumer:
        """Join `group` on `topics`. A new group starts at the beginning (or the end)."""

    @abstractmethod
    def ensure_topics(self, topics: Sequence[str]) -> None:
        """Create topics that do not exist yet, with the configured partition count."""

    @abstractmethod
    def topics(self) -> list[TopicInfo]:
        """Every topic with its size and each group's lag."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Bus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_bus_url(data_dir: str | Path) -> str:
    """The embedded log under the data dir: the single-machine default, for every stage and the crawler."""
    return f"local://{(Path(data_dir) / 'bus').resolve()}"


def open_bus(url: str, *, partitions: int = 4) -> Bus:
    """Open the backend the URL names: `local:///path` or `kafka://host:port[,host:port]`."""
    if url.startswith("local://"):
        from streams.local import LocalBus

        path, _, query = url.removeprefix("local://").partition("?")
        opts = {k: v[-1] for k, v in parse_qs(query).items()}
        return LocalBus(path, partitions=partitions, session_timeout=float(opts.get("session_timeout", 10.0)))
    if url.startswith("kafka://"):
        from streams.kafka import KafkaBus

        return KafkaBus(url.removeprefix("kafka://"), partitions=partitions)
    raise ValueError(f"unknown bus URL {url!r}: expected local:///path or kafka://host:port")
