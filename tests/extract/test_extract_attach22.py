"""Round 22, attachment (attach22): a later meeting of a multi-meeting release whose subject refers to people told
before by their office, with a qualifier (`The Indian Ministers called on …`, `the European leaders held …`,
`3국 장관은 … 예방했다`, `인도 측 장관들은 …`), is attended by those people; a nationality in that phrase keeps only
that side's (records.md rule 9). Documents written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _people(events: list[EventRecord], date: str, counterpart: str) -> set[str]:
    """The delegates' names of the held meeting of `date` whose delegates include `counterpart`."""
    found = [e for e in events if e.date == date and e.type == "dialogue"
             and any(counterpart in d.name for d in e.delegates)]
    assert len(found) == 1, [(e.name, [d.name for d in e.delegates]) for e in events]
    return {d.name for d in found[0].delegates}


def test_nationality_qualified_ministers_call_on_a_leader() -> None:
    text = ("The inaugural India-Singapore Ministerial Roundtable was held in New Delhi on 17 September 2022. "
            "The Singapore delegation comprised Deputy Prime Minister Lawrence Wong and Minister for Trade and "
            "Industry Gan Kim Yong. The Indian side was represented by Minister of Finance Nirmala Sitharaman "
            "and Minister of Commerce and Industry Piyush Goyal.\n"
            "The Ministers agreed to deepen cooperation in digital connectivity and skills development.\n"
            "The Singaporean Ministers called on Prime Minister Narendra Modi on the same day.")
    people = _people(held(text, "en", "2022-09-18"), "2022-09-17", "Modi")
    assert {"Lawrence Wong", "Gan Kim Yong", "Narendra Modi"} <= people
    assert "Piyush Goyal" not in people


def test_regional_leaders_hold_a_meeting_after_a_signing() -> None:
    text = ("Rome, 28 January 2024 -- Prime Minister of Italy Giorgia Meloni and President of Mauritania "
            "Mohamed Ould Ghazouani signed a Memorandum of Understanding on energy cooperation today.\n"
            "After the signing, the European leaders held a meeting with President Ould Ghazouani on migration "
            "along the Atlantic route.")
    people = _people(held(text, "en", "2024-01-28"), "2024-01-28", "Ghazouani")
    assert "Giorgia Meloni" in people


def test_korean_ministers_of_three_countries_call_on_a_leader() -> None:
    text = ("안덕근 산업통상자원부 장관은 2024년 6월 26일 워싱턴 D.C.에서 지나 러몬도 미국 상무부 장관, "
            "사이토 켄 일본 경제산업성 대신과 제1차 한미일 산업장관회의를 개최하였다.\n"
            "3국 장관은 반도체 공급망 협력을 강화하기로 하였다.\n"
            "이어 3국 장관은 같은 날 오후 백악관에서 제이크 설리번 국가안보보좌관을 함께 예방하였다.")
    people = _people(held(text, "ko", "2024-06-27"), "2024-06-26", "설리번")
    assert {"안덕근", "사이토 켄"} <= people and any("러몬도" in p for p in people), people


def test_korean_side_ministers_call_on_a_leader() -> None:
    text = ("제2차 한-인도 장관급 협의회가 2024년 8월 26일 서울에서 개최되었다. 한국 측에서는 조태열 외교부 장관과 "
            "안덕근 산업통상자원부 장관이, 인도 측에서는 수브라마냠 자이샨카르 외교장관과 피유시 고얄 상공부 장관이 "
            "참석하였다.\n"
            "양측은 반도체 공급망 협력을 확대하기로 하였다.\n"
            "인도 측 장관들은 같은 날 한덕수 국무총리를 예방하였다.")
    people = _people(held(text, "ko", "2024-08-27"), "2024-08-26", "한덕수")
    assert "피유시 고얄" in people
    assert "안덕근" not in people


# `양 차관은 … 서명하였다`, `the co-chairs signed …`: the vice ministers or the chairs of the meeting told before sign.
def test_korean_two_vice_ministers_sign_after_the_consultation() -> None:
    text = ("박윤주 외교부 제1차관은 2024년 11월 5일 서울에서 가와무라 야스히사 일본 외무성 외무심의관, "
            "커트 캠벨 미국 국무부 부장관과 한미일 외교차관협의회를 개최하였다.\n"
            "같은 날 박 차관은 캠벨 부장관과 한미 차관 전략대화를 가졌다. 대화 직후 양 차관은 「한미 핵심기술 "
            "보호 협력 각서」에 서명하였다.")
    signed = [e for e in held(text, "ko", "2024-11-06") if e.type == "agreement"]
    assert len(signed) == 1
    assert any("캠벨" in d.name for d in signed[0].delegates), [d.name for d in signed[0].delegates]


def test_english_co_chairs_sign_at_the_meeting() -> None:
    text = ("Deputy Secretary of State Kurt Campbell and Japanese Vice Minister for Foreign Affairs Masataka Okano "
            "co-chaired the U.S.-Japan Economic Policy Consultative Committee in Washington on April 2, 2024.\n"
            "At the opening of the meeting, the co-chairs signed a Memorandum of Cooperation on critical "
            "technology protection.")
    signed = [e for e in held(text, "en", "2024-04-03") if e.type == "agreement"]
    assert len(signed) == 1
    assert {"Kurt Campbell", "Masataka Okano"} <= {d.name for d in signed[0].delegates}
