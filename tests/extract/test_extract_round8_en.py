"""Generalisation round 8, English events: meetings told in relation to another (`Earlier in the day, …`),
who a meeting is with, datelines, launches and signings named by a noun, what `concluded` ends, agreement
nouns, a meeting in a possessive phrase, hosts welcoming a delegation for a named meeting, and the predicates
and nouns of issue 16; each rule on sentences written for these tests."""
from __future__ import annotations

import pytest

from streams.records import EventRecord
from tests.extract.sentences import extracted as _extracted
from tests.extract.sentences import held as _held


def _dialogues(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "dialogue"]


# `Earlier in the day, …`, `Later that afternoon, …`, `After the talks, …` opening a sentence: another meeting of
# the day, told in relation to the one reported; a press conference after the talks is no meeting.
def test_a_meeting_told_earlier_or_later_in_the_day_is_its_own() -> None:
    text = ("Foreign Minister Ana Rivas held talks with Prime Minister Kofi Mensah in Accra on Tuesday. "
            "Earlier in the day, Rivas attended a plenary session of the West Africa Energy Forum. "
            "Later that day, the two ministers held a joint press conference.")
    held = _dialogues(_held(text, "en", "2025-03-12"))
    assert len(held) == 2 and {e.date for e in held} == {"2025-03-11"}
    text = ("Secretary of Trade Lars Holm co-chaired the Nordic-Chile Mining Dialogue in Santiago today. "
            "Later this afternoon, Secretary Holm met with Finance Minister Elena Duarte to discuss copper "
            "refining investment.")
    assert len(_dialogues(_held(text, "en", "2024-10-02"))) == 2
    text = ("Prime Minister Aiko Tanabe held a summit meeting with President Mateus Cardoso of Brazil on May 3. "
            "After the summit meeting, a joint press conference was held.")
    assert len(_dialogues(_held(text, "en", "2024-05-04"))) == 1


# `met today in Nairobi with X`, `met virtually with X`: adverbs of time, place or means before `with` leave the
# titled person as who was met; two people met are two meetings.
def test_the_person_met_after_adverbs_of_time_place_or_means() -> None:
    text = ("Secretary of State Lena Varga met today in Nairobi with Kenyan Foreign Minister Peter Odhiambo. "
            "Secretary Varga also met with Vice President Grace Wanjiru.")
    held = _dialogues(_held(text, "en", "2024-02-14"))
    assert len(held) == 2 and {e.date for e in held} == {"2024-02-14"}
    text = ("Trade Commissioner Ilse Brandt met virtually with Minister of Commerce Arjun Mehta of India. "
            "Commissioner Brandt also met with Minister of Finance Ravi Shankar Rao.")
    assert len(_dialogues(_held(text, "en", "2024-06-20"))) == 2


# `called on President Sousa`, `a meeting with President Lee`: one name word after a title is who was met.
def test_one_name_word_after_a_title_is_the_person_met() -> None:
    text = ("President Lee Jun-ho arrived in Lisbon today for a State Visit. He called on President Sousa at the "
            "presidential palace. Prime Minister Rui Costa also held a meeting with President Lee.")
    held = _dialogues(_held(text, "en", "2024-02-14"))
    assert len(held) == 2 and {e.date for e in held} == {"2024-02-14"}
    text = ("Chancellor Petra Vogel called on King Haakon this morning. Chancellor Vogel then held a working lunch "
            "with Prime Minister Solberg.")
    assert len(_dialogues(_held(text, "en", "2024-09-03"))) == 2


# `on the morning of May 31 and discussed …`: a day followed by `and` + a verb is one day, not a span.
def test_a_day_followed_by_and_a_verb_is_no_span() -> None:
    text = ("Vice Minister Sato Ren held the 4th Japan-Mexico Economic Dialogue with Undersecretary Laura Ortiz on "
            "Thursday, October 10. Separately, Vice Minister Sato met with Deputy Minister "
            "Carlos Ruiz on the morning of October 10 and discussed cooperation on electric vehicles.")
    held = _dialogues(_held(text, "en", "2024-10-11"))
    assert len(held) == 2 and {e.date for e in held} == {"2024-10-10"}
    text = ("Minister Noor Aziz co-chaired the Malaysia-Korea Energy Forum on 2 July. In a separate meeting, "
            "Minister Aziz met with Vice Minister Han Ji-su on 2 July and agreed to expand hydrogen cooperation.")
    held = _dialogues(_held(text, "en", "2024-07-03"))
    assert len(held) == 2 and {e.date for e in held} == {"2024-07-02"}


# A wire dateline (`SEOUL, March 14 (Yonhap)`, `WASHINGTON, Jun 7 (PTI)`, `CANBERRA, 5 June -`) gives the day of
# the report; the weekday in the sentence is the day of the event.
def test_a_wire_dateline_is_the_report_day() -> None:
    text = "SEOUL, March 14 (Yonhap) South Korea and Chile on Wednesday held their first Lithium Dialogue in Seoul."
    assert [e.date for e in _held(text, "en", "2024-03-14")] == ["2024-03-13"]
    text = "CANBERRA, 5 June - Australia and Fiji on Monday signed a maritime security arrangement."
    assert [e.date for e in _held(text, "en", "2024-06-05")] == ["2024-06-03"]
    text = "NEW DELHI, June 5 (IANS) India and Japan on Tuesday held their annual 2+2 ministerial dialogue."
    assert [e.date for e in _held(text, "en", "2024-06-05")] == ["2024-06-04"]
    # A weekday in parentheses is no agency: `on June 5 (Tuesday)` is the day.
    text = "The ministers of Peru and Korea held the Pacific Fisheries Dialogue on June 5 (Wednesday) in Lima."
    assert [e.date for e in _held(text, "en", "2024-06-07")] == ["2024-06-05"]


# `announced the launch of the X Partnership`, `highlighted the launch of the Y Network on Monday`: a launch named
# by its noun; `look forward to the launch of …` is not one yet.
def test_a_launch_named_by_its_noun() -> None:
    text = ("Trade Minister Sara Holm and Ghana's Minister of Trade Kwame Boateng today announced the launch of the "
            "Sweden-Ghana Green Industry Partnership (GIP).")
    held = _held(text, "en", "2024-05-02")
    assert [(e.type, e.date) for e in held] == [("launch", "2024-05-02")]
    assert "Green Industry Partnership" in (held[0].name or "")
    text = ("The ministers also marked the official launch of the Pacific Critical Minerals Finance Network in "
            "Sydney on Monday.")
    assert [(e.type, e.date) for e in _held(text, "en", "2024-05-02")] == [("launch", "2024-04-29")]
    text = "The leaders look forward to the launch of the Ocean Data Initiative next year."
    assert _held(text, "en", "2024-05-02") == []


# `whose negotiations were concluded in 2012`, `signed during 2019`: a year alone dates an event referred to in
# passing; `since 2013` and `by 2030` do not date one.
def test_a_year_alone_dates_a_past_event() -> None:
    text = ("The EU-Andean Trade Agreement, whose negotiations were concluded in 2012, has been applied since 2013. "
            "The EU and Ecuador today signed a Digital Partnership.")
    events = [(e.type, e.date, e.mentioned) for e in _extracted(text, "en", "2024-05-08")]
    assert events == [("agreement", None, True), ("agreement", "2024-05-08", False)]
    text = ("Norway and Indonesia signed a Letter of Intent on forests in 2010. On Monday the two countries signed a "
            "memorandum on blue carbon, aiming for joint projects by 2030.")
    events = [(e.type, e.date, e.mentioned) for e in _extracted(text, "en", "2024-09-04")]
    assert events == [("agreement", None, True), ("agreement", "2024-09-02", False)]


# `signed a contract`, `signed the Terms of Reference`, `concluded a pact`, `signed a charter`: documents signed.
def test_contracts_pacts_charters_and_terms_of_reference_are_signed_documents() -> None:
    text = "Poland's state energy firm signed a contract with Canada's Candu Energy on Thursday to build two reactors."
    assert [(e.type, e.date) for e in _held(text, "en", "2024-11-29")] == [("agreement", "2024-11-28")]
    text = "On 12 March, the two co-chairs signed the Terms of Reference of the Nordic-Baltic Grid Security Forum."
    assert [(e.type, e.date) for e in _held(text, "en", "2024-03-13")] == [("agreement", "2024-03-12")]
    text = "Kazakhstan and Uzbekistan today signed a water-sharing pact for the Syr Darya basin."
    assert [(e.type, e.date) for e in _held(text, "en", "2024-03-13")] == [("agreement", "2024-03-13")]


# Issue 16, kind 2: each meeting predicate and event noun, in a name never seen before, gives a held event of the
# day named, with its type.
_PREDICATES = {
    "held": ("Mongolia and Austria held the first Mongolia-Austria Mining Consultation in Vienna on Tuesday.",
             "dialogue"),
    "met": ("Foreign Minister Oyun Batbold of Mongolia met with Federal Minister Klara Weiss of Austria in Vienna on "
            "Tuesday.", "dialogue"),
    "convened": ("Latvia convened the Baltic-Nordic Customs Roundtable in Riga on Tuesday.", "dialogue"),
    "hosted": ("Chile hosted the inaugural Andean Water Security Workshop in Santiago on Tuesday.", "dialogue"),
    "co-chaired": ("Minister Tariq Aziz of Pakistan and Secretary Helen Park of Korea co-chaired the Pakistan-Korea "
                   "Joint Economic Council in Islamabad on Tuesday.", "dialogue"),
    "joined": ("Vice Minister Nadia Rahman of Bangladesh joined the Indian Ocean Blue Economy Forum in Colombo on "
               "Tuesday.", "dialogue"),
    "launched": ("Ghana and Norway launched the West Africa Fisheries Transparency Initiative on Tuesday.", "launch"),
    "signed": ("Uruguay and Korea signed a memorandum of understanding on hydrogen on Tuesday.", "agreement"),
    "board": ("The Supply Chain Advisory Board of Peru and Chile held its first meeting in Lima on Tuesday.",
              "dialogue"),
    "convening": ("The United States hosted a convening of Fiji, Samoa and Tonga on fisheries in Honolulu on "
                  "Tuesday.", "dialogue"),
    "steering committee": ("Officials of Brazil and Nigeria held a Steering Committee meeting of the Green Hydrogen "
                           "Partnership in Abuja on Tuesday.", "dialogue"),
    "senior officials": ("Canada and Vietnam held a Senior Officials' meeting on trade in Hanoi on Tuesday.",
                         "dialogue"),
    "dialogue": ("Kenya and Japan held the third Kenya-Japan Policy Dialogue on Tuesday in Nairobi.", "dialogue"),
    "talks": ("Qatar and Morocco held talks on energy in Doha on Tuesday.", "dialogue"),
    "council": ("The Canada-Korea Joint Economic Council met in Ottawa on Tuesday.", "dialogue"),
}


@pytest.mark.parametrize("word", sorted(_PREDICATES))
def test_issue_16_predicates_and_nouns(word: str) -> None:
    text, etype = _PREDICATES[word]
    assert [(e.type, e.date) for e in _held(text, "en", "2025-02-20")] == [(etype, "2025-02-18")]


# Issue 16, kind 5: `today` is the publication day; an event on a stated day is held even beside a past one.
def test_today_is_the_publication_day_beside_a_past_event() -> None:
    text = ("Ireland and Chile held the second Ireland-Chile Ocean Dialogue today. The first dialogue was held in "
            "Santiago in March 2023.")
    events = [(e.type, e.date, e.mentioned) for e in _extracted(text, "en", "2025-02-20")]
    assert ("dialogue", "2025-02-20", False) in events and ("dialogue", None, True) in events


# `During their meeting at the presidential office, …`, `… in their first face-to-face summit`: a meeting named by a
# possessive noun phrase is the meeting of the sentence's subjects; `at their next meeting` is not held.
def test_a_meeting_named_by_their_noun_phrase() -> None:
    text = ("President Ana Costa of Portugal and President Lee of Korea launched a hydrogen partnership on Friday in "
            "their first face-to-face summit at the Belem Palace.")
    held = _held(text, "en", "2024-05-25")
    assert sorted((e.type, e.date) for e in held) == [("dialogue", "2024-05-24"), ("launch", "2024-05-24")]
    text = ("Today, President Kim welcomed Prime Minister Raúl Ortega of Spain to Seoul for an official visit. During "
            "their meeting at the presidential office, the two leaders adopted a Joint Declaration on strategic "
            "partnership.")
    assert [(e.type, e.date) for e in _held(text, "en", "2024-05-25")] == [("dialogue", "2024-05-25")]
    text = ("The foreign ministers of Italy and Egypt will review progress at their next meeting in Rome. At their "
            "last meeting in March, they agreed to expand gas trade.")
    assert _held(text, "en", "2024-05-25") == []
