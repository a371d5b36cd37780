"""Round 80: what fresh119 (read in round 79) left — a wire's lead telling two countries' talks by their outcome, what
the news came after, a capital standing for its government in a trip's city, and what was done `이 자리에서` at a
meeting of the day before. Sentences written for these tests (our own wording; none from the corpus), each failing
before its rule (at a9ad8cbb)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "parties"), [
    ("NEW DELHI, May 6 (Reuters) - India and Britain agreed on Tuesday to cut tariffs on whisky and cars, ending three "
     "years of negotiations.", "2025-05-07", {"IND", "GBR"}),
    ("CANBERRA (AP) - Australia and Japan agreed on Friday to deepen defense ties, officials said.", "2025-05-03",
     {"AUS", "JPN"}),
])
def test_two_countries_agreeing_on_a_day_in_the_lead_met(text: str, published: str, parties: set[str]) -> None:
    """`India and Britain agreed on Tuesday to …`: a wire's lead telling two countries' talks by their outcome, with no
    meeting verb: the two met that day."""
    events = held(text, "en", published)
    assert [e.type for e in events] == ["dialogue"] and set(events[0].participants) == parties


@pytest.mark.parametrize(("text", "published"), [
    ("RIYADH (AFP) - Saudi Arabia pledged $50 billion in investment on Thursday. The visit came days after the G7 "
     "summit in Hiroshima, where the crown prince met Japanese leaders.", "2023-05-26"),
    ("The announcement came shortly after a summit in Jakarta, where ASEAN leaders adopted a declaration.",
     "2023-09-08"),
])
def test_what_the_news_came_after_is_background(text: str, published: str) -> None:
    """`The visit came days after the G7 summit in Hiroshima, where …`: what the news came after is its background."""
    assert held(text, "en", published) == []


@pytest.mark.parametrize(("text", "published"), [
    ("The United States will keep pressing the government in Tehran, Secretary of State Antony Blinken said on "
     "Monday.\n\nBlinken met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Monday.", "2024-02-06"),
    ("Australia wants a steadier relationship with the leadership in Beijing, Foreign Minister Penny Wong said on "
     "Friday.\n\nWong met Indonesian Foreign Minister Retno Marsudi on Friday.", "2023-07-15"),
])
def test_a_capital_standing_for_its_government_is_no_trip_city(text: str, published: str) -> None:
    """`keep pressing the government in Tehran`: no city anyone was in, nor the city of a trip told before a meeting
    with no place of its own."""
    events = held(text, "en", published)
    assert events and events[0].location.city is None


@pytest.mark.parametrize(("text", "published"), [
    ("(자카르타=연합뉴스) 조태열 외교부 장관이 16일(현지시간) 자카르타에서 한-아세안 외교장관회의에 참석했다. "
     "조 장관은 전날 레트노 마르수디 인도네시아 외교장관을 예방했다. "
     "이 자리에서 양국은 공급망 협력 양해각서에 서명했다.", "2023-01-17"),
    ("(리야드=연합뉴스) 안덕근 산업통상자원부 장관이 16일(현지시간) 리야드에서 한-사우디 투자포럼을 주재했다. "
     "안 장관은 전날 압둘아지즈 에너지부 장관을 예방했다. "
     "그 자리에서 양측은 청정수소 협력 양해각서를 체결했다.", "2023-01-17"),
])
def test_what_was_done_at_the_day_before_s_meeting_is_of_that_day(text: str, published: str) -> None:
    """`전날 … 예방했다. 이 자리에서 양국은 … 서명했다`: a signing at the meeting the sentence before told of the day
    before is of that day, told in passing like it (not the report's day)."""
    assert [e.type for e in held(text, "ko", published)] == ["dialogue"]
