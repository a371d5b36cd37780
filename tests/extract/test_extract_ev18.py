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


# Missed event. `travelled to Suva on 4 March for a meeting with X`, `flew to Y on March 4 for talks with Z`: a trip
# for a meeting held, dated by a day and month between the place and `for`; a trip to come or for another purpose is
# no meeting.
def test_a_dated_trip_for_a_meeting() -> None:
    text = ("Foreign Minister Penny Wong travelled to Suva on 4 March for a meeting with the Prime Minister of Fiji, "
            "Sitiveni Rabuka.")
    assert _kinds(_held(text, "en", "2025-03-05")) == [("dialogue", "2025-03-04")]
    text = "President Ruto flew to Addis Ababa on March 4 for talks with Prime Minister Abiy Ahmed."
    assert _kinds(_held(text, "en", "2025-03-05")) == [("dialogue", "2025-03-04")]
    text = "President Ruto will fly to Addis Ababa on March 9 for talks with Prime Minister Abiy Ahmed."
    assert _held(text, "en", "2025-03-05") == []
    text = "Minister Okafor flew to Lisbon on 4 March for the opening of an art exhibition."
    assert _held(text, "en", "2025-03-05") == []


# Missed event. `was received today by President X`, `were received at the Planalto Palace by the President of Y, Z`:
# a passive reception by an office-holder with a time or a place before `by`; a thing received is no meeting.
def test_a_passive_reception_with_a_time_or_place_before_by() -> None:
    text = "On 4 March, Chilean President Gabriel Boric was received today by President Luiz Inacio Lula da Silva."
    assert _kinds(_held(text, "en", "2025-03-04")) == [("dialogue", "2025-03-04")]
    text = ("The Chilean ministers were received today at the Planalto Palace by the President of Brazil, Luiz Inacio "
            "Lula da Silva.")
    assert _kinds(_held(text, "en", "2025-03-04")) == [("dialogue", "2025-03-04")]
    text = "The letter was received at the Foreign Ministry by officials on 4 March."
    assert _held(text, "en", "2025-03-04") == []


# Missed event. `held the 3rd India-Japan Leaders' Retreat`, `the ASEAN Foreign Ministers' Retreat was held`: a
# retreat of leaders or ministers is a meeting (a series head noun); a retreat of troops is not.
def test_a_leaders_or_ministers_retreat_is_a_meeting() -> None:
    text = "The two leaders held the 3rd India-Japan Leaders' Retreat in Kyoto on 4 March."
    assert [(e.date, e.name, e.ordinal) for e in _held(text, "en", "2025-03-05")] == [
        ("2025-03-04", "3rd India-Japan Leaders' Retreat", 3)]
    text = "The ASEAN Foreign Ministers' Retreat was held in Vientiane on 4 March."
    assert _kinds(_held(text, "en", "2025-03-05")) == [("dialogue", "2025-03-04")]
    assert _held("The rebels began a retreat from the city on 4 March.", "en", "2025-03-05") == []
