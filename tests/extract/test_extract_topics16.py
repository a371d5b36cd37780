"""Round 14 of issue #16, commitment topics (records.md rule 10): vocabulary a topic lacked (health care, the EU's
research programme, information security agreements, climate treaties and nature, infrastructure development, the
fourth industrial revolution), fields with no topic as `other` (Ukraine, a free and open Indo-Pacific, a strategic
partnership of relations, disasters), sanctions as no export control, and relations raised at the meeting as a done
act; each rule on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Health care and ageing care are health; `헬스케어`, `보건의료` likewise.
def test_health_care_is_health() -> None:
    text = ("The foreign ministers of Chile and Thailand met in Bangkok on 4 March 2025. The two ministers agreed to "
            "expand cooperation in healthcare and elderly care.")
    assert _topics(text, "en", "2025-03-05") == {"health"}
    text = ("조태열 외교부 장관은 4일 서울에서 칠레 외교장관과 회담을 갖고 "
            "디지털 헬스케어 분야 협력을 확대해 나가기로 했다.")
    assert "health" in _topics(text, "ko", "2025-03-05")


# Association to Horizon Europe (the EU's research programme) is emerging technology.
def test_horizon_europe_is_emerging_tech() -> None:
    text = ("The prime ministers of Canada and Finland met in Helsinki on 14 May 2025. They agreed to work towards "
            "Canada's full association to Horizon Europe.")
    assert _topics(text, "en", "2025-05-15") == {"emerging_tech"}
    text = ("이창윤 과학기술정보통신부 제1차관은 14일 브뤼셀에서 EU 집행위원과 회담을 갖고 "
            "'호라이즌 유럽' 협력 사업을 확대해 나가기로 합의했다.")
    assert _topics(text, "ko", "2025-05-15") == {"emerging_tech"}


# An agreement on the security of information is data security (not defence: no `security cooperation` in it).
def test_information_security_agreement_is_data_security() -> None:
    text = ("The defence ministers of Norway and the Philippines met in Manila on 2 April 2025. The two ministers "
            "agreed to open talks on a security of information agreement.")
    assert _topics(text, "en", "2025-04-03") == {"data_security"}
    text = ("김홍균 외교부 제1차관은 2일 서울에서 노르웨이 외교차관과 회담을 갖고 "
            "양국 간 정보보호협정 체결을 추진하기로 합의했다.")
    assert _topics(text, "ko", "2025-04-03") == {"data_security"}


# The Paris Agreement, nationally determined contributions, biodiversity and deforestation are climate.
def test_climate_treaties_and_nature_are_climate() -> None:
    text = ("The environment ministers of Peru and Norway met in Lima on 6 June 2025. The ministers committed to "
            "halting deforestation in the Amazon basin and protecting biodiversity.")
    assert _topics(text, "en", "2025-06-07") == {"climate"}
    text = ("The presidents of Colombia and Portugal met in Lisbon on 8 June 2025. Both leaders pledged to submit "
            "their nationally determined contributions ahead of the next conference.")
    assert _topics(text, "en", "2025-06-09") == {"climate"}
    text = ("김완섭 환경부 장관은 8일 서울에서 페루 환경장관과 회담을 갖고 "
            "파리협정 이행과 생물다양성 보전을 위해 협력해 나가기로 했다.")
    assert _topics(text, "ko", "2025-06-09") == {"climate"}


# Infrastructure development is the infrastructure's (railways, ports), not development cooperation (aid).
def test_infrastructure_development_is_infrastructure() -> None:
    text = ("The prime ministers of Japan and Peru met in Lima on 3 July 2025. Japan said it would keep supporting "
            "Peru's infrastructure development.")
    assert _topics(text, "en", "2025-07-04") == {"infrastructure_security"}
    text = ("박상우 국토교통부 장관은 3일 리마에서 페루 교통장관과 회담을 갖고 "
            "항만 등 인프라 개발 사업 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2025-07-04") == {"infrastructure_security"}


# Ukraine, a free and open Indo-Pacific and the relations' strategic partnership are fields with no topic: `other`,
# each its own entry beside a topic's field.
def test_fields_with_no_topic_are_other() -> None:
    text = ("The foreign ministers of Poland and Chile met in Warsaw on 9 April 2025. They agreed to deepen "
            "cooperation on lithium and announced joint support for the reconstruction of Ukraine.")
    assert _topics(text, "en", "2025-04-10") == {"critical_minerals", "other"}
    text = ("The defence ministers of Canada and the Philippines met in Ottawa on 11 April 2025. They pledged to "
            "work together on coast guard training and for a free and open Indo-Pacific.")
    assert _topics(text, "en", "2025-04-11") == {"maritime_security", "other"}
    text = ("조태열 외교부 장관은 11일 서울에서 폴란드 외교장관과 회담을 갖고 "
            "우크라이나 재건 사업에 공동 참여하는 방안을 논의했다.")
    assert _topics(text, "ko", "2025-04-12") == {"other"}


# Relations raised at the meeting: `관계를 '…'로 격상했다` is a done act (not `격상된 이후`, the past); in English a
# statement `upgrading the relationship to …`.
def test_relations_raised_at_the_meeting() -> None:
    text = ("윤석열 대통령은 4일 서울에서 칠레 대통령과 정상회담을 갖고 "
            "양국 관계를 '전략적 동반자 관계'로 격상했다.")
    assert _topics(text, "ko", "2025-03-05") == {"other"}
    text = ("한덕수 국무총리는 4일 하노이에서 베트남 총리와 회담을 가졌다. 이번 회담은 양국 관계가 "
            "'포괄적 전략 동반자 관계'로 격상된 이후 처음 열린 총리회담이다.")
    assert _topics(text, "ko", "2025-03-05") == set()  # a guard: the past raise is no commitment
    text = ("이재명 대통령은 4일 서울에서 말레이시아 총리와 정상회담을 가졌다. 두 정상은 지난해 양국 관계를 "
            "'전략적 동반자 관계'로 격상한 이후 처음 열린 이번 회담에서 반도체 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2025-03-05") == {"semiconductors"}  # a guard: the past raise is the time, no field
    text = ("The prime ministers of Australia and Chile met in Canberra on 5 May 2025 and issued a joint "
            "statement upgrading the relationship to a Comprehensive Strategic Partnership.")
    assert _topics(text, "en", "2025-05-06") == {"other"}


# Sanctions are not export controls: on North Korea they are North Korea's, on another state a field with no topic.
def test_sanctions_are_no_export_control() -> None:
    text = ("The foreign ministers of Estonia and Japan met in Tallinn on 3 March 2025. They agreed to coordinate "
            "their sanctions against Belarus.")
    assert _topics(text, "en", "2025-03-04") == {"other"}
    text = ("The foreign ministers of Estonia and Japan met in Tallinn on 3 March 2025. They agreed to enforce the "
            "UN sanctions on North Korea.")
    assert _topics(text, "en", "2025-03-04") == {"north_korea"}
    text = ("조태열 외교부 장관은 3일 서울에서 에스토니아 외교장관과 회담을 갖고 "
            "벨라루스에 대한 제재 이행에 긴밀히 공조해 나가기로 했다.")
    assert _topics(text, "ko", "2025-03-04") == {"other"}


# Disaster relief and management are a field with no topic (`other`), not development's humanitarian assistance.
def test_disaster_relief_is_other() -> None:
    text = ("The defence ministers of New Zealand and Indonesia met in Jakarta on 7 May 2025. They agreed to hold a "
            "humanitarian assistance and disaster relief drill next year.")
    assert _topics(text, "en", "2025-05-08") == {"other"}
    text = ("조태열 외교부 장관은 7일 서울에서 뉴질랜드 외교장관과 회담을 갖고 "
            "재난 대응과 기후변화 대응 분야 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2025-05-08") == {"climate", "other"}


# The fourth industrial revolution (`4차 산업혁명`) is emerging technology.
def test_fourth_industrial_revolution_is_emerging_tech() -> None:
    text = ("The presidents of Kenya and Estonia met in Tallinn on 12 June 2025. The two presidents agreed to work "
            "together on the fourth industrial revolution.")
    assert _topics(text, "en", "2025-06-13") == {"emerging_tech"}
    text = ("윤석열 대통령은 12일 서울에서 에스토니아 대통령과 정상회담을 갖고 "
            "4차 산업혁명 분야에서 협력을 강화하기로 했다.")
    assert _topics(text, "ko", "2025-06-13") == {"emerging_tech"}
