"""Event identity through the index on both backends: the 64-case set, corrections, versions and key look-ups."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from events import KEY, english_report, korean_report
from identity_cases import BLIND, CASES, load, pairwise

from index.port import EventIndex
from streams.records import EventRecord, ReportVersion

pytestmark = pytest.mark.timeout(300)
FLOOR = 0.95


def clusters(index: EventIndex) -> list[list[str]]:
    return [[r.id for r in e.reports] for e in index.scan()]


@pytest.mark.parametrize(("path", "seed"), [(CASES, 1), (BLIND, 2)], ids=["set", "blind"])
def test_identity_set_pairwise_precision_and_recall(index: EventIndex, backend: str, path: Path, seed: int) -> None:
    """The 64-case set (written before the rules, then used to tune them) and the blind set (written after,
    scored once before any change)."""
    data = load(path)
    assert len({g.split("/")[0] for _, g in data}) >= (60 if path == CASES else 14)
    shuffled = [r for r, _ in data]
    random.Random(seed).shuffle(shuffled)  # arrival order is not the set's order
    at = 0
    while at < len(shuffled):  # batches of 1 to 12 reports, as an indexer sees them
        size = random.Random(at).randint(1, 12)
        assert index.write(shuffled[at:at + size]) == {}
        at += size
    precision, recall, errors = pairwise({r.id: g for r, g in data}, clusters(index))
    print(f"\nidentity {path.stem} on {backend}: {len(data)} reports, pairwise precision {precision:.3f} "
          f"recall {recall:.3f}")
    assert precision >= FLOOR and recall >= FLOOR, errors


def versioned(r: EventRecord, fetched: str, **change: object) -> EventRecord:
    v = ReportVersion(source_time=None, fetched_at=f"2024-06-0{fetched}T00:00:00+00:00", content_hash=fetched)
    return r.model_copy(update={"version": v, **change})


def test_a_correction_moves_the_report_and_leaves_no_ghost(index: EventIndex) -> None:
    ko, en = versioned(korean_report(), "6"), versioned(english_report(), "6")
    assert index.write([ko, en]) == {} and index.count() == 1
    # The English release is corrected: the talks were on the 9th. A re-extraction gives a new event id.
    moved = versioned(english_report(), "8", id="en-fixed", date="2024-06-09",
                      key="dialogue:2024-06-09:JPN-KOR-USA")
    assert index.write([moved]) == {}
    events = {e.date: e for e in index.scan()}
    assert set(events) == {"2024-06-05", "2024-06-09"}
    assert [r.doc_id for r in events["2024-06-05"].reports] == ["doc-ko"]  # no report of doc-en is left behind
    assert [r.id for r in events["2024-06-09"].reports] == ["en-fixed"]


def test_an_older_version_replayed_changes_nothing(index: EventIndex) -> None:
    old = versioned(english_report(), "6", topics=["trade"], commitments=[])
    new = versioned(english_report(), "7", topics=["quantum"], commitments=[])
    assert index.write([korean_report(), new]) == {}
    before = index.get(KEY)
    assert index.write([old]) == {}  # a replay of the earlier fetch, arriving last
    after = index.get(KEY)
    assert after == before and after is not None and "quantum" in after.topics and "trade" not in after.topics
    # In one batch too, whatever the order.
    assert index.write([new, old]) == {} and index.get(KEY) == before


def test_a_report_that_joins_two_events_keeps_one_key_and_old_keys_still_lead_there(index: EventIndex) -> None:
    en = english_report(key="dialogue:2024-06-05:JPN-USA", participants=["USA", "JPN"])
    assert index.write([en]) == {}
    assert index.write([korean_report()]) == {}  # lists Korea too: the same dialogue (same series, day, city)
    assert index.count() == 1
    event = index.get(KEY)
    assert event is not None and len(event.reports) == 2
    assert index.get("dialogue:2024-06-05:JPN-USA") == event  # a report's key leads to its event


def test_a_launch_and_the_meeting_it_was_made_at_are_one_event(index: EventIndex) -> None:
    base = {"date": "2024-06-05", "location": {"city": "San Diego", "country": "USA"}, "published": "2024-06-06"}
    parties = ["USA", "IND", "JPN", "KOR"]
    meeting = english_report(id="m", doc_id="coalition-en", key="dialogue:2024-06-05:IND-JPN-KOR-USA", name="meeting",
                             series=None, participants=parties, delegates=[], commitments=[], topics=[], **base)
    launch = meeting.model_copy(update={"id": "l", "type": "launch", "name": "coalition",
                                        "key": "launch:2024-06-05:IND-JPN-KOR-USA"})
    korean = korean_report(id="k", doc_id="coalition-ko", type="launch", name="바이오의약품 공급망 연합", series=None,
                           ordinal=None, participants=[*parties, "EU"], key="launch:2024-06-05:EU-IND-JPN-KOR-USA",
                           delegates=[], commitments=[], topics=["biopharma"], next=None, **base)
    dialogue = korean_report()  # the trilateral dialogue the same day in the same city stays its own event
    assert index.write([meeting, dialogue]) == {} and index.write([launch]) == {} and index.write([korean]) == {}
    events = {e.type: e for e in index.scan()}
    assert index.count() == 2 and set(events) == {"launch", "dialogue"}
    assert sorted(r.id for r in events["launch"].reports) == ["k", "l", "m"]
    assert events["launch"].name == "바이오의약품 공급망 연합"


def test_a_write_past_the_candidate_cap_says_so(index: EventIndex, backend: str, monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """Identity compares a write with the stored events of its days, at most MAX_FOUND of them: past the cap
    some reports may not merge, and the indexer logs it instead of failing silently."""
    import index.es_index as es_mod
    import index.tantivy_index as tv_mod

    monkeypatch.setattr(tv_mod if backend == "tantivy" else es_mod, "MAX_FOUND", 2)
    countries = ["CAN", "AUS", "IND", "FRA"]
    for k, c in enumerate(countries):  # four different same-day meetings
        assert index.write([english_report(id=f"m{k}", doc_id=f"d{k}", name=f"Korea-{c} talks",
                                           participants=["KOR", c], series=None)]) == {}
    with caplog.at_level("WARNING"):
        assert index.write([english_report(id="m9", doc_id="d9", name="Korea-DEU talks",
                                           participants=["KOR", "DEU"], series=None)]) == {}
    assert any("candidate events" in r.getMessage() for r in caplog.records)
