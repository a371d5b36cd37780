"""Round 19 of issue 16 (city19): where a held meeting took place, read from grammar5/tune's city errors first,
probed with sentences written for these tests (people, places, dates and wording of our own). Each rule is a
pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _cities(events: list[EventRecord]) -> list[str | None]:
    return [e.location.city for e in events]


# A seat of government named as where (`청와대에서`, `용산 대통령실에서`) outranks a place that only names another
# thing in the sentence: the games, forum or fair a guest came for (`평창 동계올림픽 참석차 방한한`).
def test_a_seat_of_government_outranks_a_place_naming_another_thing() -> None:
    text = "문재인 대통령은 5일 청와대에서 부산 국제영화제 참석차 방한한 프랑스 문화장관을 접견했다."
    assert _cities(held(text, "ko", "2019-10-05")) == ["Seoul"]
    text = "윤석열 대통령은 12일 용산 대통령실에서 부산 엑스포 지지를 위해 방한한 케냐 대통령과 회담했다."
    events = held(text, "ko", "2023-10-12")
    assert _cities(events) == ["Seoul"]
    assert sorted(events[0].participants) == ["KEN", "KOR"]
    text = "문재인 대통령은 20일 청와대에서 광주 세계수영선수권 관련 방한한 헝가리 총리와 회담했다."
    assert _cities(held(text, "ko", "2019-07-20")) == ["Seoul"]
    # a place marked as where still wins
    text = "윤석열 대통령은 3일 부산에서 제주 포럼 참석차 방한한 몽골 총리를 접견했다."
    assert _cities(held(text, "ko", "2024-04-03")) == ["Busan"]


# `라오스 총리와 용산 대통령실에서`: a guest's country a few words before the building is not its owner
# (`중국 외교부 청사에서` is).
def test_a_guest_country_before_the_building_is_not_its_owner() -> None:
    text = "윤석열 대통령은 1일 공식 방한 중인 라오스 총리와 용산 대통령실에서 회담했다."
    assert _cities(held(text, "ko", "2024-07-01")) == ["Seoul"]
    text = "문재인 대통령은 14일 국빈 방한한 칠레 대통령과 청와대에서 정상회담을 가졌다."
    assert _cities(held(text, "ko", "2019-11-14")) == ["Seoul"]
    text = "박진 외교부 장관은 9일 중국 외교부 청사에서 왕이 외교부장과 회담했다."
    assert _cities(held(text, "ko", "2023-03-09")) != ["Seoul"]


# The president's residence (`한남동 관저`) is in Seoul, and a guest invited to a building (`관저로 초청해`) is met
# there.
def test_the_residence_and_a_guest_invited_to_it() -> None:
    text = "윤석열 대통령은 1일 한남동 관저에서 방한한 베트남 국가주석과 만찬을 함께했다."
    assert _cities(held(text, "ko", "2023-06-01")) == ["Seoul"]
    text = "윤석열 대통령은 8일 방한 중인 일본 총리를 한남동 관저로 초청해 만찬 회담을 했다."
    assert _cities(held(text, "ko", "2023-05-08")) == ["Seoul"]


# Places of the gazetteer: the Kaesong industrial zone (not bare `개성`, a common word) and Seoul's Yongsan district.
def test_kaesong_zone_and_yongsan() -> None:
    text = "남북 당국자들은 14일 개성공단에서 회담을 갖고 협력 방안을 논의했다."
    assert _cities(held(text, "ko", "2018-09-14")) == ["Kaesong"]
    text = "양측은 20일 개성공업지구에서 실무회담을 열었다."
    assert _cities(held(text, "ko", "2007-12-20")) == ["Kaesong"]
    text = ("President Yoon Suk Yeol held talks with Prime Minister Mark Rutte at the presidential office in Yongsan "
            "on Tuesday.")
    assert _cities(held(text, "en", "2023-11-01")) == ["Seoul"]


# A building or room of a seat of government between its name and `에서` (`청와대 본관에서`, `백악관 집무실에서`):
# still that seat's city.
def test_a_building_or_room_of_a_seat_of_government() -> None:
    text = "문재인 대통령은 10일 청와대 본관에서 방한한 덴마크 총리와 회담했다."
    assert _cities(held(text, "ko", "2019-05-10")) == ["Seoul"]
    text = "윤석열 대통령은 26일 엘리제궁 접견실에서 마크롱 대통령과 회담했다."
    assert _cities(held(text, "ko", "2023-06-26")) == ["Paris"]
    text = "윤석열 대통령은 15일 용산 대통령실 청사에서 방한 중인 에스토니아 총리를 접견했다."
    assert _cities(held(text, "ko", "2024-03-15")) == ["Seoul"]
