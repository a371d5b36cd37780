"""Event builders for the index tests."""
from __future__ import annotations

from typing import Any

from streams.records import EventRecord

KEY = "dialogue:2024-06-05:JPN-KOR-USA"


def event(**fields: Any) -> EventRecord:
    base: dict[str, Any] = {"id": "e", "key": KEY, "doc_id": "d", "type": "dialogue", "date": "2024-06-05",
                            "participants": ["KOR", "USA", "JPN"]}
    base.update(fields)
    return EventRecord.model_validate(base)


def korean_report(**over: Any) -> EventRecord:
    return event(**{
        "id": "ko1", "doc_id": "doc-ko", "url": "https://www.mofa.go.kr/1", "source": "kr.mofa", "lang": "ko",
        "name": "제2차 한미일 경제 안보 대화", "series": "US-Japan-ROK Economic Security Dialogue", "ordinal": 2,
        "level": "senior_officials", "date_text": "5일(현지시간)", "location": {"city": "San Diego", "country": "USA"},
        "delegates": [{"name": "왕윤종", "name_en": "Wang Yun-jong", "country": "KOR", "head": True,
                       "role": "국가안보실 제3차장"}],
        "commitments": [{"topic": "critical_minerals", "action": "strengthen supply chain cooperation",
                         "text": "핵심광물 공급망 협력을 강화하기로 했다", "parties": ["KOR", "USA", "JPN"]}],
        "topics": ["critical_minerals", "supply_chain"], "next": {"ordinal": 3, "when": "2025"},
        "evidence": "한미일은 5일(현지시간) 샌디에고에서 제2차 경제 안보 대화를 개최했다.",
        "extractor": "x1", "published": "2024-06-06", **over})


def english_report(**over: Any) -> EventRecord:
    return event(**{
        "id": "en1", "doc_id": "doc-en", "url": "https://www.state.gov/1", "source": "us.state", "lang": "en",
        "name": "Second US-Japan-ROK Economic Security Dialogue",
        "delegates": [{"name": "Yunjong Wang", "name_en": "Yunjong Wang", "country": "KOR"},
                      {"name": "Kurt Campbell", "name_en": "Kurt Campbell", "country": "USA", "head": True,
                       "role": "Deputy Secretary of State"}],
        "commitments": [{"topic": "semiconductors", "action": "coordinate export controls",
                         "text": "The partners committed to coordinating export controls on chips.",
                         "parties": ["USA", "JPN"]}],
        "topics": ["semiconductors"],
        "evidence": "The United States, Japan and the Republic of Korea held sanctions talks in San Diego.",
        "extractor": "x1", "published": "2024-06-07", **over})
