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



# City. `10.17~18 몽골 울란바토르를 방문하여`: the city a trip is to (a place the verb `방문` takes as its object) is
# where the events of the trip's days are, when they name no place.
def test_a_korean_trip_city_places_the_events_of_its_days() -> None:
    text = ("□ 정하늘 해양수산부 장관은 3.4~5 칠레 발파라이소를 방문하여 수산 협력 방안을 논의하였다.\n"
            "□ 정 장관은 3.5.(수) 오전 카밀라 베가 칠레 경제부 장관을 면담하였다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-03-06"))] == ["Valparaiso"]
    text = ("한민준 국토교통부 장관은 11.2~4 베트남 하노이를 공식 방문하고 있다.\n"
            "한 장관은 11.3.(월) 응우옌 반 탕 베트남 교통부 장관과 회담을 갖고 도시철도 협력을 논의했다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-11-04"))] == ["Hanoi"]


def test_a_trip_months_before_does_not_place_the_event() -> None:
    text = ("□ 정하늘 해양수산부 장관은 지난 3.4~5 칠레 발파라이소를 방문하여 수산 협력 방안을 논의하였다.\n"
            "□ 정 장관은 6.5.(목) 카밀라 베가 칠레 경제부 장관과 회담하였다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-06-06"))] == [None]
