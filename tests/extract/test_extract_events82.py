"""Round 82: government releases on economic-security dialogues from Canada and others (fresh116). Sentences written
for these tests (our own wording; none from the corpus), each failing before its rule (at 97bd96b9)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held

_LAUNCH_THEN = [
    ("외교부는 10일 서울에서 제3차 한-캐나다 경제안보대화를 개최했다. 우리측에서는 김진동 국장이, 캐나다측에서는 "
     "웰던 엡 국장이 각각 수석대표로 참석했다. 양측은 공급망 협력을 논의했다. 출범 회의는 당시 박진 장관과 멜라니 졸리 "
     "장관이 주재해 배터리와 반도체 협력 방안을 논의했다.", "2024-11-11", ["supply_chain"]),
    ("산업부는 5일 서울에서 제2차 한-호주 핵심광물 대화를 열었다. 양측은 핵심광물 공급망을 논의했다. 1차 회의는 당시 "
     "안덕근 장관과 매들린 킹 장관이 주재해 수소와 원전 협력 방안을 논의했다.", "2024-11-06",
     ["critical_minerals", "supply_chain"]),
]


@pytest.mark.parametrize(("text", "published", "topics"), _LAUNCH_THEN)
def test_an_earlier_meeting_told_then_keeps_its_people(text: str, published: str, topics: list[str]) -> None:
    """`출범 회의는 당시 A와 B가 주재해 …`: a bare meeting noun the sentence refers back to (`당시`) is that earlier
    meeting, not the one at hand; its chairs attended it."""
    events = held(text, "ko", published)
    assert len(events) == 1 and not any(p.role == "장관" for p in events[0].delegates)


@pytest.mark.parametrize(("text", "published", "topics"), _LAUNCH_THEN)
def test_what_an_earlier_meeting_discussed_then_is_its_own(text: str, published: str, topics: list[str]) -> None:
    """`… 주재해 배터리와 반도체 협력 방안을 논의했다` told of the earlier meeting (`당시`): its topics, not the held
    meeting's."""
    events = held(text, "ko", published)
    assert len(events) == 1 and sorted({c.topic for c in events[0].commitments}) == sorted(topics)


@pytest.mark.parametrize(("text", "published", "names"), [
    ("The Honourable Melanie Joly, Minister of Foreign Affairs of Canada, and Dr. S. Jaishankar, External Affairs "
     "Minister of India, today issued the following joint statement:\n\n\"Today in New Delhi, we co-chaired the first "
     "Canada-India Foreign Ministers' Strategic Dialogue.\"", "2024-05-08", {"Melanie Joly", "S. Jaishankar"}),
    ("Secretary of State Antony Blinken and Foreign Minister Penny Wong of Australia issued the following joint "
     "statement today:\n\n\"We met in Washington today for the annual Australia-U.S. Ministerial Consultations.\"",
     "2024-05-08", {"Antony Blinken", "Penny Wong"}),
])
def test_a_joint_statement_s_we_are_those_who_issued_it(text: str, published: str, names: set[str]) -> None:
    """`A and B today issued the following joint statement: "… we co-chaired the X"`: the statement's voice is the
    people who issued it, one of each side."""
    events = held(text, "en", published)
    assert events and {p.name for p in events[0].delegates} == names
