"""Round 12 of issue 16, place grammar read from the grammar battery (corpus/grammar/tune) and the other tuning
sets' city errors: each rule a pattern, tested on sentences written for these tests (people, places and dates of
our own)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _cities(events: list[EventRecord]) -> list[str | None]:
    return [e.location.city if e.location else None for e in events if e.type == "dialogue"]


# A city right before the venue held at (`자카르타의 대통령궁에서`, `하노이 정부청사에서`) is where, ahead of
# a city named first for another reason (a stop on the way, a wire's dateline).
def test_a_korean_city_before_its_venue_is_where() -> None:
    text = ("싱가포르를 거쳐 인도네시아를 방문 중인 박 장관은 10일 자카르타의 대통령궁에서 조코 위도도 "
            "인도네시아 대통령을 예방했다.")
    assert _cities(_held(text, "ko", "2023-05-10")) == ["Jakarta"]
    text = "(부산=뉴스1) 한덕수 국무총리는 3일 하노이 정부청사에서 팜 민 찐 베트남 총리와 회담했다."
    assert _cities(_held(text, "ko", "2023-05-03")) == ["Hanoi"]


# A trip's city told before the meeting (`로마를 방문하였다`, `프라하에 도착했다`) is where a meeting that names
# no place of its own was held.
def test_a_korean_trip_city_is_where_its_meeting_was_held() -> None:
    text = ("강 장관은 11.3~4 이탈리아 로마를 방문하였다.\n\n강 장관은 11.4.(월) 오전 안토니오 타야니 이탈리아 "
            "외교장관과 회담을 갖고 방산 협력을 논의하였다.")
    assert _cities(_held(text, "ko", "2024-11-04")) == ["Rome"]
    text = ("이 총리는 4일 저녁 나이로비에 도착했다.\n\n이 총리는 5일 오전 대통령궁에서 윌리엄 루토 케냐 대통령과 "
            "회담하고 인프라 협력을 논의했다.")
    assert _cities(_held(text, "ko", "2024-06-05")) == ["Nairobi"]


# `대통령실에서`: the Korean president's office is in Seoul.
def test_the_korean_presidential_office_is_in_seoul() -> None:
    text = "윤 대통령은 9일 용산 대통령실에서 방한 중인 루토 케냐 대통령과 정상회담을 가졌다."
    assert _cities(_held(text, "ko", "2024-06-09")) == ["Seoul"]
    text = "윤 대통령은 14일 대통령실에서 샤를 미셸 유럽이사회 상임의장을 접견했다."
    assert _cities(_held(text, "ko", "2023-05-14")) == ["Seoul"]


# `Ruler of Dubai`, `Governor of Osaka`: a place owned by a title is not where the meeting was held (nor is the
# title's place taken when the release names no other).
def test_a_titles_place_is_not_where() -> None:
    text = "President William Ruto held talks today with Sheikh Mohammed bin Rashid, Ruler of Dubai."
    assert _cities(_held(text, "en", "2024-03-02")) == [None]
    text = ("TOKYO - Ambassador Laura Perez met Hirofumi Yoshimura, Governor of Osaka, on Monday to discuss the "
            "Expo.")
    assert _cities(_held(text, "en", "2024-03-05")) == ["Tokyo"]


# `whose first round was held in Lima in April`, `signed in Nairobi on 3 May 2022`: a place dated by another date
# is another event's; it is neither this meeting's place nor the city of the trip.
def test_a_place_dated_apart_is_another_events() -> None:
    text = ("ROME - Today, Secretary Ana Ruiz met Italy's Foreign Minister Antonio Tajani. They reviewed the "
            "dialogue, whose first round was held in Lima in April.\n\nLater, Secretary Ruiz met Defence "
            "Minister Guido Crosetto.")
    assert _cities(_held(text, "en", "2024-10-08")) == ["Rome", "Rome"]
    text = ("Minister Kato met Kenya's Cabinet Secretary Peter Mwangi today, building on the accord signed in "
            "Nairobi on 3 May 2022. The meeting was held in Osaka.")
    assert _cities(_held(text, "en", "2024-10-08")) == ["Osaka"]


def _held_meetings(text: str, published: str) -> list[tuple[str | None, int | None]]:
    return [(e.date, e.ordinal) for e in _held(text, "ko", published) if e.type == "dialogue"]


# Ordinal missed and a meeting split off. `2012년 서울, 2016년 도쿄에 이어 세 번째로 열린 이번 회의`: a round
# counted in words (`세 번째`) is the meeting's ordinal, and the years of the past rounds listed before `이번 X` are
# not its date (`이번` names the meeting reported).
def test_a_round_counted_in_words_is_this_meetings_ordinal() -> None:
    text = ("한-중앙아시아 협력포럼 외교장관회의가 5일 서울에서 개최됐다.\n\n2012년 서울, 2016년 비슈케크에 이어 "
            "세 번째로 열린 이번 외교장관회의는 박진 외교부 장관이 주재했다.")
    assert _held_meetings(text, "2023-05-05") == [("2023-05-05", 3)]
    text = ("한-태평양도서국 외교장관회의가 20일 부산에서 열렸다.\n\n2011년, 2015년에 이어 네 번째로 개최된 이번 "
            "외교장관회의에는 14개국 대표가 참석했다.")
    assert _held_meetings(text, "2024-09-20") == [("2024-09-20", 4)]


# Not detected. `sat down with Prime Minister X`: sitting down with a titled person is meeting them, like `met`.
def test_sitting_down_with_a_titled_person_is_a_meeting() -> None:
    text = "OSLO - Prime Minister Jonas Gahr Store sat down with Polish Prime Minister Donald Tusk on Monday."
    assert [(e.date, "POL" in e.participants) for e in _held(text, "en", "2024-05-08")
            if e.type == "dialogue"] == [("2024-05-06", True)]
    text = "Chancellor Olaf Scholz sat down with President Emmanuel Macron of France in Hamburg on Tuesday."
    assert [e.date for e in _held(text, "en", "2023-10-11") if e.type == "dialogue"] == ["2023-10-10"]


def test_sitting_down_with_reporters_is_no_meeting() -> None:
    text = "Spokesperson Ana Ruiz said the minister sat down with reporters on Monday to talk about trade."
    assert [e for e in _held(text, "en", "2025-05-07") if e.type == "dialogue"] == []


# `met X on Monday, a day after X signed a pact in London`: a place in a clause about another day (`a day after`,
# `two days before`) is that day's event's, not this meeting's.
def test_a_place_of_a_day_apart_clause_is_not_where() -> None:
    text = ("CANBERRA - Prime Minister Anthony Albanese met Prime Minister Christopher Luxon on Friday, a day after "
            "Luxon opened a trade office in Sydney.")
    assert _cities(_held(text, "en", "2024-08-17")) == ["Canberra"]
    text = ("SEOUL - Foreign Minister Cho Tae-yul met Foreign Minister Penny Wong on Tuesday, two days before Wong "
            "travels to Tokyo for talks.")
    assert _cities(_held(text, "en", "2024-05-15")) == ["Seoul"]
