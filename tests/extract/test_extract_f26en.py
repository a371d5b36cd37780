"""Round 30b (f26en): English trip reports that tell a leg's meeting by a meeting noun in a phrase of the journey
(no meeting verb), read from fresh26's English missed events, probed with sentences written for these tests (people,
places and dates of real public events, wording of our own). Each rule is a pattern, tested on at least two texts."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord], met: list[str]) -> list[tuple[str, str | None, str]]:
    """Each event's type and day, with which of the countries met it has among its parties."""
    return sorted(((e.type, e.date, "+".join(c for c in met if c in e.participants)) for e in events),
                  key=lambda x: (x[0], x[1] or "~", x[2]))


# `The tour began on Wednesday in X with talks with Y`, `ended a two-nation tour of Z on Thursday with talks with W`:
# the stretch framed as the subject, or with its own `of`, day and place words before `with`, still frames the
# meeting noun after it, a meeting held with the person its `with` names.
def test_a_tour_begun_or_ended_with_talks_with_someone() -> None:
    text = ("Prime Minister Narendra Modi ended a two-nation tour of Southeast Asia on Thursday with talks with "
            "Singapore Prime Minister Lawrence Wong.\n\nThe tour began on Wednesday in Bandar Seri Begawan with talks "
            "with Sultan Hassanal Bolkiah of Brunei.")
    assert _days(held(text, "en", "2024-09-05"), ["BRN", "SGP"]) == [("dialogue", "2024-09-04", "BRN"),
                                                                    ("dialogue", "2024-09-05", "SGP")]
    text = ("Chinese Premier Li Qiang wrapped up a three-nation tour of the Pacific and Southeast Asia on Wednesday "
            "with a meeting with Malaysian Prime Minister Anwar Ibrahim in Putrajaya.\n\nThe trip opened last "
            "Thursday in Wellington with talks with New Zealand Prime Minister Christopher Luxon.")
    assert _days(held(text, "en", "2024-06-19"), ["NZL", "MYS"]) == [("dialogue", "2024-06-13", "NZL"),
                                                                    ("dialogue", "2024-06-19", "MYS")]


# `He flew to Doha later on Tuesday for his meeting with Emir X`: a journey told with `later` before its day and a
# possessive before the meeting noun is still travelled for that meeting, held with the person named.
def test_flew_later_that_day_for_his_meeting_with_someone() -> None:
    text = ("Secretary of State Antony Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday.\n\n"
            "He flew to Doha later on Tuesday for his meeting with Emir Sheikh Tamim bin Hamad Al Thani.")
    assert _days(held(text, "en", "2024-02-07"), ["EGY", "QAT"]) == [("dialogue", "2024-02-06", "EGY"),
                                                                    ("dialogue", "2024-02-06", "QAT")]
    text = ("Prime Minister Fumio Kishida held talks with Crown Prince Mohammed bin Salman in Jeddah on Sunday.\n\n"
            "He flew to Abu Dhabi on Monday for his first meeting with President Sheikh Mohamed bin Zayed Al Nahyan "
            "since the Emirati leader took office.")
    assert _days(held(text, "en", "2023-07-18"), ["SAU", "ARE"]) == [("dialogue", "2023-07-16", "SAU"),
                                                                    ("dialogue", "2023-07-17", "ARE")]


# `in the Black Sea resort city of Sochi`, `in the southeastern city of Gyeongju`: a place told by its kind (`city`,
# `town`, `port`) and then `of` its name is where the meeting was held, not a title's place (`the Crown Prince of Abu
# Dhabi`).
def test_a_place_told_as_the_city_of_its_name() -> None:
    text = ("Russian President Vladimir Putin held talks with Turkish President Tayyip Erdogan in the Black Sea resort "
            "city of Sochi on Monday.")
    assert [(e.date, e.location.city) for e in held(text, "en", "2023-09-05")] == [("2023-09-04", "Sochi")]
    text = ("Chinese President Xi Jinping held talks with South Korean President Lee Jae-myung in the southeastern "
            "city of Gyeongju on Saturday, a day after the APEC leaders' meeting opened there.")
    assert [(e.date, e.location.city) for e in held(text, "en", "2025-11-02")] == [("2025-11-01", "Gyeongju")]


# `met X on Friday and lobbied for the kingdom's bid to host the World Expo 2030 in Riyadh`: a place of what is to be
# hosted (after `to host`) is not where the meeting was held; the dateline's city is.
def test_the_place_of_a_bid_to_host_is_not_the_meetings() -> None:
    text = ("PARIS (Reuters) - Saudi Crown Prince Mohammed bin Salman met French President Emmanuel Macron on Friday "
            "and lobbied for the kingdom's bid to host the World Expo 2030 in Riyadh.")
    assert [(e.date, e.location.city) for e in held(text, "en", "2023-06-17")] == [("2023-06-16", "Paris")]
    text = ("WELLINGTON (Reuters) - New Zealand Prime Minister Christopher Luxon met Australian Prime Minister Anthony "
            "Albanese on Friday and backed Australia's bid to host the 2026 U.N. climate conference in the city of "
            "Adelaide.")
    assert [(e.date, e.location.city) for e in held(text, "en", "2024-08-17")] == [("2024-08-16", "Wellington")]


# `Kishida, who met President X during his stop in Manila, told reporters …`: an undated meeting told within one stop
# of a trip is a meeting of its own with some day of the trip (records.md rule 6), not the dated talks beside it; a
# style before a name (`Sheikh`, `Crown Prince`) does not make two people met one.
def test_a_meeting_during_a_stop_of_the_trip_has_no_day() -> None:
    text = ("Prime Minister Fumio Kishida wrapped up a two-nation tour on Sunday with talks with Malaysian Prime "
            "Minister Anwar Ibrahim in Kuala Lumpur.\n\nKishida, who met President Ferdinand Marcos Jr. during his "
            "stop in Manila, told reporters that Japan would supply coastal radars to the Philippines.")
    assert _days(held(text, "en", "2023-11-05"), ["MYS", "PHL"]) == [("dialogue", "2023-11-05", "MYS"),
                                                                    ("dialogue", None, "PHL")]
    text = ("DOHA (Reuters) - Indian Prime Minister Narendra Modi ended a Gulf tour on Thursday with talks with Emir "
            "Sheikh Tamim bin Hamad Al Thani.\n\nModi, who met President Sheikh Mohamed bin Zayed Al Nahyan during "
            "his visit to Abu Dhabi, said the two countries had signed a bilateral investment treaty.")
    assert _days(held(text, "en", "2024-02-15"), ["QAT", "ARE"]) == [("dialogue", "2024-02-15", "QAT"),
                                                                    ("dialogue", None, "ARE")]
