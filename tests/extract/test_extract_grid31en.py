"""Round 31 (grid31en): the general gaps the English paraphrase grid (tests/extract/grids/grid31en.py) showed, each
probed with reports written for these tests (real events, our own wording)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord], etype: str = "dialogue") -> list[str]:
    return sorted(e.date or "" for e in events if e.type == etype)


def _names(events: list[EventRecord]) -> list[str]:
    return sorted(d.name for e in events for d in e.delegates)


# `The next day, X met Y`: the day after the one in context, told in the past; `next` is no future cue there.
def test_the_next_day_opening_a_sentence_is_the_day_after() -> None:
    text = ("President Yoon Suk Yeol held a summit with President Joe Biden at the White House on Wednesday. The next "
            "day, Yoon met Vice President Kamala Harris at the State Department.")
    assert _days(held(text, "en", "2023-04-28")) == ["2023-04-26", "2023-04-27"]
    text = ("Prime Minister Narendra Modi held talks with President Joe Biden at the White House on Thursday. The next "
            "morning, Modi met Vice President Kamala Harris at the State Department.")
    assert _days(held(text, "en", "2023-06-24")) == ["2023-06-22", "2023-06-23"]


# `conferred with X`, `had dinner with Y`, `dined with Z`: a meeting with the person named, as `met with` is.
def test_conferred_and_had_dinner_with_a_person_are_meetings() -> None:
    text = ("Defense Minister Shin Won-sik conferred with U.S. Defense Secretary Lloyd Austin in Singapore on Sunday "
            "on the sidelines of the Shangri-La Dialogue.")
    assert _days(held(text, "en", "2024-06-03")) == ["2024-06-02"]
    text = ("Indian Prime Minister Narendra Modi had dinner with Russian President Vladimir Putin at the Kremlin "
            "leader's residence near Moscow on Monday, the first day of his two-day visit.")
    assert _days(held(text, "en", "2024-07-09")) == ["2024-07-08"]
    text = "Prime Minister Anthony Albanese dined with President Joe Biden at the White House on Wednesday."
    assert _days(held(text, "en", "2023-10-26")) == ["2023-10-25"]


# A call or a videoconference has no place (records.md rule 7): not the wire's dateline city, nor the city of the
# day's other meeting.
def test_a_call_takes_no_city_from_the_dateline() -> None:
    text = ("SEOUL, Jan. 10 (Yonhap) -- Foreign Minister Cho Tae-yul held a phone call with Japanese Foreign Minister "
            "Takeshi Iwaya on Friday, the ministry said.")
    [call] = held(text, "en", "2025-01-10")
    assert (call.date, call.location.city, call.location.country) == ("2025-01-10", None, None)
    text = ("TOKYO, Jan. 22 (Kyodo) -- Prime Minister Fumio Kishida held talks with U.S. President Joe Biden via "
            "videoconference on Friday, their first substantive talks since Kishida took office.")
    [call] = held(text, "en", "2022-01-22")
    assert (call.date, call.location.city) == ("2022-01-21", None)
    text = ("SEOUL, Nov. 12 (Yonhap) -- Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi in Phnom Penh "
            "on Saturday. Later in the day, Park spoke by phone with Japanese Foreign Minister Yoshimasa Hayashi.")
    days = {e.location.city for e in held(text, "en", "2022-11-13")}
    assert days == {"Phnom Penh", None}


# Not a call of its own: a meeting told beside an earlier call keeps its city.
def test_a_meeting_after_a_call_keeps_its_city() -> None:
    text = ("SEOUL, June 5 (Yonhap) -- Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken on "
            "Tuesday, a week after their phone call.")
    assert [e.location.city for e in held(text, "en", "2024-06-05")] == ["Seoul"]


# `met Secretary X Friday in Guangzhou` (a wire's day without `on`): the day is no word of the name before it.
def test_a_bare_weekday_after_a_name_is_not_the_name() -> None:
    text = "Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng Friday in Guangzhou."
    assert _names(held(text, "en", "2024-04-06")) == ["He Lifeng", "Janet Yellen"]
    text = ("Secretary of State Antony Blinken spoke by phone with Indian External Affairs Minister Subrahmanyam "
            "Jaishankar Monday, the State Department said.")
    assert _names(held(text, "en", "2023-11-14")) == ["Antony Blinken", "Subrahmanyam Jaishankar"]


# `joined President X and President Y for trilateral talks`: two titled people before the purpose phrase.
def test_joined_two_titled_people_for_talks_is_a_meeting_with_both() -> None:
    text = ("Japanese Foreign Minister Yoko Kamikawa joined U.S. Secretary of State Antony Blinken and South Korean "
            "Foreign Minister Cho Tae-yul for trilateral talks in Rio de Janeiro on Thursday.")
    [talks] = held(text, "en", "2024-02-23")
    assert (talks.date, sorted(talks.participants)) == ("2024-02-22", ["JPN", "KOR", "USA"])
    text = ("Defense Minister Shin Won-sik joined U.S. Defense Secretary Lloyd Austin and Japanese Defense Minister "
            "Minoru Kihara for trilateral talks in Singapore on Sunday.")
    [talks] = held(text, "en", "2024-06-03")
    assert (talks.date, sorted(talks.participants)) == ("2024-06-02", ["JPN", "KOR", "USA"])


# `in the South Korean capital`, `in the Indian capital`: a country's adjective before `capital` names its capital
# city (where), not a party.
def test_the_adjective_capital_is_the_capital_city() -> None:
    text = "Chinese Premier Li Qiang met South Korean President Yoon Suk Yeol in the South Korean capital on Sunday."
    [talks] = held(text, "en", "2024-05-27")
    assert (talks.location.city, sorted(talks.participants)) == ("Seoul", ["CHN", "KOR"])
    text = ("Secretary of State Antony Blinken held talks with External Affairs Minister Subrahmanyam Jaishankar in "
            "the Indian capital on Friday.")
    [talks] = held(text, "en", "2023-11-11")
    assert (talks.date, talks.location.city, talks.location.country) == ("2023-11-10", "New Delhi", "IND")


def _roles(events: list[EventRecord]) -> dict[str, str | None]:
    return {d.name: d.role for e in events for d in e.delegates}


# `Japan's top nuclear envoy, X,`, `The Korean side's chief negotiator, Y,`: a title written before the name and a
# comma in lower case, as wire copy writes it, is the person's role.
def test_a_fronted_title_in_lower_case_is_the_role() -> None:
    text = ("Japan's top nuclear envoy, Takehiro Funakoshi, held talks with his South Korean counterpart, Kim Gunn, in "
            "Tokyo on Monday.")
    assert _roles(held(text, "en", "2023-05-16"))["Takehiro Funakoshi"] == "Japan's top nuclear envoy"
    text = ("The Korean side's chief negotiator, Lee Tae-woo, met with his U.S. counterpart, Linda Specht, in Seoul "
            "on Tuesday.")
    assert _roles(held(text, "en", "2024-06-05"))["Lee Tae-woo"] == "Korean side's chief negotiator"


# `SEOUL, June 5 (Yonhap) -- The Minister of …, X,`: a fronted title starts after the dateline's dash.
def test_a_fronted_title_after_a_dateline_leaves_the_dateline_out() -> None:
    text = ("SEOUL, June 5 (Yonhap) -- The Minister of Foreign Affairs of the Republic of Korea, Cho Tae-yul, met with "
            "U.S. Secretary of State Antony Blinken on Tuesday.")
    role = _roles(held(text, "en", "2024-06-05"))["Cho Tae-yul"]
    assert role == "Minister of Foreign Affairs of the Republic of Korea"
    text = ("TOKYO, March 17 (Kyodo) -- The Prime Minister of Japan, Fumio Kishida, held talks with the President of "
            "South Korea, Yoon Suk Yeol, in Tokyo on Thursday.")
    assert _roles(held(text, "en", "2023-03-17"))["Fumio Kishida"] == "Prime Minister of Japan"


# `Xi Jinping's talks with Prime Minister X on Thursday were …`: a meeting named by its possessor and the titled
# person met, as a sentence's subject with no event verb, is held on the day its sentence gives.
def test_a_possessed_meeting_with_a_titled_person_is_held() -> None:
    text = ("Chinese President Xi Jinping's talks with Prime Minister Fumio Kishida on Thursday in San Francisco were "
            "their first in a year.")
    [talks] = held(text, "en", "2023-11-17")
    assert (talks.date, sorted(talks.participants)) == ("2023-11-16", ["CHN", "JPN"])
    text = ("Prime Minister Fumio Kishida's meeting with President Joe Biden at the White House on Wednesday produced "
            "more than 70 agreements on defense cooperation.")
    [talks] = held(text, "en", "2024-04-12")
    assert (talks.date, sorted(talks.participants)) == ("2024-04-10", ["JPN", "USA"])


# `held … talks in Seoul earlier this week`: the report's own week is no past event referred to in passing; the
# meeting is held, with no day (records.md rule 6).
def test_a_meeting_of_the_reports_own_week_is_held_undated() -> None:
    text = ("President Yoon Suk Yeol, Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang held their "
            "first trilateral summit in four years in Seoul earlier this week.")
    [summit] = held(text, "en", "2024-05-30")
    assert (summit.date, summit.location.city, sorted(summit.participants)) == (None, "Seoul", ["CHN", "JPN", "KOR"])
    text = ("Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing this week, urging China to "
            "stop supplying Russia's war machine.")
    [talks] = held(text, "en", "2024-04-27")
    assert (talks.date, sorted(talks.participants)) == (None, ["CHN", "USA"])


# `last week`: another week, referred to in passing (as before); `a series of meetings … this week`: a trip's summary
# of meetings told one by one, no meeting of its own.
def test_a_meeting_of_last_week_or_a_weeks_summary_is_no_held_meeting() -> None:
    text = "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing last week."
    assert held(text, "en", "2024-05-02") == []
    text = ("Treasury Secretary Janet Yellen held a series of meetings with Chinese officials in Beijing this week, "
            "her second visit to China in nine months.")
    assert [e.date for e in held(text, "en", "2024-04-10") if e.type == "dialogue"] == []


# `conferred with Wang Yi`, `received a courtesy call from Antony Blinken`: an untitled name the officials' gazetteer
# knows, right after a person verb, is the person met (as a titled one is).
def test_a_known_official_named_bare_after_a_person_verb_is_met() -> None:
    text = "Antony Blinken conferred with Wang Yi on the sidelines of the Munich Security Conference on Friday."
    assert _names(held(text, "en", "2024-02-17")) == ["Antony Blinken", "Wang Yi"]
    text = ("Fumio Kishida received a courtesy call from Antony Blinken at the prime minister's office in Tokyo on "
            "Wednesday.")
    assert _days(held(text, "en", "2023-11-09")) == ["2023-11-08"]
