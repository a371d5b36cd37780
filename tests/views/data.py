"""A small history for the view tests: three rounds of the trilateral Economic Security Dialogue (on time,
late, and a next round only announced), a launch that realises a commitment, a bilateral meeting where
Wang Yun-jong held another role, and a Korean and an English readout of round 3 that differ."""
from __future__ import annotations

from typing import Any

from streams.records import EventRecord

SERIES = "US-Japan-ROK Economic Security Dialogue"
SERIES_ID = "us-japan-rok-economic-security-dialogue"
TRI = ["JPN", "KOR", "USA"]
R1, R2, R3 = "dialogue:2023-06-27:JPN-KOR-USA", "dialogue:2023-11-20:JPN-KOR-USA", "dialogue:2024-06-05:JPN-KOR-USA"
LAUNCH = "launch:2024-01-10:JPN-KOR-USA"
BILATERAL = "dialogue:2023-09-12:KOR-USA"
WANG = {"name": "왕윤종", "name_en": "Wang Yun-jong", "country": "KOR", "head": True, "person_id": "wang-yun-jong"}


def c(topic: str, action: str, text: str, parties: list[str] | None = None) -> dict[str, Any]:
    return {"topic": topic, "action": action, "text": text, "parties": parties or TRI}


def ev(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"type": "dialogue", "participants": TRI, "extractor": "test", "lang": "en",
                            "source": "us.state"}
    base.update(fields)
    base.setdefault("key", f"{base['type']}:{base['date']}:{'-'.join(sorted(base['participants']))}")
    base.setdefault("doc_id", base["id"] + "-doc")
    return base


RECORDS: list[dict[str, Any]] = [
    ev(id="r1", date="2023-06-27", published="2023-06-28", series=SERIES, ordinal=1, name="First Economic Security "
       "Dialogue", location={"city": "Honolulu", "country": "USA"}, next={"ordinal": 2, "when": "2023-H2"},
       delegates=[{**WANG, "role": "Secretary for Economic Security"},
                  {"name": "Kurt Campbell", "name_en": "Kurt Campbell", "country": "USA", "head": True}],
       commitments=[c("critical_minerals", "explore joint investment", "They agreed to explore joint investment "
                      "in critical minerals."),
                    c("supply_chain", "launch an early warning pilot", "They agreed to launch a supply chain early "
                      "warning pilot."),
                    c("quantum", "study quantum cooperation", "They agreed to study cooperation on quantum.")],
       topics=["critical_minerals", "supply_chain", "quantum"], evidence="The first round met in Honolulu."),
    ev(id="r2", date="2023-11-20", published="2023-11-21", series=SERIES, ordinal=2, name="Second Economic Security "
       "Dialogue", location={"city": "Tokyo", "country": "JPN"}, next={"ordinal": 3, "when": "2024-03"},
       delegates=[{**WANG, "role": "Secretary for Economic Security"}],
       commitments=[c("critical_minerals", "map critical mineral supply", "The partners reviewed joint investment "
                      "in critical minerals.")],
       topics=["critical_minerals"], evidence="The second round met in Tokyo."),
    ev(id="l1", type="launch", date="2024-01-10", published="2024-01-10", name="Supply Chain Early Warning Pilot",
       commitments=[c("supply_chain", "share supply chain data", "The pilot shares early warning data.")],
       topics=["supply_chain"], evidence="The three countries launched an early warning pilot."),
    ev(id="b1", date="2023-09-12", published="2023-09-13", participants=["KOR", "USA"], lang="ko",
       source="kr.president", name="한미 경제안보 협의", location={"city": "Seoul", "country": "KOR"},
       delegates=[{**WANG, "head": True, "role": "경제안보비서관"},
                  {"name": "Kurt Campbell", "name_en": "Kurt Campbell", "country": "USA", "head": True}],
       topics=["semiconductors"], evidence="왕윤종 경제안보비서관은 서울에서 캠벨 조정관과 협의했다."),
    # round 3: a Korean and an English readout that differ
    ev(id="r3ko", doc_id="r3-ko-doc", date="2024-06-05", published="2024-06-06", lang="ko", source="kr.president",
       series=SERIES, ordinal=3, name="제3차 한미일 경제안보대화", location={"city": "San Diego", "country": "USA"},
       delegates=[{**WANG, "role": "국가안보실 제3차장"}],
       commitments=[c("semiconductors", "discuss semiconductors", "3국은 반도체 협력 방안을 논의했다."),
                    c("technology_protection", "cooperate on technology protection",
                      "핵심기술 보호 협력도 계속하기로 했다.")],
       topics=["semiconductors", "technology_protection"],
       evidence="한미일은 샌디에고에서 제3차 경제안보대화를 열었다."),
    ev(id="r3en", doc_id="r3-en-doc", date="2024-06-05", published="2024-06-05", source="us.whitehouse",
       name="Third U.S.-Japan-ROK Economic Security Dialogue", location={"city": "San Diego", "country": "USA"},
       delegates=[{"name": "Yunjong Wang", "name_en": "Yunjong Wang", "country": "KOR", "head": True},
                  {"name": "Kurt Campbell", "name_en": "Kurt Campbell", "country": "USA", "head": True,
                   "role": "Deputy Secretary of State"}],
       commitments=[c("semiconductors", "coordinate on chips", "They agreed to coordinate on semiconductors."),
                    c("quantum", "deepen quantum cooperation", "They agreed to deepen cooperation on quantum "
                      "information science.")],
       topics=["semiconductors", "quantum"], evidence="Officials met in San Diego for the third round."),
    # the next round, announced in the Korean readout of round 3
    ev(id="m1", doc_id="r3-ko-doc", key="dialogue:undated:JPN-KOR-USA:next", date=None, mentioned=True, lang="ko",
       source="kr.president", series=SERIES, name="다음 경제안보대화", location={"country": "KOR"},
       published="2024-06-06", evidence="다음 경제안보대화를 한국에서 개최하기로 했다."),
]


def records() -> list[EventRecord]:
    return [EventRecord.model_validate(r) for r in RECORDS]
