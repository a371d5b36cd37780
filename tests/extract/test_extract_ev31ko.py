"""Round 26 (ev31ko), Korean events: patterns the round-25 readers left (`grammar8/tune`), each stated as a
pattern and tested on sentences written for these tests (real public meetings, our own wording)."""
from __future__ import annotations

from datetime import date

from extract.pipeline import grammar_for
from tests.extract.sentences import held


def _with(events: list, country: str) -> list:
    return [e for e in events if e.type == "dialogue" and country in e.participants]


# Not detected. `ㅇ (일본) X 재무상과는 … 방안을 논의하였다`: a titled person set off by `과는/와는` as the partner of a
# past talk predicate (논의, 협의, 의견 교환, 공감, 의견을 같이) is a bilateral of its own, with the release's
# subject; a list of such lines under `연쇄 면담을 가졌다` is one meeting per line.
def test_a_list_of_bilaterals_told_by_what_was_discussed() -> None:
    text = ("추경호 부총리 겸 기획재정부 장관은 10.12일~13일(현지시간) 모로코 마라케시에서 열린 "
            "G20 재무장관·중앙은행총재 회의에 참석하였다.\n"
            "추 부총리는 회의 참석을 계기로 주요국 재무장관들과 연쇄 면담을 가졌다.\n"
            "ㅇ (일본) 스즈키 슌이치 재무상과는 한일 재무장관회의 개최 방안을 논의하였다.\n"
            "ㅇ (사우디아라비아) 모하메드 알자단 재무장관과는 양국 간 인프라 투자 협력 확대에 공감하였다.\n")
    events = held(text, "ko", "2023-10-14")
    [jpn] = _with(events, "JPN")
    [sau] = _with(events, "SAU")
    for e in (jpn, sau):
        assert "KOR" in e.participants and e.date is None  # on some day of the gathering's two days
        assert "추경호" in [d.name for d in e.delegates]
    assert "스즈키 슌이치" in [d.name for d in jpn.delegates]


def test_two_partners_of_one_talk_predicate_are_two_meetings() -> None:
    text = ("안덕근 산업통상자원부 장관은 2024년 5월 2일(현지시간) 파리에서 열린 OECD 각료이사회에 참석하였다. "
            "안 장관은 같은 날 메리 응 캐나다 수출진흥·국제통상 장관과는 핵심광물 공급망 협력을, 돈 패럴 호주 "
            "통상관광장관과는 청정에너지 협력 방안을 각각 협의했다.")
    events = held(text, "ko", "2024-05-03")
    [can] = _with(events, "CAN")
    [aus] = _with(events, "AUS")
    assert can is not aus and can.date == aus.date == "2024-05-02"
    assert "AUS" not in can.participants and "CAN" not in aus.participants


def test_a_partner_not_met_is_no_meeting() -> None:
    # a country set off by `과는` is who the text compares, not a person met; a plan is not held
    text = "정부는 미국과는 반도체 협력을, 일본과는 소재 협력을 논의해 왔다고 밝혔다."
    assert held(text, "ko", "2024-05-03") == []
    text = "최 부총리는 다음 주 X 재무장관과는 금융협력 방안을 논의할 계획이다."
    assert held(text, "ko", "2024-05-03") == []


# `(EU) 발디스 돔브로우스키스 경제·생산성 담당 집행위원과는`: the portfolio before `담당` is not the person's name.
def test_the_portfolio_before_damdang_is_not_a_name() -> None:
    from extract.lang.ko.events import counterpart

    assert counterpart("발디스 돔브로우스키스 경제·생산성 담당 집행위원과") == {"발디스", "돔브로우스키스"}
    assert counterpart("마로시 셰프초비치 통상 담당 집행위원과") == {"마로시", "셰프초비치"}


# `(룩셈부르크) 질 로트 재무장관과는`: a city-state alone in a line's opening label names the side, not the venue.
def test_a_city_state_label_is_the_side_not_the_place() -> None:
    text = ("최상목 부총리는 4월 24일(현지시간) 워싱턴 D.C.에서 주요국 재무장관들과 연쇄 면담을 가졌다.\n"
            "ㅇ (싱가포르) 간킴용 부총리와는 역내 금융협력 방안을 논의하였다.\n")
    [e] = _with(held(text, "ko", "2025-04-26"), "SGP")
    assert e.location.city != "Singapore"


# `4.23일~24일(현지시간)`: a range in the release shorthand is one mention, dated by its first day.
def test_a_shorthand_range_with_il_is_one_date() -> None:
    found = [d for d in grammar_for("ko").find_dates("4.23일~24일(현지시간) 워싱턴에서", date(2025, 4, 26))
             if d.kind == "day"]
    assert [(d.text, d.value) for d in found] == [("4.23일~24일(현지시간)", date(2025, 4, 23))]


# Typed as the meeting's first round. `'X 대화'를 출범시켰다` with no meeting of X held (no round in its name, no
# holding verb in its sentence, no meeting of its name elsewhere) is launched at the meeting the text tells: a launch
# (records.md rule 1); `제1차 X 대화를 열어 이 대화를 출범시켰다` stays X's first meeting (rule 2).
def test_a_dialogue_launched_at_a_summit_is_a_launch() -> None:
    text = ("윤석열 대통령과 조 바이든 미국 대통령은 26일(현지시간) 워싱턴 백악관에서 정상회담을 가졌다.\n"
            "양국은 이 자리에서 '차세대 핵심·신흥기술 대화'를 출범시켰다고 대통령실이 밝혔다.")
    events = held(text, "ko", "2023-04-27")
    assert sorted((e.type, e.date) for e in events) == [("dialogue", "2023-04-26"), ("launch", "2023-04-26")]
    text = ("조 바이든 미국 대통령과 기시다 후미오 일본 총리는 21일 화상으로 정상회담을 했다.\n"
            "두 정상은 각료급 '미일 경제정책협의위원회'를 출범시켰다.")
    events = held(text, "ko", "2022-01-22")
    assert sorted(e.type for e in events) == ["dialogue", "launch"]
    # a headline's `… 출범` (no verb) before the meeting stays with it: one launch, told in the body
    events = held("미일 정상, '경제정책협의위원회' 출범\n" + text, "ko", "2022-01-22")
    assert sorted(e.type for e in events) == ["dialogue", "launch"]


def test_a_dialogue_launched_by_its_first_meeting_stays_that_meeting() -> None:
    text = "산업통상자원부는 17일 서울에서 제1차 한-카자흐스탄 핵심광물 공급망 대화를 열어 이 대화를 공식 출범시켰다."
    [e] = held(text, "ko", "2024-10-18")
    assert (e.type, e.ordinal) == ("dialogue", 1)
