"""Webhook delivery of standing subscriptions' alerts: each alert POSTed as JSON, signed with HMAC-SHA256,
retried with exponential backoff, dead-lettered to `dlq.webhooks` when the receiver keeps refusing it.

The `webhooks` stage (part of `readout run`) reads each webhook subscription's `alerts.<name>` topic as
consumer group `webhooks.<name>`, one thread per webhook so a slow receiver holds up only its own alerts.
Offsets are committed after each alert is delivered or dead-lettered: a crash in between delivers it again
(at least once); receivers drop repeats by the `X-Readout-Delivery` header, which is stable per alert.

Signature: `X-Readout-Signature: sha256=<hex HMAC-SHA256(secret, "<X-Readout-Timestamp>." + body)>`; the
timestamp (Unix seconds) is signed too, so a receiver can refuse replays older than a few minutes.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from readout.settings import Settings
from readout.status import write_status
from streams.bus import Bus, open_bus
from streams.records import AlertRecord, DeadLetter, stable_id
from streams.runner import StageStats
from streams.subscriptions import NAME
from streams.topics import alerts, dlq

log = logging.getLogger(__name__)
STAGE = "webhooks"
SIGNATURE, TIMESTAMP, DELIVERY, SUBSCRIPTION = ("X-Readout-Signature", "X-Readout-Timestamp", "X-Readout-Delivery",
                                                "X-Readout-Subscription")
MAX_DELAY_S = 300.0
RELOAD_S = 2.0
SCHEMA = "CREATE TABLE IF NOT EXISTS webhooks (name TEXT PRIMARY KEY, url TEXT NOT NULL, secret TEXT NOT NULL, " \
         "since REAL NOT NULL)"


@dataclass(frozen=True)
class Webhook:
    name: str
    url: str
    secret: str
    since: float  # alerts matched before the webhook was set are not sent (they are in `readout alerts`)


class WebhookStore:
    """Webhooks by subscription name, in the data dir (`webhooks.sqlite`)."""

    def __init__(self, data_dir: Path) -> None:
        path = Path(data_dir) / "webhooks.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute(SCHEMA)

    def set(self, name: str, url: str, secret: str | None = None) -> Webhook:
        if not NAME.match(name):
            raise ValueError(f"subscription name {name!r}: use 1-64 lowercase letters, digits, '-' or '_'")
        if not url.startswith(("http://", "https://")) or len(url) > 2000:
            raise ValueError(f"webhook URL {url!r}: an http:// or https:// URL")
        hook = Webhook(name, url, secret or secrets.token_hex(32), time.time())
        self.conn.execute("INSERT OR REPLACE INTO webhooks VALUES (?, ?, ?, ?)", (name, url, hook.secret, hook.since))
        return hook

    def remove(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM webhooks WHERE name=?", (name,)).rowcount > 0

    def all(self) -> dict[str, Webhook]:
        rows = self.conn.execute("SELECT name, url, secret, since FROM webhooks ORDER BY name").fetchall()
        return {r[0]: Webhook(*r) for r in rows}

    def close(self) -> None:
        self.conn.close()


def sign(secret: str, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, tolerance_s: float = 300,
           now: float | None = None) -> bool:
    """What a receiver checks: the signature, in constant time, and that the timestamp is recent."""
    try:
        age = abs((now or time.time()) - int(timestamp))
    except ValueError:
        return False
    return age <= tolerance_s and hmac.compare_digest(sign(secret, timestamp, body), signature)


def delivery_id(name: str, alert: AlertRecord) -> str:
    """Stable per alert: an event's first alert, then one per update of it."""
    update = [alert.kind, alert.notice or ""] if alert.kind != "new" else []
    return stable_id("webhook", name, alert.event.id, *update)


def payload(name: str, alert: AlertRecord) -> bytes:
    return json.dumps({"subscription": name, "delivery": delivery_id(name, alert), "kind": alert.kind,
                       "changes": alert.changes, "matched_at": alert.matched_at.isoformat(),
                       "event": alert.event.model_dump(mode="json")}, ensure_ascii=False).encode()


@dataclass
class Delivery:
    delivered: bool
    attempts: int
    seconds: float
    status: int | None = None
    error: str = ""
    stopped: bool = False  # the stage was stopped while retrying: neither delivered nor given up


def retryable(status: int) -> bool:
    return status in (408, 425, 429) or status >= 500


def _retry_after(resp: httpx.Response | None) -> float | None:
    value = resp.headers.get("retry-after", "") if resp is not None else ""
    return min(float(value), MAX_DELAY_S) if value.isdigit() else None


def post_alert(client: httpx.Client, hook: Webhook, alert: AlertRecord, *, attempts: int, backoff_s: float,
               stop: threading.Event) -> Delivery:
    """POST one alert; retry connection errors, timeouts, 408/425/429 and 5xx with exponential backoff and
    jitter (honouring a numeric Retry-After); any other 4xx is the receiver's final answer."""
    body = payload(hook.name, alert)
    start = time.monotonic()
    status: int | None = None
    error = ""
    for attempt in range(1, attempts + 1):
        stamp = str(int(time.time()))  # signed afresh on every attempt: a retry is not a replay
        headers = {"Content-Type": "application/json", "User-Agent": "Readout-Webhooks/0.1",
                   SIGNATURE: sign(hook.secret, stamp, body), TIMESTAMP: stamp,
                   DELIVERY: delivery_id(hook.name, alert), SUBSCRIPTION: hook.name}
        resp: httpx.Response | None = None
        try:
            resp = client.post(hook.url, content=body, headers=headers)
            status, error = resp.status_code, f"HTTP {resp.status_code}"
            if resp.status_code < 300:
                return Delivery(True, attempt, time.monotonic() - start, status)
            if not retryable(resp.status_code):
                break
        except httpx.HTTPError as exc:
            status, error = None, f"{type(exc).__name__}: {exc}"
        if attempt == attempts:
            break
        delay = _retry_after(resp) or min(MAX_DELAY_S, backoff_s * 2 ** (attempt - 1)) * (0.5 + random.random())
        log.warning("webhook %s: %s; retry %d in %.1fs", hook.name, error, attempt, delay)
        if stop.wait(delay):
            return Delivery(False, attempt, time.monotonic() - start, status, error, stopped=True)
    return Delivery(False, attempt, time.monotonic() - start, status, error)


@dataclass
class Deliverer:
    """Delivers one webhook's alerts until `stop` (or, with `exit_when_idle`, until none are waiting)."""

    settings: Settings
    hook: Webhook
    stats: StageStats
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def run(self, *, exit_when_idle: bool = False) -> None:
        s = self.settings
        with open_bus(s.bus_url, partitions=s.partitions) as bus, httpx.Client(timeout=s.webhook_timeout_s) as client:
            topic = alerts(self.hook.name)
            bus.ensure_topics([topic, dlq(STAGE)])
            with bus.consumer(f"{STAGE}.{self.hook.name}", [topic]) as consumer:
                seen: set[str] = set()
                while not self.stop.is_set():
                    batch = consumer.poll(50, 0.5)
                    if not batch:
                        if exit_when_idle:
                            return
                        continue
                    for m in batch:
                        if not self._deliver(bus, client, m.value, seen):
                            return  # stopped mid-retry: nothing committed, the batch is redelivered
                    consumer.commit()

    def _deliver(self, bus: Bus, client: httpx.Client, value: bytes, seen: set[str]) -> bool:
        try:
            alert = AlertRecord.model_validate_json(value)
        except ValueError:
            return True  # not an alert: nothing to send
        if alert.matched_at.timestamp() < self.hook.since or delivery_id(self.hook.name, alert) in seen:
            return True
        with self.lock:
            self.stats.records_in += 1
        d = post_alert(client, self.hook, alert, attempts=self.settings.webhook_attempts,
                       backoff_s=self.settings.webhook_backoff_s, stop=self.stop)
        if d.stopped:
            return False
        seen.add(delivery_id(self.hook.name, alert))
        if not d.delivered:
            bus.publish(dlq(STAGE), self.hook.name, DeadLetter(
                stage=STAGE, topic=alerts(self.hook.name), key=alert.event.id, payload=value.decode(errors="replace"),
                error=f"webhook {self.hook.url}: {d.error} after {d.attempts} attempt(s)", attempts=d.attempts))
        with self.lock:
            self.stats.records_out += d.delivered
            self.stats.errors += not d.delivered
            self.stats.last_batch = time.time()
        return True


def _logged(d: Deliverer) -> None:
    try:
        d.run()
    except Exception:
        log.exception("webhook %s: delivery failed; restarting it", d.hook.name)


def run_webhooks(settings: Settings, stop: threading.Event, *, exit_when_idle: bool = False) -> StageStats:
    """The `webhooks` stage: a deliverer per webhook, started and stopped as webhooks are set and removed."""
    store = WebhookStore(settings.data_dir)
    stats = StageStats(STAGE)
    write_status(settings.data_dir, STAGE)
    running: dict[str, tuple[Deliverer, threading.Thread]] = {}
    try:
        if exit_when_idle:  # batch mode (tests, scripts): each webhook until nothing is waiting
            for hook in store.all().values():
                Deliverer(settings, hook, stats, stop).run(exit_when_idle=True)
            return stats
        while not stop.is_set():
            hooks = store.all()
            for name in [n for n, (_, t) in running.items() if not t.is_alive()]:
                running.pop(name)  # it failed (logged): started again below
            for name in [n for n, (d, _) in running.items() if hooks.get(n) != d.hook]:
                deliverer, thread = running.pop(name)  # removed or changed: stop its deliverer
                deliverer.stop.set()
                thread.join()
            for name, hook in hooks.items():
                if name not in running:
                    d = Deliverer(settings, hook, stats)
                    t = threading.Thread(target=_logged, args=(d,), name=f"webhook-{name}", daemon=True)
                    t.start()
                    running[name] = (d, t)
            write_status(settings.data_dir, STAGE, stats, note=f"{len(hooks)} webhook(s)")
            stop.wait(RELOAD_S)
    finally:
        for deliverer, _ in running.values():
            deliverer.stop.set()
        for _, thread in running.values():
            thread.join(30)
        store.close()
    return stats
