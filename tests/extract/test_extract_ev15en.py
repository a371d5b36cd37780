"""Round 13 of issue 16 (ev15en): English event shapes probed with sentences written for these tests (predicates,
event nouns and clause shapes over many partners; people, places and dates of our own) and the tuning sets'
recurring English event errors. Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _meetings(text: str, published: str) -> list[EventRecord]:
    return [e for e in _held(text, "en", published) if e.type == "dialogue"]


# False event. `the President of the European Council`, `the Premier of the State Council`: the body an office is of
# is no meeting (nor the meeting's name).
def test_the_body_an_office_is_of_is_no_meeting() -> None:
    text = "Prime Minister Sara Lind met the President of the European Council, Antonio Costa, in Stockholm on 3 June."
    assert [(e.date, e.name) for e in _meetings(text, "2025-06-04")] == [("2025-06-03", None)]
    text = ("The signing was attended by the Chairman of the Gulf Cooperation Council, Jasem Albudaiwi, and by the "
            "Presidency of the Council of the EU in Doha on 2 May.")
    assert _meetings(text, "2025-05-03") == []


# Event name. `Before the forum the minister also held a bilateral X Meeting`: an active verb's object is its event,
# though another head noun stands nearer before the verb.
def test_an_active_verbs_object_names_the_event() -> None:
    text = ("Before the forum the minister also held a bilateral Chile-Peru Trade Ministers' Meeting with Mr. Soto "
            "in Lima on 5 May.")
    assert [e.name for e in _meetings(text, "2025-05-06")] == ["Chile-Peru Trade Ministers' Meeting"]
    text = ("After the dialogue Secretary Hale convened the inaugural U.S.-Kenya Health Working Group in Nairobi on "
            "Monday.")
    assert [(e.name, e.ordinal) for e in _meetings(text, "2025-05-06")] == [("U.S.-Kenya Health Working Group", 1)]


# Missed event. `A and B spoke on the telephone on 17 June`: a call of the sentence's subjects, with no `with`.
def test_a_call_of_the_subjects_without_with() -> None:
    text = "President Ruto and Chancellor Merz spoke on the telephone on 4 March."
    assert [e.date for e in _meetings(text, "2025-03-05")] == ["2025-03-04"]
    text = "The two foreign ministers talked over the phone on 12 May and agreed to meet in Accra."
    assert [e.date for e in _meetings(text, "2025-05-13")] == ["2025-05-12"]
    text = "On 12 May the minister spoke by phone about the floods, the ministry said."
    assert _meetings(text, "2025-05-13") == []


# Missed events. `met Prime Minister X and President Y` (two heads of one side), `held bilateral meetings with A, B
# and C`, `held separate talks with A, …, and with B`: a meeting with each person.
def test_each_head_of_one_side_met_is_a_meeting() -> None:
    text = "President Lula met with Prime Minister Pham Minh Chinh and President Luong Cuong in Hanoi on Monday."
    assert len(_meetings(text, "2025-03-25")) == 2
    text = ("On 4 April, Foreign Minister Ana Dias met the Chairman of the National Assembly, Tran Van Minh, and the "
            "Prime Minister, Le Quang Hai, in Hanoi.")
    assert len(_meetings(text, "2025-04-05")) == 2
    # A head with a minister at the table, one person's two offices: one meeting.
    text = "In Astana on 7 May, Minister Ruiz met President Kassym Tokayev and Foreign Minister Murat Nurtleu."
    assert len(_meetings(text, "2025-05-08")) == 1
    text = "Today, Secretary Ann Cole met in Lahore with Deputy Prime Minister and Minister of Finance Ali Khan."
    assert len(_meetings(text, "2025-05-08")) == 1


def test_each_person_of_a_list_of_meetings() -> None:
    text = ("Minister Okafor held a series of bilateral meetings with Foreign Minister Ana Costa of Portugal, Foreign "
            "Minister Jan Novak of Czechia and Foreign Minister Eva Berg of Sweden on 3 May.")
    assert len(_meetings(text, "2025-05-04")) == 3
    text = ("On Sunday, Chancellor Scholz held separate talks with Premier Li, in which he raised trade, and with "
            "Yoon, with whom he discussed security.")
    assert len(_meetings(text, "2025-03-25")) == 2


# Ordinal. `welcomed X to Y on Friday for the 19th Canada-EU Summit`: a numbered ordinal in the `for` phrase.
def test_a_numbered_meeting_a_visitor_is_welcomed_for() -> None:
    text = ("Prime Minister Mark Carney welcomed the President of Mexico, Claudia Sheinbaum, to Ottawa on Friday for "
            "the 7th Canada-Mexico Summit.")
    assert [(e.date, e.ordinal) for e in _meetings(text, "2025-06-14")] == [("2025-06-13", 7)]
    text = ("Chancellor Merz received the Prime Minister of Poland, Donald Tusk, in Berlin on 2 July for the 17th "
            "annual summit.")
    assert [(e.date, e.ordinal) for e in _meetings(text, "2025-07-03")] == [("2025-07-02", 17)]


# Missed event. `announced the conclusion of the negotiations for the X Agreement`, `reached a political agreement on
# the X Agreement`: an agreement concluded, named by what follows.
def test_an_agreement_concluded_or_reached() -> None:
    text = ("Chile and the EU announced the conclusion of the negotiations for the EU-Chile Advanced Framework "
            "Agreement in Brussels on 9 December.")
    assert [(e.type, e.date, e.name) for e in _held(text, "en", "2022-12-10")] == [
        ("agreement", "2022-12-09", "EU-Chile Advanced Framework Agreement")]
    text = ("The ministers announced on Monday that they had reached a political agreement on the Kenya-Norway "
            "Green Investment Agreement.")
    assert [(e.type, e.name) for e in _held(text, "en", "2025-10-07")] == [
        ("agreement", "Kenya-Norway Green Investment Agreement")]


# Missed event. `The meeting was attended by X`: the passive's subject is a meeting held.
def test_a_meeting_attended_by_people_is_held() -> None:
    text = ("The Mercosur foreign ministers gathered in Asuncion. The meeting was attended by Mexico's Foreign "
            "Minister Juan de la Fuente and Chile's Foreign Minister Alberto van Klaveren on 8 April.")
    assert [e.date for e in _meetings(text, "2025-04-09")] == ["2025-04-08"]
    text = "The summit was attended by the leaders of Ghana and Togo in Lome on 2 March."
    assert [e.date for e in _meetings(text, "2025-03-03")] == ["2025-03-02"]


# Missed event. `hosted a state dinner for President X`: a meal given for an office-holder is a meeting with the guest.
def test_a_dinner_hosted_for_an_office_holder() -> None:
    text = "President Ruto hosted a state dinner for President Lula of Brazil at State House on 3 May."
    assert [e.date for e in _meetings(text, "2025-05-04")] == ["2025-05-03"]
    text = "On 9 June the King hosted a banquet in honour of the visiting President of Ghana in Oslo."
    assert [e.date for e in _meetings(text, "2025-06-10")] == ["2025-06-09"]


# Event name and ordinal. `the Second Alpine Energy Community (AEC) Ministerial Meeting`: an acronym in brackets
# inside a name is part of it, and so is the ordinal before it.
def test_a_bracketed_acronym_inside_a_name() -> None:
    text = ("Minister Ali Demir led the Turkish delegation to the OSCE Trade Ministers (OTM) Meeting held in Vienna "
            "on 15 May.")
    assert [e.name for e in _meetings(text, "2025-05-17")] == ["OSCE Trade Ministers (OTM) Meeting"]
    text = "Norway and Iceland co-hosted the Second Arctic Fisheries (AF) Ministerial Meeting in Tromso on 4 May."
    assert [(e.name, e.ordinal) for e in _meetings(text, "2025-05-05")] == [
        ("Second Arctic Fisheries (AF) Ministerial Meeting", 2)]
