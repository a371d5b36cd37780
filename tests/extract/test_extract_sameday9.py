"""Generalisation round 9, same-day events: the people and commitments of a release that reports two or more
events on one day go to the event they belong to; each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _one(events: list[EventRecord], etype: str) -> EventRecord:
    (event,) = [e for e in events if e.type == etype]
    return event


# A launch at the day's meeting owns the sentences naming it and those referring back to it (`The initiative will
# …`, `동 협의체는 …`); a later sentence whose subject is who met (`The leaders also agreed …`, `양국은 …`) is the
# meeting's again.
def test_after_a_launch_the_meetings_own_commitments_go_back_to_the_meeting_en() -> None:
    text = ("President Maria Lopes of Portugal and President Kwame Asante of Ghana held a summit meeting in Lisbon "
            "on March 3. The two presidents launched the Portugal-Ghana Ocean Partnership, which will support "
            "sustainable fisheries. The leaders also agreed to expand cooperation on semiconductors and artificial "
            "intelligence.")
    held = _held(text, "en", "2025-03-04")
    assert {"semiconductors", "ai"} <= set(_one(held, "dialogue").topics)
    assert not {"semiconductors", "ai"} & set(_one(held, "launch").topics)
    text = ("Foreign Minister Lena Brandt of Austria held talks with Foreign Minister Rafael Ortiz of Chile in Vienna "
            "on October 14. The two ministers launched the Austria-Chile Green Hydrogen Initiative. The initiative "
            "will fund joint research on hydrogen production. The ministers also agreed to strengthen cooperation on "
            "critical minerals.")
    held = _held(text, "en", "2024-10-15")
    assert _one(held, "dialogue").topics == ["critical_minerals"]
    launch = _one(held, "launch")
    assert "energy" in launch.topics and "critical_minerals" not in launch.topics


def test_after_a_launch_the_meetings_own_commitments_go_back_to_the_meeting_ko() -> None:
    text = ("김민수 산업통상자원부 장관은 5일 오슬로에서 요나스 빅 노르웨이 무역산업부 장관과 한-노르웨이 "
            "산업장관회담을 개최했다. 양 장관은 이 자리에서 「한-노르웨이 해상풍력 협의체」를 출범시켰다. "
            "동 협의체는 해상풍력 공동 연구와 실증 사업을 추진할 예정이다. "
            "양국은 또한 핵심광물 분야 협력을 강화하기로 했다.")
    held = _held(text, "ko", "2025-03-06")
    assert "critical_minerals" in _one(held, "dialogue").topics
    launch = _one(held, "launch")
    assert "energy" in launch.topics and "critical_minerals" not in launch.topics
    text = ("박지훈 외교부 장관은 12일 리스본에서 파울루 랑헬 포르투갈 외교장관과 외교장관회담을 가졌다. "
            "양 장관은 회담 직후 「한-포르투갈 청년교류 이니셔티브」를 출범시켰다. "
            "양 장관은 반도체 공급망과 인공지능 분야에서 협력을 확대해 나가기로 했다.")
    held = _held(text, "ko", "2024-09-13")
    assert {"semiconductors", "ai"} <= set(_one(held, "dialogue").topics)
    assert not _one(held, "launch").topics
