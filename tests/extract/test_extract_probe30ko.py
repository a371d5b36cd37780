"""Round 30, Korean long multi-event reports (probe30ko): meetings of a trip told in several shapes; each rule
on sentences written for these tests (real meetings, own wording)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _met(events: list[EventRecord]) -> list[tuple[str | None, tuple[str, ...]]]:
    return sorted((e.date, tuple(sorted(e.participants))) for e in events if e.type == "dialogue")


# `X 총리와의 회담도 이어졌다`, `X 장관과의 회담이 다음 순서였다`, `이어진 X 대통령과의 회담에서는 …`: a meeting
# noun with its titled counterpart (`과의`) as the subject of a past predicate of holding, or the setting of a past
# clause, is a meeting of its own beside the one told before it.
def test_meeting_with_a_person_told_as_a_subject_is_held() -> None:
    text = ("이재명 대통령은 17일(현지시간) 캐나다 캐내내스키스에서 시릴 라마포사 남아프리카공화국 대통령과 "
            "정상회담을 했다. ")
    for tail in ("같은 날 앤서니 앨버니지 호주 총리와의 회담도 이어졌다.",
                 "앤서니 앨버니지 호주 총리와의 회담이 그다음 일정이었다."):
        assert _met(held(text + tail, "ko", "2025-06-18")) == [("2025-06-17", ("AUS", "KOR")),
                                                              ("2025-06-17", ("KOR", "ZAF"))], tail
    text = ("조태열 외교부 장관은 21일(현지시간) 리우데자네이루에서 가미카와 요코 일본 외무상과 회담했다. "
            "멜라니 졸리 캐나다 외교장관과의 회담이 다음 순서였다.")
    assert _met(held(text, "ko", "2024-02-22")) == [("2024-02-21", ("CAN", "KOR")), ("2024-02-21", ("JPN", "KOR"))]


def test_meeting_with_a_person_told_as_a_setting_is_held() -> None:
    text = ("문재인 대통령은 20일(현지시간) 뉴욕에서 안토니우 구테흐스 유엔 사무총장을 면담했다. "
            "앞서 열린 보루트 파호르 슬로베니아 대통령과의 회담에서는 코페르항을 통한 물류 협력이 논의됐다.")
    assert _met(held(text, "ko", "2021-09-21")) == [("2021-09-20", ("KOR", "SVN")), ("2021-09-20", ("KOR", "UN"))]


# Not held: called off, negated, or planned.
def test_meeting_with_a_person_not_held_is_no_event() -> None:
    for tail in ("앤서니 앨버니지 호주 총리와의 회담은 무산됐다.",
                 "앤서니 앨버니지 호주 총리와의 회담은 열리지 않았다.",
                 "앤서니 앨버니지 호주 총리와의 회담이 이어질 예정이다."):
        text = ("이재명 대통령은 17일(현지시간) 캐나다 캐내내스키스에서 시릴 라마포사 남아프리카공화국 대통령과 "
                "정상회담을 했다. " + tail)
        assert [e.date for e in held(text, "ko", "2025-06-18") if e.type == "dialogue"] == ["2025-06-17"], tail


# `▲ 같은 날 한-캐나다 외교장관회담(X 장관): …`: each entry of a round-up's list, a meeting compound with its place or
# counterpart in parentheses and no verb, is a meeting of its own, named by the compound (which spells out who met),
# not one headline summing up the body.
def test_round_up_entries_are_meetings_of_their_own() -> None:
    text = ("문재인 대통령은 G7 정상회의 참석 기간 중 아래와 같이 양자 회담을 가졌습니다.\n"
            "▲ 6.12.(토) 한-호주 정상회담(스콧 모리슨 총리): 수소 경제 협력 확대\n"
            "▲ 6.13.(일) 한-독일 정상회담(앙겔라 메르켈 총리): 백신 생산 협력 논의\n"
            "▲ 같은 날 한-영국 정상회담(보리스 존슨 총리): 양자 협력 틀 마련\n")
    got = _met(held(text, "ko", "2021-06-15"))
    assert ("2021-06-13", ("GBR", "KOR")) in got and ("2021-06-13", ("DEU", "KOR")) in got
    assert ("2021-06-12", ("AUS", "KOR")) in got
    text = ("문재인 대통령은 유엔총회 참석 계기에 아래와 같이 정상회담을 가졌다.\n"
            "▲ 9.20.(월) 한-슬로베니아 정상회담(뉴욕) : 보루트 파호르 대통령\n"
            "▲ 9.20.(월) 한-영국 정상회담(뉴욕) : 보리스 존슨 총리\n")
    got = _met(held(text, "ko", "2021-09-22"))
    assert ("2021-09-20", ("GBR", "KOR")) in got and ("2021-09-20", ("KOR", "SVN")) in got


# `12월 서울에서는 X 장관회의가 열린다`, `12월 … 정상회담을 한다`: a meeting dated after the report's day (or month),
# its own verb closing the sentence in the plain non-past, is a schedule, not a meeting held that day.
def test_later_meeting_in_the_present_is_ahead() -> None:
    for text, published, day in (
            ("문재인 대통령은 20일(현지시간) 뉴욕에서 안토니우 구테흐스 유엔 사무총장을 면담했다. "
             "12월 서울에서는 유엔 평화유지 장관회의가 열린다.", "2021-09-21", "2021-09-20"),
            ("문재인 대통령은 20일(현지시간) 뉴욕에서 보리스 존슨 영국 총리와 정상회담을 했다. "
             "11월 글래스고에서는 제26차 유엔기후변화협약 당사국총회가 열린다.", "2021-09-21", "2021-09-20"),
            ("윤석열 대통령은 17일(현지시간) 샌프란시스코에서 기시다 후미오 일본 총리와 정상회담을 했다. "
             "윤 대통령은 12월 네덜란드를 국빈 방문해 마르크 뤼터 총리와 정상회담을 한다.",
             "2023-11-18", "2023-11-17")):
        got = [e for e in held(text, "ko", published) if e.type == "dialogue"]
        assert [e.date for e in got] == [day], text
        assert not any(e.name and ("장관회의" in e.name or "총회" in e.name) for e in got), text
