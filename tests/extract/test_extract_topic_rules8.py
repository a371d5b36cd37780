"""Generalisation round 8, commitment topics: what counts as a commitment clause and which topics it names
(records.md rules 10 and 11); each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Meetings held regularly (`정례화하기로`, `annually`) are a commitment (rule 11), an institutional one (`other`),
# beside the topics of the rest of the clause.
def test_a_regular_meeting_is_an_institutional_commitment() -> None:
    text = ("산업통상자원부 박영호 통상차관보는 4월 8일 오타와에서 캐나다 국제통상부 차관보와 제2차 한-캐나다 "
            "통상협의회를 개최하였다. 양측은 청정에너지 분야 협력을 확대하고, 이 협의회를 정례화하기로 하였다.")
    assert "other" in _topics(text, "ko", "2025-04-09")
    text = ("Foreign Minister Anna Berg of Sweden met Korean Foreign Minister Park Min-soo in Stockholm on June 3. "
            "The two ministers agreed to hold the Sweden-Korea Strategic Dialogue annually and to deepen "
            "cooperation on batteries.")
    assert _topics(text, "en", "2025-06-04") == {"batteries", "other"}
    text = ("Trade ministers of Chile and Thailand met in Santiago on May 2, 2025. The ministers will convene "
            "the joint committee on a regular basis to review the implementation of the agreement.")
    assert _topics(text, "en", "2025-05-03") == {"other"}


# A proposal to act together (`-자고 했다`, `-자고 제안했다`) is a commitment; a request or a wish of one side
# (`요청`, `당부`, `희망`) lists discussion items: its topics, never a bare `other`.
def test_korean_proposals_requests_and_wishes() -> None:
    text = ("외교부 김철수 차관은 5월 14일 서울에서 말레이시아 외교차관과 제3차 한-말레이시아 정책협의회를 "
            "개최하였다. 양측은 농업과 관광 분야에서도 교류를 늘려 나가자고 하였다.")
    assert _topics(text, "ko", "2025-05-15") == {"other"}
    text = ("이민호 산업부 장관은 9월 2일 리야드에서 사우디 에너지부 장관과 회담하였다. 사우디 측은 원전 분야에서 "
            "한국 기업의 참여를 요청하였으며, 이 장관은 반도체 분야 협력이 확대되기를 희망하였다.")
    assert _topics(text, "ko", "2025-09-03") == {"energy", "semiconductors"}
    text = ("정 장관은 8일 하노이에서 베트남 외교장관과 회담을 가졌다. 정 장관은 한반도 비핵화를 위해 베트남 측이 "
            "건설적 역할을 해 줄 것을 당부하였다.")
    assert _topics(text, "ko", "2025-07-09") == {"north_korea"}
    # `경제안보` holds the letters of `제안`: an attendee list names no request.
    text = ("제2차 한-독 경제안보대화가 3일 베를린에서 열렸다. 한국 측에선 박민수 경제안보비서관과 최수진 산업부 "
            "무역안보정책관이 참석했다.")
    assert _topics(text, "ko", "2025-11-04") == set()


# A clause agreeing on or assessing a past or ongoing state (`-해 왔다는 데 의견을 같이`, `-되고 있다는 데 공감`,
# `-였음을 평가`) is scene-setting, not a commitment; what the sides could do (`할 수 있다는 데 공감`) still is.
def test_korean_agreement_on_a_past_state_is_background() -> None:
    text = ("조 장관은 3월 4일 베를린에서 독일 외교장관과 회담을 가졌다. 양 장관은 작년 양국 교역액이 역대 최고치를 "
            "기록하였음을 평가하고, 기후변화 대응 협력을 강화해 나가기로 하였다.")
    assert _topics(text, "ko", "2025-03-05") == {"climate"}
    text = ("김 차관은 6월 2일 마닐라에서 필리핀 외교차관과 정책협의회를 개최하였다. 양 차관은 양국이 국방, "
            "개발협력 등 제반 분야에서 협력 관계를 발전시켜 왔다는 데 의견을 같이하였다.")
    assert _topics(text, "ko", "2025-06-03") == set()
    text = ("대통령은 10일 프라하에서 체코 총리와 정상회담을 가졌다. 양 정상은 양국이 원전 협력을 통해 함께 성장할 수 "
            "있다는 데 공감하였다.")
    assert _topics(text, "ko", "2025-06-11") == {"energy"}


# North Korea's military cooperation with Russia is about North Korea, not the parties' defence cooperation; offshore
# wind and solar power are energy, not maritime security.
def test_keywords_dprk_russia_military_cooperation_and_renewables() -> None:
    text = ("Foreign Minister Lena Holm of Norway met Foreign Minister Park Min-soo in Oslo on April 9, 2025. "
            "The ministers condemned the DPRK's deepening military cooperation with Russia.")
    assert _topics(text, "en", "2025-04-10") == {"north_korea"}
    text = ("강 장관은 4월 9일 오슬로에서 노르웨이 외교장관과 회담을 가졌다. 양 장관은 북한과 러시아와의 "
            "군사협력 심화를 규탄하고, 해상풍력 분야 협력을 확대하기로 하였다.")
    assert _topics(text, "ko", "2025-04-10") == {"north_korea", "energy"}
    text = ("Energy ministers of Denmark and Japan met in Copenhagen on March 3, 2025 and agreed to cooperate on "
            "offshore wind and solar power.")
    assert _topics(text, "en", "2025-03-04") == {"energy"}


# English `would` (a commitment reported in the past: `said Canada would join`) is a firm cue like `will`;
# `proposed` and `requested` list what one side put forward: their topics only.
def test_english_would_proposed_requested() -> None:
    text = ("Chancellor Karl Weber of Austria held talks with President Lee in Vienna on October 7, 2025. Weber said "
            "Austria would work closely with Korea on hydrogen and batteries.")
    assert _topics(text, "en", "2025-10-08") == {"energy", "batteries"}
    text = ("The foreign ministers of Peru and Korea met in Lima on August 19, 2025. Peru proposed launching a "
            "dialogue on critical minerals, and Korea requested cooperation on semiconductors.")
    assert _topics(text, "en", "2025-08-20") == {"critical_minerals", "semiconductors"}
