"""English multi-day reports, round 29b (session 20, trip30en): a line of its own holding only a place and a day
(`Kyiv, March 21`, `Thursday, 6 April - Beijing`) heads the section of a trip report telling that day, so the
undated meetings under it are of that day and its place, even when no dated meeting comes before it. Sentences
written for these tests (none is a corpus document), each failing at this round's start (d168341)."""
from __future__ import annotations

from tests.extract.sentences import extracted


def _days(text: str, published: str) -> list[str | None]:
    return sorted(str(e.date) for e in extracted(text, "en", published) if e.type == "dialogue" and not e.mentioned)


_KISHIDA = ("Prime Minister Kishida Visits Ukraine and Poland\n\nMarch 23, 2023\n\nPrime Minister Fumio Kishida "
            "travelled to Ukraine and to Poland on March 21-22.\n\nKyiv, March 21\n\nThe Prime Minister held a summit "
            "meeting with President Volodymyr Zelenskyy at the Mariinskyi Palace. The two leaders confirmed close "
            "cooperation on the reconstruction of Ukraine.\n\nWarsaw, March 22\n\nThe Prime Minister then met Prime "
            "Minister Mateusz Morawiecki. They agreed to work together on support for Ukraine's neighbours.",
            "2023-03-23")


def test_place_then_day_headings_date_their_sections() -> None:
    assert _days(_KISHIDA[0], _KISHIDA[1]) == ["2023-03-21", "2023-03-22"]


def test_place_day_heading_gives_its_section_the_city() -> None:
    got = {str(e.date): e.location.city for e in extracted(_KISHIDA[0], "en", _KISHIDA[1]) if e.type == "dialogue"}
    assert got == {"2023-03-21": "Kyiv", "2023-03-22": "Warsaw"}


def test_weekday_day_dash_place_headings_date_their_sections() -> None:
    got = _days("President Macron's state visit to China\n\nPress release\n8 April 2023\n\nPresident Emmanuel Macron "
                "paid a state visit to China, accompanied by a business delegation.\n\nThursday, 6 April - Beijing\n"
                "In the Chinese capital, the President held talks with President Xi Jinping at the Great Hall of the "
                "People. The two presidents discussed the war in Ukraine.\n\nFriday, 7 April - Guangzhou\nIn "
                "Guangzhou, the President met President Xi again for an informal talk at the residence of the "
                "provincial governor.", "2023-04-08")
    assert got == ["2023-04-06", "2023-04-07"]


# `On Monday, …. At their meeting in Accra, …`: a meeting told just after a sentence that opens with a day and tells
# no meeting is of that day, the trip's next stop.
def _dated(text: str, published: str) -> set[str]:
    return set(_days(text, published))


def test_weekday_opening_sentence_dates_the_meeting_after_it() -> None:
    got = _dated("KINSHASA, March 5 - French President Emmanuel Macron ended a four-nation tour of Central Africa on "
                 "Saturday with talks with Congolese President Felix Tshisekedi in Kinshasa.\n\nThe tour started in "
                 "Gabon. On Wednesday, Macron arrived in Libreville for a summit on protecting the forests of the "
                 "Congo Basin. At their meeting there, he and President Ali Bongo Ondimba discussed forest "
                 "protection and the French military presence.", "2023-03-05")
    assert "2023-03-01" in got


def test_arrival_day_dates_the_meeting_later_that_day() -> None:
    got = _dated("Secretary Blinken's Travel to the People's Republic of China\n\nJune 20, 2023\n\nSecretary of State "
                 "Antony J. Blinken traveled to Beijing on June 18-19. On arrival in Beijing on June 18, the Secretary "
                 "was greeted at the airport by officials of the Ministry of Foreign Affairs. Later that day, the "
                 "Secretary held talks with Foreign Minister Qin Gang at the Diaoyutai State Guesthouse.\n\nOn June "
                 "19, the Secretary met Director Wang Yi and then President Xi Jinping.", "2023-06-20")
    assert "2023-06-18" in got
