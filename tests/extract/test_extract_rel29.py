"""Round 29 (rel29): English meetings told relative to another. A gerund counted in days from the main clause's meeting
(`a day after holding talks with B`, `a day before meeting C`) is another meeting, dated from the main clause's day;
a side meeting told with `a day earlier` and its weekday (`a day earlier, on Sunday`) is held, not in passing; a
meeting noun as the object of a verb that opens or closes a trip (`wrapped up the trip with a meeting with C`) is a
meeting held; and `He then flew to Lima and held talks with D` has the trip's traveller (not the one met before) as
its subject. Sentences written for these tests (real meetings)."""
from __future__ import annotations

from tests.extract.sentences import extracted
from tests.extract.sentences import held as _held


def _dialogues(text: str, published: str) -> list:
    return [e for e in _held(text, "en", published) if e.type == "dialogue"]


def _by_date(text: str, published: str) -> dict[str, tuple[set[str], set[str]]]:
    return {e.date: (set(e.participants), {p.name for p in e.delegates}) for e in _dialogues(text, published)}


def test_a_day_after_holding_talks_is_the_day_before() -> None:
    text = ("BEIJING, June 20 (Reuters) - U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in "
            "Beijing on Monday, a day after holding talks with Chinese Foreign Minister Qin Gang.")
    got = _by_date(text, "2023-06-20")
    assert set(got) == {"2023-06-19", "2023-06-18"}
    assert "Qin Gang" in got["2023-06-18"][1] and "Qin Gang" not in got["2023-06-19"][1]
    text = ("TOKYO, Feb 22 (Reuters) - U.S. Deputy Secretary of State Kurt Campbell met Japanese Vice Foreign Minister "
            "Masataka Okano in Tokyo on Thursday, a day after holding talks in Seoul with South Korean First Vice "
            "Foreign Minister Kim Hong-kyun.")
    got = _by_date(text, "2024-02-23")
    assert set(got) == {"2024-02-22", "2024-02-21"}
    assert got["2024-02-21"][0] == {"KOR", "USA"} and "KOR" not in got["2024-02-22"][0]


def test_a_day_before_meeting_is_the_day_after() -> None:
    text = ("NEW DELHI, March 21 (AP) - Japanese Prime Minister Fumio Kishida held talks with Indian Prime Minister "
            "Narendra Modi in New Delhi on Monday, a day before meeting Ukrainian President Volodymyr Zelensky in "
            "Kyiv.")
    got = _by_date(text, "2023-03-22")
    assert set(got) == {"2023-03-20", "2023-03-21"}
    assert "UKR" in got["2023-03-21"][0] and "UKR" not in got["2023-03-20"][0]
    text = ("Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday, two "
            "days before holding talks with Indian External Affairs Minister S. Jaishankar in New Delhi.")
    got = _by_date(text, "2023-11-11")
    assert set(got) == {"2023-11-08", "2023-11-10"}
    assert "IND" in got["2023-11-10"][0] and "IND" not in got["2023-11-08"][0]


def test_a_day_earlier_on_a_weekday_is_held() -> None:
    text = ("President Joe Biden met Chinese President Xi Jinping on Monday in Bali.\n\n"
            "Biden also held a trilateral meeting with Japanese Prime Minister Fumio Kishida and South Korean "
            "President Yoon Suk Yeol in Phnom Penh a day earlier, on Sunday.")
    events = [e for e in extracted(text, "en", "2022-11-16") if e.type == "dialogue"]
    tri = [e for e in events if e.date == "2022-11-13"]
    assert tri and not tri[0].mentioned and {"USA", "JPN", "KOR"} <= set(tri[0].participants)
    text = ("Secretary of State Antony Blinken met Indian External Affairs Minister S. Jaishankar in New Delhi on "
            "Friday.\n\nBlinken also held a brief meeting with Russian Foreign Minister Sergei Lavrov in New Delhi "
            "a day earlier, on Thursday.")
    events = [e for e in extracted(text, "en", "2023-03-06") if e.type == "dialogue"]
    assert any(e.date == "2023-03-02" and not e.mentioned for e in events)


def test_a_day_earlier_in_a_report_days_later_is_held() -> None:
    # No weekday: the day before the last day told before it; held when the report is published days later.
    text = ("President Joe Biden met Chinese President Xi Jinping on Monday in Bali.\n\n"
            "Biden also held a trilateral meeting with Japanese Prime Minister Fumio Kishida and South Korean "
            "President Yoon Suk Yeol in Phnom Penh a day earlier.")
    events = [e for e in extracted(text, "en", "2022-11-16") if e.type == "dialogue"]
    assert any(e.date == "2022-11-13" and not e.mentioned and "USA" in e.participants for e in events)
    text = ("Secretary of State Antony Blinken met Indian External Affairs Minister S. Jaishankar in New Delhi on "
            "Friday.\n\nBlinken also held a brief meeting with Russian Foreign Minister Sergei Lavrov in New Delhi "
            "the previous day.")
    events = [e for e in extracted(text, "en", "2023-03-06") if e.type == "dialogue"]
    assert any(e.date == "2023-03-02" and not e.mentioned for e in events)
    # A wire of the same day: the day before's meeting is still told in passing.
    text = ("WASHINGTON, March 3 (Reuters) - Secretary of State Antony Blinken met Indian External Affairs Minister "
            "S. Jaishankar in New Delhi on Friday.\n\nBlinken also held a brief meeting with Russian Foreign "
            "Minister Sergei Lavrov the previous day.")
    events = [e for e in extracted(text, "en", "2023-03-03") if e.type == "dialogue"]
    assert not any(e.date == "2023-03-02" and not e.mentioned for e in events)


def test_a_trip_closed_with_a_meeting() -> None:
    text = ("SEOUL, March 17 (Yonhap) -- Foreign Minister Park Jin returned home Friday after a week-long tour.\n\n"
            "Park wrapped up the trip with a meeting with Mexican Foreign Secretary Marcelo Ebrard in Mexico City on "
            "Thursday, the ministry said.")
    got = _by_date(text, "2023-03-17")
    assert got.get("2023-03-16", (set(), set()))[0] == {"KOR", "MEX"}
    text = ("Japanese Prime Minister Fumio Kishida began his visit to Australia with talks with Prime Minister "
            "Anthony Albanese in Perth on Saturday.")
    got = _by_date(text, "2022-10-24")
    assert got.get("2022-10-22", (set(), set()))[0] == {"AUS", "JPN"}


def test_he_then_flew_on_and_met_is_the_traveller() -> None:
    text = ("SEOUL, March 17 (Yonhap) -- Foreign Minister Park Jin returned home Friday after a week-long tour.\n\n"
            "On Monday, Park met with Brazilian Foreign Minister Mauro Vieira in Brasilia.\n\n"
            "He then flew to Lima and held talks with Peruvian Foreign Minister Ana Cecilia Gervasi on Wednesday.")
    got = _by_date(text, "2023-03-17")
    assert got["2023-03-15"][0] == {"KOR", "PER"}
    text = ("Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on "
            "Monday.\n\nHe then traveled to Ramallah and met Palestinian President Mahmoud Abbas on Tuesday.")
    got = _by_date(text, "2023-02-01")
    assert "USA" in got["2023-01-31"][0] and "ISR" not in got["2023-01-31"][0]
