"""Round 24 (ev29en): English ways of telling events the rules misread, read from the English event errors of
grammar8/tune and grammar9/tune (finance and trade releases, wire copy), probed with sentences written for these tests
(people, places and dates of real public events, wording of our own). Each rule is a pattern, tested on at least two
texts."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return sorted(((e.type, e.date) for e in events), key=lambda x: (x[0], x[1] or ""))


# `…, the two governments said on Tuesday, after X met Y in Beijing`: the day the news is given is not the day of the
# meeting the `after` clause refers to; the meeting is the one the text dates later (`held … on Monday`).
def test_the_report_day_does_not_date_a_meeting_told_after_it() -> None:
    text = ("Australia and China agreed to resume their strategic economic dialogue, the two governments said on "
            "Tuesday, after Prime Minister Anthony Albanese met Premier Li Qiang in Beijing.\n\nThe two leaders held "
            "their annual meeting at the Great Hall of the People on Monday.")
    assert _days(held(text, "en", "2023-11-07")) == [("dialogue", "2023-11-06")]
    text = ("Japan and South Korea agreed to resume regular visits by their leaders, officials said on Friday, after "
            "President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo.\n\nYoon and Kishida held talks "
            "at the prime minister's office on Thursday.")
    assert _days(held(text, "en", "2023-03-17")) == [("dialogue", "2023-03-16")]


# `met X in Seoul on Monday, and on Tuesday he met Y in Manila`: a coordinated clause opening with its own day is a
# meeting of its own, on that day (not the first clause's).
def test_a_coordinated_clause_with_its_own_day_is_its_own_meeting() -> None:
    text = ("Secretary of State Antony Blinken met Foreign Minister Cho Tae-yul in Seoul on Monday, and on Tuesday he "
            "met President Ferdinand Marcos Jr. in Manila.")
    assert _days(held(text, "en", "2024-03-20")) == [("dialogue", "2024-03-18"), ("dialogue", "2024-03-19")]
    text = ("Prime Minister Narendra Modi held the annual summit with President Vladimir Putin in Moscow on July 9, "
            "and on July 10 he met Chancellor Karl Nehammer in Vienna.")
    assert _days(held(text, "en", "2024-07-11")) == [("dialogue", "2024-07-09"), ("dialogue", "2024-07-10")]


# `No meeting between A and B took place …`, `Talks between A and B were not held …`: a denied event is none.
def test_a_negated_meeting_is_no_event() -> None:
    text = ("No meeting between President Joe Biden and President Xi Jinping took place in New Delhi on Saturday, as "
            "the Chinese leader sent Premier Li Qiang to the summit instead.")
    assert _days(held(text, "en", "2023-09-10")) == []
    text = ("Talks between Defense Secretary Lloyd Austin and Chinese Defense Minister Li Shangfu were not held in "
            "Singapore on Saturday after Beijing turned down the U.S. invitation.")
    assert _days(held(text, "en", "2023-06-04")) == []


# `held a series of bilateral meetings with his counterparts:` then `- With Minister X, he agreed …`: each item is a
# meeting of its own; on the margins of a meeting held over several days (`October 12-13`) and with no day of its own,
# it is undated (records.md rule 6).
def test_listed_bilaterals_told_by_with_on_the_margins_of_a_span() -> None:
    text = ("Finance Minister Shunichi Suzuki attended the G20 Finance Ministers and Central Bank Governors Meeting "
            "held in Marrakech on October 12-13. On the margins of the meeting, he held a series of bilateral meetings "
            "with his counterparts:\n- With Indian Finance Minister Nirmala Sitharaman, he exchanged views on the G20 "
            "agenda.\n- With Brazilian Finance Minister Fernando Haddad, he discussed Brazil's G20 presidency.")
    assert _days(held(text, "en", "2023-10-14")) == [("dialogue", None), ("dialogue", None), ("dialogue", "2023-10-12")]
    text = ("Deputy Prime Minister Choo Kyung-ho attended the G20 Finance Ministers and Central Bank Governors Meeting "
            "in Washington, D.C. on April 12-13. On the sidelines, he held a series of meetings with his "
            "counterparts:\n- With Treasury Secretary Janet Yellen, he discussed the Inflation Reduction Act.\n- With "
            "Japanese Finance Minister Shunichi Suzuki, he agreed to resume the bilateral finance dialogue.")
    assert _days(held(text, "en", "2023-04-14")) == [("dialogue", None), ("dialogue", None), ("dialogue", "2023-04-12")]


def _cities(events: list[EventRecord]) -> list[tuple[str | None, str | None]]:
    return sorted(((e.date, e.location.city) for e in events), key=lambda x: (x[0] or "", x[1] or ""))


# `During the visit he also met X` (some day of the trip): an undated held meeting is in the one city where the
# document's dated held events are.
def test_an_undated_meeting_is_where_the_days_events_are() -> None:
    text = ("Prime Minister Anthony Albanese attended the East Asia Summit in Jakarta on September 7. During the visit "
            "he also met Prime Minister Fumio Kishida.")
    assert _cities(held(text, "en", "2023-09-08")) == [(None, "Jakarta"), ("2023-09-07", "Jakarta")]
    text = ("President Yoon Suk Yeol held a summit with President Joe Biden in Washington on April 26. During the "
            "visit he also met Vice President Kamala Harris.")
    assert _cities(held(text, "en", "2023-04-27")) == [(None, "Washington"), ("2023-04-26", "Washington")]


# `met Singapore's Foreign Minister X`: a city-state's possessive names whose minister, not where they met.
def test_a_possessive_city_state_is_not_where() -> None:
    text = "Secretary of State Antony Blinken met Singapore's Foreign Minister Vivian Balakrishnan on Tuesday."
    assert _cities(held(text, "en", "2023-08-02")) == [("2023-08-01", None)]
    text = "Chancellor Olaf Scholz held talks with Luxembourg's Prime Minister Luc Frieden on Monday."
    assert _cities(held(text, "en", "2024-01-16")) == [("2024-01-15", None)]


# `exchanged views on the X Agreement/Partnership`: views exchanged, not documents; no agreement.
def test_exchanged_views_is_no_signing() -> None:
    text = ("Chancellor Olaf Scholz and President Cyril Ramaphosa exchanged views on the Just Energy Transition "
            "Partnership in Pretoria on Tuesday.")
    assert "agreement" not in [t for t, _ in _days(held(text, "en", "2022-05-25"))]
    text = ("Prime Minister Anthony Albanese and Prime Minister Narendra Modi held talks in Sydney on Wednesday and "
            "exchanged views on the Comprehensive Economic Cooperation Agreement.")
    assert _days(held(text, "en", "2023-05-25")) == [("dialogue", "2023-05-24")]


# `On the sidelines of the summit, he held a bilateral meeting with Prime Minister X`: beside the gathering of the
# day, a bilateral with a person is a meeting of its own.
def test_a_bilateral_on_the_sidelines_is_its_own_meeting() -> None:
    text = ("President Joe Biden hosted the Quad Leaders' Summit in Wilmington on Saturday. On the sidelines of the "
            "summit, he held a bilateral meeting with Prime Minister Narendra Modi.")
    assert _days(held(text, "en", "2024-09-22")) == [("dialogue", "2024-09-21"), ("dialogue", "2024-09-21")]
    text = ("The G7 trade ministers met in Osaka on Saturday. On the margins of the meeting, Minister Mary Ng held a "
            "bilateral meeting with Minister Yasutoshi Nishimura.")
    assert _days(held(text, "en", "2023-10-29")) == [("dialogue", "2023-10-28"), ("dialogue", "2023-10-28")]


# Gazetteer: Canada's trade minister Mary Ng (2018-2025) and Mexico's Secretary of Economy Raquel Buenrostro
# (2022-2024), the USMCA Free Trade Commission's recurring ministers beside the USTR.
def test_usmca_trade_ministers_are_known_people() -> None:
    text = ("Canada's Minister of Export Promotion, International Trade and Economic Development Mary Ng and Mexico's "
            "Secretary of Economy Raquel Buenrostro joined Ambassador Katherine Tai in Cancun on Friday for the third "
            "meeting of the USMCA Free Trade Commission.")
    people = {(d.name, d.country) for e in held(text, "en", "2023-07-08") for d in e.delegates}
    assert {("Mary Ng", "CAN"), ("Raquel Buenrostro", "MEX")} <= people
    text = ("Minister Mary Ng held a bilateral meeting with Secretary Raquel Buenrostro in Mexico City on Monday to "
            "discuss North American supply chains.")
    people = {(d.name, d.country) for e in held(text, "en", "2023-03-14") for d in e.delegates}
    assert {("Mary Ng", "CAN"), ("Raquel Buenrostro", "MEX")} <= people


# `signed the Reciprocal Access Agreement … X signed the Agreement for Japan`: a capitalised head noun alone refers
# back to the document named before; one agreement.
def test_the_agreement_alone_refers_back() -> None:
    text = ("Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday. Defense Minister "
            "Minoru Kihara signed the Agreement on behalf of Japan.")
    assert _days(held(text, "en", "2024-07-09")) == [("agreement", "2024-07-08")]
    text = ("The United States and Australia signed the Technology Safeguards Agreement in Washington on Tuesday. "
            "Secretary Antony Blinken signed the Agreement on behalf of the United States.")
    assert _days(held(text, "en", "2023-10-25")) == [("agreement", "2023-10-24")]


# `arrived in Kyiv on Tuesday after holding talks with X in New Delhi`: the previous stop's meeting, told in passing
# beside the arrival; not a meeting of the arrival's day.
def test_talks_before_an_arrival_are_the_previous_stop() -> None:
    text = ("Prime Minister Fumio Kishida arrived in Kyiv on Tuesday after holding talks with Prime Minister Narendra "
            "Modi in New Delhi.")
    assert _days(held(text, "en", "2023-03-22")) == []
    text = ("Secretary of State Antony Blinken arrived in Tokyo on Tuesday after talks with Foreign Minister Cho "
            "Tae-yul in Seoul.")
    assert _days(held(text, "en", "2025-01-08")) == []
