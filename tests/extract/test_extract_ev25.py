"""Round 21 (ev25), event recall on grammar6's forms: rules read from the battery's misses, each stated as a pattern
and tested on sentences written for these tests (real public meetings, our own wording)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


# Not detected. `RIO DE JANEIRO, Nov 18 (Reuters) - Meeting on the margins of …, A and B announced …`: a wire
# dateline (capitals, a date or an agency, a dash) before an opening adverbial; the adverbial still opens the sentence.
def test_an_opening_meeting_adverbial_after_a_wire_dateline() -> None:
    text = ("BANGKOK, Nov 4 (Reuters) - Meeting on the sidelines of the ASEAN summit in Bangkok on Monday, Japanese "
            "Prime Minister Shinzo Abe and Chinese Premier Li Keqiang agreed to deepen trade ties.")
    [e] = _held(text, "en", "2019-11-05")
    assert (e.type, e.date, sorted(e.participants)) == ("dialogue", "2019-11-04", ["CHN", "JPN"])
    text = ("SEOUL, June 3 (Yonhap) -- After talks with Swedish Prime Minister Ulf Kristersson in Seoul on Monday, "
            "President Yoon Suk Yeol said the two countries would expand defence cooperation.")
    [e] = _held(text, "en", "2024-06-04")
    assert (e.date, sorted(e.participants), e.location.city) == ("2024-06-03", ["KOR", "SWE"], "Seoul")


# Not detected. `Prime Minister X received a courtesy call from the Secretary of State, Y, in New Delhi today`: a
# courtesy call told by the host who received it is a meeting with the caller (like `received a phone call from`).
def test_a_received_courtesy_call_is_a_meeting_with_the_caller() -> None:
    text = ("Prime Minister Scott Morrison received a courtesy call from the Foreign Minister of Indonesia, Retno "
            "Marsudi, in Canberra today.")
    [e] = _held(text, "en", "2019-03-05")
    assert (e.type, sorted(e.participants), e.location.city) == ("dialogue", ["AUS", "IDN"], "Canberra")
    text = ("President Joko Widodo received a courtesy call from Japanese Foreign Minister Taro Kono at the Merdeka "
            "Palace in Jakarta on Tuesday.")
    [e] = _held(text, "en", "2019-01-09")
    assert (e.date, sorted(e.participants)) == ("2019-01-08", ["IDN", "JPN"])


# Not detected. `Prime Minister X announced today after a call with Prime Minister Y`: a call told by a noun in a
# clause of time (`after`/`following`/`during` a call with a person) is a call held, like `after talks with`.
def test_a_call_in_a_clause_of_time_is_held() -> None:
    text = ("New Zealand Prime Minister Jacinda Ardern announced the agreement today after a call with French "
            "President Emmanuel Macron.")
    [e] = _held(text, "en", "2019-05-15")
    assert (e.type, e.date, sorted(e.participants), e.location.city) == ("dialogue", "2019-05-15", ["FRA", "NZL"],
                                                                          None)
    text = ("The two countries will restore ministerial contacts, Australian Foreign Minister Penny Wong told "
            "reporters on Friday following a phone call with Chinese Foreign Minister Wang Yi.")
    [e] = _held(text, "en", "2022-12-12")
    assert (e.date, sorted(e.participants)) == ("2022-12-09", ["AUS", "CHN"])


# Not detected. `The X Agreement … were signed in Tokyo on 17 July, at the 25th EU-Japan summit`: a signing told at a
# named meeting (`at`/`during the <named meeting>`) reports that meeting held too; a generic `at the meeting` does not.
def test_a_signing_at_a_named_summit_reports_the_summit() -> None:
    text = ("The India-Japan Agreement on Civil Nuclear Cooperation was signed in Tokyo on 11 November 2016, at the "
            "11th India-Japan Annual Summit.")
    summits = [e for e in _held(text, "en", "2016-11-12") if e.type == "dialogue"]
    assert [(e.date, sorted(e.participants), e.location.city) for e in summits] == [
        ("2016-11-11", ["IND", "JPN"], "Tokyo")]
    text = ("Prime Minister Anthony Albanese and Prime Minister James Marape signed the Pukpuk Treaty during the "
            "Australia-Papua New Guinea Leaders' Meeting in Canberra on 6 October 2025.")
    assert [e.type for e in _held(text, "en", "2025-10-07")].count("dialogue") == 1
    text = "The two ministers signed the agreement at the meeting in Lima on 4 March 2019."
    assert [e.type for e in _held(text, "en", "2019-03-05")].count("dialogue") == 0


# False event. `held a small group meeting and then had a working lunch with X`: a meal later in a series of
# predicates is the same meeting continued over the meal, not a second one.
def test_a_meal_after_a_meeting_in_one_series_is_one_meeting() -> None:
    text = ("On 4 March, Prime Minister Scott Morrison held a bilateral meeting and then had a working lunch with New "
            "Zealand Prime Minister Jacinda Ardern in Sydney.")
    assert len(_held(text, "en", "2019-03-05")) == 1
    text = ("On 10 September, President Moon Jae-in held a summit meeting and later hosted a working dinner for "
            "Indonesian President Joko Widodo at the Blue House.")
    assert len(_held(text, "en", "2019-09-11")) == 1


# Undated. `Starmer, who sat down with Trump in the Oval Office the previous day, said on Friday …`: the day before
# a report's day told after the relative clause (the main clause's `said on Friday`) is the meeting's day.
def test_the_previous_day_before_a_later_report_day() -> None:
    text = ("Japanese Prime Minister Shigeru Ishiba, who met Indian Prime Minister Narendra Modi in Tokyo the previous "
            "day, said on Saturday that ties were strong.")
    assert [(e.date, sorted(e.participants)) for e in _held(text, "en", "2025-03-01")] == [
        ("2025-02-28", ["IND", "JPN"])]
    text = ("French President Emmanuel Macron, who spoke with Ukrainian President Volodymyr Zelensky the day before, "
            "told reporters on Tuesday that a ceasefire was within reach.")
    assert [e.date for e in _held(text, "en", "2025-03-12")] == ["2025-03-10"]
