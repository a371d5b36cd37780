"""Round 28, Korean same-day meetings merged into one (sentences are our own): a listed official whose name ends
like a topic particle (`김정은`) is the person met, so a meeting with him is not the day's other talks; a named
conference of a grouping held that day is not the talks with one person reported before it."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _held(text: str, published: str) -> list[tuple[str | None, str | None, frozenset[str]]]:
    """Each held dialogue's date, name and delegates' names."""
    events = extract_document(DocumentRecord(id="t", text=text, lang="ko", published=published))
    return sorted(((e.date, e.name, frozenset(d.name for d in e.delegates)) for e in events
                   if e.type == "dialogue" and not e.mentioned), key=lambda x: sorted(x[2]))


def test_a_listed_name_ending_in_eun_is_the_person_met() -> None:
    text = ("마이크 폼페이오 미국 국무장관은 9일 평양에서 김영철 노동당 부위원장과 회담했다. 양측은 억류 미국인 "
            "석방 문제를 논의했다.\n\n폼페이오 장관은 이어 노동당 본부 청사에서 김정은 국무위원장과 면담했다.")
    met = _held(text, "2018-05-10")
    assert [people for _, _, people in met] == [frozenset({"마이크 폼페이오", "김영철"}),
                                                 frozenset({"마이크 폼페이오", "김정은"})]
    assert {day for day, _, _ in met} == {"2018-05-09"}


def test_a_dinner_with_him_after_talks_with_another_leader() -> None:
    text = ("도널드 트럼프 미국 대통령은 27일 하노이 총리실에서 응우옌 쑤언 푹 베트남 총리와 회담했다. 양 정상은 "
            "교역 확대 방안을 논의했다.\n\n트럼프 대통령은 저녁에는 메트로폴 호텔에서 김정은 국무위원장과 만찬 "
            "회동을 했다.")
    met = _held(text, "2019-02-28")
    assert len(met) == 2
    assert frozenset({"도널드 트럼프", "김정은"}) in {people for _, _, people in met}


def test_a_grouping_summit_held_that_day_is_not_the_bilateral() -> None:
    text = ("윤석열 대통령은 12일(현지시간) 빌뉴스에서 기시다 후미오 일본 총리와 정상회담을 가졌다. 두 정상은 "
            "후쿠시마 오염수 문제를 논의했다.\n\n이날 빌뉴스에서 열린 나토 정상회의에는 회원국과 파트너국 "
            "정상들이 참석했다.")
    met = _held(text, "2023-07-13")
    assert len(met) == 2
    assert {name for _, name, _ in met} == {"정상회담", "나토 정상회의"}


def test_a_roundup_section_on_a_ministers_meeting_after_talks() -> None:
    text = ("토니 블링컨 미국 국무장관은 4일(현지시간) 브뤼셀에서 드미트로 쿨레바 우크라이나 외무장관과 "
            "회담했다. 블링컨 장관은 방공 지원을 약속했다.\n\n◇ 나토 외교장관회의\n이날 나토 본부에서 열린 나토 "
            "외교장관회의는 동맹의 향후 과제를 논의했다.")
    met = _held(text, "2024-04-05")
    assert len(met) == 2
    talks = next(people for _, name, people in met if name == "회담")
    assert talks == frozenset({"토니 블링컨", "드미트로 쿨레바"})
    assert "나토 외교장관회의" in {name for _, name, _ in met}
