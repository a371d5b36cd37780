"""Session 12 of issue 16 (ev20): event fields the rules got wrong in English, probed with sentences written for these
tests (people, places, dates and wording of our own). Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _held_en(text: str, published: str = "2025-03-14") -> list[EventRecord]:
    return _held(text, "en", published)


def _ordinals(events: list[EventRecord]) -> list[tuple[str, str | None, int | None]]:
    return [(e.type, e.date, e.ordinal) for e in events]


# Ordinal. `their first formal talks in two years`, `the first summit in Lima in about six years`: `first` with a gap
# (`in N years`, `in N months`) is the first meeting after a pause, not the first of a series.
def test_first_after_a_gap_is_not_a_series_ordinal() -> None:
    text = ("SANTIAGO, March 12 (Reuters) - Chilean President Gabriel Boric and Argentine President Javier Milei held "
            "their first formal talks in two years on Wednesday in Santiago.")
    assert _ordinals(_held_en(text)) == [("dialogue", "2025-03-12", None)]
    text = ("OSLO, March 11 (Reuters) - Norwegian Prime Minister Jonas Gahr Store and Finnish President Alexander "
            "Stubb held their first one-on-one talks in 18 months on Tuesday in Oslo.")
    assert _ordinals(_held_en(text)) == [("dialogue", "2025-03-11", None)]
    # without a gap, the same word stays the first meeting
    text = ("SANTIAGO, March 12 (Reuters) - Chilean President Gabriel Boric and Argentine President Javier Milei held "
            "their first formal talks on Wednesday in Santiago.")
    assert _ordinals(_held_en(text)) == [("dialogue", "2025-03-12", 1)]


def _names(events: list[EventRecord]) -> list[tuple[str | None, int | None]]:
    return [(e.name, e.ordinal) for e in events]


# Event name. `the fourth meeting of the Australia-Indonesia dialogue on Maritime Cooperation`: a body's common noun
# in lower case (`initiative`, `dialogue`, `partnership`, from the data) between the parties and `on`/`for` and a
# capitalised subject is inside the name, which runs on to the subject.
def test_a_lowercase_body_noun_inside_a_name() -> None:
    text = ("Foreign Minister Penny Wong and Indonesian Foreign Minister Sugiono co-chaired the fourth meeting of the "
            "Australia-Indonesia dialogue on Maritime Cooperation in Canberra on March 11, 2025.")
    assert _names(_held_en(text)) == [("Australia-Indonesia dialogue on Maritime Cooperation", 4)]
    text = ("On March 12, 2025, Canadian Minister Melanie Joly and Mexican Foreign Secretary Juan Ramon de la Fuente "
            "held the sixth meeting of the Canada-Mexico partnership for Clean Energy and Mining in Ottawa.")
    assert _names(_held_en(text)) == [("Canada-Mexico partnership for Clean Energy and Mining", 6)]


def _kinds(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# Event detection. `also met industry leaders`, `met civil society representatives and private sector leaders`: people
# met who are no delegation (the data's list of such groups) make no meeting of their own.
def test_meeting_industry_or_civil_society_is_no_event() -> None:
    text = ("On March 11, 2025, President William Ruto met Finnish President Alexander Stubb in Helsinki. Later that "
            "day, President Ruto also met industry leaders to discuss investment.")
    assert _kinds(_held_en(text)) == [("dialogue", "2025-03-11")]
    text = ("On March 11, 2025, Prime Minister Christopher Luxon met Vietnamese Prime Minister Pham Minh Chinh in "
            "Hanoi. The Prime Minister also met civil society representatives and private sector leaders.")
    assert _kinds(_held_en(text)) == [("dialogue", "2025-03-11")]
