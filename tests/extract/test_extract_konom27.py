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


# `11.20.(월)~23.(목) 영국을 방문하였으며, 11.22.(수) … 회담을 가짐`: the trip's range ends at the trip word; a day
# after it is the meeting's own.
def test_meeting_in_a_trip_keeps_its_own_day() -> None:
    text = ("윤석열 대통령은 2023.11.20.(월)~23.(목) 영국을 국빈 방문하였으며, 11.22.(수) 리시 수낵 총리와 "
            "정상회담을 가짐.")
    assert [(t, d) for t, d, _ in _held(text, "2023-11-24")] == [("dialogue", "2023-11-22")]
    text = ("조태열 외교부 장관은 9.23.(월)~25.(수) 미국을 방문하였으며, 9.24.(화) 블링컨 미국 국무장관과 "
            "회담을 가졌다.")
    assert [(t, d) for t, d, _ in _held(text, "2024-09-26")] == [("dialogue", "2024-09-24")]


# `※ 5.16.(화) 공동기자회견`: a note line under an item is no section heading giving the next meeting its day.
def test_note_line_is_no_section_heading() -> None:
    text = ("박진 외교부 장관은 2023년 5월 15일 서울에서 페니 웡 호주 외교장관과 회담을 가졌다.\n"
            "※ 5.16.(화) 공동기자회견\n"
            "박 장관은 말스 호주 국방장관과도 면담을 가졌다.")
    assert [d for _, d, _ in _held(text, "2023-05-17")] == ["2023-05-15", "2023-05-15"]
    text = ("조태열 외교부 장관은 2024년 6월 3일 서울에서 마우리시오 비에이라 브라질 외교장관과 회담을 가졌다.\n"
            "※ 6.4.(화) 정상회의 참석 예정\n"
            "조 장관은 알렉산드리 시우베이라 브라질 광업에너지부 장관과도 면담을 가졌다.")
    assert [d for _, d, _ in _held(text, "2024-06-05")] == ["2024-06-03", "2024-06-03"]
