"""Round 15 of issue #16, commitment topics (records.md rule 10): humanitarian aid to a crisis as `other` (not
development cooperation), connectivity naming no topic of its own, the Belt and Road Initiative as infrastructure,
relations elevated at the meeting as a done act, and what a signed text provides for as the agreement's content;
each rule on sentences written for these tests (none from the corpus), each failing on main at this round's start
(4df563c)."""
from __future__ import annotations

import pytest

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Humanitarian aid to a crisis (a war, a flood, a refugee flow) is `other`, not development cooperation.
HUMANITARIAN = [
    ("en", "2024-03-08", "The foreign ministers of Jordan and Norway met in Amman on 7 March 2024 and agreed to step "
     "up humanitarian assistance to civilians in Sudan."),
    ("en", "2024-10-17", "President Ruto and Prime Minister Støre met in Oslo on 16 October 2024 and pledged more "
     "humanitarian aid for families displaced by the floods in the Horn of Africa."),
    ("ko", "2024-03-08", "조태열 외교부 장관은 7일 서울에서 노르웨이 외교장관과 회담을 갖고 수단 내전 피해 주민에 대한 "
     "인도적 지원을 확대하기로 했다."),
    ("ko", "2023-09-15", "방글라데시와 태국 외교장관은 14일 방콕에서 회담하고 로힝야 난민에 대한 인도지원을 "
     "늘려 나가기로 합의했다."),
]


@pytest.mark.parametrize(("lang", "published", "text"), HUMANITARIAN)
def test_humanitarian_aid_is_other_not_development(lang: str, published: str, text: str) -> None:
    assert _topics(text, lang, published) == {"other"}


# Connectivity is a quality of what it qualifies (supply chains, cables, transport): no topic of its own.
CONNECTIVITY = [
    ("en", "2024-06-12", "The foreign ministers of India and Thailand met in Bangkok on 11 June 2024 and agreed to "
     "improve supply chain connectivity between the two economies.", {"supply_chain"}),
    ("en", "2023-05-20", "President Mirziyoyev and President Tokayev met in Tashkent on 19 May 2023 and discussed "
     "regional connectivity and cooperation on hydropower.", {"energy"}),
    ("ko", "2024-06-12", "인도와 태국 외교장관은 11일 방콕에서 회담하고 양국 간 공급망 연결성을 높여 나가기로 "
     "합의했다.", {"supply_chain"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "topics"), CONNECTIVITY)
def test_connectivity_names_no_topic_of_its_own(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics


# The Belt and Road Initiative (`일대일로`, `BRI`) is an infrastructure programme: joining it, aligning a plan with it.
BELT_AND_ROAD = [
    ("en", "2024-06-12", "President Xi and President Boric met in Beijing on 11 June 2024 and agreed to align the Belt "
     "and Road Initiative with Chile's national infrastructure plan."),
    ("en", "2023-10-18", "The foreign ministers of China and Nicaragua met in Beijing on 17 October 2023. Nicaragua "
     "will take part in new BRI projects under the plan they signed."),
    ("ko", "2024-06-12", "시진핑 중국 국가주석과 보리치 칠레 대통령은 11일 베이징에서 회담하고 일대일로 구상과 칠레의 "
     "국가 개발 계획을 연계하기로 했다."),
]


@pytest.mark.parametrize(("lang", "published", "text"), BELT_AND_ROAD)
def test_belt_and_road_is_infrastructure(lang: str, published: str, text: str) -> None:
    assert _topics(text, lang, published) == {"infrastructure_security"}


# Relations elevated at the meeting (`elevated bilateral ties to a Strategic Partnership`): a done act, `other`.
ELEVATED = [
    ("2024-06-12", "President Lula met President Ramaphosa in Pretoria on 11 June 2024. The two presidents elevated "
     "bilateral relations to a Comprehensive Strategic Partnership."),
    ("2023-11-09", "Prime Minister Rutte met President Jokowi in Jakarta on 8 November 2023, and the two leaders "
     "upgraded their relationship to a strategic partnership."),
]


@pytest.mark.parametrize(("published", "text"), ELEVATED)
def test_relations_elevated_at_the_meeting_are_a_commitment(published: str, text: str) -> None:
    assert _topics(text, "en", published) == {"other"}


# What a signed text provides for (`provides a framework for cooperation in …`, `협력하는 틀을 마련했다`): its content.
PROVIDES = [
    ("en", "2024-06-12", "Brazil and Egypt signed a partnership agreement in Cairo on 11 June 2024. The agreement "
     "provides a framework for cooperation in areas such as agriculture, energy and climate change.",
     {"other", "energy", "climate"}),
    ("en", "2022-09-21", "Chile and Vietnam signed a cooperation agreement in Hanoi on 20 September 2022. The "
     "agreement provides for joint work on investment and public health.", {"investment", "health"}),
    ("ko", "2024-06-12", "브라질과 이집트는 11일 카이로에서 경제협력협정에 서명했다. 협정은 농업, 에너지, 기후변화 "
     "등의 분야에서 협력하는 틀을 마련했다.", {"other", "energy", "climate"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "topics"), PROVIDES)
def test_what_an_agreement_provides_for_is_its_content(lang: str, published: str, text: str,
                                                       topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics
