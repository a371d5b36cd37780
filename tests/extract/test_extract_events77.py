"""Round 77: Japan's economic-security diplomacy with South and Southeast Asia, Africa, Latin America and the Gulf.
Sentences written for these tests (real public facts or plausible ones, our own wording; none from the corpus), each
failing before its rule (at 8fa8505e) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published"), [
    ("MALE, Oct. 3 (Kyodo) -- Japan and the Maldives held talks in Male on Thursday on maritime security in the "
     "Indian Ocean and the fight against piracy.", "2024-10-04"),
    ("PORT LOUIS, Oct. 3 (AFP) -- Japan and Mauritius held talks on Thursday on port security across the Indian Ocean "
     "Rim.", "2024-10-04"),
])
def test_the_indian_ocean_is_no_party(text: str, published: str) -> None:
    """`Indian Ocean states`, `the Indian Ocean Rim`: the ocean, not India."""
    events = held(text, "en", published)
    assert events and "IND" not in events[0].participants


@pytest.mark.parametrize(("text", "published", "parties"), [
    ("MAPUTO, Aug. 22 (AFP) -- Japan and Mozambique held talks on Friday on a new initiative for the Nacala "
     "Corridor, which links landlocked Zambia and Malawi with the sea.", "2025-08-23", {"JPN", "MOZ"}),
    ("NAIROBI, May 5 -- Japan and Kenya held talks on Monday on the Northern Corridor railway, which runs from "
     "Mombasa to Uganda and Rwanda.", "2025-05-06", {"JPN", "KEN"}),
])
def test_a_relative_clause_describing_a_region_names_no_party(text: str, published: str, parties: set[str]) -> None:
    """`the Nacala Corridor, which links landlocked Zambia and Malawi with the sea`: what the region links or serves
    is not who met."""
    events = held(text, "en", published)
    assert events and set(events[0].participants) == parties


@pytest.mark.parametrize(("text", "published", "people"), [
    ("Yokohama, Aug. 21 (Jiji Press)--Japanese Prime Minister Shigeru Ishiba on Thursday asked Tanzanian President "
     "Samia Suluhu Hassan to support Japanese investment in her country's ports.\n\nAt their meeting in Yokohama, "
     "Ishiba also told Hassan that Japan will expand its training programmes for port engineers.", "2025-08-22",
     {"Shigeru Ishiba", "Samia Suluhu Hassan"}),
    ("TOKYO, March 4 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya on Tuesday urged Philippine Foreign "
     "Secretary Enrique Manalo to speed up talks on a reciprocal access deal.\n\nDuring their talks in Tokyo, Iwaya "
     "also said Japan will provide more patrol boats to the Philippine coast guard.", "2025-03-05",
     {"Takeshi Iwaya", "Enrique Manalo"}),
])
def test_their_meeting_is_of_the_two_named_before(text: str, published: str, people: set[str]) -> None:
    """`… asked President X to …` then `At their meeting in Yokohama, Ishiba also told X that Japan will …`: the
    meeting is the two's; a future in what was said does not make it a plan (and a wire's agency in brackets is no
    one)."""
    meetings = [e for e in held(text, "en", published) if e.type == "dialogue"]
    assert meetings and {d.name for d in meetings[0].delegates} == people


@pytest.mark.parametrize(("text", "published"), [
    ("YOKOHAMA, Aug. 22 (Kyodo) -- Prime Minister Shigeru Ishiba held talks with President Daniel Chapo on Friday. "
     "During the conference he met separately with more than 30 African leaders.", "2025-08-23"),
    ("NEW YORK, Sept. 25 (Yonhap) -- President Lee Jae Myung held talks with President Emmanuel Macron on Wednesday. "
     "He also met bilaterally with 12 other leaders on the sidelines of the General Assembly.", "2025-09-26"),
])
def test_a_tally_of_leaders_met_is_no_meeting(text: str, published: str) -> None:
    """`met separately with 34 African and other leaders during the event`: a tally of meetings, none of them told."""
    assert len(held(text, "en", published)) == 1


@pytest.mark.parametrize(("text", "published", "ordinal"), [
    ("NEW DELHI, July 28 -- Foreign Minister Yoshimasa Hayashi and External Affairs Minister S. Jaishankar held the "
     "15th round of their countries' foreign ministers' strategic dialogue in New Delhi on Thursday.", "2023-07-28",
     15),
    ("CANBERRA, Sept 5 -- Ministers of Australia and Indonesia held the ninth round of their annual two-plus-two "
     "dialogue in Canberra on Thursday.", "2025-09-06", 9),
])
def test_the_round_of_their_series(text: str, published: str, ordinal: int) -> None:
    """`held the 15th round of their countries' foreign ministers' strategic dialogue`: the round, with lower-case words
    of the series between it and the head."""
    assert [e.ordinal for e in held(text, "en", published)] == [ordinal]


@pytest.mark.parametrize(("text", "published"), [
    ("On August 4, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with "
     "Mr. Theresa LAZARO, Secretary of Foreign Affairs of the Philippines, in Manila.\n\n1. At the outset, Secretary "
     "Lazaro welcomed Minister Iwaya, and Minister Iwaya expressed his appreciation.", "2025-08-05"),
    ("On May 2, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Mr. Mauro VIEIRA, "
     "Minister of Foreign Affairs of Brazil, in Brasilia.\n\nAt the beginning, Minister Vieira welcomed Minister "
     "Kamikawa to Brazil.", "2024-05-03"),
])
def test_a_welcome_at_the_outset_opens_the_meeting_told(text: str, published: str) -> None:
    """`1. At the outset, Minister X welcomed Minister Y`: the opening of the meeting just told, not a second one."""
    assert len(held(text, "en", published)) == 1
