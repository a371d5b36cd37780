"""Round 27, Korean report-style nominal endings: a ministry's or an embassy's bullet items end in the nominaliser
(`논의함`, `합의하였음`, `면담함`, `하기로 함`), which stands for the finite ending (`논의했다`); each rule on sentences
written for these tests (none from the corpus)."""
from __future__ import annotations

from tests.extract.sentences import extracted


def _held(text: str, published: str) -> list[tuple[str, str, set[str]]]:
    """(type, date, commitment topics) of each held event of the Korean text."""
    return [(e.type, str(e.date), {c.topic for c in e.commitments})
            for e in extracted(text, "ko", published) if not e.mentioned]


# `…방안을 논의함.`: a discussion reported, as `논의했다` reports it (no headline's bare noun phrase).
def test_nominal_ending_reports_a_discussion() -> None:
    text = ("□ 조태열 외교부 장관은 2024년 7월 26일 비엔티안에서 왕이 중국 외교부장과 회담함.\n"
            "ㅇ 양 장관은 북한 비핵화를 위한 협력 방안을 논의함.")
    assert _held(text, "2024-07-27") == [("dialogue", "2024-07-26", {"north_korea"})]
    text = ("□ 주인도네시아 대사는 2023년 9월 4일 자카르타에서 인도네시아 에너지광물자원부 장관과 면담함.\n"
            "ㅇ 양측은 니켈 등 핵심광물 공급망 협력 강화 방안에 대해 협의함.\n\n")
    assert _held(text, "2023-09-05") == [("dialogue", "2023-09-04", {"critical_minerals", "supply_chain"})]


# `…와 회담하였음.`: the meeting verb with the nominal ending is a meeting held, not one ahead (`-기`).
def test_nominal_ending_reports_a_meeting_held() -> None:
    text = ("□ 박진 외교부 장관은 2023년 6월 12일 서울에서 페니 웡 호주 외교장관과 회담하였음.\n"
            "ㅇ 양 장관은 북한 비핵화 방안을 논의하였음.")
    assert _held(text, "2023-06-13") == [("dialogue", "2023-06-12", {"north_korea"})]
    text = ("□ 김홍균 외교부 제1차관은 2024년 2월 6일 워싱턴에서 커트 캠벨 미국 국무부 부장관과 면담하였음.\n"
            "ㅇ 양측은 반도체 공급망 협력을 강화해 나가기로 하였음.")
    assert [(t, d) for t, d, _ in _held(text, "2024-02-07")] == [("dialogue", "2024-02-06")]


# `…개최할 예정임.`: a plan stays ahead.
def test_nominal_plan_stays_ahead() -> None:
    text = "□ 박진 외교부 장관은 2023년 6월 20일 서울에서 페니 웡 호주 외교장관과 회담할 예정임."
    assert _held(text, "2023-06-13") == []
