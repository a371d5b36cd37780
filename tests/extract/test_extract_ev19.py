"""Session 12 of issue 16 (ev19): event constructions the rules missed, probed with sentences written for these tests
(people, places, dates and wording of our own, partners far beyond one region). Each rule is a pattern, tested on at
least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _held_ko(text: str, published: str = "2025-03-14") -> list[EventRecord]:
    return _held(text, "ko", published)


def _named(events: list[EventRecord]) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.name) for e in events]


def _kinds(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# Event date. `12일 … 서명했다. … 11~13일 태국을 방문한 가운데 … 같은 날 … 회담했다`: `같은 날`, `이날` read back to
# the last day named alone, not to the first day of a span said in between (a visit's days).
def test_the_same_day_skips_a_span_of_days() -> None:
    text = ("(방콕=연합뉴스) 태국과 베트남이 12일(현지시간) 방콕에서 해운협정에 서명했다. 서명식은 팜 민 찐 총리가 "
            "11~13일 태국을 방문한 가운데 열렸다. 찐 총리는 같은 날 방콕 정부청사에서 패통탄 친나왓 총리와 회담했다.")
    assert _kinds(_held_ko(text)) == [("agreement", "2025-03-12"), ("dialogue", "2025-03-12")]
    text = ("(나이로비=연합뉴스) 케냐와 에티오피아가 5일(현지시간) 나이로비에서 국경 안보 양해각서를 체결했다. 아비 "
            "아머드 총리는 4~6일 케냐를 국빈 방문 중이다. 아비 총리는 이날 윌리엄 루토 대통령과 정상회담을 했다.")
    assert _kinds(_held_ko(text)) == [("agreement", "2025-03-05"), ("dialogue", "2025-03-05")]


# Event date. `6.24~25 헤이그에서 열린 나토 정상회의에 참석한 후 덴마크를 방문하였으며, 6.26. … 정상회담`: a range
# followed by `…에서 열린` before the trip word is the meeting's own span (its first day), not the trip's, so the
# meeting is not dated by the next day named.
def test_a_range_before_a_meeting_held_is_not_the_trip() -> None:
    text = ("대통령은 6.24~25 네덜란드 헤이그에서 열린 나토(NATO) 정상회의에 참석한 후 덴마크를 방문하였으며, "
            "6.26.(목) 코펜하겐에서 프레데릭센 덴마크 총리와 정상회담을 가졌습니다.")
    assert _kinds(_held_ko(text, "2025-06-27")) == [("dialogue", "2025-06-24"), ("dialogue", "2025-06-26")]
    text = ("장관은 6.10~11 브라질 벨렝에서 열린 G20 환경장관회의에 참석한 후 칠레를 방문하였으며, 6.13.(금) "
            "산티아고에서 칠레 외교장관과 회담을 가졌습니다.")
    assert [e.date for e in _held_ko(text, "2025-06-14") if e.name == "G20 환경장관회의"] == ["2025-06-10"]
