"""Round 19 of issue 16 (ev23): ways of dating a held event the rules missed (read from grammar5/tune first),
probed with sentences written for these tests (people, places, dates and wording of our own). Each rule is a
pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# `(프놈펜=연합뉴스) … 이날 … 정상회담을 열었다`, `… 전날 오후 … 회담했다` with no day named anywhere in the report:
# `이날` is the report's own day and `전날` the day before it (a held meeting, not one referred to in passing).
def test_this_day_with_no_day_named_is_the_report_day() -> None:
    text = "(프놈펜=연합뉴스) 캄보디아를 방문 중인 문재인 대통령은 이날 총리실에서 훈 센 총리와 정상회담을 열었다."
    assert _days(held(text, "ko", "2019-03-15")) == [("dialogue", "2019-03-15")]
    text = "한덕수 국무총리는 이날 정부서울청사에서 피아메 나오미 마타아파 사모아 총리와 회담했다."
    assert _days(held(text, "ko", "2023-06-02")) == [("dialogue", "2023-06-02")]


def test_the_day_before_with_no_day_named_is_before_the_report_day() -> None:
    text = "(쿠알라룸푸르=뉴시스) 말레이시아를 국빈방문 중인 문재인 대통령은 전날 오후 마하티르 모하맛 총리와 회담했다."
    assert _days(held(text, "ko", "2019-03-14")) == [("dialogue", "2019-03-13")]
    text = "박진 외교부 장관은 전날 저녁 서울에서 페니 웡 호주 외교장관과 면담한 뒤 만찬을 함께했다."
    assert _days(held(text, "ko", "2023-06-02")) == [("dialogue", "2023-06-01")]
    # a day named before is the one `전날` counts back from
    text = "박 장관은 9일 캔버라에서 웡 장관과 회담했다. 두 장관은 전날 저녁 만찬을 함께했다."
    assert ("dialogue", "2023-06-09") in _days(held(text, "ko", "2023-06-10"))


# `정상회담을 한 뒤 … 서명했다`, `회담을 가진 후 …`, `정상회담을 마친 뒤 …`: a meeting told in a clause of time before
# the main predicate (a signing, a press conference) was held that day, an event of its own.
def test_a_meeting_held_before_what_follows() -> None:
    text = "압둘라 2세 국왕과 윤석열 대통령은 8일 암만에서 정상회담을 한 뒤 인프라 협력 양해각서에 서명했다."
    assert sorted(_days(held(text, "ko", "2024-02-09"))) == [("agreement", "2024-02-08"), ("dialogue", "2024-02-08")]
    text = "두 정상은 8일 리마에서 회담을 가진 후 공동기자회견을 열었다."
    assert _days(held(text, "ko", "2024-02-09")) == [("dialogue", "2024-02-08")]
    text = "이시바 총리와 룰라 대통령은 8일 브라질리아에서 정상회담을 마친 뒤 공동성명을 발표했다."
    assert _days(held(text, "ko", "2024-02-09")) == [("dialogue", "2024-02-08")]
    # one ahead is not held
    text = "두 정상은 다음 달 리마에서 정상회담을 한 뒤 양해각서에 서명할 예정이다."
    assert [e for e in held(text, "ko", "2024-02-09") if e.type == "dialogue"] == []


# `took part in the X Summit`: one side's attendance, like `attended`/`participated in`, reports the named meeting
# (and only a named one: `took part in discussions on …` is none).
def test_took_part_in_a_named_meeting() -> None:
    text = "Prime Minister Scott Morrison on October 26 took part in the East Asia Summit by videoconference."
    assert [(e.type, e.date, e.name) for e in held(text, "en", "2021-10-27")] == [
        ("dialogue", "2021-10-26", "East Asia Summit")]
    text = "President Joko Widodo took part in the 43rd ASEAN Summit plenary session in Jakarta on Tuesday."
    assert _days(held(text, "en", "2023-09-08")) == [("dialogue", "2023-09-05")]
    text = "Prime Minister Anthony Albanese took part in discussions on climate finance in Jakarta on Tuesday."
    assert held(text, "en", "2023-09-08") == []
