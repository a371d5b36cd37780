"""Record models: strict fields, aware timestamps, stable ids, clear validation errors."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from streams.records import (
    MAX_TEXT_CHARS,
    DeadLetter,
    DocumentRecord,
    EventRecord,
    document_id,
    event_key,
    stable_id,
)


def test_unknown_fields_rejected() -> None:
    with pytest.raises(ValidationError, match="surprise"):
        DocumentRecord.model_validate({"id": "d", "text": "t", "surprise": 1})


def test_naive_datetimes_rejected_and_dates_kept() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        DocumentRecord(id="d", text="t", published="2024-06-06T14:30:00")
    doc = DocumentRecord(id="d", text="t", published="2024-06-06")
    assert doc.published == date(2024, 6, 6) and doc.published_date() == date(2024, 6, 6)
    aware = DocumentRecord(id="d", text="t", published="2024-06-06T14:30:00+09:00")
    assert isinstance(aware.published, datetime) and aware.published_date() == date(2024, 6, 6)
    assert aware.fetched_at.tzinfo is not None
    assert DeadLetter(stage="x", topic="t", payload="", error="e").at.tzinfo is not None


def test_event_values_validated() -> None:
    with pytest.raises(ValidationError, match="type"):
        EventRecord(id="e", key="k", doc_id="d", type="party")
    with pytest.raises(ValidationError, match="date"):
        EventRecord(id="e", key="k", doc_id="d", type="dialogue", date="5 June")
    with pytest.raises(ValidationError, match="topic"):
        EventRecord.model_validate({"id": "e", "key": "k", "doc_id": "d", "type": "dialogue",
                                    "commitments": [{"topic": "gossip", "action": "a", "text": "t"}]})


def test_round_trip_and_version() -> None:
    e = EventRecord(id="e", key="k", doc_id="d", type="launch", participants=["KOR", "USA"],
                    delegates=[{"name": "왕윤종", "name_en": "Wang Yun-jong", "country": "KOR", "head": True}])
    again = EventRecord.model_validate_json(e.model_dump_json())
    assert again == e and again.schema_version == 1 and again.delegates[0].head


def test_ids_are_stable() -> None:
    assert document_id("https://www.korea.kr/news/a?id=1") == document_id("https://www.korea.kr/news/a?id=1")
    assert document_id("https://www.korea.kr/news/a?id=1") != document_id("https://www.korea.kr/news/a?id=2")
    assert stable_id("a", None, 1) == stable_id("a", None, 1) != stable_id("a", "", 2)
    key = event_key("dialogue", "2024-06-05", ["USA", "KOR", "JPN", "KOR"])
    assert key == event_key("dialogue", "2024-06-05", ["JPN", "KOR", "USA"]) == "dialogue:2024-06-05:JPN-KOR-USA"


def test_newer_schema_version_refused_with_its_reason() -> None:
    raw = EventRecord(id="e", key="k", doc_id="d", type="launch").model_dump() | {"schema_version": 99}
    with pytest.raises(ValidationError, match="schema_version 99 is newer than this Readout reads"):
        EventRecord.model_validate(raw)
    with pytest.raises(ValidationError):
        EventRecord.model_validate(raw | {"schema_version": 0})


def test_oversized_text_is_truncated_with_a_flag() -> None:
    doc = DocumentRecord(id="d", text="가" * (MAX_TEXT_CHARS + 10))
    assert doc.truncated and len(doc.text) == MAX_TEXT_CHARS
    assert not DocumentRecord(id="d", text="short").truncated
