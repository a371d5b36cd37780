"""Events and delegates, round 49. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before its rule (at 9ea43f3) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "ordinal", "name"), [
    ("Foreign Minister Penny Wong and Foreign Minister Winston Peters met in Wellington on Friday for the third "
     "Australia–New Zealand Foreign Ministers' Consultations.", "2024-04-06", 3,
     "Australia–New Zealand Foreign Ministers' Consultations"),
    ("The seventh India–Japan 2+2 Ministerial Dialogue was held in Tokyo today.", "2024-08-20", 7,
     "India–Japan 2+2 Ministerial Dialogue"),
])
def test_en_dash_pair_belongs_to_the_name(text: str, published: str, ordinal: int, name: str) -> None:
    """`the third Australia–New Zealand …`: a pair of parties joined by an en dash is part of the meeting's name, so
    the ordinal before it numbers the meeting."""
    events = held(text, "en", published)
    assert [(e.name, e.ordinal) for e in events] == [(name, ordinal)]


@pytest.mark.parametrize(("text", "person"), [
    ("Later today I called on President Ferdinand Marcos Jr. in Manila to discuss maritime cooperation.",
     "Ferdinand Marcos Jr."),
    ("The Foreign Secretary called on Chancellor Olaf Scholz in Berlin to exchange views on support for Ukraine.",
     "Olaf Scholz"),
])
def test_a_call_with_its_purpose_is_a_meeting(text: str, person: str) -> None:
    """`called on President X to discuss …`: the infinitive tells what the call was for, so it is a courtesy call."""
    events = held(text, "en", "2024-05-02")
    assert [[d.name for d in e.delegates if d.name == person] for e in events] == [[person]]


@pytest.mark.parametrize("text", [
    "The Secretary called on President Nicolás Maduro to release all political prisoners.",
    "The ministers called on Prime Minister Min Aung Hlaing to end the violence.",
])
def test_an_appeal_is_no_meeting(text: str) -> None:
    """Guard: `called on X to release …` is an appeal."""
    assert held(text, "en", "2024-05-02") == []


@pytest.mark.parametrize(("text", "author"), [
    ("Today I met Indonesia's Minister for Foreign Affairs, Retno Marsudi, in Jakarta to discuss our partnership.\n"
     "Senator the Hon Penny Wong\nMinister for Foreign Affairs", "Penny Wong"),
    ("This morning I called on Prime Minister Sitiveni Rabuka in Suva to discuss climate resilience.\n"
     "The Hon Pat Conroy MP\nMinister for International Development and the Pacific", "Pat Conroy"),
])
def test_a_signed_release_in_the_first_person(text: str, author: str) -> None:
    """`Today I met …` / `This morning I called on …` in a media release whose foot gives the minister's name and
    office on lines of their own: `I` is that minister, who attended."""
    events = held(text, "en", "2024-05-02")
    assert len(events) == 1 and author in {d.name for d in events[0].delegates}


def test_a_wire_credit_line_signs_nothing() -> None:
    """Guard: `(Reporting by …; Editing by …)` closing a wire report names no one who attended."""
    text = ("Foreign Minister Penny Wong met her Indonesian counterpart Retno Marsudi in Jakarta on Tuesday, the "
            "ministry said.\n(Reporting by Kate Lamb\nEditing by Ed Davies)")
    names = {d.name for e in held(text, "en", "2024-05-02") for d in e.delegates}
    assert names == {"Penny Wong", "Retno Marsudi"}


@pytest.mark.parametrize(("text", "met"), [
    ("Secretary of State Antony Blinken held three separate meetings in Hanoi on Saturday with senior Vietnamese "
     "leaders: General Secretary Nguyen Phu Trong; Prime Minister Pham Minh Chinh; and Bui Thanh Son, Minister of "
     "Foreign Affairs.", ["Nguyen Phu Trong", "Pham Minh Chinh", "Bui Thanh Son"]),
    ("Secretary Blinken held separate meetings in Manila on Tuesday with senior Philippine leaders: Enrique Manalo, "
     "Secretary of Foreign Affairs; and President Ferdinand Marcos Jr.", ["Enrique Manalo", "Ferdinand Marcos Jr."]),
])
def test_meetings_listed_after_a_colon(text: str, met: list[str]) -> None:
    """`held N separate meetings with senior X leaders: A; B, Minister of …; and C`: a list told apart by semicolons
    (its items hold commas of their own), one meeting with each, each of the side the list's head noun names."""
    events = held(text, "en", "2023-04-16")
    assert len(events) == len(met)
    for e, person in zip(events, met, strict=True):
        others = [d for d in e.delegates if d.name != "Antony Blinken" and d.name != "Blinken"]
        assert [d.name for d in others] == [person]
        assert others[0].country in ("VNM", "PHL")


@pytest.mark.parametrize("text", [
    "On January 7, Minister for Foreign Affairs KAMIKAWA Yoko held a Japan-Ukraine Foreign Ministers' Meeting in "
    "Kyiv with Minister for Foreign Affairs Dmytro KULEBA.\n\nMinister Kuleba welcomed Minister Kamikawa to Kyiv "
    "and thanked Japan for its support.",
    "On June 20, President Yoon Suk Yeol held a summit with President Emmanuel MACRON at the Elysee Palace in Paris."
    "\n\nPresident Macron welcomed President Yoon to Paris.",
])
def test_the_host_welcoming_is_the_same_meeting(text: str) -> None:
    """`Minister Kuleba welcomed Minister Kamikawa to Kyiv` after their talks: those talks told by the host, not a
    second meeting (the host is the one met before, whatever the case of the surname)."""
    assert len(held(text, "en", "2024-01-08")) == 1


@pytest.mark.parametrize(("text", "person", "met"), [
    ("On January 7, Minister KAMIKAWA Yoko held a Japan-Ukraine Foreign Ministers' Meeting in Kyiv with Minister "
     "Dmytro KULEBA. Later the same day, Minister Kamikawa paid a courtesy call on President Volodymyr ZELENSKYY."
     "\n\n[Courtesy Call on President Zelenskyy]\n\nPresident Zelenskyy thanked Japan for its support. Ambassador "
     "MATSUDA Kuninori also attended.", "MATSUDA Kuninori", "Volodymyr ZELENSKYY"),
    ("Foreign Minister Park Jin held talks with Foreign Minister Annalena Baerbock on Monday. On Tuesday, he held "
     "talks with Foreign Minister Catherine Colonna.\n\n[Talks with Foreign Minister Baerbock]\n\nThe two ministers "
     "discussed support for Ukraine. Ambassador Kim Hong-kyun also attended.", "Kim Hong-kyun", "Annalena Baerbock"),
])
def test_a_bracketed_heading_opens_its_meetings_outline(text: str, person: str, met: str) -> None:
    """`[Courtesy Call on President X]`: the lines under the heading report the meeting it names (by the person
    met), so who attends there attends that meeting."""
    events = held(text, "en", "2024-01-08")
    (owner,) = [e for e in events if person in {d.name for d in e.delegates}]
    assert met in {d.name for d in owner.delegates}


@pytest.mark.parametrize("text", [
    "President Yoon Suk Yeol held talks with President Joko Widodo in Jakarta on Monday. The business leaders "
    "accompanying President Yoon, including Samsung Electronics Chairman Lee Jae-yong, joined the talks.",
    "President Yoon Suk Yeol held talks with President Joko Widodo in Jakarta on Monday. Executives travelling with "
    "President Yoon, including SK Group Chairman Chey Tae-won, joined the talks.",
])
def test_those_accompanying_a_leader_are_companions(text: str) -> None:
    """`The business leaders accompanying President X, including A, …`: A came with X (X's side, no head)."""
    (event,) = held(text, "en", "2022-09-06")
    (companion,) = [d for d in event.delegates if d.name not in ("Yoon Suk Yeol", "Joko Widodo")]
    assert (companion.country, companion.head) == ("KOR", False)
