"""Round 24 (ev29en): English ways of telling events the rules misread, read from the English event errors of
grammar8/tune and grammar9/tune (finance and trade releases, wire copy), probed with sentences written for these tests
(people, places and dates of real public events, wording of our own). Each rule is a pattern, tested on at least two
texts."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return sorted((e.type, e.date) for e in events)


# `…, the two governments said on Tuesday, after X met Y in Beijing`: the day the news is given is not the day of the
# meeting the `after` clause refers to; the meeting is the one the text dates later (`held … on Monday`).
def test_the_report_day_does_not_date_a_meeting_told_after_it() -> None:
    text = ("Australia and China agreed to resume their strategic economic dialogue, the two governments said on "
            "Tuesday, after Prime Minister Anthony Albanese met Premier Li Qiang in Beijing.\n\nThe two leaders held "
            "their annual meeting at the Great Hall of the People on Monday.")
    assert _days(held(text, "en", "2023-11-07")) == [("dialogue", "2023-11-06")]
    text = ("Japan and South Korea agreed to resume regular visits by their leaders, officials said on Friday, after "
            "President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo.\n\nYoon and Kishida held talks "
            "at the prime minister's office on Thursday.")
    assert _days(held(text, "en", "2023-03-17")) == [("dialogue", "2023-03-16")]


# `met X in Seoul on Monday, and on Tuesday he met Y in Manila`: a coordinated clause opening with its own day is a
# meeting of its own, on that day (not the first clause's).
def test_a_coordinated_clause_with_its_own_day_is_its_own_meeting() -> None:
    text = ("Secretary of State Antony Blinken met Foreign Minister Cho Tae-yul in Seoul on Monday, and on Tuesday he "
            "met President Ferdinand Marcos Jr. in Manila.")
    assert _days(held(text, "en", "2024-03-20")) == [("dialogue", "2024-03-18"), ("dialogue", "2024-03-19")]
    text = ("Prime Minister Narendra Modi held the annual summit with President Vladimir Putin in Moscow on July 9, "
            "and on July 10 he met Chancellor Karl Nehammer in Vienna.")
    assert _days(held(text, "en", "2024-07-11")) == [("dialogue", "2024-07-09"), ("dialogue", "2024-07-10")]
