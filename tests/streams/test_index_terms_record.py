"""`EventRecord.terms`: optional, typed, validated with a clear error, and carried over the bus unchanged."""
from __future__ import annotations

import time
import uuid

import pytest
from pydantic import ValidationError

from streams.bus import open_bus
from streams.records import EventRecord, IndexTerms

BASE = {"id": "e", "key": "dialogue:2024-06-05:KOR-USA", "doc_id": "d", "type": "dialogue", "lang": "ko",
        "name": "한미 경제안보대화", "evidence": "양국은 핵심광물 협력을 논의했다."}
TERMS = {"analysis": "kiwi-0.24.1/content-v1", "ko": {"한미 경제안보대화": ["한미", "경제", "안보", "대화"]}}


def test_records_with_and_without_terms() -> None:
    assert EventRecord(**BASE).terms is None  # an older producer's record
    e = EventRecord(**BASE, terms=TERMS)
    assert e.terms == IndexTerms(**TERMS)
    assert EventRecord.model_validate_json(e.model_dump_json()) == e
    assert EventRecord.model_validate_json(EventRecord(**BASE).model_dump_json()).terms is None


@pytest.mark.parametrize(("terms", "error"), [
    ({"analysis": "a", "ko": {"x": [1]}}, "valid string"),
    ({"analysis": "a", "ko": {"x": "한미"}}, "valid list"),
    ({"analysis": "a", "ko": ["한미"]}, "valid dictionary"),
    ({"analysis": "a", "ko": {"x": ["경제 안보"]}}, "single words"),
    ({"analysis": "a", "ko": {"x": [""]}}, "single words"),
    ({"analysis": "a", "ko": {"": ["x"]}}, "empty text"),
    ({"analysis": "", "ko": {}}, "at least 1 character"),
    ({"ko": {}}, "analysis"),
    ({"analysis": "a", "ko": {}, "extra": 1}, "Extra inputs are not permitted"),
])
def test_wrong_terms_are_rejected_with_a_clear_error(terms: object, error: str) -> None:
    with pytest.raises(ValidationError, match=error):
        EventRecord(**BASE, terms=terms)


def test_terms_round_trip_over_the_bus(bus_url: str) -> None:
    topic = f"events.{uuid.uuid4().hex[:8]}"
    sent = [EventRecord(**BASE, terms=TERMS), EventRecord(**{**BASE, "id": "e2"})]
    with open_bus(bus_url) as bus:
        bus.ensure_topics([topic])
        bus.publish_many((topic, r.key, r) for r in sent)
        got: list[EventRecord] = []
        with bus.consumer(f"g.{uuid.uuid4().hex[:8]}", [topic]) as c:
            deadline = time.monotonic() + 30
            while len(got) < 2 and time.monotonic() < deadline:
                got += [EventRecord.model_validate_json(m.value) for m in c.poll(10, 0.5)]
    assert sorted(got, key=lambda r: r.id) == sent
