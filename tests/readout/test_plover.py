"""PLOVER-style JSON: categories by event type, actors with their delegates, contexts from topics, an AGREE
record per commitment linked to its event, and the documented mapping covering every type and topic."""
from __future__ import annotations

from pathlib import Path

from index.merge import merge
from readout.plover import CATEGORY, CONTEXTS, contexts, plover_records
from streams.records import EVENT_TYPES, TOPICS, EventRecord

DOC = Path(__file__).parents[2] / "docs" / "plover.md"


def merged(**fields: object) -> object:
    base = {"id": "x", "key": "k", "doc_id": "d", "type": "dialogue", "date": "2024-06-05", "participants": []}
    return merge([EventRecord.model_validate({**base, **fields})])


def test_dialogue_with_delegates_and_commitments() -> None:
    e = merged(key="dialogue:2024-06-05:JPN-KOR-USA", participants=["KOR", "USA", "JPN"], name="경제안보대화",
               location={"city": "San Diego", "country": "USA"}, lang="ko", url="https://x/1", source="kr.president",
               published="2024-06-06", evidence="3국은 경제안보대화를 열었다.", topics=["semiconductors"],
               delegates=[{"name": "왕윤종", "name_en": "Wang Yun-jong", "country": "KOR", "head": True,
                           "role": "국가안보실 제3차장", "person_id": "wang-yun-jong"}],
               commitments=[{"topic": "critical_minerals", "action": "explore joint investment",
                             "text": "핵심광물 공동투자 방안을 모색하기로 했다.", "parties": ["KOR", "USA", "JPN"]}])
    event, commitment = list(plover_records(e))  # type: ignore[arg-type]
    assert event["id"] == "readout-dialogue:2024-06-05:JPN-KOR-USA" and event["date"] == "2024-06-05"
    assert event["event"] == ["CONSULT"] and event["quad_code"] == 1 and event["mode"] == ["multilateral"]
    assert event["actor"][0] == {"code": "JPN", "sector": "GOV"}
    assert event["actor"][1] == {"code": "KOR", "sector": "GOV", "entity_text": "왕윤종",
                                 "identifier_text": "Wang Yun-jong", "identifier_id": "wang-yun-jong",
                                 "office": "국가안보실 제3차장"}
    assert event["context"] == ["diplomatic", "economic", "natural_resource", "technology"]
    assert event["event_loc"] == {"extracted_place": "San Diego", "city": "San Diego", "country_code": "USA",
                                  "resolution": 4}
    assert event["text"] == "3국은 경제안보대화를 열었다." and event["cite_info"][0]["language"] == "ko"
    assert commitment["event"] == ["AGREE"] and commitment["link"] == event["id"]
    assert commitment["text"] == "핵심광물 공동투자 방안을 모색하기로 했다." and commitment["event_text"] == [
        "explore joint investment"]


def test_types_groupings_and_mentions() -> None:
    agreement = next(plover_records(merged(type="agreement", participants=["EU", "KOR"])))  # type: ignore[arg-type]
    assert agreement["event"] == ["SUPPORT"] and [a["code"] for a in agreement["actor"]] == ["EUR", "KOR"]
    assert agreement["actor"][0]["entity_text"] == "EU" and "mode" not in agreement
    launch = next(plover_records(merged(type="launch", participants=["IPEF"])))  # type: ignore[arg-type]
    assert launch["event"] == ["SUPPORT"] and launch["actor"] == [{"code": "IGO", "sector": "GOV",
                                                                   "entity_text": "IPEF"}]
    future = next(plover_records(merged(mentioned=True, date="2025-03-01", published="2024-06-06")))  # type: ignore
    assert "future" in future["context"] and future["comment"] == "mentioned in passing"
    undated = next(plover_records(merged(date=None, type="statement")))  # type: ignore[arg-type]
    assert undated["date"] is None and undated["event"] == ["AGREE"] and undated["actor"] == []
    third = next(plover_records(merged(participants=["KOR", "JPN"], location={"country": "USA"})))  # type: ignore
    assert third["mode"] == ["third-party"]


def test_mapping_is_complete_and_documented() -> None:
    assert set(CATEGORY) == set(EVENT_TYPES) and set(CONTEXTS) == set(TOPICS)
    assert contexts(["other"]) == ["diplomatic"]
    doc = DOC.read_text(encoding="utf-8")
    for name in [*EVENT_TYPES, *TOPICS, *CATEGORY.values()]:
        assert f"`{name}`" in doc, name
