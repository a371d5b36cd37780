"""Events, round 32: the general gaps the multi-event paraphrase grids (tests/extract/grids/grid32eev.py,
grid32kev.py) showed — a later meeting of a trip told with the counterpart as subject or in a pair of subjects, as
part of the tour, a trip's stops as parties, and a past call's people. Sentences written for these tests (none is
a corpus document or a grid cell), each failing before round 32's rules unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _meetings(text: str, lang: str, published: str) -> list[tuple[str | None, frozenset[str]]]:
    """Every held dialogue: (date, delegate names)."""
    return [(e.date, frozenset(d.name for d in e.delegates)) for e in _held(text, lang, published)
            if e.type == "dialogue"]


# `A and President B also held talks`, `President B also received A`: a second meeting of the day with another
# person of the same country is its own event, not the first one's.
@pytest.mark.parametrize(("text", "published", "second"), [
    ("TOKYO, Feb. 20 (Kyodo) -- Foreign Minister Yoko Kamikawa held talks with Ukrainian Prime Minister Denys Shmyhal "
     "in Tokyo on Monday. Shmyhal and Prime Minister Fumio Kishida also held talks in Tokyo on Monday.", "2024-02-20",
     "Fumio Kishida"),
    ("CANBERRA, July 30 (AAP) -- U.S. Defense Secretary Lloyd Austin held talks with Deputy Prime Minister Richard "
     "Marles in Brisbane on Saturday. Prime Minister Anthony Albanese also received Austin in Brisbane on Saturday.",
     "2023-07-30", "Anthony Albanese"),
])
def test_a_second_person_of_the_same_side_is_another_meeting(text: str, published: str, second: str) -> None:
    meetings = _meetings(text, "en", published)
    assert len(meetings) == 2
    assert any(second in people for _, people in meetings[1:]) or any(
        second in people and len(people) == 2 for _, people in meetings)


# `X's tour also included a meeting with President Y`: a meeting of the trip.
@pytest.mark.parametrize(("text", "published", "person"), [
    ("NEW DELHI, March 21 (PTI) -- Japanese Prime Minister Fumio Kishida held talks with Prime Minister Narendra "
     "Modi in New Delhi on Monday. Kishida's visit also included a meeting with President Droupadi Murmu on Monday.",
     "2023-03-21", "Droupadi Murmu"),
    ("HANOI, Dec. 13 (AFP) -- Chinese President Xi Jinping held talks with Vietnamese leader Nguyen Phu Trong in "
     "Hanoi on Tuesday. His trip also included talks with Prime Minister Pham Minh Chinh on Wednesday.",
     "2023-12-14", "Pham Minh Chinh"),
])
def test_a_meeting_the_trip_included(text: str, published: str, person: str) -> None:
    meetings = _meetings(text, "en", published)
    assert len(meetings) == 2 and any(person in people for _, people in meetings)


def test_a_trip_that_will_include_a_meeting_holds_none() -> None:  # a guard: a plan, not a meeting held
    text = ("SEOUL, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Kenyan Foreign Minister Musalia "
            "Mudavadi in Seoul on Monday. Mudavadi's visit will include a meeting with President Yoon Suk Yeol.")
    assert len(_meetings(text, "en", "2024-06-03")) == 1


# `on a three-nation tour of Japan, South Korea and India`: the stops of a trip are not the meeting's parties.
@pytest.mark.parametrize(("text", "published", "parties"), [
    ("SEOUL, Nov. 13 (Yonhap) -- U.S. Defense Secretary Lloyd Austin, on a tour of India, South Korea and Indonesia, "
     "met South Korean Defense Minister Shin Won-sik in Seoul on Monday.", "2023-11-13", {"USA", "KOR"}),
    ("NAIROBI, May 6 -- German Chancellor Olaf Scholz, on a two-nation trip to Ethiopia and Kenya, held talks with "
     "President William Ruto in Nairobi on Friday.", "2023-05-06", {"DEU", "KEN"}),
])
def test_a_trips_stops_are_not_parties(text: str, published: str, parties: set[str]) -> None:
    events = [e for e in _held(text, "en", published) if e.type == "dialogue"]
    assert len(events) == 1 and set(events[0].participants) == parties


def test_a_plural_possessive_after_welcomed_is_no_one_met() -> None:  # `welcomed his counterparts' views`
    text = ("NEW YORK, Sept. 20 -- President Yoon Suk Yeol met Czech President Petr Pavel in New York on Tuesday. "
            "Yoon welcomed his counterparts' views on nuclear power cooperation.")
    assert len(_meetings(text, "en", "2023-09-20")) == 1


# `… 통화를 한 바 있다`: a sentence telling only an earlier event as an experience; its people were at that one, not
# at the meeting of the section it stands in.
@pytest.mark.parametrize(("text", "published", "absent"), [
    ("박진 외교부 장관은 18일 도쿄에서 하야시 요시마사 일본 외무상과 외교장관회담을 가졌다. 박 장관은 이어 람 이매뉴얼 "
     "주일 미국대사와 면담했다. 박 장관과 하야시 외무상은 지난달 10일 상견례를 겸한 첫 전화 통화를 한 바 있다.",
     "2023-07-19", "하야시 요시마사"),
    ("박진 외교부 장관은 14일 자카르타에서 왕이 중국 공산당 중앙외사판공실 주임과 회담을 가졌다. 박 장관은 이어 "
     "페니 웡 호주 외교장관과 회동했다. 박 장관과 왕 주임은 지난해 8월 칭다오에서 회담한 바 있다.",
     "2023-07-15", "왕이"),
])
def test_a_past_experience_keeps_its_people(text: str, published: str, absent: str) -> None:
    meetings = _meetings(text, "ko", published)
    last = meetings[-1][1]
    assert len(meetings) == 2 and not any(absent in name for name in last)


# `A와 X회담을 가진 데 이어 B와 회담했다`, `A와 회담을 가진 뒤 B를 접견했다`: a meeting noun's light verb before
# `데 이어` or `뒤` closes the earlier meeting's clause; the later verb's meeting is with the person of its own clause.
@pytest.mark.parametrize(("text", "published", "people"), [
    ("박진 외교부 장관은 14일 자카르타에서 왕이 중국 공산당 중앙외사판공실 주임과 한중 외교장관회담을 가진 데 "
     "이어 페니 웡 호주 외교장관과 회담했다.", "2023-07-15", ({"박진", "왕이"}, {"박진", "페니 웡"})),
    ("윤석열 대통령은 20일 히로시마에서 앤서니 앨버니지 호주 총리와 정상회담을 가진 뒤 나렌드라 모디 인도 총리와 "
     "회담했다.", "2023-05-21", ({"윤석열", "앤서니 앨버니지"}, {"윤석열", "나렌드라 모디"})),
])
def test_a_light_verb_before_de_ieo_closes_the_earlier_meeting(text: str, published: str,
                                                               people: tuple[set[str], set[str]]) -> None:
    meetings = _meetings(text, "ko", published)
    assert sorted(map(sorted, (set(p) for _, p in meetings))) == sorted(map(sorted, people))
