"""Round 12 of issue 16, continued (ev14): event shapes probed with sentences written for these tests (grid of
predicates, event nouns and clause shapes; people, places and dates of our own) and the tuning sets' recurring
event errors. Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _cities(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.location.city) for e in events]


# City. A held event of a day the text places elsewhere, with no place of its own (`이날`, `같은 날 오후`), is in
# the city of that day's other events.
def test_an_event_without_a_place_takes_its_days_city() -> None:
    text = ("이재훈 산업통상자원부 장관은 4일(현지시간) 페루 리마의 대통령궁에서 마리아 소토 페루 생산부 장관과 "
            "회담을 가졌다.\n양국은 이날 '핵심광물 공급망 협력 양해각서'를 체결했다.")
    assert _cities(_held(text, "ko", "2025-03-05")) == [("dialogue", "Lima"), ("agreement", "Lima")]
    text = ("□ 박서연 외교부 제1차관은 6.9~10 케냐 나이로비를 방문하였다.\n"
            "□ 박 차관은 6.9.(월) 나이로비에서 제2차 한-케냐 정책협의회를 개최하였다.\n"
            "□ 박 차관은 같은 날 오후 아미나 와필라 케냐 통상부 장관을 면담하였다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-06-11"))] == ["Nairobi", "Nairobi"]



# City. `10.17~18 몽골 울란바토르를 방문하여`: the city a trip is to (a place the verb `방문` takes as its object) is
# where the events of the trip's days are, when they name no place.
def test_a_korean_trip_city_places_the_events_of_its_days() -> None:
    text = ("□ 정하늘 해양수산부 장관은 3.4~5 칠레 발파라이소를 방문하여 수산 협력 방안을 논의하였다.\n"
            "□ 정 장관은 3.5.(수) 오전 카밀라 베가 칠레 경제부 장관을 면담하였다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-03-06"))] == ["Valparaiso"]
    text = ("한민준 국토교통부 장관은 11.2~4 베트남 하노이를 공식 방문하고 있다.\n"
            "한 장관은 11.3.(월) 응우옌 반 탕 베트남 교통부 장관과 회담을 갖고 도시철도 협력을 논의했다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-11-04"))] == ["Hanoi"]


def test_a_trip_months_before_does_not_place_the_event() -> None:
    text = ("□ 정하늘 해양수산부 장관은 지난 3.4~5 칠레 발파라이소를 방문하여 수산 협력 방안을 논의하였다.\n"
            "□ 정 장관은 6.5.(목) 카밀라 베가 칠레 경제부 장관과 회담하였다.")
    assert [c for _, c in _cities(_held(text, "ko", "2025-06-06"))] == [None]


def _meetings(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "dialogue"]


# Not detected. A host verb with an office-holder as its object (`hosted Indonesian President X`, `received Foreign
# Minister Y`, `welcomed Prime Minister Z to …`) is a meeting with that visitor.
def test_hosting_or_receiving_an_office_holder_is_a_meeting() -> None:
    text = "Chancellor Ruth Adler received Foreign Minister Tomas Varga of Hungary at the Chancellery on 6 May."
    assert [(e.date, e.participants) for e in _meetings(_held(text, "en", "2025-05-07"))] == [("2025-05-06", ["HUN"])]
    text = "On Thursday, Prime Minister Leo Marsh hosted Ghanaian President Kwame Boateng in Canberra."
    assert [e.participants for e in _meetings(_held(text, "en", "2025-06-13"))] == [["GHA", "AUS"]]
    text = "President Elena Ruiz welcomed Prime Minister Ola Hansen of Norway to the presidential palace on 2 June."
    assert [e.date for e in _meetings(_held(text, "en", "2025-06-03"))] == ["2025-06-02"]


def test_welcoming_an_office_holders_words_is_no_meeting() -> None:
    text = "On 2 June, the minister welcomed President Ruiz's remarks on regional trade and hosted the annual gala."
    assert _meetings(_held(text, "en", "2025-06-03")) == []


# Not detected. `sat down with Minister X` is a meeting with the person, as `met with` is.
def test_sitting_down_with_a_titled_person_is_a_meeting() -> None:
    text = "Secretary Dana Cole sat down with Minister of Energy Ravi Menon of Singapore in Houston on 9 April."
    assert [(e.date, e.location.city) for e in _meetings(_held(text, "en", "2025-04-10"))] == [
        ("2025-04-09", "Houston")]
    text = "Governor Lee sat down on Tuesday with Ambassador Claire Dubois of France to discuss hydrogen."
    assert [e.date for e in _meetings(_held(text, "en", "2025-04-10"))] == ["2025-04-08"]


# Not detected. A working group convened, held or met is a meeting (`launched a working group` stays a launch).
def test_a_working_group_convened_is_a_meeting() -> None:
    text = "Brazil and Japan convened the Brazil-Japan Green Hydrogen Working Group in Brasilia on 12 August."
    assert [(e.type, e.date) for e in _held(text, "en", "2025-08-13")] == [("dialogue", "2025-08-12")]
    text = ("On 4 February, officials from Chile and Korea held the second meeting of the Chile-Korea Lithium "
            "Working Group in Santiago.")
    assert [e.type for e in _held(text, "en", "2025-02-05")] == ["dialogue"]
    text = "On 4 February, Chile and Korea launched the Chile-Korea Lithium Working Group in Santiago."
    assert [e.type for e in _held(text, "en", "2025-02-05")] == ["launch"]


# Not detected. A present tense right after the event's noun (`The … Working Group meets in Ottawa`, a headline's
# `Council Convenes in Nairobi`) is the clause's verb, not an adnominal participle (`the arrangement signed in May`).
def test_a_present_tense_after_the_event_noun_is_the_clauses_verb() -> None:
    text = "The Kenya-India Joint Trade Committee meets in Nairobi on 3 March."
    assert [e.date for e in _meetings(_held(text, "en", "2025-03-03"))] == ["2025-03-03"]
    text = "Today the Ghana-Canada Mining Dialogue convenes in Accra for its fourth session."
    assert [e.name for e in _meetings(_held(text, "en", "2025-03-03"))] == ["Ghana-Canada Mining Dialogue"]


# Not detected. `The two countries issue the following joint statement`: the present of a statement's own opening.
def test_the_opening_formula_of_a_joint_statement_is_a_statement() -> None:
    text = "On the occasion of the visit, Peru and Vietnam issue the following Joint Statement:"
    assert [e.type for e in _held(text, "en", "2025-03-03")] == ["statement"]
    text = "The Governments of Chile and New Zealand adopt the following joint declaration on ocean research."
    assert [e.type for e in _held(text, "en", "2025-03-03")] == ["statement"]


# Not detected. `…, followed by talks between the two presidents`: a meeting noun after `followed by` is held.
def test_talks_that_follow_a_ceremony_are_a_meeting() -> None:
    text = ("On 14 May, the Chancellor was greeted in Lima by the President of Peru at the Government Palace, "
            "followed by talks between the two leaders.")
    assert [e.date for e in _meetings(_held(text, "en", "2025-05-15"))] == ["2025-05-14"]
    text = "The welcome ceremony in Accra on 2 July was followed by a working lunch with President Mahama."
    assert [e.date for e in _meetings(_held(text, "en", "2025-07-03"))] == ["2025-07-02"]


# Merged into another meeting of the day. `The President then held talks with General Secretary X`, `also met Prime
# Minister Y`: `then`/`also` before a meeting with a person orders it beside the one reported.
def test_then_or_also_with_a_person_is_another_meeting_of_the_day() -> None:
    text = ("On 8 June, President Anna Weber and President Luis Ortega of Paraguay held talks in Asuncion.\n"
            "The two presidents agreed to deepen cooperation on hydropower.\n"
            "President Weber then held talks with Vice President Marta Rojas.")
    assert len(_meetings(_held(text, "en", "2025-06-09"))) == 2
    text = ("On 8 June, Minister Kaito Mori and Minister Aylin Demir of Turkey held talks in Ankara.\n"
            "Minister Mori also met Vice President Emre Kaya.")
    assert len(_meetings(_held(text, "en", "2025-06-09"))) == 2


# Not detected. `joined the G7 foreign ministers' meeting`: an attendance verb's object names its meeting though the
# name is written in lower case (`attended the meeting`, `a bilateral meeting` name none).
def test_attending_a_meeting_named_in_lower_case_is_the_event() -> None:
    text = "Minister Sara Lind joined the G20 energy ministers' meeting in Goa on 22 July."
    assert [(e.name, e.date) for e in _meetings(_held(text, "en", "2025-07-23"))] == [
        ("G20 energy ministers' meeting", "2025-07-22")]
    text = "Deputy Minister Ito participated in the APEC trade ministers' meeting in Arequipa on 16 May."
    assert [e.participants for e in _meetings(_held(text, "en", "2025-05-17"))] == [["APEC"]]
    text = "Minister Sara Lind attended a bilateral meeting in Goa on 22 July."
    assert _meetings(_held(text, "en", "2025-07-23")) == []


# Not detected. A sentence opening with the meeting it took place at (`At the third X Forum in Nairobi on 4 May, the
# two sides agreed …`, `At a meeting in Lima on 2 June, …`), its own clause reporting no meeting verb: the meeting is
# held when named or when its phrase gives a day, a place or its order (`In a meeting before the signing`).
def test_a_meeting_opening_the_sentence_is_held() -> None:
    text = ("At the third Kenya-Japan Business Forum in Nairobi on 4 May, the two sides agreed to expand "
            "geothermal cooperation.")
    assert [(e.name, e.date, e.location.city) for e in _meetings(_held(text, "en", "2025-05-05"))] == [
        ("Kenya-Japan Business Forum", "2025-05-04", "Nairobi")]
    text = "At a meeting in Lima on 2 June, the ministers of Peru and Chile agreed to link their power grids."
    assert [e.date for e in _meetings(_held(text, "en", "2025-06-03"))] == ["2025-06-02"]
    text = "At the meeting, the two sides agreed to link their power grids."
    assert _meetings(_held(text, "en", "2025-06-03")) == []


# Not detected. `led the U.S. delegation to the third X Dialogue`: a delegation led to a meeting named after `to`
# (`led the delegation to Osaka` names none; `will lead` is ahead).
def test_a_delegation_led_to_a_meeting_is_the_meeting() -> None:
    text = ("Assistant Secretary Maria Chen led the U.S. delegation to the second U.S.-Ghana Energy Dialogue in "
            "Accra on 8 October.")
    assert [(e.name, e.date) for e in _meetings(_held(text, "en", "2025-10-09"))] == [
        ("U.S.-Ghana Energy Dialogue", "2025-10-08")]
    text = ("On 8 October, Minister Tom Berg led a Swedish business delegation to the Sweden-Vietnam Green Forum "
            "in Hanoi.")
    assert [e.location.city for e in _meetings(_held(text, "en", "2025-10-09"))] == ["Hanoi"]
    text = "Minister Tom Berg will lead a Swedish delegation to the Sweden-Vietnam Green Forum in Hanoi on 8 October."
    assert _meetings(_held(text, "en", "2025-10-01")) == []


# City. `welcomed President X to the White House`: a seat of government a visitor is received to is where.
def test_a_visitor_received_to_a_seat_of_government_is_there() -> None:
    text = "Today, President Mia Ford welcomed President Ravi Sharma of India to the White House."
    assert [e.location.city for e in _meetings(_held(text, "en", "2025-02-11"))] == ["Washington"]
    text = "On 10 February, Prime Minister Hugo Lam received Chancellor Eva Stein of Austria to Downing Street."
    assert [e.location.city for e in _meetings(_held(text, "en", "2025-02-11"))] == ["London"]
