"""Round 81: government releases on economic-security dialogues (fresh113). Sentences written for these tests (our own
wording; none from the corpus), each failing before its rule (at 9af2fc16)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published"), [
    ("박윤주 외교부 제1차관은 7일 도쿄에서 제9차 한일 전략대화를 개최했다. 박 차관은 이번 도쿄 방문 계기에 모리야마 "
     "히로시 자민당 간사장과 면담을 갖고 양국 협력 방안을 논의했다.", "2025-02-08"),
    ("산업통상자원부 정인교 본부장은 10일 워싱턴에서 한미 통상장관회담을 가졌다. 정 본부장은 이번 미국 방문 계기에 "
     "캐서린 타이 무역대표와 별도로 면담했다.", "2025-02-11"),
])
def test_a_meeting_on_the_occasion_of_a_visit_has_no_day(text: str, published: str) -> None:
    """`이번 도쿄 방문 계기에 A와 면담`: on the occasion of the visit, as during it: some day of the trip (records.md
    rule 6)."""
    events = held(text, "ko", published)
    assert len(events) == 2 and events[1].date is None


@pytest.mark.parametrize(("text", "published", "name", "country"), [
    ("The Philippines was represented by Mr. Carlos Sorreta, Undersecretary for Bilateral Relations, DFA, and Mr. "
     "Ceferino Rodolfo, Undersecretary for Trade Policy, DTI, at the talks held in Manila on June 3 with Japanese "
     "Deputy Minister Ono Keiichi.", "2024-06-04", "Ceferino Rodolfo", "PHL"),
    ("Japan was represented by Mr. OKANO Masataka, Vice-Minister for Foreign Affairs, MOFA, and Mr. NAKAMURA Ichiro, "
     "Senior Deputy Minister, METI, at the talks held in Manila on June 3 with Philippine Undersecretary Carlos "
     "Sorreta.", "2024-06-04", "NAKAMURA Ichiro", "JPN"),
])
def test_a_side_s_list_goes_on_past_an_apposed_office_and_body(text: str, published: str, name: str,
                                                               country: str) -> None:
    """`represented by Mr. A, Undersecretary for …, DFA, and Mr. B`: the one before's office and body in apposition
    do not end the side's list."""
    events = held(text, "en", published)
    assert events and {p.name: p.country for p in events[0].delegates}.get(name) == country


@pytest.mark.parametrize(("text", "published", "absent"), [
    ("The talks were chaired by Deputy Secretary Kurt Campbell, who represented Secretary of State Antony Blinken, and "
     "Indian Foreign Secretary Vikram Misri in New Delhi on Tuesday.", "2024-06-05", "Antony Blinken"),
    ("Ambassador Linda Thomas-Greenfield, representing President Joe Biden, met Kenyan President William Ruto in "
     "Nairobi on Monday.", "2024-06-05", "Joe Biden"),
])
def test_one_stood_in_for_did_not_attend(text: str, published: str, absent: str) -> None:
    """`X, who represented Secretary of State Y`: the one stood in for is no delegate."""
    events = held(text, "en", published)
    assert events and absent not in [p.name for p in events[0].delegates]


def test_represented_by_is_attendance() -> None:
    """Guard: `was represented by X`: X attends."""
    text = ("The United States was represented by Under Secretary Jose W. Fernandez at the talks held in Tokyo on "
            "June 3 with Japanese Deputy Minister Ono Keiichi.")
    events = held(text, "en", "2024-06-04")
    assert events and "Jose W. Fernandez" in [p.name for p in events[0].delegates]
