"""Round 14 of issue 16 (ev17): reporting constructions of meetings and signings the rules missed, probed with
sentences written for these tests (people, places, dates and wording of our own, partners far beyond one region).
Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _events(text: str, published: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return sorted((e.type, e.date) for e in _held(text, lang, published))


def _held_events(text: str, published: str) -> list[EventRecord]:
    return _held(text, "en", published)


# Missed events. `Meeting in Astana on 4 March, the ministers agreed …`, `Following their meeting in Baku on 4 March,
# …`, `Speaking after talks with President X in Bogota on 4 March, …`: an opening participle or after-phrase names a
# meeting held when it gives a day or a place; `After the talks, …` alone is the reported meeting's, no new one.
def test_a_meeting_in_an_opening_participle_or_after_phrase() -> None:
    text = ("Meeting in Astana on 4 March, the foreign ministers of Kazakhstan and Uzbekistan agreed to expand transit "
            "trade.")
    assert _events(text, "2025-03-05") == [("dialogue", "2025-03-04")]
    text = ("Following their meeting in Baku on 12 May, the presidents of Azerbaijan and Kyrgyzstan signed a "
            "memorandum on transit.")
    assert _events(text, "2025-05-13") == [("agreement", "2025-05-12"), ("dialogue", "2025-05-12")]
    text = ("Speaking after talks with Colombian President Gustavo Petro in Bogota on 9 June, President Sheinbaum said "
            "the two countries would deepen trade.")
    events = _held_events(text, "2025-06-10")
    assert [(e.type, e.date) for e in events] == [("dialogue", "2025-06-09")]
    assert set(events[0].participants) >= {"COL"}
    # No day or place: the meeting reported elsewhere, not a new one.
    assert _events("After the talks, the two ministers signed a memorandum on fisheries.", "2025-06-10") == [
        ("agreement", None)]


# Missed event. `The two ministers exchanged views … during a telephone call on 4 March`: a call of the subjects
# named by `a (tele)phone/video call` with no verb of its own.
def test_a_call_told_by_during_a_phone_call() -> None:
    text = "The two ministers exchanged views on the Sahel during a telephone call on 4 March."
    assert _events(text, "2025-03-05") == [("dialogue", "2025-03-04")]
    text = "In a brief phone call on Tuesday, President Ruto and President Lula discussed debt relief."
    assert _events(text, "2025-03-06") == [("dialogue", "2025-03-04")]


# Missed events. `signed seven documents covering …`, `witnessed the exchange of five agreements`: a signing of a
# counted set of documents is an agreement; a tally (`more than 70 memoranda`) by companies is not.
def test_a_signing_of_counted_documents() -> None:
    text = "On 4 March in Cairo, the ministers signed seven documents covering energy, transport and health."
    assert _events(text, "2025-03-05") == [("agreement", "2025-03-04")]
    text = ("On 4 March, Qatar's Emir Sheikh Tamim and Rwanda's President Paul Kagame witnessed the exchange of five "
            "agreements in Doha.")
    assert _events(text, "2025-03-05") == [("agreement", "2025-03-04")]
    text = ("On 4 March in Luanda, 12 bilateral instruments were signed in the presence of President Lourenco and "
            "President Ruto.")
    assert _events(text, "2025-03-05") == [("agreement", "2025-03-04")]
    text = "On 4 March in Abu Dhabi, the UAE and Indonesian governments exchanged some 8 memoranda of understanding."
    assert _events(text, "2025-03-05") == [("agreement", "2025-03-04")]
    text = "On 4 March, Chilean and Korean firms signed more than 40 memoranda of understanding in Santiago."
    assert _events(text, "2025-03-05") == []


# Missed agreement, false agreement. `an exchange of notes … was signed` is a signing; `A defence agreement, once
# concluded, would …` is a condition, not a signing.
def test_an_exchange_of_notes_and_a_conditional_conclusion() -> None:
    text = "On 4 March in Accra, an exchange of notes on a grant for water projects was signed by the two ministers."
    assert _events(text, "2025-03-05") == [("agreement", "2025-03-04")]
    text = ("On 8 July, a visiting forces agreement between Peru and Brazil, once concluded, would ease joint "
            "exercises.")
    assert _events(text, "2025-07-09") == []
    text = "On 2 July, a Kenya-UAE economic partnership agreement, once signed, would cut tariffs on tea."
    assert _events(text, "2025-07-09") == []


# False event. `later met members of the Kenyan business community`, `then met Brazilian residents`: people met who
# are no counterpart delegation make no meeting beside the day's talks (`met Foreign Minister X` still does).
def test_no_meeting_with_residents_or_business_people() -> None:
    text = ("President Ruto held talks with Prime Minister Ishiba in Tokyo on 4 March.\n\nOn arrival that morning, "
            "Ruto laid a wreath at a memorial, and later met members of the Kenyan business community in Japan.")
    assert _events(text, "2025-03-05") == [("dialogue", "2025-03-04")]
    text = ("President Lula held talks with President Ramaphosa in Pretoria on 9 May.\n\nLula then met Brazilian "
            "residents and students in Johannesburg.")
    assert _events(text, "2025-05-10") == [("dialogue", "2025-05-09")]
    text = "On 4 March in Lima, the minister met Peruvian Foreign Minister Elmer Schialer."
    assert _events(text, "2025-03-05") == [("dialogue", "2025-03-04")]
