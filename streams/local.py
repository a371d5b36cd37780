"""The embedded durable log: SQLite in WAL mode, one append-only table per topic.

Several processes may produce and consume at once. Consumer groups share partitions through
leases that members renew on every poll; a member killed with -9 stops renewing, its leases
expire after `session_timeout` and its uncommitted records go to another member.
"""
from __future__ import annotations

import contextlib
import math
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from streams.bus import Ack, Bus, Consumer, DoneAck, Message, TopicInfo, UnknownTopic, Value, encode, partition_for

SCHEMA = """
CREATE TABLE IF NOT EXISTS topics (name TEXT PRIMARY KEY, partitions INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS offsets (grp TEXT, topic TEXT, part INTEGER, next INTEGER NOT NULL,
    PRIMARY KEY (grp, topic, part)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (grp TEXT, member TEXT, seen REAL NOT NULL,
    PRIMARY KEY (grp, member)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS leases (grp TEXT, topic TEXT, part INTEGER, member TEXT NOT NULL,
    expires REAL NOT NULL, PRIMARY KEY (grp, topic, part)) WITHOUT ROWID;
"""


def _table(topic: str) -> str:
    return '"log:' + topic.replace('"', '""') + '"'


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL survives process crashes (kill -9); FULL would also survive power loss.
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open: SQLite ends it itself on some errors (a full disk), and a
    ROLLBACK then would hide the real error behind "cannot rollback - no transaction is active"."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


class LocalBus(Bus):
    def __init__(self, path: str | Path, *, partitions: int = 4, session_timeout: float = 10.0) -> None:
        self.dir = Path(path)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.db_path = self.dir / "log.sqlite"
        self.url = f"local://{self.dir}"
        self.partitions = partitions
        self.session_timeout = session_timeout
        self._conn = connect(self.db_path)
        self._conn.executescript(SCHEMA)
        self._lock = threading.Lock()
        self._known: dict[str, int] = {}
        self._counter = 0

    # -- topics ---------------------------------------------------------------------------
    def _partitions(self, topic: str, create: bool) -> int:
        if topic in self._known:
            return self._known[topic]
        row = self._conn.execute("SELECT partitions FROM topics WHERE name=?", (topic,)).fetchone()
        if row is None:
            if not create:
                raise UnknownTopic(topic)
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(f"CREATE TABLE IF NOT EXISTS {_table(topic)} (part INTEGER, off INTEGER, "
                                   "key TEXT, value BLOB, ts INTEGER, PRIMARY KEY (part, off)) WITHOUT ROWID")
                self._conn.execute("INSERT OR IGNORE INTO topics VALUES (?, ?)", (topic, self.partitions))
                self._conn.execute("COMMIT")
            except BaseException:
                rollback(self._conn)
                raise
            row = self._conn.execute("SELECT partitions FROM topics WHERE name=?", (topic,)).fetchone()
        self._known[topic] = row[0]
        return row[0]

    def ensure_topics(self, topics: Sequence[str]) -> None:
        with self._lock:
            for t in topics:
                self._partitions(t, create=True)

    def topic_partitions(self, topic: str) -> int:
        with self._lock:
            return self._partitions(topic, create=False)

    def end_offset(self, topic: str, part: int) -> int:
        row = self._conn.execute(f"SELECT MAX(off) FROM {_table(topic)} WHERE part=?", (part,)).fetchone()
        return 0 if row[0] is None else row[0] + 1

    def topics(self) -> list[TopicInfo]:
        with self._lock:
            out = []
            for name, parts in self._conn.execute("SELECT name, partitions FROM topics ORDER BY name").fetchall():
                ends = [self.end_offset(name, p) for p in range(parts)]
                committed: dict[str, dict[int, int]] = {}
                for grp, part, nxt in self._conn.execute(
                        "SELECT grp, part, next FROM offsets WHERE topic=?", (name,)).fetchall():
                    committed.setdefault(grp, {})[part] = nxt
                lag = {g: sum(max(ends[p] - offs.get(p, 0), 0) for p in range(parts)) for g, offs in committed.items()}
                info = TopicInfo(name, parts, sum(ends), lag)
                out.append(info)
            return out

    # -- producing ------------------------------------------------------------------------
    def _append(self, items: list[tuple[str, str | None, bytes]]) -> None:
        now = int(time.time() * 1000)
        with self._lock:
            parts = {t: self._partitions(t, create=True) for t, _, _ in items}
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                heads: dict[tuple[str, int], int] = {}
                for topic, key, value in items:
                    p = partition_for(key, parts[topic], self._counter)
                    self._counter += 1
                    if (topic, p) not in heads:
                        heads[topic, p] = self.end_offset(topic, p)
                    self._conn.execute(f"INSERT INTO {_table(topic)} VALUES (?, ?, ?, ?, ?)",
                                       (p, heads[topic, p], key, value, now))
                    heads[topic, p] += 1
                self._conn.execute("COMMIT")
            except BaseException:
                rollback(self._conn)
                raise

    def send(self, topic: str, key: str | None, value: Value) -> Ack:
        self._append([(topic, key, encode(value))])
        return DoneAck()

    def publish_many(self, items: Iterable[tuple[str, str | None, Value]], timeout: float = 30.0) -> int:
        batch = [(t, k, encode(v)) for t, k, v in items]
        if batch:
            self._append(batch)
        return len(batch)

    def flush(self, timeout: float = 30.0) -> None:
        return None

    def consumer(self, group: str | None, topics: Sequence[str], *, from_beginning: bool = True,
                 member: str | None = None) -> Consumer:
        return LocalConsumer(self, group, list(topics), from_beginning=from_beginning, member=member)

    def close(self) -> None:
        self._conn.close()


class LocalConsumer(Consumer):
    def __init__(self, bus: LocalBus, group: str | None, topics: list[str], *, from_beginning: bool,
                 member: str | None) -> None:
        self.bus = bus
        self.group = group
        self.topics = topics
        self.from_beginning = from_beginning
        self.member = member or uuid.uuid4().hex
        self.conn = connect(bus.db_path)
        self._lock = threading.Lock()
        self._closed = False
        self._pos: dict[tuple[str, int], int] = {}
        self.committed: dict[tuple[str, int], int] = {}
        self._last_rebalance = 0.0
        self._all: list[tuple[str, int]] = []
        self._refresh_partitions()
        if group is None and not self._all:
            raise UnknownTopic(", ".join(topics))

    def _refresh_partitions(self) -> None:
        found = []
        for t in self.topics:
            row = self.conn.execute("SELECT partitions FROM topics WHERE name=?", (t,)).fetchone()
            if row:
                found.extend((t, p) for p in range(row[0]))
        self._all = found

    def _start(self, tp: tuple[str, int]) -> int:
        if self.group is not None:
            row = self.conn.execute("SELECT next FROM offsets WHERE grp=? AND topic=? AND part=?",
                                    (self.group, *tp)).fetchone()
            if row:
                return row[0]
        if self.from_beginning:
            return 0
        row = self.conn.execute(f"SELECT MAX(off) FROM {_table(tp[0])} WHERE part=?", (tp[1],)).fetchone()
        return 0 if row[0] is None else row[0] + 1

    def _rebalance(self) -> None:
        """Renew this member's leases and take or give up partitions towards a fair share."""
        self._refresh_partitions()
        if self.group is None:
            for tp in self._all:
                if tp not in self._pos:
                    self._pos[tp] = self._start(tp)
            return
        now, ttl, g = time.time(), self.bus.session_timeout, self.group
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("INSERT OR REPLACE INTO members VALUES (?, ?, ?)", (g, self.member, now))
            c.execute("DELETE FROM members WHERE grp=? AND seen < ?", (g, now - ttl))
            c.execute("DELETE FROM leases WHERE grp=? AND expires < ?", (g, now))
            live = c.execute("SELECT COUNT(*) FROM members WHERE grp=?", (g,)).fetchone()[0]
            share = math.ceil(len(self._all) / max(live, 1))
            rows = c.execute("SELECT topic, part, member FROM leases WHERE grp=?", (g,)).fetchall()
            held = {(t, p): m for t, p, m in rows}
            mine = sorted(tp for tp in self._all if held.get(tp) == self.member)
            for tp in mine[share:]:
                c.execute("DELETE FROM leases WHERE grp=? AND topic=? AND part=?", (g, *tp))
            mine = mine[:share]
            for tp in self._all:
                if len(mine) >= share:
                    break
                if tp not in held:
                    mine.append(tp)
            for tp in mine:
                c.execute("INSERT OR REPLACE INTO leases VALUES (?, ?, ?, ?, ?)", (g, *tp, self.member, now + ttl))
            owned = set(mine)
            for tp in list(self._pos):
                if tp not in owned:
                    del self._pos[tp]  # another member now owns it; uncommitted work is redelivered there
                    self.committed.pop(tp, None)
            for tp in owned:
                if tp not in self._pos:
                    self._pos[tp] = self.committed[tp] = self._start(tp)
            c.execute("COMMIT")
        except BaseException:
            rollback(c)
            raise
        self._last_rebalance = now

    def poll(self, max_records: int = 500, timeout: float = 1.0) -> list[Message]:
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if self._closed:
                    return []
                out = self._fetch(max_records)
            if out or time.monotonic() >= deadline:
                return out
            time.sleep(min(0.05, max(deadline - time.monotonic(), 0)))

    def _fetch(self, max_records: int) -> list[Message]:
        if time.time() - self._last_rebalance > min(1.0, self.bus.session_timeout / 3) or not self._pos:
            self._rebalance()
        out: list[Message] = []
        for (topic, part), pos in sorted(self._pos.items(), key=lambda kv: kv[0]):
            room = max_records - len(out)
            if room <= 0:
                break
            rows = self.conn.execute(
                f"SELECT off, key, value, ts FROM {_table(topic)} WHERE part=? AND off>=? ORDER BY off LIMIT ?",
                (part, pos, room)).fetchall()
            for off, key, value, ts in rows:
                out.append(Message(topic, part, off, key, bytes(value), ts))
            if rows:
                self._pos[topic, part] = rows[-1][0] + 1
        return out

    def commit(self) -> None:
        with self._lock:
            self._commit()

    def _commit(self) -> None:
        if self.group is None or self._closed:
            return
        changed = {tp: pos for tp, pos in self._pos.items() if self.committed.get(tp) != pos}
        if not changed:
            return
        c, now = self.conn, time.time()
        c.execute("BEGIN IMMEDIATE")
        try:
            for (topic, part), pos in changed.items():
                row = c.execute("SELECT member FROM leases WHERE grp=? AND topic=? AND part=?",
                                (self.group, topic, part)).fetchone()
                if row is not None and row[0] != self.member:
                    # Our lease lapsed (a long batch) and another member took the partition: it resumes from
                    # the last commit, so this batch is redelivered there (at-least-once), not committed here.
                    self._pos.pop((topic, part), None)
                    self.committed.pop((topic, part), None)
                    continue
                # Ours, or lapsed with nobody else claiming it: commit and hold it again.
                c.execute("INSERT OR REPLACE INTO leases VALUES (?, ?, ?, ?, ?)",
                          (self.group, topic, part, self.member, now + self.bus.session_timeout))
                c.execute("INSERT OR REPLACE INTO offsets VALUES (?, ?, ?, ?)", (self.group, topic, part, pos))
                self.committed[topic, part] = pos
            c.execute("COMMIT")
        except BaseException:
            rollback(c)
            raise

    def seek(self, topic: str, partition: int, offset: int) -> None:
        with self._lock:
            if not self._pos:
                self._rebalance()
            if (topic, partition) in self._pos:
                self._pos[topic, partition] = offset

    def positions(self) -> dict[tuple[str, int], int]:
        with self._lock:
            return dict(self._pos)

    def close(self) -> None:
        # A reader may be closed from another thread while a poll runs (a web client hangs up): the lock
        # keeps SQLite from being closed under a running query.
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._leave()
            self.conn.close()

    def _leave(self) -> None:
        if self.group is not None:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute("DELETE FROM leases WHERE grp=? AND member=?", (self.group, self.member))
                self.conn.execute("DELETE FROM members WHERE grp=? AND member=?", (self.group, self.member))
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                pass
