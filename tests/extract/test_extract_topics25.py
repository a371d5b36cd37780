"""Round 24 (topics25), commitment topics: a class word after examples closed by `등` (`반도체·배터리 등
첨단산업`) names no topic of its own, while `첨단산업` alone or as a list's own item is emerging technology; and
the fields that signed documents cover, told after their name (`…, covering energy, digitization and
investment`), are those documents' topics. Sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _events(text: str, lang: str, published: str) -> list[EventRecord]:
    return _held(text, lang, published)


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events = _events(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


def _signed_topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the held agreement of the text."""
    signed = [e for e in _events(text, lang, published) if e.type == "agreement"]
    assert len(signed) == 1, [e.name for e in signed]
    return {c.topic for c in signed[0].commitments}


def test_advanced_industry_alone_is_emerging_tech() -> None:
    text = ("산업통상자원부는 안덕근 장관이 10일 서울에서 폴란드 개발기술부 장관과 회담했다고 밝혔다. 양 장관은 "
            "원전과 첨단산업 분야에서 협력을 확대해 나가기로 했다.")
    assert _topics(text, "ko", "2024-04-11") == {"energy", "emerging_tech"}
    text = ("대통령실은 윤석열 대통령이 14일 서울에서 스웨덴 총리와 정상회담을 가졌다고 밝혔다. 양 정상은 방산, "
            "첨단산업, 청정에너지 분야의 협력 방안을 논의했다.")
    assert _topics(text, "ko", "2024-11-15") == {"defense", "emerging_tech", "energy"}


def test_advanced_industry_after_examples_names_none() -> None:
    text = ("외교부는 조태열 장관이 5일 서울에서 헝가리 외교장관과 회담했다고 밝혔다. 양 장관은 배터리, 전기차 등 "
            "첨단산업 분야의 협력을 강화하기로 했다.")
    assert _topics(text, "ko", "2024-03-06") == {"batteries"}
    text = ("과학기술정보통신부는 이종호 장관이 20일 런던에서 영국 과학혁신기술부 장관과 회담했다고 밝혔다. 양 장관은 "
            "바이오, 양자 등 첨단기술 협력을 강화하기로 했다.")
    assert _topics(text, "ko", "2023-11-21") == {"biotech", "quantum"}
    # right before another topic's word the class qualifies it: the supply chain of those industries
    text = ("산업통상자원부는 안덕근 장관이 5일 오타와에서 캐나다 혁신과학경제개발부 장관과 회담했다고 밝혔다. "
            "양 장관은 첨단산업 공급망 안정을 위해 긴밀히 협력하기로 했다.")
    assert _topics(text, "ko", "2024-03-06") == {"supply_chain"}


def test_fields_signed_documents_cover() -> None:
    text = ("Prime Minister Modi held talks with President Marcos in New Delhi on 5 August 2025. In the presence of "
            "the two leaders, five memoranda of understanding were exchanged, covering digitization, health and "
            "space cooperation.")
    assert {"digital", "health", "space"} <= _signed_topics(text, "en", "2025-08-06")
    text = ("President Macron held talks with President Prabowo in Jakarta on 28 May 2025. After the talks, several "
            "agreements were signed in the presence of the two Presidents, in areas including defence, "
            "critical minerals and renewable energy.")
    assert {"defense", "critical_minerals", "energy"} <= _signed_topics(text, "en", "2025-05-29")


# Wire copy's pledges: a target set, and a participle with its object (`…, with X pledging a supply of …`).
def test_wire_targets_set() -> None:
    text = ("Chancellor Scholz met Prime Minister Modi in New Delhi on 25 October 2024 and set a target of doubling "
            "bilateral trade by 2030.")
    assert _topics(text, "en", "2024-10-26") == {"trade"}
    text = ("President Yoon held talks with President Tokayev in Astana on 12 June 2024. The two presidents set a "
            "shared goal of expanding cooperation on critical minerals.")
    assert _topics(text, "en", "2024-06-13") == {"critical_minerals"}


def test_wire_pledging_with_its_object() -> None:
    text = ("President Macron held talks with President Tokayev in Astana on 1 November 2023, with Kazakhstan "
            "pledging a steady supply of uranium to French reactors.")
    assert _topics(text, "en", "2023-11-02") == {"energy"}
    text = ("Prime Minister Kishida met President Widodo in Jakarta on 9 January 2023, with Indonesia pledging "
            "a stable supply of nickel for Japanese battery makers.")
    assert {"critical_minerals"} <= _topics(text, "en", "2023-01-10")


# A leg of a trip, to the clause's end, is an itinerary, not an agreed act.
def test_itinerary_is_no_commitment() -> None:
    text = ("President Lula held talks with President Xi Jinping in Beijing on 14 April 2023. The two presidents "
            "agreed to expand cooperation on semiconductors. From Beijing, President Lula will travel to Abu Dhabi.")
    assert _topics(text, "en", "2023-04-15") == {"semiconductors"}
    text = ("Foreign Minister Wong met Foreign Minister Marsudi in Jakarta on 6 June 2023 and agreed to deepen "
            "cooperation on critical minerals. Minister Wong is on a two-nation visit that will also take her to "
            "Singapore, where she will discuss trade.")
    assert _topics(text, "en", "2023-06-07") == {"critical_minerals"}


# Named weapons systems and the missile guidelines are defence's (`K9 자주포`, `K2 전차`, `FA-50 경공격기`).
def test_weapons_systems_are_defense() -> None:
    text = ("대통령실은 윤석열 대통령이 8일 바르샤바에서 두다 폴란드 대통령과 정상회담을 가졌다고 밝혔다. 양 정상은 "
            "K9 자주포 추가 공급 계약이 조속히 체결될 수 있도록 협력하기로 했다.")
    assert _topics(text, "ko", "2024-03-09") == {"defense"}
    text = ("국방부는 신원식 장관이 14일 서울에서 폴란드 국방장관과 회담했다고 밝혔다. 양 장관은 K2 전차 "
            "2차 이행계약의 조속한 체결을 위해 긴밀히 협력해 나가기로 했다.")
    assert _topics(text, "ko", "2024-03-15") == {"defense"}
    text = ("President Biden held talks with President Moon Jae-in at the White House on 21 May 2021. The two "
            "presidents agreed to terminate the bilateral missile guidelines.")
    assert _topics(text, "en", "2021-05-22") == {"defense"}
