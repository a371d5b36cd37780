"""Round 12 of issue 16, continued (ev14): event shapes probed with sentences written for these tests (grid of
predicates, event nouns and clause shapes; people, places and dates of our own) and the tuning sets' recurring
event errors. Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _cities(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.location.city) for e in events]


# City. A held event of a day the text places elsewhere, with no place of its own (`이날`, `같은 날 오후`), is in
# the city of that day's other events.
def test_an_event_without_a_place_takes_its_days_city() -> None:
    text = ("이재훈 산업통상자원부 장관은 4일(현지시간) 페루 리마의 대통령궁에서 마리아 소토 페루 생산부 장관과 "
            "회담을 가졌다.\n양국은 이날 '핵심광물 공급망 협력 양해각서'를 체결했다.")
    assert _cities(_held(text, "ko", "2025-03-05")) == [("dialogue", "Lima"), ("agreement", "Lima")]
    text = ("□ 박서연 외교부 제1차관은 6.9~10 케냐 나이로비를 방문하였다.\n"
            "□ 박 차관은 6.9.(월) 나이로비에서 제2차 한-케냐 정책협의회를 개최하였다.\n"
            "□ 박 차관은 같은 날 오후 아미나 와필라 케냐 통상부 장관을 면담하였다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-06-11"))] == ["Nairobi", "Nairobi"]

