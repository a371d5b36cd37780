"""Round 12 of issue #16, commitment topics (records.md rule 10): list items under circled numbers and under section
headings, acts stated in the Korean plain present, support expressed and stress as cues, announcements, recalls of
past acts, and sector vocabulary; each rule on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Circled numbers (`①`) open list items like `▲`: each item under a lead with a cue is its own entry, and a number
# the splitter leaves alone quotes nothing.
def test_circled_number_items() -> None:
    text = ("조태열 외교부 장관은 4일 브라질리아에서 마우루 비에이라 브라질 외교장관과 회담을 가졌다. "
            "양 장관은 다음 분야에서 협력하기로 합의했다.\n① 리튬 탐사 공동사업\n② 청정에너지 전환\n③ 디지털 전환")
    assert _topics(text, "ko", "2025-03-05") == {"critical_minerals", "energy", "digital"}
    text = ("안덕근 산업통상자원부 장관은 10일 오타와에서 캐나다 혁신과학경제개발부 장관과 회담을 가졌다. "
            "양측은 다음과 같이 협력하기로 하였다.\n① 배터리 소재 공급망 협력\n② 인공지능 공동연구")
    events = _held(text, "ko", "2025-06-11")
    assert len(events) == 1
    # (round 13, topics15: a Korean `X 공급망` acted on names the supply chain too)
    assert {c.topic for c in events[0].commitments} == {"batteries", "supply_chain", "ai"}
    assert all(c.text.strip() for c in events[0].commitments)


# A party's act in the Korean plain present (`양국은 … 강화한다`, a joint fact sheet's items) is a commitment; a need
# (`-해야 한다`) and hearsay (`-라고 한다`) are not.
def test_korean_plain_present_acts() -> None:
    text = ("한국과 호주 정상은 7일 캔버라에서 정상회담을 가졌다.\n"
            "- 양국은 수소 생산 설비에 대한 공동 투자를 확대한다.\n- 양국은 사이버 위협 정보 공유를 강화한다.")
    assert _topics(text, "ko", "2025-05-08") == {"energy", "investment", "cybersecurity"}
    text = ("한국과 핀란드 외교장관은 2일 헬싱키에서 회담을 가졌다. 양측은 북극 해양 안보 분야에서 협력한다. "
            "핀란드 측은 양자기술 분야에서 한국과의 공동연구를 추진한다.")
    assert _topics(text, "ko", "2025-09-03") == {"maritime_security", "quantum"}
    text = ("한국과 핀란드 외교장관은 2일 헬싱키에서 회담을 가졌다. 전문가들은 양국이 양자기술 협력을 강화해야 한다. "
            "업계는 수소 협력이 곧 확대된다고 한다.")
    assert _topics(text, "ko", "2025-09-03") == set()


# A short section heading between a lead and its items (`Space`, `1. 통상`) keeps the lead's cue for the items under it.
def test_headings_inside_a_list() -> None:
    text = ("The foreign ministers of Korea and Poland met in Warsaw on April 3, 2025.\n\n"
            "The ministers agreed on the following steps:\n\n"
            "Clean energy\n"
            "- Expanding work on small modular reactors.\n\n"
            "Space\n"
            "- Joint work on satellite navigation.\n")
    assert _topics(text, "en", "2025-04-04") == {"energy", "space"}
    text = ("한국과 베트남 정상은 8일 하노이에서 정상회담을 가졌다. 양 정상은 아래와 같이 협력하기로 합의하였다.\n\n"
            "1. 경제\n - 반도체 인력 양성 지원\n\n2. 보건\n - 감염병 공동 대응\n")
    assert _topics(text, "ko", "2025-08-09") == {"semiconductors", "health"}


# Support expressed (`지지를 표명`, `지지 의사를 표명`) and stress (`강조했다`) are weak cues in Korean, as `expressed`
# and `stressed` are in English: the clause's topics, never a bare `other`.
def test_korean_support_and_stress_cues() -> None:
    text = ("한덕수 국무총리는 12일 서울에서 뉴질랜드 총리와 회담을 가졌다. "
            "뉴질랜드 총리는 한반도 비핵화를 위한 한국 정부의 노력에 지지를 표명하였다.")
    assert _topics(text, "ko", "2025-02-13") == {"north_korea"}
    text = ("한덕수 국무총리는 12일 서울에서 뉴질랜드 총리와 회담을 가졌다. "
            "한 총리는 청정에너지 전환에 양국이 함께 노력해야 한다고 강조했다.")
    assert _topics(text, "ko", "2025-02-13") == {"energy"}
    text = ("한덕수 국무총리는 12일 서울에서 뉴질랜드 총리와 회담을 가졌다. 양측은 회담에서 감정적인 대화를 나눴다고 "
            "강조했다.")
    assert _topics(text, "ko", "2025-02-13") == set()


# `announced` is a weak cue (what a side says it funds or launches) and leads a list (`announced …, covering:`); an act
# dated by its month or year (`announced … in May 2022`, `signed last year`), or told of a meeting recalled: a recall.
def test_english_announcements_and_recalls() -> None:
    text = ("President Ruto of Kenya and Prime Minister Carney of Canada held talks in Nairobi on May 6, 2025. Canada "
            "announced new funding for geothermal power in the Rift Valley.")
    assert _topics(text, "en", "2025-05-07") == {"energy"}
    text = ("The prime ministers of Japan and Vietnam held talks in Hanoi on April 28, 2025. Japan announced a loan "
            "package for the region, covering:\n- Transport: a new railway between two port cities;\n"
            "- Health: vaccine production lines.")
    assert _topics(text, "en", "2025-04-29") == {"infrastructure_security", "health"}
    text = ("The foreign ministers of Korea and Brazil met in Brasilia on March 4, 2025. The ministers "
            "recalled the summit held in Seoul where the leaders agreed on a semiconductor partnership.")
    assert _topics(text, "en", "2025-03-05") == set()
    text = ("The foreign ministers of Korea and Brazil met in Brasilia on March 4, 2025. The two countries agreed on "
            "a hydrogen partnership in June 2023 to cut emissions.")
    assert _topics(text, "en", "2025-03-05") == set()
    text = ("The trade ministers of Korea and Peru met in Lima on May 4, 2025. The two ministers welcomed the hydrogen "
            "accord signed last year.")
    assert _topics(text, "en", "2025-05-05") == set()
    text = ("The trade ministers of Korea and Chile met in Santiago on May 4, 2025. The ministry announced that the "
            "talks covered lithium.")
    assert _topics(text, "en", "2025-05-05") == set()  # `announced that …` reports (a guard for the cue above)


# Sector vocabulary: railways and bridges are infrastructure, 5G/6G networks digital, vaccines health, carbon capture
# and geothermal power energy, and shipbuilding an industry (no topic of its own, not maritime security).
def test_sector_vocabulary() -> None:
    text = ("The transport ministers of Korea and Egypt met in Cairo on June 2, 2025. They agreed to cooperate on "
            "high-speed rail and 6G networks.")
    assert _topics(text, "en", "2025-06-03") == {"infrastructure_security", "digital"}
    text = ("한국과 이집트 장관은 2일 카이로에서 회담을 가졌다. 양측은 고속철도와 5G 분야 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2025-06-03") == {"infrastructure_security", "digital"}
    text = ("The health ministers of Korea and Ghana met in Accra on June 2, 2025. They agreed to support vaccine "
            "production in West Africa and to work together on carbon capture.")
    assert _topics(text, "en", "2025-06-03") == {"health", "energy"}
    text = ("한국과 노르웨이 장관은 2일 오슬로에서 회담을 가졌다. 양측은 조선 분야 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2025-06-03") == {"other"}
    text = ("The trade ministers of Korea and Denmark met in Copenhagen on June 2, 2025. They agreed to expand "
            "cooperation in shipbuilding.")
    assert _topics(text, "en", "2025-06-03") == {"other"}


# A Korean clause that reports a remark or an exchange of views (`의견을 교환하고,`, `설명하고,`) does not share the
# sentence's final cue, strong or weak: what was agreed is the clause after it.
def test_korean_exchange_of_views_shares_no_cue() -> None:
    text = ("조태열 외교부 장관은 4일 리마에서 페루 외교장관과 회담을 가졌다. 양 장관은 한반도 정세에 대해 의견을 "
            "교환하고, 우주 분야 협력을 강화해 나가기로 했다.")
    assert _topics(text, "ko", "2025-05-05") == {"space"}
    text = ("한국과 칠레 통상장관은 9일 산티아고에서 회담을 가졌다. 칠레 측은 자국의 구리 수출 정책을 설명하고, 양측은 "
            "수소 협력을 확대하기로 합의했다.")
    assert _topics(text, "ko", "2025-04-10") == {"energy"}


# `늘릴 방침이다` / `나간다는 방침이다` (a stated policy, what a side intends) is a cue like `할 계획이다`.
def test_korean_stated_policy_cue() -> None:
    text = ("조태열 외교부 장관은 4일 리마에서 페루 외교장관과 회담을 가졌다. "
            "정부는 앞으로 중남미 국가들과 방산 협력을 확대해 나간다는 방침이다.")
    assert _topics(text, "ko", "2025-05-05") == {"defense"}
    text = ("안덕근 산업통상자원부 장관은 3일 자카르타에서 인도네시아 투자부 장관과 회담을 가졌다. "
            "양국은 니켈 제련 분야 공동 투자를 늘릴 방침이다.")
    assert _topics(text, "ko", "2025-07-04") == {"critical_minerals", "investment"}
