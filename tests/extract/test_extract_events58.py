"""Round 58: economic-security frameworks and a trade minister's meetings at a host gathering. Sentences written for
these tests (real public facts or plausible ones, our own wording; none from the corpus), each failing before its rule
(at 5a1e285) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "party"), [
    ("정 본부장은 이날 후안 카를로스 페루 통상차관과의 협의에서는 한-페루 FTA 이행 방안이 논의됐다고 밝혔다.", "PER"),
    ("마리아 아기레 멕시코 경제부 차관과의 협의에서 양측은 공급망 협력 방안을 논의했다.", "MEX"),
])
def test_a_consultation_with_a_titled_person_told_as_the_setting(text: str, party: str) -> None:
    """`X 차관과의 협의에서는 … 논의됐다`: a consultation with a titled person, told as the setting of a past clause,
    is a meeting with that person (as `과의 면담에서`)."""
    assert [party in e.participants for e in held(text, "ko", "2023-05-27")] == [True]


_DETROIT = ("안 본부장은 미국 디트로이트에서 열린 아시아태평양경제협력체(APEC) 통상장관회의를 계기로 각국 대표와 "
            "잇따라 만났다.\n\n산업부는 안 본부장이 지난 25일(현지시간)부터 이틀간 디트로이트에서 열린 APEC "
            "통상장관회의에 참석했다고 27일 밝혔다.\n\n안 본부장은 왕원타오 중국 상무부장과 만나 공급망 협력을 "
            "논의했다.")
_LIMA = ("정 본부장은 페루 리마에서 열린 아시아태평양경제협력체(APEC) 통상장관회의를 계기로 주요국 대표와 "
         "잇따라 면담했다.\n\n정 본부장은 지난 15일(현지시간)부터 이틀간 열린 APEC 통상장관회의에 참석했다고 "
         "17일 밝혔다.\n\n정 본부장은 캐서린 타이 미국 무역대표부 대표와 만나 통상 현안을 논의했다.")


@pytest.mark.parametrize(("text", "published", "met"), [
    (_DETROIT, "2023-05-27", "왕원타오"),
    (_LIMA, "2024-05-17", "캐서린 타이"),
])
def test_the_host_gathering_with_its_groupings_name_and_its_span(text: str, published: str, met: str) -> None:
    """`(APEC) 통상장관회의를 계기로` then `25일부터 이틀간 열린 APEC 통상장관회의에 참석했다`: the grouping opening the
    name is the gathering's owner, the host gathering mentioned; a meeting at it with no day of its own is on some
    day of its span (records.md rule 6), undated."""
    found = held(text, "ko", published)
    assert [(met in {d.name for d in e.delegates}, e.date) for e in found] == [(True, None)]


def test_a_meeting_of_two_sides_named_like_the_occasion_stays() -> None:
    """Guard: `한-아세안 외교장관회의` after `외교장관회의를 계기로` is a meeting of two sides, not the host
    gathering."""
    text = ("조 장관은 아세안 관련 외교장관회의를 계기로 26일 비엔티안에서 한-아세안 외교장관회의를 주재했다. "
            "조 장관은 같은 날 태국 외교장관과 회담했다.")
    assert "한-아세안 외교장관회의" in [e.name for e in held(text, "ko", "2024-07-27")]


@pytest.mark.parametrize(("text", "published", "past"), [
    ("안 본부장은 26일 캐서린 타이 USTR 대표와 만났다. 메리 응 캐나다 국제통상장관과는 지난 17일 서울에서 열린 "
     "한-캐나다 정상회담의 후속 조치로 핵심광물 협력 방안을 논의했다.", "2023-05-27", "2023-05-17"),
    ("김 차관은 10일 호주 외교차관과 면담했다. 라흐맛 카이물딘 인도네시아 해양투자조정부 차관과는 지난 3일 "
     "자카르타에서 열린 한-인니 정상회담의 후속 조치로 원전 협력을 논의했다.", "2023-10-11", "2023-10-03"),
])
def test_the_meeting_an_act_follows_up_is_referred_to(text: str, published: str, past: str) -> None:
    """`지난 17일 서울에서 열린 한-캐나다 정상회담의 후속 조치로`: the meeting followed up is referred to in passing,
    and its day and place are its own, not those of the meeting told with it."""
    found = held(text, "ko", published)
    assert len(found) == 2 and past not in {str(e.date) for e in found}


@pytest.mark.parametrize(("text", "published", "parties"), [
    ("TAKASAKI, Japan, April 30 (Reuters) - The two-day meeting in Takasaki, a city northwest of Tokyo, brought "
     "together on Saturday ministers from Britain, Canada, France and Japan. Minister Takeaki Matsumoto chaired it.",
     "2023-04-30", {"GBR", "CAN", "FRA", "JPN"}),
    ("HIROSHIMA, April 16 (Kyodo) - The three-day meeting in Karuizawa brought together on Sunday foreign ministers "
     "from Germany, Italy and Japan, with Foreign Minister Yoshimasa Hayashi in the chair.", "2023-04-16",
     {"DEU", "ITA", "JPN"}),
])
def test_a_meeting_that_brought_together_ministers(text: str, published: str, parties: set[str]) -> None:
    """`The two-day meeting in X, …, brought together … ministers from A, B and C`: the meeting opening its sentence,
    gathering people, is held."""
    found = held(text, "en", published)
    assert len(found) == 1 and parties <= set(found[0].participants)
