"""Round 22 (ev26en), English event detection: rules read from the English event errors of the 31 tuning sets
(fresh17/tune first), each stated as a pattern and tested on sentences written for these tests (real public
meetings, our own wording)."""
from __future__ import annotations

from tests.extract.sentences import extracted, held


# Wrong date. `was held in Brussels on 17 and 18 February 2022`: a span of days in one month joined by `and` is
# dated by its first day, like `17-18 February` and `from 17 to 18 February`.
def test_a_span_of_days_joined_by_and_is_dated_by_its_first_day() -> None:
    text = "The 14th G20 summit was held in Osaka on 28 and 29 June 2019, chaired by Prime Minister Shinzo Abe."
    [e] = held(text, "en", "2019-06-30")
    assert (e.type, e.date, e.location.city) == ("dialogue", "2019-06-28", "Osaka")
    text = ("The 24th EU-Japan summit took place in Brussels on 6 and 7 July, attended by Prime Minister Shinzo "
            "Abe.")
    [e] = held(text, "en", "2017-07-08")
    assert (e.date, sorted(e.participants)) == ("2017-07-06", ["EU", "JPN"])


# Spurious event. `co-chaired by European Council President Charles Michel`: a body's head noun right before an
# office title and a name (`Council President X`) is the body the office is of, no meeting (like `the President of
# the European Council`).
def test_a_body_before_its_office_title_names_no_meeting() -> None:
    text = ("The EU-Japan summit was held in Brussels on 13 July 2023, co-chaired by European Council President "
            "Charles Michel and Prime Minister Fumio Kishida.")
    assert [(e.type, e.name) for e in held(text, "en", "2023-07-14")] == [("dialogue", "EU-Japan summit")]
    text = ("The eighth EU-Ukraine summit took place in Kyiv on 3 February, chaired by European Council President "
            "Charles Michel and President Volodymyr Zelensky.")
    assert [(e.type, e.date) for e in extracted(text, "en", "2023-02-04")] == [("dialogue", "2023-02-03")]


# Missed event. `called on President X on Friday before heading to Camp Aguinaldo for talks with Defense Secretary
# Y`: in a past report the trip after a first meeting is told as done; its `for talks with` person is a second
# meeting of the day.
def test_a_trip_for_talks_after_a_first_meeting_is_a_second_meeting() -> None:
    text = ("Defense Secretary Lloyd Austin called on President Ferdinand Marcos Jr. in Manila on Tuesday before "
            "heading to Camp Aguinaldo for talks with Defense Secretary Gilberto Teodoro.")
    assert [(e.type, e.date) for e in held(text, "en", "2024-07-30")] == [("dialogue", "2024-07-30")] * 2
    text = ("U.S. Secretary of State Antony Blinken called on President Joko Widodo at the Merdeka Palace on Monday "
            "before heading to Pejambon for talks with Foreign Minister Retno Marsudi.")
    assert len(held(text, "en", "2023-11-15")) == 2
    text = ("Blinken will call on President Joko Widodo on Monday before heading to Pejambon for talks with Foreign "
            "Minister Retno Marsudi.")
    assert held(text, "en", "2023-11-15") == []


# Duplicate event. `The X summit took place in Kyiv on 3 February, chaired by …`: `took place` is the clause's own
# verb (never a participle like `the agreement signed in April`); the series' `chaired by` is the same meeting, not
# a second, undated one.
def test_took_place_after_its_noun_is_the_clause_verb() -> None:
    text = "The 19th EU-Canada summit took place in St. John's on 24 November, hosted by Prime Minister Justin Trudeau."
    assert [(e.type, e.date) for e in extracted(text, "en", "2023-12-20")] == [("dialogue", "2023-11-24")]
    text = "The 24th EU-China Summit took place in Beijing on 7 December, hosted by President Xi Jinping."
    assert [(e.type, e.date, e.location.city) for e in extracted(text, "en", "2023-12-30")] == [
        ("dialogue", "2023-12-07", "Beijing")]


# Missed event. `The document was signed by …, in the presence of the two Prime Ministers, following the official
# talks between the two Prime Ministers`: a meeting of both sides (`the talks between the two X`, `the summit between
# A and B`) in a clause of time is held, beside the signing; a bare `after the meeting with X` refers back.
def test_the_talks_between_both_sides_in_a_clause_of_time_are_held() -> None:
    text = ("The memorandum was signed by Trade Minister Ahn Duk-geun and Minister Nguyen Hong Dien in Hanoi on "
            "Friday, in the presence of President Yoon Suk Yeol and President Vo Van Thuong, following the official "
            "talks between the two Presidents.")
    assert sorted((e.type, e.date) for e in held(text, "en", "2023-06-24")) == [
        ("agreement", "2023-06-23"), ("dialogue", "2023-06-23")]
    text = ("The Joint Declaration on Security Cooperation was signed in Perth on Saturday following the summit "
            "between Prime Minister Anthony Albanese and Prime Minister Fumio Kishida.")
    [d] = [e for e in held(text, "en", "2022-10-23") if e.type == "dialogue"]
    assert (d.date, sorted(d.participants), d.location.city) == ("2022-10-22", ["AUS", "JPN"], "Perth")
