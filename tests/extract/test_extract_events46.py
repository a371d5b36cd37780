"""Events and delegates, round 46. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 46 (at d2606b7) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize("text", [
    "In Dakar the Secretary met participants in a U.S.-funded program that trains young farmers.",
    "Minister Hayashi met refugees from Ukraine at a reception centre in Warsaw on Tuesday.",
])
def test_meeting_participants_of_a_program_or_refugees_is_no_meeting(text: str) -> None:
    """`met participants in a program`, `met refugees`: people who are no counterpart delegation (as `met students`
    or `met business leaders`)."""
    assert [e for e in held(text, "en", "2023-03-22") if e.type == "dialogue"] == []


def test_a_meeting_with_a_minister_is_still_a_meeting() -> None:
    """Guard: `met Foreign Minister X` stays a meeting."""
    events = held("Minister Hayashi met Foreign Minister Zbigniew Rau in Warsaw on Tuesday.", "en", "2023-03-22")
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", "2023-03-21")]


@pytest.mark.parametrize("text", [
    "The two ministers agreed to work toward the signing of an agreement on the mutual recognition of driving "
    "licences.",
    "The leaders instructed their officials to prepare for the signing of a social security agreement.",
])
def test_a_signing_worked_toward_is_not_done(text: str) -> None:
    """`work toward the signing of X`, `prepare for the signing of X`: an aim, no signing held."""
    assert [e for e in held(text, "en", "2023-04-18") if e.type == "agreement"] == []


def test_a_signing_welcomed_today_is_done() -> None:
    """Guard: `welcomed the signing today of X` reports a signing held."""
    events = held("The ministers welcomed the signing today of a memorandum on hydrogen cooperation.", "en",
                  "2023-04-18")
    assert [(e.type, str(e.date)) for e in events] == [("agreement", "2023-04-18")]


@pytest.mark.parametrize("text", [
    "안덕근 장관은 이번 방문 기간 제네바에서 열리는 WTO 일반이사회에 참석해 수산보조금 협상 현안을 논의할 예정이다.",
    "정 장관은 이어 파리로 이동해 OECD 각료이사회에 참석해 공급망 회복력 방안을 발표할 계획이다.",
])
def test_an_attendance_joined_by_a_contracted_connective_takes_the_plan(text: str) -> None:
    """`X에 참석해 … 논의할 예정이다`: a clause closed by the contracted connective `-아/-어` (`참석해` = 참석하 + 어)
    has no tense of its own; the sentence's plan makes it ahead."""
    assert held(text, "ko", "2024-07-20") == []


def test_an_attendance_joined_by_a_connective_in_a_past_sentence_is_held() -> None:
    """Guard: `참석해 … 논의했다` is held."""
    events = held("안덕근 장관은 22일 제네바에서 열린 WTO 일반이사회에 참석해 수산보조금 협상 현안을 논의했다.", "ko",
                  "2024-07-23")
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", "2024-07-22")]


@pytest.mark.parametrize("text", [
    "박 장관은 이번 순방 중 나이로비에서 열리는 한-케냐 외교장관회담에 참석할 예정이다.\n\n"
    "케냐 의회 외교위원회 의원들과도 만나 인프라 협력 방안에 대해 의견을 나눈다.\n\n"
    "또 유엔환경계획(UNEP) 사무총장을 만나 기후 협력 방안을 협의한다.",
    "최 차관은 15일 출국해 카타르와 오만을 방문할 계획이다. "
    "도하에서는 카타르 외교부 국무장관을 만나 에너지 협력을 논의한다.",
])
def test_a_schedule_told_on_in_the_present_after_a_plan_is_ahead(text: str) -> None:
    """`… 참석할 예정이다. 케냐 대통령도 예방해 … 의견을 나눈다`: after a sentence telling a plan, undated sentences in
    the plain present (`나눈다`, `협의한다`) go on with the schedule; a Korean report tells its past in the past."""
    assert held(text, "ko", "2023-06-01") == []


def test_a_past_report_after_a_plan_sentence_is_held() -> None:
    """Guard: a sentence in the past after a plan is held, and one with a day of its own is read by its day."""
    text = ("박 장관은 다음 달 나이로비를 방문할 예정이다. "
            "박 장관은 1일 서울에서 케냐 외교장관과 회담을 갖고 인프라 협력 방안을 논의했다.")
    events = extracted(text, "ko", "2023-06-02")
    assert [(e.type, str(e.date)) for e in events if not e.mentioned] == [("dialogue", "2023-06-01")]
