"""Round 14 of issue 16 (deleg18ko): Korean delegate shapes from the tuning sets' recurring Korean delegate errors,
probed with sentences written for these tests (people, places and dates of our own). Each rule is a pattern, tested
on at least two sentences."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held

CASES = [
    # Missed chair. `회의는 … X 총리 주재로 진행됐다`, `X 대통령이 주재한 회의에서`: a bare meeting noun in a sentence
    # with no day of its own is the meeting just told, not a past one, so its chair is that meeting's.
    ("윤석열 대통령은 5일 자카르타에서 열린 제26차 한-아세안 정상회의에 참석했다.\n"
     "회의는 올해 아세안 의장국인 말레이시아의 안와르 이브라힘 총리 주재로 진행됐다.",
     "2025-05-06", {("안와르 이브라힘", "MYS")}),
    ("이재명 대통령은 22일 요하네스버그에서 열린 G20 정상회의에 참석했다. 의장국 남아공의 시릴 라마포사 "
     "대통령이 주재한 회의에서 정상들은 선언문을 채택했다.",
     "2025-11-23", {("시릴 라마포사", "ZAF")}),
    # Missed attendees. `X 집행위원장도 자리를 함께했다`, `이 회의에는 A 총리와 B 총리가 함께했다`: `함께했다` reports
    # who attended, as `참석했다` does.
    ("이재명 대통령은 22일 브뤼셀에서 한-EU 정상회의를 가졌다. 마르타 코스 EU 확대담당 집행위원도 회의에 함께했다.",
     "2025-05-23", {("마르타 코스", "EU")}),
    ("이재명 대통령은 11일 쿠알라룸푸르에서 열린 제28차 아세안+3 정상회의에 참석했다. 이 회의에는 중국의 리창 "
     "총리와 일본의 다카이치 사나에 총리가 함께했다.",
     "2025-10-12", {("리창", "CHN"), ("다카이치 사나에", "JPN")}),
    # Missed side. `올해 의장국 말레이시아, X 총리가 회의 주재`: the chair country written before its leader, closed
    # by a comma, is the leader's country.
    ("이재명 대통령은 26일 쿠알라룸푸르에서 열린 제26차 한-아세안 정상회의에 참석했다.\n"
     "※ 올해 의장국 말레이시아, 안와르 이브라힘 총리가 회의 주재",
     "2025-10-27", {("안와르 이브라힘", "MYS")}),
    ("문재인 대통령은 4일 방콕에서 열린 제22차 아세안+3 정상회의에 참석했다.\n"
     "※ 의장국 태국, 쁘라윳 짠오차 총리가 회의를 주재",
     "2019-11-05", {("쁘라윳 짠오차", "THA")}),
    # Wrong name and side. `남아공 통상산업경쟁부 장관 파크스 타우가 의장을 맡은 회의`: a title written before the name
    # gives the person's country, and the subject particle Kiwi left on the name before `의장을 맡은` is cut off.
    ("여한구 통상교섭본부장은 3일 더반에서 개최된 G20 통상장관회의에 참석했다.\n"
     "남아공 통상산업경쟁부 장관 파크스 타우가 의장을 맡은 이번 회의에서 회원국들은 공급망 협력을 논의했다.",
     "2025-10-04", {("파크스 타우", "ZAF")}),
    ("안덕근 통상교섭본부장은 24일 브라질리아에서 열린 G20 통상장관회의에 참석했다.\n"
     "브라질 개발산업통상서비스부 장관 제랄두 알크민이 의장을 맡은 회의에서 각국은 무역 개혁을 논의했다.",
     "2024-10-25", {("제랄두 알크민", "BRA")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_korean_delegates(text: str, published: str, expected: set[tuple[str, str]]) -> None:
    people = {(p.name, p.country) for e in held(text, "ko", published) if e.type == "dialogue" for p in e.delegates}
    assert expected <= people
