"""Generalisation round 9, commitment topics: listed discussion items, list items as their own entries and
keywords for recurring sectors (records.md rule 10); each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Space as a sector (`cooperation in space`, `space and cyber domains`, a list item), human spaceflight; the green
# economy is climate, electricity energy.
def test_english_sector_keywords() -> None:
    text = ("Defence ministers of Norway and Canada met in Oslo on March 3, 2025. The ministers agreed to deepen "
            "cooperation in space and to exchange liaison officers.")
    assert _topics(text, "en", "2025-03-04") == {"space"}
    text = ("The foreign ministers of Mexico and Korea met in Mexico City on October 7, 2025. They agreed to "
            "support the green economy and to expand access to electricity in rural areas.")
    assert _topics(text, "en", "2025-10-08") == {"climate", "energy"}
    text = ("Science ministers of Italy and Japan met in Rome on April 9, 2025. They committed to a joint "
            "programme on human spaceflight.")
    assert _topics(text, "en", "2025-04-10") == {"space"}


# `explored ways to`, like `discussed`, lists discussion items: the topics it names.
def test_english_explored_lists_discussion_items() -> None:
    text = ("Officials of Brazil and Korea held the first Brazil-Korea Technology Dialogue in Brasilia on August 12, "
            "2025. The delegations explored ways to facilitate joint work in fields such as quantum, robotics and "
            "biotechnology.")
    assert _topics(text, "en", "2025-08-13") == {"quantum", "emerging_tech", "biotech"}
    text = ("Officials of Peru and Japan met in Lima on June 4, 2025 and explored options for joint "
            "investment in lithium processing.")
    assert _topics(text, "en", "2025-06-05") == {"investment", "critical_minerals"}


# `A, B 등 <field> 분야의 …`: the field after `등` only names the kind of the items listed before it; the items are
# the topics, each its own entry, and the field word adds none.
def test_korean_field_after_a_list_names_no_topic_of_its_own() -> None:
    text = ("과기정통부 최민호 차관은 4월 2일 오슬로에서 노르웨이 연구부 차관과 과학기술공동위원회를 개최하였다. "
            "양측은 배터리, 인공지능 등 첨단기술 분야의 협력을 강화하기로 하였다.")
    assert _topics(text, "ko", "2025-04-03") == {"batteries", "ai"}
    text = ("윤 장관은 11일 카이로에서 이집트 외교장관과 회담하였다. 양 장관은 감염병 대응과 탄소중립 등 글로벌 "
            "보건 분야의 공조를 확대해 나가기로 하였다.")
    assert _topics(text, "ko", "2025-05-12") == {"health", "climate"}
    # without a list the field decides (its first topic): unchanged
    text = ("윤 장관은 11일 카이로에서 이집트 외교장관과 회담하였다. 양 장관은 방산 분야의 공동연구를 "
            "확대해 나가기로 하였다.")
    assert _topics(text, "ko", "2025-05-12") == {"defense"}


# `A를 확대하고, B 방안을 논의했다`: coordinated clauses share a weak final cue too (both were discussed), unless the
# clause reports what one side said (`…을 설명하고,`, `…을 지적하며`).
def test_korean_coordinated_clauses_share_a_weak_final_cue() -> None:
    text = ("산업부 김태준 차관보는 7월 8일 캔버라에서 호주 산업부 차관보와 제2차 한-호주 공급망대화를 개최하였다. "
            "양측은 리튬 공동 탐사를 확대하고, 수소 협력 방안을 논의하였다.")
    assert _topics(text, "ko", "2025-07-09") == {"critical_minerals", "energy"}
    text = ("외교부 박지성 국장은 2일 방콕에서 태국 외교부 국장과 정책협의회를 개최하였다. 박 국장은 반도체 분야 "
            "투자를 늘려 나가고, 태국 측의 관심과 지원을 요청하였다.")
    assert _topics(text, "ko", "2025-09-03") == {"semiconductors", "investment"}
    # a remark is not what was discussed, nor is the scene a sentence sets (`…의 계기가 되었다고 평가했다`)
    text = ("외교부 박지성 국장은 2일 방콕에서 태국 외교부 국장과 정책협의회를 개최하였다. 박 국장은 북한의 "
            "미사일 발사를 지적하고, 태국 측의 관심과 지원을 요청하였다.")
    assert _topics(text, "ko", "2025-09-03") == set()
    text = ("외교부 박지성 국장은 2일 방콕에서 태국 외교부 국장과 정책협의회를 개최하였다. 외교부는 이번 협의회가 "
            "배터리 분야 협력을 구체화하고, 관계 발전의 계기가 되었다고 평가하였다.")
    assert _topics(text, "ko", "2025-09-03") == set()


# `이러한 협력을`, `이 같은 교류를` continue the clause before (its topics), also one that only set the scene.
def test_korean_such_cooperation_continues_the_clause_before() -> None:
    text = ("대통령은 20일 아부다비에서 아랍에미리트 대통령과 정상회담을 가졌다. 양 정상은 양국 협력이 원전, 방산 "
            "등으로 확대되고 있다는 데 공감하고, 이러한 협력을 더욱 강화해 나가기로 하였다.")
    assert _topics(text, "ko", "2025-11-21") == {"energy", "defense"}
    text = ("산업부 장관은 2일 오타와에서 캐나다 에너지부 장관과 회담하였다. 양측은 수소 분야 교류가 크게 "
            "늘었다는 데 의견을 같이하고, 이 같은 교류를 계속 늘려 나가기로 했다.")
    assert _topics(text, "ko", "2025-12-03") == {"energy"}


# `협의회`, `협의체` name a body: not the weak cue `협의` (a consultation).
def test_korean_council_is_not_a_consultation_cue() -> None:
    text = ("외교부 한상우 국장은 5일 자카르타에서 인도네시아 외교부 국장과 제3차 한-인도네시아 정책협의회를 "
            "개최하였다. 이번 협의회에는 양국 배터리 기업 관계자들도 참석하였다.")
    assert _topics(text, "ko", "2025-06-06") == set()
    text = ("산업부 정민지 국장은 9일 하노이에서 베트남 산업무역부 국장과 회의를 열었다. 양측은 원전 협의체 "
            "구성을 검토하고 있다고 밝혔다.")
    assert _topics(text, "ko", "2025-06-10") == set()


# Ways to act discussed (`discussed ways to …`, `explored how to …`) are a listed discussion item even when no
# keyword names the topic: `other`. (Korean `…할 방안을 논의했다` not: the writers split on it, 3 to 3.)
def test_discussed_ways_to_act_is_an_item() -> None:
    text = ("Foreign ministers of Chile and Poland met in Warsaw on February 11, 2025 and explored how to deepen "
            "the partnership between their two countries.")
    assert _topics(text, "en", "2025-02-12") == {"other"}
    text = ("Vice Foreign Minister Lee met Deputy Foreign Minister Rosa Diaz of Peru in Lima on October 14, 2025. "
            "They discussed ways to broaden exchanges between young diplomats.")
    assert _topics(text, "en", "2025-10-15") == {"other"}
    # remarks without ways to act stay nothing
    text = ("Vice Foreign Minister Lee met Deputy Foreign Minister Rosa Diaz of Peru in Lima on October 14, 2025. "
            "They discussed the situation in the region.")
    assert _topics(text, "en", "2025-10-15") == set()


# Economic security cooperation names no topic of its own (generic: `other` when nothing else is named), and not
# defence (`security cooperation`, `안보 협력` inside it).
def test_economic_security_cooperation_is_not_defense() -> None:
    text = ("Foreign ministers of Finland and Japan met in Helsinki on May 5, 2025 and agreed to expand economic "
            "security cooperation.")
    assert _topics(text, "en", "2025-05-06") == {"other"}
    text = ("조 장관은 3일 헬싱키에서 핀란드 외교장관과 회담하였다. 양 장관은 양국 간 경제안보 협력을 "
            "강화해 나가기로 하였다.")
    assert _topics(text, "ko", "2025-05-04") == {"other"}
    text = ("Foreign ministers of Finland and Japan met in Helsinki on May 5, 2025 and agreed to expand economic "
            "security cooperation, including on batteries.")
    assert _topics(text, "en", "2025-05-06") == {"batteries"}
