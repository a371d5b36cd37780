"""Generalisation round 9, same-day events: the people and commitments of a release that reports two or more
events on one day go to the event they belong to; each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _one(events: list[EventRecord], etype: str) -> EventRecord:
    (event,) = [e for e in events if e.type == etype]
    return event


# A launch at the day's meeting owns the sentences naming it and those referring back to it (`The initiative will
# …`, `동 협의체는 …`); a later sentence whose subject is who met (`The leaders also agreed …`, `양국은 …`) is the
# meeting's again.
def test_after_a_launch_the_meetings_own_commitments_go_back_to_the_meeting_en() -> None:
    text = ("President Maria Lopes of Portugal and President Kwame Asante of Ghana held a summit meeting in Lisbon "
            "on March 3. The two presidents launched the Portugal-Ghana Ocean Partnership, which will support "
            "sustainable fisheries. The leaders also agreed to expand cooperation on semiconductors and artificial "
            "intelligence.")
    held = _held(text, "en", "2025-03-04")
    assert {"semiconductors", "ai"} <= set(_one(held, "dialogue").topics)
    assert not {"semiconductors", "ai"} & set(_one(held, "launch").topics)
    text = ("Foreign Minister Lena Brandt of Austria held talks with Foreign Minister Rafael Ortiz of Chile in Vienna "
            "on October 14. The two ministers launched the Austria-Chile Green Hydrogen Initiative. The initiative "
            "will fund joint research on hydrogen production. The ministers also agreed to strengthen cooperation on "
            "critical minerals.")
    held = _held(text, "en", "2024-10-15")
    assert _one(held, "dialogue").topics == ["critical_minerals"]
    launch = _one(held, "launch")
    assert "energy" in launch.topics and "critical_minerals" not in launch.topics


def test_after_a_launch_the_meetings_own_commitments_go_back_to_the_meeting_ko() -> None:
    text = ("김민수 산업통상자원부 장관은 5일 오슬로에서 요나스 빅 노르웨이 무역산업부 장관과 한-노르웨이 "
            "산업장관회담을 개최했다. 양 장관은 이 자리에서 「한-노르웨이 해상풍력 협의체」를 출범시켰다. "
            "동 협의체는 해상풍력 공동 연구와 실증 사업을 추진할 예정이다. "
            "양국은 또한 핵심광물 분야 협력을 강화하기로 했다.")
    held = _held(text, "ko", "2025-03-06")
    assert "critical_minerals" in _one(held, "dialogue").topics
    launch = _one(held, "launch")
    assert "energy" in launch.topics and "critical_minerals" not in launch.topics
    text = ("박지훈 외교부 장관은 12일 리스본에서 파울루 랑헬 포르투갈 외교장관과 외교장관회담을 가졌다. "
            "양 장관은 회담 직후 「한-포르투갈 청년교류 이니셔티브」를 출범시켰다. "
            "양 장관은 반도체 공급망과 인공지능 분야에서 협력을 확대해 나가기로 했다.")
    held = _held(text, "ko", "2024-09-13")
    assert {"semiconductors", "ai"} <= set(_one(held, "dialogue").topics)
    assert not _one(held, "launch").topics


# A same-day gathering attended by the parties named before (`두 정상은 회담 뒤 … 라운드테이블에 함께 참석해`,
# `After the talks, the two prime ministers attended the … Forum`) has the people of the meeting before it, and its
# parties.
def test_a_gathering_attended_by_those_who_met_has_their_people_ko() -> None:
    text = ("박민호 대통령과 마리아 실바 브라질 대통령은 14일 브라질리아에서 한-브라질 정상회담을 가졌다. "
            "두 정상은 회담 뒤 시내 호텔에서 열린 '비즈니스 라운드테이블'에 함께 참석해 기업인들을 격려했다.")
    held = _held(text, "ko", "2025-03-15")
    assert len(held) == 2
    assert {d.name for d in held[1].delegates} == {"박민호", "마리아 실바"}
    text = ("윤민재 대통령과 카를 베르그 노르웨이 총리, 안나 리 스웨덴 총리는 8일 오슬로에서 제1차 "
            "한-노르웨이-스웨덴 정상회의를 열었다. 세 정상은 회의를 마친 뒤 '북유럽 청년기업가 포럼'에 함께 참석했다.")
    held = _held(text, "ko", "2025-05-09")
    assert len(held) == 2
    assert {d.name for d in held[1].delegates} == {"윤민재", "카를 베르그", "안나 리"}
    assert set(held[1].participants) == {"KOR", "NOR", "SWE"}


def test_a_gathering_attended_by_those_who_met_has_their_people_en() -> None:
    text = ("Prime Minister Ana Costa of Portugal held a bilateral meeting with Prime Minister Jan Novak of Czechia "
            "in Prague on April 9. After the talks, the two prime ministers attended the Central Europe Investment "
            "Forum.")
    held = _held(text, "en", "2025-04-10")
    forum = next(e for e in held if e.name and "Forum" in e.name)
    assert {d.name for d in forum.delegates} == {"Ana Costa", "Jan Novak"}
    text = ("Foreign Minister Omar Haddad of Jordan held talks with Foreign Minister Elin Dahl of Norway in Amman on "
            "June 3. Later, both ministers attended the Levant Refugee Relief Conference.")
    held = _held(text, "en", "2025-06-04")
    conference = next(e for e in held if e.name and "Conference" in e.name)
    assert {d.name for d in conference.delegates} == {"Omar Haddad", "Elin Dahl"}


# The next meeting a sentence announces with other parties than the event's (`이어 5일에는 … 제3차 한-캐나다
# 통상장관회의를 가질 예정`, after a trilateral) is another meeting's: neither this event's next nor a commitment.
def test_a_next_meeting_of_other_parties_is_not_the_events_next() -> None:
    text = ("조민재 산업통상자원부 장관은 3일 도쿄에서 일본 경제산업상, 미국 상무장관과 제2차 한미일 산업장관회의를 "
            "개최했다. 3국 장관은 공급망 협력을 강화하기로 했다. 조 장관은 이어 5일에는 캐나다 통상장관과 제3차 "
            "한-캐나다 통상장관회의를 가질 예정이다.")
    (meeting,) = _held(text, "ko", "2025-03-04")
    assert meeting.next is None
    text = ("Trade Minister Lee Jun of Korea met Indian Commerce Minister Arjun Rao and Japanese Trade Minister Kenji "
            "Sato in New Delhi on February 2 for the first India-Japan-Korea trade ministers' meeting. The three "
            "ministers agreed to strengthen supply chain cooperation. Minister Lee will hold the second India-Korea "
            "commerce dialogue with Minister Rao in Seoul in March 2025.")
    (meeting,) = _held(text, "en", "2025-02-03")
    assert meeting.next is None and meeting.topics == ["supply_chain"]


# A sentence reporting both the meeting and a launch decided at it (`launched X … and agreed to …, in their first
# summit`, `회담을 갖고 「X」를 출범시켰으며, … 확대해 나가기로 했다`) is the meeting's: its other commitments are the
# meeting's, and the launch keeps what its name says.
def test_a_sentence_naming_the_meeting_and_a_launch_is_the_meetings_en() -> None:
    text = ("SANTIAGO, March 3 (Wire) -- Prime Minister Elena Ruiz of Spain and President Tomas Vidal of Chile "
            "launched a green shipping partnership on Monday and agreed to expand cooperation on semiconductors and "
            "critical minerals, in their first summit in Santiago.")
    held = _held(text, "en", "2025-03-04")
    assert {"semiconductors", "critical_minerals"} <= set(_one(held, "dialogue").topics)
    assert not _one(held, "launch").topics
    text = ("President Aiko Mori of Japan and Prime Minister Lars Dahl of Denmark launched the Nordic-Japan Offshore "
            "Wind Alliance on Tuesday and agreed to strengthen cooperation on quantum technology during their summit "
            "meeting in Copenhagen.")
    held = _held(text, "en", "2025-03-05")
    assert "quantum" in _one(held, "dialogue").topics
    assert _one(held, "launch").topics == ["energy"]


def test_a_sentence_naming_the_meeting_and_a_launch_is_the_meetings_ko() -> None:
    text = ("이민수 산업통상자원부 장관은 7일 오타와에서 캐나다 산업부 장관과 제1차 한-캐나다 산업장관회의를 열어 "
            "「한-캐나다 배터리 공급망 협의체」를 출범시키고 핵심광물 협력을 강화하기로 합의했다.")
    held = _held(text, "ko", "2025-03-08")
    assert "critical_minerals" in _one(held, "dialogue").topics
    assert _one(held, "launch").topics == ["batteries"]
    text = ("조태민 외교부 장관은 11일 헬싱키에서 엘레나 발토넨 핀란드 외교장관과 한-핀란드 외교장관회담을 갖고 "
            "「한-핀란드 북극협력 이니셔티브」를 출범시켰으며, 양자기술 분야 협력을 확대해 나가기로 했다.")
    held = _held(text, "ko", "2025-03-12")
    assert "quantum" in _one(held, "dialogue").topics
    assert "quantum" not in _one(held, "launch").topics
