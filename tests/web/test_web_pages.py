"""The web page over HTTP: Korean search, facets, the event page, escaping; SSE delivery and resume."""
from __future__ import annotations

import json
import threading
import time

import httpx

from readout.settings import Settings
from streams.bus import open_bus
from streams.records import EventRecord
from streams.topics import EVENTS


def test_korean_search_shows_merged_event_and_facets(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/", params={"q": "핵심광물"}, timeout=10)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "Fourth U.S.-Japan-ROK Economic Security Dialogue" in page.text and "1 event<" in page.text
    assert "<em>핵심광물</em>" in page.text  # highlighted in the Korean report's clause
    assert '<label for="q">' in page.text and "<h2" in page.text and 'lang="ko"' in page.text
    assert 'data-facet="topics"' in page.text and "critical_minerals" in page.text
    facet = httpx.get(base + "/", params={"topics": "semiconductors"}, timeout=10)
    assert "Fourth U.S.-Japan-ROK" in facet.text and "1 event<" in facet.text


def test_event_page_lists_delegates_commitments_reports(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/event/dialogue:2024-06-05:JPN-KOR-USA", timeout=10)
    assert page.status_code == 200
    for text in ("Wang Yun-jong", "왕윤종", "Tarun Chhabra", "head of delegation", "critical_minerals",
                 "explore joint investment", "핵심광물 공동투자", "https://www.whitehouse.gov/briefing/2", "San Diego"):
        assert text in page.text, text
    assert httpx.get(base + "/event/nope", timeout=10).status_code == 404


def test_event_text_is_escaped(site: tuple[str, Settings]) -> None:
    base, _ = site
    listing = httpx.get(base + "/", params={"q": "arrangement"}, timeout=10).text
    page = httpx.get(base + "/event/agreement:2023-11-14:JPN-USA", timeout=10).text
    for html in (listing, page):
        assert "<script>window.pwned" not in html and "&lt;script&gt;window.pwned" in html
    assert "javascript:alert" not in page and "<b>was</b>" not in page


def test_invalid_search_input_is_a_message_not_an_error(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/", params={"date_from": "yesterday", "q": "x" * 20000}, timeout=10)
    assert page.status_code == 200 and "Invalid search" in page.text


def sse_events(base: str, params: dict[str, str], headers: dict[str, str], want: int, out: list[tuple[str, dict]],
               timeout: float) -> None:
    with httpx.stream("GET", base + "/streams/events", params=params, headers=headers, timeout=timeout) as resp:
        assert resp.status_code == 200
        event_id, start = None, time.monotonic()
        for line in resp.iter_lines():
            if line.startswith("id: "):
                event_id = line[4:]
            elif line.startswith("data: "):
                out.append((event_id or "", json.loads(line[6:])))
                if len(out) >= want:
                    return
            if time.monotonic() - start > timeout:
                return


def test_sse_delivers_new_event_fast_and_resumes(site: tuple[str, Settings]) -> None:
    base, settings = site
    got: list[tuple[str, dict]] = []
    listener = threading.Thread(target=sse_events, args=(base, {"topic": "space"}, {}, 1, got, 15))
    listener.start()
    time.sleep(1.5)  # connected, waiting at the end of the stream
    with open_bus(settings.bus_url) as bus:
        ev = EventRecord(id="s1", key="launch:2024-07-01:KOR-USA", doc_id="d", type="launch", topics=["space"],
                         participants=["KOR", "USA"], date="2024-07-01", name="Space partnership")
        sent = time.monotonic()
        bus.publish("events.topic.space", ev.key, ev)
        listener.join(10)
    assert got and got[0][1]["id"] == "s1"
    assert time.monotonic() - sent < 2 + 0.5  # within 2 s (plus the join's slack)
    last_id = got[0][0]
    with open_bus(settings.bus_url) as bus:  # published while the client was away
        for i in (2, 3):
            e = ev.model_copy(update={"id": f"s{i}", "key": f"launch:2024-07-0{i}:KOR-USA"})
            bus.publish("events.topic.space", e.key, e)
    again: list[tuple[str, dict]] = []
    sse_events(base, {"topic": "space"}, {"Last-Event-ID": last_id}, 2, again, 10)
    assert sorted(d["id"] for _, d in again) == ["s2", "s3"]  # nothing missed (partitions interleave)
    bad = httpx.get(base + "/streams/events", headers={"Last-Event-ID": "garbage"}, timeout=5)
    assert bad.status_code == 422


def test_alerts_endpoint(site: tuple[str, Settings]) -> None:
    base, settings = site
    assert httpx.get(base + "/alerts/nothing-yet", timeout=5).json() == []
    assert httpx.get(base + "/alerts/Bad Name!", timeout=5).status_code == 422
    with open_bus(settings.bus_url) as bus:
        bus.ensure_topics([EVENTS])


def test_english_words_find_a_korean_report_by_topic(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/", params={"q": "critical minerals"}, timeout=10)
    assert "1 event<" in page.text and "Fourth U.S.-Japan-ROK" in page.text


def test_events_only_mentioned_are_shown_on_request(site: tuple[str, Settings]) -> None:
    base, _ = site
    assert "0 events<" in httpx.get(base + "/", params={"q": "quantum"}, timeout=10).text
    shown = httpx.get(base + "/", params={"q": "quantum", "mentions": "1"}, timeout=10).text
    assert "1 event<" in shown and "earlier quantum consultations" in shown


def test_person_facet_shows_names_and_filters_by_id(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/", params={"q": "San Diego"}, timeout=10).text
    assert '>Wang Yun-jong</a>' in page and "person=wang-yun-jong" in page
    narrowed = httpx.get(base + "/", params={"person": "wang-yun-jong"}, timeout=10).text
    assert "1 event<" in narrowed
