"""Round 15 of issue 16 (ev18): event constructions the rules missed, probed with sentences written for these tests
(people, places, dates and wording of our own, partners far beyond one region). Each rule is a pattern, tested on at
least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _held_ko(text: str, published: str = "2025-05-21") -> list[EventRecord]:
    return _held(text, "ko", published)


def _kinds(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# Missed event. `A와 B가 12일 X에서 협상을 벌였다`, `직접 협상을 했다`: negotiations held with a light verb
# (`벌이`, `하`) are a meeting, like `회담을 했다`; negotiations only planned (`협상을 하기로 했다`) are not.
def test_negotiations_held_with_a_light_verb() -> None:
    text = "칠레와 페루가 12일(현지시간) 리마에서 국경 문제를 둘러싼 협상을 벌였다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-12")]
    text = "아르메니아와 아제르바이잔이 20일 워싱턴에서 평화 협상을 했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-20")]
    assert _held_ko("양측은 오는 29일 2차 협상을 하기로 했다.") == []
    assert _held_ko("시위대는 12일 리마에서 밤샘 시위를 벌였다.") == []


# Event date. `26~27일(현지시간)`, `6월 4∼5일`: a range of days dates the event by its first day; the day before the
# tilde is no number alone (it was read as the last day).
def test_a_korean_range_of_days_dates_by_its_first_day() -> None:
    text = "박 장관은 26~27일(현지시간) 태국 방콕에서 말레이시아 외교장관과 회담했다."
    assert _kinds(_held_ko(text, "2025-05-28")) == [("dialogue", "2025-05-26")]
    text = "양국 대표단은 5월 13∼14일 오슬로에서 제2차 해운 협의회를 개최했다."
    assert _kinds(_held_ko(text, "2025-05-15")) == [("dialogue", "2025-05-13")]
