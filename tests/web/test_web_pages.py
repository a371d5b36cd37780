"""The web page over HTTP: Korean search, facets, the event page, escaping; SSE delivery and resume."""
from __future__ import annotations

import json
import random
import threading
import time

import httpx

from readout.settings import Settings
from streams.bus import open_bus
from streams.records import EventNotice, EventRecord
from streams.topics import EVENTS, MERGED


def test_korean_search_shows_merged_event_and_facets(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/", params={"q": "핵심광물"}, timeout=10)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "4th US-Japan-ROK Economic Security Dialogue" in page.text and "1 event<" in page.text
    assert "<em>핵심광물</em>" in page.text  # highlighted in the Korean report's clause
    assert '<label for="q">' in page.text and "<h2" in page.text and 'lang="ko"' in page.text
    assert 'data-facet="topics"' in page.text and "critical_minerals" in page.text
    facet = httpx.get(base + "/", params={"topics": "semiconductors"}, timeout=10)
    assert "4th US-Japan-ROK" in facet.text and "1 event<" in facet.text


def test_a_total_past_the_cap_is_shown_with_a_plus(site: tuple[str, Settings], monkeypatch) -> None:  # noqa: ANN001
    import index.port

    base, _ = site
    assert "2 events<" in httpx.get(base + "/", timeout=10).text  # two held events (the third only mentioned)
    monkeypatch.setattr(index.port, "TOTAL_CAP", 1)
    assert "1+ events<" in httpx.get(base + "/", timeout=10).text


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


def space_notice(i: int, kind: str = "new", topic: str = "space") -> EventNotice:
    key = f"launch:2024-07-{i:02d}:KOR-USA:{topic}"
    ev = EventRecord(id=key, key=key, doc_id=f"d{i}", type="launch", topics=[topic], participants=["KOR", "USA"],
                     date=f"2024-07-{i % 28 + 1:02d}", name=f"Space partnership {i}")
    return EventNotice(id=f"{kind}-{key}", kind=kind, key=key, event=ev,  # type: ignore[arg-type]
                       previous=ev if kind != "new" else None, changes=["new report: x (en)"] if kind != "new" else [])


def test_sse_delivers_new_event_fast_then_its_update_and_resumes(site: tuple[str, Settings]) -> None:
    base, settings = site
    got: list[tuple[str, dict]] = []
    listener = threading.Thread(target=sse_events, args=(base, {"topic": "space"}, {}, 2, got, 15))
    listener.start()
    with open_bus(settings.bus_url) as bus:
        bus.ensure_topics([MERGED])
        time.sleep(1.5)  # the client has connected and waits at the end of the stream
        sent = time.monotonic()
        bus.publish(MERGED, "k", space_notice(1))
        bus.publish(MERGED, "k", space_notice(1))  # redelivered: not shown twice
        bus.publish(MERGED, "k", space_notice(1, "updated"))
        listener.join(10)
    assert [d.get("id") or d["event"]["id"] for _, d in got] == ["launch:2024-07-01:KOR-USA:space"] * 2
    assert "changes" in got[1][1] and got[1][1]["changes"] == ["new report: x (en)"]
    assert time.monotonic() - sent < 2 + 0.5  # within 2 s (plus the join's slack)
    last_id = got[-1][0]
    with open_bus(settings.bus_url) as bus:  # published while the client was away
        bus.publish_many((MERGED, f"k{i}", space_notice(i)) for i in (2, 3))
    again: list[tuple[str, dict]] = []
    sse_events(base, {"topic": "space"}, {"Last-Event-ID": last_id}, 2, again, 10)
    assert sorted(d["name"] for _, d in again) == ["Space partnership 2", "Space partnership 3"]
    bad = httpx.get(base + "/streams/events", headers={"Last-Event-ID": "garbage"}, timeout=5)
    assert bad.status_code == 422


def test_sse_resume_after_drops_at_random_points_repeats_and_misses_nothing(site: tuple[str, Settings]) -> None:
    base, settings = site
    wanted = [space_notice(i, topic="quantum") for i in range(100, 140)]
    noise = [space_notice(i, topic="trade") for i in range(200, 220)]
    mixed = [n for pair in zip(wanted, noise + [None] * 20, strict=True) for n in pair if n is not None]
    with open_bus(settings.bus_url) as bus:
        bus.publish_many((MERGED, n.key, n) for n in mixed)  # keyed: spread over the partitions
    rnd = random.Random(5)
    got: list[str] = []
    last: dict[str, str] = {}
    drops = 0
    while len(got) < len(wanted) and drops < 60:
        part: list[tuple[str, dict]] = []
        params = {"topic": "quantum", "from_beginning": "true"}
        sse_events(base, params, {"Last-Event-ID": last["id"]} if last else {}, rnd.randint(1, 6), part, 10)
        got += [d["name"] for _, d in part]
        if part:
            last["id"] = part[-1][0]
        drops += 1
    print(f"\nSSE: {len(wanted)} events over {drops} connections: {len(got) - len(set(got))} repeated, "
          f"{len(set(n.event.name for n in wanted) - set(got))} missed")
    assert sorted(got) == sorted(n.event.name for n in wanted)  # nothing twice, nothing missing


def test_alerts_endpoint(site: tuple[str, Settings]) -> None:
    base, settings = site
    assert httpx.get(base + "/alerts/nothing-yet", timeout=5).json() == []
    assert httpx.get(base + "/alerts/Bad Name!", timeout=5).status_code == 422
    with open_bus(settings.bus_url) as bus:
        bus.ensure_topics([EVENTS])


def test_english_words_find_a_korean_report_by_topic(site: tuple[str, Settings]) -> None:
    base, _ = site
    page = httpx.get(base + "/", params={"q": "critical minerals"}, timeout=10)
    assert "1 event<" in page.text and "4th US-Japan-ROK" in page.text


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
