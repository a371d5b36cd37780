"""Round 28, commitment topics (records.md rule 10): recurring field words missing from the topic keyword lists
(sovereign debt, mineral resources, ports, e-government, troop disengagement, green and digital transitions, and
fields with no topic of their own: high-level exchanges, currency swaps, anti-corruption, labour rights, vocational
training); each on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Restructuring or managing a country's debt is development finance (`debt restructuring`, `채무 재조정`); not a bare
# `debt` (a burden a sentence describes).
def test_sovereign_debt_is_development() -> None:
    text = ("Treasury Secretary Janet Yellen and Ghana's Finance Minister Ken Ofori-Atta met in Accra on January 25, "
            "2023 and agreed to work together on debt restructuring under the G20 Common Framework.")
    assert _topics(text, "en", "2023-01-26") == {"development"}
    text = ("최상목 경제부총리는 2024년 4월 17일 워싱턴에서 스리랑카 재무장관과 면담하고 "
            "스리랑카의 채무 재조정 과정에 긴밀히 협력하기로 했다.")
    assert _topics(text, "ko", "2024-04-18") == {"development"}


# Mineral resources are critical minerals' field (`minerals` does not match the singular compound), as a resources
# dialogue is in Korean (`자원협력`).
def test_mineral_resources_are_critical_minerals() -> None:
    text = ("The foreign ministers of Japan and Mongolia met in Ulaanbaatar on August 5, 2023 and agreed to deepen "
            "cooperation on mineral resources.")
    assert _topics(text, "en", "2023-08-06") == {"critical_minerals"}
    text = ("안덕근 산업통상자원부 장관은 2024년 6월 3일 서울에서 탄자니아 광물부 장관과 회담을 갖고 "
            "양국 간 자원협력 채널을 신설하기로 합의했다.")
    assert _topics(text, "ko", "2024-06-04") == {"critical_minerals"}


# A port (`the port of Mombasa`, `port infrastructure`) is transport infrastructure; a city named Port … is a place.
def test_a_port_is_infrastructure() -> None:
    text = ("President William Ruto and Prime Minister Fumio Kishida met in Nairobi on May 3, 2023 and agreed to "
            "cooperate on the development of the port of Mombasa.")
    assert _topics(text, "en", "2023-05-04") == {"infrastructure_security"}
    text = ("Prime Minister Anthony Albanese and Prime Minister James Marape met in Port Moresby on January 12, 2023 "
            "and agreed to upgrade port infrastructure in Lae.")
    assert _topics(text, "en", "2023-01-13") == {"infrastructure_security"}


# E-government and a telecommunications market are digital fields.
def test_e_government_is_digital() -> None:
    text = ("행정안전부 장관은 2023년 10월 11일 서울에서 우즈베키스탄 디지털기술부 장관과 회담을 갖고 "
            "전자정부 시스템 구축에 협력하기로 했다.")
    assert _topics(text, "ko", "2023-10-12") == {"digital"}
    text = ("The ministers of Estonia and Ukraine met in Tallinn on June 7, 2023 and agreed to cooperate on "
            "e-government services.")
    assert "digital" in _topics(text, "en", "2023-06-08")


# Troops pulled apart along a border (`disengage`, `disengagement`) is defence's.
def test_disengagement_is_defense() -> None:
    text = ("Indian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi met in Astana on "
            "July 4, 2024 and agreed to complete the disengagement along the border.")
    assert _topics(text, "en", "2024-07-05") == {"defense"}
    text = ("The defence ministers of India and China met in Vientiane on November 20, 2024. They agreed that "
            "border troops should disengage quickly.")
    assert _topics(text, "en", "2024-11-21") == {"defense"}


# The green (and digital) transition is the climate's, told in either order.
def test_green_and_digital_transitions_are_climate() -> None:
    text = ("European Commission President Ursula von der Leyen and President Yoon Suk Yeol met in Seoul on May 22, "
            "2023 and agreed to cooperate on the green and digital transitions.")
    assert "climate" in _topics(text, "en", "2023-05-23")
    text = ("윤석열 대통령은 2023년 5월 22일 서울에서 샤를 미셸 EU 상임의장과 정상회담을 갖고 "
            "디지털·그린 전환 분야에서 협력을 확대하기로 했다.")
    assert "climate" in _topics(text, "ko", "2023-05-23")


# Fields with no topic of their own are `other` beside the topics named (records.md rule 10): high-level exchanges,
# currency swaps, anti-corruption, labour rights, vocational training.
def test_fields_without_a_topic_are_other() -> None:
    text = ("박진 외교부 장관은 2023년 7월 14일 자카르타에서 왕이 중국 공산당 중앙외사판공실 주임과 회담을 갖고 "
            "고위급 교류와 통화스와프, 교역 확대 등에서 협력을 이어가기로 했다.")
    assert _topics(text, "ko", "2023-07-15") == {"other", "trade"}
    text = ("Secretary of State Antony Blinken and Guatemalan Foreign Minister Carlos Ramiro Martinez met in "
            "Guatemala City on February 6, 2024 and agreed to cooperate against corruption and on "
            "labor rights in the garment trade.")
    assert _topics(text, "en", "2024-02-07") == {"other", "trade"}
    text = ("The labour ministers of Germany and Viet Nam met in Hanoi on March 2, 2023 and agreed to expand "
            "vocational training for workers in the renewable energy sector.")
    assert _topics(text, "en", "2023-03-03") == {"other", "energy"}


# The CPTPP (the Comprehensive and Progressive Agreement for Trans-Pacific Partnership) is a trade agreement: joining
# or acceding to it is trade's, under its abbreviation or its long name.
def test_cptpp_is_trade() -> None:
    text = ("Business and Trade Secretary Kemi Badenoch and New Zealand Trade Minister Damien O'Connor met in "
            "Auckland on July 16, 2023 and agreed to work together on the accession of Costa Rica to the CPTPP.")
    assert _topics(text, "en", "2023-07-17") == {"trade"}
    text = ("The trade ministers of Japan and Canada met in Ottawa on May 10, 2024 and agreed to promote the "
            "high standards of the Trans-Pacific Partnership.")
    assert _topics(text, "en", "2024-05-11") == {"trade"}
