"""Round 27, Korean same-day meetings with different people: `A와 회담하고 B, C를 잇따라 만났다` is one meeting with A,
then one with each of B and C, each with its own people (sentences are our own)."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _meetings(text: str, published: str) -> list[tuple[str | None, frozenset[str]]]:
    """Each held dialogue's date and its delegates' names."""
    events = extract_document(DocumentRecord(id="t", text=text, lang="ko", published=published))
    return sorted(((e.date, frozenset(d.name for d in e.delegates)) for e in events
                   if e.type == "dialogue" and not e.mentioned), key=lambda x: sorted(x[1]))


def test_a_meeting_then_two_met_in_turn_are_three_meetings() -> None:
    text = ("박진 외교부 장관은 14일 자카르타에서 하야시 요시마사 일본 외무상과 회담하고 왕이 중국 공산당 "
            "중앙외사판공실 주임, 페니 웡 호주 외교장관을 잇따라 만났다. 박 장관은 북한의 탄도미사일 발사에 대한 "
            "우려를 전달했다.")
    met = _meetings(text, "2023-07-15")
    assert [names for _, names in met] == [frozenset({"박진", "왕이"}), frozenset({"박진", "페니 웡"}),
                                           frozenset({"박진", "하야시 요시마사"})]
    assert {day for day, _ in met} == {"2023-07-14"}


def test_a_subject_with_i_ga_and_a_meeting_ended_by_han_dwi() -> None:
    text = ("조태열 외교부 장관이 5일(현지시간) 워싱턴에서 토니 블링컨 국무장관과 회담한 뒤 제이크 설리번 "
            "국가안보보좌관, 커트 캠벨 국무부 부장관을 잇따라 만났다.")
    met = _meetings(text, "2024-02-06")
    assert [names for _, names in met] == [frozenset({"조태열", "제이크 설리번"}), frozenset({"조태열", "커트 캠벨"}),
                                           frozenset({"조태열", "토니 블링컨"})]


def test_a_three_way_meeting_stays_one() -> None:
    text = ("박진 외교부 장관은 13일 자카르타에서 토니 블링컨 미국 국무장관, 하야시 요시마사 일본 외무상과 "
            "한미일 외교장관회의를 가졌다.")
    met = _meetings(text, "2023-07-14")
    assert len(met) == 1
