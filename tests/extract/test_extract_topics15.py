"""Round 13 of issue #16, commitment topics (records.md rule 10): a Korean sector's 공급망 as an act's object, list
items under `아래 분야`, numbered items under a colon lead, a colon line leading what the sentence before announced,
fields with no topic of their own as `other`, development finance, the meeting clause itself, and sector vocabulary;
each rule on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Korean `X 공급망` as what the parties act on names the supply chain as well as the thing (as English does); inside a
# name (`… 공급망 협력에 관한 양해각서`, `… 공급망 대화`) it stays the thing's.
def test_korean_sector_supply_chain_as_an_act() -> None:
    text = ("안덕근 산업통상자원부 장관은 5일 산티아고에서 칠레 경제장관과 회담을 갖고 "
            "핵심광물 공급망 협력을 강화하기로 했다.")
    assert _topics(text, "ko", "2025-03-06") == {"critical_minerals", "supply_chain"}
    text = ("조태열 외교부 장관은 9일 부에노스아이레스에서 아르헨티나 외교장관과 회담을 "
            "가졌다. 양 장관은 리튬 등 핵심광물의 "
            "안정적 공급망을 구축해 나가기로 합의했다.")
    assert _topics(text, "ko", "2025-04-10") == {"critical_minerals", "supply_chain"}
    text = ("안덕근 산업통상자원부 장관은 12일 울란바토르에서 몽골 광업장관과 회담을 "
            "갖고 '한-몽골 핵심광물 공급망 대화'를 "
            "신설하기로 합의했다.")
    assert "supply_chain" not in _topics(text, "ko", "2025-05-13")


# `아래 분야에서 협력을 확대해 나가기로 하였다.` leads a list like `다음 분야에서`: each item under it is an entry.
def test_korean_lead_of_the_fields_below() -> None:
    text = ("□ 조태열 외교부 장관은 3월 4일 서울에서 페루 외교장관과 「제3차 한-페루 외교장관회담」을 개최하였다.\n\n"
            "□ 양측은 양국 간 협력 현황을 평가하고, 아래 분야에서 협력을 확대해 나가기로 하였다.\n"
            " - ▲리튬 광산 공동 개발\n - ▲항만 등 교통 인프라 협력\n - ▲태양광 발전 협력\n")
    assert _topics(text, "ko", "2025-03-05") == {"critical_minerals", "infrastructure_security", "energy"}
    text = ("강인선 외교부 제2차관은 11일 서울에서 케냐 외교차관과 정책협의회를 "
            "개최하였다. 양측은 아래 사항에 합의하였다.\n"
            "▲지열 발전 협력\n▲보건 인력 양성\n")
    assert _topics(text, "ko", "2025-06-12") == {"energy", "health"}


# Numbered lines (`1. Deepen …;`) under a lead ending in a colon are its items, the number the splitter leaves alone
# quoting nothing; a numbered paragraph elsewhere is not an item.
def test_numbered_items_under_a_colon_lead() -> None:
    text = ("The foreign ministers of Kenya and Finland met in Nairobi on May 6, 2025. The ministers agreed on the "
            "following priorities:\n\n1. Geothermal power projects in the Rift Valley.\n"
            "2. Training programmes in cyber security.\n")
    events = _held(text, "en", "2025-05-07")
    assert len(events) == 1
    assert {c.topic for c in events[0].commitments} == {"energy", "cybersecurity"}
    assert all(c.text.strip(" .0123456789") for c in events[0].commitments)
    text = ("The prime ministers of Portugal and Vietnam met in Hanoi on 9 June 2025. The two leaders committed to:\n"
            "1. Expand cooperation on offshore wind;\n2. Strengthen joint work on rare earth refining.\n")
    assert _topics(text, "en", "2025-06-10") == {"energy", "critical_minerals"}
    # After lettered items, `3.` numbers the statement's next paragraph (here another meeting), not an item.
    text = ("The foreign ministers of Chile and India met in Delhi on 2 June 2025.\n\n2. The Ministers agreed to:\n"
            "a. explore cooperation in lithium refining; and\nb. strengthen cooperation in health.\n\n"
            "3. The Indian Ministers called on President Boric on the same day and discussed the state visit.\n")
    assert len(_held(text, "en", "2025-06-03")) == 2


# A line ending in a colon with no cue of its own (`Announcements span several sectors:`) right after a sentence with
# one leads the list of what that sentence announced or agreed.
def test_colon_line_after_a_cued_sentence_leads() -> None:
    text = ("On May 6, 2025, the Trade Secretary met President Ruto in "
            "Nairobi, where they announced new investments by "
            "British firms. Announcements cover several sectors:\n- Energy: "
            "two new geothermal plants in the Rift Valley;"
            "\n- Digital: a fibre-optic backbone for rural counties; and\n- Health: a vaccine fill-and-finish plant.\n")
    assert {"energy", "digital", "health"} <= _topics(text, "en", "2025-05-07")
    text = ("Ministers of Chile and Japan met in Santiago on 2 July 2025 and agreed on a package of joint projects. "
            "The projects are as follows:\n- Lithium: a joint refinery study;\n- Space: a shared satellite ground "
            "station.\n")
    assert {"critical_minerals", "space"} <= _topics(text, "en", "2025-07-03")


# Fields with no topic of their own (food security, agriculture, tourism, people-to-people exchanges) are `other`
# entries, beside a topic's field and as a discussion item of their own.
def test_fields_without_a_topic_are_other() -> None:
    text = "The leaders of Kenya and Vietnam met in Hanoi on 5 March 2025 and discussed agriculture and food security."
    assert _topics(text, "en", "2025-03-06") == {"other"}
    text = ("The leaders of Ghana and Japan met in Tokyo on 8 April 2025 and agreed to cooperate on clean energy, "
            "agriculture and tourism.")
    assert _topics(text, "en", "2025-04-09") == {"energy", "other"}
    text = ("윤석열 대통령은 5일 하노이에서 베트남 총리와 정상회담을 갖고 원전, "
            "농업, 관광 분야로 협력을 넓혀 나가기로 했다.")
    assert _topics(text, "ko", "2025-03-06") == {"energy", "other"}
    text = "두 정상은 7일 나이로비에서 정상회담을 갖고 식량안보와 기후변화 대응 분야에서 협력을 강화하기로 했다."
    assert _topics(text, "ko", "2025-04-08") == {"climate", "other"}


# Development finance: EDCF, concessional loans, the multilateral development banks.
def test_development_finance() -> None:
    text = ("최상목 부총리는 5일 마닐라에서 아시아개발은행 총재와 면담을 갖고 "
            "다자개발은행 개혁과 EDCF 양허성 차관 지원 "
            "확대 방안을 논의했다.")
    assert _topics(text, "ko", "2025-03-06") == {"development"}
    text = ("The finance ministers of Japan and Brazil met in Tokyo on 5 March 2025 and discussed reform of the "
            "multilateral development banks and concessional loans for Africa.")
    assert _topics(text, "en", "2025-03-06") == {"development"}


# Narcotics are not medicines: `synthetic drugs`, `drug trafficking` name no biopharma.
def test_narcotics_are_not_biopharma() -> None:
    text = ("The interior ministers of Colombia and Spain met in Madrid on "
            "4 June 2025 and agreed to step up joint work "
            "against drug trafficking.")
    assert "biopharma" not in _topics(text, "en", "2025-06-05")
    text = ("The security ministers of Canada and Mexico met in Ottawa on 2 May 2025 and agreed to disrupt the "
            "production of synthetic drugs.")
    assert "biopharma" not in _topics(text, "en", "2025-05-03")


# A Korean clause that is the meeting itself (`…장관을 면담하고,`, `…과 회담을 갖고,`) shares no final cue: its
# office's or place's words name no topic, and alone it is no `other` entry.
def test_korean_meeting_clause_shares_no_cue() -> None:
    text = "김 차관은 6일 오후 캔버라에서 호주 국방장관을 면담하고, 방산 협력 확대 방안을 논의하였다."
    events = _held(text, "ko", "2025-03-07")
    assert len(events) == 1
    assert [c.text for c in events[0].commitments] == ["방산 협력 확대 방안을 논의하였다."]
    text = "박 장관은 8일 오후 리마에서 페루 에너지광업부 장관과 회담을 갖고, 수소 협력 방안을 논의하였다."
    events = _held(text, "ko", "2025-04-09")
    assert len(events) == 1
    assert [c.text for c in events[0].commitments] == ["수소 협력 방안을 논의하였다."]


# North Korea's military cooperation with Russia written with a hyphen (`러-북 군사협력`) is about North Korea, not
# the parties' defence cooperation.
def test_russia_north_korea_military_cooperation_with_a_hyphen() -> None:
    text = ("조태열 장관은 3일 바르샤바에서 폴란드 외교장관과 회담을 가졌다. 양측은 러-북 군사협력에 대해 우려를 "
            "표명하고, 한반도 비핵화를 위해 협력하기로 하였다.")
    assert _topics(text, "ko", "2025-04-04") == {"north_korea"}
    text = "두 장관은 9일 헬싱키에서 회담을 갖고 북-러 간 군사협력 심화를 규탄하기로 했다."
    assert _topics(text, "ko", "2025-05-10") == {"north_korea"}


# Smart cities and a new capital's construction are infrastructure.
def test_smart_cities_are_infrastructure() -> None:
    text = "두 정상은 4일 리야드에서 정상회담을 갖고 스마트시티 분야에서 협력을 넓혀 나가기로 했다."
    assert _topics(text, "ko", "2025-02-05") == {"infrastructure_security"}
    text = ("The housing ministers of Egypt and Korea met in Cairo on 3 March 2025 and agreed to work together on "
            "smart cities.")
    assert _topics(text, "en", "2025-03-04") == {"infrastructure_security"}
