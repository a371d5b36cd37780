"""Round 64: Oceania, the Pacific and the Americas. Sentences written for these tests (real public facts or plausible
ones, our own wording; none from the corpus), each failing before its rule (at df87a027) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "person", "country"), [
    ("The Leaders Meeting was chaired by the Prime Minister of Tonga and Chair of the Pacific Islands Forum, Hon. "
     "Siaosi Sovaleni, in Nuku'alofa on Wednesday.", "2024-08-28", "Siaosi Sovaleni", "TON"),
    ("The summit was chaired by Lao Prime Minister and ASEAN Chair Sonexay Siphandone in Vientiane on Wednesday.",
     "2024-10-09", "Sonexay Siphandone", "LAO"),
])
def test_a_chair_of_a_grouping_stays_his_states(text: str, published: str, person: str, country: str) -> None:
    """`the Prime Minister of Fiji and Chair of the Pacific Islands Forum, X`: a grouping's chair is a state's leader
    in turn; the state is the side."""
    assert (person, country) in {(d.name, d.country) for e in held(text, "en", published) for d in e.delegates}


@pytest.mark.parametrize(("text", "published"), [
    ("The four ministers met in Canberra on Friday. On the margins, Mr Marles held separate talks with Mr Kihara, "
     "while Ms Wong and Mr Kamikawa met for a bilateral foreign ministers' meeting.", "2024-09-06"),
    ("The leaders met in Ottawa on Monday. Ms Joly held separate talks with Mr Cho on Monday, while Mr Blair and "
     "Mr Shin met for a bilateral defence ministers' meeting.", "2024-10-14"),
])
def test_a_while_clause_of_other_people_meeting_is_a_meeting(text: str, published: str) -> None:
    """`A held talks with B, while C and D met for a bilateral meeting`: the clause of other people meeting at the
    same time is a meeting of its own."""
    assert len(held(text, "en", published)) == 3


@pytest.mark.parametrize(("text", "published", "country"), [
    ("Leaders of Australia, New Caledonia and French Polynesia took part in the Pacific Islands Forum Leaders Meeting "
     "held in Nuku'alofa on Tuesday.", "2024-08-28", {"NCL", "PYF"}),
    ("기시다 총리는 18일 도쿄에서 열린 태평양·섬 정상회의에서 뉴칼레도니아, 프랑스령 폴리네시아 대표와 회담했다.",
     "2024-07-18", {"NCL", "PYF"}),
])
def test_pacific_islands_forum_territories_are_parties(text: str, published: str, country: set[str]) -> None:
    """Data: New Caledonia and French Polynesia, full members of the Pacific Islands Forum since 2016."""
    assert any(country <= set(e.participants) for e in held(text, published=published,
                                                            lang="ko" if text[0] >= "가" else "en"))


@pytest.mark.parametrize(("text", "published", "name", "people"), [
    ("□ 조태열 외교부장관은 신원식 국방부장관과 함께 5.1.(수) 멜버른에서 페니 웡 호주 외교장관, 리처드 말스 호주 "
     "국방장관과 제6차 한-호주 외교·국방(2+2) 장관회의를 개최하였다.\n ㅇ 이와 함께 양국 외교장관은 「한-호주 "
     "기후변화 협력 양해각서」에 서명하였다.", "2024-05-01", "한-호주 기후변화 협력 양해각서", {"조태열", "페니 웡"}),
    ("□ 정의용 외교부장관은 서욱 국방부장관과 함께 9.13.(월) 서울에서 머리스 페인 호주 외교장관, 피터 더튼 호주 "
     "국방장관과 제5차 한-호주 외교·국방(2+2) 장관회의를 개최하였다.\n ㅇ 이날 양국 국방장관은 「한-호주 방산 협력 "
     "양해각서」에 서명하였다.", "2021-09-13", "한-호주 방산 협력 양해각서", {"서욱", "피터 더튼"}),
])
def test_the_two_countries_ministers_of_a_portfolio_sign(text: str, published: str, name: str,
                                                          people: set[str]) -> None:
    """`양국 외교장관은 「X」에 서명하였다` after a 2+2: the ministers of that portfolio of the meeting signed it."""
    found = [e for e in held(text, "ko", published) if e.type == "agreement" and e.name == name]
    assert found and {d.name for d in found[0].delegates} == people
