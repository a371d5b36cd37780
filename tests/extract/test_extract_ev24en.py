"""Round 20 (ev24en): English ways of telling a held event the rules missed (read from every tuning set's English
event errors, fresh16/tune first), probed with sentences written for these tests (people, places, dates and wording
of our own). Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import extracted, held


def _days(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return sorted((e.type, e.date) for e in events)


# `signed … on Monday, following their summit`, `told reporters after talks with X`, `signed … during a virtual summit
# between A and B`: a meeting told by a noun in a clause of time inside the sentence is held, an event of its own.
def test_a_meeting_in_a_clause_of_time() -> None:
    text = ("Prime Minister Fumio Kishida and President Ferdinand Marcos Jr. signed a reciprocal access agreement in "
            "Manila on Monday, following their summit at Malacanang Palace.")
    assert _days(held(text, "en", "2024-07-09")) == [("agreement", "2024-07-08"), ("dialogue", "2024-07-08")]
    text = "Chancellor Olaf Scholz told a joint news conference in Berlin on Tuesday after talks with Anthony Albanese."
    assert _days(held(text, "en", "2024-07-03")) == [("dialogue", "2024-07-02")]
    text = ("Australia and India today signed an interim trade agreement during a virtual summit between Prime "
            "Minister Scott Morrison and Prime Minister Narendra Modi.")
    assert _days(held(text, "en", "2022-04-02")) == [("agreement", "2022-04-02"), ("dialogue", "2022-04-02")]


# `signed a Joint Declaration on …`, `signed a joint statement of intent`, `signed the Initiative on …`, `signed the
# convention establishing …`: documents signed, so agreements (not a statement, not a launch); `exchanged views on the
# X Initiative` signs nothing.
def test_signed_declarations_initiatives_and_conventions_are_agreements() -> None:
    text = ("Prime Minister Justin Trudeau and President Yoon Suk Yeol on Wednesday signed a Joint Declaration on "
            "Cooperation in Critical Minerals Supply Chains in Seoul.")
    assert _days(held(text, "en", "2023-05-18")) == [("agreement", "2023-05-17")]
    text = ("On Thursday, Canada's Minister Francois-Philippe Champagne and Germany's Minister Bettina Stark-Watzinger "
            "signed a joint statement of intent on research cooperation in Ottawa.")
    assert _days(held(text, "en", "2023-06-23")) == [("agreement", "2023-06-22")]
    text = ("In Rome on Tuesday, the defence ministers of Italy, Japan and the United Kingdom signed the convention "
            "setting up a joint office for the fighter programme.")
    assert _days(held(text, "en", "2024-03-21")) == [("agreement", "2024-03-19")]
    text = "The two ministers exchanged views on the Indo-Pacific Oceans Initiative in Tokyo on Monday."
    assert ("agreement", "2024-03-18") not in _days(held(text, "en", "2024-03-19"))


# `a ceremony for the signing of memorandums of understanding`, `witnessed the exchange of documents`: a plural signed
# needs no determiner (`the signing of memoranda …, which were exchanged …` is the verb's one signing).
def test_a_plural_signing_named_by_its_noun() -> None:
    text = ("President Lula da Silva received President Emmanuel Macron in Belem on Tuesday. A ceremony for the "
            "signing of memorandums of understanding followed.")
    assert ("agreement", "2024-03-26") in _days(held(text, "en", "2024-03-27"))
    text = ("After their talks in Hanoi on Monday, the two leaders witnessed the exchange of documents on trade and "
            "health.")
    assert ("agreement", "2023-09-11") in _days(held(text, "en", "2023-09-12"))
    text = ("The two leaders welcomed the signing of memoranda of understanding on health and on energy, which were "
            "exchanged in their presence in Jakarta on Friday.")
    assert [t for t, _ in _days(held(text, "en", "2024-05-11"))].count("agreement") == 1


# `met Saudi Crown Prince and Prime Minister X`: one person's two offices after a country's adjective, one meeting.
def test_one_person_with_two_offices_after_a_country_adjective() -> None:
    text = ("Prime Minister Rishi Sunak met Saudi Crown Prince and Prime Minister Mohammed bin Salman in Riyadh on "
            "Thursday.")
    assert _days(held(text, "en", "2023-10-20")) == [("dialogue", "2023-10-19")]
    text = ("President Emmanuel Macron met Kuwaiti Crown Prince and Deputy Emir Mishal Al-Ahmad in Paris on "
            "Monday.")
    assert _days(held(text, "en", "2023-06-13")) == [("dialogue", "2023-06-12")]


# `signed the X, which replaces the declaration issued in 2007`: a relative clause after the object tells another
# time; its year does not make the signing one referred to in passing.
def test_a_relative_clause_date_is_not_the_events() -> None:
    text = ("Prime Minister Keir Starmer held talks with Chancellor Olaf Scholz in London today. The two leaders "
            "signed a memorandum of understanding on defence, which builds on the partnership agreed in 2021.")
    assert ("agreement", "2024-10-23") in _days(held(text, "en", "2024-10-23"))
    text = ("Australia's trade minister met his Indian counterpart in Canberra today. The two ministers signed a "
            "memorandum of understanding on critical minerals, which updates the arrangement concluded in 2019.")
    assert ("agreement", "2024-02-20") in _days(held(text, "en", "2024-02-20"))


# `In April, during the state visit, …`: a sentence-opening `In <month>` dates the event (a past one referred to).
def test_a_sentence_opening_month() -> None:
    text = "In April, Lee Jong-ho and Arati Prabhakar signed a memorandum of understanding on quantum science."
    events = extracted(text, "en", "2023-06-28")
    assert events and all(e.mentioned for e in events)
    text = "In March, the two foreign ministers met in Canberra to review the partnership."
    events = extracted(text, "en", "2024-06-10")
    assert events and all(e.mentioned for e in events)


# `X said Sunday that he and Y met … the previous afternoon`: the day before the day the report gives is the held
# meeting's own (told as news, not referred to in passing).
def test_the_previous_day_of_a_reported_day() -> None:
    text = ("President Emmanuel Macron said Wednesday that he and Chancellor Olaf Scholz met for three hours the "
            "previous evening in Hamburg.")
    assert _days(held(text, "en", "2023-10-11")) == [("dialogue", "2023-10-10")]
    text = ("Prime Minister Anthony Albanese said on Sunday that he held talks with President Xi Jinping in Lima "
            "the previous afternoon.")
    assert _days(held(text, "en", "2024-11-18")) == [("dialogue", "2024-11-16")]


# `The inter-Korean joint liaison office was launched on …`, `The Japan-China defence hotline was launched on Friday`:
# a passive launch whose subject (a body of parties) names no launch head.
def test_a_passive_launch_of_a_body_of_parties() -> None:
    text = "The Japan-China defence hotline was launched on Friday, the two defence ministries said."
    assert _days(held(text, "en", "2023-04-01")) == [("launch", "2023-03-31")]
    text = ("The Korea-Japan-China trilateral cooperation secretariat was officially inaugurated in Seoul on "
            "Thursday.")
    assert _days(held(text, "en", "2011-09-02")) == [("launch", "2011-09-01")]
    assert held("The ballistic missile was launched on Friday.", "en", "2023-04-01") == []


# `spoke on the telephone today with Sir Keir Starmer`: a call `on the telephone`, with a person styled `Sir`/`Dame`.
def test_a_call_on_the_telephone_with_a_styled_person() -> None:
    text = "President Joe Biden spoke on the telephone today with Sir Keir Starmer and congratulated him."
    assert _days(held(text, "en", "2024-07-06")) == [("dialogue", "2024-07-06")]
    text = "Prime Minister Chris Hipkins spoke on the phone on Monday with Sir Keir Starmer about trade."
    assert _days(held(text, "en", "2024-07-10")) == [("dialogue", "2024-07-08")]


# `travelled to Lebanon today together with the President of Cyprus, X, for a meeting with …`: a companion named on
# the way does not hide the meeting travelled for.
def test_travelled_with_a_companion_for_a_meeting() -> None:
    text = ("President Ursula von der Leyen travelled to Tunisia today together with Prime Minister Giorgia Meloni, "
            "for a meeting with President Kais Saied.")
    assert _days(held(text, "en", "2023-06-11")) == [("dialogue", "2023-06-11")]
    text = ("Prime Minister Mark Rutte flew to Tunis on Sunday with Prime Minister Giorgia Meloni, for talks with "
            "President Kais Saied.")
    assert _days(held(text, "en", "2023-06-12")) == [("dialogue", "2023-06-11")]


# `Earlier in the day, at the eighth trilateral summit …, the leaders adopted …`: a meeting opening the sentence after
# an adverbial of order is another meeting of the day, beside the one reported.
def test_an_opening_meeting_after_an_adverbial_of_order() -> None:
    text = ("Prime Minister Fumio Kishida and President Yoon Suk Yeol held bilateral talks in Seoul on Monday. "
            "Earlier in the day, at the ninth trilateral summit, the three leaders agreed to resume trade talks.")
    assert _days(held(text, "en", "2024-05-28")) == [("dialogue", "2024-05-27"), ("dialogue", "2024-05-27")]
    text = ("Prime Minister Narendra Modi met Prime Minister Anthony Albanese in Sydney on Wednesday. Later that day, "
            "at the first annual leaders' summit of the two countries, they agreed to expand trade.")
    assert _days(held(text, "en", "2023-05-25")) == [("dialogue", "2023-05-24"), ("dialogue", "2023-05-24")]
