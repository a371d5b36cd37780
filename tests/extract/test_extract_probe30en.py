"""English long reports telling several meetings, round 30 (session 21, probe30en). Sentences written for these
tests (none is a corpus document, all real meetings), each failing at this round's start (beb2d1f)."""
from __future__ import annotations

from tests.extract.sentences import extracted, held


def _meetings(text: str, published: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return sorted((str(e.date), e.location.city or "", tuple(sorted(e.participants)))
                  for e in held(text, "en", published) if e.type == "dialogue")


# Wire copy writes a descriptive title in lower case between the person's side and the name (`Chinese leader Xi
# Jinping`, `Communist Party chief Nguyen Phu Trong`): the person after it is the one met, so a later meeting of the
# day with someone else is a meeting of its own, not the first one again.
def test_lower_case_wire_title_names_the_person_called() -> None:
    got = _meetings("WASHINGTON (AP) — President Donald Trump said Thursday he had a long phone call with Chinese "
                    "leader Xi Jinping about trade. Hours later, Trump welcomed German Chancellor Friedrich Merz to "
                    "the Oval Office, where the two discussed the war in Ukraine.", "2025-06-05")
    assert [p for _, _, p in got] == [("CHN", "USA"), ("DEU", "USA")]


def test_lower_case_wire_title_names_the_person_of_a_closing_meeting() -> None:
    got = held("HANOI, June 20 (Reuters) - Putin later met Prime Minister Pham Minh Chinh to discuss oil and gas "
               "projects, and wrapped up the visit with a meeting with Communist Party chief Nguyen Phu Trong, who "
               "had invited him.", "en", "2024-06-20")
    met = sorted(d.name for e in got if e.type == "dialogue" for d in e.delegates if d.country == "VNM")
    assert len([e for e in got if e.type == "dialogue"]) == 2 and met == ["Nguyen Phu Trong", "Pham Minh Chinh"]


# `X's first meeting with U.S. President Y at the White House on Tuesday was cordial`: a possessive owner stands where
# `the`/`their` did before the subject meeting noun, and the person's side may be an abbreviation (`U.S.`).
def test_possessive_subject_meeting_is_held() -> None:
    got = _meetings("OTTAWA — Prime Minister Mark Carney's first meeting with U.S. President Donald Trump at the "
                    "White House on Tuesday was cordial but brought no relief from tariffs.", "2025-05-08")
    assert got == [("2025-05-06", "Washington", ("CAN", "USA"))]


def test_possessive_subject_talks_with_abbreviated_side() -> None:
    got = _meetings("TOKYO (Kyodo) -- Prime Minister Fumio Kishida's summit with U.S. President Joe Biden at the "
                    "White House on Wednesday lasted about two hours, a Japanese official said.", "2024-04-11")
    assert got == [("2024-04-10", "Washington", ("JPN", "USA"))]


# `A day later he flew to Paris, where he and President X agreed …, before travelling on to Warsaw for talks with Y`:
# the journey's `where` clause with the traveller and a titled person tells the stop's meeting; a participle of travel
# after `before` tells the next stop's; `a day later`/`the next day` is the day after the one told before.
_MERZ = ("BERLIN — Friedrich Merz was sworn in as Germany's chancellor on Tuesday after a second round of voting in "
         "the Bundestag. A day later he flew to Paris, where he and President Emmanuel Macron agreed to set up a "
         "Franco-German defence and security council, before travelling on to Warsaw for talks with Prime Minister "
         "Donald Tusk the same evening.")


def test_journey_where_clause_and_onward_travel_are_two_meetings() -> None:
    got = {(d, c) for d, c, _ in _meetings(_MERZ, "2025-05-08")}
    assert got == {("2025-05-07", "Paris"), ("2025-05-07", "Warsaw")}


def test_next_day_counts_from_the_day_told_before() -> None:
    got = _meetings("SEOUL (Reuters) - Secretary of State Antony Blinken and Defense Secretary Lloyd Austin held "
                    "security talks with their Japanese counterparts in Tokyo on Tuesday. The next day Blinken flew to "
                    "Seoul, where he and Foreign Minister Chung Eui-yong discussed North Korea.", "2021-03-18")
    assert ("2021-03-17", "Seoul", ("KOR", "USA")) in got


def test_travelling_alone_tells_no_meeting_held() -> None:
    got = extracted("BEIJING (AFP) - Prabowo is due to meet US President Joe Biden at the White House on Tuesday, "
                    "before travelling to Peru for the APEC summit.", "en", "2024-11-10")
    assert not [e for e in got if not e.mentioned]


# `Later in the day, A and B signed a … agreement` after another pair's signing: another document of the day, with its
# own parties (`After the talks, they signed …` is not marked so).
def _agreements(text: str, published: str) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(e.participants)) for e in held(text, "en", published) if e.type == "agreement")


def test_later_in_the_day_signing_is_another_agreement() -> None:
    got = _agreements("BERLIN (AP) — Chancellor Olaf Scholz and Ukrainian President Volodymyr Zelenskyy signed a "
                      "long-term security agreement in Berlin on Friday. Later in the day, French President Emmanuel "
                      "Macron and Zelenskyy signed a similar agreement in Paris.", "2024-02-16")
    assert got == [("DEU", "UKR"), ("FRA", "UKR")]


def test_later_that_day_signing_at_a_summit_is_another_agreement() -> None:
    got = _agreements("BARI, Italy (Reuters) - Japanese Prime Minister Fumio Kishida and Ukrainian President "
                      "Volodymyr Zelenskyy signed a ten-year support accord on Thursday at the Group of Seven summit. "
                      "Later that day, U.S. President Joe Biden and Zelenskyy signed a bilateral security agreement.",
                      "2024-06-13")
    assert ("UKR", "USA") in got and len(got) == 2


# `X arrived in Kyiv on Tuesday. He then held talks with Y`: a meeting told with `then` right after a sentence that
# names a day and tells no meeting is of that day, and what follows `After the talks` is of it too.
def _dialogue_days(text: str, published: str) -> list[str]:
    return sorted(str(e.date) for e in held(text, "en", published) if e.type == "dialogue")


def test_then_dates_the_meeting_by_the_sentence_before() -> None:
    got = _dialogue_days("KYIV (Kyodo) -- Japanese Prime Minister Fumio Kishida left Ukraine on Wednesday after a "
                         "surprise visit. He had arrived in Kyiv by train on Tuesday morning. He then held talks "
                         "with President Volodymyr Zelenskyy at the "
                         "Mariinskyi Palace and pledged continued support.", "2023-03-22")
    assert got == ["2023-03-21"]


def test_then_dates_the_talks_and_the_signing_after_them() -> None:
    got = held("BEIJING (AFP) - Brazilian President Luiz Inacio Lula da Silva flew home on Saturday after a "
               "state visit to China. He was greeted with a military ceremony at "
               "the Great Hall of the People on Friday. The two presidents then held talks on trade and the war in "
               "Ukraine. After the talks, Xi and Lula looked on as ministers signed 15 cooperation agreements.",
               "en", "2023-04-15")
    assert sorted((e.type, str(e.date)) for e in got) == [("agreement", "2023-04-14"), ("dialogue", "2023-04-14")]


# `called on Zhao Leji, chairman of …`, `called on Yoon Suk Yeol, the South Korean president`: an untitled name with its
# office in lower case in apposition is the person called on.
def test_call_on_name_with_office_in_apposition() -> None:
    got = _meetings("SEOUL (AP) — Vice President Kamala Harris called on Yoon Suk Yeol, the South Korean president, "
                    "at his office on Thursday before visiting the demilitarized zone.", "2022-09-29")
    assert got == [("2022-09-29", None, ("KOR", "USA"))] or [p for _, _, p in got] == [("KOR", "USA")]


def test_second_call_on_name_with_office_is_its_own_meeting() -> None:
    got = _meetings("BEIJING (AP) — Secretary of State Antony Blinken met Foreign Minister Qin Gang on Sunday. On "
                    "Monday he held talks with Wang Yi and later called on Xi Jinping, China's president, at the Great "
                    "Hall of the People.", "2023-06-19")
    assert [d for d, _, _ in got].count("2023-06-19") == 2


# `…, and wrapped up the visit with a meeting with Y`: a framing clause joined to an earlier clause of its sentence is
# another meeting of the day, not the day's first talks (told with `the two leaders`, no person after `with`) again.
def test_coordinated_framing_clause_is_another_meeting() -> None:
    got = _dialogue_days("HANOI (AP) — On Monday the two presidents held talks at the Presidential Palace. Biden "
                         "later toured a memorial by the lake, and ended the visit with a meeting with Prime "
                         "Minister Pham Minh Chinh.", "2023-09-11")
    assert got == ["2023-09-11", "2023-09-11"]


def test_coordinated_closing_meeting_beside_summit_talks() -> None:
    got = _dialogue_days("BEIJING (Reuters) - The two leaders held three hours of talks at the Diaoyutai State "
                         "Guesthouse on Tuesday. Scholz took a short walk in the garden with his host afterwards, and "
                         "wrapped up the trip with a meeting with Premier Li Qiang.", "2024-04-16")
    assert got == ["2024-04-16", "2024-04-16"]


# `talks that covered the war in Ukraine, … and China`, `talks … about the war in Ukraine`: what the talks covered, and
# the country a war is in, are talked about, not parties.
def test_countries_talks_covered_are_topics() -> None:
    got = _meetings("WASHINGTON (AP) — President Joe Biden and Australian Prime Minister Anthony Albanese met in the "
                    "Oval Office on Wednesday for talks that covered critical minerals, climate change and China.",
                    "2023-10-25")
    assert [p for _, _, p in got] == [("AUS", "USA")]


def test_country_a_war_is_in_is_a_topic() -> None:
    got = _meetings("NEW DELHI (Reuters) - German Chancellor Olaf Scholz and Prime Minister Narendra Modi held talks "
                    "in New Delhi on Saturday about the war in Ukraine and a free trade deal.", "2023-02-25")
    assert [p for _, _, p in got] == [("DEU", "IND")]


def test_appeal_to_a_name_with_office_in_apposition_is_no_meeting() -> None:
    got = extracted("SEOUL (AP) — The ministers called on Kim Jong Un, the North Korean leader, to return to talks "
                    "without preconditions.", "en", "2023-07-14")
    assert not [e for e in got if e.type == "dialogue" and not e.mentioned]
