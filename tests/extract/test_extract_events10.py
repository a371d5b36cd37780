"""Round 10 of issue 16, event recall: predicates and their arguments that report a meeting the grammars
missed; each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _dialogues(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "dialogue"]


# `was received by Vice President X`: the passive of a host receiving a visitor is a meeting with the titled person;
# after `met A, … and` it is one more meeting of that day.
def test_received_by_a_titled_person_is_a_meeting() -> None:
    text = ("Trade Minister Sofia Lindqvist arrived in Nairobi on Monday. "
            "On Tuesday she was received by President Daniel Mwangi at State House, where they discussed "
            "geothermal power.")
    held = _dialogues(_held(text, "en", "2025-02-12"))
    assert len(held) == 1 and held[0].date == "2025-02-11"
    text = ("Foreign Minister Tomas Berg held talks in Hanoi today with Deputy Prime Minister Nguyen Van Hai. "
            "Later in the day, Berg met Trade Minister Le Thi Mai, and was received by Prime Minister Tran Quoc Bao.")
    assert len(_dialogues(_held(text, "en", "2024-11-06"))) == 3
