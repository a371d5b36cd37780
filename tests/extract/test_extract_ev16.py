"""Round 14 of issue 16 (ev16): event shapes of long multi-meeting releases, probed with sentences written for these
tests (people, places, dates and wording of our own). Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _meetings(text: str, published: str) -> list[EventRecord]:
    return [e for e in _held(text, "en", published) if e.type == "dialogue"]


# Missed events. `paid a courtesy call on X, held the A-B Foreign Ministers' Meeting with Y, and co-chaired the Z`: a
# later predicate of a series whose object names another meeting is an event of its own.
def test_each_named_meeting_of_a_series_of_predicates() -> None:
    text = ("On 3 March, Minister Ana Dias, who is visiting Ghana, paid a courtesy call on President John Mahama, held "
            "a Portugal-Ghana Foreign Ministers' Meeting with Mr. Samuel Ablakwa, and co-chaired the First Meeting of "
            "the Portugal-Ghana Joint Commission.")
    names = [e.name for e in _meetings(text, "2025-03-04")]
    assert len(names) == 3 and "Portugal-Ghana Foreign Ministers' Meeting" in names
    text = ("On 9 May in Amman, the minister called on King Abdullah and then opened the Jordan-Chile Business "
            "Forum.")
    assert [e.name for e in _meetings(text, "2025-05-10")] == [None, "Jordan-Chile Business Forum"]

    # A predicate of the series naming no other meeting (or the same one) is the same event.
    text = ("On 4 June in Lima, President Boric held the Peru-Chile Summit with President Boluarte, and opened the "
            "Peru-Chile Summit.")
    assert len(_meetings(text, "2025-06-05")) == 1
    text = "The two leaders met in Lima on 4 June, held a working lunch and signed the Lima Declaration."
    assert len(_meetings(text, "2025-06-05")) == 1


# Missed event. `paid a courtesy call on H.E. Mr. X, Premier of …`: a call on a person by honorific, the office in
# apposition after the name, is a meeting with that person (not `called on Mr. X, Minister of Y, to lift …`).
def test_a_call_on_a_person_by_honorific_with_the_office_after() -> None:
    text = "On 3 May, Minister Dias paid a courtesy call on H.E. Mr. John Mahama, President of Ghana."
    assert [e.date for e in _meetings(text, "2025-05-04")] == ["2025-05-03"]
    text = "On 3 May, State Secretary Lind called on H.E. Ms. Rania Haddad, Minister of Planning of Jordan, in Amman."
    assert [e.date for e in _meetings(text, "2025-05-04")] == ["2025-05-03"]
    text = "On 3 May the ministry called on Mr. Kofi Okafor, Minister of Trade of Ghana, to lift the ban."
    assert _meetings(text, "2025-05-04") == []
