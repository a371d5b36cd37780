"""Round 67: readouts and phone calls. Sentences written for these tests (real public facts or plausible ones, our
own wording; none from the corpus), each failing before its rule (at 45b36b7a) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _topics(text: str, lang: str, published: str) -> set[str]:
    return {c.topic for e in held(text, lang, published) for c in e.commitments}


@pytest.mark.parametrize(("text", "published"), [
    ("Foreign Minister Hayashi held a telephone talk with Secretary Manalo on Monday. Minister Hayashi conveyed his "
     "intention to advance cooperation on quality infrastructure development in Mindanao.", "2023-01-16"),
    ("Prime Minister Kishida and President Ruto met in Tokyo on Thursday and agreed to promote quality "
     "infrastructure investment in East Africa.", "2024-02-08"),
])
def test_quality_infrastructure_is_development(text: str, published: str) -> None:
    """Data: Japan's `quality infrastructure` (the Partnership for Quality Infrastructure) is aid for infrastructure,
    development, not the security of infrastructure."""
    topics = _topics(text, "en", published)
    assert "development" in topics and "infrastructure_security" not in topics


@pytest.mark.parametrize(("text", "published", "lang"), [
    ("Energy Secretary Dan Brouillette and Minister Dharmendra Pradhan held a video meeting on Friday and agreed to "
     "work together on the operation of strategic petroleum reserves.", "2020-07-17", "en"),
    ("양국 장관은 22일 서울에서 회담하고 비축유 공동 운영 방안을 논의했다.", "2023-11-22", "ko"),
])
def test_petroleum_reserves_are_energy(text: str, published: str, lang: str) -> None:
    """Data: oil stocks held against supply shocks (`strategic petroleum reserves`, `비축유`) are energy."""
    assert "energy" in _topics(text, lang, published)


@pytest.mark.parametrize(("text", "published"), [
    ("박 차관은 26일 서울에서 브라질 외교차관과 회담했다. 브라질 차관은 우리 기업들이 수소, 바이오, 반도체 "
     "분야로 투자를 넓혀 가고 있는 것을 높이 평가하였다.", "2025-08-26"),
    ("조 장관은 12일 자카르타에서 인도네시아 외교장관과 회담했다. 인도네시아 장관은 한국 기업의 배터리 공장 "
     "투자를 높게 평가하였다.", "2024-03-12"),
])
def test_praise_of_what_goes_on_is_no_commitment(text: str, published: str) -> None:
    """`… 투자를 넓혀 가고 있는 것을 높이 평가하였다`: one side's praise of what is already going on is no act agreed or
    declared (records.md rule 10); its topics are no commitment."""
    assert _topics(text, "ko", published) == set()


@pytest.mark.parametrize(("text", "published"), [
    ("Also on 22 November, the Consulate General in Nagoya was inaugurated by the Minister, five months after the "
     "President's visit to Japan for the G20 Osaka Summit.", "2019-11-22"),
    ("On Monday the new embassy in Nairobi was opened by the Foreign Minister, two years after the Prime Minister's "
     "trip to Kenya for the TICAD Summit.", "2024-05-06"),
])
def test_a_time_told_from_another_event_is_no_object(text: str, published: str) -> None:
    """`…, five months after X's visit for the G20 Osaka Summit`: the summit tells another time; it is not what the
    clause's verb (`inaugurated`, `opened`) held."""
    assert held(text, "en", published) == []
