"""Round 78: technology and economic-security dialogues (AI, chips, science and technology committees). Sentences
written for these tests (real public facts or plausible ones, our own wording; none from the corpus), each failing
before its rule (at 078bd764) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize(("text", "published"), [
    ("정부는 오는 10일 파리에서 열리는 AI 정상회의에 참석한다. 앞서 서울 회의에서는 참가국들이 '서울 선언'을 "
     "채택했고, 블레츨리 회의에서는 28개국이 '블레츨리 선언'에 서명했다.", "2025-02-05"),
    ("산업통상자원부는 다음 주 브뤼셀에서 한-EU 공급망 대화를 연다. 앞서 1차 회의에서는 양측이 핵심광물 협력 "
     "약정에 서명했다.", "2025-02-05"),
])
def test_earlier_rounds_told_as_background_are_mentioned(text: str, published: str) -> None:
    """`앞서 X 회의에서는 … 선언에 서명했고`: a sentence opening on `앞서`, with no day nor time of its own, tells what
    came before."""
    assert held(text, "ko", published) == []


def test_earlier_the_same_day_is_held() -> None:
    """Guard: `앞서 오전에는 …를 예방했다`: earlier the same day, held."""
    text = ("윤석열 대통령은 12일 런던에서 리시 수낵 영국 총리와 정상회담을 가졌다. 앞서 오전에는 찰스 3세 국왕을 "
            "예방했다.")
    assert len(held(text, "ko", "2023-11-13")) == 2


@pytest.mark.parametrize(("text", "published"), [
    ("안덕근 장관은 12일 서울에서 스웨덴 무역장관과 회담을 가졌다. 안 장관은 스웨덴 기업 에릭슨이 국내 대학과 "
     "양해각서를 맺고 인재 양성에 기여했다고 높이 평가했다.", "2024-03-13"),
    ("정인교 본부장은 5일 서울에서 네덜란드 대외무역장관과 회담했다. 정 본부장은 ASML이 한국 기업들과 협약을 "
     "체결하고 공급망 안정에 힘써 왔다고 감사를 표했다.", "2024-06-06"),
])
def test_a_deed_praised_is_background(text: str, published: str) -> None:
    """`A사가 국내 대학과 양해각서를 맺고 … 기여했다고 평가했다`: the signing is what someone praised, not a signing
    the release reports."""
    assert [e.type for e in held(text, "ko", published)] == ["dialogue"]


@pytest.mark.parametrize(("text", "published", "city"), [
    ("From May 12 to May 14, 2023, Dr. Arati Prabhakar, Director of the White House Office of Science and Technology "
     "Policy, represented the United States as head of delegation at the G7 Science and Technology Ministers' Meeting "
     "in Sendai, Japan.", "2023-05-15", "Sendai"),
    ("On 6 June 2024, Minister Sung Tae-yoon represented the Republic of Korea at the OECD Ministerial Council Meeting "
     "in Paris.", "2024-06-07", "Paris"),
])
def test_representing_a_country_at_a_named_meeting_is_attending_it(text: str, published: str, city: str) -> None:
    """`represented the United States as head of delegation at the G7 … Ministers' Meeting in Sendai`: the meeting
    attended, as `attended` would tell it."""
    events = [e for e in extracted(text, "en", published) if not e.mentioned]
    assert events and events[0].location.city == city
