"""Round 18 of issue 16 (ev22): ways of reporting a held event the rules missed (read from fresh15/tune first),
probed with sentences written for these tests (people, places, dates and wording of our own). Each rule is a
pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# A gathering told as attended besides the talks reported before it (`Also on Tuesday, …`, `She also attended …`,
# `같은 날 열린 X에도 참석했다`): another event of that day, not part of the talks.
def test_a_gathering_also_attended_in_english() -> None:
    text = ("Prime Minister Narendra Modi held talks with President Emmanuel Macron in Paris on Tuesday. Also on "
            "Tuesday, Modi joined the leaders of Germany, Italy and Canada for a roundtable on artificial "
            "intelligence.")
    assert _days(held(text, "en", "2025-02-12")) == [("dialogue", "2025-02-11"), ("dialogue", "2025-02-11")]
    text = ("Foreign Minister Penny Wong met Fiji's Prime Minister Sitiveni Rabuka in Suva on Wednesday. She also "
            "attended the Pacific Islands Forum foreign ministers' meeting in Suva on Wednesday.")
    events = held(text, "en", "2023-07-13")
    assert _days(events) == [("dialogue", "2023-07-12"), ("dialogue", "2023-07-12")]
    assert events[1].name and events[1].name.startswith("Pacific Islands Forum")


def test_a_gathering_also_attended_in_korean() -> None:
    text = ("박진 외교부 장관은 12일 자카르타에서 레트노 마르수디 인도네시아 외교장관과 회담했다. 박 장관은 같은 날 "
            "열린 한-아세안 외교장관회의에도 참석했다.")
    events = held(text, "ko", "2023-07-13")
    assert [(e.date, e.name) for e in events] == [("2023-07-12", "회담"), ("2023-07-12", "한-아세안 외교장관회의")]
    text = ("한덕수 국무총리는 12일 하노이에서 팜 민 찐 베트남 총리와 회담했다. 한 총리는 이날 하노이에서 열린 "
            "한-베트남 비즈니스 포럼에도 참석했다.")
    assert [e.name for e in held(text, "ko", "2023-07-13")] == ["회담", "한-베트남 비즈니스 포럼"]
    # the gathering named before (the headline) is that one again
    text = ("한 총리, 한-베트남 비즈니스 포럼 참석\n\n한덕수 국무총리는 12일 하노이에서 열린 한-베트남 비즈니스 "
            "포럼에도 참석했다.")
    assert len(held(text, "ko", "2023-07-13")) == 1
