"""Round 24, commitment topics (records.md rule 10) from the errors of the finance/energy/defence/science and wire-copy
batteries: sector words missing from the keyword lists, force or coercion as no economic coercion, and a Korean
report's `ㅇ` lines under a lead as its items; each rule on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Changing the status quo by force or coercion is the use of force: the seas the clause names give its topic, the
# coercion no economic coercion.
def test_force_or_coercion_is_no_economic_coercion() -> None:
    text = ("Foreign Minister Penny Wong and Philippine Foreign Secretary Enrique Manalo held talks in Manila on "
            "May 18, 2023. They reaffirmed their strong opposition to unilateral attempts to change the status quo by "
            "force or coercion in the South China Sea.")
    assert _topics(text, "en", "2023-05-19") == {"maritime_security"}
    text = ("조태열 외교부 장관은 2024년 2월 21일 리우데자네이루에서 가미카와 요코 일본 외무대신과 회담을 "
            "가졌다. 양 장관은 동중국해에서 힘이나 강압에 의한 일방적인 현상 변경 시도에 반대한다는 입장을 "
            "재확인했다.")
    assert _topics(text, "ko", "2024-02-22") == {"maritime_security"}


# Fusion and biofuels are energy fields (`핵융합`, `바이오연료`: not the research or the biotechnology around them).
def test_fusion_and_biofuels_are_energy() -> None:
    text = ("Energy Secretary Jennifer Granholm and Japanese science minister Masahito Moriyama met in Washington on "
            "April 10, 2024 and agreed to accelerate joint work on nuclear fusion.")
    assert _topics(text, "en", "2024-04-11") == {"energy"}
    text = ("이종호 과학기술정보통신부 장관은 2023년 4월 25일 워싱턴에서 미국 에너지부 장관과 회담을 갖고 "
            "핵융합 공동연구를 확대하기로 했다.")
    assert _topics(text, "ko", "2023-04-26") == {"energy"}
    text = ("윤석열 대통령과 룰라 다시우바 브라질 대통령은 2024년 11월 19일 리우데자네이루에서 정상회담을 "
            "갖고 바이오연료 생산 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2024-11-20") == {"energy"}


# Cyberspace is the field of cybersecurity.
def test_cyberspace_is_cybersecurity() -> None:
    text = ("Defense Secretary Lloyd Austin and Indian Defence Minister Rajnath Singh met in New Delhi on June 5, "
            "2023 and agreed to deepen cooperation in cyberspace.")
    assert _topics(text, "en", "2023-06-06") == {"cybersecurity"}
    text = ("The foreign ministers of Japan and Estonia met in Tallinn on January 9, 2024. They agreed to work "
            "together on norms of responsible state behaviour in cyberspace.")
    assert _topics(text, "en", "2024-01-10") == {"cybersecurity"}


# Research, development, test and evaluation (RDT&E) is joint research: emerging technology.
def test_rdte_is_emerging_tech() -> None:
    text = ("Defence Minister Richard Marles and Defense Minister Minoru Kihara met in Tokyo on September 5, 2024. "
            "They agreed to conclude a research, development, test and evaluation arrangement by next year.")
    assert _topics(text, "en", "2024-09-06") == {"emerging_tech"}
    text = ("The foreign ministers of Japan and Canada met in Ottawa on May 3, 2024. They agreed to negotiate an RDT&E "
            "arrangement.")
    assert _topics(text, "en", "2024-05-04") == {"emerging_tech"}


# Japan's Self-Defense Forces (`자위대`) and F-35 fighters are defence's.
def test_self_defense_forces_and_f35_are_defense() -> None:
    text = ("Defence Minister Richard Marles and Defense Minister Minoru Kihara met in Melbourne on August 28, 2024 "
            "and agreed to expand F-35 cooperation between the two countries.")
    assert _topics(text, "en", "2024-08-29") == {"defense"}
    text = ("Foreign Secretary Enrique Manalo and Foreign Minister Yoko Kamikawa met in Manila on July 8, 2024 and "
            "agreed to deepen exchanges between the Japan Self-Defense Forces and the Philippine Navy.")
    assert _topics(text, "en", "2024-07-09") == {"defense"}
    text = ("조태열 외교부 장관은 2024년 2월 21일 리우데자네이루에서 가미카와 요코 일본 외무대신과 회담을 "
            "갖고 한국군과 자위대 간 교류를 확대하기로 했다.")
    assert _topics(text, "ko", "2024-02-22") == {"defense"}


# A trade agreement's environmental objectives (`환경 목표`) are climate's.
def test_environmental_objectives_are_climate() -> None:
    text = ("The trade ministers of Canada and Ecuador met in Ottawa on February 22, 2024 and agreed to pursue trade "
            "policies that support their environmental objectives.")
    assert _topics(text, "en", "2024-02-23") == {"trade", "climate"}
    text = ("한국과 필리핀 통상장관은 2023년 9월 7일 자카르타에서 회담을 갖고 환경 목표 달성을 뒷받침하는 "
            "통상 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2023-09-08") == {"trade", "climate"}


# A Korean report's `ㅇ` lines under a lead (`다음 사항에 합의함.`) are its items, each under the lead's cue, also when
# the splitter leaves the mark alone before its line; a `ㅇ` line that is itself the lead keeps its own items.
def test_korean_sub_paragraph_lines_under_a_lead() -> None:
    text = ("□ 한국과 호주 외교·국방장관은 2024년 8월 1일 멜버른에서 제6차 한-호주 외교·국방장관(2+2) 회의를 "
            "개최함.\n□ 양측은 회의 후 발표한 공동성명에서 다음 사항에 합의함.\n ㅇ 핵심광물 공급망 협력 강화\n"
            " ㅇ 방산 협력 확대\n□ 차기 회의는 한국에서 개최할 예정임.")
    assert _topics(text, "ko", "2024-08-02") == {"critical_minerals", "supply_chain", "defense"}
    text = ("□ 한국과 베트남 외교장관은 2024년 3월 5일 하노이에서 회담을 갖고 다음과 같이 협력하기로 함.\n"
            "ㅇ 반도체 분야 전문 인력 양성 협력\nㅇ 기후변화 대응 공동 사업 발굴\n"
            "□ 양 장관은 이어 오찬을 함께함.")
    assert _topics(text, "ko", "2024-03-06") == {"semiconductors", "climate"}
    text = ("□ 한국과 베트남 외교장관은 2024년 3월 5일 하노이에서 회담을 가짐.\n ㅇ 양 장관은 다음과 같이 "
            "협력하기로 함.\n  - 반도체 분야 전문 인력 양성 협력\n  - 기후변화 대응 공동 사업 발굴\n"
            "□ 양 장관은 이어 오찬을 함께함.")
    assert _topics(text, "ko", "2024-03-06") == {"semiconductors", "climate"}


# Aid's access to a war zone (`unimpeded access for aid`, `humanitarian access`) is `other`, not development
# cooperation; development aid named beside them stays development's.
def test_access_for_aid_is_other() -> None:
    text = ("Foreign Minister Penny Wong and Jordanian Foreign Minister Ayman Safadi met in Amman on January 17, 2024. "
            "They called for unimpeded access for aid to civilians in Gaza.")
    assert _topics(text, "en", "2024-01-18") == {"other"}
    text = ("The foreign ministers of Canada and Egypt met in Cairo on November 6, 2023 and agreed to press for "
            "humanitarian access to Gaza and for more development aid to the region.")
    assert _topics(text, "en", "2023-11-07") == {"other", "development"}


# A past meeting dated by its month, then what was done there (`the visit in April, at which the two leaders agreed
# …`): a recall, not what the meeting reported agreed; the meeting's own acts still count.
def test_month_dated_meeting_recalled_with_its_acts() -> None:
    text = ("Trade ministers of Korea and Australia met in Canberra on June 12, 2024. The meeting built on Prime "
            "Minister Albanese's visit to Seoul in April, at which the two leaders agreed to expand cooperation on "
            "critical minerals. The ministers agreed to deepen cooperation on hydrogen.")
    assert _topics(text, "en", "2024-06-13") == {"energy"}
    text = ("Foreign Minister Cho Tae-yul met Foreign Secretary David Lammy in London on October 21, 2024. They "
            "reviewed progress since President Yoon's state visit to London in November 2023, during which the two "
            "leaders pledged to cooperate on semiconductors. They agreed to strengthen cooperation on artificial "
            "intelligence.")
    assert _topics(text, "en", "2024-10-22") == {"ai"}
