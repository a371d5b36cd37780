"""Events and delegates, round 41. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 41 (at d32b506) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "day", "parties"), [
    ("During talks in Hanoi on Tuesday, Vietnamese Foreign Minister Bui Thanh Son and his Indonesian counterpart "
     "Retno Marsudi agreed to expand maritime cooperation.", "2024-04-30", {"VNM", "IDN"}),
    ("In talks at the Istana on Monday, Singapore Prime Minister Lawrence Wong and Malaysian Prime Minister Anwar "
     "Ibrahim agreed to speed up work on the rapid transit link.", "2024-06-10", {"SGP", "MYS"}),
    ("Chilean President Gabriel Boric arrived in Bogota on Friday for a two-day state visit. In talks at the "
     "presidential palace that lasted about an hour, President Gustavo Petro and Boric agreed to cooperate on "
     "lithium.", "2024-05-03", {"COL", "CHL"}),
])
def test_talks_opening_a_sentence_without_an_article_are_held(text: str, day: str, parties: set[str]) -> None:
    """`During talks in X on Tuesday, A and B agreed …`: the bare plural `talks` opens the sentence as `At the
    meeting in X` does; a venue (`at the presidential palace`, `at the Istana`) locates it as a place does."""
    published = {"2024-04-30": "2024-05-01", "2024-06-10": "2024-06-11", "2024-05-03": "2024-05-04"}[day]
    events = held(text, "en", published)
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", day)]
    assert set(events[0].participants) == parties


@pytest.mark.parametrize("text", [
    "During talks, the two sides agreed to meet again in Seoul next year.",
    "In talks, officials often repeat their positions.",
])
def test_bare_talks_with_nothing_of_their_own_are_no_meeting(text: str) -> None:
    """Guard: `During talks,` with no day, place, venue or name is the meeting already reported, not another."""
    assert held(text, "en", "2024-05-04") == []


@pytest.mark.parametrize(("text", "published", "parties"), [
    ("안덕근 산업통상자원부 장관은 25일 리야드에서 사우디 에너지부 장관과 만나 수소 협력 양해각서에 서명했다.",
     "2024-05-26", {"KOR", "SAU"}),
    ("이창양 산업통상자원부 장관은 14일 바르샤바에서 폴란드 국방부 차관과 면담하고 방산 협력을 논의했다.",
     "2023-03-15", {"KOR", "POL"}),
    ("방문규 장관은 9일 아부다비에서 아랍에미리트 에너지부 차관과 만나 원전 협력 방안을 논의했다.",
     "2023-11-10", {"KOR", "ARE"}),
])
def test_a_bare_ministry_after_another_countrys_name_is_that_countrys(
        text: str, published: str, parties: set[str]) -> None:
    """`사우디 에너지부 장관`: a ministry every government has (`에너지부`, `국방부`), after a country's name, is that
    country's, not the listed body of the same name (the US Department of Energy); and the country after
    `리야드에서` begins another phrase, so it is a side, not the place's country."""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert len(events) == 1
    assert set(events[0].participants) == parties
