"""Standing subscriptions: named filters kept in the data dir, evaluated on every new event.

The alerts stage publishes each match to `alerts.<name>` keyed by event id. It remembers what it
has fired, so a redelivered or re-extracted event does not alert twice.
"""
from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from streams.records import AlertRecord, EventFilter, EventRecord
from streams.runner import Output
from streams.topics import alerts

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (name TEXT PRIMARY KEY, filter TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fired (name TEXT, event_id TEXT, PRIMARY KEY (name, event_id)) WITHOUT ROWID;
"""


class SubscriptionStore:
    RELOAD_S = 2.0  # subscriptions added from the CLI reach a running alerts stage within this

    def __init__(self, data_dir: Path) -> None:
        path = Path(data_dir) / "subscriptions.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)
        self._cached: tuple[float, dict[str, EventFilter]] | None = None

    def add(self, name: str, flt: EventFilter) -> None:
        if not NAME.match(name):
            raise ValueError(f"subscription name {name!r}: use 1-64 lowercase letters, digits, '-' or '_'")
        self.conn.execute("INSERT OR REPLACE INTO subscriptions VALUES (?, ?)", (name, flt.model_dump_json()))

    def remove(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM subscriptions WHERE name=?", (name,)).rowcount > 0

    def all(self) -> dict[str, EventFilter]:
        rows = self.conn.execute("SELECT name, filter FROM subscriptions ORDER BY name").fetchall()
        return {n: EventFilter.model_validate_json(f) for n, f in rows}

    def current(self) -> dict[str, EventFilter]:
        """The subscriptions, re-read at most every RELOAD_S seconds (the alerts stage asks per event)."""
        now = time.monotonic()
        if self._cached is None or now - self._cached[0] > self.RELOAD_S:
            self._cached = (now, self.all())
        return self._cached[1]

    def fired(self, name: str, event_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM fired WHERE name=? AND event_id=?", (name, event_id)).fetchone() \
            is not None

    def mark_fired(self, alerts_out: Iterable[AlertRecord]) -> None:
        rows = [(a.subscription, a.event.id) for a in alerts_out]
        if not rows:
            return
        self.conn.execute("BEGIN")  # one transaction per batch, not one per alert
        self.conn.executemany("INSERT OR IGNORE INTO fired VALUES (?, ?)", rows)
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def match_alerts(store: SubscriptionStore, event: EventRecord) -> list[Output]:
    """The alerts stage's handler: one alert per subscription the event matches and has not fired for.

    Fired alerts are recorded after the batch is acknowledged (`after_commit`): a crash in between
    republishes an alert rather than losing it, and readers drop the repeat by event id (`unique`).
    """
    out: list[Output] = []
    for name, flt in store.current().items():
        if flt.matches(event) and not store.fired(name, event.id):
            out.append((alerts(name), event.id, AlertRecord(subscription=name, event=event)))
    return out


def record_fired(store: SubscriptionStore, outputs: Iterable[Output]) -> None:
    store.mark_fired(r for _, _, r in outputs if isinstance(r, AlertRecord))


def unique(records: Iterable[AlertRecord]) -> list[AlertRecord]:
    """Alerts once per event, whatever the bus redelivered."""
    seen: set[str] = set()
    out = []
    for r in records:
        if r.event.id not in seen:
            seen.add(r.event.id)
            out.append(r)
    return out
