"""Standing subscriptions: named filters kept in the data dir, evaluated on every event notice.

The alerts stage reads `events.merged` (each real-world event once, then its updates) and publishes
to `alerts.<name>` a `new` alert the first time an event matches and an `updated` one when a later
report adds something (unless the subscription turned updates off). It remembers what it has fired,
so a redelivered notice, a duplicate report or a re-extraction never alerts twice.
"""
from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from streams.records import AlertRecord, EventFilter, EventNotice
from streams.runner import Output
from streams.topics import alerts

log = logging.getLogger(__name__)
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (name TEXT PRIMARY KEY, filter TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fired (name TEXT, event_id TEXT, PRIMARY KEY (name, event_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notified (name TEXT, notice TEXT, PRIMARY KEY (name, notice)) WITHOUT ROWID;
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
        # Alerts of batches not yet committed (a batch can hold an event's `new` and its update). Lost with
        # the process, like the batch itself, which is then redelivered.
        self._fired: set[tuple[str, str]] = set()
        self._notified: set[tuple[str, str]] = set()

    def add(self, name: str, flt: EventFilter) -> None:
        if not NAME.match(name):
            raise ValueError(f"subscription name {name!r}: use 1-64 lowercase letters, digits, '-' or '_'")
        self.conn.execute("INSERT OR REPLACE INTO subscriptions VALUES (?, ?)", (name, flt.model_dump_json()))

    def remove(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM subscriptions WHERE name=?", (name,)).rowcount > 0

    def all(self) -> dict[str, EventFilter]:
        rows = self.conn.execute("SELECT name, filter FROM subscriptions ORDER BY name").fetchall()
        out = {}
        for n, f in rows:
            try:
                out[n] = EventFilter.model_validate_json(f)  # resolves names saved before codes were enforced
            except ValidationError as exc:
                log.warning("subscription %s is no longer valid and is skipped: %s", n, exc)
        return out

    def current(self) -> dict[str, EventFilter]:
        """The subscriptions, re-read at most every RELOAD_S seconds (the alerts stage asks per event)."""
        now = time.monotonic()
        if self._cached is None or now - self._cached[0] > self.RELOAD_S:
            self._cached = (now, self.all())
        return self._cached[1]

    def fired(self, name: str, keys: Iterable[str]) -> bool:
        """Whether a `new` alert went out for this event under any of its keys."""
        ks = list(keys)
        if any((name, k) in self._fired for k in ks):
            return True
        marks = ",".join("?" * len(ks))
        return self.conn.execute(f"SELECT 1 FROM fired WHERE name=? AND event_id IN ({marks})",
                                 (name, *ks)).fetchone() is not None

    def notified(self, name: str, notice: str) -> bool:
        if (name, notice) in self._notified:
            return True
        return self.conn.execute("SELECT 1 FROM notified WHERE name=? AND notice=?", (name, notice)).fetchone() \
            is not None

    def pending(self, alert: AlertRecord) -> None:
        """An alert handed to the bus: later notices of the same batch see it."""
        if alert.kind == "new":
            self._fired.add((alert.subscription, alert.event.key))
        if alert.notice:
            self._notified.add((alert.subscription, alert.notice))

    def mark_fired(self, alerts_out: Iterable[AlertRecord]) -> None:
        alerts_out = list(alerts_out)
        if not alerts_out:
            return
        self.conn.execute("BEGIN")  # one transaction per batch, not one per alert
        self.conn.executemany("INSERT OR IGNORE INTO fired VALUES (?, ?)",
                              [(a.subscription, a.event.key) for a in alerts_out if a.kind == "new"])
        self.conn.executemany("INSERT OR IGNORE INTO notified VALUES (?, ?)",
                              [(a.subscription, a.notice) for a in alerts_out if a.notice])
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def match_alerts(store: SubscriptionStore, notice: EventNotice) -> list[Output]:
    """The alerts stage's handler: per subscription, a `new` alert the first time an event matches, an
    `updated` one for a later change of an event it alerted on (when the subscription wants updates).

    Fired alerts are recorded after the batch is acknowledged (`after_commit`): a crash in between
    republishes an alert rather than losing it, and readers drop the repeat (`unique`).
    """
    out: list[Output] = []
    keys = [notice.key, *notice.aliases]
    for name, flt in store.current().items():
        kind = notice.verdict(flt)
        if kind is None or store.notified(name, notice.id):
            continue
        fired = store.fired(name, keys)
        if kind == "new" and fired:
            continue  # a duplicate report or a re-extraction: this event has alerted already
        if kind != "new" and not fired:
            continue  # an event from before this subscription existed
        alert = AlertRecord(subscription=name, event=notice.event, kind=kind,
                            changes=notice.changes if kind != "new" else [], notice=notice.id)
        store.pending(alert)
        out.append((alerts(name), notice.key, alert))
    return out


def record_fired(store: SubscriptionStore, outputs: Iterable[Output]) -> None:
    store.mark_fired(r for _, _, r in outputs if isinstance(r, AlertRecord))


def unique(records: Iterable[AlertRecord]) -> list[AlertRecord]:
    """Each alert once, whatever the bus redelivered: one `new` per event, each update once."""
    seen: set[str] = set()
    out = []
    for r in records:
        mark = f"new:{r.event.key}" if r.kind == "new" else f"{r.kind}:{r.notice or r.event.key}"
        if mark not in seen:
            seen.add(mark)
            out.append(r)
    return out
