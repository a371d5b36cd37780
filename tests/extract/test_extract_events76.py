"""Round 76: Korean summit diplomacy with Central Asia, Europe, Africa and Oceania. Sentences written for these tests
(real public facts or plausible ones, our own wording; none from the corpus), each failing before its rule (at
1d3345df) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize(("text", "published", "sides"), [
    ("윤석열 대통령은 오늘 오후 용산 대통령실에서 한-중앙아 협력 포럼 참석차 방한한 3개국 정상과 차례로 양자회담을 "
     "가졌습니다.\n\n윤 대통령은 사디르 자파로프 키르기스스탄 대통령, 에모말리 라흐몬 타지키스탄 대통령, 세르다르 "
     "베르디무하메도프 투르크메니스탄 대통령 순으로 회담하며 협력 방안을 논의했습니다.", "2024-06-12",
     {"KGZ", "TJK", "TKM"}),
    ("한덕수 국무총리는 오늘 오전 정부서울청사에서 2개국 총리와 차례로 회담을 가졌습니다.\n\n한 총리는 페터 피알라 "
     "체코 총리, 로베르트 피초 슬로바키아 총리 순으로 회담하고 원전과 배터리 협력을 논의했습니다.", "2024-06-03",
     {"CZE", "SVK"}),
])
def test_meetings_named_in_order_are_one_each(text: str, published: str, sides: set[str]) -> None:
    """`A 대통령, B 대통령, C 대통령 순으로 회담하며`: one meeting per person named in order; the summary before it
    (`3개국 정상과 차례로 양자회담을 가졌습니다`), whose meetings are then told, is no meeting of its own; each takes
    the day's city from the summary (`오늘 … 용산 대통령실에서`)."""
    events = held(text, "ko", published)
    assert {p for e in events for p in e.participants} - {"KOR"} == sides
    assert len(events) == len(sides)
    assert all(e.location.city == "Seoul" for e in events)


@pytest.mark.parametrize(("text", "published", "last_month"), [
    ("윤석열 대통령은 오늘 5개국 정상과 회담했습니다. 이어 한-태평양도서국 정상회의는 29일부터 30일까지 서울에서 "
     "열립니다.", "2023-05-27", "2023-04"),
    ("윤석열 대통령은 오늘 체코 총리와 회담했습니다. 한-체코 비즈니스 포럼은 28일 프라하에서 개최됩니다.",
     "2023-05-27", "2023-04"),
])
def test_a_formal_present_tells_a_schedule(text: str, published: str, last_month: str) -> None:
    """`정상회의는 29일부터 30일까지 서울에서 열립니다`: a briefing's formal present (`-ㅂ니다`) tells what is ahead, as
    the plain `열린다` does: the 29th of this month, not last month's."""
    assert not [e for e in extracted(text, "ko", published) if (e.date or "").startswith(last_month)]


@pytest.mark.parametrize(("text", "published"), [
    ("한 총리는 오늘 저녁 피알라 총리와 만찬을 함께합니다.", "2024-06-03"),
    ("한 총리는 오늘 오후 정부서울청사에서 피초 총리와 면담합니다.", "2024-06-03"),
])
def test_today_in_the_formal_present_is_later_today(text: str, published: str) -> None:
    """`오늘 저녁 … 함께합니다`: today's schedule, told before it happens."""
    assert held(text, "ko", published) == []


@pytest.mark.parametrize(("text", "published", "signer"), [
    ("윤석열 대통령은 오늘 용산 대통령실에서 카심조마르트 토카예프 카자흐스탄 대통령과 정상회담을 가졌습니다.\n\n"
     "정상회담에 이어 양 정상 임석하에 아래 문서들에 대한 서명식이 진행됐습니다. 카자흐스탄 측에서는 무라트 "
     "누르틀레우 외교장관이 서명했습니다.\n\n① 한-카자흐스탄 핵심광물 공급망 협력에 관한 양해각서\n② "
     "한-카자흐스탄 기후변화 대응 협력에 관한 약정\n\n양국은 이를 바탕으로 협력을 넓혀 나갈 계획입니다.",
     "2024-06-12", "무라트 누르틀레우"),
    ("한덕수 국무총리는 오늘 정부서울청사에서 페터 피알라 체코 총리와 회담을 가졌습니다.\n\n회담에 이어 양 총리 "
     "임석하에 다음 문서들에 대한 서명식이 열렸습니다. 체코 측에서는 요제프 시켈라 산업통상부 장관이 "
     "서명했습니다.\n\n1. 한-체코 원전 협력에 관한 양해각서\n2. 한-체코 배터리 공급망 협력 약정\n\n양측은 이를 "
     "토대로 후속 협의를 이어 가기로 했습니다.", "2024-06-03", "요제프 시켈라"),
])
def test_each_document_listed_below_its_lead_is_a_signing(text: str, published: str, signer: str) -> None:
    """`아래 문서들에 대한 서명식이 진행됐습니다.` over `① … 양해각서` lines: each line is a document signed, and
    the side's signer named before the list (`몽골 측에서는 A 외교장관이 서명했습니다`) signed each."""
    signed = [e for e in held(text, "ko", published) if e.type == "agreement"]
    assert len(signed) == 2
    for e in signed:
        assert signer in {d.name for d in e.delegates if d.head}


@pytest.mark.parametrize(("text", "published"), [
    ("CANBERRA, Oct 9 (AAP) -- Prime Minister Anthony Albanese held talks with President Ferdinand Marcos Jr. on "
     "Monday, following their meeting in Malaysia in March.", "2023-10-10"),
    ("TOKYO, Oct 9 (Kyodo) -- Prime Minister Shigeru Ishiba held talks with President Prabowo Subianto on Monday, "
     "following their meeting in Brazil in November.", "2025-10-10"),
])
def test_a_country_right_after_in_is_where(text: str, published: str) -> None:
    """`following their meeting in Malaysia in March`: the country of an earlier meeting's place is where it was, no
    party of today's."""
    events = held(text, "en", published)
    assert events and not {"MYS", "BRA"} & set(events[0].participants)


def test_a_partys_own_meeting_in_its_country_keeps_it() -> None:
    """Guard: `Japan and Kenya met in Kenya`: the host is named as a party before."""
    text = "NAIROBI, May 5 -- Japan and Kenya held economic talks in Kenya on Monday."
    events = extracted(text, "en", "2025-05-06")
    assert events and {"JPN", "KEN"} <= set(events[0].participants)
