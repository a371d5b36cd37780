"""Standing subscriptions with free text (matched like a search, Korean particles and English stems), the
CLI that sets them and their webhooks, and a subscription's alerts as an Atom feed."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from extract.analysis import analyze
from index import open_index
from readout.app import build_app
from readout.cli import app as cli
from readout.settings import Settings
from readout.textmatch import install
from readout.webhooks import WebhookStore
from streams.bus import open_bus
from streams.records import AlertRecord, Commitment, EventFilter, EventNotice, EventRecord, use_text_matcher
from streams.subscriptions import SubscriptionStore, match_alerts
from streams.topics import alerts

KO = EventRecord(id="k1", key="dialogue:2024-06-05:JPN-KOR-USA", doc_id="d1", type="dialogue", lang="ko",
                 date="2024-06-05", participants=["JPN", "KOR", "USA"], name="제4차 한미일 경제안보대화",
                 topics=["critical_minerals"], evidence="3국은 샌디에고에서 경제안보대화를 열었다.",
                 commitments=[Commitment(topic="critical_minerals", action="explore joint investment",
                                         text="핵심광물 공동투자 방안을 모색하기로 했다.")])
EN = EventRecord(id="e1", key="agreement:2023-03-28:JPN-USA", doc_id="d2", type="agreement", lang="en",
                 date="2023-03-28", participants=["JPN", "USA"], name="<script>x()</script> Minerals Agreement",
                 topics=["batteries"], evidence="The partners signed an agreement on batteries & minerals.")


@pytest.fixture
def search_like() -> Iterator[None]:
    install()
    yield
    use_text_matcher(None)


def test_free_text_without_the_analysis_matches_words() -> None:
    assert EventFilter(text="경제안보").matches(KO) and EventFilter(text="Economic  coercion").matches(KO) is False
    assert EventFilter(text="critical minerals").matches(KO)  # the topic, written out
    assert not EventFilter(text="경제 안보를").matches(KO)  # a particle: needs the search's analysis


def test_free_text_matches_like_a_search(search_like: None) -> None:
    for text in ("경제 안보를", "경제안보대화", "핵심 광물", "critical minerals", "joint investments"):
        assert EventFilter(text=text).matches(KO), text
    assert EventFilter(text="battery").matches(EN) and EventFilter(text="signing").matches(EN)
    assert not EventFilter(text="반도체").matches(KO) and not EventFilter(text="semiconductors").matches(EN)
    assert EventFilter(text="경제안보", countries=["KOR"]).matches(KO)
    assert not EventFilter(text="경제안보", countries=["CHN"]).matches(KO)  # every criterion must hold


def test_alerts_stage_uses_text(tmp_path: Path, search_like: None) -> None:
    store = SubscriptionStore(tmp_path)
    store.add("esd", EventFilter(text="경제 안보 대화"))
    def new(e: EventRecord) -> EventNotice:  # the alerts stage reads the index stage's notices
        return EventNotice(id=f"new-{e.id}", kind="new", key=e.key, event=e)

    assert [a[2].event.id for a in match_alerts(store, new(KO))] == ["k1"] and match_alerts(store, new(EN)) == []


def test_cli_sets_text_and_webhook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUT_DATA_DIR", str(tmp_path))
    run = CliRunner().invoke
    assert run(cli, ["subscriptions", "add", "esd", "--text", "경제안보", "--country", "KOR"]).exit_code == 0
    assert SubscriptionStore(tmp_path).all()["esd"] == EventFilter(text="경제안보", countries=["KOR"])
    assert run(cli, ["subscriptions", "add", "long", "--text", "x" * 501]).exit_code == 2
    assert run(cli, ["subscriptions", "webhook", "nope", "http://127.0.0.1:9/"]).exit_code == 2  # no subscription
    done = run(cli, ["subscriptions", "webhook", "esd", "http://127.0.0.1:9/hook", "--secret", "k"])
    assert done.exit_code == 0 and done.output.strip().endswith("k")
    assert WebhookStore(tmp_path).all()["esd"].url == "http://127.0.0.1:9/hook"
    assert run(cli, ["subscriptions", "webhook", "esd", "ftp://x"]).exit_code == 2
    assert "127.0.0.1:9/hook" in run(cli, ["subscriptions", "webhooks"]).output
    assert run(cli, ["subscriptions", "webhook", "esd", "--off"]).exit_code == 0 and not WebhookStore(tmp_path).all()


def test_atom_feed(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, bus=f"local://{tmp_path / 'bus'}", index=f"tantivy://{tmp_path / 'ix'}")
    with open_bus(settings.bus_url) as bus:
        for e in (KO, EN, EN):  # a redelivered alert shows once
            bus.publish(alerts("esd"), e.id, AlertRecord(subscription="esd", event=e))
    index = open_index(settings.index_url, analyze)
    with TestClient(build_app(settings, index=index)) as client:
        r = client.get("/alerts/esd/atom")
        assert r.status_code == 200 and r.headers["content-type"] == "application/atom+xml"
        assert "<script>" not in r.text and "&lt;script&gt;" in r.text
        ns = {"a": "http://www.w3.org/2005/Atom"}
        feed = ET.fromstring(r.content)
        entries = feed.findall("a:entry", ns)
        assert feed.find("a:id", ns).text == "urn:readout:alerts:esd" and len(entries) == 2
        ids = {e.find("a:id", ns).text for e in entries}
        assert ids == {"urn:readout:alert:esd:k1", "urn:readout:alert:esd:e1"}
        links = {e.find("a:link[@rel='alternate']", ns).get("href") for e in entries}
        assert "http://testserver/event/dialogue:2024-06-05:JPN-KOR-USA" in links
        assert client.get("/alerts/Bad%20Name/atom").status_code == 422
        assert ET.fromstring(client.get("/alerts/none/atom").content).find("a:entry", ns) is None
    index.close()
