"""Round 11 of issue #16, commitment topics (records.md rule 10): list items as their own entries, keywords inside
names of offices, trade-agreement and technology-protection vocabulary, procedural steps of a signed agreement; each
rule on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


def _quotes(text: str, lang: str, published: str) -> list[str]:
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return [c.text for c in events[0].commitments]


# English lists: the mark opening an item's line (`- `, `(`, `—`) starts the item, not the end of the line before,
# and letter or roman enumerators (`a.`, `(b)`, `iii)`) mark items like bullets; each item is its own entry under the
# lead's cue, and the lead itself (`They agreed to:`) is no commitment.
def test_english_list_items_under_a_lead() -> None:
    text = ("The foreign ministers of Chile and Norway met in Santiago on March 12, 2025. They agreed to:\n"
            "- expand cooperation on offshore wind;\n"
            "- build resilient supply chains for lithium;\n"
            "- hold the meeting annually.")
    assert _topics(text, "en", "2025-03-13") == {"energy", "supply_chain", "critical_minerals", "other"}
    assert not any(q.endswith(":") for q in _quotes(text, "en", "2025-03-13"))
    text = ("Prime Minister Ana Ruiz of Ecuador and President Lee of Korea held talks in Quito on July 2, 2025.\n\n"
            "The two leaders agreed to:\n"
            "(i) deepen defence cooperation, including joint training;\n"
            "(ii) cooperate on artificial intelligence;\n"
            "(iii) expand trade in agricultural goods.")
    assert _topics(text, "en", "2025-07-03") == {"defense", "ai", "trade"}
    text = ("President Lee of Korea and Prime Minister Jonas Berg of Sweden held a summit in Stockholm on June 3, "
            "2025.\n"
            "The leaders agreed to:\n"
            "a. Strengthen cooperation on quantum computing;\n"
            "b. Work together on biotechnology.")
    assert _topics(text, "en", "2025-06-04") == {"quantum", "biotech"}


# A lead with no topic of its own gives nothing, also when no item follows on its own line.
def test_english_lead_alone_is_no_commitment() -> None:
    text = ("The trade ministers of Peru and Korea met in Lima on April 8, 2025. The ministers agreed to the "
            "following next steps:")
    assert _topics(text, "en", "2025-04-09") == set()


# An office's name holds portfolio words (`Ministry of Trade, Industry and Energy`, `과학기술정보통신부`): they name no
# topic of what is agreed in the clause.
def test_office_names_name_no_topic() -> None:
    text = ("Officials of the Ministry of Trade, Industry and Energy and of Chile's Ministry of Economy met in "
            "Santiago on May 4, 2025 and agreed to expand cooperation on semiconductors.")
    assert _topics(text, "en", "2025-05-05") == {"semiconductors"}
    text = ("Deputy ministers of Korea and Chile met in Santiago on May 4, 2025. They agreed to expand cooperation on "
            "semiconductors, said the Ministry of Trade, Industry and Energy.")
    assert _topics(text, "en", "2025-05-05") == {"semiconductors"}
    text = "과학기술정보통신부와 칠레 과학부는 5일 산티아고에서 회의를 열고 배터리 소재 협력을 강화하기로 했다."
    assert _topics(text, "ko", "2025-06-06") == {"batteries"}


# `…을 계기로` (on the occasion of) is not the `-기로` of a decision: the sentence commits to nothing.
def test_korean_occasion_is_not_a_decision() -> None:
    text = "이 대통령의 칠레 국빈방문을 계기로 5일 산티아고에서 양국 산업장관 회담이 열렸다."
    assert _topics(text, "ko", "2025-06-06") == set()
    text = "김 장관은 9일 리마에서 페루 외교장관과 회담을 가졌다. 이번 회담은 페루 대통령의 방한을 계기로 마련되었다."
    assert _topics(text, "ko", "2025-09-10") == set()


# Economic partnership agreements (`경제동반자협정`, `CEPA`, `comprehensive economic partnership agreement`) are trade
# agreements.
def test_economic_partnership_agreements_are_trade() -> None:
    text = ("Foreign ministers of Korea and Ecuador held talks in Quito on September 9, 2025 and agreed to speed up "
            "work on a comprehensive economic partnership agreement.")
    assert _topics(text, "en", "2025-09-10") == {"trade"}
    text = ("김 장관은 9일 리마에서 페루 외교장관과 회담을 가졌다. 양 장관은 포괄적경제동반자협정(CEPA) 개선 협상을 "
            "조속히 시작하기로 하였다.")
    assert _topics(text, "ko", "2025-09-10") == {"trade"}
    text = ("김 장관은 9일 리마에서 페루 통상장관과 회담을 가졌다. 양 장관은 한-페루 경제동반자협정(EPA) 협상을 연내 "
            "타결하기로 하였다.")
    assert _topics(text, "ko", "2025-09-10") == {"trade"}


# `A, B, C 분야의 협력`: a word before `분야의` that closes a list is its last item, not a field over the list; every
# item is a topic (without a list the field still decides).
def test_korean_listed_items_before_field() -> None:
    text = ("외교부 이 차관은 2일 리마에서 페루 외교차관과 회담하였다. 양측은 해양안보, 보건, 배터리 분야의 협력을 "
            "강화하기로 하였다.")
    assert _topics(text, "ko", "2025-04-03") == {"maritime_security", "health", "batteries"}
    text = ("산업부 박 차관보는 2일 아스타나에서 카자흐스탄 차관과 회의를 열었다. 양측은 원전과 희토류 분야의 협력을 "
            "늘려 나가기로 하였다.")
    assert _topics(text, "ko", "2025-04-03") == {"energy", "critical_minerals"}


# Raw materials are critical minerals; protecting (critical, advanced, sensitive) technologies is technology
# protection, not emerging technology.
def test_english_raw_materials_and_technology_protection() -> None:
    text = ("Foreign ministers of Peru and Germany met in Lima on February 11, 2025 and agreed to set up a dialogue on "
            "raw materials.")
    assert _topics(text, "en", "2025-02-12") == {"critical_minerals"}
    text = ("Economy ministers of Austria and Korea met in Vienna on February 11, 2025 and agreed to work together on "
            "the protection of sensitive technologies.")
    assert _topics(text, "en", "2025-02-12") == {"technology_protection"}
    text = ("Economy ministers of Austria and Korea met in Vienna on February 11, 2025 and committed to protecting "
            "critical technologies from theft.")
    assert _topics(text, "en", "2025-02-12") == {"technology_protection"}


# Research is of the sector the clause names (`국방 연구개발`, `joint research on offshore wind`, `defence science
# and technology`): emerging technology only when no other topic is named.
def test_research_of_a_named_sector() -> None:
    text = ("국방부 장관은 4일 바르샤바에서 폴란드 국방장관과 회담하였다. 양 장관은 국방 연구개발 교류를 "
            "확대하기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"defense"}
    text = ("과기정통부 차관은 4일 오슬로에서 노르웨이 차관과 회담하였다. 양측은 수소 저장 기술 공동 연구를 "
            "추진하기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"energy"}
    text = ("Defence ministers of Finland and Korea met in Helsinki on March 4, 2025 and agreed to deepen cooperation "
            "on defence science and technology.")
    assert _topics(text, "en", "2025-03-05") == {"defense"}
    text = ("Energy ministers of Denmark and Japan met in Copenhagen on March 4, 2025 and agreed to fund joint "
            "research on offshore wind turbines.")
    assert _topics(text, "en", "2025-03-05") == {"energy"}
    # research alone is still emerging technology
    text = ("Science ministers of Denmark and Japan met in Copenhagen on March 4, 2025 and agreed to expand joint "
            "research.")
    assert _topics(text, "en", "2025-03-05") == {"emerging_tech"}


# English: a commitment clause with no topic word is a generic item (`other`), not about the topic of the meeting's
# name (English spells the object out; Korean leaves it to the context and keeps the name's topic).
def test_english_generic_item_at_a_named_dialogue_is_other() -> None:
    text = ("The second Norway-Chile Critical Minerals Dialogue was held in Oslo on March 4, 2025. The delegations "
            "agreed to set up a working group and to meet again next year.")
    assert _topics(text, "en", "2025-03-05") == {"other"}
    text = ("Officials of Poland and Japan held the first Poland-Japan Semiconductor Policy Dialogue in Warsaw on "
            "March 4, 2025. They agreed to exchange young officials.")
    assert _topics(text, "en", "2025-03-05") == {"other"}


# `방위` (defence: `연합방위태세`, `사이버 방위`) is defence, not inside `전방위` (all-round); gas fields and pipelines
# are energy.
def test_defence_and_gas_field_keywords() -> None:
    text = ("국방부 장관은 4일 캔버라에서 호주 국방장관과 회담하였다. 양 장관은 연합방위태세를 강화해 나가기로 "
            "하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"defense"}
    text = ("외교부 장관은 4일 오슬로에서 노르웨이 외교장관과 회담하였다. 양 장관은 양국 관계를 전방위적으로 "
            "발전시켜 나가기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"other"}
    text = ("산업부 장관은 4일 바쿠에서 아제르바이잔 에너지장관과 회담하였다. 양 장관은 카스피해 가스전 개발 사업에 "
            "양국 기업의 참여를 늘리기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"energy"}
    text = ("Ministers of Qatar and Japan met in Doha on March 4, 2025 and agreed to work together on offshore gas "
            "fields in the Gulf.")
    assert _topics(text, "en", "2025-03-05") == {"energy"}


# A decision referred to as past inside a description of the body or the step (`정상이 신설에 합의한 협의체로,`,
# `정상회담 합의에 따른 후속 조치`) is not a new commitment.
def test_korean_past_agreement_describing_a_body() -> None:
    text = ("제1차 한-칠레 광물대화가 4일 산티아고에서 열렸다. 이번 대화는 지난해 양국 정상이 신설에 합의한 "
            "협의체로, 이번 회의를 통해 출범하였다.")
    assert _topics(text, "ko", "2025-03-05") == set()
    text = ("제1차 한-페루 수소협의회가 4일 리마에서 열렸다. 동 협의회는 양국 장관이 설치하기로 합의한 차관급 "
            "협의체로, 올해 처음 개최되었다.")
    assert _topics(text, "ko", "2025-03-05") == set()
    text = "한-페루 산업장관회의가 4일 리마에서 열렸다. 양 장관은 작년 정상회담 합의에 따른 후속 조치를 점검하였다."
    assert _topics(text, "ko", "2025-03-05") == set()


# Sector vocabulary the lists lacked: `양자` as a list item is quantum (`양자 회담`, bilateral, is not); telecoms,
# information technology, ICT, 정보통신 are digital; economic or transport corridors and 교통 인프라 are infrastructure;
# 지속가능한 발전 and technical assistance are development; export finance and transition finance are investment;
# 무탄소 (carbon-free) is climate.
def test_sector_vocabulary() -> None:
    def ko(sentence: str) -> set[str]:
        return _topics("과기정통부 차관은 4일 빈에서 오스트리아 차관과 회담하였다. " + sentence, "ko", "2025-03-05")

    def en(clause: str) -> set[str]:
        return _topics("Ministers of Kenya and Japan met in Nairobi on March 4, 2025 and agreed to " + clause, "en",
                       "2025-03-05")

    assert ko("양측은 양자, 인공지능 분야 공동연구를 확대하기로 하였다.") == {"quantum", "ai"}
    got = ko("양측은 반도체, 양자 등 첨단기술 협력을 강화하기로 하였다.")
    # (round 24, topics25: a class after examples closed by `등` names no topic of its own, as the gold reads
    # `반도체, 인공지능(AI), 양자 등 첨단기술 분야` in 6 of 7 such clauses)
    assert got == {"semiconductors", "quantum"}
    assert "quantum" not in ko("양측은 양자 관계를 한층 강화하기로 하였다.")
    assert en("cooperate on telecommunications.") == {"digital"}
    assert en("work together on information technology and telecoms.") == {"digital"}
    assert ko("양측은 ICT 인력 교류를 늘리기로 하였다.") == {"digital"}
    assert ko("양측은 정보통신 분야 협력을 확대하기로 하였다.") == {"digital"}
    assert en("develop a new economic corridor across the Rift Valley.") == {"infrastructure_security"}
    assert "infrastructure_security" in ko("양측은 교통 인프라 개발 협력을 강화하기로 하였다.")
    assert ko("양측은 지속가능한 발전 목표 달성에 협력하기로 하였다.") == {"development"}
    assert en("expand technical assistance on tax administration.") == {"development"}
    assert ko("양측은 수출금융을 확대하기로 하였다.") == {"investment"}
    assert en("promote transition finance in East Africa.") == {"investment"}
    assert ko("양측은 무탄소 전력 확대에 협력하기로 하였다.") == {"climate"}


# An adverbial of cause or time (`팬데믹 이후`, `감염병으로 인한`, `amid …`, `in light of …`) sets the scene of what is
# agreed: its words name no topic of the commitment.
def test_scene_adverbials_name_no_topic() -> None:
    text = ("산업부 차관은 4일 베를린에서 독일 차관과 회담하였다. 양측은 팬데믹 이후 재편되고 있는 공급망에 공동 "
            "대응하기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"supply_chain"}
    text = ("기재부 차관은 4일 베를린에서 독일 차관과 회담하였다. 양측은 감염병으로 인한 경기 침체 극복에 "
            "협력하기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"other"}
    text = ("Trade ministers of Chile and Japan met in Santiago on March 4, 2025. Amid growing concern over "
            "cyberattacks on ports, they agreed to expand bilateral trade in fruit.")
    assert _topics(text, "en", "2025-03-05") == {"trade"}
    text = ("Leaders of Chile and Japan met in Santiago on March 4, 2025 and agreed, in light of the energy crisis, "
            "to boost investment in each other's economies.")
    assert _topics(text, "en", "2025-03-05") == {"investment"}
