"""Webhook delivery: signed POSTs, retried with backoff through 5xx, dead-lettered when refused or unreachable,
never lost when the stage stops mid-retry, delivered once per alert. Prints the figures."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from readout.settings import Settings
from readout.webhooks import DELIVERY, SIGNATURE, TIMESTAMP, WebhookStore, run_webhooks, sign, verify
from streams.bus import open_bus
from streams.records import AlertRecord, DeadLetter, EventRecord
from streams.services import free_port
from streams.topics import alerts, dlq

pytestmark = pytest.mark.timeout(120)
SECRET = "s3cret"


class Receiver:
    """Answers each POST with the next scripted status (the last one repeats); records what it got."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses, self.got, self.lock = list(statuses), [], threading.Lock()

    def __call__(self, request: Request) -> Response:
        with self.lock:
            status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
            self.got.append((dict(request.headers), request.get_data(), status, time.monotonic()))
        return Response("", status=status)

    def delivered(self) -> list[dict]:
        return [json.loads(body) for _, body, status, _ in self.got if status < 300]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, bus=f"local://{tmp_path / 'bus'}", webhook_backoff_s=0.05,
                    webhook_attempts=4, webhook_timeout_s=2)


@pytest.fixture
def receiver(httpserver: HTTPServer) -> Iterator[Callable[[list[int]], Receiver]]:
    def make(statuses: list[int]) -> Receiver:
        r = Receiver(statuses)
        httpserver.expect_request("/hook", method="POST").respond_with_handler(r)
        return r
    yield make


def publish_alerts(settings: Settings, name: str, n: int, start: int = 0) -> list[str]:
    ids = []
    with open_bus(settings.bus_url) as bus:
        for i in range(start, start + n):
            e = EventRecord(id=f"e{i}", key=f"dialogue:2024-06-0{i % 9 + 1}:KOR-USA", doc_id=f"d{i}", type="dialogue",
                            participants=["KOR", "USA"], name=f"<b>talks</b> {i}", evidence="한미 협의")
            bus.publish(alerts(name), e.id, AlertRecord(subscription=name, event=e))
            ids.append(e.id)
    return ids


def dead_letters(settings: Settings) -> list[DeadLetter]:
    with open_bus(settings.bus_url) as bus, bus.consumer(None, [dlq("webhooks")]) as c:
        return [DeadLetter.model_validate_json(m.value) for m in c.poll(100, 1.0)]


def test_signed_and_retried_through_5xx(settings: Settings, httpserver: HTTPServer,
                                        receiver: Callable[[list[int]], Receiver]) -> None:
    rx = receiver([503, 502, 200])
    WebhookStore(settings.data_dir).set("chips", httpserver.url_for("/hook"), SECRET)
    sent = publish_alerts(settings, "chips", 3)
    start = time.monotonic()
    stats = run_webhooks(settings, threading.Event(), exit_when_idle=True)
    seconds = time.monotonic() - start
    assert sorted(d["event"]["id"] for d in rx.delivered()) == sent  # each once (in order per partition)
    assert stats.records_out == 3 and stats.errors == 0 and len(rx.got) == 5  # 2 retries, then 3 deliveries
    for headers, body, _, _ in rx.got:
        assert verify(SECRET, headers[TIMESTAMP], body, headers[SIGNATURE])
        assert not verify("other", headers[TIMESTAMP], body, headers[SIGNATURE])
        assert not verify(SECRET, headers[TIMESTAMP], body + b" ", headers[SIGNATURE])
    first = [h[DELIVERY] for h, *_ in rx.got[:3]]
    assert len(set(first)) == 1  # retries of one alert carry one delivery id
    assert {d["event"]["name"] for d in rx.delivered()} >= {"<b>talks</b> 0"}
    print(f"\nwebhook: 3 alerts through 2×5xx: {len(rx.got)} POSTs, 3 delivered, 0 lost, 0 duplicated, "
          f"{seconds:.2f}s")
    # a second run sends nothing again: offsets were committed after each delivery
    run_webhooks(settings, threading.Event(), exit_when_idle=True)
    assert len(rx.got) == 5


def test_refused_or_unreachable_alerts_are_dead_lettered_and_the_stage_moves_on(
        settings: Settings, httpserver: HTTPServer, receiver: Callable[[list[int]], Receiver]) -> None:
    rx = receiver([400, 200])
    store = WebhookStore(settings.data_dir)
    store.set("refused", httpserver.url_for("/hook"), SECRET)
    store.set("down", f"http://127.0.0.1:{free_port()}/hook", SECRET)  # nothing listens there
    publish_alerts(settings, "refused", 2)
    publish_alerts(settings, "down", 1)
    start = time.monotonic()
    stats = run_webhooks(settings, threading.Event(), exit_when_idle=True)
    seconds = time.monotonic() - start
    letters = {d.topic: d for d in dead_letters(settings)}
    assert letters["alerts.refused"].attempts == 1 and "HTTP 400" in letters["alerts.refused"].error
    assert letters["alerts.down"].attempts == settings.webhook_attempts
    assert "ConnectError" in letters["alerts.down"].error
    assert AlertRecord.model_validate_json(letters["alerts.down"].payload).event.id == "e0"
    assert len(rx.delivered()) == 1 and stats.records_out == 1 and stats.errors == 2  # the next alert got through
    print(f"\nwebhook: 400 dead-lettered after 1 attempt; unreachable after {settings.webhook_attempts} attempts; "
          f"{seconds:.2f}s stuck in all; 0 lost (2 in dlq.webhooks)")


def test_stopping_mid_retry_loses_nothing(settings: Settings, httpserver: HTTPServer,
                                          receiver: Callable[[list[int]], Receiver]) -> None:
    settings = settings.model_copy(update={"webhook_backoff_s": 0.3, "webhook_attempts": 20})
    rx = receiver([503])
    WebhookStore(settings.data_dir).set("minerals", httpserver.url_for("/hook"), SECRET)
    sent = publish_alerts(settings, "minerals", 2)
    stop = threading.Event()
    stage = threading.Thread(target=run_webhooks, args=(settings, stop))  # the `readout run` mode: a thread per hook
    stage.start()
    deadline = time.monotonic() + 20
    while len(rx.got) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    stage.join(20)
    assert not stage.is_alive() and len(rx.got) >= 2 and not rx.delivered()
    rx.statuses = [200]  # the receiver is back; the stage starts again
    run_webhooks(settings, threading.Event(), exit_when_idle=True)
    assert sorted(d["event"]["id"] for d in rx.delivered()) == sent and not dead_letters(settings)


def test_alerts_before_the_webhook_are_not_sent_and_signatures_expire(
        settings: Settings, httpserver: HTTPServer, receiver: Callable[[list[int]], Receiver]) -> None:
    rx = receiver([200])
    publish_alerts(settings, "old", 1)
    time.sleep(0.01)
    WebhookStore(settings.data_dir).set("old", httpserver.url_for("/hook"), SECRET)
    publish_alerts(settings, "old", 1, start=1)
    run_webhooks(settings, threading.Event(), exit_when_idle=True)
    assert [d["event"]["id"] for d in rx.delivered()] == ["e1"]
    stamp = str(int(time.time()) - 3600)
    assert not verify(SECRET, stamp, b"{}", sign(SECRET, stamp, b"{}"))  # an hour old: a replay
    assert not verify(SECRET, "soon", b"{}", sign(SECRET, "soon", b"{}"))
    with pytest.raises(ValueError):
        WebhookStore(settings.data_dir).set("old", "file:///etc/passwd")
