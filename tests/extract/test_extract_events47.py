"""Events and delegates, round 47. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before its rule (at 4339bfc) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "pairs"), [
    ("Foreign Minister Cho Tae-yul on Tuesday held separate bilateral talks in Seoul with Uzbek Foreign Minister "
     "Bakhtiyor Saidov and with Deputy Prime Minister and Foreign Minister Murat Nurtleu of Kazakhstan, the ministry "
     "said.", "2024-11-06", [{"KOR", "UZB"}, {"KOR", "KAZ"}]),
    ("Foreign Minister Penny Wong held separate bilateral talks in Canberra on Monday with Foreign Minister Winston "
     "Peters of New Zealand and with Deputy Prime Minister and Foreign Minister Enrique Manalo of the Philippines.",
     "2024-08-06", [{"AUS", "NZL"}, {"AUS", "PHL"}]),
])
def test_separate_talks_with_two_people_are_two_meetings(text: str, published: str, pairs: list[set[str]]) -> None:
    """`held separate bilateral talks with A and with B`: one meeting with each, each with its own party; a double
    title (`Deputy Prime Minister and Foreign Minister X`) is one person, and `the ministry said` no one met."""
    events = held(text, "en", published)
    assert sorted(sorted(e.participants) for e in events) == sorted(sorted(p) for p in pairs)


@pytest.mark.parametrize("text", [
    "Foreign Minister Hayashi met Foreign Minister Rau in Warsaw on Tuesday and Foreign Minister Lipavsky in Prague on "
    "Wednesday.\n\nIn each meeting, Minister Hayashi and his counterpart had a wide-ranging discussion of support "
    "for Ukraine.",
    "Secretary Blinken met President Ruto and, separately, Foreign Minister Mutua in Nairobi on Monday.\n\nIn both "
    "meetings, the two sides had a wide-ranging discussion of trade and security.",
])
def test_each_meeting_refers_back(text: str) -> None:
    """`In each meeting, …`, `In both meetings, … had a discussion`: the meetings told before, not another one."""
    before = held(text.split("\n\n")[0], "en", "2024-11-07")
    assert len(held(text, "en", "2024-11-07")) == len(before)


@pytest.mark.parametrize("text", [
    "The Korea-Central Asia Cooperation Forum has been held every year since 2007.",
    "The Japan-Mongolia strategic dialogue is held annually in Tokyo or Ulaanbaatar.",
])
def test_how_a_series_recurs_is_no_event(text: str) -> None:
    """`has been held every year since 2007`, `is held annually`: the series' habit, not a meeting of the report."""
    assert held(text, "en", "2024-11-05") == []


def test_a_meeting_held_on_a_day_is_still_held() -> None:
    """Guard: `was held in Seoul on Tuesday` is held."""
    events = held("The 5th Korea-Australia 2+2 dialogue was held in Seoul on Tuesday.", "en", "2024-11-07")
    assert [str(e.date) for e in events] == ["2024-11-05"]
